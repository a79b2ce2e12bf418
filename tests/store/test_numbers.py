"""Application numbers count on past 99,999 in a year and pass over other forms."""

from __future__ import annotations

from sqlalchemy import text

from approvals_gui.services.applications import detail, register
from approvals_gui.services.workspace import Workspace
from tests.conftest import TODAY, new_application


def test_the_serial_after_99999_and_numbers_of_another_form(ws: Workspace) -> None:
    first = register(ws, new_application(), today=TODAY)
    second = register(ws, new_application(project="二期"), today=TODAY)
    with ws.engine.begin() as conn:
        for app_id, number in ((first, "HP2026-99999"), (second, "HP2026-100000")):
            conn.execute(
                text("UPDATE application SET number = :n WHERE id = :id"),
                {"n": number, "id": app_id},
            )
    third = register(ws, new_application(project="三期"), today=TODAY)
    assert detail(ws, third, today=TODAY).view.record.number == "HP2026-100001"
    with ws.engine.begin() as conn:
        conn.execute(
            text("UPDATE application SET number = 'HP2026-1000019a' WHERE id = :id"), {"id": third}
        )
    fourth = register(ws, new_application(project="四期"), today=TODAY)
    assert detail(ws, fourth, today=TODAY).view.record.number == "HP2026-100001"
