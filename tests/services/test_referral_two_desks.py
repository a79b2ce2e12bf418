"""A 不予受理 naming the authority to apply to, recorded by another desk (another
process, on the same file or server): this desk reads the authority back, and the
history's hash chain, which covers it, holds."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from approvals_gui.domain.stages import Action, Stage
from approvals_gui.services import maintenance
from approvals_gui.services.applications import detail, register
from approvals_gui.services.workspace import Workspace
from tests.conftest import TODAY, new_application

ROOT = Path(__file__).resolve().parents[2]
OTHER_DESK = """
import sys
from datetime import date
from approvals_gui.domain.stages import Action
from approvals_gui.services.applications import Step, apply_step
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.database import open_database
ws = Workspace(open_database(sys.argv[1]), "李四")
step = Step(Action.NOT_ACCEPT, date(2026, 11, 20), refer_to="省生态环境厅")
apply_step(ws, int(sys.argv[2]), 1, step, today=date(2026, 11, 25))
"""


def test_a_referral_made_on_another_desk_is_read_here_and_its_chain_holds(
    ws: Workspace, database: str
) -> None:
    from datetime import date

    app_id = register(ws, new_application(received_on=date(2026, 11, 20)), today=TODAY)
    subprocess.run(
        [sys.executable, "-c", OTHER_DESK, database, str(app_id)],
        cwd=ROOT,
        check=True,
        timeout=120,
    )
    found = detail(ws, app_id, today=TODAY)
    assert found.view.record.facts.stage is Stage.NOT_ACCEPTED
    event = found.events[-1]
    assert (event.action, event.actor, event.refer_to) == (
        Action.NOT_ACCEPT,
        "李四",
        "省生态环境厅",
    )
    assert maintenance.check(ws, today=TODAY).problems == []
