"""PDF documents: the figures with their charts, and any exported table.

Like the exports, they are Chinese documents for the bureau's meetings. Pages are laid
out at 96 dots per inch, so charts and text keep their on-screen proportions; the
output is vector, so nothing is blurred.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCharts import QBarSeries, QChart
from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from approvals_gui.charts import figure_charts, render
from approvals_gui.domain.labels import CATEGORY_NAMES, FOLLOW_UP_NAMES, MATTER_NAMES, MODE_NAMES
from approvals_gui.domain.service_days import FollowUpState, MatterType, Mode, MonthlyReport
from approvals_gui.printing.documents import check_written, document, writable
from approvals_gui.printing.fonts import REPORT_FAMILIES, printable_families
from approvals_gui.services.exports import Sheet, service_report_sheets
from approvals_gui.services.figure_rows import (
    UNIT_COLUMNS,
    figure_rows,
    figure_text,
    unit_figure_rows,
)
from approvals_gui.services.figures import FiguresReport

DPI = 96
CHART_SIZE = QSizeF(760, 380)  # the size a chart is laid out at, before scaling to the page
GAP = 16
HEADER_SHADE = "#e8e8e8"  # table headers stand out without bold, which a face may lack


def _writer(path: Path, title: str) -> QPdfWriter:
    writer = QPdfWriter(str(writable(path)))
    writer.setResolution(DPI)
    writer.setTitle(title)
    writer.setCreator("一次办结")
    return writer


def _set_page(device: QPagedPaintDevice, orientation: QPageLayout.Orientation) -> None:
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            orientation,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )


def figures_html(report: FiguresReport, bureau: str, names: Mapping[str, str]) -> str:
    f = report.figures
    scope = [f"统计期间：{f.first.isoformat()} 至 {f.last.isoformat()}"]
    if report.handler:
        scope.append(f"承办人：{escape(report.handler)}")
    if report.category:
        name = CATEGORY_NAMES.get(report.category, names.get(report.category, report.category))
        scope.append(f"类别：{escape(name)}")
    if report.unit:
        scope.append(f"审批单位：{escape(report.unit_name(report.unit))}")
    rows = "".join(
        f"<tr><td>{escape(row.label)}</td><td align='right'><b>{escape(figure_text(row))}</b>"
        f"</td><td><font color='#555555'>{escape(row.note)}</font></td></tr>"
        for row in figure_rows(f)
    )
    return (
        f"<h2 align='center'>{escape(bureau)}环评审批统计</h2>"
        f"<p align='center'>{'　'.join(scope)}</p>"
        "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
        f"<tr bgcolor='{HEADER_SHADE}'><th>指标</th><th>数值</th><th>口径说明</th></tr>"
        f"{rows}</table>"
    )


def units_html(report: FiguresReport) -> str:
    """The by-unit table, each column's definition listed under it."""
    head = "".join(f"<th>{escape(c.label)}</th>" for c in UNIT_COLUMNS)
    rows = "".join(
        f"<tr><td>{escape(unit.name)}</td>"
        + "".join(
            f"<td align='right'>{escape(figure_text(cell, bare=True))}</td>" for cell in unit.cells
        )
        + "</tr>"
        for unit in unit_figure_rows(
            report.by_unit, report.unit_days, report.figures, report.unit_names
        )
    )
    notes = "".join(
        f"<li>{escape(c.label)}：<font color='#555555'>{escape(c.note)}</font></li>"
        for c in UNIT_COLUMNS
    )
    return (
        "<h3>分单位</h3>"
        "<table border='1' cellspacing='0' cellpadding='3' width='100%' style='font-size:9pt'>"
        f"<tr bgcolor='{HEADER_SHADE}'><th>单位</th>{head}</tr>{rows}</table>"
        f"<ul style='font-size:8pt'>{notes}</ul>"
    )


def write_figures_pdf(
    report: FiguresReport, bureau: str, names: Mapping[str, str], path: Path
) -> Path:
    """The figures table, the three charts, then the by-unit table, on A4 portrait
    pages."""
    writer = _writer(path, f"{bureau}环评审批统计")
    paint_figures(report, bureau, names, writer)
    del writer
    return check_written(path)


def paint_figures(
    report: FiguresReport, bureau: str, names: Mapping[str, str], device: QPagedPaintDevice
) -> None:
    """The figures on `device` (a PDF writer or a printer), laid out at DPI."""
    _set_page(device, QPageLayout.Orientation.Portrait)
    page = QRectF(device.pageLayout().paintRectPixels(DPI))
    painter = QPainter(device)
    try:
        painter.scale(device.logicalDpiX() / DPI, device.logicalDpiY() / DPI)
        doc = _laid_out(document(figures_html(report, bureau, names)), page.width())
        doc.drawContents(painter)
        y = doc.size().height() + GAP
        height = page.width() * CHART_SIZE.height() / CHART_SIZE.width()
        for chart in figure_charts(report, names, lambda _context, text: text):
            if y + height > page.height():
                device.newPage()
                y = 0
            _use_printable_fonts(chart)
            render(chart, painter, QRectF(0, y, page.width(), height), CHART_SIZE)
            y += height + GAP
        units = _laid_out(document(units_html(report)), page.width())
        if y + units.size().height() > page.height() and y > 0:
            device.newPage()
            y = 0
        painter.translate(0, y)
        units.drawContents(painter)
    finally:
        painter.end()


def _use_printable_fonts(chart: QChart) -> None:
    """The report faces for every text of `chart`, sizes kept: the application's font
    would leave the Chinese to Qt's fallback, which may be a face that writes radicals."""

    def printable(font: QFont) -> QFont:
        changed = QFont(font)
        changed.setFamilies(printable_families(REPORT_FAMILIES))
        return changed

    chart.setTitleFont(printable(chart.titleFont()))
    chart.legend().setFont(printable(chart.legend().font()))
    for axis in chart.axes():
        axis.setLabelsFont(printable(axis.labelsFont()))
        axis.setTitleFont(printable(axis.titleFont()))
    for series in chart.series():
        if isinstance(series, QBarSeries):
            for bar_set in series.barSets():
                bar_set.setLabelFont(printable(bar_set.labelFont()))


def _laid_out(doc: QTextDocument, width: float) -> QTextDocument:
    doc.setTextWidth(width)
    return doc


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.1f}"
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def write_table_pdf(sheet: Sheet, title: str, path: Path) -> Path:
    """A table on A4 landscape pages; the header row repeats on every page."""
    writer = _writer(path, title)
    paint_landscape(table_html(sheet, title), writer)
    del writer
    return check_written(path)


def paint_landscape(html: str, device: QPagedPaintDevice) -> None:
    """`html` on A4 landscape pages of `device` (a PDF writer or a printer)."""
    _set_page(device, QPageLayout.Orientation.Landscape)
    document(html).print_(device)


def service_report_html(report: MonthlyReport, bureau: str) -> str:
    month = f"{report.month.year}年{report.month.month}月"
    days = "、".join(
        d.held_on.isoformat() + ("（5日为休息日，顺延）" if d.shifted else "") for d in report.days
    )
    totals = "；".join(f"{MODE_NAMES[m]} {report.by_mode.get(m, 0)} 次" for m in Mode)
    matters = "；".join(f"{MATTER_NAMES[t]} {report.by_matter.get(t, 0)} 项" for t in MatterType)
    states = "；".join(
        f"{FOLLOW_UP_NAMES[s]} {report.by_status.get(s, 0)} 家" for s in FollowUpState
    )
    visits_sheet, _totals, pending = service_report_sheets(report)
    return (
        f"<h2 align='center'>{escape(bureau)}企业服务日工作月报（{month}）</h2>"
        f"<p>服务日：{escape(days or '本月无服务日')}</p>"
        f"<p>共服务企业 {len(report.visits)} 家次。按方式：{totals}。</p>"
        f"<p>反映事项：{matters}。</p><p>跟进情况：{states}。</p>"
        + table_html(visits_sheet, "服务记录")
        + table_html(pending, "尚未办结的跟进事项")
    )


def _cell(value: object) -> str:
    """A table cell; dates never wrap in the middle."""
    nowrap = " style='white-space:nowrap'" if isinstance(value, date) else ""
    return f"<td{nowrap}>{escape(_text(value))}</td>"


def table_html(sheet: Sheet, title: str) -> str:
    head = "".join(f"<th>{escape(c.title)}</th>" for c in sheet.columns)
    body = (
        "".join("<tr>" + "".join(_cell(v) for v in row) + "</tr>" for row in sheet.rows)
        or f"<tr><td colspan='{len(sheet.columns)}'>无</td></tr>"
    )
    return (
        f"<h3>{escape(title)}</h3>"
        "<table border='1' cellspacing='0' cellpadding='2' width='100%' style='font-size:8pt'>"
        f"<thead><tr bgcolor='{HEADER_SHADE}'>{head}</tr></thead>{body}</table>"
    )


def write_service_report_pdf(report: MonthlyReport, bureau: str, path: Path) -> Path:
    """The month's service-day report on A4 landscape pages."""
    writer = _writer(path, f"{bureau}企业服务日工作月报")
    paint_landscape(service_report_html(report, bureau), writer)
    del writer
    return check_written(path)
