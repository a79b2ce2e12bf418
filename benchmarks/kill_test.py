"""Crash safety: a writer registering and stepping applications through the services
is killed with SIGKILL at a random moment, again and again, on one database.

Prints: trials, writes acknowledged, acknowledged writes missing afterwards (must be 0),
trials after which `check` found a problem (must be 0), and the time taken.

    uv run python benchmarks/kill_test.py [--trials 100] [--seed 1] [--db FILE]

Without --db it uses a fresh database in a temporary folder.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from approvals_gui.store.database import open_database  # noqa: E402
from tests.store.writers import Acknowledged, kill_trial  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trials", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "kill.sqlite3"
    open_database(path, create=True).dispose()
    rng, acked = random.Random(args.seed), Acknowledged()
    lost, damaged = 0, 0
    start = time.perf_counter()
    for n in range(1, args.trials + 1):
        trial = kill_trial(path, rng, acked)
        lost += len(trial.lost)
        damaged += bool(trial.problems)
        for line in [*trial.lost, *trial.problems][:5]:
            print(f"  trial {n}: {line}")
        if n % 10 == 0:
            print(f"{n} trials, {acked.writes} writes acknowledged", flush=True)
    elapsed = time.perf_counter() - start
    print(f"trials: {args.trials} in {elapsed:.0f} s ({path})")
    print(f"writes acknowledged: {acked.writes} ({len(acked.registered)} registrations)")
    print(f"acknowledged writes missing afterwards: {lost}")
    print(f"trials after which check found a problem: {damaged}")
    return 1 if lost or damaged else 0


if __name__ == "__main__":
    sys.exit(main())
