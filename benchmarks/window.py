"""The clerk's window on 100,000 applications: time to open, time per search keystroke.

    uv run python benchmarks/window.py [--db FILE]

Without --db it builds a fresh database with benchmarks/core.py's generator first.
Budgets: window filled in under 3 s; a keystroke refilters in under 100 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from approvals_gui.services.demo import generate  # noqa: E402
from approvals_gui.services.workspace import Workspace  # noqa: E402
from approvals_gui.store.database import open_database  # noqa: E402
from approvals_gui.ui.main_window import ALL, MainWindow  # noqa: E402

TODAY = date(2026, 11, 25)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--count", type=int, default=100_000)
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "bench.sqlite3"
    app = QApplication(sys.argv)
    fresh = not path.exists()
    ws = Workspace(open_database(path), "张伟", today=lambda: TODAY)
    if fresh:
        generate(ws, args.count)
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "ui.ini"), QSettings.Format.IniFormat)
    settings.setValue("user/name", "张伟")
    settings.setValue("filters/view", ALL)

    start = time.perf_counter()
    window = MainWindow(ws, settings, str(path))
    window.show()
    while window.page.model.rowCount() == 0:
        app.processEvents()
        time.sleep(0.005)
    app.processEvents()
    first = time.perf_counter() - start
    running = window.page.model.rowCount()
    while window.page.model.rowCount() == running:
        app.processEvents()
        time.sleep(0.005)
    app.processEvents()
    everything = time.perf_counter() - start
    rows = window.page.model.rowCount()
    print(f"window open with the {running} running applications shown: {first:.2f} s  (budget 3 s)")
    print(f"... and all {rows} applications shown: {everything:.2f} s")

    timings = []
    for text in ("污", "污水", "污水处", "HP2026", "HP2026-0", "9133", "江城", "江城化工", ""):
        t = time.perf_counter()
        window.page.search.setText(text)
        app.processEvents()
        timings.append(time.perf_counter() - t)
    print(
        f"search keystroke refilter: median {statistics.median(timings) * 1000:.0f} ms, "
        f"worst {max(timings) * 1000:.0f} ms  (budget 100 ms)"
    )
    t = time.perf_counter()
    window.page.table.sortByColumn(2, window.page.proxy.sort_order())
    app.processEvents()
    print(f"sort by project: {(time.perf_counter() - t) * 1000:.0f} ms")
    t = time.perf_counter()
    for _ in range(20):
        window.page.table.verticalScrollBar().setValue(
            window.page.table.verticalScrollBar().value() + 500
        )
        window.page.table.viewport().repaint()
    print(f"scrolling: {(time.perf_counter() - t) / 20 * 1000:.1f} ms per page repaint")
    window.close()
    sys.stdout.flush()
    # PySide6 can crash while Python tears down Qt objects at exit; the figures are out.
    os._exit(0)


if __name__ == "__main__":
    main()
