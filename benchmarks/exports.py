"""Exports and demo data at scale, each beside what it is held to.

    uv run python benchmarks/exports.py [--count 100000]

Generates `count` demo applications into a fresh SQLite file (budget: 100,000 in 60 s),
then writes them all to .xlsx beside xlsxwriter in constant-memory mode writing the same
cells the plain way (budget 1.1×, best of two each, in turns), to .csv beside a bare
`csv.writer` (budget 1.5×, best of three each), and the first 3,000 as the list's PDF
(seconds, pages, size). Prints one table; a smaller --count makes a quick run.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pypdf import PdfReader  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from xlsxwriter import Workbook  # type: ignore[import-untyped]  # noqa: E402

from approvals_gui.printing.reports import write_table_pdf  # noqa: E402
from approvals_gui.services import demo  # noqa: E402
from approvals_gui.services.applications import list_applications  # noqa: E402
from approvals_gui.services.exports import (  # noqa: E402
    Sheet,
    applications_sheet,
    write_csv,
    write_xlsx,
)
from approvals_gui.services.workspace import Workspace  # noqa: E402
from approvals_gui.store.database import open_database  # noqa: E402
from benchmarks.bench_db import TODAY  # noqa: E402
from benchmarks.interpreter import interpreter  # noqa: E402

DEMO_BUDGET = 60.0  # seconds for 100,000 applications
PDF_ROWS = 3000


def seconds(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def plain_xlsx(sheet: Sheet, path: Path) -> None:
    """The anchor: the same cells, formats and page setup, written straight through
    xlsxwriter's typed calls, without cleaning or checking anything."""
    book = Workbook(str(path), {"constant_memory": True})
    ws = book.add_worksheet(sheet.title)
    header = book.add_format(
        {"bold": True, "bg_color": "#DDEBF7", "valign": "vcenter", "text_wrap": True}
    )
    text = book.add_format({"text_wrap": True, "valign": "top"})
    day = book.add_format({"num_format": "yyyy-mm-dd", "valign": "top"})
    ws.set_paper(9)
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(0)
    ws.freeze_panes(1, 0)
    for i, column in enumerate(sheet.columns):
        ws.set_column(i, i, column.width + 2)
    ws.write_row(0, 0, [c.title for c in sheet.columns], header)
    for r, row in enumerate(sheet.rows, start=1):
        for c, value in enumerate(row):
            if isinstance(value, str):
                ws.write_string(r, c, value, text)
            elif isinstance(value, date):
                ws.write_datetime(r, c, value, day)
            elif value is not None:
                ws.write_number(r, c, value)
    book.close()


def plain_csv(sheet: Sheet, path: Path) -> None:
    """The anchor: the same rows through a bare `csv.writer`."""
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow([c.title for c in sheet.columns])
        writer.writerows(sheet.rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    args = parser.parse_args()
    print(interpreter(), flush=True)
    app = QApplication(sys.argv)  # the PDF is drawn by Qt
    out = Path(tempfile.mkdtemp())
    ws = Workspace(open_database(str(out / "bench.sqlite3"), create=True), "bench")
    demo_s = seconds(lambda: demo.generate(ws, args.count, today=TODAY))
    demo_cpu = time.process_time()  # this run's so far, mostly the demo's: a busy machine's wall
    names = {code: rule.name for code, rule in ws.rules().items()}
    units = {u.code: u.name for u in ws.units()}
    views = list_applications(ws, today=TODAY)
    sheet = applications_sheet(views, names, units)
    n = len(sheet.rows)

    xlsx_anchor, xlsx = float("inf"), float("inf")
    for _ in range(2):  # in turns, so a busy spell of a shared machine weighs on both
        xlsx_anchor = min(xlsx_anchor, seconds(lambda: plain_xlsx(sheet, out / "anchor.xlsx")))
        xlsx = min(xlsx, seconds(lambda: write_xlsx([sheet], out / "a.xlsx")))
    csv_anchor = min(seconds(lambda: plain_csv(sheet, out / "anchor.csv")) for _ in range(3))
    csv_s = min(seconds(lambda: write_csv(sheet, out / "a.csv")) for _ in range(3))
    first = Sheet(sheet.title, sheet.columns, sheet.rows[:PDF_ROWS])
    pdf = out / "list.pdf"
    pdf_s = seconds(lambda: write_table_pdf(first, "申请一览", pdf))
    pages = len(PdfReader(pdf).pages)
    budget = DEMO_BUDGET * args.count / 100_000

    print(f"{n:,} applications; list PDF of the first {len(first.rows):,}\n")
    print("| what | measured | anchor | ratio | budget |")
    print("| --- | --- | --- | --- | --- |")
    print(
        f"| .xlsx, {n:,} rows | {xlsx:.1f} s | xlsxwriter constant_memory "
        f"{xlsx_anchor:.1f} s | {xlsx / xlsx_anchor:.2f} | ≤ 1.1 |"
    )
    print(
        f"| .csv, {n:,} rows | {csv_s:.2f} s | csv.writer {csv_anchor:.2f} s "
        f"| {csv_s / csv_anchor:.2f} | ≤ 1.5 |"
    )
    print(
        f"| list PDF, {len(first.rows):,} rows | {pdf_s:.1f} s, {pages} pages, "
        f"{pdf.stat().st_size / 1e6:.1f} MB | — | — | — |"
    )
    print(
        f"| demo, {args.count:,} applications | {demo_s:.1f} s ({demo_cpu:.0f} s of processor "
        f"time) | {budget:.0f} s | {demo_s / budget:.2f} | ≤ 1 |"
    )
    sys.stdout.flush()
    del app
    os._exit(0)  # PySide6 can crash while Python tears Qt objects down at exit


if __name__ == "__main__":
    main()
