"""Where the program keeps its data. No Qt here, so the command line can use it too.

`APPROVALS_GUI_DATA_DIR` overrides the user's data directory (tests, portable installs).
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from approvals_gui import APP_NAME

DATA_DIR_ENV = "APPROVALS_GUI_DATA_DIR"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))


def default_database() -> Path:
    return data_dir() / "approvals.sqlite3"
