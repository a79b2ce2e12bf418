"""What start-up loads, and in which order, seen from a fresh interpreter: the calendar
loads China's holidays alone, and the window loads the database stack before Qt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from approvals_gui.app import main

ROOT = Path(__file__).resolve().parents[1]

CALENDAR = """
import json, sys
from approvals_gui.domain.calendar import WorkCalendar
WorkCalendar.china()
print(json.dumps(sorted(m for m in sys.modules if m.startswith("holidays.countries"))))
"""

# Loaded on its own, China's module is still the package's, found by each way in.
SAME_MODULE = """
import datetime, importlib
from approvals_gui.domain.calendar import WorkCalendar
calendar = WorkCalendar.china()
import holidays
from holidays.countries import China
from holidays.countries.china import China as ChinaByModule
assert China is ChinaByModule is importlib.import_module("holidays.countries.china").China
assert holidays.country_holidays("CN", years=2026) == China(years=2026)
assert datetime.date(2026, 7, 4) in holidays.country_holidays("US", years=2026)
assert not calendar.is_workday(datetime.date(2026, 10, 1))
"""

# Runs the window's entry until it first imports Qt, then lists what was loaded by then.
UNTIL_QT = """
import json, os, sys

def stop_at_qt(event, args):
    if event == "import" and args[0].startswith("PySide6"):
        print(json.dumps(sorted(sys.modules)), flush=True)
        os._exit(0)

sys.addaudithook(stop_at_qt)
from approvals_gui.app import main
main(sys.argv[1:])
"""


def run(tmp_path: Path, script: str, *args: str) -> str:
    env = {**os.environ, "APPROVALS_GUI_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_calendar_loads_no_other_countrys_holidays(tmp_path: Path) -> None:
    out = run(tmp_path, CALENDAR)
    assert json.loads(out) == ["holidays.countries.china"]


def test_chinas_holidays_stay_the_packages_own(tmp_path: Path) -> None:
    run(tmp_path, SAME_MODULE)


def test_the_window_loads_the_database_before_qt(tmp_path: Path) -> None:
    """PySide6's import hook reads the source of every module imported after it."""
    database = tmp_path / "start.sqlite3"
    assert main(["demo", "--count", "1", "--db", str(database)]) == 0
    before_qt = set(json.loads(run(tmp_path, UNTIL_QT, "--db", str(database))))
    assert {"approvals_gui.services.workspace", "approvals_gui.store.tables"} <= before_qt
    assert not [m for m in before_qt if m.startswith("PySide6")]
