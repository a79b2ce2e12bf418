"""Translated text for the domain's codes: stages, statuses, countdowns, errors."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from approvals_gui.domain.clock import Clock, Phase, Status
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.stages import Stage
from approvals_gui.store.errors import StoreError, StoreErrorCode


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("strings", text, None, n)


def stage_name(stage: Stage) -> str:
    names = {
        Stage.RECEIVED: _t("收件"),
        Stage.SUPPLEMENT: _t("补正"),
        Stage.ACCEPTED: _t("受理"),
        Stage.EXPERT_REVIEW: _t("技术评估"),
        Stage.REVIEW: _t("审查"),
        Stage.HEARING: _t("听证"),
        Stage.PUBLIC_NOTICE: _t("拟批准公示"),
        Stage.APPROVED: _t("批准"),
        Stage.REFUSED: _t("不予批准"),
        Stage.DELIVERED: _t("办结"),
        Stage.NOT_ACCEPTED: _t("不予受理"),
        Stage.WITHDRAWN: _t("撤回"),
    }
    return names[stage]


def category_name(code: str, stored_name: str) -> str:
    """The shipped categories are translated; ones the admin added show as entered."""
    names = {
        "report_book": _t("环境影响报告书"),
        "report_form": _t("环境影响报告表"),
        "notify_commit": _t("告知承诺制审批"),
    }
    return names.get(code, stored_name)


def countdown_text(clock: Clock) -> str:
    """What the countdown chip says."""
    left = clock.workdays_left
    if clock.status is Status.PAUSED:
        assert clock.paused_by is not None
        return _t("暂停：%1").replace("%1", stage_name(clock.paused_by))
    if clock.status is Status.OVERDUE:
        assert left is not None
        return _t("超期 %n 个工作日", -left)
    if clock.status in (Status.NORMAL, Status.DUE_SOON):
        assert left is not None
        if left == 0:
            return _t("今日到期")
        if clock.phase is Phase.INTAKE:
            return _t("待受理 剩 %n 个工作日", left)
        return _t("剩 %n 个工作日", left)
    used = clock.workdays_used or 0
    if clock.status is Status.EARLY:
        return _t("提前办结 用时 %n 个工作日", used)
    if clock.status is Status.ON_TIME:
        return _t("按时办结 用时 %n 个工作日", used)
    if clock.status is Status.LATE:
        return _t("超期办结 用时 %n 个工作日", used)
    return _t("已终止")


def status_name(status: Status) -> str:
    names = {
        Status.NORMAL: _t("正常"),
        Status.DUE_SOON: _t("即将到期"),
        Status.OVERDUE: _t("已超期"),
        Status.PAUSED: _t("暂停计时"),
        Status.EARLY: _t("提前办结"),
        Status.ON_TIME: _t("按时办结"),
        Status.LATE: _t("超期办结"),
        Status.CLOSED: _t("已终止"),
    }
    return names[status]


def error_text(error: Exception) -> str:
    """A plain-words message for an error the user can act on."""
    if isinstance(error, StoreError):
        return _store_error_text(error)
    if isinstance(error, DomainError):
        return _domain_error_text(error)
    return str(error)


def _store_error_text(error: StoreError) -> str:
    texts = {
        StoreErrorCode.LOCKED: _t("数据库正被其他程序占用，请稍后再试。"),
        StoreErrorCode.DAMAGED: _t("数据库文件已损坏或不是本程序的数据库，请从备份恢复。"),
        StoreErrorCode.UNREADABLE: _t("无法打开数据库文件，请检查路径和访问权限。"),
        StoreErrorCode.TOO_NEW: _t("该数据库由更新版本的程序创建，请升级本程序后再打开。"),
        StoreErrorCode.STALE: _t("该申请已被他人修改，请重新载入后再操作。"),
        StoreErrorCode.NOT_FOUND: _t("找不到该记录，可能已被删除。"),
        StoreErrorCode.DUPLICATE: _t("已存在相同的记录（统一社会信用代码或编号重复）。"),
    }
    return texts[error.code]


def _domain_error_text(error: DomainError) -> str:
    p = error.params
    texts = {
        ErrorCode.CREDIT_CODE_LENGTH: _t("统一社会信用代码应为18位，当前为 %1 位。"),
        ErrorCode.CREDIT_CODE_CHARACTER: _t("第 %1 位字符“%2”不允许使用（不含 I、O、S、V、Z）。"),
        ErrorCode.CREDIT_CODE_REGISTRAR: _t("首位“%1”不是有效的登记管理部门代码。"),
        ErrorCode.CREDIT_CODE_CHECK: _t("校验位应为“%2”，实为“%1”，请核对是否输错。"),
        ErrorCode.DATE_OUT_OF_RANGE: _t("日期超出日历范围。"),
        ErrorCode.END_BEFORE_START: _t("结束日期早于开始日期。"),
        ErrorCode.NEGATIVE_AMOUNT: _t("数值不能为负数。"),
        ErrorCode.UNKNOWN_UNIT: _t("未知的时限单位。"),
        ErrorCode.UNKNOWN_CATEGORY: _t("未知的审批类别。"),
        ErrorCode.TRANSITION_NOT_ALLOWED: _t("当前环节不允许此操作。"),
        ErrorCode.MISSING_MATERIALS: _t("一次性告知须列明需补正的全部材料。"),
        ErrorCode.MISSING_REASON: _t("请填写理由。"),
        ErrorCode.MISSING_DOCUMENT_NUMBER: _t("审批决定须填写文号。"),
        ErrorCode.NOTHING_TO_UNDO: _t("没有可撤销的步骤。"),
        ErrorCode.ALREADY_EXTENDED: _t("该申请已延期过一次，不能再次延期。"),
        ErrorCode.EXTENSION_NOT_ALLOWED: _t("当前环节不能延期。"),
        ErrorCode.EXTENSION_TOO_LONG: _t("延期天数须在 1 至 %1 个工作日之间。"),
        ErrorCode.EVENT_BEFORE_PREVIOUS: _t("日期不能早于上一步骤的日期。"),
        ErrorCode.DATE_IN_FUTURE: _t("日期不能晚于今天。"),
        ErrorCode.REQUIRED_FIELD: _t("此项为必填项。"),
        ErrorCode.INVALID_NUMBER: _t("请输入不小于 0 的数字。"),
        ErrorCode.INVALID_RULE: _t("时限规则不合理：承诺时限不能长于法定时限，数值不能为负。"),
    }
    args = {
        ErrorCode.CREDIT_CODE_LENGTH: (p.get("length"),),
        ErrorCode.CREDIT_CODE_CHARACTER: (p.get("position"), p.get("char")),
        ErrorCode.CREDIT_CODE_REGISTRAR: (p.get("char"),),
        ErrorCode.CREDIT_CODE_CHECK: (p.get("found"), p.get("expected")),
        ErrorCode.EXTENSION_TOO_LONG: (p.get("limit"),),
    }.get(error.code, ())
    text = texts[error.code]
    for i, value in enumerate(args, start=1):
        text = text.replace(f"%{i}", str(value))
    return text
