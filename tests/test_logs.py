"""The log file: where it is, what it says, what it never says."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from approvals_gui.logs import log, log_folder, redact, start_logging


@pytest.fixture
def logging_to_file() -> Iterator[Path]:
    path = start_logging(["check", "--db", "postgresql://clerk:s3cret@db.example/approvals"])
    assert path is not None
    yield path
    for handler in list(log.handlers):
        log.removeHandler(handler)
        handler.close()


def test_the_log_is_in_the_data_folder_and_hides_passwords(logging_to_file: Path) -> None:
    assert logging_to_file.parent == log_folder()
    text = logging_to_file.read_text(encoding="utf-8")
    assert "start" in text and "clerk:***@db.example" in text and "s3cret" not in text


def test_errors_are_logged_with_their_traceback(logging_to_file: Path) -> None:
    try:
        raise ValueError("boom")
    except ValueError:
        log.exception("operation failed")
    for handler in log.handlers:
        handler.flush()
    text = logging_to_file.read_text(encoding="utf-8")
    assert "operation failed" in text and "Traceback" in text and "ValueError: boom" in text
    log.error("lost postgresql://clerk:hunter2@db/approvals")
    for handler in log.handlers:
        handler.flush()
    assert "hunter2" not in logging_to_file.read_text(encoding="utf-8")
    assert log.level == logging.INFO


@pytest.mark.parametrize(
    ("given", "shown"),
    [
        ("postgresql://a:b@h/d", "postgresql://a:***@h/d"),
        ("postgresql://a@h/d", "postgresql://a@h/d"),
        ("/home/x/approvals.sqlite3", "/home/x/approvals.sqlite3"),
        ("postgresql+psycopg://u:p:q@h:5432/d", "postgresql+psycopg://u:***@h:5432/d"),
        ("postgresql://u:p@ss@h/d", "postgresql://u:***@h/d"),
        (
            "cannot open postgresql://u:secret@h/d (postgresql://v:x@k/e)",
            "cannot open postgresql://u:***@h/d (postgresql://v:***@k/e)",
        ),
    ],
)
def test_redact(given: str, shown: str) -> None:
    assert redact(given) == shown
