"""The wording of the written notices, from an application and the bureau's settings.

Notices are official documents handed to Chinese enterprises: their text is Chinese
whatever the interface language, and each cites the article of the Administrative
Licensing Law (《中华人民共和国行政许可法》) it rests on. The layout is `notices.py`'s.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.clock import Clock, clock_when, facts_from_history
from approvals_gui.domain.notices import (
    NOTICE_TITLES,
    NoticeKind,
    NoticeSettings,
    applied_for,
    approves_eia_document,
    check_expected_days,
    document_number,
)
from approvals_gui.domain.stages import Action, Stage, StageEvent, effective_history
from approvals_gui.domain.timelimits import Limit, Unit
from approvals_gui.services.applications import ApplicationDetail

LAW = "《中华人民共和国行政许可法》"
RIGHTS = (
    "你单位如对本决定不服，可以自收到本决定书之日起六十日内依法申请行政复议，"
    "或者自收到本决定书之日起六个月内依法向人民法院提起行政诉讼。"
)
CHINESE_ORDINALS = "一二三四五六七八九十"
SENTENCE_ENDS = ("。", "；", "！", "？", "：", ".", ";", "!", "?")


@dataclass(frozen=True, slots=True)
class Notice:
    """A notice as it is printed, top to bottom."""

    kind: NoticeKind
    authority: str  # the issuing authority: header and signature
    number: str  # 发文字号
    title: str
    addressee: str  # 主送: the enterprise
    paragraphs: tuple[str, ...]  # the body, each indented two characters
    signed_on: date  # 成文日期
    note: str  # 附注: whom to ask
    # Years without their holiday schedule that a date it quotes hangs on: the clerk is
    # told before it goes out (the date may move once the year's schedule is published).
    estimated_years: tuple[int, ...] = ()


# The notices that print an application's due dates (法定期限截止日, 承诺办结日).
_QUOTING_DUE_DATES = frozenset({NoticeKind.ACCEPTANCE, NoticeKind.EXTENSION})


def chinese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def ordinal(n: int) -> str:
    """一 … 九十九, for the items of a list (一、二、…)."""
    tens, ones = divmod(n, 10)
    if tens == 0:
        return CHINESE_ORDINALS[ones - 1]
    head = "" if tens == 1 else CHINESE_ORDINALS[tens - 1]
    return head + "十" + (CHINESE_ORDINALS[ones - 1] if ones else "")


def limit_text(limit: Limit) -> str:
    return f"{limit.amount}个工作日" if limit.unit is Unit.WORKDAYS else f"{limit.amount}日"


def compose(
    kind: NoticeKind,
    detail: ApplicationDetail,
    settings: NoticeSettings,
    cal: WorkCalendar,
    *,
    expected_days: int | None = None,
) -> Notice:
    """The notice of `kind` for the application; refused (DomainError) if it cannot be
    issued now. `expected_days`: the working days a special procedure is expected to
    take (the bureau's setting if not given). Dated the day of the step it reports, with
    the due dates as they stood then (`clock_when`, on `cal`), so a notice printed again
    is the same notice."""
    event = detail.notice_event(kind)
    record = detail.view.record
    days = settings.special_days if expected_days is None else check_expected_days(expected_days)
    clock = clock_when(detail.events, event, detail.rule, cal)
    body = _BODIES[kind](detail, event, clock, days)
    quoted = [clock.statutory_due, clock.promised_due] if kind in _QUOTING_DUE_DATES else []
    last = max((d for d in quoted if d is not None), default=None)
    estimated = () if last is None else cal.unconfirmed_years(event.on, last)
    contact = settings.contact or record.handler
    note = f"联系人：{contact}" + (f"，联系电话：{settings.phone}" if settings.phone else "")
    return Notice(
        kind,
        settings.authority,
        document_number(kind, event, settings.number_pattern, record.number, record.registered_on),
        NOTICE_TITLES[kind],
        record.enterprise_name,
        tuple(body),
        event.on,
        f"（{note}）",
        estimated,
    )


def _application(detail: ApplicationDetail) -> str:
    """《项目环境影响报告表》审批申请（申请编号：…）: what every notice is about."""
    record = detail.view.record
    return f"{applied_for(detail.rule, record.project)}（申请编号：{record.number}）"


def _submitted(detail: ApplicationDetail) -> str:
    record = detail.view.record
    return f"你单位于{chinese_date(record.registered_on)}提交的{_application(detail)}"


def _accepted(detail: ApplicationDetail) -> str:
    accepted = detail.view.record.facts.accepted_on
    when = f"已于{chinese_date(accepted)}受理" if accepted else "已受理"
    return f"你单位{_application(detail)}{when}"


def _lines(text: str) -> list[str]:
    """A text typed on several lines, a paragraph a line, each ending as a sentence."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return [line if line.endswith(SENTENCE_ENDS) else line + "。" for line in lines]


def _deemed(detail: ApplicationDetail, clock: Clock) -> str:
    """From when an application counts as accepted because the intake limit was missed
    (or a supplement notice came after it): 自收到申请材料之日（…）起即视为受理, or from
    the complete materials of a supplement notice sent in time."""
    assert clock.clock_start is not None
    received = clock.clock_start == detail.view.record.facts.received_on
    what = "申请材料" if received else "全部补正材料"
    return f"自收到{what}之日（{chinese_date(clock.clock_start)}）起即视为受理"


def _acceptance(
    detail: ApplicationDetail, event: StageEvent, clock: Clock, _days: int
) -> list[str]:
    rule = detail.rule
    decide = f"本机关将自受理之日起{limit_text(rule.statutory)}内作出审批决定"
    if clock.statutory_due is not None:
        decide += f"（法定期限截止日为{chinese_date(clock.statutory_due)}）"
    promised = clock.promised_due
    if promised is not None and promised < event.on:
        promised = None  # past on the notice's day (a deemed acceptance): no promise
    if promised is not None:
        decide += f"，并承诺于{chinese_date(promised)}前办结"
    accepted = f"本机关决定予以受理，受理日期为{chinese_date(event.on)}。"
    if clock.deemed_accepted and clock.clock_start is not None:
        # The intake limit was missed (or a supplement notice came late): by the same
        # article the application counts as accepted on receipt, and the dates run from it.
        accepted = (
            "本机关决定予以受理。因本机关未在法定期限内作出受理决定，依照该条规定，"
            f"本申请{_deemed(detail, clock)}，以下期限自该日起算。"
        )
    excluded = (
        f"{decide}。依法需要进行技术评估、专家评审或者听证的，所需时间不计算在上述期限内"
        "（该法第四十五条），本机关将另行书面告知。"
    )
    if promised is not None and rule.notice_pauses_promise_only:
        # The clock leaves the notice out of the promise (clock.pause_end): say so, or
        # the promised date printed here seems broken when the notice moves it.
        period = rule.approval_notice_workdays
        length = f"（公示期{period}个工作日）" if period else ""
        excluded += f"承诺办结日期不含拟批准公示时间{length}，公示期间相应顺延。"
    return [
        f"{_submitted(detail)}，经审查，申请材料齐全、符合法定形式。根据{LAW}第三十二条的规定，"
        f"{accepted}",
        excluded,
        "特此通知。",
    ]


def _supplement(
    detail: ApplicationDetail, event: StageEvent, clock: Clock, _days: int
) -> list[str]:
    ends = ["；"] * (len(event.materials) - 1) + ["。"]  # 一、…；二、…。
    items = [
        f"{ordinal(i)}、{m}{'' if m.endswith(SENTENCE_ENDS) else end}"
        for i, (m, end) in enumerate(zip(event.materials, ends, strict=True), start=1)
    ]
    # A later round asks again about the materials sent back: the first one told
    # everything at once (第三十二条), and a later one must not say it does.
    returned = [
        e.on
        for e in effective_history(detail.events)
        if e.action is Action.RECEIVE_MATERIALS and e.seq < event.seq
    ]
    if returned:  # its reason is required (stages: SECOND_SUPPLEMENT_REASON)
        why = _lines(event.reason)
        opening = [
            f"{_submitted(detail)}，你单位于{chinese_date(returned[-1])}报送的补正材料经审查，"
            f"仍不齐全或者不符合法定形式{'：' if why else '。'}",
            *why,
            f"根据{LAW}第三十二条的规定，现告知你单位需要补正的内容如下：",
        ]
    else:
        opening = [
            f"{_submitted(detail)}，经审查，申请材料不齐全或者不符合法定形式。根据{LAW}"
            "第三十二条的规定，现一次性告知你单位需要补正的全部内容如下："
        ]
    closing = (
        "请你单位按照上述要求补正全部材料后一并提交本机关。本机关自收到全部补正材料之日起"
        "五个工作日内作出是否受理的决定。"
    )
    if clock.deemed_accepted and clock.clock_start is not None:
        # Sent after the intake limit: it stops nothing, and the application already
        # counts as accepted (第三十二条: 逾期不告知的，自收到申请材料之日起即为受理).
        closing = (
            "因本机关未在法定期限内一次告知需要补正的内容，依照该条规定，本申请"
            f"{_deemed(detail, clock)}。请你单位按照上述要求补正材料，以便本机关继续审查。"
        )
    return [*opening, *items, closing, "特此通知。"]


def _non_acceptance(
    detail: ApplicationDetail, event: StageEvent, _clock: Clock, _days: int
) -> list[str]:
    if event.refer_to:  # another authority's matter: the applicant is told where to go
        why = _lines(event.reason)
        return [
            f"{_submitted(detail)}，经审查，申请事项依法不属于本机关职权范围"
            f"{'，理由如下：' if why else '。'}",
            *why,
            f"根据{LAW}第三十二条第一款第（二）项的规定，本机关决定不予受理。"
            f"请你单位向{event.refer_to}提出申请。",
            RIGHTS,
        ]
    return [
        f"{_submitted(detail)}，经审查，不符合受理条件，理由如下：",
        *_lines(event.reason),
        f"根据{LAW}第三十二条的规定，本机关决定不予受理。",
        RIGHTS,
    ]


def _special_procedure(
    detail: ApplicationDetail, event: StageEvent, _clock: Clock, days: int
) -> list[str]:
    on = chinese_date(event.on)
    if event.action is Action.START_EXPERT_REVIEW:
        what, begun = "技术评估", f"根据审查工作需要，本机关决定自{on}起组织技术评估（专家评审）。"
    elif _hearing_requested(detail, event):  # after the 第四十七条 notice: on request
        what = "听证"
        begun = f"根据{LAW}第四十七条的规定，本机关依申请决定自{on}起组织听证。"
    else:
        what, begun = "听证", f"根据审查工作需要，本机关决定自{on}起组织听证。"
    return [
        f"{_accepted(detail)}。{begun}",
        f"根据{LAW}第四十五条的规定，{what}所需时间不计算在审批期限内。{what}预计需要"
        f"{days}个工作日，其间审批期限暂停计算，{what}结束后继续计算；所需时间如有变化，"
        "本机关将另行书面告知。",
        "特此告知。",
    ]


def _hearing_requested(detail: ApplicationDetail, event: StageEvent) -> bool:
    """Whether the hearing `event` begins followed a notice of the right to ask for one
    (听证告知, 第四十七条): held on request, not at the bureau's own motion."""
    before = [e for e in detail.events if e.seq < event.seq]
    return facts_from_history(before).stage is Stage.HEARING_NOTICE


def _extension(detail: ApplicationDetail, event: StageEvent, clock: Clock, _days: int) -> list[str]:
    before = clock.original_statutory_due
    first = _accepted(detail) + (
        f"，法定审批期限原截止日为{chinese_date(before)}。" if before is not None else "。"
    )
    extended = f"审批期限延长{event.extension_days}个工作日"
    if clock.statutory_due is not None:
        extended += f"，延长后的法定期限截止日为{chinese_date(clock.statutory_due)}"
    return [
        first,
        "因下列理由，本机关不能在原定期限内作出审批决定：",
        *_lines(event.reason),
        f"经本机关负责人批准，根据{LAW}第四十二条的规定，{extended}。",
        "特此告知。",
    ]


def _refusal(detail: ApplicationDetail, event: StageEvent, _clock: Clock, _days: int) -> list[str]:
    accepted = detail.view.record.facts.accepted_on
    when = f"本机关已于{chinese_date(accepted)}受理" if accepted else "本机关已受理"
    refused, basis = "该申请", f"{LAW}第三十八条"
    if approves_eia_document(detail.rule):
        refused, basis = "该项目环境影响评价文件", f"{basis}和《建设项目环境保护管理条例》第十一条"
    return [
        f"{_submitted(detail)}，{when}。经审查，{refused}不予批准，理由如下：",
        *_lines(event.reason),
        f"根据{basis}的规定，本机关决定不予批准。",
        RIGHTS,
    ]


_BODIES = {
    NoticeKind.ACCEPTANCE: _acceptance,
    NoticeKind.SUPPLEMENT: _supplement,
    NoticeKind.NON_ACCEPTANCE: _non_acceptance,
    NoticeKind.SPECIAL_PROCEDURE: _special_procedure,
    NoticeKind.EXTENSION: _extension,
    NoticeKind.REFUSAL: _refusal,
}
