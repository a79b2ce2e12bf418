"""Editing the time-limit rules: open applications follow at once, decided ones do not."""

from __future__ import annotations

from datetime import date
from functools import partial

from approvals_gui.domain.access import Permission
from approvals_gui.domain.rule_impact import RuleImpact, rule_impact
from approvals_gui.domain.rules import TimeLimitRule, checked_rule, new_category
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import repo
from approvals_gui.store.db import refuse_if_changed, session_scope


def save_rule(ws: Workspace, rule: TimeLimitRule, *, based_on: TimeLimitRule | None = None) -> None:
    """Replace the category's rule, if it may be saved (`checked_rule`; the rest it
    checked itself when it was built). `based_on`: the rule the edit started from;
    refused (CHANGED_ELSEWHERE) if the stored one is no longer that."""
    ws.require(Permission.EDIT_RULES)
    checked_rule(rule)
    with session_scope(ws.engine) as session:
        if based_on is not None:
            current = partial(repo.current_rule, session, rule.category)
            refuse_if_changed(session, f"rule {rule.category}", current, based_on)
        repo.save_rule(session, rule)
    ws.reload()


def add_category(ws: Workspace, name: str, template: str) -> TimeLimitRule:
    """Add a category named `name`, its limits first those of the category `template`
    (`new_category`): checked against the categories stored now, another desk's too."""
    ws.require(Permission.EDIT_RULES)
    with session_scope(ws.engine) as session:
        rule = new_category(name, repo.current_rule(session, template), repo.load_rules(session))
        repo.add_rule(session, rule)
    ws.reload()
    return rule


def impact_of(ws: Workspace, proposed: TimeLimitRule, *, today: date) -> RuleImpact:
    """What `proposed` would have meant for its category's stored histories."""
    with session_scope(ws.engine, write=False) as session:
        records = repo.list_records(session)
    items = ((r, ws.rule_for(r)) for r in records if r.category == proposed.category)
    return rule_impact(items, proposed, ws.calendar(), today)
