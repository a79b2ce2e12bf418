"""Child processes that write through the services, for the concurrency and crash tests
and benchmarks/kill_test.py. Run as `python -m tests.store.writers KIND DB …`, DB a
SQLite file or a PostgreSQL URL.

A writer prints one line per write, flushed, only after the write committed:
`reg ID`, `step ID VERSION`, or `refused CODE` when the write was refused.
"""

from __future__ import annotations

import itertools
import os
import random
import signal
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import text

from approvals_gui.domain.applications import NewApplication
from approvals_gui.domain.calendar import CalendarOverride, OverrideKind
from approvals_gui.domain.enterprises import EnterpriseForm
from approvals_gui.domain.errors import DomainError
from approvals_gui.domain.stages import Action, Stage
from approvals_gui.domain.units import Unit, UnitKind
from approvals_gui.services.applications import Step, apply_step, detail, register
from approvals_gui.services.calendar_admin import set_days
from approvals_gui.services.directory import save_enterprise
from approvals_gui.services.units import save_units
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.database import open_database
from approvals_gui.store.db import session_scope
from approvals_gui.store.errors import StoreError

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 25)
# The step each stage moves on by, up to delivery.
NEXT = {
    Stage.RECEIVED: Step(Action.ACCEPT, date(2026, 11, 3)),
    Stage.ACCEPTED: Step(Action.START_REVIEW, date(2026, 11, 4)),
    Stage.REVIEW: Step(Action.START_PUBLIC_NOTICE, date(2026, 11, 5)),
    # After the 受理公示 and 拟批准公示 of a 报告表 (5 working days each) have run.
    Stage.PUBLIC_NOTICE: Step(
        Action.APPROVE, date(2026, 11, 13), document_number="环审〔2026〕1号"
    ),
    Stage.APPROVED: Step(Action.DELIVER, date(2026, 11, 16)),
}


def form(n: int) -> NewApplication:
    return NewApplication(
        f"第{n}号项目", "江城再生资源有限公司", "91350100M000100Y43", "report_form", "张三",
        date(2026, 11, 2),
    )  # fmt: skip


def workspace(db: str) -> Workspace:
    return Workspace(open_database(db), "张三", now=lambda: datetime(2026, 11, 25, 10))


def say(line: str) -> None:
    print(line, flush=True)


def step_once(ws: Workspace, application_id: int) -> bool:
    """Move one application on by a step, as a clerk who read it just before would;
    False once it is delivered."""
    view = detail(ws, application_id, today=TODAY).view
    step = NEXT.get(view.record.facts.stage)
    if step is None:
        return False
    try:
        done = apply_step(ws, application_id, view.record.version, step, today=TODAY)
    except (StoreError, DomainError) as exc:  # a lost race: refused, nothing written
        say(f"refused {exc.code}")
    else:
        say(f"step {application_id} {done.view.record.version}")
    return True


def hold(db: str, seconds: str) -> None:
    """Hold the write lock for `seconds`, as a long save on another desktop would."""
    engine = open_database(db)
    with session_scope(engine) as session:
        session.execute(text("INSERT INTO confirmed_year VALUES (2031, '2026-01-01', 'x')"))
        say("locked")
        time.sleep(float(seconds))


def race(db: str, count: str, *shared: str) -> None:
    """After "go" on stdin: `count` registrations, each followed by a step on one of
    the `shared` applications, which the other writers step too."""
    ws = workspace(db)
    sys.stdin.readline()
    for n in range(int(count)):
        try:
            say(f"reg {register(ws, form(n), today=TODAY)}")
        except StoreError as exc:
            say(f"refused {exc.code}")
        step_once(ws, int(shared[n % len(shared)]))


def directory(db: str, name: str, code: str) -> None:
    """After "go" on stdin: add the enterprise `name` under `code` to the directory, as
    a clerk on another desk may at the same moment."""
    ws = workspace(db)
    sys.stdin.readline()
    try:
        say(f"ent {save_enterprise(ws, EnterpriseForm(name, code))}")
    except StoreError as exc:
        say(f"refused {exc.code} {exc.params.get('name', '')}")


def units(db: str, code: str) -> None:
    """Read the units and say `read`; after "go" on stdin, save them with the unit
    `code` added, from what was read, as an admin on another desk may at the same
    moment: `saved CODE` or `refused CODE`."""
    ws = workspace(db)
    read = list(ws.units())
    say("read")
    sys.stdin.readline()
    try:
        save_units(ws, [*read, Unit(code, f"{code} 中心", UnitKind.CENTRE)], based_on=read)
        say(f"saved {code}")
    except StoreError as exc:
        say(f"refused {exc.code}")


def calendar(db: str, day: str, kind: str) -> None:
    """Read how `day` is shown and say `read`; after "go" on stdin, mark it `kind`
    (holiday or workday) from what was read, as an admin on another desk may at the same
    moment: `saved KIND` or `refused CODE`."""
    ws = workspace(db)
    on = date.fromisoformat(day)
    shown = [ws.calendar().day_info(on)]
    say("read")
    sys.stdin.readline()
    try:
        set_days(ws, [CalendarOverride(on, OverrideKind(kind), "")], shown)
        say(f"saved {kind}")
    except StoreError as exc:
        say(f"refused {exc.code}")


def churn(db: str, seed: str) -> None:
    """Register and step without end, until killed."""
    ws, rng = workspace(db), random.Random(int(seed))
    mine: list[int] = []
    for n in itertools.count():
        if not mine or rng.random() < 0.3:
            mine.append(register(ws, form(n), today=TODAY))
            say(f"reg {mine[-1]}")
            continue
        app = rng.choice(mine)
        if not step_once(ws, app):
            mine.remove(app)


@dataclass
class Acknowledged:
    """What writers said they wrote."""

    registered: set[int] = field(default_factory=set)
    versions: dict[int, int] = field(default_factory=lambda: defaultdict(lambda: 1))
    steps: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    refused: list[str] = field(default_factory=list)

    def read(self, lines: str) -> None:
        """Take in a writer's output; a last line without its newline was never said."""
        for line in lines.splitlines(keepends=True):
            if not line.endswith("\n"):
                break
            kind, *rest = line.split()
            if kind == "reg":
                self.registered.add(int(rest[0]))
            elif kind == "step":
                app, version = int(rest[0]), int(rest[1])
                self.versions[app] = max(self.versions[app], version)
                self.steps[app] += 1
            elif kind == "refused":
                self.refused.append(rest[0])

    @property
    def writes(self) -> int:
        return len(self.registered) + sum(self.steps.values())


def stored(db: str | Path) -> tuple[dict[int, int], dict[int, int]]:
    """Each application's version, and how many events it has."""
    engine = open_database(db)
    try:
        with engine.connect() as conn:
            versions = conn.execute(text("SELECT id, version FROM application")).all()
            events = conn.execute(
                text("SELECT application_id, count(*) FROM stage_event GROUP BY 1")
            ).all()
    finally:
        engine.dispose()
    return {k: int(v) for k, v in versions}, {k: int(v) for k, v in events}


def lost_writes(db: str | Path, acked: Acknowledged) -> list[str]:
    """Acknowledged writes the database does not hold."""
    versions, events = stored(db)
    lost = [f"reg {app}" for app in sorted(acked.registered - versions.keys())]
    lost += [
        f"step {app} {version}"
        for app, version in sorted(acked.versions.items())
        if versions.get(app, 0) < version
    ]
    lost += [f"events of {app}" for app, v in versions.items() if events.get(app) != v]
    return lost


def start(kind: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.store.writers", kind, *args],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


@dataclass
class Trial:
    acknowledged: int
    lost: list[str]
    problems: list[str]
    killed_after: float


def kill_trial(db: str | Path, rng: random.Random, acked: Acknowledged) -> Trial:
    """Run a churning writer on `db`, kill it with SIGKILL at a random moment, and see
    what survived: every write it acknowledged (in `acked`, over all trials), and a
    database that passes `check`."""
    from approvals_gui.services import maintenance

    before = acked.writes
    child = start("churn", str(db), str(rng.randrange(10**6)))
    assert child.stdout is not None
    first = child.stdout.readline()  # started: the kill comes after its first write
    wait = rng.uniform(0.05, 1.5)
    time.sleep(wait)
    os.kill(child.pid, signal.SIGKILL)
    out, _ = child.communicate(timeout=30)
    acked.read(first + out)
    ws = workspace(str(db))
    try:
        problems = maintenance.check(ws, today=TODAY).problems
    finally:
        ws.engine.dispose()
    return Trial(acked.writes - before, lost_writes(db, acked), problems, wait)


if __name__ == "__main__":
    writers: dict[str, Callable[..., None]] = {
        "hold": hold,
        "race": race,
        "churn": churn,
        "directory": directory,
        "units": units,
        "calendar": calendar,
    }
    writers[sys.argv[1]](*sys.argv[2:])
