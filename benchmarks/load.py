"""Loading every application with its clock facts, and their countdowns, against anchors.

Prints, from one run: loading 100,000 applications against the anchor (sqlite3's
`fetchall` of the same queries plus parsing every date the records hold, those of the
pause spans' text too; budget 1.5× the anchor), and against the date columns' parsing
alone, the anchor before 2026-12-02's evening;
countdowns for 100,000 (budget 150 ms); and µs per row at each size, which should stay
flat as the database grows.

    uv run python benchmarks/load.py [--db FILE] [--dir DIR] [--sizes 10000,100000,300000]

A size's database is DIR/load-SIZE.sqlite3, built with the demo generator when missing
(300,000 take several minutes); --db gives the 100,000 one. "cold" is a list read for
the first time in the process; "again" the same list read once more (a reload).
Times are the process's CPU time, best of three: others' work on a shared machine
slows the wall clock far more than it does this.

Everything is timed as the window runs it: automatic garbage collection off for the
whole process (ui/collector.py), what was built then frozen (`gc.freeze`, timed with it).
The anchor runs under the same collector. Two more rows show a script's way of loading:
the collector paused while reading and on again after (its first collection then walks
all that was built), and the collector left on throughout.
"""

from __future__ import annotations

import argparse
import gc
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import nullcontext
from datetime import date, timedelta
from operator import itemgetter
from pathlib import Path
from typing import Any
from unittest.mock import patch

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy.dialects import sqlite  # noqa: E402

from approvals_gui.domain.applications import ApplicationRecord  # noqa: E402
from approvals_gui.domain.building import collector_paused  # noqa: E402
from approvals_gui.domain.clock import evaluate_or_unknown  # noqa: E402
from approvals_gui.domain.countdowns import Countdowns  # noqa: E402
from approvals_gui.services.applications import list_applications  # noqa: E402
from approvals_gui.services.workspace import Workspace  # noqa: E402
from approvals_gui.store import repo, rows  # noqa: E402
from approvals_gui.store.db import session_scope  # noqa: E402
from benchmarks.bench_db import TODAY, bench_workspace  # noqa: E402
from benchmarks.interpreter import interpreter  # noqa: E402

HEADLINE = 100_000
LOAD_RATIO = 1.5  # budget: loading ≤ 1.5 × the anchor
COUNTDOWN_MS = 150  # budget for 100,000 countdowns
RUNS = 3
ROWS = {  # the scaling table's rows
    "anchor": "anchor: sqlite3 fetchall + date parsing",
    "anchor, date columns": "... the date columns' only (not the spans')",
    "cold": "load, first read (as the window: collector off, list frozen)",
    "cold, script": "... in a script: collector paused while reading, on after",
    "cold, collector on": "... with the collector left on",
    "again": "load, read again",
    "exact": "countdowns: `evaluate` each",
    "countdowns cold": "countdowns: first time",
    "countdowns": "countdowns: read again the same day (kept)",
    "countdowns next day": "countdowns: read again the next day (settled ones kept)",
    "list": "list_applications (read again, count down, sort)",
}


def best_of(fn: Callable[[], Any], before: Callable[[], object] = lambda: None) -> float:
    times = []
    for _ in range(RUNS):
        before()
        start = time.process_time()
        result = fn()
        times.append(time.process_time() - start)
        del result  # freed outside the timing
    return min(times)


def as_window(fn: Callable[[], Any]) -> Callable[[], Any]:
    """`fn` with automatic collection off and what it built frozen after, as the window
    runs a load (ui/collector.py). The garbage of the run before is for `best_of`'s
    `before` to collect, outside the timing, as the window does before a full load."""

    def run() -> Any:
        enabled = gc.isenabled()
        gc.disable()
        try:
            result = fn()
            gc.freeze()
            return result
        finally:
            gc.unfreeze()  # at once: nothing else of the process stays frozen
            if enabled:
                gc.enable()

    return run


def fresh() -> None:
    """As in a new process: no facts read before, no garbage of an earlier run."""
    forget_read_facts()
    gc.collect()


def anchor(path: str, *, spans: bool = True) -> Callable[[], list[Any]]:
    """sqlite3 alone: the list's own queries (its applications, and their enterprises'
    names) fetched, with the collector paused as the list's reading does, and every
    date the records hold parsed: the date columns' and, unless not `spans`, those in
    each pause span's text ("stage:first:last", joined by ";"), which the records hold
    as dates too."""
    query, enterprises = repo.records_queries()
    sql = str(query.compile(dialect=sqlite.dialect()))
    columns = [c.name for c in query.selected_columns]
    dates = [i for i, c in enumerate(query.selected_columns) if str(c.type) == "DATE"]
    assert len(dates) == 7, dates  # registered, received … closed, extended
    pick, pause_spans = itemgetter(*dates), columns.index("pause_spans")

    def run() -> list[Any]:
        with collector_paused(), sqlite3.connect(path) as connection:
            names = connection.execute(enterprises).fetchall()
            rows = connection.execute(sql).fetchall()
            parse = date.fromisoformat
            parsed: list[Any] = [[parse(v) if v else None for v in pick(r)] for r in rows]
            if spans:
                parsed.append(
                    [
                        [
                            (stage, parse(first), parse(last) if last else None)
                            for stage, first, last in (
                                p.split(":") for p in r[pause_spans].split(";") if p
                            )
                        ]
                        for r in rows
                    ]
                )
            return [names, parsed]

    return run


def forget_read_facts() -> None:
    """As in a new process: no facts read before."""
    rows.forget_read_facts()


def measure(ws: Workspace, path: str) -> dict[str, float]:
    """Seconds for each figure on one database."""

    def load() -> list[ApplicationRecord]:
        with session_scope(ws.engine, write=False) as session:
            return repo.list_records(session)

    def load_collector_on() -> list[ApplicationRecord]:
        """As before the collector was paused around reading."""
        with patch.object(repo, "collector_paused", nullcontext):
            return load()

    # First reads before any list is held, as at a start: 100,000 records kept alive
    # beside them (below) slow the building of new ones by some 10% (memory, not work).
    figures = {
        "anchor": best_of(as_window(anchor(path)), gc.collect),
        "anchor, date columns": best_of(as_window(anchor(path, spans=False)), gc.collect),
        "cold": best_of(as_window(load), fresh),
        "cold, script": best_of(load, fresh),
        "cold, collector on": best_of(load_collector_on, fresh),
    }
    cal, rule_for = ws.calendar(), ws.rule_for
    records = load()
    pairs = [(r.facts, rule_for(r)) for r in records]
    kept = Countdowns()
    kept.clocks(pairs, cal, TODAY)
    days = (TODAY + timedelta(days=n) for n in range(1, 1000))
    figures |= {
        "rows": len(records),
        "again": best_of(as_window(load), gc.collect),
        "exact": best_of(
            as_window(lambda: [evaluate_or_unknown(f, r, cal, TODAY) for f, r in pairs]),
            gc.collect,
        ),
        "countdowns cold": best_of(
            as_window(lambda: Countdowns().clocks(pairs, cal, TODAY)), gc.collect
        ),
        "countdowns": best_of(as_window(lambda: kept.clocks(pairs, cal, TODAY)), gc.collect),
        # A new day for each run: the running ones are counted afresh each time.
        "countdowns next day": best_of(
            as_window(lambda: kept.clocks(pairs, cal, next(days))), gc.collect
        ),
        "list": best_of(as_window(lambda: list_applications(ws, today=TODAY)), gc.collect),
    }
    forget_read_facts()
    return figures


def headline(f: dict[str, float]) -> None:
    ms = {k: v * 1000 for k, v in f.items()}
    ratio = f["cold"] / f["anchor"]
    print(f"applications: {f['rows']:.0f}")
    print(
        f"anchor, sqlite3 fetchall + date parsing: {ms['anchor']:.0f} ms"
        f" (the date columns' only, not the spans': {ms['anchor, date columns']:.0f} ms)"
    )
    print(
        f"loading with clock facts, first read: {ms['cold']:.0f} ms = {ratio:.2f}× the anchor"
        f"  (budget {LOAD_RATIO}×); {f['cold'] / f['anchor, date columns']:.2f}× the date"
        " columns' only"
    )
    print(f"... read again: {ms['again']:.0f} ms = {f['again'] / f['anchor']:.2f}× the anchor")
    print(
        f"... in a script (collector on after reading): {ms['cold, script']:.0f} ms"
        f" = {f['cold, script'] / f['anchor']:.2f}× the anchor"
    )
    print(
        f"countdowns, read again the same day: {ms['countdowns']:.0f} ms"
        f"  (budget {COUNTDOWN_MS} ms); the next day: {ms['countdowns next day']:.0f} ms;"
        f" first time: {ms['countdowns cold']:.0f} ms; evaluate each: {ms['exact']:.0f} ms"
    )
    print(f"list_applications (read, count down, sort; what the window loads): {ms['list']:.0f} ms")


def table(by_size: dict[int, dict[str, float]]) -> None:
    print()
    print("| µs per row | " + " | ".join(f"{size:,}" for size in by_size) + " |")
    print("| --- |" + " --- |" * len(by_size))
    for name, label in ROWS.items():
        cells = [f"{f[name] / f['rows'] * 1e6:.1f}" for f in by_size.values()]
        print(f"| {label} | " + " | ".join(cells) + " |")
    ratios = [f"{f['cold'] / f['anchor']:.2f}×" for f in by_size.values()]
    print("| load, first read ÷ anchor | " + " | ".join(ratios) + " |")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help=f"the {HEADLINE:,}-application database file")
    parser.add_argument("--dir", type=Path, help="where each size's database is kept")
    parser.add_argument("--sizes", default="10000,100000,300000")
    args = parser.parse_args()
    print(interpreter(), flush=True)
    folder = args.dir or Path(tempfile.mkdtemp())
    by_size: dict[int, dict[str, float]] = {}
    for size in sorted(int(s) for s in args.sizes.split(",")):
        path = args.db if args.db and size == HEADLINE else str(folder / f"load-{size}.sqlite3")
        start = time.perf_counter()
        ws, _shown = bench_workspace(path, size, "bench")
        print(f"{size:,}: {path} ready in {time.perf_counter() - start:.0f} s", flush=True)
        by_size[size] = measure(ws, path)
        ws.engine.dispose()
        if size == HEADLINE:
            headline(by_size[size])
    table(by_size)


if __name__ == "__main__":
    main()
