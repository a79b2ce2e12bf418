"""A hotline case and its steps: received → 受理 (or 不予受理) → 交办 to a unit → 调查处理 →
反馈 → 办结, then 回访 and, if the reporter asks, 复查 and 复核.

Like an application, a case is its history: each step is an event; an undo removes the
step it undoes; the facts the clock needs are read from the events in force. Work sent
back to the unit (退回重办) is an event of its own and the clock runs on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from approvals_gui.domain.calendar import check_in_calendar
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.hotline.rules import HotlineRule
from approvals_gui.domain.text import MEASURES, REASON, REMARK, TextField
from approvals_gui.domain.undo import in_force

FINDINGS = TextField("findings", 4000, multiline=True)
PENALTY = TextField("penalty", 2000, multiline=True)


class Channel(StrEnum):
    PHONE = "phone"  # 电话
    WEB = "web"  # 网络
    WECHAT = "wechat"  # 微信
    LETTER = "letter"  # 信函
    VISIT = "visit"  # 来访
    SUPERIOR = "superior"  # 上级交办


class Topic(StrEnum):
    AIR = "air"  # 大气
    WATER = "water"  # 水
    NOISE = "noise"  # 噪声
    SOLID_WASTE = "solid_waste"  # 固废
    RADIATION = "radiation"  # 辐射
    ECOLOGY = "ecology"  # 生态
    OTHER = "other"  # 其他


class CaseStage(StrEnum):
    RECEIVED = "received"  # 登记，待受理
    NOT_ACCEPTED = "not_accepted"  # 不予受理 (final)
    MERGED = "merged"  # 合并办理: joined an open case about the same thing (final)
    ACCEPTED = "accepted"  # 已受理，待交办
    ASSIGNED = "assigned"  # 已交办: the unit investigates
    HANDLED = "handled"  # 调查处理完毕, to be told to the reporter
    REPLIED = "replied"  # 已反馈
    CLOSED = "closed"  # 办结
    REVIEW = "review"  # 复查中
    REVIEWED = "reviewed"  # 复查办结
    RECHECK = "recheck"  # 复核中
    RECHECKED = "rechecked"  # 复核办结 (final)


class CaseAction(StrEnum):
    REGISTER = "register"
    ACCEPT = "accept"
    REFUSE = "refuse"  # 不予受理, with the reason told to the reporter
    MERGE = "merge"  # 合并办理 into an open case
    ASSIGN = "assign"  # 交办 to a unit, with its own due date; again to hand it elsewhere
    HANDLE = "handle"  # 调查处理: findings, measures, penalties
    RETURN = "return"  # 退回重办: the findings are not enough; back to the unit
    REPLY = "reply"  # 反馈 to the reporter
    CLOSE = "close"  # 办结
    EXTEND = "extend"  # 延期, once, at most the rule's days, with a reason
    VISIT_BACK = "visit_back"  # 回访: the reporter's satisfaction
    REQUEST_REVIEW = "request_review"  # 复查 asked for
    FINISH_REVIEW = "finish_review"
    REQUEST_RECHECK = "request_recheck"  # 复核 asked for
    FINISH_RECHECK = "finish_recheck"
    UNDO = "undo"


class Satisfaction(StrEnum):
    SATISFIED = "satisfied"  # 满意
    BASICALLY = "basically"  # 基本满意
    DISSATISFIED = "dissatisfied"  # 不满意
    UNREACHABLE = "unreachable"  # 未能联系


FINAL_STAGES = frozenset({CaseStage.NOT_ACCEPTED, CaseStage.MERGED, CaseStage.RECHECKED})
# Where the 60 days run: from 受理 until 办结.
WORKING_STAGES = frozenset(
    {CaseStage.ACCEPTED, CaseStage.ASSIGNED, CaseStage.HANDLED, CaseStage.REPLIED}
)
# Closed, whatever came after: the case counts as 办结 from its CLOSE on.
CLOSED_STAGES = frozenset(
    {
        CaseStage.CLOSED,
        CaseStage.REVIEW,
        CaseStage.REVIEWED,
        CaseStage.RECHECK,
        CaseStage.RECHECKED,
    }
)


@dataclass(frozen=True, slots=True)
class Transition:
    sources: frozenset[CaseStage]
    target: CaseStage | None  # None: the stage stays


_OPEN = WORKING_STAGES
TRANSITIONS: dict[CaseAction, Transition] = {
    CaseAction.ACCEPT: Transition(frozenset({CaseStage.RECEIVED}), CaseStage.ACCEPTED),
    CaseAction.REFUSE: Transition(frozenset({CaseStage.RECEIVED}), CaseStage.NOT_ACCEPTED),
    CaseAction.MERGE: Transition(frozenset({CaseStage.RECEIVED}), CaseStage.MERGED),
    CaseAction.ASSIGN: Transition(
        frozenset({CaseStage.ACCEPTED, CaseStage.ASSIGNED}), CaseStage.ASSIGNED
    ),
    CaseAction.HANDLE: Transition(
        frozenset({CaseStage.ACCEPTED, CaseStage.ASSIGNED}), CaseStage.HANDLED
    ),
    CaseAction.RETURN: Transition(frozenset({CaseStage.HANDLED}), CaseStage.ASSIGNED),
    CaseAction.REPLY: Transition(frozenset({CaseStage.HANDLED}), CaseStage.REPLIED),
    CaseAction.CLOSE: Transition(frozenset({CaseStage.REPLIED}), CaseStage.CLOSED),
    CaseAction.EXTEND: Transition(_OPEN, None),
    CaseAction.VISIT_BACK: Transition(CLOSED_STAGES, None),
    CaseAction.REQUEST_REVIEW: Transition(frozenset({CaseStage.CLOSED}), CaseStage.REVIEW),
    CaseAction.FINISH_REVIEW: Transition(frozenset({CaseStage.REVIEW}), CaseStage.REVIEWED),
    CaseAction.REQUEST_RECHECK: Transition(frozenset({CaseStage.REVIEWED}), CaseStage.RECHECK),
    CaseAction.FINISH_RECHECK: Transition(frozenset({CaseStage.RECHECK}), CaseStage.RECHECKED),
}
# The step that moves a case on from each stage, offered first and in bold.
MAIN_LINE: dict[CaseStage, CaseAction] = {
    CaseStage.RECEIVED: CaseAction.ACCEPT,
    CaseStage.ACCEPTED: CaseAction.ASSIGN,
    CaseStage.ASSIGNED: CaseAction.HANDLE,
    CaseStage.HANDLED: CaseAction.REPLY,
    CaseStage.REPLIED: CaseAction.CLOSE,
    CaseStage.CLOSED: CaseAction.VISIT_BACK,
    CaseStage.REVIEW: CaseAction.FINISH_REVIEW,
    CaseStage.RECHECK: CaseAction.FINISH_RECHECK,
}


@dataclass(frozen=True, slots=True)
class CaseEvent:
    """One recorded step of a case. `on` is the day it took effect; `at` when recorded."""

    seq: int
    action: CaseAction
    from_stage: CaseStage | None
    to_stage: CaseStage
    on: date
    at: datetime
    actor: str
    remark: str = ""
    reason: str = ""  # 不予受理, 退回重办, 延期
    unit: str = ""  # 交办: the unit's code
    unit_due: date | None = None  # 交办: the date the unit must report by
    findings: str = ""  # 调查处理: what was found
    measures: str = ""  # and what was done
    penalty: str = ""  # and any penalty
    extension_days: int = 0
    satisfaction: Satisfaction | None = None  # 回访
    merged_into: int | None = None  # 合并办理: the open case's id
    undoes: int | None = None


@dataclass(frozen=True, slots=True)
class CaseStep:
    """What the user gives for one step."""

    action: CaseAction
    on: date
    at: datetime
    actor: str
    remark: str = ""
    reason: str = ""
    unit: str = ""
    unit_due: date | None = None
    findings: str = ""
    measures: str = ""
    penalty: str = ""
    extension_days: int = 0
    satisfaction: Satisfaction | None = None
    merged_into: int | None = None


def received_event(on: date, at: datetime, actor: str, remark: str = "") -> CaseEvent:
    """The first event of every case: the report received (登记)."""
    check_in_calendar(on)
    _not_future(on, at)
    return CaseEvent(
        1, CaseAction.REGISTER, None, CaseStage.RECEIVED, on, at, actor, REMARK.clean(remark)
    )


def effective(events: Sequence[CaseEvent]) -> list[CaseEvent]:
    """The events in force: every undo removes the step it undid."""
    return in_force(events, CaseAction.UNDO)


def allowed(events: Sequence[CaseEvent]) -> list[CaseAction]:
    """The steps the table allows now, the main-line step first; undo last."""
    steps = effective(events)
    stage = steps[-1].to_stage
    extended = any(e.action is CaseAction.EXTEND for e in steps)
    actions = [
        action
        for action, t in TRANSITIONS.items()
        if stage in t.sources and not (action is CaseAction.EXTEND and extended)
    ]
    main = main_step(steps)
    actions.sort(key=lambda a: a is not main)
    if len(steps) > 1:
        actions.append(CaseAction.UNDO)
    return actions


def main_step(events: Sequence[CaseEvent]) -> CaseAction | None:
    """The step that moves the case on now: MAIN_LINE's for its stage, but none once
    the 回访 is recorded (it may be recorded again, no longer as what comes next)."""
    steps = effective(events)
    main = MAIN_LINE.get(steps[-1].to_stage)
    if main is CaseAction.VISIT_BACK and any(e.action is main for e in steps):
        return None
    return main


def next_case_event(
    events: Sequence[CaseEvent],
    step: CaseStep,
    rule: HotlineRule,
    close_due: date | None = None,
) -> CaseEvent:
    """Check `step` against the table and its needs; the event to append. `close_due`:
    the case's 办结 date, which a unit's own due date may not pass."""
    step = _cleaned(step)
    steps = effective(events)
    last = steps[-1]
    _not_future(step.on, step.at)
    if step.on < last.on:
        raise DomainError(
            ErrorCode.EVENT_BEFORE_PREVIOUS,
            f"{step.on} is before the previous step ({last.on})",
            on=step.on,
            previous=last.on,
        )
    seq = events[-1].seq + 1
    if step.action is CaseAction.UNDO:
        if len(steps) < 2:
            raise DomainError(ErrorCode.NOTHING_TO_UNDO, "only the registration is left")
        before = steps[-2]
        return CaseEvent(
            seq,
            CaseAction.UNDO,
            last.to_stage,
            before.to_stage,
            step.on,
            step.at,
            step.actor,
            step.remark,
            undoes=last.seq,
        )
    transition = TRANSITIONS.get(step.action)
    if transition is None or last.to_stage not in transition.sources:
        raise DomainError(
            ErrorCode.TRANSITION_NOT_ALLOWED,
            f"{step.action} is not allowed in stage {last.to_stage}",
            action=step.action,
            stage=last.to_stage,
        )
    _check_needs(step, steps, rule, close_due)
    return CaseEvent(
        seq,
        step.action,
        last.to_stage,
        transition.target or last.to_stage,
        step.on,
        step.at,
        step.actor,
        step.remark,
        step.reason,
        step.unit,
        step.unit_due,
        step.findings,
        step.measures,
        step.penalty,
        step.extension_days,
        step.satisfaction,
        step.merged_into,
    )


def _cleaned(step: CaseStep) -> CaseStep:
    check_in_calendar(step.on)
    if step.unit_due is not None:
        check_in_calendar(step.unit_due)
    return replace(
        step,
        remark=REMARK.clean(step.remark),
        reason=REASON.clean(step.reason),
        findings=FINDINGS.clean(step.findings),
        measures=MEASURES.clean(step.measures),
        penalty=PENALTY.clean(step.penalty),
    )


def _required(field: str, what: str) -> DomainError:
    return DomainError(ErrorCode.REQUIRED_FIELD, what, field=field)


def _check_needs(
    step: CaseStep, steps: list[CaseEvent], rule: HotlineRule, close_due: date | None
) -> None:
    action = step.action
    # Before its reason: an extension too late is said at once, not after one is typed.
    if action is CaseAction.EXTEND:
        if not 1 <= step.extension_days <= rule.max_extension_days:
            raise DomainError(
                ErrorCode.CASE_EXTENSION_TOO_LONG,
                f"{step.extension_days} days: 1–{rule.max_extension_days} allowed",
                days=step.extension_days,
                limit=rule.max_extension_days,
            )
        if close_due is not None and step.on > close_due:
            raise DomainError(
                ErrorCode.CASE_EXTENSION_TOO_LATE,
                f"the extension comes after the due date {close_due}",
                due=close_due,
            )
    if action in (CaseAction.REFUSE, CaseAction.RETURN, CaseAction.EXTEND) and not step.reason:
        raise DomainError(ErrorCode.MISSING_REASON, f"{action} needs a reason")
    if action is CaseAction.ASSIGN:
        if not step.unit:
            raise _required("unit", "a case is handed to a unit")
        if step.unit_due is None:
            raise _required("unit_due", "the unit is given a date to report by")
        if step.unit_due < step.on:
            raise DomainError(
                ErrorCode.END_BEFORE_START,
                "the unit's date is before the hand-over",
                field="unit_due",
                first=step.on,
                last=step.unit_due,
            )
        if close_due is not None and step.unit_due > close_due:
            raise DomainError(
                ErrorCode.UNIT_DUE_AFTER_CLOSE,
                f"{step.unit_due} is after the case's own date {close_due}",
                due=step.unit_due,
                close_due=close_due,
            )
        if step.unit == assigned_unit(steps) and steps[-1].to_stage is CaseStage.ASSIGNED:
            raise DomainError(ErrorCode.SAME_UNIT, f"already with {step.unit}", unit=step.unit)
    if action is CaseAction.HANDLE and not step.findings:
        raise _required("findings", "调查处理 records what was found")
    if action is CaseAction.VISIT_BACK and step.satisfaction is None:
        raise _required("satisfaction", "回访 records the reporter's satisfaction")
    if action is CaseAction.MERGE and step.merged_into is None:
        raise _required("merged_into", "a merged report names the open case")


def _not_future(on: date, at: datetime) -> None:
    if on > at.date():
        raise DomainError(ErrorCode.DATE_IN_FUTURE, f"{on} is in the future", on=on)


def assigned_unit(events: Sequence[CaseEvent]) -> str:
    """The unit the case was last handed to ("" before any 交办)."""
    return next((e.unit for e in reversed(effective(events)) if e.action is CaseAction.ASSIGN), "")


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """What the clock and the figures need, read from the events in force."""

    stage: CaseStage
    received_on: date
    accepted_on: date | None = None
    refused_on: date | None = None
    merged_into: int | None = None
    unit: str = ""  # handed to last
    assigned_on: date | None = None
    unit_due: date | None = None
    handled_on: date | None = None
    returns: int = 0  # 退回重办
    replied_on: date | None = None
    closed_on: date | None = None
    extension_days: int = 0
    extension_reason: str = ""
    satisfaction: Satisfaction | None = None
    review_asked_on: date | None = None
    reviewed_on: date | None = None
    recheck_asked_on: date | None = None
    rechecked_on: date | None = None


def case_facts(events: Sequence[CaseEvent]) -> CaseFacts:
    steps = effective(events)
    facts = CaseFacts(steps[-1].to_stage, steps[0].on)
    changes: dict[str, object] = {}
    for e in steps[1:]:
        a = e.action
        if a is CaseAction.ACCEPT:
            changes["accepted_on"] = e.on
        elif a is CaseAction.REFUSE:
            changes["refused_on"] = e.on
        elif a is CaseAction.MERGE:
            changes["merged_into"] = e.merged_into
        elif a is CaseAction.ASSIGN:
            changes |= {"unit": e.unit, "assigned_on": e.on, "unit_due": e.unit_due}
            changes |= {"handled_on": None}
        elif a is CaseAction.HANDLE:
            changes["handled_on"] = e.on
        elif a is CaseAction.RETURN:
            changes["returns"] = int(changes.get("returns", 0)) + 1  # type: ignore[call-overload]
            changes["handled_on"] = None
        elif a is CaseAction.REPLY:
            changes["replied_on"] = e.on
        elif a is CaseAction.CLOSE:
            changes["closed_on"] = e.on
        elif a is CaseAction.EXTEND:
            changes |= {"extension_days": e.extension_days, "extension_reason": e.reason}
        elif a is CaseAction.VISIT_BACK:
            changes["satisfaction"] = e.satisfaction
        elif a is CaseAction.REQUEST_REVIEW:
            changes["review_asked_on"] = e.on
        elif a is CaseAction.FINISH_REVIEW:
            changes["reviewed_on"] = e.on
        elif a is CaseAction.REQUEST_RECHECK:
            changes["recheck_asked_on"] = e.on
        elif a is CaseAction.FINISH_RECHECK:
            changes["rechecked_on"] = e.on
    return replace(facts, **changes)  # type: ignore[arg-type]
