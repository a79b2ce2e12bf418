"""The simplified EIA workflow: stages, the one transition table, guards, undo.

Every step is an append-only `StageEvent`. Undo appends an event too; the
*effective* history is the event list with undone steps folded away.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from approvals_gui.domain.building import frozen_builder
from approvals_gui.domain.calendar import check_in_calendar
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.text import (
    DOCUMENT_NUMBER,
    HANDLER,
    MATERIAL,
    PROJECT,
    REASON,
    REFER_TO,
    REMARK,
    same_person,
)
from approvals_gui.domain.undo import in_force


class Stage(StrEnum):
    RECEIVED = "received"  # 收件
    SUPPLEMENT = "supplement"  # 补正: waiting for the applicant's materials
    ACCEPTED = "accepted"  # 受理
    EXPERT_REVIEW = "expert_review"  # 技术评估 / 专家评审
    REVIEW = "review"  # 审查
    HEARING_NOTICE = "hearing_notice"  # 听证告知: waiting for a request (第四十七条)
    HEARING = "hearing"  # 听证
    PUBLIC_NOTICE = "public_notice"  # 拟批准公示
    APPROVED = "approved"  # 批准
    REFUSED = "refused"  # 不予批准
    DELIVERED = "delivered"  # 办结: decision delivered
    NOT_ACCEPTED = "not_accepted"  # 不予受理
    WITHDRAWN = "withdrawn"  # 撤回


class Action(StrEnum):
    REGISTER = "register"
    REQUEST_SUPPLEMENT = "request_supplement"
    RECEIVE_MATERIALS = "receive_materials"
    ACCEPT = "accept"
    NOT_ACCEPT = "not_accept"
    START_EXPERT_REVIEW = "start_expert_review"
    FINISH_EXPERT_REVIEW = "finish_expert_review"
    START_REVIEW = "start_review"
    NOTIFY_HEARING_RIGHTS = "notify_hearing_rights"
    WAIVE_HEARING = "waive_hearing"  # no request within the period, or waived in writing
    START_HEARING = "start_hearing"
    FINISH_HEARING = "finish_hearing"
    START_PUBLIC_NOTICE = "start_public_notice"
    APPROVE = "approve"
    REFUSE = "refuse"
    DELIVER = "deliver"
    WITHDRAW = "withdraw"
    EXTEND = "extend"  # not a stage change: lengthens the statutory limit once
    TRANSFER = "transfer"  # 系统内流转: to another unit; the stage and clocks run on
    REASSIGN = "reassign"  # 改派: to another handler in the unit
    CORRECT = "correct"  # 更正登记: the project's name or investment as registered, mistyped
    UNDO = "undo"


class Needs(StrEnum):
    """What an action must carry besides the date, the actor and a remark."""

    MATERIALS = "materials"
    REASON = "reason"
    DOCUMENT_NUMBER = "document_number"
    EXTENSION = "extension"
    UNIT = "unit"
    HANDLER = "handler"
    CORRECTION = "correction"


@dataclass(frozen=True, slots=True)
class Transition:
    action: Action
    sources: frozenset[Stage]
    target: Stage | None  # None: stays in the current stage
    needs: frozenset[Needs] = frozenset()


OPEN_STAGES = frozenset(
    {
        Stage.RECEIVED,
        Stage.SUPPLEMENT,
        Stage.ACCEPTED,
        Stage.EXPERT_REVIEW,
        Stage.REVIEW,
        Stage.HEARING_NOTICE,
        Stage.HEARING,
        Stage.PUBLIC_NOTICE,
    }
)
DECISION_STAGES = frozenset({Stage.APPROVED, Stage.REFUSED})
# Stages during which the decision clock runs (after acceptance, before a decision).
DECISION_CLOCK_STAGES = OPEN_STAGES - {Stage.RECEIVED, Stage.SUPPLEMENT}
PAUSABLE_STAGES = frozenset(
    {Stage.EXPERT_REVIEW, Stage.HEARING_NOTICE, Stage.HEARING, Stage.PUBLIC_NOTICE}
)
FINAL_STAGES = frozenset({Stage.DELIVERED, Stage.NOT_ACCEPTED, Stage.WITHDRAWN})

_S = Stage
_N = Needs
TRANSITIONS: tuple[Transition, ...] = (
    Transition(
        Action.REQUEST_SUPPLEMENT,
        frozenset({_S.RECEIVED}),
        _S.SUPPLEMENT,
        frozenset({_N.MATERIALS}),
    ),
    Transition(Action.RECEIVE_MATERIALS, frozenset({_S.SUPPLEMENT}), _S.RECEIVED),
    Transition(Action.ACCEPT, frozenset({_S.RECEIVED}), _S.ACCEPTED),
    Transition(
        Action.NOT_ACCEPT,
        frozenset({_S.RECEIVED, _S.SUPPLEMENT}),
        _S.NOT_ACCEPTED,
        frozenset({_N.REASON}),
    ),
    Transition(Action.START_EXPERT_REVIEW, frozenset({_S.ACCEPTED, _S.REVIEW}), _S.EXPERT_REVIEW),
    Transition(Action.FINISH_EXPERT_REVIEW, frozenset({_S.EXPERT_REVIEW}), _S.REVIEW),
    Transition(Action.START_REVIEW, frozenset({_S.ACCEPTED}), _S.REVIEW),
    Transition(Action.NOTIFY_HEARING_RIGHTS, frozenset({_S.REVIEW}), _S.HEARING_NOTICE),
    Transition(Action.WAIVE_HEARING, frozenset({_S.HEARING_NOTICE}), _S.REVIEW),
    Transition(Action.START_HEARING, frozenset({_S.REVIEW, _S.HEARING_NOTICE}), _S.HEARING),
    Transition(Action.FINISH_HEARING, frozenset({_S.HEARING}), _S.REVIEW),
    Transition(Action.START_PUBLIC_NOTICE, frozenset({_S.REVIEW}), _S.PUBLIC_NOTICE),
    Transition(
        Action.APPROVE,
        frozenset({_S.REVIEW, _S.PUBLIC_NOTICE}),
        _S.APPROVED,
        frozenset({_N.DOCUMENT_NUMBER}),
    ),
    Transition(
        Action.REFUSE,
        frozenset({_S.REVIEW, _S.PUBLIC_NOTICE}),
        _S.REFUSED,
        frozenset({_N.DOCUMENT_NUMBER, _N.REASON}),
    ),
    Transition(Action.DELIVER, DECISION_STAGES, _S.DELIVERED),
    Transition(Action.WITHDRAW, OPEN_STAGES, _S.WITHDRAWN),
    Transition(Action.EXTEND, DECISION_CLOCK_STAGES, None, frozenset({_N.EXTENSION, _N.REASON})),
    Transition(Action.TRANSFER, OPEN_STAGES, None, frozenset({_N.UNIT})),
    Transition(Action.REASSIGN, OPEN_STAGES, None, frozenset({_N.HANDLER})),
    Transition(Action.CORRECT, OPEN_STAGES, None, frozenset({_N.CORRECTION})),
)
_BY_ACTION = {t.action: t for t in TRANSITIONS}
# Steps that leave the stage as it is: no stage starts or ends with them.
STAYING_ACTIONS = frozenset(t.action for t in TRANSITIONS if t.target is None)
# The ordinary onward step from each stage, what the window's "next step" key takes (#13):
# the main line from receipt to delivery. Side roads (补正, 专家评审, 听证, 公示) and the
# refusals are taken by name; a final stage has no next step.
MAIN_LINE: dict[Stage, Action] = {
    Stage.RECEIVED: Action.ACCEPT,
    Stage.SUPPLEMENT: Action.RECEIVE_MATERIALS,
    Stage.ACCEPTED: Action.START_REVIEW,
    Stage.EXPERT_REVIEW: Action.FINISH_EXPERT_REVIEW,
    Stage.REVIEW: Action.APPROVE,
    Stage.HEARING_NOTICE: Action.WAIVE_HEARING,
    Stage.HEARING: Action.FINISH_HEARING,
    Stage.PUBLIC_NOTICE: Action.APPROVE,
    Stage.APPROVED: Action.DELIVER,
    Stage.REFUSED: Action.DELIVER,
}


@dataclass(frozen=True, slots=True)
class StageEvent:
    """One recorded step. `on` is the day it took effect; `at` when it was recorded."""

    seq: int
    action: Action
    from_stage: Stage | None
    to_stage: Stage
    on: date
    at: datetime
    actor: str
    remark: str = ""
    materials: tuple[str, ...] = ()
    reason: str = ""
    document_number: str = ""
    extension_days: int = 0
    undoes: int | None = None
    # The unit that received it (registration) or it was sent from and to (transfer).
    from_unit: str = ""
    to_unit: str = ""
    # The handlers a reassignment took it from and gave it to.
    from_handler: str = ""
    handler: str = ""
    # Not accepted as another authority's matter: the authority to apply to instead
    # (《行政许可法》第三十二条第一款第（二）项).
    refer_to: str = ""
    # A correction of the registration: the project's name and investment (万元) it
    # changed, each from and to; "" and None where it left one as it was.
    from_project: str = ""
    project: str = ""
    from_investment: float | None = None
    investment: float | None = None


_new_event = frozen_builder(StageEvent)  # generated data builds them by the million


def recorded_later(on: date, at: datetime) -> date | None:
    """The day a step was recorded, when that is after the day it took effect (补录:
    entered afterwards, as a paper decision is); None when recorded on its day. The
    history shows it, so that a date set back is never taken for the day of entry."""
    return at.date() if at.date() > on else None


@dataclass(frozen=True, slots=True)
class StepInput:
    """What the user gives for one step."""

    action: Action
    on: date
    at: datetime
    actor: str
    remark: str = ""
    materials: tuple[str, ...] = ()
    reason: str = ""
    document_number: str = ""
    extension_days: int = 0
    to_unit: str = ""  # where a transfer sends the application
    handler: str = ""  # whom a reassignment gives it to
    from_handler: str = ""  # and whom from: the application's handler when it is taken
    refer_to: str = ""  # not accepted: the authority whose matter it is, if another's
    # A correction: the project's name and investment as they should read (None: as
    # they are), and as they read now.
    project: str = ""
    investment: float | None = None
    from_project: str = ""
    from_investment: float | None = None


@dataclass(frozen=True, slots=True)
class Particulars:
    """What steps may change of an application's registration: its handler (改派), its
    project's name and its investment in 万元 (更正登记)."""

    handler: str
    project: str
    investment: float | None


def registration_event(
    on: date, at: datetime, actor: str, remark: str = "", unit: str = ""
) -> StageEvent:
    """The first event of every application: received (收件) at `unit`."""
    _check_not_future(check_in_calendar(on), at)
    return StageEvent(
        1, Action.REGISTER, None, Stage.RECEIVED, on, at, actor, REMARK.clean(remark), to_unit=unit
    )


def particulars_after(events: Sequence[StageEvent], stored: Particulars) -> Particulars:
    """The handler, project and investment after the reassignments and corrections in
    force in `events`. Where no step in force changed one, it is as registered: what the
    first step ever to change it took it from (undone or not), else as `stored` (the
    application's row, written with any of these events)."""
    kept = effective_history(events)

    def after(to: str, origin: str, registered: object) -> Any:
        setting = [e for e in kept if getattr(e, to) not in ("", None)]
        if setting:
            return getattr(setting[-1], to)
        first = next((e for e in events if getattr(e, to) not in ("", None)), None)
        return registered if first is None else getattr(first, origin)

    return Particulars(
        after("handler", "from_handler", stored.handler),
        after("project", "from_project", stored.project),
        after("investment", "from_investment", stored.investment),
    )


def holder(events: Sequence[StageEvent]) -> str:
    """The unit that holds the application now: the last unit it was sent to, else the
    unit that received it ("" in a history from before units)."""
    return next((e.to_unit for e in reversed(effective_history(events)) if e.to_unit), "")


def effective_history(events: Sequence[StageEvent]) -> list[StageEvent]:
    """The events still in force: every undo removes the step it undid."""
    return in_force(events, Action.UNDO)


def decision_in_force(events: Sequence[StageEvent]) -> StageEvent | None:
    """The approval or refusal in force (one taken back is not), or None before one."""
    decided = [e for e in effective_history(events) if e.to_stage in DECISION_STAGES]
    return decided[-1] if decided else None


def current_stage(events: Sequence[StageEvent]) -> Stage:
    return effective_history(events)[-1].to_stage


def allowed_actions(events: Sequence[StageEvent]) -> list[Action]:
    """Actions the table allows now, in table order (undo last, if possible)."""
    effective = effective_history(events)
    stage = effective[-1].to_stage
    extended = any(e.action is Action.EXTEND for e in effective)
    actions = [
        t.action
        for t in TRANSITIONS
        if stage in t.sources and not (t.action is Action.EXTEND and extended)
    ]
    if len(effective) > 1:
        actions.append(Action.UNDO)
    return actions


def next_event(events: Sequence[StageEvent], step: StepInput) -> StageEvent:
    """Check `step` against the table and its guards; return the event to append."""
    step = _cleaned(step)
    effective = effective_history(events)
    seq = events[-1].seq + 1
    _check_not_future(step.on, step.at)
    # A step follows the procedure's steps in time. An undo follows the step it takes
    # back, and a correction the one before it (the record's names read in their
    # order); a step of the procedure may go back before a 更正登记, which puts the
    # record right and is no step of it (registered on the 3rd, corrected on the 7th,
    # accepted on the 4th).
    last = effective[-1]
    if step.action not in (Action.UNDO, Action.CORRECT):
        last = next((e for e in reversed(effective) if e.action is not Action.CORRECT), last)
    if step.on < last.on:
        raise DomainError(
            ErrorCode.EVENT_BEFORE_PREVIOUS,
            f"{step.on} is before the previous step ({last.on})",
            on=step.on,
            previous=last.on,
        )
    if step.action is Action.UNDO:
        return _undo_event(effective, seq, step)
    event = table_event(effective, seq, step)
    _check_needs(_BY_ACTION[step.action], step, effective)
    return event


def table_event(history: Sequence[StageEvent], seq: int, step: StepInput) -> StageEvent:
    """The event numbered `seq` that `step` records after `history` (undone steps folded
    away), by the stage table alone: its transition must start from the stage now.
    `next_event` adds the cleaning, the dates' checks and each step's needs; generated
    data, built clean, takes this alone."""
    last = history[-1]
    transition = _BY_ACTION.get(step.action)
    if transition is None or last.to_stage not in transition.sources:
        raise _not_allowed(step.action, last.to_stage)
    moved = step.action is Action.TRANSFER
    reassigned = step.action is Action.REASSIGN
    referred = step.action is Action.NOT_ACCEPT
    renamed = step.action is Action.CORRECT and step.project != step.from_project
    revalued = step.action is Action.CORRECT and _revalued(step)
    return _new_event(
        seq,
        step.action,
        last.to_stage,
        transition.target or last.to_stage,
        step.on,
        step.at,
        step.actor,
        step.remark,
        step.materials,
        step.reason,
        step.document_number,
        step.extension_days,
        from_unit=holder(history) if moved else "",
        to_unit=step.to_unit if moved else "",
        from_handler=step.from_handler if reassigned else "",
        handler=step.handler if reassigned else "",
        refer_to=step.refer_to if referred else "",
        from_project=step.from_project if renamed else "",
        project=step.project if renamed else "",
        from_investment=step.from_investment if revalued else None,
        investment=step.investment if revalued else None,
    )


def _cleaned(step: StepInput) -> StepInput:
    """The step with its texts as they are kept; refused if its date is outside the
    calendar or a text is too long."""
    check_in_calendar(step.on)
    materials = (MATERIAL.clean(m) for m in step.materials)
    return replace(
        step,
        remark=REMARK.clean(step.remark),
        materials=tuple(m for m in materials if m),
        reason=REASON.clean(step.reason),
        document_number=DOCUMENT_NUMBER.clean(step.document_number),
        handler=HANDLER.clean(step.handler),
        refer_to=REFER_TO.clean(step.refer_to),
        project=PROJECT.clean(step.project),
        # As a name is kept now: one kept by an older program with an invisible
        # character in it is not "renamed" by a correction of its investment.
        from_project=PROJECT.clean(step.from_project),
    )


def _undo_event(effective: list[StageEvent], seq: int, step: StepInput) -> StageEvent:
    if len(effective) < 2:
        raise DomainError(ErrorCode.NOTHING_TO_UNDO, "only the registration is left")
    undone, before = effective[-1], effective[-2]
    return StageEvent(
        seq,
        Action.UNDO,
        undone.to_stage,
        before.to_stage,
        step.on,
        step.at,
        step.actor,
        step.remark,
        undoes=undone.seq,
    )


def _check_needs(transition: Transition, step: StepInput, effective: list[StageEvent]) -> None:
    """The guards, on the texts as `_cleaned` keeps them (blanks and controls gone)."""
    needs = transition.needs
    if Needs.MATERIALS in needs and not step.materials:
        raise DomainError(ErrorCode.MISSING_MATERIALS, "a supplement notice lists the materials")
    # Another authority's matter is reason enough not to accept it (第三十二条(二)).
    referred = step.action is Action.NOT_ACCEPT and step.refer_to
    if Needs.REASON in needs and not step.reason and not referred:
        raise DomainError(ErrorCode.MISSING_REASON, f"{step.action} needs a reason")
    if Needs.DOCUMENT_NUMBER in needs and not step.document_number:
        raise DomainError(ErrorCode.MISSING_DOCUMENT_NUMBER, "a decision needs its 文号")
    if Needs.EXTENSION in needs and any(e.action is Action.EXTEND for e in effective):
        raise DomainError(ErrorCode.ALREADY_EXTENDED, "the limit was already extended once")
    if Needs.HANDLER in needs and not step.handler:
        raise DomainError(
            ErrorCode.REQUIRED_FIELD, "a reassignment names a handler", field="handler"
        )
    if Needs.HANDLER in needs and same_person(step.handler, step.from_handler):
        raise DomainError(
            ErrorCode.SAME_HANDLER, f"already with {step.handler}", handler=step.handler
        )
    if Needs.CORRECTION in needs:
        _check_correction(step)
    if Needs.UNIT in needs:
        if not step.to_unit:
            raise DomainError(ErrorCode.REQUIRED_FIELD, "a transfer names a unit", field="unit")
        if step.to_unit == holder(effective):
            raise DomainError(ErrorCode.SAME_UNIT, f"already at {step.to_unit}", unit=step.to_unit)
    if step.action is Action.REQUEST_SUPPLEMENT and not step.reason:
        if any(e.action is Action.REQUEST_SUPPLEMENT for e in effective):
            # 一次性告知: a second request breaks the promise of one notice; say why.
            raise DomainError(
                ErrorCode.SECOND_SUPPLEMENT_REASON, "a second supplement request needs a reason"
            )


def _check_correction(step: StepInput) -> None:
    """A correction names the project (it cannot be left without a name) and changes
    it or the investment; the investment is checked where it is read from the text."""
    if not step.project:
        raise DomainError(ErrorCode.REQUIRED_FIELD, "a project has a name", field="project")
    if step.project == step.from_project and not _revalued(step):
        raise DomainError(ErrorCode.NOTHING_CORRECTED, "the registration would read the same")


def _revalued(step: StepInput) -> bool:
    """Whether a correction changes the investment: an amount given that is not the one
    registered, to the millionth of a 万元 that is shown (a ledger's 1234.5600000000001
    retyped as 1234.56 is no change)."""
    if step.investment is None:
        return False
    return step.from_investment is None or abs(step.investment - step.from_investment) > 5e-7


def _check_not_future(on: date, at: datetime) -> None:
    if on > at.date():
        raise DomainError(ErrorCode.DATE_IN_FUTURE, f"{on} is in the future", on=on)


def _not_allowed(action: Action, stage: Stage) -> DomainError:
    return DomainError(
        ErrorCode.TRANSITION_NOT_ALLOWED,
        f"{action} is not allowed in stage {stage}",
        action=action,
        stage=stage,
    )
