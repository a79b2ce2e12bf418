"""The program's log: a rotating file in the data directory's `logs/`, for support.

It records starts, the database opened, each operation's outcome and every error with its
traceback. It never records what was typed (names, remarks, reporters' details) nor a
password: operations are logged by name only, database addresses without their password.
"""

from __future__ import annotations

import logging
import re
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
    handler.setFormatter(_Redacting(FORMAT))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.info("start %s: %s", __version__, " ".join(redact(a) for a in argv) or "(window)")
    return path


class _Redacting(logging.Formatter):
    """Every line written, tracebacks included, with database passwords hidden."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def redact(text: str) -> str:
    """`text` with every database address's password hidden: postgresql://user:***@host/db."""
    return _PASSWORD_IN_ADDRESS.sub(r"\1:***@", text)


# scheme://user:password@ – the password is whatever stands between the user's colon
# and the last @ before the host (a password may itself contain @ or :).
_PASSWORD_IN_ADDRESS = re.compile(
    r"([a-z][a-z0-9+.-]*://[^:/@\s]*):[^\s/]*@(?=[^@\s]*(?:[/\s]|$))", re.I
)
