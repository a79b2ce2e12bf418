"""The office's shared server: the clerk's window and the manager's board on a
PostgreSQL database of 100,000 applications, against the budgets, in one run.

    uv run python benchmarks/server.py postgresql://approvals@HOST/bench [--count 100000]

Give it a database of its own (an empty one: it is filled with the demo generator up to
--count applications first, which takes a while; a database that already holds that many
is used as it is). Prints side by side: the window open to its running rows shown and to
all rows shown (budget 3 s), a step from the click to the updated row, through the same
worker and services the window uses (budget 300 ms; median and worst of a few), and the
overdue board from query to painted cards (budget 1 s). Runs offscreen.

The window opens as on a desk's first start: it reads every finished application afresh
and keeps them in a folder of this run's own, not the user's. A desk's next start,
through the kept rows, is timed by `benchmarks/window.py --db postgresql://…`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import text  # noqa: E402

from approvals_gui.paths import DATA_DIR_ENV  # noqa: E402
from approvals_gui.services.applications import application_count  # noqa: E402
from approvals_gui.services.demo import generate  # noqa: E402
from approvals_gui.services.workspace import Workspace  # noqa: E402
from approvals_gui.ui.collector import MainThreadCollector  # noqa: E402
from approvals_gui.ui.pages.board_page import BoardPage  # noqa: E402
from benchmarks.bench_db import TODAY, bench_workspace  # noqa: E402
from benchmarks.manager import show_board  # noqa: E402
from benchmarks.window import open_window, step_time  # noqa: E402

STEPS = 5  # steps timed; the first may pay for a cold cache


def server_version(ws: Workspace) -> str:
    with ws.engine.connect() as conn:
        return str(conn.execute(text("SHOW server_version")).scalar()).split()[0]


def filled(url: str, count: int) -> tuple[Workspace, str]:
    """The workspace on `url` with at least `count` applications, generated as needed."""
    start = time.perf_counter()
    ws, shown = bench_workspace(url, count, "张伟")  # fills an empty database
    if (have := application_count(ws)) < count:
        generate(ws, count - have, today=TODAY, seed=have)
    took = time.perf_counter() - start
    if took > 5:
        print(f"filled with demo data in {took:.0f} s")
    return ws, shown


def row(label: str, seconds: float, budget: float | None = None) -> str:
    figure = f"{seconds:.2f} s" if seconds >= 1 else f"{seconds * 1000:.0f} ms"
    if budget is None:
        return f"{label:<48}{figure:>10}"
    limit = f"≤ {budget:g} s" if budget >= 1 else f"≤ {budget * 1000:.0f} ms"
    verdict = "ok" if seconds <= budget else "OVER"
    return f"{label:<48}{figure:>10}   {limit:<9}{verdict}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("url", help="postgresql://user@host[:port]/database (no password in it)")
    parser.add_argument("--count", type=int, default=100_000)
    args = parser.parse_args()
    if not args.url.startswith(("postgresql://", "postgresql+psycopg://")):
        parser.error("give a postgresql:// address (benchmarks/window.py times a file)")
    # The finished rows this run keeps, in a fresh folder: each run is a first start, and
    # leaves the user's own folder as it was.
    os.environ[DATA_DIR_ENV] = tempfile.mkdtemp()
    app = QApplication(sys.argv)
    MainThreadCollector(app)  # garbage collected as the program has it
    ws, shown = filled(args.url, args.count)
    total = application_count(ws)
    print(f"database: {shown} (PostgreSQL {server_version(ws)}), {total} applications")

    window, first, running, everything = open_window(app, ws)
    steps = [step_time(app, window) for _ in range(STEPS)]
    names = {code: rule.name for code, rule in ws.rules().items()}
    page = BoardPage()  # as benchmarks/manager.py times it
    page.resize(1250, 700)
    page.show()
    start = time.perf_counter()
    cards = show_board(app, ws, page, names)
    board_time = time.perf_counter() - start

    print()
    print(f"{'measure':<48}{'measured':>10}   {'budget':<9}")
    print(row(f"first start, {running} running rows shown", first, 3))
    print(row(f"first start, all {total} rows shown", everything))
    print(row(f"one step, click to updated row (median of {STEPS})", statistics.median(steps), 0.3))
    print(row("one step, worst", max(steps), 0.3))
    print(row(f"overdue board, query to {cards} painted cards", board_time, 1))
    window.close()
    sys.stdout.flush()
    os._exit(0)  # PySide6 can crash while Python tears Qt objects down at exit


if __name__ == "__main__":
    main()
