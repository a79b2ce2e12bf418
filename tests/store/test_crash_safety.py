"""A writer killed at a random moment (SIGKILL: no cleanup of any kind) loses nothing
it acknowledged, and leaves a database that passes `check`. benchmarks/kill_test.py
runs the same trial many more times."""

from __future__ import annotations

import random

from approvals_gui.store.database import open_database
from tests.store.writers import Acknowledged, kill_trial

TRIALS = 5


def test_a_killed_writer_loses_no_acknowledged_write(database: str) -> None:
    open_database(database, create=True).dispose()
    rng, acked = random.Random(10), Acknowledged()
    for _ in range(TRIALS):
        trial = kill_trial(database, rng, acked)
        assert trial.lost == [] and trial.problems == []
    assert acked.writes > TRIALS  # each trial wrote before it was killed
