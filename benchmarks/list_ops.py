"""The list's search and sort, and the figures read from the database, on 100,000
applications, each beside an anchor measured in the same run: the machine's speed
varies (others run beside it), so the ratio is what compares across runs.

    uv run python benchmarks/list_ops.py [--db FILE|postgresql://…] [--count 100000]

Prints one table: what | measured | anchor | ratio | budget.
- figures for a year read from the database (the command line; a figures page opened
  before the list has loaded): the first time in the process, then the median of three
  more, in wall and in CPU time; anchor: the same report from the countdowns at hand
  (the window's way; its CPU time is the mean of its three runs).
- search keystroke, median over a typed sequence: the proxy's refilter (set_filter until
  the view has taken the reset), against the same test as a bare comprehension
  (`matches` over texts folded beforehand) and a one-word `in` test over those texts;
  then to the repainted table, against a repaint of the table alone.
- the same at 300,000 rows (the list three times over: the proxy looks at rows, not ids).
- sort at 100,000 rows, repaint included, median of three: by a column not sorted by
  before, the same column again either way, and another with a search shown; anchor: a
  bare `sorted` of the views by the project column's key.
Without --db it builds a fresh database with the demo generator first.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from approvals_gui.domain.search import ApplicationFilter, listed_of, search_text  # noqa: E402
from approvals_gui.services.applications import ApplicationView, list_applications  # noqa: E402
from approvals_gui.services.figures import figures_report, report_from  # noqa: E402
from approvals_gui.services.workspace import Workspace  # noqa: E402
from approvals_gui.ui.delegates.countdown import CountdownDelegate  # noqa: E402
from approvals_gui.ui.models.applications_proxy import ApplicationsProxyModel  # noqa: E402
from approvals_gui.ui.models.applications_table import (  # noqa: E402
    COLUMNS,
    COUNTDOWN_COLUMN,
    ApplicationsTableModel,
)
from benchmarks.bench_db import TODAY, bench_workspace  # noqa: E402
from benchmarks.interpreter import interpreter  # noqa: E402

TYPED = ("污", "污水", "污水处", "HP2026", "HP2026-0", "9133", "江城", "江城恒达", "")
PROJECT = [c.key for c in COLUMNS].index("project")
RECEIVED = [c.key for c in COLUMNS].index("received")
YEAR = (date(2026, 1, 1), date(2026, 12, 31))
ROWS: list[tuple[str, float, float, str]] = []  # what, measured s, anchor s, budget


def seconds(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def best(fn: Callable[[], object], runs: int = 3) -> float:
    return min(seconds(fn) for _ in range(runs))


class Table:
    """The applications table, its proxy and a view on them, as the page has them."""

    def __init__(self, app: QApplication, views: Sequence[ApplicationView]) -> None:
        self.app = app
        self.model = ApplicationsTableModel()
        self.proxy = ApplicationsProxyModel()
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setItemDelegateForColumn(COUNTDOWN_COLUMN, CountdownDelegate(self.view))
        self.view.resize(1250, 700)
        self.view.show()
        self.model.set_views(views)
        app.processEvents()

    def settle(self, fn: Callable[[], object]) -> tuple[float, float]:
        """Seconds for `fn` (the proxy's work and the view's reset), and for that and
        the repaint that follows."""
        start = time.perf_counter()
        fn()
        done = time.perf_counter()
        self.app.processEvents()
        return done - start, time.perf_counter() - start

    def typing(self) -> tuple[list[float], list[float]]:
        """Each keystroke of `TYPED`: the refilter alone, and to the repainted table."""
        refilter, painted = [], []
        for text in TYPED:
            alone, total = self.settle(partial(self.proxy.set_filter, ApplicationFilter(text=text)))
            refilter.append(alone)
            painted.append(total)
        return refilter, painted

    def sort(self, column: int, order: Qt.SortOrder) -> float:
        """Seconds to sort and repaint."""
        return self.settle(lambda: self.proxy.sort(column, order))[1]

    def repaint(self) -> float:
        """Seconds to paint the table as it is: what every keystroke costs at least."""
        return best(self.view.viewport().repaint)


def search_anchors(views: Sequence[ApplicationView]) -> tuple[float, float]:
    """Medians over the typed sequence: `matches` as a bare comprehension over the texts
    at hand, and a one-word `in` test (the first word) over them."""
    hay = [search_text(v.record) for v in views]

    def bare(flt: ApplicationFilter) -> list[ApplicationView]:
        return [v for v, h in zip(views, hay, strict=True) if flt.matches(v.record, v.clock, h)]

    def word(flt: ApplicationFilter) -> list[str]:
        first = (flt.words() or ("",))[0]
        return [h for h in hay if first in h]

    filters = [ApplicationFilter(text=text) for text in TYPED]
    return (
        statistics.median(seconds(partial(bare, flt)) for flt in filters),
        statistics.median(seconds(partial(word, flt)) for flt in filters),
    )


def search(app: QApplication, views: list[ApplicationView], rows: int) -> None:
    """The typed sequence on `rows` rows (the list repeated as needed: the proxy looks
    at rows, not at ids), and at 100,000 or fewer the sorts."""
    shown = (views * (rows // len(views) + 1))[:rows]
    table = Table(app, shown)
    refilter, painted = table.typing()
    paint = table.repaint()
    bare, word = search_anchors(shown)
    n, median = f"{rows // 1000}k", statistics.median
    budget = "30 ms" if rows <= 100_000 else "100 ms"
    typed = f"search keystroke at {n}, refilter (median of {len(TYPED)})"
    ROWS.append((typed, median(refilter), bare, budget))
    ROWS.append(("... the same; anchor: one-word `in` test", median(refilter), word, ""))
    ROWS.append(("... worst keystroke; anchor: bare comprehension", max(refilter), bare, ""))
    to_paint = "... keystroke to repainted table; anchor: a repaint alone"
    ROWS.append((to_paint, median(painted), paint, ""))
    if rows <= 100_000:
        sorts(table, shown, n)
    table.view.close()


def sorts(table: Table, shown: list[ApplicationView], n: str) -> None:
    """Each sort three times, the median; the anchor likewise. A column's keys are
    computed the first time it is sorted by: a reset of the list makes that time come
    again."""
    ascending, descending = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
    project = COLUMNS[PROJECT].sort
    rows = [listed_of(v.record, v.clock) for v in shown]
    anchor = statistics.median(seconds(lambda: sorted(rows, key=project)) for _ in range(3))

    def fresh(column: int) -> float:
        table.model.set_views(shown)  # back to the countdown order, the keys forgotten
        table.app.processEvents()
        return table.sort(column, ascending)

    def median(times: Iterable[float]) -> float:
        return statistics.median(list(times))

    first = median(fresh(PROJECT) for _ in range(3))
    kept = median(table.sort(PROJECT, order) for order in (descending, ascending, descending))
    table.proxy.set_filter(ApplicationFilter(text="污水"))
    searched = median(fresh(RECEIVED) for _ in range(3))
    ROWS.append((f"sort at {n} by project, keys computed", first, anchor, "150 ms"))
    ROWS.append(("... by project again, either way (keys kept)", kept, anchor, "150 ms"))
    ROWS.append(("... by received date, a search shown", searched, anchor, "150 ms"))


def figures(ws: Workspace) -> list[ApplicationView]:
    """The year's figures from the database: the first time in the process, before the
    list is read (as the command line does), then the median of three more; anchor:
    the same from the countdowns at hand, once the list is read (the window's way).
    Each also in this process's CPU time, which a busy machine disturbs less. Returns
    the list."""

    def read() -> tuple[float, float]:
        cpu = time.process_time()
        wall = seconds(lambda: figures_report(ws, *YEAR, today=TODAY))
        return wall, time.process_time() - cpu

    first, first_cpu = read()
    more = [read() for _ in range(3)]
    views = list_applications(ws, today=TODAY)
    cpu = time.process_time()
    at_hand = best(lambda: report_from(ws, views, *YEAR))
    at_hand_cpu = (time.process_time() - cpu) / 3  # the three runs of `best`
    median = statistics.median
    ROWS.append(("figures for 2026 from the database, first", first, at_hand, "1000 ms"))
    ROWS.append(("... median of three more", median(w for w, _c in more), at_hand, "1000 ms"))
    ROWS.append(("... the first, CPU time", first_cpu, at_hand_cpu, ""))
    ROWS.append(("... three more, CPU time (median)", median(c for _w, c in more), at_hand_cpu, ""))
    ROWS.append(("... anchor: the same from the countdowns at hand", at_hand, at_hand, ""))
    return views


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="a database file or a postgresql:// server address")
    parser.add_argument("--count", type=int, default=100_000)
    args = parser.parse_args()
    print(interpreter(), flush=True)
    app = QApplication(sys.argv)
    ws, shown = bench_workspace(args.db, args.count, "bench")
    print(f"database: {shown} ({ws.engine.dialect.name})")
    ws.calendar()  # built once per session, as the window does at start-up
    views = figures(ws)
    search(app, views, len(views))
    search(app, views, 3 * len(views))

    print("| what | measured | anchor | ratio | budget |")
    print("| --- | --- | --- | --- | --- |")
    for what, measured, anchor, budget in ROWS:
        print(
            f"| {what} | {measured * 1000:.0f} ms | {anchor * 1000:.0f} ms "
            f"| {measured / anchor:.2f} | {budget or '—'} |"
        )
    sys.stdout.flush()
    os._exit(0)  # PySide6 can crash while Python tears Qt objects down at exit


if __name__ == "__main__":
    main()
