"""Editing the time-limit rules: open applications follow at once, decided ones do not."""

from __future__ import annotations

from datetime import date
from functools import partial

from approvals_gui.domain.access import Permission
from approvals_gui.domain.rule_impact import RuleImpact, rule_impact
from approvals_gui.domain.rules import (
    TimeLimitRule,
    added_number,
    check_removable,
    checked_rule,
    new_category,
    renamed_category,
)
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import repo
from approvals_gui.store.db import Session, one_at_a_time, refuse_if_changed, session_scope

# What a desk checks a category's name against, one desk at a time: the names stored.
# A desk that also takes a rule's turn (`_refuse_if_changed`) takes that one first, as
# every path does, so that two desks never each hold the turn the other waits for.
_NAMES = "category names"


def save_rule(ws: Workspace, rule: TimeLimitRule, *, based_on: TimeLimitRule | None = None) -> None:
    """Replace the category's rule, if it may be saved (`checked_rule`; the rest it
    checked itself when it was built). `based_on`: the rule the edit started from;
    refused (CHANGED_ELSEWHERE) if the stored one is no longer that."""
    ws.require(Permission.EDIT_RULES)
    checked_rule(rule)
    with session_scope(ws.engine) as session:
        if based_on is not None:
            _refuse_if_changed(session, based_on)
        repo.save_rule(session, rule)
    ws.reload()


def add_category(ws: Workspace, name: str, template: str) -> TimeLimitRule:
    """Add a category named `name`, its limits first those of the category `template`
    (`new_category`): checked against the categories stored now, another desk's too."""
    ws.require(Permission.EDIT_RULES)
    with session_scope(ws.engine) as session:
        one_at_a_time(session, _NAMES)
        rule = new_category(
            name,
            repo.current_rule(session, template),
            repo.load_rules(session),
            last_added=repo.last_added_category(session),
        )
        repo.add_rule(session, rule)
        repo.note_added_category(session, added_number(rule.category) or 0)
    ws.reload()
    return rule


def rename_category(ws: Workspace, based_on: TimeLimitRule, name: str) -> TimeLimitRule:
    """The category the bureau added, `based_on` as stored, named `name`
    (`renamed_category`, against the names stored now); refused (CHANGED_ELSEWHERE) if
    the stored rule is no longer `based_on`. Returns the rule as saved."""
    ws.require(Permission.EDIT_RULES)
    with session_scope(ws.engine) as session:
        _refuse_if_changed(session, based_on)
        one_at_a_time(session, _NAMES)
        renamed = renamed_category(based_on, name, repo.load_rules(session))
        repo.save_rule(session, renamed)
    ws.reload()
    return renamed


def category_use(ws: Workspace, category: str) -> int:
    """The applications registered in `category` (`repo.category_use`): none, and a
    category the bureau added may be removed."""
    with session_scope(ws.engine, write=False) as session:
        return repo.category_use(session, category)


def remove_category(ws: Workspace, based_on: TimeLimitRule) -> None:
    """Remove the category the bureau added, `based_on` as stored, with its row of the
    审批权限 table, if no application is registered in it (`check_removable`, counted
    at the write); refused (CHANGED_ELSEWHERE) if the stored rule is no longer
    `based_on`."""
    ws.require(Permission.EDIT_RULES)
    with session_scope(ws.engine) as session:
        _refuse_if_changed(session, based_on)
        check_removable(based_on, repo.category_use(session, based_on.category))
        repo.remove_rule(session, based_on.category)
    ws.reload()


def _refuse_if_changed(session: Session, based_on: TimeLimitRule) -> None:
    """CHANGED_ELSEWHERE if the category's stored rule is no longer `based_on`: another
    desk saved, renamed or removed it since the edit began."""
    current = partial(repo.stored_rule, session, based_on.category)
    refuse_if_changed(session, f"rule {based_on.category}", current, based_on)


def impact_of(ws: Workspace, proposed: TimeLimitRule, *, today: date) -> RuleImpact:
    """What `proposed` would have meant for its category's stored histories."""
    with session_scope(ws.engine, write=False) as session:
        records = repo.list_records(session)
    items = ((r, ws.rule_for(r)) for r in records if r.category == proposed.category)
    return rule_impact(items, proposed, ws.calendar(), today)
