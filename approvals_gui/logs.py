"""The program's log: a rotating file in the data directory's `logs/`, for support.

It records starts, the database opened, each operation's outcome and every error with its
traceback. It never records what was typed (names, remarks, reporters' details) nor a
password: operations are logged by name only, database addresses without their password.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from logging.handlers import RotatingFileHandler
from pathlib import Path

from approvals_gui import __version__
from approvals_gui.paths import data_dir

LOG_NAME = "approvals_gui.log"
MAX_BYTES = 1_000_000
KEEP = 5  # rotated files kept beside the current one
FORMAT = "%(asctime)s %(levelname)s [%(threadName)s] %(name)s: %(message)s"

log = logging.getLogger("approvals_gui")


def log_folder() -> Path:
    return data_dir() / "logs"


def start_logging(argv: Sequence[str]) -> Path | None:
    """Log to the rotating file from now on; returns its path, or None when the folder
    cannot be written (the program runs on without a log rather than not at all)."""
    path = log_folder() / LOG_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8")
    except OSError as exc:
        print(f"warning: no log file ({exc})", file=sys.stderr)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.info("start %s: %s", __version__, " ".join(redact(a) for a in argv) or "(window)")
    return path


def redact(text: str) -> str:
    """A database address without its password: postgresql://user:***@host/db."""
    scheme, sep, rest = text.partition("://")
    credentials, at, host = rest.rpartition("@")
    if not sep or not at or ":" not in credentials:
        return text
    user = credentials.split(":", 1)[0]
    return f"{scheme}://{user}:***@{host}"
