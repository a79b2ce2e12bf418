"""The hotline's names in Chinese, as printed; the UI shows them translated (context
"hotline"; the steps "hotline_action", as 办结 is a stage and a step), and each figure
with its definition."""

from __future__ import annotations

from approvals_gui.domain.hotline.cases import (
    CaseAction,
    CaseStage,
    Channel,
    Satisfaction,
    Topic,
)
from approvals_gui.domain.hotline.clock import CaseDueKind, CaseStatus
from approvals_gui.domain.labels import QT_TRANSLATE_NOOP

CHANNEL_NAMES: dict[Channel, str] = {
    Channel.PHONE: QT_TRANSLATE_NOOP("hotline", "电话"),
    Channel.WEB: QT_TRANSLATE_NOOP("hotline", "网络"),
    Channel.WECHAT: QT_TRANSLATE_NOOP("hotline", "微信"),
    Channel.LETTER: QT_TRANSLATE_NOOP("hotline", "信函"),
    Channel.VISIT: QT_TRANSLATE_NOOP("hotline", "来访"),
    Channel.SUPERIOR: QT_TRANSLATE_NOOP("hotline", "上级交办"),
}
TOPIC_NAMES: dict[Topic, str] = {
    Topic.AIR: QT_TRANSLATE_NOOP("hotline", "大气"),
    Topic.WATER: QT_TRANSLATE_NOOP("hotline", "水"),
    Topic.NOISE: QT_TRANSLATE_NOOP("hotline", "噪声"),
    Topic.SOLID_WASTE: QT_TRANSLATE_NOOP("hotline", "固废"),
    Topic.RADIATION: QT_TRANSLATE_NOOP("hotline", "辐射"),
    Topic.ECOLOGY: QT_TRANSLATE_NOOP("hotline", "生态"),
    Topic.OTHER: QT_TRANSLATE_NOOP("hotline", "其他"),
}
CASE_STAGE_NAMES: dict[CaseStage, str] = {
    CaseStage.RECEIVED: QT_TRANSLATE_NOOP("hotline", "待受理"),
    CaseStage.NOT_ACCEPTED: QT_TRANSLATE_NOOP("hotline", "不予受理"),
    CaseStage.MERGED: QT_TRANSLATE_NOOP("hotline", "合并办理"),
    CaseStage.ACCEPTED: QT_TRANSLATE_NOOP("hotline", "已受理"),
    CaseStage.ASSIGNED: QT_TRANSLATE_NOOP("hotline", "已交办"),
    CaseStage.HANDLED: QT_TRANSLATE_NOOP("hotline", "已调查处理"),
    CaseStage.REPLIED: QT_TRANSLATE_NOOP("hotline", "已反馈"),
    CaseStage.CLOSED: QT_TRANSLATE_NOOP("hotline", "已办结"),  # as 已受理, 已反馈…
    CaseStage.REVIEW: QT_TRANSLATE_NOOP("hotline", "复查中"),
    CaseStage.REVIEWED: QT_TRANSLATE_NOOP("hotline", "复查办结"),
    CaseStage.RECHECK: QT_TRANSLATE_NOOP("hotline", "复核中"),
    CaseStage.RECHECKED: QT_TRANSLATE_NOOP("hotline", "复核办结"),
}
CASE_ACTION_NAMES: dict[CaseAction, str] = {
    CaseAction.REGISTER: QT_TRANSLATE_NOOP("hotline_action", "登记"),
    CaseAction.ACCEPT: QT_TRANSLATE_NOOP("hotline_action", "受理"),
    CaseAction.REFUSE: QT_TRANSLATE_NOOP("hotline_action", "不予受理"),
    CaseAction.MERGE: QT_TRANSLATE_NOOP("hotline_action", "合并办理"),
    CaseAction.ASSIGN: QT_TRANSLATE_NOOP("hotline_action", "交办"),
    CaseAction.HANDLE: QT_TRANSLATE_NOOP("hotline_action", "调查处理"),
    CaseAction.RETURN: QT_TRANSLATE_NOOP("hotline_action", "退回重办"),
    CaseAction.REPLY: QT_TRANSLATE_NOOP("hotline_action", "反馈"),
    CaseAction.CLOSE: QT_TRANSLATE_NOOP("hotline_action", "办结"),
    CaseAction.EXTEND: QT_TRANSLATE_NOOP("hotline_action", "延期"),
    CaseAction.VISIT_BACK: QT_TRANSLATE_NOOP("hotline_action", "回访"),
    CaseAction.REQUEST_REVIEW: QT_TRANSLATE_NOOP("hotline_action", "申请复查"),
    CaseAction.FINISH_REVIEW: QT_TRANSLATE_NOOP("hotline_action", "复查意见"),
    CaseAction.REQUEST_RECHECK: QT_TRANSLATE_NOOP("hotline_action", "申请复核"),
    CaseAction.FINISH_RECHECK: QT_TRANSLATE_NOOP("hotline_action", "复核意见"),
    CaseAction.UNDO: QT_TRANSLATE_NOOP("hotline_action", "撤销上一步"),
}
SATISFACTION_NAMES: dict[Satisfaction, str] = {
    Satisfaction.SATISFIED: QT_TRANSLATE_NOOP("hotline", "满意"),
    Satisfaction.BASICALLY: QT_TRANSLATE_NOOP("hotline", "基本满意"),
    Satisfaction.DISSATISFIED: QT_TRANSLATE_NOOP("hotline", "不满意"),
    Satisfaction.UNREACHABLE: QT_TRANSLATE_NOOP("hotline", "未能联系"),
}
CASE_STATUS_NAMES: dict[CaseStatus, str] = {
    CaseStatus.NORMAL: QT_TRANSLATE_NOOP("hotline", "正常"),
    CaseStatus.DUE_SOON: QT_TRANSLATE_NOOP("hotline", "即将到期"),
    CaseStatus.OVERDUE: QT_TRANSLATE_NOOP("hotline", "已超期"),
    CaseStatus.CLOSED_ON_TIME: QT_TRANSLATE_NOOP("hotline", "按期办结"),
    CaseStatus.CLOSED_LATE: QT_TRANSLATE_NOOP("hotline", "逾期办结"),
    CaseStatus.NOT_ACCEPTED: QT_TRANSLATE_NOOP("hotline", "不予受理"),
    CaseStatus.MERGED: QT_TRANSLATE_NOOP("hotline", "合并办理"),
}
CASE_DUE_NAMES: dict[CaseDueKind, str] = {
    CaseDueKind.ACCEPT: QT_TRANSLATE_NOOP("hotline", "受理告知期限"),
    CaseDueKind.UNIT: QT_TRANSLATE_NOOP("hotline", "承办单位办理期限"),
    CaseDueKind.CLOSE: QT_TRANSLATE_NOOP("hotline", "办结期限"),
    CaseDueKind.REVIEW: QT_TRANSLATE_NOOP("hotline", "复查期限"),
    CaseDueKind.RECHECK: QT_TRANSLATE_NOOP("hotline", "复核期限"),
}
# Each figure's name and its definition, printed beside it.
FIGURE_DEFINITIONS: dict[str, tuple[str, str]] = {
    "received": (
        QT_TRANSLATE_NOOP("hotline", "收到举报"),
        QT_TRANSLATE_NOOP("hotline", "期内登记的举报，含合并办理的重复举报"),
    ),
    "merged": (
        QT_TRANSLATE_NOOP("hotline", "合并办理"),
        QT_TRANSLATE_NOOP("hotline", "期内收到、并入在办案件的重复举报，与该案合计一件"),
    ),
    "accepted": (
        QT_TRANSLATE_NOOP("hotline", "受理"),
        QT_TRANSLATE_NOOP("hotline", "期内受理的案件"),
    ),
    "refused": (
        QT_TRANSLATE_NOOP("hotline", "不予受理"),
        QT_TRANSLATE_NOOP("hotline", "期内决定不予受理的举报"),
    ),
    "closed": (
        QT_TRANSLATE_NOOP("hotline", "办结"),
        QT_TRANSLATE_NOOP("hotline", "期内办结的案件"),
    ),
    "acceptance_rate": (
        QT_TRANSLATE_NOOP("hotline", "受理率"),
        QT_TRANSLATE_NOOP(
            "hotline", "期内收到且至期末已作出受理决定的举报（不含合并办理）中，予以受理的比例"
        ),
    ),
    "closure_rate": (
        QT_TRANSLATE_NOOP("hotline", "办结率"),
        QT_TRANSLATE_NOOP("hotline", "期内受理的案件中，至期末已办结的比例"),
    ),
    "due_closure_rate": (
        QT_TRANSLATE_NOOP("hotline", "到期办结率"),
        QT_TRANSLATE_NOOP(
            "hotline", "办结期限在期内且已届满的案件中，至期末已办结的比例（期限尚未届满的不计）"
        ),
    ),
    "on_time_rate": (
        QT_TRANSLATE_NOOP("hotline", "按期办结率"),
        QT_TRANSLATE_NOOP("hotline", "期内办结的案件中，在办结期限（含延期）内办结的比例"),
    ),
    "average_days": (
        QT_TRANSLATE_NOOP("hotline", "平均办结用时"),
        QT_TRANSLATE_NOOP("hotline", "期内办结的案件自受理至办结的平均自然日数"),
    ),
}
