"""The hotline's report for a period (PDF): its figures, each with its definition, the
breakdowns, the enterprises reported again and again, and every case received."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice

from approvals_gui.domain.hotline.figures import HotlineFigures
from approvals_gui.printing.documents import write_pdf
from approvals_gui.printing.reports import DPI, FIGURE_COLUMNS, Part, Table, paint_report
from approvals_gui.services.exports import Sheet
from approvals_gui.services.hotline import CaseView
from approvals_gui.services.hotline_exports import (
    GROUP_TITLES,
    figure_lines,
    groups_note,
    hotline_report_sheets,
)


def period_text(figures: HotlineFigures) -> str:
    """2026年11月 for a calendar month, else the two dates; while the period runs, the
    day it is counted to."""
    first, last = figures.first, figures.last
    month_end = (last + timedelta(days=1)).day == 1
    if first.day == 1 and month_end and (first.year, first.month) == (last.year, last.month):
        text = f"{first.year}年{first.month}月"
    else:
        text = f"{first.isoformat()} 至 {last.isoformat()}"
    if figures.counted_to < last:
        text += f"，截至{figures.counted_to.isoformat()}"
    return text


def paint_hotline_report(
    figures: HotlineFigures,
    views: Sequence[CaseView],
    bureau: str,
    units: Mapping[str, str],
    device: QPagedPaintDevice,
    today: date,
) -> None:
    """The report on A4 landscape pages of `device`: the figures as printed text, then
    the workbook's other sheets, each under its name; the cases as they stand `today`
    (`views`' day), which a copy printed later says (the figures hold for the period)."""
    summary = Sheet("指标", FIGURE_COLUMNS, figure_lines(figures.counts))
    _summary, *tables = hotline_report_sheets(figures, views, units, today=today)
    parts: list[Part] = [Table(summary)]
    for sheet in tables:
        # What the breakdowns' columns count, under the last of them.
        note = groups_note() if sheet.title == GROUP_TITLES[-1] else ""
        parts.append(Table(sheet, _caption(sheet), note))
    paint_report(f"{bureau}12369环保举报办理情况（{period_text(figures)}）", parts, device)


def _caption(sheet: Sheet) -> str:
    """A table's name, and for one of the cases as they stand, the day they stand so."""
    if sheet.as_of is None:
        return sheet.title
    return f"{sheet.title}（状态截至 {sheet.as_of.isoformat()}）"


def write_hotline_report_pdf(
    figures: HotlineFigures,
    views: Sequence[CaseView],
    bureau: str,
    units: Mapping[str, str],
    path: Path,
    today: date,
) -> Path:
    """The report on A4 landscape pages."""
    return write_pdf(
        path,
        f"{bureau}12369环保举报办理情况",
        DPI,
        lambda device: paint_hotline_report(figures, views, bureau, units, device, today),
    )
