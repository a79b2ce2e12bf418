"""Core budgets on 100,000 applications with histories.

Prints: countdowns for today over every application (budget < 0.5 s), add_workdays and
workdays_between per call (< 5 µs), database size, the overdue query (< 100 ms).

    uv run python benchmarks/core.py [--count 100000] [--db FILE]

Without --db it builds a fresh database in a temporary folder (about a minute).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from approvals_gui.domain.applications import ApplicationRecord  # noqa: E402
from approvals_gui.domain.clock import Status, evaluate  # noqa: E402
from approvals_gui.services.applications import (  # noqa: E402
    ApplicationView,
    list_applications,
    views,
)
from approvals_gui.services.demo import generate  # noqa: E402
from approvals_gui.services.workspace import Workspace  # noqa: E402
from approvals_gui.store import repo  # noqa: E402
from approvals_gui.store.database import open_database  # noqa: E402
from approvals_gui.store.db import session_scope  # noqa: E402

TODAY = date(2026, 11, 25)


def best_of(runs: int, fn: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def per_call_us(fn: Callable[[date, int], object], args: list[tuple[date, int]]) -> float:
    start = time.perf_counter()
    for a, b in args:
        fn(a, b)
    return (time.perf_counter() - start) / len(args) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "bench.sqlite3"
    fresh = not path.exists()
    ws = Workspace(open_database(path, create=True), "bench")
    if fresh:
        start = time.perf_counter()
        generate(ws, args.count, today=TODAY)
        print(f"built {args.count} applications in {time.perf_counter() - start:.1f} s")
    cal, rules = ws.calendar(), ws.rules()

    with session_scope(ws.engine) as session:
        load = time.perf_counter()
        records = repo.list_records(session)
        load = time.perf_counter() - load
    print(f"applications: {len(records)}; loading them with clock facts: {load * 1000:.0f} ms")

    def countdowns() -> None:
        for r in records:
            evaluate(r.facts, rules[r.category], cal, TODAY)

    print(
        f"countdowns for today, all applications: {best_of(3, countdowns) * 1000:.0f} ms"
        "  (budget 500 ms)"
    )

    rng = random.Random(1)
    days = [date(2019, 1, 1) + timedelta(days=rng.randrange(365 * 10)) for _ in range(200_000)]
    adds = [(d, rng.randrange(0, 120)) for d in days]
    spans = [(d, d + timedelta(days=rng.randrange(0, 400))) for d in days]
    add = statistics.median(per_call_us(cal.add_workdays, adds) for _ in range(5))
    between = statistics.median(per_call_us(cal.workdays_between, spans) for _ in range(5))  # type: ignore[arg-type]
    print(
        f"add_workdays: {add:.2f} µs/call; workdays_between: {between:.2f} µs/call  (budget 5 µs)"
    )

    size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    print(f"database size: {size / 2**20:.1f} MiB (with WAL)")

    def overdue() -> list[object]:
        with session_scope(ws.engine) as session:
            open_records = repo.list_records(session, open_only=True)
        return [v for v in ws_views(open_records) if v.clock.status in RED_YELLOW]

    def ws_views(records: list[ApplicationRecord]) -> list[ApplicationView]:
        return views(ws, records, today=TODAY)

    found = len(overdue())
    print(
        f"overdue query (red + yellow, {found} found): {best_of(5, overdue) * 1000:.0f} ms"
        "  (budget 100 ms)"
    )
    start = time.perf_counter()
    list_applications(ws, today=TODAY)
    print(
        f"full list with countdowns, sorted (what the window loads): "
        f"{(time.perf_counter() - start) * 1000:.0f} ms"
    )


RED_YELLOW = (Status.OVERDUE, Status.DUE_SOON)

if __name__ == "__main__":
    main()
