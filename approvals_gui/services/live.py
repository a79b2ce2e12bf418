"""Other desks' changes as the change set this desk's own writes produce."""

from __future__ import annotations

from datetime import date

from approvals_gui.services.applications import ApplicationView, views
from approvals_gui.services.changes import ChangeSet, load_reference
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import repo
from approvals_gui.store.db import session_scope, translate_errors
from approvals_gui.store.live import Watch


def others_changes(ws: Workspace, watch: Watch, *, today: date) -> ChangeSet | None:
    """What other desks committed since the last call, or None when nothing. A server
    gone, or the log's table with it, is said as a StoreError (the window's banner says
    why on hover)."""
    with translate_errors("reading other desks' changes"):
        found = watch.poll()
    if not found:
        return None
    if found.reload:  # read everything again: the rules and calendar first, which it counts by
        return ChangeSet(reference=load_reference(ws), reload=True)
    reference = load_reference(ws) if found.reference else None
    changed: tuple[ApplicationView, ...] = ()
    if found.applications:
        with session_scope(ws.engine, write=False) as session:
            records = repo.list_records(session, ids=sorted(found.applications))
        changed = tuple(views(ws, records, today=today))
    return ChangeSet(
        applications=changed,
        service_days=found.visits,
        cases=found.cases,
        reference=reference,
        reload=reference is not None and bool(changed),  # every countdown may have moved
    )
