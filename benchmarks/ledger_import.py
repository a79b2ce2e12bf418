"""A 50,000-row ledger (台账) brought in: read, checked and imported.

Prints the time to read the workbook (streamed, refused past the limits), to check
every row, to import them through services.ledger.import_ledger into a fresh database
(budget: check + import < 30 s), and to import the same ledger again (every row
found already imported and skipped).

    uv run python benchmarks/ledger_import.py [--rows 50000]

The ledger is written the way openpyxl writes (inline strings), which reads slower
than a file Excel saved (shared strings).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

from openpyxl import Workbook

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from approvals_gui.domain.credit_code import check_character  # noqa: E402
from approvals_gui.domain.ledger_import import LedgerCheck, guess_mapping  # noqa: E402
from approvals_gui.services import ledger  # noqa: E402
from approvals_gui.services.workspace import Workspace  # noqa: E402
from approvals_gui.store.database import open_database  # noqa: E402

HEADERS = (
    "序号",
    "项目名称",
    "建设单位",
    "统一社会信用代码",
    "类别",
    "承办人",
    "区县",
    "收件日期",
    "受理日期",
    "审批日期",
    "审批结果",
    "文号",
    "送达日期",
    "备注",
)
CATEGORIES = ("报告书", "报告表", "告知承诺")
HANDLERS = ("张三", "李四", "王五", "赵六", "陈七")
DISTRICTS = ("高新区", "江北区", "城南区", "开发区")
T = TypeVar("T")


def credit_code(serial: int) -> str:
    first17 = f"91350100{serial:09d}"
    return first17 + check_character(first17)


def build(path: Path, rows: int, seed: int = 2026) -> None:
    """`rows` applications received on working days of 2024–2025, about two in three
    decided and delivered, from 5,000 enterprises."""
    rng = random.Random(seed)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("台账")
    sheet.append(["2024—2025 年环评审批台账"])
    sheet.append(list(HEADERS))
    for i in range(rows):
        received = date(2024, 1, 2) + timedelta(days=rng.randrange(700))
        while received.weekday() >= 5:
            received += timedelta(days=1)
        accepted = received + timedelta(days=rng.randint(0, 3))
        decided = delivered = outcome = number = None
        if rng.random() < 0.65:
            decided = accepted + timedelta(days=rng.randint(5, 40))
            delivered = decided + timedelta(days=rng.randint(0, 3))
            outcome = "不予批准" if rng.random() < 0.04 else "批准"
            number = f"江环审〔{decided.year}〕{i + 1}号"
        company = rng.randrange(5000)
        sheet.append(
            [
                i + 1,
                f"年产{rng.randint(1, 50)}万吨项目（第{i + 1}期）",
                f"江城第{company}实业有限公司",
                credit_code(company),
                rng.choice(CATEGORIES),
                rng.choice(HANDLERS),
                rng.choice(DISTRICTS),
                received,
                accepted,
                decided,
                outcome,
                number,
                delivered,
                "补录" if rng.random() < 0.1 else None,
            ]
        )
    book.save(path)


def timed(label: str, fn: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - start
    print(f"{label}: {seconds:.1f} s")
    return result, seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    path = folder / "ledger.xlsx"
    timed(f"write a ledger of {args.rows} rows", lambda: build(path, args.rows))
    print(f"file size: {path.stat().st_size / 1024:.0f} KiB")
    ws = Workspace(open_database(folder / "bench.sqlite3", create=True), "bench")
    sheet, _read = timed("read (streamed)", lambda: ledger.read_ledger(path))
    mapping = guess_mapping(sheet.headers)

    def check() -> LedgerCheck:
        """Every row checked, as the import dialog does: against what the database holds."""
        known = ledger.known_applications(ws)
        return ledger.check_ledger(
            sheet, mapping, ws.rules(), ws.now(), authorities=ws.authorities(), known=known
        )

    checked, checking = timed("check every row", check)
    print(f"  to import: {len(checked.entries)}, problems: {checked.problem_count}")
    count, importing = timed("import", lambda: ledger.import_ledger(ws, checked.entries))
    print(f"  imported: {count}")
    print(f"check + import: {checking + importing:.1f} s  (budget 30 s)")
    again, _ = timed(
        "the same ledger again: check and import", lambda: ledger.import_ledger(ws, check().entries)
    )
    print(f"  imported: {again} (every row already in the database)")
    ws.engine.dispose()


if __name__ == "__main__":
    main()
