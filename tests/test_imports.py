"""What each entry loads, seen from a fresh interpreter: the quick commands load no Qt,
and a database at the current schema does not load Alembic."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from approvals_gui.app import main
from tests.services.test_ledger import ledger_file

ROOT = Path(__file__).resolve().parents[1]
# main.py's entry, then every module loaded by the end, written to $MODULES_OUT.
PROBE = """
import atexit, os, sys
atexit.register(lambda: open(os.environ["MODULES_OUT"], "w").write("\\n".join(sys.modules)))
from approvals_gui.app import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("imports") / "demo.sqlite3"
    assert main(["demo", "--count", "5", "--db", str(path)]) == 0
    return path


def loaded(tmp_path: Path, *args: str) -> set[str]:
    out = tmp_path / "modules.txt"
    env = {**os.environ, "MODULES_OUT": str(out)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return set(out.read_text().split())


def qt(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.startswith("PySide6"))


@pytest.mark.parametrize(
    "command",
    [
        ["--help"],
        ["check"],
        ["backup", "--out", "{tmp}/copy.sqlite3"],
        ["export", "applications", "--out", "{tmp}/a.xlsx"],
        ["export", "overdue", "--out", "{tmp}/o.csv"],
        ["export", "stats", "--out", "{tmp}/s.xlsx"],
        ["import", "{ledger}", "--skip-bad"],
    ],
    ids=" ".join,
)
def test_commands_without_a_pdf_load_no_qt(tmp_path: Path, db: Path, command: list[str]) -> None:
    if "{ledger}" in command:
        command = [str(ledger_file(tmp_path)) if a == "{ledger}" else a for a in command]
    args = [a.replace("{tmp}", str(tmp_path)) for a in command]
    modules = loaded(tmp_path, *args, *([] if args == ["--help"] else ["--db", str(db)]))
    assert qt(modules) == []
    assert "approvals_gui.printing" not in modules


def test_a_current_database_is_opened_without_alembic(tmp_path: Path, db: Path) -> None:
    modules = loaded(
        tmp_path, "export", "overdue", "--out", str(tmp_path / "o.csv"), "--db", str(db)
    )
    assert "approvals_gui.store.database" in modules
    assert sorted(m for m in modules if m.startswith("alembic")) == []


def test_checking_a_current_file_loads_no_sqlalchemy(tmp_path: Path, db: Path) -> None:
    modules = loaded(tmp_path, "check", "--db", str(db))
    assert "approvals_gui.services.checking" in modules  # it did check
    assert sorted(m for m in modules if m.split(".")[0] in ("sqlalchemy", "sqlmodel")) == []


def test_checking_a_file_to_upgrade_loads_no_qt(tmp_path: Path) -> None:
    """An older file is opened the usual way (the database stack) before its check."""
    from approvals_gui.store.database import open_database
    from approvals_gui.store.migrate import downgrade

    older = tmp_path / "older.sqlite3"
    engine = open_database(older, create=True)
    downgrade(engine, "0008")
    engine.dispose()
    modules = loaded(tmp_path, "check", "--db", str(older))
    assert "approvals_gui.services.maintenance" in modules  # it did check
    assert qt(modules) == []


def test_help_reads_the_version_without_package_metadata(tmp_path: Path) -> None:
    """importlib.metadata is slow to load, and only a build (no pyproject.toml) needs it."""
    assert "importlib.metadata" not in loaded(tmp_path, "--help")


def test_a_pdf_loads_qt(tmp_path: Path, db: Path) -> None:
    """The probe sees Qt when it is loaded (so the tests above mean something)."""
    modules = loaded(
        tmp_path, "export", "overdue", "--out", str(tmp_path / "o.pdf"), "--db", str(db)
    )
    assert "PySide6.QtGui" in modules and "approvals_gui.printing.reports" in modules
    assert not any(m.startswith("approvals_gui.ui") for m in modules)
