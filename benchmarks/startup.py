"""Start-up time, each figure beside an anchor measured in the same run.

    uv run python benchmarks/startup.py [--repeats 7]

Budgets (median of the repeats, each a fresh interpreter):
- the first window shown on an empty database: at most 2x a bare PySide6 QMainWindow
  shown the same way (offscreen; time from launch until the window is exposed);
- `main.py --help` and `main.py check --db EMPTY` (headless, no Qt): at most 2x a bare
  `python -c "import PySide6.QtWidgets"`.

The first window the program shows is its frame (ui/start_frame.py), up before the
database stack loads; a row for reference times the window with its pages, which takes
the frame's place. A last row, `import sqlmodel` beside the same anchor, has no budget:
it is what `check` spares by reading a current file through sqlite3 alone. The exit
status is 1 when a row is over its budget.

Bytecode is cached as on a user's machine: PYTHONDONTWRITEBYTECODE is unset in the
children, compiled files go to a temporary PYTHONPYCACHEPREFIX, and one warm-up run of
each command writes them before timing. The warm-up also gives the window's default
database in a fresh data folder its schema, and the file for `check` is given its own
first (`check` only reads: it refuses an empty file), so the timed runs open a current
database with no data in it, as every later start does.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.interpreter import interpreter  # noqa: E402

BUDGET = 2.0


def on_import(module: str, then: str) -> str:
    """Code for a child that calls its function `then` with `module` once that is
    imported, by whichever import comes first (the code imports importlib and sys)."""
    return f"""
class OnImport(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != {module!r}:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        load = spec.loader.exec_module

        def exec_module(module):
            load(module)
            {then}(module)

        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, OnImport())
"""


# Reports the wall-clock time when a QMainWindow is first exposed, then quits; the bare
# anchor and the program share it, so both are measured to the same moment. It waits for
# the program's own import of QtWidgets: importing Qt first would slow every later import
# (PySide's import hook reads the source of each module loaded after it).
ON_FIRST_EXPOSE = """
import importlib.abc, importlib.util, sys, time

WATCHED = None  # names of the window classes to wait for; None: any QMainWindow

def report_first_expose(widgets):
    from PySide6.QtCore import QEvent, QObject, QTimer
    QApplication, QMainWindow = widgets.QApplication, widgets.QMainWindow

    def exposed():
        return any(
            isinstance(w, QMainWindow) and (WATCHED is None or type(w).__name__ in WATCHED)
            and w.windowHandle() is not None
            and w.windowHandle().isExposed()
            for w in QApplication.topLevelWidgets()
        )

    reported = []

    def report(app):
        if reported:
            return
        reported.append(True)
        print("EXPOSED", time.time(), flush=True)
        app.removeEventFilter(first_expose)
        QTimer.singleShot(0, app.quit)

    class FirstExpose(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Expose and exposed():
                report(QApplication.instance())
            return False

    first_expose = FirstExpose()
    show, exec_ = widgets.QWidget.show, QApplication.exec

    def show_watched(widget):
        # From the first window shown on: a program may draw one before its event loop.
        QApplication.instance().installEventFilter(first_expose)
        return show(widget)

    def exec_reporting(app):
        if not reported and exposed():  # exposed before the event loop ran
            report(app)
        if reported:  # a quit asked for before the loop ran would be lost
            return 0
        return exec_()

    widgets.QWidget.show = show_watched
    QApplication.exec = exec_reporting

"""
ON_FIRST_EXPOSE += on_import("PySide6.QtWidgets", "report_first_expose")
BARE_WINDOW = ON_FIRST_EXPOSE + (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([sys.argv[0]])\nwindow = QMainWindow()\nwindow.show()\napp.exec()\n"
)
RUN_PROGRAM = (
    "import runpy\nsys.argv = ['main.py']\nrunpy.run_path('main.py', run_name='__main__')\n"
)
# The first window the program shows (its frame), and the window with its pages.
PROGRAM_WINDOW = ON_FIRST_EXPOSE + RUN_PROGRAM
PROGRAM_PAGES = ON_FIRST_EXPOSE.replace("WATCHED = None", "WATCHED = {'MainWindow'}") + RUN_PROGRAM


@dataclass(frozen=True)
class Row:
    what: str
    measured: list[str]
    anchor: list[str]
    shown: bool = False  # time to the first exposed main window instead of to the exit
    budget: float | None = BUDGET  # None: a figure for reference, with no budget


def child_env(pycache: Path, data: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(
        PYTHONPYCACHEPREFIX=str(pycache),
        QT_QPA_PLATFORM="offscreen",
        APPROVALS_GUI_DATA_DIR=str(data),
    )
    env.pop("APPROVALS_GUI_DB", None)
    return env


def run_once(args: list[str], env: dict[str, str], shown: bool) -> float:
    """Seconds from launch to the exit, or to the first exposed main window."""
    name = "python -c …" if args[0] == "-c" else " ".join(args)
    start = time.time()
    done = subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    end = time.time()
    if done.returncode != 0:
        raise SystemExit(f"{name} failed:\n{done.stderr}")
    if not shown:
        return end - start
    stamps = [line.split()[1] for line in done.stdout.splitlines() if line.startswith("EXPOSED")]
    if not stamps:
        raise SystemExit(f"{name} showed no window:\n{done.stderr}")
    return float(stamps[0]) - start


def medians(rows: list[Row], env: dict[str, str], repeats: int) -> list[tuple[float, float]]:
    """Per row, the median of its command and of its anchor, run alternately so that
    load from elsewhere on the machine falls on both alike."""
    times: list[tuple[list[float], list[float]]] = [([], []) for _ in rows]
    for _ in range(repeats):
        for row, (measured, anchor) in zip(rows, times, strict=True):
            measured.append(run_once(row.measured, env, row.shown))
            anchor.append(run_once(row.anchor, env, row.shown))
    return [(statistics.median(m), statistics.median(a)) for m, a in times]


def rows(empty: Path) -> list[Row]:
    bare_import = ["-c", "import PySide6.QtWidgets"]
    return [
        Row("window shown, empty database", ["-c", PROGRAM_WINDOW], ["-c", BARE_WINDOW], True),
        # For reference: the window with its pages, which takes the frame's place.
        Row(
            "(reference) ... with its pages",
            ["-c", PROGRAM_PAGES],
            ["-c", BARE_WINDOW],
            True,
            budget=None,
        ),
        Row("main.py --help", ["main.py", "--help"], bare_import),
        Row("main.py check --db EMPTY", ["main.py", "check", "--db", str(empty)], bare_import),
        # What `check` spares by reading a current file through sqlite3 alone.
        Row("(reference) import sqlmodel", ["-c", "import sqlmodel"], bare_import, budget=None),
    ]


def print_table(rows: list[Row], results: list[tuple[float, float]], repeats: int) -> int:
    """The table; how many rows are over their budget."""
    print(f"median of {repeats} runs; anchors measured alternately in the same run")
    print(f"{'what':<30} | {'measured':>8} | {'anchor':>8} | {'ratio':>5} | budget")
    over = 0
    for row, (measured, anchor) in zip(rows, results, strict=True):
        ratio = measured / anchor
        if row.budget is None:
            verdict = "-"
        else:
            over += ratio > row.budget
            verdict = f"<= {row.budget:g}x " + ("ok" if ratio <= row.budget else "OVER")
        print(
            f"{row.what:<30} | {measured * 1000:6.0f}ms | {anchor * 1000:6.0f}ms | "
            f"{ratio:5.2f} | {verdict}"
        )
    return over


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    options = parser.parse_args()
    print(interpreter(), flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        data, empty = Path(tmp) / "data", Path(tmp) / "empty.sqlite3"
        data.mkdir()
        (data / "settings.ini").write_text("[setup]\nfirst_run_done=true\n")  # set up
        empty.touch()
        env = child_env(Path(tmp) / "pycache", data)
        install = "from approvals_gui.store.database import open_database as o; o({!r}).dispose()"
        run_once(["-c", install.format(str(empty))], env, False)  # the schema
        table = rows(empty)
        for row in table:  # warm-up: bytecode written, the window's database its schema
            run_once(row.measured, env, row.shown)
            run_once(row.anchor, env, row.shown)
        results = medians(table, env, options.repeats)
    return 1 if print_table(table, results, options.repeats) else 0


if __name__ == "__main__":
    sys.exit(main())
