"""What start-up loads, and in which order, seen from a fresh interpreter: the calendar
loads China's holidays alone, and the window loads Qt (for its frame) before the database
stack, which it imports through the plain import, without PySide6's hook."""

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

# Runs the window's entry until it first imports the database stack, then tells what was
# loaded by then and whether imports still go through PySide6's hook.
UNTIL_DATABASE = """
import builtins, json, os, sys

plain = builtins.__import__

def stop_at_sqlalchemy(event, args):
    if event == "import" and args[0] == "sqlalchemy":
        found = {"modules": sorted(sys.modules), "plain import": builtins.__import__ is plain}
        print(json.dumps(found), flush=True)
        os._exit(0)

sys.addaudithook(stop_at_sqlalchemy)
from approvals_gui.app import main
main(sys.argv[1:])
"""


def run(tmp_path: Path, script: str, *args: str, env: dict[str, str] | None = None) -> str:
    env = {**os.environ, "APPROVALS_GUI_DATA_DIR": str(tmp_path), **(env or {})}
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


def test_the_window_loads_qt_first_and_the_database_stack_without_the_hook(
    tmp_path: Path,
) -> None:
    """PySide6's import hook reads the source of every module imported after it: the
    frame needs Qt first, so the window puts the plain import back for the rest."""
    database = tmp_path / "start.sqlite3"
    assert main(["demo", "--count", "1", "--db", str(database)]) == 0
    (tmp_path / "settings.ini").write_text("[setup]\nfirst_run_done=true\n")
    env_qt = {"QT_QPA_PLATFORM": "offscreen"}
    found = json.loads(run(tmp_path, UNTIL_DATABASE, "--db", str(database), env=env_qt))
    assert "PySide6.QtWidgets" in found["modules"]
    assert "approvals_gui.ui.start_frame" in found["modules"]
    assert found["plain import"]
