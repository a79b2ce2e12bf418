"""Opening the window loads only what the window uses: no command line, no demo
generator, no exports, no ledger reader, no PDF writer; and its frame is up before the
database stack is loaded at all."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOT_AT_START = (
    "approvals_gui.cli",
    "approvals_gui.services.demo",
    "approvals_gui.services.exports",
    "approvals_gui.services.ledger",
    "approvals_gui.printing",
    "openpyxl",
    "xlsxwriter",
    "alembic",
)

SCRIPT = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from approvals_gui.app import run_gui
from approvals_gui.ui.start_frame import StartFrame

app = QApplication([sys.argv[0]])
frames = []
show_painted = StartFrame.show_painted

def show_painted_noting(frame, app):
    show_painted(frame, app)
    frames.append(frame)
    print(json.dumps({"frame shown": frame.isVisible(), "with": sorted(sys.modules)}))

StartFrame.show_painted = show_painted_noting

def report_once_loaded():
    # Once the window is up and every row is in, list what was imported and quit.
    # By name: importing the class here would load the window early, under the frame.
    windows = [w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow"]
    if not windows or windows[0].applications.loading:
        QTimer.singleShot(50, report_once_loaded)
        return
    print(json.dumps({"frame left": [f.isVisible() for f in frames], "with": sorted(sys.modules)}))
    app.quit()

QTimer.singleShot(0, report_once_loaded)
sys.exit(run_gui(["--db", sys.argv[1]]))
"""


def test_the_window_starts_without_commands_exports_or_imports(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "APPROVALS_GUI_DATA_DIR": str(tmp_path)}
    database = tmp_path / "start.sqlite3"
    (tmp_path / "settings.ini").write_text("[setup]\nfirst_run_done=true\n")  # set up
    subprocess.run(
        [sys.executable, "main.py", "demo", "--count", "5", "--db", str(database)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(database)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    at_frame, at_window = (json.loads(line) for line in done.stdout.strip().splitlines()[-2:])
    assert at_frame["frame shown"]
    assert not [m for m in at_frame["with"] if m.startswith(("sqlalchemy", "sqlmodel"))]
    assert at_window["frame left"] == [False]  # the window took the frame's place
    modules = at_window["with"]
    assert "approvals_gui.ui.main_window" in modules  # it did start
    loaded = [m for m in modules if m.startswith(NOT_AT_START)]
    assert loaded == []
