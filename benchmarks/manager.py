"""The manager's screens and exports on 100,000 applications.

    uv run python benchmarks/manager.py [--db FILE] [--count 100000]

Prints: the overdue board from query to painted cards, and the figures for a year to
drawn charts (budget: each under 1 s; the window computes figures from the countdowns
it already holds, the command line reads them); and writing all applications to .xlsx
and .csv (no budget; it runs off the UI thread with progress and cancel).
Without --db it builds a fresh database with the demo generator first.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from approvals_gui.services.applications import list_applications  # noqa: E402
from approvals_gui.services.board import board_cards  # noqa: E402
from approvals_gui.services.exports import applications_sheet, write_csv, write_xlsx  # noqa: E402
from approvals_gui.services.figures import FiguresReport, figures_report, report_from  # noqa: E402
from approvals_gui.services.workspace import Workspace  # noqa: E402
from approvals_gui.ui.pages.board_page import BoardPage  # noqa: E402
from approvals_gui.ui.pages.figures_page import FiguresPage  # noqa: E402
from benchmarks.bench_db import TODAY, bench_workspace  # noqa: E402
from benchmarks.interpreter import interpreter  # noqa: E402


def timed(label: str, fn: Callable[[], object], budget: str = "") -> object:
    start = time.perf_counter()
    result = fn()
    print(f"{label}: {(time.perf_counter() - start) * 1000:.0f} ms{budget}")
    return result


def show_board(app: QApplication, ws: Workspace, board: BoardPage, names: dict[str, str]) -> int:
    """The overdue board from its query to painted cards; returns how many cards."""
    cards = board_cards(ws, today=TODAY)
    board.set_cards(cards, names)
    board.view.doItemsLayout()
    board.view.viewport().repaint()
    app.processEvents()
    return len(cards)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="a database file or a postgresql:// server address")
    parser.add_argument("--count", type=int, default=100_000)
    args = parser.parse_args()
    print(interpreter(), flush=True)
    app = QApplication(sys.argv)
    ws, shown = bench_workspace(args.db, args.count, "bench")
    print(f"database: {shown} ({ws.engine.dialect.name})")
    names = {code: rule.name for code, rule in ws.rules().items()}
    ws.calendar()  # built once per session, as the window does at start-up

    board = BoardPage()
    board.resize(1250, 700)
    board.show()

    found = timed(
        "overdue board, query to painted cards",
        lambda: show_board(app, ws, board, names),
        "  (budget 1000 ms)",
    )
    print(f"  ({found} cards)")

    page = FiguresPage(TODAY)
    page.resize(1250, 700)
    page.show()

    def show_year(report: Callable[[], FiguresReport]) -> Callable[[], None]:
        def run() -> None:
            page.show_report(report())
            page.repaint()
            app.processEvents()

        return run

    year = (date(2026, 1, 1), date(2026, 12, 31))
    # Before the list is read, as the words say: 100,000 views held beside it slow the
    # building of its objects by a tenth (memory, not work).
    timed(
        "figures for 2026 read from the database (before the list has loaded; CLI)",
        show_year(lambda: figures_report(ws, *year, today=TODAY)),
        "  (budget 1000 ms)",
    )
    views = list_applications(ws, today=TODAY)  # what the window holds once it has loaded
    timed(
        "figures for 2026 in the window (countdowns at hand), to drawn charts",
        show_year(lambda: report_from(ws, views, *year)),
        "  (budget 1000 ms)",
    )

    sheet = applications_sheet(views, names)
    out = Path(tempfile.mkdtemp())
    timed(f"export {len(views)} applications to .xlsx", lambda: write_xlsx([sheet], out / "a.xlsx"))
    timed(f"export {len(views)} applications to .csv", lambda: write_csv(sheet, out / "a.csv"))
    print(f"  (.xlsx {(out / 'a.xlsx').stat().st_size / 2**20:.1f} MiB)")
    sys.stdout.flush()
    os._exit(0)  # PySide6 can crash while Python tears Qt objects down at exit


if __name__ == "__main__":
    main()
