"""Pick lists: the enterprise directory and the handlers' names."""

from __future__ import annotations

from approvals_gui.domain.applications import EnterpriseEntry
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import repo
from approvals_gui.store.db import session_scope


def enterprises(ws: Workspace) -> list[EnterpriseEntry]:
    with session_scope(ws.engine) as session:
        return repo.enterprise_directory(session)


def handlers(ws: Workspace) -> list[str]:
    with session_scope(ws.engine) as session:
        return repo.handler_names(session)
