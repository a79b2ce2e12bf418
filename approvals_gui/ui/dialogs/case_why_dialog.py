""" "Why this date?" for a hotline case: how each of its dates was reached."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QWidget

from approvals_gui.domain.hotline.clock import CaseDueExplanation, CaseDueKind
from approvals_gui.services.hotline import CaseDetail
from approvals_gui.ui import hotline_strings as names
from approvals_gui.ui import strings
from approvals_gui.ui.dialogs.why_dialog import WhyFrame


class CaseWhyDialog(WhyFrame):
    def __init__(self, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(detail.view.record.number, 680, 560, parent)
        self.browser.setHtml(self.html(detail))

    def html(self, detail: CaseDetail) -> str:
        note = self.tr("期限按自然日计算；期限最后一日为休息日的，顺延至下一个工作日。")
        parts = [f"<h3>{escape(detail.view.record.number)}</h3><p>{escape(note)}</p>"]
        parts += [self._section(e) for e in detail.explanations]
        return "".join(parts)

    def _starts(self) -> dict[CaseDueKind, str]:
        return {
            CaseDueKind.ACCEPT: self.tr("收到举报之日"),
            CaseDueKind.UNIT: self.tr("交办之日"),
            CaseDueKind.CLOSE: self.tr("受理之日"),
            CaseDueKind.REVIEW: self.tr("申请复查之日"),
            CaseDueKind.RECHECK: self.tr("申请复核之日"),
        }

    def _section(self, e: CaseDueExplanation) -> str:
        counted = self.tr("%1，%2；次日为第 1 天")
        if e.kind is CaseDueKind.UNIT:  # a date given, not a period counted
            counted = self.tr("%1，%2")
        start = counted.replace("%1", e.start.isoformat()).replace("%2", self._starts()[e.kind])
        rows = [(self.tr("起算"), start)]
        if e.kind is CaseDueKind.UNIT:
            rows.append((self.tr("时限"), self.tr("交办时确定的承办单位反馈日期")))
        else:
            rows.append((self.tr("时限"), self.tr("%n 个自然日", "", e.days)))
        if e.legal_basis:
            rows.append((self.tr("依据"), e.legal_basis))
        if e.extension_days:
            text = self.tr("延长 %n 天。理由：%2", None, e.extension_days).replace(
                "%2", e.extension_reason
            )
            rows.append((self.tr("延期"), text))
        if e.rest_days:
            rows.append((self.tr("顺延"), self._moved(e)))
        if e.unconfirmed_years:
            rows.append(self.unconfirmed_row(e.unconfirmed_years))
        rows.append((self.tr("到期日"), e.due.isoformat()))
        return self.section(names.due_name(e.kind), rows)

    def _moved(self, e: CaseDueExplanation) -> str:
        """ "2026-10-04 为休息日（国庆节），顺延 3 天" """
        holidays = strings.holiday_names(e.rest_days)
        text = self.tr("%1 为休息日，顺延 %n 天", None, len(e.rest_days)).replace(
            "%1", e.nominal_end.isoformat()
        )
        return text + (strings.aside(strings.listing(holidays)) if holidays else "")
