"""The 帮助 menu (#13): a short guide to the desk's work, the keyboard shortcuts as the
window's actions define them (so the list cannot go stale), and the log folder."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from approvals_gui.logs import log_folder
from approvals_gui.ui.written import open_path

# A titled group of actions, e.g. ("页面", [the page actions]).
Group = tuple[str, Sequence[QAction]]


class GuideDialog(QDialog):
    """使用说明: what a clerk and a section head do, one short section each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("使用说明"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(self.html())
        buttons = close_button(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 600)

    def html(self) -> str:
        return "".join(f"<h3>{heading}</h3><p>{text}</p>" for heading, text in self.sections())

    def sections(self) -> list[tuple[str, str]]:
        return [
            (
                self.tr("收件登记"),
                self.tr(
                    "收到申请材料当天，点“收件登记”，填写项目、企业（统一社会信用代码）、"
                    "类别和收件日期。登记后，申请出现在“我的事项”和“全部申请”中，"
                    "受理时限从次日起算。"
                ),
            ),
            (
                self.tr("逐步办理"),
                self.tr(
                    "选中一件申请，右侧列出当前环节允许的步骤：一次性告知补正、受理、转技术评估、"
                    "审查、告知听证权利、拟批准公示、批准或不予批准、送达办结。"
                    "也可以右键点击列表中的一行，"
                    "或用“办理”菜单。不能办理的步骤显示为灰色，鼠标停留可看原因。"
                    "办错了可“撤销上一步”，撤销本身也记入办理过程。"
                    "登记时录错了项目名称或总投资，作出决定前可“更正登记”，原内容留在办理过程中。"
                ),
            ),
            (
                self.tr("倒计时与“为什么是这个日期？”"),
                self.tr(
                    "列表中的倒计时按工作日计算：绿色为正常，黄色为即将到期，红色为超过承诺期限，"
                    "深红色为超过法定期限，灰色为暂停计时（技术评估、听证等不计入时限）。"
                    "办结后显示用时，蓝色为承诺期内办结，浅灰色为超承诺未超法定，浅红色为超法定期限办结；"
                    "列宽不够时只显示用时，鼠标停留可看全文。"
                    "点“为什么是这个日期？”可看到期日的推算过程：起算日、跳过的节假日和暂停的时段。"
                ),
            ),
            (
                self.tr("通知书"),
                self.tr(
                    "详情中的“通知书”按钮出具受理通知书、补正材料通知书、不予受理决定书、"
                    "特别程序期限告知书、延期告知书和不予批准决定书，可保存为 PDF、直接打印"
                    "或先打印预览。当前不能出具的通知书显示为灰色，并说明原因。"
                ),
            ),
            (
                self.tr("超期看板（科长）"),
                self.tr(
                    "“超期看板”按承办人、区县或类别分组，列出已超期（红）和即将到期（黄）的申请、"
                    "企业服务日跟进事项和 12369 举报案件；每组标题分别计数申请、跟进事项和案件。"
                    "双击卡片打开申请；有延期规定的类别可在此“延期…”，须填写理由，只能延期一次。"
                ),
            ),
            (
                self.tr("统计分析"),
                self.tr(
                    "“统计分析”给出某月、季度、年度或任意时段的收件、办结、承诺期内办结率、"
                    "一次办结率等指标，可按承办人、类别或单位查看，并导出 Excel 或 PDF。"
                ),
            ),
            (
                self.tr("企业服务日"),
                self.tr(
                    "每月的企业服务日记录“请进来”“走出去”的走访、企业反映的事项和跟进人、"
                    "期限；未办结的跟进事项同样倒计时并出现在超期看板上。“月报”生成当月报告。"
                ),
            ),
            (
                self.tr("12369 热线"),
                self.tr(
                    "“12369 热线”（Ctrl+0）登记和办理环保举报。点“登记举报…”（Ctrl+Shift+N）"
                    "填写收到时间、渠道、内容和地址或被举报企业；同一企业或地址已有在办案件的，"
                    "可选择合并办理。选中一件举报，右侧列出可办理的步骤：受理、交办、调查处理、"
                    "反馈、办结、回访。期限按自然日计算：15 日内告知是否受理，受理后 60 日内办结，"
                    "可延期一次。交办后可打印交办单，办结后可打印办结报告。举报人信息只对"
                    "承办人和科长完整显示。"
                ),
            ),
            (
                self.tr("节假日日历"),
                self.tr(
                    "所有时限按工作日计算，依据“节假日日历”：程序随附国务院公布的节假日和调休"
                    "安排，尚未公布的年份按惯例推算，其到期日可能变动，详情中会注明。国务院办公厅"
                    "发布次年安排后，管理员核对无误即点“确认本年度安排”；如有本地调整，可选中日期"
                    "“设为节假日…”或“设为调休上班”，也可从 CSV 导入。"
                ),
            ),
            (
                self.tr("单位与转办"),
                self.tr(
                    "市局、区县分局和技术评估中心各是一个单位。申请可“转办”到另一单位"
                    "（环节和时限照常计算），或在本单位内“改派”给另一位承办人。"
                    "申请在哪个单位，就由哪个单位办理。单位与用户由管理员在“单位与用户”中维护。"
                ),
            ),
            (
                self.tr("登录"),
                self.tr(
                    "使用共享数据库时，每人用自己的姓名和密码登录，办理过程记录每一步是谁办的。"
                    "承办人办理本单位的申请；科长还可批准延期、改派；管理员维护时限规则、"
                    "节假日日历、单位、用户和设置。可在“文件 → 切换用户…”中换人登录。"
                ),
            ),
            (
                self.tr("多台电脑同时使用"),
                self.tr(
                    "其他电脑保存的内容几秒内就显示在这里，无需刷新。正在编辑、尚未保存的内容"
                    "不会被覆盖：若同一项已在别处修改，表单下方会提示，此时保存会被拒绝，"
                    "点“还原”查看最新内容后再修改。改选其他项时，程序会先问是否放弃未保存的修改。"
                ),
            ),
            (
                self.tr("快捷键与日志"),
                self.tr(
                    "全部快捷键见“帮助 → 快捷键”。程序出错时，可把“帮助 → 打开日志文件夹”"
                    "中的日志文件发给技术支持（日志不记录密码和填写的内容）。"
                ),
            ),
        ]


class ShortcutsDialog(QDialog):
    """快捷键: every shortcut of the given actions, by group, read from the actions."""

    def __init__(self, groups: Sequence[Group], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("快捷键"))
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("操作"), self.tr("快捷键")])
        self.tree.setRootIsDecorated(False)
        for title, actions in groups:
            self._add_group(title, actions)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        buttons = close_button(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(460, 520)

    def _add_group(self, title: str, actions: Sequence[QAction]) -> None:
        rows = [(action_text(a), shortcut_text(a)) for a in actions if a.shortcuts()]
        if not rows:
            return
        group = QTreeWidgetItem(self.tree, [title])
        group.setFirstColumnSpanned(True)
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        for text, keys in rows:
            QTreeWidgetItem(group, [text, keys])

    def entries(self) -> list[tuple[str, str]]:
        """(action, keys) for every row, in order."""
        found = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            assert group is not None
            for j in range(group.childCount()):
                row = group.child(j)
                assert row is not None
                found.append((row.text(0), row.text(1)))
        return found


def close_button(dialog: QDialog) -> QDialogButtonBox:
    """关闭, in the program's language rather than Qt's."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    close = buttons.button(QDialogButtonBox.StandardButton.Close)
    close.setText(QCoreApplication.translate("help", "关闭"))
    buttons.rejected.connect(dialog.reject)
    return buttons


def action_text(action: QAction) -> str:
    """An action's text as a list shows it: no mnemonic, no trailing ellipsis."""
    text = re.sub(r"\(&\w\)", "", action.text()).replace("&", "")
    return text.removesuffix("…").removesuffix("...")


def shortcut_text(action: QAction) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return "，".join(key.toString(native) for key in action.shortcuts())


def shortcut_groups(actions: Sequence[QAction], groups: Sequence[Group], rest: str) -> list[Group]:
    """`groups`, then the other `actions` with a shortcut under the title `rest`."""
    listed = {id(a) for _title, group in groups for a in group}
    others = [a for a in actions if a.shortcuts() and id(a) not in listed]
    return [*groups, (rest, others)]


def open_log_folder() -> bool:
    """The folder of the program's log files, created if the log could not start."""
    folder = log_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return open_path(folder)
