"""Translated text for the domain's codes: stages, statuses, countdowns, errors.

A count given to `QCoreApplication.translate` is a plain name (`nth`, not `rounds + 1`):
pyside6-lupdate skips a message whose count is an expression, and drops it from the .ts.
"""

from __future__ import annotations

import errno
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from approvals_gui.domain import labels
from approvals_gui.domain.access import Permission, Role, User, may
from approvals_gui.domain.calendar import (
    DayInfo,
    DayKind,
    DaySource,
    OverrideKind,
    english_day_names,
)
from approvals_gui.domain.clock import Clock, DeadlineKind, Phase, Status
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.guards import Caution
from approvals_gui.domain.notices import NOTICE_TITLES, NoticeKind
from approvals_gui.domain.registration import Second, SecondThought
from approvals_gui.domain.rules import INTAKE_LIMIT, RuleProblem
from approvals_gui.domain.service_days import FollowUpState, MatterType, Mode
from approvals_gui.domain.stages import Action, Stage, StageEvent, recorded_later
from approvals_gui.domain.timelimits import Limit, Unit
from approvals_gui.domain.units import Level, UnitKind
from approvals_gui.services.errors import LedgerFileError
from approvals_gui.store.errors import StoreError, StoreErrorCode


def _t(text: object) -> str:
    """Translate a text marked with QT_TRANSLATE_NOOP("strings", …)."""
    return QCoreApplication.translate("strings", str(text))


def listing(items: Iterable[object]) -> str:
    """Items in a row, as the language writes them: 元旦、春节 / 2027, 2028."""
    separator = QCoreApplication.translate("strings", "、", "between the items of a list")
    return separator.join(str(item) for item in items)


def estimated_dates_note(years: Sequence[int]) -> str:
    """Said before a paper goes out that quotes a date hanging on `years`, whose
    holidays are only estimated."""
    return QCoreApplication.translate(
        "strings", "注意：文中的期限按推算的 %1 年节假日安排计算，国务院公布安排后可能变动。"
    ).replace("%1", listing(years))


def listing_and(items: Sequence[str]) -> str:
    """Items named in a sentence, the last two joined by "and": 甲、乙和丙 / A, B and C."""
    if len(items) < 2:
        return "".join(items)
    last_two = QCoreApplication.translate(
        "strings", "%1和%2", "the last two items of a list in a sentence"
    )
    return last_two.replace("%1", listing(items[:-1])).replace("%2", items[-1])


def aside(text: str) -> str:
    """A remark after what it qualifies: （元旦） / (New Year)."""
    return QCoreApplication.translate("strings", "（%1）", "a remark in brackets").replace(
        "%1", text
    )


def stage_name(stage: Stage) -> str:
    return _t(labels.STAGE_NAMES[stage])


def step_name(step: str) -> str:
    """A board card's step: a stage, or the delivery of a decision."""
    return _t(labels.step_name(step))


def material_name(stored: str) -> str:
    """A material as stored (source text or typed by the clerk), for display."""
    return _t(stored)


def recorded_later_text(on: date, at: datetime) -> str:
    """ "2026-12-01 补录" for a step recorded after the day it took effect; "" when not."""
    later = recorded_later(on, at)
    if later is None:
        return ""
    text = QCoreApplication.translate("strings", "%1 补录", "a step recorded on a later day")
    return text.replace("%1", later.isoformat())


def offline_text() -> str:
    """Said in a step's dialog opened while the database cannot be read (the window's
    banner says so too): its preview is worked out from what is on screen."""
    return QCoreApplication.translate(
        "strings", "数据库连接中断：这里显示的可能不是最新情况，连上之前办理无法保存。"
    )


def correction_notes(event: StageEvent, longest: int | None = None) -> list[str]:
    """What a 更正登记 changed, a note each: the project's name, the investment. Names
    past `longest` characters are cut short with "…" (a preview's line has no more)."""

    def name(text: str) -> str:
        return text if longest is None or len(text) <= longest else text[: longest - 1] + "…"

    notes = []
    if event.project:
        notes.append(
            QCoreApplication.translate("strings", "项目名称：“%1”→“%2”")
            .replace("%1", name(event.from_project))
            .replace("%2", name(event.project))
        )
    if event.investment is not None:
        before = event.from_investment
        notes.append(
            QCoreApplication.translate("strings", "总投资：%1 → %2 万元")
            .replace(
                "%1",
                QCoreApplication.translate("strings", "未填")
                if before is None
                else amount_text(before),
            )
            .replace("%2", amount_text(event.investment))
        )
    return notes


def restored_text(event: StageEvent) -> str:
    """What undoing the 更正登记 `event` gives back, said in a sentence."""
    parts = []
    if event.project:
        parts.append(
            QCoreApplication.translate("strings", "项目名称恢复为“%1”").replace(
                "%1", event.from_project
            )
        )
    if event.investment is not None:
        parts.append(
            QCoreApplication.translate("strings", "总投资恢复为未填")
            if event.from_investment is None
            else QCoreApplication.translate("strings", "总投资恢复为 %1 万元").replace(
                "%1", amount_text(event.from_investment)
            )
        )
    between = QCoreApplication.translate("strings", "，", "between the things an undo gives back")
    return QCoreApplication.translate("strings", "%1。", "a sentence").replace(
        "%1", between.join(parts)
    )


def amount_text(value: float) -> str:
    """ "12,000" or "12,000.25": grouped, with the decimals it has (to 6), no more."""
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def step_name_for(action: Action, rounds: int) -> str:
    """The name a step is offered and asked under, for an application with `rounds`
    supplement notices already: one after the first is no 一次性告知 (第三十二条 asks for
    a single one), and says which it is."""
    if action is Action.REQUEST_SUPPLEMENT and rounds:
        nth = rounds + 1
        return QCoreApplication.translate("strings", "再次告知补正（第 %n 次）", None, nth)
    return action_name(action)


_ACTION_NAMES = {
    Action.REGISTER: QT_TRANSLATE_NOOP("actions", "收件登记"),
    Action.REQUEST_SUPPLEMENT: QT_TRANSLATE_NOOP("actions", "一次性告知补正"),
    Action.RECEIVE_MATERIALS: QT_TRANSLATE_NOOP("actions", "收到补正材料"),
    Action.ACCEPT: QT_TRANSLATE_NOOP("actions", "受理"),
    Action.NOT_ACCEPT: QT_TRANSLATE_NOOP("actions", "不予受理"),
    Action.START_EXPERT_REVIEW: QT_TRANSLATE_NOOP("actions", "转技术评估"),
    Action.FINISH_EXPERT_REVIEW: QT_TRANSLATE_NOOP("actions", "技术评估完成"),
    Action.START_REVIEW: QT_TRANSLATE_NOOP("actions", "转入审查"),
    Action.NOTIFY_HEARING_RIGHTS: QT_TRANSLATE_NOOP("actions", "告知听证权利"),
    Action.WAIVE_HEARING: QT_TRANSLATE_NOOP("actions", "未申请听证"),
    Action.START_HEARING: QT_TRANSLATE_NOOP("actions", "组织听证"),
    Action.FINISH_HEARING: QT_TRANSLATE_NOOP("actions", "听证结束"),
    Action.START_PUBLIC_NOTICE: QT_TRANSLATE_NOOP("actions", "拟批准公示"),
    Action.APPROVE: QT_TRANSLATE_NOOP("actions", "批准"),
    Action.REFUSE: QT_TRANSLATE_NOOP("actions", "不予批准"),
    Action.DELIVER: QT_TRANSLATE_NOOP("actions", "送达办结"),
    # Not 撤回 alone: beside 撤销上一步 a new clerk read it as taking back a step.
    Action.WITHDRAW: QT_TRANSLATE_NOOP("actions", "申请人撤回"),
    Action.EXTEND: QT_TRANSLATE_NOOP("actions", "延期"),
    Action.TRANSFER: QT_TRANSLATE_NOOP("actions", "转办"),
    Action.REASSIGN: QT_TRANSLATE_NOOP("actions", "改派"),
    Action.CORRECT: QT_TRANSLATE_NOOP("actions", "更正登记"),
    Action.UNDO: QT_TRANSLATE_NOOP("actions", "撤销上一步"),
}


def action_name(action: Action) -> str:
    # Its own context: 受理 the step ("Accept") is not 受理 the stage ("Accepted").
    return QCoreApplication.translate("actions", str(_ACTION_NAMES[action]))


def with_decision(first: str, decision: StageEvent) -> str:
    """`first` with a decision's outcome and day after it: "环审〔2026〕30号（批准，
    2026-11-16）". The outcome is the stage it led to: "Approved", not the step's
    "Approve", where a language tells them apart."""
    return (
        QCoreApplication.translate("strings", "%1（%2，%3）")
        .replace("%1", first)
        .replace("%2", stage_name(decision.to_stage))
        .replace("%3", decision.on.isoformat())
    )


def named_for_its_stage(action: Action, stage: Stage) -> bool:
    """Whether a step and the stage it led to bear one name (受理, 批准, 拟批准公示), so
    that naming the step names the stage, in any language: the Chinese names compared,
    which an English "Approve" and "Approved" are not."""
    return str(_ACTION_NAMES[action]) == str(labels.STAGE_NAMES[stage])


def category_name(code: str, stored_name: str) -> str:
    """The shipped categories are translated; ones the admin added show as entered."""
    return _t(labels.CATEGORY_NAMES[code]) if code in labels.CATEGORY_NAMES else stored_name


# The name a make-up working day marked in the calendar editor is kept under: the
# Chinese, whatever the desk's language, and shown in each desk's own (`day_name`).
MAKEUP_DAY_NAME = QT_TRANSLATE_NOOP("strings", "调休上班")


def day_name(info: DayInfo) -> str:
    """A day's name in the UI's language: the shipped schedule's from the `holidays`
    package, which names them in English too; one the bureau entered, as typed (but
    the editor's own name for a make-up working day, translated)."""
    if info.source is DaySource.PACKAGE and QLocale().language() != QLocale.Language.Chinese:
        return english_day_names().get(info.day, info.name)
    return _t(info.name) if info.name == MAKEUP_DAY_NAME else info.name


def holiday_names(days: Iterable[DayInfo]) -> list[str]:
    """The names of the holidays among `days`, each once, in the days' order (a "why
    this date?" lists those it skipped)."""
    return list(dict.fromkeys(day_name(d) for d in days if d.kind is DayKind.HOLIDAY and d.name))


def countdown_text(clock: Clock) -> str:
    """What the countdown chip says."""
    return countdown_wordings(clock)[0]


# Between a text's length variants, longest first (Qt's own separator for them).
VARIANTS = "\x9c"


def variants(translated: str) -> tuple[str, ...]:
    """A translation's length variants, longest first: a translator may give a shorter
    wording too (Qt Linguist's length variants), as the English chips do so that the
    list fits 1366 pixels."""
    return tuple(translated.split(VARIANTS))


def longest(translated: str) -> str:
    """A translation's longest wording, for everywhere but a chip."""
    return translated.split(VARIANTS, 1)[0]


def countdown_chip(clock: Clock) -> str:
    """What the list's chip says: `countdown_wordings` joined by VARIANTS, of which the
    chip shows the longest that fits (the column is as wide as the running ones' chips
    need). A decided application's days stay in sight; the chip's colour and tooltip
    still say the whole."""
    return VARIANTS.join(countdown_wordings(clock))


def countdown_wordings(clock: Clock) -> tuple[str, ...]:
    """What the countdown chip says, longest first: the wording and any shorter ones its
    translation gives; a decided application (its delivery done) its status
    shortened, then its days used alone."""
    left = clock.workdays_left
    if clock.status is Status.PAUSED:
        assert clock.paused_by is not None
        paused = QCoreApplication.translate("strings", "暂停：%1")
        return tuple(p.replace("%1", stage_name(clock.paused_by)) for p in variants(paused))
    if clock.phase is Phase.DELIVERY and left is not None:  # decided: the delivery's
        return variants(_delivery_left(left))
    if clock.status is Status.BREACH:
        assert left is not None
        return variants(
            QCoreApplication.translate("strings", "超法定期限 %n 个工作日", None, -left)
        )
    if clock.status is Status.OVERDUE:  # the bureau's own promise, not the law's limit
        assert left is not None
        return variants(QCoreApplication.translate("strings", "超承诺 %n 个工作日", None, -left))
    if clock.status in (Status.NORMAL, Status.DUE_SOON):
        assert left is not None
        if clock.phase is Phase.INTAKE and left > 0:
            return variants(
                QCoreApplication.translate("strings", "待受理 剩 %n 个工作日", None, left)
            )
        return variants(_workdays_left(left))
    if (wordings := _decided_wordings(clock)) is not None:
        return wordings
    if clock.status is Status.UNKNOWN:
        return variants(QCoreApplication.translate("strings", "无法计算：日期超出日历范围"))
    return (QCoreApplication.translate("strings", "已终止"),)


def _decided_wordings(clock: Clock) -> tuple[str, ...] | None:
    """A decided application's chip, longest first: whole, its status shortened, the
    days used alone (and any shorter its translation gives); None for any other."""
    used = clock.workdays_used or 0
    if clock.status is Status.WITHIN_PROMISE:
        whole = QCoreApplication.translate("strings", "承诺期内办结 用时 %n 个工作日", None, used)
        short = QCoreApplication.translate("strings", "期内办结 用时 %n 个工作日", None, used)
    elif clock.status is Status.PAST_PROMISE:
        whole = QCoreApplication.translate("strings", "超承诺未超法定 用时 %n 个工作日", None, used)
        short = QCoreApplication.translate("strings", "超承诺 用时 %n 个工作日", None, used)
    elif clock.status is Status.PAST_STATUTORY:
        whole = QCoreApplication.translate("strings", "超法定期限办结 用时 %n 个工作日", None, used)
        short = QCoreApplication.translate("strings", "超法定 用时 %n 个工作日", None, used)
    else:
        return None
    used_alone = QCoreApplication.translate("strings", "用时 %n 个工作日", None, used)
    return whole, short, *variants(used_alone)


def countdown_note(clock: Clock) -> str:
    """What a decided chip's days mean, beside it on hover: a decision after a long
    public notice can read 用时 0 个工作日, rightly."""
    if clock.status in (Status.WITHIN_PROMISE, Status.PAST_PROMISE, Status.PAST_STATUTORY):
        return QCoreApplication.translate(
            "strings",
            "用时：受理至决定的工作日，不含承诺时限暂停计时的日子（如拟批准公示、技术评估）",
        )
    return ""


def warn_note(clock: Clock, warn: int | None) -> str:
    """Why a running chip (or a decision's delivery) is green or yellow: its category's
    reminder days. Categories differ, so 剩 3 个工作日 may be yellow in one row and 剩 2
    green in the next."""
    if warn is None or clock.countdown not in (Status.NORMAL, Status.DUE_SOON):
        return ""
    return QCoreApplication.translate(
        "strings", "本类别剩 %n 个工作日及以内标为“即将到期”", None, warn
    )


def period_line(first: date, last: date, today: date) -> str:
    """The period figures count, over them: 统计期间：… 至 …, and while it is not over,
    the day it is counted to."""
    text = (
        QCoreApplication.translate("strings", "统计期间：%1 至 %2")
        .replace("%1", first.isoformat())
        .replace("%2", last.isoformat())
    )
    if last > today:
        text += QCoreApplication.translate("strings", "（截至 %1）").replace(
            "%1", today.isoformat()
        )
    return text


def delivery_left_text(left: int) -> str:
    """Working days left to deliver a decision (第四十四条); negative is late."""
    return longest(_delivery_left(left))


def _delivery_left(left: int) -> str:
    if left == 0:
        return QCoreApplication.translate("strings", "今日应送达")
    if left < 0:
        return QCoreApplication.translate("strings", "送达超期 %n 个工作日", None, -left)
    return QCoreApplication.translate("strings", "待送达 剩 %n 个工作日", None, left)


def workdays_left_text(left: int) -> str:
    """Working days left on a countdown; negative is overdue."""
    return longest(_workdays_left(left))


def _workdays_left(left: int) -> str:
    if left < 0:
        return QCoreApplication.translate("strings", "超期 %n 个工作日", None, -left)
    if left == 0:
        return QCoreApplication.translate("strings", "今日到期")
    return QCoreApplication.translate("strings", "剩 %n 个工作日", None, left)


def limit_text(limit: Limit) -> str:
    amount = limit.amount
    if limit.unit is Unit.WORKDAYS:
        return QCoreApplication.translate("strings", "%n 个工作日", None, amount)
    return QCoreApplication.translate("strings", "%n 个自然日", None, amount)


def workdays_or(amount: int, none: str) -> str:
    """`amount` working days, or `none` for nought (a rule's extension or notice period
    that is not allowed or not required)."""
    return limit_text(Limit(amount, Unit.WORKDAYS)) if amount else none


def stages_text(stages: Iterable[Stage]) -> str:
    """Stages named in the order a case goes through them, or 无 for none (the stages a
    rule's clocks do not count)."""
    found = set(stages)
    names = listing(stage_name(s) for s in Stage if s in found)
    return names or QCoreApplication.translate("strings", "无", "no stages")


def describe(clock: Clock) -> str:
    """The countdown and the due date it runs to, in one line."""
    text = countdown_text(clock)
    # A paused clock's date moves each day the pause lasts: no date to give.
    if (
        clock.due is not None
        and clock.workdays_left is not None
        and clock.status is not Status.PAUSED
    ):
        return (
            QCoreApplication.translate("strings", "%1（到期日 %2）")
            .replace("%1", text)
            .replace("%2", clock.due.isoformat())
        )
    return text


def mode_name(mode: Mode) -> str:
    return _t(labels.MODE_NAMES[mode])


def matter_name(kind: MatterType) -> str:
    return _t(labels.MATTER_NAMES[kind])


def follow_up_name(state: FollowUpState) -> str:
    return _t(labels.FOLLOW_UP_NAMES[state])


def status_name(status: Status) -> str:
    return _t(labels.STATUS_NAMES[status])


def notice_title(kind: NoticeKind) -> str:
    return _t(NOTICE_TITLES[kind])


def error_text(error: Exception) -> str:
    """A plain-words message for an error the user can act on."""
    if isinstance(error, StoreError):
        return _store_error_text(error)
    if isinstance(error, DomainError):
        return _domain_error_text(error)
    if isinstance(error, LedgerFileError):
        return QCoreApplication.translate(
            "strings", "“%1”不是可读取的 Excel 工作簿（.xlsx），或其第一个工作表中没有标题行。"
        ).replace("%1", str(error.filename))
    if isinstance(error, PermissionError):
        return QCoreApplication.translate(
            "strings", "无法写入“%1”：文件被占用（可能正在 Excel 中打开）或没有权限。"
        ).replace("%1", str(error.filename or ""))
    if isinstance(error, OSError):
        if (reason := _OS_REASONS.get(error.errno or 0)) is not None:
            said = _t(reason)
        else:  # the system's own words kept for whoever is asked to help
            said = QCoreApplication.translate("strings", "系统未能完成读写（%1）。").replace(
                "%1", error.strerror or type(error).__name__
            )
        return (
            QCoreApplication.translate("strings", "无法读写文件“%1”：%2")
            .replace("%1", str(error.filename or ""))
            .replace("%2", said)
        )
    return str(error)


def second_thoughts(thoughts: Iterable[SecondThought]) -> str:
    """What a clerk is asked before a registration is saved, and the question."""
    said = []
    for thought in thoughts:
        if thought.kind is Second.SAME_OPEN:
            said.append(
                QCoreApplication.translate(
                    "strings",
                    "该企业的同一项目已有在办申请：%1。再登记一次，同一申请将被计算两次，"
                    "且登记后不能删除。",
                ).replace("%1", listing(thought.numbers))
            )
        else:
            ago = thought.workdays
            late = QCoreApplication.translate(
                "strings",
                "收件日期 %1 已是 %n 个工作日之前，超过了 %2 个工作日的受理期限：登记后即视为"
                "自收件之日起受理（《行政许可法》第三十二条），审批期限已在计算。请核对收件日期。",
                None,
                ago,
            )
            said.append(
                late.replace("%1", str(thought.received_on)).replace("%2", str(INTAKE_LIMIT.amount))
            )
    said.append(QCoreApplication.translate("strings", "仍要登记吗？"))
    return "\n\n".join(said)


# What a row of a holiday file makes a day (schedule_import.KIND_WORDS: 休, 班, 清除).
_OVERRIDE_KINDS: dict[str, object] = {
    OverrideKind.HOLIDAY: QT_TRANSLATE_NOOP("strings", "节假日"),
    OverrideKind.WORKDAY: MAKEUP_DAY_NAME,
    OverrideKind.CLEAR: QT_TRANSLATE_NOOP("strings", "清除（按星期）"),
}


def override_kind_name(kind: OverrideKind | str) -> str:
    """What a holiday file's row makes a day, as its import shows it ("" for none)."""
    return _t(_OVERRIDE_KINDS.get(kind, ""))


# What a desk runs into when a file cannot be written or read, in the user's words: the
# system's own (strerror) is English in the C library's messages, on Windows too.
_OS_REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP(
        "strings", "文件或所在文件夹不存在，或已被移走（如 U 盘已拔出、网络盘已断开）。"
    ),
    errno.ENOSPC: QT_TRANSLATE_NOOP("strings", "磁盘空间已满，请清理后再试或另选位置。"),
    errno.EROFS: QT_TRANSLATE_NOOP("strings", "该位置只读，不能写入，请另选位置。"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("strings", "文件名或路径太长，请缩短后再试。"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("strings", "路径中有一项不是文件夹，请另选位置。"),
    errno.EIO: QT_TRANSLATE_NOOP("strings", "读写设备出错，设备可能已断开。"),
    errno.EISDIR: QT_TRANSLATE_NOOP("strings", "这是一个文件夹，不是文件，请另选文件名。"),
    errno.EEXIST: QT_TRANSLATE_NOOP("strings", "该位置已有同名文件或文件夹，请另选文件名。"),
    errno.EBUSY: QT_TRANSLATE_NOOP("strings", "文件或设备正被占用，请稍后再试。"),
    # What Windows says of a name with a character it does not take (: * ? " < > |).
    errno.EINVAL: QT_TRANSLATE_NOOP("strings", "文件名或路径中有不能使用的字符，请改名后再试。"),
}


def beaten_text(number: str, by: str, action: str, on: date, at: datetime) -> str:
    """A step refused because another desk saved the item first: what that desk did,
    who, the day it took effect and when it was saved (`action` named already): a step
    saved just now but dated back read as done long before."""
    return (
        QCoreApplication.translate(
            "strings", "%1 已在您办理前被 %2 办理“%3”（办理日期 %4，%5 保存），您的办理未保存。"
        )
        .replace("%1", number)
        .replace("%2", by)
        .replace("%3", action)
        .replace("%4", on.isoformat())
        .replace("%5", at.strftime("%Y-%m-%d %H:%M"))
    )


def field_problem(name: str, error: Exception) -> str:
    """What is wrong with a field, named as its form labels it: under a form, a bare
    "此项为必填项。" does not say which."""
    line = QCoreApplication.translate("strings", "%1：%2", "a field and what is wrong with it")
    return line.replace("%2", error_text(error)).replace("%1", name)


def _store_error_text(error: StoreError) -> str:
    texts = {
        StoreErrorCode.LOCKED: QT_TRANSLATE_NOOP("strings", "数据库正被其他程序占用，请稍后再试。"),
        StoreErrorCode.ROW_BUSY: QT_TRANSLATE_NOOP(
            "strings", "另一台电脑正在保存这件申请，请稍后再试。"
        ),
        StoreErrorCode.CHANGED_ELSEWHERE: QT_TRANSLATE_NOOP(
            "strings",
            "在您修改期间，另一台电脑已修改并保存了这些内容；您的修改未保存。"
            "请查看最新内容后再修改。",
        ),
        StoreErrorCode.REFERENCE: QT_TRANSLATE_NOOP(
            "strings",
            "所选的企业、申请或单位已不在数据库中，或仍在使用而不能删除（可能另一台电脑刚刚修改过）；"
            "请刷新后再试。",
        ),
        StoreErrorCode.EXISTS: QT_TRANSLATE_NOOP(
            "strings", "该位置已有同名文件，未替换；请另选一个文件名。"
        ),
        StoreErrorCode.DAMAGED: QT_TRANSLATE_NOOP(
            "strings",
            "该文件不是数据库，或数据库已损坏：请先核对文件路径；"
            "若确是本程序的数据库，请从备份恢复。",
        ),
        StoreErrorCode.UNREACHABLE: QT_TRANSLATE_NOOP(
            "strings",
            "无法连接数据库服务器：请检查服务器地址和端口，以及服务器是否已启动、网络是否畅通。",
        ),
        StoreErrorCode.LOGIN_REFUSED: QT_TRANSLATE_NOOP(
            "strings",
            "数据库服务器拒绝登录：用户名或密码不正确，或本机未获准连接。请向管理员核实。",
        ),
        StoreErrorCode.NO_SERVER_DATABASE: QT_TRANSLATE_NOOP(
            "strings", "数据库服务器上没有这个数据库：请核对数据库名称，或请管理员先创建。"
        ),
        StoreErrorCode.UNREADABLE: QT_TRANSLATE_NOOP(
            "strings", "无法打开数据库文件，请检查路径和访问权限。"
        ),
        StoreErrorCode.TOO_NEW: QT_TRANSLATE_NOOP(
            "strings", "该数据库由更新版本的程序创建，请升级本程序后再打开。"
        ),
        StoreErrorCode.STALE: QT_TRANSLATE_NOOP(
            "strings", "该申请已被他人修改，请重新载入后再操作。"
        ),
        StoreErrorCode.NOT_FOUND: QT_TRANSLATE_NOOP("strings", "找不到该记录，可能已被删除。"),
        StoreErrorCode.DUPLICATE: QT_TRANSLATE_NOOP(
            "strings", "已存在相同的记录（统一社会信用代码或编号重复）。"
        ),
        StoreErrorCode.CODE_TAKEN: QT_TRANSLATE_NOOP(
            "strings", "统一社会信用代码 %1 已登记为“%2”，请核对，或在企业名录中编辑该企业。"
        ),
        StoreErrorCode.MISSING: QT_TRANSLATE_NOOP(
            "strings", "找不到该数据库文件，请检查路径。程序不会自行在此新建数据库。"
        ),
        StoreErrorCode.FOREIGN: QT_TRANSLATE_NOOP(
            "strings", "该文件是其他程序的数据库，本程序未作任何改动。请选择本程序的数据库文件。"
        ),
        StoreErrorCode.DISK_FULL: QT_TRANSLATE_NOOP(
            "strings", "磁盘空间已满，本次操作未保存。请清理磁盘空间后重试。"
        ),
        StoreErrorCode.SCHEMA_GONE: QT_TRANSLATE_NOOP(
            "strings",
            "数据库中已没有本程序的数据表：可能已被清空，或正在恢复备份。"
            "请联系管理员，恢复完成后重新打开本程序。",
        ),
        StoreErrorCode.IN_USE: QT_TRANSLATE_NOOP(
            "strings", "数据库正在其他程序或窗口中打开，请先关闭后再恢复。"
        ),
        StoreErrorCode.BAD_BACKUP: QT_TRANSLATE_NOOP(
            "strings", "该文件已损坏或不是本程序的备份，无法用于恢复。"
        ),
        StoreErrorCode.SERVER_BACKUP: QT_TRANSLATE_NOOP(
            "strings", "服务器上的共享数据库由服务器备份和恢复（pg_dump），请联系管理员。"
        ),
    }
    text = _t(texts[error.code])
    if error.code is StoreErrorCode.BAD_BACKUP and "backup" in error.params:
        text = QCoreApplication.translate(
            "strings", "备份“%1”已损坏或不是本程序的备份，无法用于恢复。"
        ).replace("%1", error.params["backup"])
    if error.code is StoreErrorCode.CHANGED_ELSEWHERE and (days := error.params.get("days")):
        text = QCoreApplication.translate(
            "strings", "另一台电脑刚修改了 %1 的设置，您的修改未保存。请查看最新内容后再修改。"
        ).replace("%1", "、".join(day.isoformat() for day in days))
    if error.code is StoreErrorCode.STALE and error.params.get("item") == "case":
        text = QCoreApplication.translate(
            "strings", "该举报案件已被他人修改，本次未保存。请取消后查看案件的最新情况再办理。"
        )
    if error.code is StoreErrorCode.STALE and error.params.get("item") == "visit":
        text = QCoreApplication.translate(
            "strings", "该服务记录已被他人修改，本次未保存。请取消后查看最新内容再修改。"
        )
    if error.code is StoreErrorCode.CODE_TAKEN:  # the name last: it is typed text
        text = text.replace("%1", error.params["credit_code"]).replace("%2", error.params["name"])
    return text


def _domain_error_text(error: DomainError) -> str:
    p = error.params
    if error.code is ErrorCode.SECOND_THOUGHTS:  # its question, asked before the save
        return second_thoughts(p["thoughts"])
    if error.code is ErrorCode.APPROVAL_NOTICE_REQUIRED:  # a number of days: plural forms
        days = int(p["days"])
        return QCoreApplication.translate(
            "strings",
            "该类别批准前须进行拟批准公示（不少于 %n 个工作日），请先办理“拟批准公示”。",
            None,
            days,
        )
    texts = {
        ErrorCode.CREDIT_CODE_LENGTH: QT_TRANSLATE_NOOP(
            "strings", "统一社会信用代码应为18位，当前为 %1 位。"
        ),
        ErrorCode.CREDIT_CODE_CHARACTER: QT_TRANSLATE_NOOP(
            "strings", "第 %1 位字符“%2”不允许使用（信用代码不用 I、O、S、V、Z）。"
        ),
        ErrorCode.CREDIT_CODE_REGISTRAR: QT_TRANSLATE_NOOP(
            "strings", "首位“%1”不是有效的登记管理部门代码。"
        ),
        # The check character it should be is not said: the mistake is as likely in any
        # other place, and a code made to pass may be another enterprise's.
        ErrorCode.CREDIT_CODE_CHECK: QT_TRANSLATE_NOOP(
            "strings",
            "校验位（第 18 位）“%1”与前 17 位不符：有字符输错。请对照营业执照逐位核对，"
            "不要只改最后一位。",
        ),
        ErrorCode.DATE_OUT_OF_RANGE: QT_TRANSLATE_NOOP(
            "strings", "日期超出日历范围：只能是 %1 至 %2 年的日期。"
        ),
        ErrorCode.END_BEFORE_START: QT_TRANSLATE_NOOP("strings", "结束日期早于开始日期。"),
        ErrorCode.NEGATIVE_AMOUNT: QT_TRANSLATE_NOOP("strings", "数值不能为负数。"),
        ErrorCode.UNKNOWN_UNIT: QT_TRANSLATE_NOOP("strings", "未知的时限单位。"),
        ErrorCode.UNKNOWN_CATEGORY: QT_TRANSLATE_NOOP("strings", "未知的审批类别。"),
        ErrorCode.CATEGORY_REMOVED: QT_TRANSLATE_NOOP(
            "strings", "所选的审批类别已不存在（可能刚被管理员删除），请重新选择类别。"
        ),
        ErrorCode.CATEGORY_NAME_TAKEN: QT_TRANSLATE_NOOP(
            "strings", "已有名为“%1”的类别，请换一个名称。"
        ),
        ErrorCode.USER_NAME_TAKEN: QT_TRANSLATE_NOOP("strings", "已有名为“%1”的用户。"),
        ErrorCode.CATEGORY_BUILT_IN: QT_TRANSLATE_NOOP(
            "strings", "“%1”是程序内置的审批类别，通知书等文书按其名称出具，不能重命名或删除。"
        ),
        ErrorCode.CATEGORY_IN_USE: QT_TRANSLATE_NOOP(
            "strings", "类别“%1”下已登记有申请（含已办结和导入的），不能删除。"
        ),
        ErrorCode.TRANSITION_NOT_ALLOWED: QT_TRANSLATE_NOOP(
            "strings", "当前环节为“%2”，不能办理“%1”。"
        ),
        ErrorCode.MISSING_MATERIALS: QT_TRANSLATE_NOOP(
            "strings", "一次性告知须列明需补正的全部材料。"
        ),
        ErrorCode.MISSING_REASON: QT_TRANSLATE_NOOP("strings", "请填写理由。"),
        ErrorCode.MISSING_DOCUMENT_NUMBER: QT_TRANSLATE_NOOP("strings", "审批决定须填写文号。"),
        ErrorCode.NOTHING_TO_UNDO: QT_TRANSLATE_NOOP("strings", "没有可撤销的步骤。"),
        ErrorCode.ALREADY_EXTENDED: QT_TRANSLATE_NOOP(
            "strings", "该申请已延期过一次，不能再次延期。"
        ),
        ErrorCode.EXTENSION_TOO_LONG: QT_TRANSLATE_NOOP(
            "strings", "延期天数须在 1 至 %1 个工作日之间。"
        ),
        ErrorCode.EXTENSION_NOT_ALLOWED: QT_TRANSLATE_NOOP(
            "strings",
            "“%1”的法定时限不得延期：《行政许可法》第四十二条的延期只适用于该法自身的二十日期限。",
        ),
        ErrorCode.EXTENSION_TOO_LATE: QT_TRANSLATE_NOOP(
            "strings", "法定期限已于 %1 届满，不能再延期；延期须在法定期限内决定。"
        ),
        ErrorCode.SECOND_SUPPLEMENT_REASON: QT_TRANSLATE_NOOP(
            "strings",
            "已发过一次补正通知：再次要求补正将不再计为“一次办结”，请填写需再次补正的理由。",
        ),
        ErrorCode.NOTICE_PERIOD_RUNNING: QT_TRANSLATE_NOOP(
            "strings", "%1至 %2 届满，期满后方可批准。"
        ),
        ErrorCode.EVENT_BEFORE_PREVIOUS: QT_TRANSLATE_NOOP(
            "strings", "日期不能早于上一步骤的日期 %1。"
        ),
        ErrorCode.DATE_IN_FUTURE: QT_TRANSLATE_NOOP("strings", "日期不能晚于今天。"),
        ErrorCode.TIME_IN_FUTURE: QT_TRANSLATE_NOOP("strings", "时间不能晚于现在。"),
        ErrorCode.REQUIRED_FIELD: QT_TRANSLATE_NOOP("strings", "此项为必填项。"),
        ErrorCode.DISTRICT_NEEDED: QT_TRANSLATE_NOOP(
            "strings", "“%1”由项目所在区县的分局审批，请填写所在区县。"
        ),
        ErrorCode.INVALID_NUMBER: QT_TRANSLATE_NOOP(
            "strings", "请填写数字（万元，不小于 0），如 1200 或 1200.5。"
        ),
        ErrorCode.INVESTMENT_TOO_LARGE: QT_TRANSLATE_NOOP(
            "strings", "总投资超过 1 万亿元，请核对数字，并确认是以万元填写的。"
        ),
        ErrorCode.INVALID_PHONE: QT_TRANSLATE_NOOP(
            "strings", "电话号码应由数字写成（可含空格、-、括号和“转”分机），至少 %1 位数字。"
        ),
        ErrorCode.INVALID_RULE: QT_TRANSLATE_NOOP("strings", "时限规则不合理：%1"),
        ErrorCode.INVALID_DATE: QT_TRANSLATE_NOOP(
            "strings", "“%1”不是有效日期，应写作 2026-12-01 这样的形式。"
        ),
        ErrorCode.NO_SUCH_MONTH: QT_TRANSLATE_NOOP(
            "strings", "“%1”不是有效日期：月份应为 1 至 12，请核对日期。"
        ),
        ErrorCode.NO_SUCH_DAY: QT_TRANSLATE_NOOP(
            "strings", "“%1”不是有效日期：%2年%3月只有 %4 天，请核对日期。"
        ),
        ErrorCode.UNKNOWN_DAY_KIND: QT_TRANSLATE_NOOP(
            "strings", "类型“%1”无法识别，应为“休”（节假日）、“班”（调休上班）或“清除”。"
        ),
        ErrorCode.DUPLICATE_ENTRY: QT_TRANSLATE_NOOP("strings", "与第 %1 行重复。"),
        ErrorCode.DAY_CONTRADICTED: QT_TRANSLATE_NOOP(
            "strings", "与第 %1 行矛盾：那一行为“%2”，本行为“%3”；请只保留正确的一行。"
        ),
        ErrorCode.EMPTY_FILE: QT_TRANSLATE_NOOP("strings", "文件中没有数据行。"),
        ErrorCode.UNKNOWN_OUTCOME: QT_TRANSLATE_NOOP(
            "strings", "审批结果“%1”无法识别，应为“批准”或“不予批准”。"
        ),
        ErrorCode.TEXT_TOO_LONG: QT_TRANSLATE_NOOP(
            "strings", "内容过长：最多 %1 个字，现有 %2 个字，请删减。"
        ),
        ErrorCode.TOO_MANY_ROWS: QT_TRANSLATE_NOOP(
            "strings", "文件超过 %1 行（含空行），请拆分为几个文件分别导入。"
        ),
        ErrorCode.TOO_MANY_COLUMNS: QT_TRANSLATE_NOOP(
            "strings", "列数超过 %1 列，请删去多余的列后再导入。"
        ),
        ErrorCode.FILE_TOO_LARGE: QT_TRANSLATE_NOOP(
            "strings", "文件内容超过 %1 MB（Excel 文件按解压后计），请拆分为几个文件分别导入。"
        ),
        ErrorCode.FORMULA_WITHOUT_VALUE: QT_TRANSLATE_NOOP(
            "strings", "单元格是公式但没有计算结果：请在 Excel 中打开并保存后再导入。"
        ),
        ErrorCode.FORMULA_ERROR: QT_TRANSLATE_NOOP(
            "strings", "单元格的值是错误值“%1”，请在 Excel 中改正后再导入。"
        ),
        ErrorCode.BAD_CSV_ROW: QT_TRANSLATE_NOOP(
            "strings", "此行的引号不成对，分不清各列，请改正后再导入。"
        ),
        ErrorCode.UNKNOWN_ENCODING: QT_TRANSLATE_NOOP(
            "strings", "无法识别文件编码，请另存为 UTF-8 或 GBK 编码的 CSV 文件后再导入。"
        ),
        # written notices
        ErrorCode.NOTICE_NOT_ACCEPTED: QT_TRANSLATE_NOOP(
            "strings", "该申请尚未受理（或受理已撤销），不能出具受理通知书。"
        ),
        ErrorCode.NOTICE_DEEMED_NOT_RECORDED: QT_TRANSLATE_NOOP(
            "strings",
            "该申请逾期未作受理决定，依法自收到申请材料之日起视为受理，但尚未办理“受理”。"
            "请先办理受理，再出具受理通知书。",
        ),
        ErrorCode.NOTICE_NO_SUPPLEMENT_REQUEST: QT_TRANSLATE_NOOP(
            "strings", "该申请没有有效的一次性告知补正，不能出具补正材料通知书。"
        ),
        ErrorCode.NOTICE_NOT_REJECTED: QT_TRANSLATE_NOOP(
            "strings", "该申请未作出不予受理决定，不能出具不予受理决定书。"
        ),
        ErrorCode.NOTICE_NO_SPECIAL_PROCEDURE: QT_TRANSLATE_NOOP(
            "strings", "该申请未转技术评估（专家评审）或组织听证，不能出具特别程序期限告知书。"
        ),
        ErrorCode.NOTICE_NOT_EXTENDED: QT_TRANSLATE_NOOP(
            "strings", "该申请未延期，不能出具延期告知书。"
        ),
        ErrorCode.NOTICE_EXTENSION_NOT_IN_RULE: QT_TRANSLATE_NOOP(
            "strings", "该类别的时限规则不允许延期，不出具延期告知书。"
        ),
        ErrorCode.NOTICE_NOT_REFUSED: QT_TRANSLATE_NOOP(
            "strings", "该申请未作出不予批准决定，不能出具不予批准决定书。"
        ),
        ErrorCode.NOTICE_PATTERN_INVALID: QT_TRANSLATE_NOOP(
            "strings",
            "发文字号格式“%1”有误：只能使用 {year}（年份）、{n}（序号）、{kind}（文书类别）"
            "这几个占位符，花括号须成对。",
        ),
        ErrorCode.NOTICE_PATTERN_WITHOUT_NUMBER: QT_TRANSLATE_NOOP(
            "strings", "发文字号格式“%1”须含序号占位符 {n}，例如：环审{kind}〔{year}〕{n}号。"
        ),
        ErrorCode.NOTICE_DAYS_OUT_OF_RANGE: QT_TRANSLATE_NOOP(
            "strings", "预计所需工作日须在 %1 至 %2 之间。"
        ),
        # units, people and roles
        ErrorCode.ONE_CITY_BUREAU: QT_TRANSLATE_NOOP("strings", "单位中须有且只有一个启用的市局。"),
        ErrorCode.DISTRICT_TAKEN: QT_TRANSLATE_NOOP(
            "strings", "“%1”已有启用的分局：一个区县只能由一个分局负责。"
        ),
        ErrorCode.UNIT_CODE_TAKEN: QT_TRANSLATE_NOOP("strings", "已有代码为“%1”的单位。"),
        ErrorCode.NO_SUCH_UNIT: QT_TRANSLATE_NOOP("strings", "没有启用的单位“%1”。"),
        ErrorCode.SAME_UNIT: QT_TRANSLATE_NOOP("strings", "本件已在“%1”，请选择另一个单位。"),
        ErrorCode.SAME_HANDLER: QT_TRANSLATE_NOOP(
            "strings", "本件的承办人已是 %1，请选择另一位承办人。"
        ),
        ErrorCode.NOTHING_CORRECTED: QT_TRANSLATE_NOOP(
            "strings", "项目名称和总投资都与登记的相同，没有需要更正的内容。"
        ),
        ErrorCode.NOT_STAFF: QT_TRANSLATE_NOOP(
            "strings",
            "“%1”不是%2的在岗用户。承办人须从%2的用户中选择；"
            "新同事请管理员先在“单位与用户”中添加。",
        ),
        ErrorCode.NOT_PERMITTED: _not_permitted_text(p),
        ErrorCode.SIGN_IN_FAILED: QT_TRANSLATE_NOOP("strings", "用户名或密码不正确。"),
        ErrorCode.ACCOUNT_LOCKED: QT_TRANSLATE_NOOP(
            "strings", "密码连续输错次数过多，账号已锁定至 %1，请稍后再试或请管理员重设密码。"
        ),
        ErrorCode.ACCOUNT_DISABLED: QT_TRANSLATE_NOOP("strings", "该账号已停用，请与管理员联系。"),
        ErrorCode.PASSWORD_TOO_SHORT: QT_TRANSLATE_NOOP("strings", "密码至少 %1 位。"),
        ErrorCode.NO_ADMIN: QT_TRANSLATE_NOOP(
            "strings", "须至少保留一个启用的管理员账号，否则无人能管理用户和设置。"
        ),
        ErrorCode.UNIT_IN_USE: QT_TRANSLATE_NOOP(
            "strings", "单位“%1”已有申请或用户，不能删除；可改为停用。"
        ),
        ErrorCode.UNIT_DUE_AFTER_CLOSE: QT_TRANSLATE_NOOP(
            "strings", "承办单位的办理期限不能晚于本案的办结期限 %1。"
        ),
        ErrorCode.CASE_EXTENSION_TOO_LONG: QT_TRANSLATE_NOOP(
            "strings", "延期天数须在 1 至 %1 日之间。"
        ),
        ErrorCode.CASE_EXTENSION_TOO_LATE: QT_TRANSLATE_NOOP(
            "strings", "办结期限已于 %1 届满，不能再延期；延期须在期限内经负责人批准。"
        ),
    }
    args = {
        ErrorCode.CREDIT_CODE_LENGTH: (p.get("length"),),
        ErrorCode.CREDIT_CODE_CHARACTER: (p.get("position"), p.get("char")),
        ErrorCode.CREDIT_CODE_REGISTRAR: (p.get("char"),),
        ErrorCode.CREDIT_CODE_CHECK: (p.get("found"),),
        ErrorCode.EXTENSION_TOO_LONG: (p.get("limit"),),
        ErrorCode.INVALID_PHONE: (p.get("digits"),),
        ErrorCode.DATE_OUT_OF_RANGE: (p.get("first_year"), p.get("last_year")),
        ErrorCode.TRANSITION_NOT_ALLOWED: (p.get("action"), p.get("stage")),
        ErrorCode.EXTENSION_NOT_ALLOWED: (category_name(p.get("category", ""), p.get("name", "")),),
        ErrorCode.EXTENSION_TOO_LATE: (p.get("due"),),
        ErrorCode.EVENT_BEFORE_PREVIOUS: (p.get("previous"),),
        ErrorCode.DISTRICT_NEEDED: (category_name(p.get("category", ""), p.get("name", "")),),
        ErrorCode.UNIT_DUE_AFTER_CLOSE: (p.get("close_due"),),
        ErrorCode.CASE_EXTENSION_TOO_LONG: (p.get("limit"),),
        ErrorCode.CASE_EXTENSION_TOO_LATE: (p.get("due"),),
        ErrorCode.NOTICE_PERIOD_RUNNING: (p.get("kind"), p.get("until")),
        ErrorCode.INVALID_DATE: (p.get("text"),),
        ErrorCode.NO_SUCH_MONTH: (p.get("text"),),
        ErrorCode.NO_SUCH_DAY: (p.get("text"), p.get("year"), p.get("month"), p.get("days")),
        ErrorCode.UNKNOWN_DAY_KIND: (p.get("text"),),
        ErrorCode.UNKNOWN_OUTCOME: (p.get("text"),),
        ErrorCode.DUPLICATE_ENTRY: (p.get("first_row"),),
        ErrorCode.DAY_CONTRADICTED: (
            p.get("first_row"),
            override_kind_name(p.get("first", "")),  # built for any error: no param
            override_kind_name(p.get("this", "")),  # may be assumed to be there
        ),
        ErrorCode.DISTRICT_TAKEN: (p.get("district"),),
        ErrorCode.CATEGORY_NAME_TAKEN: (p.get("name"),),
        ErrorCode.USER_NAME_TAKEN: (p.get("name"),),
        ErrorCode.CATEGORY_BUILT_IN: (category_name(p.get("category", ""), p.get("name", "")),),
        ErrorCode.CATEGORY_IN_USE: (category_name(p.get("category", ""), p.get("name", "")),),
        ErrorCode.INVALID_RULE: (_rule_problems(p.get("problems", ())),),
        ErrorCode.UNIT_CODE_TAKEN: (p.get("unit"),),
        ErrorCode.TEXT_TOO_LONG: (p.get("limit"), p.get("length")),
        ErrorCode.TOO_MANY_ROWS: (p.get("limit"),),
        ErrorCode.TOO_MANY_COLUMNS: (p.get("limit"),),
        ErrorCode.FILE_TOO_LARGE: (p.get("megabytes"),),
        ErrorCode.FORMULA_ERROR: (p.get("text"),),
        # written notices
        ErrorCode.NOTICE_PATTERN_INVALID: (p.get("pattern"),),
        ErrorCode.NOTICE_PATTERN_WITHOUT_NUMBER: (p.get("pattern"),),
        ErrorCode.NOTICE_DAYS_OUT_OF_RANGE: (p.get("first"), p.get("last")),
        # units, people and roles
        ErrorCode.NO_SUCH_UNIT: (p.get("unit"),),
        ErrorCode.SAME_UNIT: (p.get("unit_name", p.get("unit")),),
        ErrorCode.SAME_HANDLER: (p.get("handler"),),
        ErrorCode.NOT_STAFF: (p.get("handler"), p.get("unit_name")),
        ErrorCode.NOT_PERMITTED: _not_permitted_args(p) if "permission" in p else (),
        ErrorCode.ACCOUNT_LOCKED: (f"{p['until']:%H:%M}" if "until" in p else "",),
        ErrorCode.PASSWORD_TOO_SHORT: (p.get("limit"),),
        ErrorCode.UNIT_IN_USE: (p.get("unit"),),
    }.get(error.code, ())
    text = _t(texts[error.code])
    for i, value in enumerate(args, start=1):
        text = text.replace(f"%{i}", _argument(value))
    return text


def unit_kind_name(kind: UnitKind) -> str:
    return _t(labels.UNIT_KIND_NAMES[kind])


def level_name(level: Level) -> str:
    return _t(labels.LEVEL_NAMES[level])


def _rule_problems(problems: Sequence[RuleProblem]) -> str:
    """Each thing wrong with a rule, in a sentence; none named: the numbers in general."""
    texts = {
        RuleProblem.NO_NAME: QT_TRANSLATE_NOOP("strings", "规则须有代码和名称"),
        RuleProblem.PROMISE_LONGER: QT_TRANSLATE_NOOP("strings", "承诺时限不能长于法定时限"),
        RuleProblem.NEGATIVE: QT_TRANSLATE_NOOP("strings", "天数不能为负"),
        RuleProblem.PAUSE_STAGE: QT_TRANSLATE_NOOP(
            "strings", "只有专家评审、听证和公示可以暂停计时"
        ),
    }
    if not problems:
        return _t(QT_TRANSLATE_NOOP("strings", "请检查各项天数。"))
    separator = QCoreApplication.translate("strings", "；", "between the problems of a rule")
    end = QCoreApplication.translate("strings", "。", "the end of a sentence")
    return separator.join(_t(texts[p]) for p in problems) + end


def _not_permitted_args(p: dict[str, Any]) -> tuple[str, ...]:
    """Who is refused and what, by role; another unit's work names only that unit."""
    if "unit" in p:
        return (str(p.get("unit_name", p["unit"])),)
    return role_name(p["role"]), permission_name(p["permission"])


def _not_permitted_text(p: dict[str, Any]) -> str:
    """The refusal: by role ("%1无权%2。"), or another unit's work said as where it is."""
    if "unit" in p:
        return str(QT_TRANSLATE_NOOP("strings", "此事项目前在“%1”，只有该单位可以办理。"))
    return str(QT_TRANSLATE_NOOP("strings", "%1无权%2。"))


def role_name(role: Role) -> str:
    return _t(labels.ROLE_NAMES[role])


def permission_name(permission: Permission) -> str:
    return _t(labels.PERMISSION_NAMES[permission])


def read_only_text(user: User | None, permission: Permission) -> str | None:
    """Why a page is only to be looked at by `user` (None: may change it, or nobody
    signs in here)."""
    if user is None or may(user, permission):
        return None
    return (
        QCoreApplication.translate("strings", "您的角色（%1）无权%2，以下内容仅供查看。")
        .replace("%1", role_name(user.role))
        .replace("%2", permission_name(permission))
    )


def _argument(value: object) -> str:
    """A message parameter as the user reads it: codes by their names."""
    if isinstance(value, Stage):
        return stage_name(value)
    if isinstance(value, Action):
        return action_name(value)
    if isinstance(value, DeadlineKind):
        return deadline_name(value)
    return str(value)


def caution_text(caution: Caution, before: Clock) -> str:
    """What the clerk must know before a step is recorded (`before`: the clock now)."""
    if caution is Caution.LATE_SUPPLEMENT:
        return QCoreApplication.translate(
            "strings",
            "注意：已超过受理期限（收件后 5 个工作日）。依《行政许可法》第三十二条，逾期不告知的"
            "自收到申请材料之日起即为受理：此补正通知照常记录，但不中止、也不重新计算时限。",
        )
    nth = before.supplement_rounds + 1
    return QCoreApplication.translate(
        "strings", "注意：这是第 %n 次补正通知，本件将不再计为“一次办结”。", None, nth
    )


def deadline_name(kind: DeadlineKind) -> str:
    return _t(labels.DEADLINE_NAMES[kind])
