"""The hotline's names in the user's language: the domain's labels (context "hotline"),
and the countdown chip's text and colour for a case."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from approvals_gui.domain.clock import Status
from approvals_gui.domain.hotline import labels
from approvals_gui.domain.hotline.cases import CaseAction, CaseStage, Channel, Satisfaction, Topic
from approvals_gui.domain.hotline.clock import CaseClock, CaseDueKind, CaseStatus
from approvals_gui.ui.delegates.countdown import CHIP_COLOURS

# A case's chip wears the applications' colours, so red means the same everywhere.
CASE_CHIP_STATUS: dict[CaseStatus, Status] = {
    CaseStatus.NORMAL: Status.NORMAL,
    CaseStatus.DUE_SOON: Status.DUE_SOON,
    CaseStatus.OVERDUE: Status.OVERDUE,
    CaseStatus.CLOSED_ON_TIME: Status.WITHIN_PROMISE,
    CaseStatus.CLOSED_LATE: Status.PAST_STATUTORY,
    CaseStatus.NOT_ACCEPTED: Status.CLOSED,
    CaseStatus.MERGED: Status.CLOSED,
}


def _t(text: str) -> str:
    return QCoreApplication.translate("hotline", text)


def channel_name(channel: Channel) -> str:
    return _t(labels.CHANNEL_NAMES[channel])


def topic_name(topic: Topic) -> str:
    return _t(labels.TOPIC_NAMES[topic])


def stage_name(stage: CaseStage) -> str:
    return _t(labels.CASE_STAGE_NAMES[stage])


def action_name(action: CaseAction) -> str:
    return QCoreApplication.translate("hotline_action", labels.CASE_ACTION_NAMES[action])


def satisfaction_name(satisfaction: Satisfaction) -> str:
    return _t(labels.SATISFACTION_NAMES[satisfaction])


def status_name(status: CaseStatus) -> str:
    return _t(labels.CASE_STATUS_NAMES[status])


def due_name(kind: CaseDueKind) -> str:
    return _t(labels.CASE_DUE_NAMES[kind])


def days_left_text(left: int) -> str:
    """Calendar days left on a case's running date; negative is overdue."""
    if left < 0:
        return QCoreApplication.translate("hotline_ui", "超期 %n 天", None, -left)
    if left == 0:
        return QCoreApplication.translate("hotline_ui", "今日到期")
    return QCoreApplication.translate("hotline_ui", "剩 %n 天", None, left)


def chip_text(clock: CaseClock) -> str:
    """What a case's chip says: the days left on the running date, else its status."""
    left = clock.days_left
    return status_name(clock.status) if left is None else days_left_text(left)


def chip_tip(clock: CaseClock) -> str:
    """A chip's tooltip: its status, and which date it counts down to (受理告知,
    承办单位办理, 办结…: a case has several, one at a time)."""
    running = clock.current
    if running is None:
        return status_name(clock.status)
    counting = (
        QCoreApplication.translate("hotline_ui", "%1：%2，%3")
        .replace("%1", due_name(running.kind))
        .replace("%2", running.due.isoformat())
        .replace("%3", days_left_text(running.days_left(clock.today)))
    )
    return f"{status_name(clock.status)}\n{counting}"


def chip_colours(status: CaseStatus) -> tuple[str, str]:
    """(background, text) of a case's chip."""
    return CHIP_COLOURS[CASE_CHIP_STATUS[status]]
