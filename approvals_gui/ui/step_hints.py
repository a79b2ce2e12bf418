"""What each step does, in one line (the step buttons' and menu items' tooltips), which
steps end an application against the applicant (set apart, asked about first), and
the icons: Qt's standard ones, or the desktop theme's where it has one (#13)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QPushButton, QStyle, QWidget

from approvals_gui.domain.errors import DomainError
from approvals_gui.domain.stages import Action
from approvals_gui.ui import strings
from approvals_gui.ui.labels import ERROR_COLOUR

A = TypeVar("A")  # an application's step (Action) or a 12369 case's (CaseAction)

SP = QStyle.StandardPixmap

# Steps that close an application against the applicant: set apart in red, and the
# clerk is asked to confirm before their dialog.
DESTRUCTIVE: frozenset[Action] = frozenset({Action.NOT_ACCEPT, Action.REFUSE, Action.WITHDRAW})

_HINTS: dict[Action, object] = {  # QT_TRANSLATE_NOOP marks them for lupdate
    Action.REGISTER: QT_TRANSLATE_NOOP("step_hints", "登记新收到的申请材料，开始计算受理期限"),
    Action.REQUEST_SUPPLEMENT: QT_TRANSLATE_NOOP(
        "step_hints", "一次性告知申请人需补正的全部材料，等待补正"
    ),
    Action.RECEIVE_MATERIALS: QT_TRANSLATE_NOOP("step_hints", "登记收到的补正材料，回到收件环节"),
    Action.ACCEPT: QT_TRANSLATE_NOOP("step_hints", "作出受理决定，审批时限自受理之日起计算"),
    Action.NOT_ACCEPT: QT_TRANSLATE_NOOP("step_hints", "作出不予受理决定并说明理由，申请就此办结"),
    Action.START_EXPERT_REVIEW: QT_TRANSLATE_NOOP("step_hints", "交技术评估机构评估"),
    Action.FINISH_EXPERT_REVIEW: QT_TRANSLATE_NOOP("step_hints", "登记技术评估完成，转入审查"),
    Action.START_REVIEW: QT_TRANSLATE_NOOP("step_hints", "开始对申请进行审查"),
    Action.NOTIFY_HEARING_RIGHTS: QT_TRANSLATE_NOOP(
        "step_hints", "告知申请人和利害关系人享有听证权利"
    ),
    Action.WAIVE_HEARING: QT_TRANSLATE_NOOP("step_hints", "告知期内未申请听证或书面放弃，回到审查"),
    Action.START_HEARING: QT_TRANSLATE_NOOP("step_hints", "应申请人或利害关系人的申请组织听证"),
    Action.FINISH_HEARING: QT_TRANSLATE_NOOP("step_hints", "听证结束，回到审查"),
    Action.START_PUBLIC_NOTICE: QT_TRANSLATE_NOOP("step_hints", "拟作批准决定前进行公示"),
    Action.APPROVE: QT_TRANSLATE_NOOP("step_hints", "作出批准决定，登记批复文号"),
    Action.REFUSE: QT_TRANSLATE_NOOP("step_hints", "作出不予批准决定，登记文号并说明理由"),
    Action.DELIVER: QT_TRANSLATE_NOOP("step_hints", "决定文书已送达申请人，申请办结"),
    Action.WITHDRAW: QT_TRANSLATE_NOOP("step_hints", "申请人撤回申请，申请就此终止"),
    Action.EXTEND: QT_TRANSLATE_NOOP("step_hints", "经批准延长法定期限（只能延期一次）"),
    Action.TRANSFER: QT_TRANSLATE_NOOP("step_hints", "转交本局其他单位办理"),
    Action.REASSIGN: QT_TRANSLATE_NOOP("step_hints", "改由其他承办人办理"),
    Action.CORRECT: QT_TRANSLATE_NOOP("step_hints", "更正登记时录错的项目名称或总投资"),
    Action.UNDO: QT_TRANSLATE_NOOP("step_hints", "撤销最近一步操作，撤销本身记入办理过程"),
}

# A freedesktop theme name (used where the desktop has one) and Qt's own fallback.
_ICONS: dict[Action, tuple[str, QStyle.StandardPixmap]] = {
    Action.REGISTER: ("document-new", SP.SP_FileIcon),
    Action.REQUEST_SUPPLEMENT: ("dialog-information", SP.SP_MessageBoxInformation),
    Action.RECEIVE_MATERIALS: ("document-open", SP.SP_DialogOpenButton),
    Action.ACCEPT: ("dialog-ok-apply", SP.SP_DialogApplyButton),
    Action.NOT_ACCEPT: ("dialog-cancel", SP.SP_DialogCancelButton),
    Action.START_EXPERT_REVIEW: ("go-next", SP.SP_ArrowForward),
    Action.FINISH_EXPERT_REVIEW: ("dialog-ok-apply", SP.SP_DialogApplyButton),
    Action.START_REVIEW: ("go-next", SP.SP_ArrowForward),
    Action.NOTIFY_HEARING_RIGHTS: ("dialog-information", SP.SP_MessageBoxInformation),
    Action.WAIVE_HEARING: ("go-next", SP.SP_ArrowForward),
    Action.START_HEARING: ("go-next", SP.SP_ArrowForward),
    Action.FINISH_HEARING: ("dialog-ok-apply", SP.SP_DialogApplyButton),
    Action.START_PUBLIC_NOTICE: ("go-next", SP.SP_ArrowForward),
    Action.APPROVE: ("dialog-ok", SP.SP_DialogYesButton),
    Action.REFUSE: ("dialog-cancel", SP.SP_DialogNoButton),
    Action.DELIVER: ("mail-send", SP.SP_DialogSaveButton),
    Action.WITHDRAW: ("dialog-close", SP.SP_DialogCloseButton),
    Action.EXTEND: ("appointment-new", SP.SP_MediaSeekForward),
    Action.TRANSFER: ("go-jump", SP.SP_ArrowRight),
    Action.REASSIGN: ("system-users", SP.SP_DirLinkIcon),
    Action.CORRECT: ("document-edit", SP.SP_FileDialogDetailedView),
    Action.UNDO: ("edit-undo", SP.SP_ArrowBack),
}

WHY_ICON = ("help-contents", SP.SP_DialogHelpButton)
NOTICES_ICON = ("document-print", SP.SP_FileDialogContentsView)


def step_hint(action: Action) -> str:
    """What `action` does, in one line."""
    return QCoreApplication.translate("step_hints", str(_HINTS[action]))


def themed_icon(widget: QWidget, theme: str, fallback: QStyle.StandardPixmap) -> QIcon:
    """The desktop theme's `theme` icon, else the widget style's `fallback`: nothing
    to ship, nothing fetched."""
    return QIcon.fromTheme(theme, widget.style().standardIcon(fallback))


def step_icon(widget: QWidget, action: Action) -> QIcon:
    return themed_icon(widget, *_ICONS[action])


def fill_step_menu(
    menu: QMenu,
    steps: tuple[Sequence[A], A | None, Sequence[A]],
    blocked: Mapping[A, DomainError],
    add: Callable[[A], QAction],
    why: tuple[str, Callable[[], None]],
) -> None:
    """A menu's steps as its pane shows them: `steps` (ordinary, main, ending), each
    made by `add`; the main-line step in bold, one the law refuses today (`blocked`)
    disabled with its reason as the tooltip; then `why` (its text and what it does);
    below a line, those that end the matter against the applicant or reporter."""
    ordinary, main, ending = steps
    menu.setToolTipsVisible(True)

    def added(action: A) -> None:
        item = add(action)
        if action == main:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        if (refusal := blocked.get(action)) is not None:
            item.setEnabled(False)
            item.setToolTip(strings.error_text(refusal))

    for action in ordinary:
        added(action)
    menu.addSeparator()
    menu.addAction(*why)
    if ending:
        menu.addSeparator()
        for action in ending:
            added(action)


def mark_step_button(button: QPushButton, *, main: bool, destructive: bool) -> None:
    """A detail pane's step button: the step a clerk takes next is the default, in bold;
    one that ends the matter against the applicant or reporter is red while it can be
    taken."""
    if main:
        button.setDefault(True)
        font = button.font()
        font.setBold(True)
        button.setFont(font)
    if destructive:
        button.setStyleSheet(f"QPushButton:enabled {{ color: {ERROR_COLOUR}; }}")
