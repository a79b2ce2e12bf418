"""Names of the domain's codes in Chinese, the language of the bureau's documents.

Exports and printed reports use these as they are; the UI shows them translated.
`QT_TRANSLATE_NOOP` here is a plain function with Qt's name: lupdate finds the texts
by that name, while the domain stays free of Qt.
"""

from __future__ import annotations

from approvals_gui.domain.access import Permission, Role
from approvals_gui.domain.board import CASE_STEP, DELIVERY_STEP, HEARING_STEP, Lane
from approvals_gui.domain.clock import Clock, DeadlineKind, Status
from approvals_gui.domain.service_days import FollowUpState, MatterType, Mode
from approvals_gui.domain.stages import Stage
from approvals_gui.domain.units import Level, UnitKind


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    return text


STAGE_NAMES: dict[Stage, str] = {
    Stage.RECEIVED: QT_TRANSLATE_NOOP("strings", "收件"),
    Stage.SUPPLEMENT: QT_TRANSLATE_NOOP("strings", "补正"),
    Stage.ACCEPTED: QT_TRANSLATE_NOOP("strings", "受理"),
    Stage.EXPERT_REVIEW: QT_TRANSLATE_NOOP("strings", "技术评估"),
    Stage.REVIEW: QT_TRANSLATE_NOOP("strings", "审查"),
    Stage.HEARING_NOTICE: QT_TRANSLATE_NOOP("strings", "听证告知"),
    Stage.HEARING: QT_TRANSLATE_NOOP("strings", "听证"),
    Stage.PUBLIC_NOTICE: QT_TRANSLATE_NOOP("strings", "拟批准公示"),
    Stage.APPROVED: QT_TRANSLATE_NOOP("strings", "批准"),
    Stage.REFUSED: QT_TRANSLATE_NOOP("strings", "不予批准"),
    Stage.DELIVERED: QT_TRANSLATE_NOOP("strings", "办结"),
    Stage.NOT_ACCEPTED: QT_TRANSLATE_NOOP("strings", "不予受理"),
    Stage.WITHDRAWN: QT_TRANSLATE_NOOP("strings", "撤回"),
}

# A stage as the backlog by stage names it: a decision made is in hand until delivered.
BACKLOG_NAMES: dict[Stage, str] = {
    **STAGE_NAMES,
    Stage.APPROVED: QT_TRANSLATE_NOOP("strings", "已批准待送达"),
    Stage.REFUSED: QT_TRANSLATE_NOOP("strings", "不予批准待送达"),
}


def step_name(step: str) -> str:
    """A board card's step: a stage, the delivery of a decision, a hearing to hold, or
    a 12369 case's stage."""
    if step == DELIVERY_STEP:
        return DELIVERY_NAME
    if step == HEARING_STEP:
        return DEADLINE_NAMES[DeadlineKind.HEARING]
    if step.startswith(CASE_STEP):
        # Imported here: the hotline's names take QT_TRANSLATE_NOOP from this module.
        from approvals_gui.domain.hotline.cases import CaseStage
        from approvals_gui.domain.hotline.labels import CASE_STAGE_NAMES

        return CASE_STAGE_NAMES[CaseStage(step.removeprefix(CASE_STEP))]
    return STAGE_NAMES[Stage(step)]


DELIVERY_NAME = QT_TRANSLATE_NOOP("strings", "待送达")
DELIVERY_LATE_NAME = QT_TRANSLATE_NOOP("strings", "送达超期")


def status_name(clock: Clock) -> str:
    """An application's 状态 in a list: its clock's status, and for a decision still to
    deliver its delivery's too (the list's countdown is the delivery's then: "承诺期内
    办结" alone read as finished beside a delivery days late)."""
    name = STATUS_NAMES[clock.status]
    delivery = clock.deadline(DeadlineKind.DELIVERY)
    if delivery is None:
        return name
    late = delivery.status is Status.OVERDUE
    return f"{name}，{DELIVERY_LATE_NAME if late else DELIVERY_NAME}"


STATUS_NAMES: dict[Status, str] = {
    Status.NORMAL: QT_TRANSLATE_NOOP("strings", "正常"),
    Status.DUE_SOON: QT_TRANSLATE_NOOP("strings", "即将到期"),
    Status.OVERDUE: QT_TRANSLATE_NOOP("strings", "超承诺期限"),
    Status.BREACH: QT_TRANSLATE_NOOP("strings", "超法定期限"),
    Status.PAUSED: QT_TRANSLATE_NOOP("strings", "暂停计时"),
    Status.WITHIN_PROMISE: QT_TRANSLATE_NOOP("strings", "承诺期内办结"),
    Status.PAST_PROMISE: QT_TRANSLATE_NOOP("strings", "超承诺未超法定"),
    Status.PAST_STATUTORY: QT_TRANSLATE_NOOP("strings", "超法定期限办结"),
    Status.CLOSED: QT_TRANSLATE_NOOP("strings", "已终止"),
    Status.UNKNOWN: QT_TRANSLATE_NOOP("strings", "无法计算时限"),
}

LANE_NAMES: dict[Lane, str] = {
    Lane.BREACH: QT_TRANSLATE_NOOP("strings", "超法定期限"),
    Lane.RED: QT_TRANSLATE_NOOP("strings", "超承诺期限"),
    Lane.YELLOW: QT_TRANSLATE_NOOP("strings", "即将到期"),
}

DEADLINE_NAMES: dict[DeadlineKind, str] = {
    DeadlineKind.DELIVERY: QT_TRANSLATE_NOOP("strings", "送达期限"),
    DeadlineKind.HEARING_REQUEST: QT_TRANSLATE_NOOP("strings", "听证申请期限"),
    DeadlineKind.HEARING: QT_TRANSLATE_NOOP("strings", "听证组织期限"),
    DeadlineKind.ACCEPTANCE_PUBLICITY: QT_TRANSLATE_NOOP("strings", "受理公示期"),
    DeadlineKind.APPROVAL_NOTICE: QT_TRANSLATE_NOOP("strings", "拟批准公示期"),
}

# The shipped categories; ones the admin adds carry their own name in the rule.
CATEGORY_NAMES: dict[str, str] = {
    "report_book": QT_TRANSLATE_NOOP("strings", "环境影响报告书"),
    "report_form": QT_TRANSLATE_NOOP("strings", "环境影响报告表"),
    "notify_commit": QT_TRANSLATE_NOOP("strings", "告知承诺制审批"),
}

MODE_NAMES: dict[Mode, str] = {
    Mode.COME_IN: QT_TRANSLATE_NOOP("strings", "请进来"),
    Mode.VISIT: QT_TRANSLATE_NOOP("strings", "走出去"),
}

MATTER_NAMES: dict[MatterType, str] = {
    MatterType.EIA_CONSULTATION: QT_TRANSLATE_NOOP("strings", "环评咨询"),
    MatterType.APPROVAL_PROGRESS: QT_TRANSLATE_NOOP("strings", "审批进度"),
    MatterType.PERMIT: QT_TRANSLATE_NOOP("strings", "排污许可"),
    MatterType.POLLUTION_CONTROL: QT_TRANSLATE_NOOP("strings", "污染防治"),
    MatterType.OTHER: QT_TRANSLATE_NOOP("strings", "其他"),
}

FOLLOW_UP_NAMES: dict[FollowUpState, str] = {
    FollowUpState.NONE: QT_TRANSLATE_NOOP("strings", "无需跟进"),
    FollowUpState.NORMAL: QT_TRANSLATE_NOOP("strings", "跟进中"),
    FollowUpState.DUE_SOON: QT_TRANSLATE_NOOP("strings", "即将到期"),
    FollowUpState.OVERDUE: QT_TRANSLATE_NOOP("strings", "跟进超期"),
    FollowUpState.RESOLVED: QT_TRANSLATE_NOOP("strings", "已解决"),
    FollowUpState.RESOLVED_LATE: QT_TRANSLATE_NOOP("strings", "逾期解决"),
}


ROLE_NAMES: dict[Role, str] = {
    Role.CLERK: QT_TRANSLATE_NOOP("strings", "承办人"),
    Role.MANAGER: QT_TRANSLATE_NOOP("strings", "科长/分管领导"),
    Role.ADMIN: QT_TRANSLATE_NOOP("strings", "管理员"),
}

# What a role may be refused, as the end of "…无权%2".
PERMISSION_NAMES: dict[Permission, str] = {
    Permission.REGISTER: QT_TRANSLATE_NOOP("strings", "登记申请"),
    Permission.STEP: QT_TRANSLATE_NOOP("strings", "办理审批环节"),
    Permission.EXTEND: QT_TRANSLATE_NOOP("strings", "批准延期"),
    Permission.REASSIGN: QT_TRANSLATE_NOOP("strings", "改派承办人"),
    Permission.RECORD_VISIT: QT_TRANSLATE_NOOP("strings", "登记服务日走访"),
    Permission.IMPORT: QT_TRANSLATE_NOOP("strings", "导入台账"),
    Permission.EDIT_RULES: QT_TRANSLATE_NOOP("strings", "修改时限规则"),
    Permission.EDIT_CALENDAR: QT_TRANSLATE_NOOP("strings", "修改节假日日历"),
    Permission.EDIT_UNITS: QT_TRANSLATE_NOOP("strings", "修改单位和审批权限"),
    Permission.EDIT_USERS: QT_TRANSLATE_NOOP("strings", "管理用户"),
    Permission.EDIT_SETTINGS: QT_TRANSLATE_NOOP("strings", "修改本局设置"),
    Permission.RESTORE: QT_TRANSLATE_NOOP("strings", "从备份恢复数据库"),
}

UNIT_KIND_NAMES: dict[UnitKind, str] = {
    UnitKind.CITY: QT_TRANSLATE_NOOP("strings", "市局"),
    UnitKind.BRANCH: QT_TRANSLATE_NOOP("strings", "区县分局"),
    UnitKind.CENTRE: QT_TRANSLATE_NOOP("strings", "技术评估中心"),
}

LEVEL_NAMES: dict[Level, str] = {
    Level.CITY: QT_TRANSLATE_NOOP("strings", "市局审批"),
    Level.LOCAL: QT_TRANSLATE_NOOP("strings", "下放属地分局审批"),
}
