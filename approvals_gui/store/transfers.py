"""What the figures read of the transfers between units (系统内流转): the transfers in
force, and nothing of the applications never transferred."""

from __future__ import annotations

from datetime import date

from sqlalchemy import bindparam, select
from sqlmodel import Session, col

from approvals_gui.domain.stages import Action
from approvals_gui.store.db import driver_rows
from approvals_gui.store.rows import read_day
from approvals_gui.store.tables import StageEventRow

_TRANSFER, _UNDO = Action.TRANSFER.value, Action.UNDO.value
_READ = [_TRANSFER, _UNDO]


def transfers_in_force(session: Session) -> dict[int, list[tuple[date, str, str]]]:
    """By application id, for every application with a transfer still in force: those
    transfers in order, (day, from unit, to unit). Only the transfer and undo rows are
    read, as plain tuples."""
    event = StageEventRow
    query = (
        select(
            col(event.application_id),
            col(event.seq),
            col(event.action),
            col(event.on),
            col(event.from_unit),
            col(event.to_unit),
            col(event.undoes),
        )
        # Written into the statement, so that an index on just these rows can serve it.
        .where(col(event.action).in_(bindparam("actions", _READ, literal_execute=True)))
        .order_by(col(event.application_id), col(event.seq))
    )
    rows = list(driver_rows(session, query))
    undone = {(r[0], r[6]) for r in rows if r[2] == _UNDO}
    found: dict[int, list[tuple[date, str, str]]] = {}
    for app_id, seq, action, on, from_unit, to_unit, _undoes in rows:
        if action == _TRANSFER and (app_id, seq) not in undone:
            day = read_day(on)
            assert day is not None  # (a column that holds a day on every row)
            found.setdefault(app_id, []).append((day, from_unit, to_unit))
    return found
