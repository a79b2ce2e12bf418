"""The hotline's report for a period (PDF): its figures, each with its definition, the
breakdowns, the enterprises reported again and again, and every case received."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import timedelta
from html import escape
from pathlib import Path

from approvals_gui.domain.hotline.figures import HotlineFigures
from approvals_gui.printing.documents import check_written
from approvals_gui.printing.reports import HEADER_SHADE, paint_landscape, pdf_writer, table_html
from approvals_gui.services.hotline import CaseView
from approvals_gui.services.hotline_exports import figure_lines, hotline_report_sheets


def period_text(figures: HotlineFigures) -> str:
    """2026年11月 for a calendar month, else the two dates."""
    first, last = figures.first, figures.last
    month_end = (last + timedelta(days=1)).day == 1
    if first.day == 1 and month_end and (first.year, first.month) == (last.year, last.month):
        return f"{first.year}年{first.month}月"
    return f"{first.isoformat()} 至 {last.isoformat()}"


def hotline_report_html(
    figures: HotlineFigures, views: Sequence[CaseView], bureau: str, units: Mapping[str, str]
) -> str:
    rows = "".join(
        f"<tr><td>{escape(name)}</td><td align='right' style='white-space:nowrap'><b>"
        f"{escape(value)}</b></td><td><font color='#555555'>{escape(note)}</font></td></tr>"
        for name, value, note in figure_lines(figures.counts)
    )
    _summary, *tables = hotline_report_sheets(figures, views, units)
    return (
        f"<h2 align='center'>{escape(bureau)}12369环保举报办理情况（{period_text(figures)}）</h2>"
        "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
        f"<tr bgcolor='{HEADER_SHADE}'><th>指标</th><th>数值</th><th>口径说明</th></tr>"
        f"{rows}</table>" + "".join(table_html(sheet, sheet.title) for sheet in tables)
    )


def write_hotline_report_pdf(
    figures: HotlineFigures,
    views: Sequence[CaseView],
    bureau: str,
    units: Mapping[str, str],
    path: Path,
) -> Path:
    """The report on A4 landscape pages."""
    writer = pdf_writer(path, f"{bureau}12369环保举报办理情况")
    paint_landscape(hotline_report_html(figures, views, bureau, units), writer)
    del writer
    return check_written(path)
