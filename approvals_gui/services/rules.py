"""Editing the time-limit rules: open applications follow at once, decided ones do not."""

from __future__ import annotations

from approvals_gui.domain.rules import TimeLimitRule
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import repo
from approvals_gui.store.db import session_scope


def save_rule(ws: Workspace, rule: TimeLimitRule) -> None:
    """Replace the category's rule. The rule validated itself when it was built."""
    with session_scope(ws.engine) as session:
        repo.save_rule(session, rule)
    ws.reload()


def applications_following(ws: Workspace, category: str) -> int:
    """Running applications that a change to the category's rule would move."""
    with session_scope(ws.engine, write=False) as session:
        return repo.count_following(session, category)
