"""Where the program keeps its data. No Qt here, so the command line can use it too.

`APPROVALS_GUI_DATA_DIR` overrides the user's data directory, and holds the cache then
(tests, portable installs);
`APPROVALS_GUI_DB` names the database (a file or a `postgresql://` server address) for
every desk started with it, unless `--db` says otherwise.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_cache_dir, user_data_dir

from approvals_gui import APP_NAME

DATA_DIR_ENV = "APPROVALS_GUI_DATA_DIR"
DATABASE_ENV = "APPROVALS_GUI_DB"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """Where the program keeps what it can work out again, on this machine only."""
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) / "cache" if override else Path(user_cache_dir(APP_NAME, appauthor=False))


def default_database() -> Path:
    return data_dir() / "approvals.sqlite3"


def database_target(given: str | None, setting: str = "") -> tuple[str | Path, bool]:
    """Where to open: `--db`, else APPROVALS_GUI_DB, else this desk's setting, else the
    default file in the data directory; and whether it is that default (the one database
    made when missing, so that a mistyped path or address is an error instead)."""
    for chosen in (given, os.environ.get(DATABASE_ENV), setting):
        if chosen and chosen.strip():
            return chosen.strip(), False
    return default_database(), True
