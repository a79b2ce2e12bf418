"""The scripts in benchmarks/, which prove the speed budgets, still run: each on a small
database, to its last figure. Nothing is timed here (a timed test flakes); what is
checked is that a change to what a script calls has not broken it, which only a run
shows: two had been broken unnoticed for days."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"

# Script, its arguments for a small run, and what its last figure's line says. The
# window's needs an application it may accept, which a demo of 1,000 has.
RUNS = [
    ("window.py", ["--count", "1000"], "beside an export"),
    ("list_ops.py", ["--count", "300"], "by received date, a search shown"),
    ("manager.py", ["--count", "300"], "export 300 applications to .csv"),
    ("exports.py", ["--count", "300"], "| demo, 300 applications |"),
    ("core.py", ["--count", "300"], "full list with countdowns, sorted"),
    ("ledger_import.py", ["--rows", "300"], "imported: 0 (every row already in the database)"),
    ("kill_test.py", ["--trials", "2"], "acknowledged writes missing afterwards: 0"),
    ("load.py", ["--sizes", "300"], "| load, first read ÷ anchor |"),
    ("launch.py", ["--count", "300", "--rounds", "1"], "| all applications shown |"),
]


def run(script: str, args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(BENCHMARKS / script), *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
    )


def said(done: subprocess.CompletedProcess[str]) -> str:
    return f"stdout:\n{done.stdout}\nstderr:\n{done.stderr}"


@pytest.mark.parametrize(("script", "args", "last"), RUNS, ids=[r[0] for r in RUNS])
def test_benchmark_runs_to_its_last_figure(
    script: str, args: list[str], last: str, tmp_path: Path
) -> None:
    if script == "load.py":
        args = [*args, "--dir", str(tmp_path)]
    done = run(script, args, tmp_path)
    assert done.returncode == 0, said(done)
    assert last in done.stdout, said(done)
    assert "Traceback" not in done.stderr, said(done)


def test_startup_benchmark_runs_to_its_last_figure(tmp_path: Path) -> None:
    """Its exit status says whether a row is over budget, which on a busy machine one
    may be: the run is checked by its table and the absence of a traceback."""
    done = run("startup.py", ["--repeats", "1"], tmp_path)
    assert done.returncode in (0, 1), said(done)
    assert "(reference) import sqlmodel" in done.stdout, said(done)
    assert "Traceback" not in done.stderr, said(done)


def test_server_benchmark_runs_to_its_last_figure(server_database: str, tmp_path: Path) -> None:
    done = run("server.py", [server_database, "--count", "1000"], tmp_path)
    assert done.returncode == 0, said(done)
    assert "overdue board, query to" in done.stdout, said(done)
    assert "Traceback" not in done.stderr, said(done)
