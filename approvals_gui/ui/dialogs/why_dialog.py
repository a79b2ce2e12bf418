""" "Why this date?": how each due date of an application was reached."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from approvals_gui.domain.calendar import DayKind
from approvals_gui.domain.clock import DueExplanation, DueKind, PauseNote, StartReason
from approvals_gui.services.applications import ApplicationDetail
from approvals_gui.ui import strings


class WhyFrame(QDialog):
    """What both "why this date?" dialogs (an application's, a hotline case's) show
    around their text: a title naming the item, the text in a browser, and Close."""

    def __init__(self, number: str, width: int, height: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        # Translated in this class's context: `self.tr` would look in the subclass's.
        title = QCoreApplication.translate("WhyFrame", "为什么是这个日期？ — %1")
        self.setWindowTitle(title.replace("%1", number))
        self.resize(width, height)
        self.browser = QTextBrowser()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            QCoreApplication.translate("WhyFrame", "关闭")
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    @staticmethod
    def unconfirmed_row(years: Sequence[int]) -> tuple[str, str]:
        """The note that a due date rests on an estimated calendar for `years`."""
        text = QCoreApplication.translate("WhyFrame", "%1 年节假日安排尚未公布，按推算日历计算")
        return QCoreApplication.translate("WhyFrame", "注意"), text.replace(
            "%1", strings.listing(years)
        )

    @staticmethod
    def section(title: str, rows: Sequence[tuple[str, str]]) -> str:
        """One due date's explanation: its title, then a row per step of the reckoning,
        the last (the date reached) in bold."""
        body = "".join(
            f"<tr><td style='padding-right:12px;color:#555'>{escape(k)}</td>"
            f"<td>{'<b>' if i == len(rows) - 1 else ''}{escape(v)}</td></tr>"
            for i, (k, v) in enumerate(rows)
        )
        return f"<h4>{escape(title)}</h4><table>{body}</table>"


class WhyDialog(WhyFrame):
    def __init__(self, detail: ApplicationDetail, parent: QWidget | None = None) -> None:
        super().__init__(detail.view.record.number, 720, 620, parent)
        self.browser.setHtml(self.html(detail))

    def html(self, detail: ApplicationDetail) -> str:
        record = detail.view.record  # the number too: many projects share a name
        parts = [f"<h3>{escape(record.number)} {escape(record.project)}</h3>"]
        for explanation in detail.explanations:
            parts.append(self._section(explanation))
        return "".join(parts)

    def _section(self, e: DueExplanation) -> str:
        titles = {
            DueKind.INTAKE: self.tr("受理决定期限"),
            DueKind.PROMISED: self.tr("承诺期限"),
            DueKind.STATUTORY: self.tr("法定期限"),
            DueKind.DELIVERY: self.tr("送达期限"),
        }
        starts = {
            StartReason.RECEIVED: self.tr("收到申请材料（或补正材料）之日"),
            StartReason.ACCEPTED: self.tr("受理之日"),
            StartReason.DEEMED_ACCEPTED: self.tr("收件之日（逾期未作受理决定，视为受理）"),
            StartReason.DECIDED: self.tr("作出审批决定之日"),
        }
        rows = [
            (
                self.tr("起算"),
                self.tr("%1，%2；次日为第 1 天")
                .replace("%1", str(e.start))
                .replace("%2", starts[e.start_reason]),
            ),
            (self.tr("时限"), strings.limit_text(e.limit)),
        ]
        if e.legal_basis:
            rows.append((self.tr("依据"), e.legal_basis))
        if e.late_supplement_on is not None:
            rows.append((self.tr("补正通知"), self._late_notice(e)))
        if e.awaiting_supplement_since is not None:  # no due date runs now
            notice = self.tr("%1 发出（在受理期限内）：期限中止，等待申请人补正材料。").replace(
                "%1", str(e.awaiting_supplement_since)
            )
            rows.append((self.tr("补正通知"), notice))
            rows.append((self.tr("到期日"), self.tr("自收到全部补正材料之日起重新计算")))
            return self.section(titles[e.kind], rows)
        for pause in e.pauses:
            not_counted = self.tr("不计 %n 个工作日", None, pause.workdays)
            rows.append((self.tr("暂停计时"), self._span(pause, not_counted)))
        for pause in e.not_paused:  # the other clock skipped it; this one counts it
            rows.append((self.tr("照常计时"), self._span(pause, self.tr("此时限照常计算"))))
        if e.extension_days:
            text = (
                self.tr("原期限 %1，延长 %n 个工作日。理由：%3", None, e.extension_days)
                .replace("%1", str(e.original_due))
                .replace("%3", e.extension_reason)
            )
            rows.append((self.tr("延期"), text))
        rows.append((self.tr("跳过的休息日"), self._rest_days(e)))
        if e.unconfirmed_years:
            rows.append(self.unconfirmed_row(e.unconfirmed_years))
        rows.append((self.tr("到期日"), str(e.due)))
        return self.section(titles[e.kind], rows)

    def _span(self, pause: PauseNote, note: str) -> str:
        last = str(pause.last)
        if pause.still_running:
            last += self.tr("（进行中）")
        elif pause.period_over:  # the notice is still open: the clock runs again
            last += self.tr("（公示期届满，此后照常计时）")
        return (
            self.tr("%1：%2 至 %3，%4")
            .replace("%1", strings.stage_name(pause.stage))
            .replace("%2", str(pause.first))
            .replace("%3", last)
            .replace("%4", note)
        )

    def _late_notice(self, e: DueExplanation) -> str:
        if e.kind is DueKind.INTAKE:
            return self.tr(
                "%1 发出，晚于受理期限：依《行政许可法》第三十二条，逾期不告知的自收到申请材料"
                "之日起即为受理；此通知不中止、也不重新计算时限。"
            ).replace("%1", str(e.late_supplement_on))
        return self.tr("%1 的补正通知晚于受理期限，不中止、也不重新计算此时限。").replace(
            "%1", str(e.late_supplement_on)
        )

    def _rest_days(self, e: DueExplanation) -> str:
        weekends = [d for d in e.rest_days if d.kind is DayKind.WEEKEND]
        holidays = [d for d in e.rest_days if d.kind is DayKind.HOLIDAY]
        # Two counts, each with its own plural forms.
        text = self.tr("周末 %n 天", None, len(weekends))
        text += self.tr("，", "between the weekend and the holiday count")
        text += self.tr("节假日 %n 天", None, len(holidays))
        names = strings.holiday_names(holidays)
        if names:
            text += strings.aside(strings.listing(names))
        return text
