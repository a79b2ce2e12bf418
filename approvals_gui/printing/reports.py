"""PDF documents: any exported table, and reports of text, tables and charts, all drawn
by `paint_report` (the figures, the service-day month; the 12369 report its own).

Like the exports, they are Chinese documents for the bureau's meetings. Pages are laid
out at 96 dots per inch, so charts and text keep their on-screen proportions; the
output is vector, so nothing is blurred.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from html import escape
from pathlib import Path

from PySide6.QtCharts import QBarSeries, QChart
from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QTextDocument,
)

from approvals_gui.charts import figure_charts, render
from approvals_gui.domain.labels import FOLLOW_UP_NAMES, MATTER_NAMES, MODE_NAMES
from approvals_gui.domain.rounding import one_decimal
from approvals_gui.domain.service_days import FollowUpState, MatterType, Mode, MonthlyReport
from approvals_gui.printing.columns import PAD, SLACK, Breaks, column_widths, inked
from approvals_gui.printing.documents import document, write_pdf
from approvals_gui.printing.fonts import REPORT_FAMILIES, printable_families, printable_font
from approvals_gui.printing.headings import heading_lines, middle_lines
from approvals_gui.services.exports import (
    MINUTE_TEXT,
    Column,
    Sheet,
    report_scope,
    service_report_sheets,
)
from approvals_gui.services.figure_rows import (
    UNIT_COLUMNS,
    FigureRow,
    Kind,
    UnitColumn,
    figure_rows,
    figure_text,
    unit_figure_rows,
)
from approvals_gui.services.figures import FiguresReport
from approvals_gui.services.progress import Progress, no_progress

DPI = 96
CHART_SIZE = QSizeF(760, 380)  # the size a chart is laid out at, before scaling to the page
HEADER_SHADE = "#e8e8e8"  # table headers stand out without bold, which a face may lack


def _set_page(device: QPagedPaintDevice, orientation: QPageLayout.Orientation) -> None:
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            orientation,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )


# A figures table: each figure's name and value (short, never broken), its definition.
FIGURE_COLUMNS = (
    Column("指标", 14, code=True),
    Column("数值", 18, code=True),
    Column("口径说明", 50),
)


def figures_parts(report: FiguresReport, names: Mapping[str, str]) -> list[Part]:
    """What the figures report prints under its title: what it covers, the figures with
    their definitions, the three charts, then the by-unit table."""
    scope = "\u3000".join(f"{label}：{value}" for label, value in report_scope(report, names))
    rows = [(row.label, figure_text(row), row.note) for row in figure_rows(report.figures)]
    charts = figure_charts(report, names, lambda _context, text: text)
    for chart in charts:
        _use_printable_fonts(chart)
    return [
        scope,
        Table(Sheet("指标", FIGURE_COLUMNS, rows)),
        *(Drawn(_chart_height, partial(_paint_chart, chart)) for chart in charts),
        _drawn_document(document(units_html(report))),
    ]


def units_html(report: FiguresReport) -> str:
    """The by-unit table, each column's definition listed under it."""
    head = "".join(f"<th>{escape(c.label)}</th>" for c in UNIT_COLUMNS)
    rows = "".join(
        f"<tr><td {_UNBROKEN}>{escape(unit.name)}</td>"
        + "".join(
            _unit_cell(cell, column) for cell, column in zip(unit.cells, UNIT_COLUMNS, strict=True)
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


# A cell whose lines never break: Qt breaks "（10603/10780）" before its "）" when a
# column runs short, and takes white-space only from a whole cell.
_UNBROKEN = "style='white-space:nowrap'"


def _unit_cell(cell: FigureRow, column: UnitColumn) -> str:
    """A by-unit figure, whole; a rate's counts on a line of their own, as eight columns
    leave a rate's column narrow. A figure other than its column's (the total's days
    per application, under the days at a unit) says what it is above it."""
    text = escape(figure_text(cell, bare=True)).replace("（", "<br>（")
    if cell.label != column.label:
        # In points: a relative size is the document's 12 pt's, not the table's.
        label = f"<span style='font-size:8pt'>{escape(cell.label)}</span>"
        return f"<td align='right'>{label}<br>{text}</td>"
    return f"<td align='right' {_UNBROKEN}>{text}</td>"


def write_figures_pdf(
    report: FiguresReport, bureau: str, names: Mapping[str, str], path: Path
) -> Path:
    """The figures table, the three charts, then the by-unit table, on A4 portrait
    pages."""
    return write_pdf(
        path,
        f"{bureau}环评审批统计",
        DPI,
        partial(paint_figures, report, bureau, names),
    )


def paint_figures(
    report: FiguresReport, bureau: str, names: Mapping[str, str], device: QPagedPaintDevice
) -> None:
    """The figures on A4 portrait pages of `device` (a PDF writer or a printer): see
    `paint_report`."""
    paint_report(
        f"{bureau}环评审批统计",
        figures_parts(report, names),
        device,
        portrait=True,
        font_px=FIGURES_FONT_PX,
    )


def _chart_height(width: float) -> float:
    return width * CHART_SIZE.height() / CHART_SIZE.width()


def _paint_chart(chart: QChart, rect: QRectF, painter: QPainter) -> None:
    render(chart, painter, rect, CHART_SIZE)


def _drawn_document(doc: QTextDocument) -> Drawn:
    """`doc` (rich text, which Qt lays out and wraps) as a block of a report."""

    def height(width: float) -> float:
        doc.setTextWidth(width)
        return doc.size().height()

    def paint(rect: QRectF, painter: QPainter) -> None:
        painter.save()
        painter.translate(rect.topLeft())
        doc.drawContents(painter)
        painter.restore()

    return Drawn(height, paint)


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


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return one_decimal(value)
    if isinstance(value, datetime):
        return value.strftime(MINUTE_TEXT)
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def printed_title(bureau: str, title: str, today: date) -> str:
    """A printed list's title: whose it is (until a desk names its bureau, no one's) and
    the day its countdowns hold for."""
    whose = f"{bureau}　" if bureau.strip() else ""
    return f"{whose}{title}（截至 {today.isoformat()}）"


def write_table_pdf(sheet: Sheet, title: str, path: Path, progress: Progress = no_progress) -> Path:
    """A table on A4 landscape pages, under what it covers if it says (its scope): see
    `write_tables_pdf`."""
    parts: list[Part] = [sheet.scope, Table(sheet)] if sheet.scope else [Table(sheet)]
    return write_tables_pdf(parts, title, path, progress)


def write_tables_pdf(
    parts: Sequence[Part], title: str, path: Path, progress: Progress = no_progress
) -> Path:
    """Tables, each under its caption, and any paragraphs between, on A4 landscape pages:
    see `paint_report`. Written whole or not at all (`write_pdf`): a list of thousands
    of rows takes a while, and `progress` may stop it (Cancelled)."""
    return write_pdf(
        path,
        title,
        DPI,
        partial(paint_report, title, parts, centred=False, progress=progress),
    )


TABLE_FONT_PX = 10  # 7.5 pt: nineteen columns across a landscape page
FIGURES_FONT_PX = 14  # 10.5 pt (五号): the figures' three columns across a portrait page
TITLE_SCALE = 1.6  # a report's title, as large as its text times this (12 pt over 7.5)
CAPTION_SCALE = 1.3  # a table's caption: larger, not bold (see HEADER_SHADE)
PROGRESS_ROWS = 500  # rows measured or laid out between reports of progress
WHOLE_ROWS = 12  # a table of no more rows (a report's by kind, by unit) is never split
# between pages, if it fits one
FIRST_ROWS = 3  # a longer one starts with this many rows at least
RULE = QColor("#999999")
WRAP = Qt.TextFlag.TextWordWrap.value
LEFT = (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop).value
RIGHT = (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop).value
NUMBERS = (Kind.INT, Kind.DAYS, Kind.PERCENT)


@dataclass(frozen=True, slots=True)
class Table:
    """A table of a printed report, under its caption ("" for none), and a note on it
    printed under it ("" for none), never on a page without the table's last row."""

    sheet: Sheet
    caption: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class Drawn:
    """A block of a report drawn as it is, the page's width across (a chart, rich text):
    its height at a width, and what draws it in a rectangle."""

    height: Callable[[float], float]
    paint: Callable[[QRectF, QPainter], object]


Part = str | Table | Drawn  # a report's paragraph of text, a table, or a block drawn
_Op = Callable[[QPainter], object]  # one thing drawn on a page


def paint_table(sheet: Sheet, title: str, device: QPagedPaintDevice) -> None:
    """`sheet` on A4 landscape pages of `device` under `title`: see `paint_report`."""
    paint_tables([Table(sheet)], title, device)


def paint_tables(tables: Sequence[Table], title: str, device: QPagedPaintDevice) -> None:
    """`tables` in turn on A4 landscape pages of `device` under `title`, flush left."""
    paint_report(title, tables, device, centred=False)


def paint_report(
    title: str,
    parts: Sequence[Part],
    device: QPagedPaintDevice,
    *,
    centred: bool = True,
    portrait: bool = False,
    font_px: int = TABLE_FONT_PX,
    progress: Progress = no_progress,
) -> None:
    """`title`, then each part in turn, on A4 pages of `device` (landscape unless
    `portrait`), its text `font_px` high, drawn cell by cell: a long table is laid out
    in a moment, and each page holds only its own text and rules. Paragraphs break as
    cells do; a block drawn as it is starts a page if it does not fit below. A table's
    columns are as `column_widths` says: codes, dates and numbers never break, text
    wraps; no row is split between pages, and its heading row repeats on each page it
    goes on to; its note stays with its last row. Each page is numbered. `progress`
    hears, as one count (four times the rows), of the columns measured, the rows'
    heights, the rows laid out and the pages drawn: a list of thousands of rows may be
    stopped at any."""
    orientation = QPageLayout.Orientation
    _set_page(device, orientation.Portrait if portrait else orientation.Landscape)
    page = QRectF(device.pageLayout().paintRectPixels(DPI))
    font = printable_font(REPORT_FAMILIES, 1)
    font.setPixelSize(font_px)  # in DPI's dots, so measured as it is drawn
    metrics = QFontMetricsF(font)
    line = metrics.height()
    title_font, caption_font = QFont(font), QFont(font)
    title_font.setPixelSize(round(font_px * TITLE_SCALE))
    caption_font.setPixelSize(round(font_px * CAPTION_SCALE))
    bottom = page.height() - line - PAD  # the footer's line below
    breaks = Breaks(metrics)
    pages: list[list[_Op]] = [[]]
    y = 2 * QFontMetricsF(title_font).height()
    title_flags = (Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop).value | WRAP
    pages[0].append(
        partial(
            _draw_text,
            title_font,
            QRectF(0, 0, page.width(), y),
            title,
            title_flags if centred else LEFT,
        )
    )

    def room_for(height: float) -> float:
        """Where a block of `height` starts: here, or atop a new page if it does not
        fit below what this page holds already."""
        if y + height > bottom and pages[-1]:
            pages.append([])
            return 0.0
        return y

    total = 4 * sum(len(part.sheet.rows) for part in parts if isinstance(part, Table))
    done = 0

    def told(more: int) -> None:
        """`more` rows further through the count."""
        progress(done + more, total)

    def paragraph(text: str) -> tuple[str, float]:
        """`text` broken as a cell the page's width is (`Breaks`), and its height."""
        text = breaks.wrapped(text, page.width())
        return text, metrics.boundingRect(QRectF(0, 0, page.width(), 1e6), LEFT, text).height()

    def put_paragraph(text: str, height: float) -> None:
        nonlocal y
        pages[-1].append(partial(_draw_text, font, QRectF(0, y, page.width(), height), text, LEFT))
        y += height + line / 2

    for part in parts:
        if isinstance(part, str):
            text, height = paragraph(part)
            y = room_for(height)
            put_paragraph(text, height)
            continue
        if isinstance(part, Drawn):
            height = part.height(page.width())
            y = room_for(height)
            pages[-1].append(partial(part.paint, QRectF(0, y, page.width(), height)))
            y += height + line
            continue
        columns = part.sheet.columns
        rows = [[_text(v) for v in row] for row in part.sheet.rows]
        rows = rows or [["无"] + [""] * (len(columns) - 1)]
        n = len(part.sheet.rows)
        per_column = partial(_share, told, n, len(columns))
        widths = column_widths(columns, rows, metrics, page.width(), per_column, breaks)
        rows = _wrapped(rows, columns, widths, breaks)
        done += n
        titles = [
            (_heading_text(c.title, w, metrics), LEFT | WRAP)
            for c, w in zip(columns, widths, strict=True)
        ]
        heading = _height([t for t, _f in titles], widths, metrics, WRAP)
        heights = []
        for i, row in enumerate(rows, start=1):
            heights.append(_height(row, widths, metrics))
            if not i % PROGRESS_ROWS:
                told(i)
        done += n
        flags = [RIGHT if c.kind in NUMBERS else LEFT for c in columns]
        caption = 1.5 * line if part.caption else 0.0
        note, note_height = paragraph(part.note) if part.note else ("", 0.0)
        below = line + note_height if note else 0.0  # under the last row, kept with it
        # Never a caption alone at a foot, nor a row or two cut off from the rest: a
        # short table starts where it fits whole, a longer one with FIRST_ROWS at least.
        start = [*heights, below] if len(rows) <= WHOLE_ROWS else heights[:FIRST_ROWS]
        y = room_for(caption + heading + sum(start))
        top = y
        ops, y = _table_head(
            (caption_font, part.caption, caption), titles, widths, heading, y, page.width()
        )
        pages[-1].extend(ops)
        for i, (row, height) in enumerate(zip(rows, heights, strict=True), start=1):
            after = below if i == len(rows) else 0.0
            if y + height + after > bottom and y > top + caption + heading:  # a row is here
                pages[-1].append(partial(_paint_rules, widths=widths, top=top + caption, bottom=y))
                # A page on its own says whose rows it goes on with.
                continued = (caption_font, f"{part.caption}（续）", caption)
                ops, y = _table_head(continued, titles, widths, heading, 0.0, page.width())
                pages.append(ops)
                top = 0.0
            cells = list(zip(row, flags, strict=True))
            pages[-1].append(partial(_paint_row, cells=cells, widths=widths, y=y, h=height))
            y += height
            done += 1
            if not done % PROGRESS_ROWS:
                progress(done, total)
        pages[-1].append(partial(_paint_rules, widths=widths, top=top + caption, bottom=y))
        y += line
        if note:
            put_paragraph(note, note_height)
    rows_left = total - done  # the count's last quarter: the pages drawn
    _paint_pages(pages, device, page, font, lambda drawn: told(drawn * rows_left // len(pages)))


def _share(told: Callable[[int], object], rows: int, columns: int, column: int) -> None:
    """`told` of the rows' share that `column` (of `columns`) measured stands for."""
    told(rows * (column + 1) // columns)


def _table_head(
    caption: tuple[QFont, str, float],
    titles: Sequence[tuple[str, int]],
    widths: Sequence[float],
    heading: float,
    y: float,
    width: float,
) -> tuple[list[_Op], float]:
    """What draws a table's caption (font, text, height; none if its height is 0) and
    heading row from `y` down, and where they end."""
    font, text, height = caption
    ops: list[_Op] = []
    if height:
        ops.append(partial(_draw_text, font, QRectF(0, y, width, height), text, LEFT))
        y += height
    ops.append(partial(_paint_heading, titles, widths, y, heading))
    return ops, y + heading


def _paint_pages(
    pages: Sequence[Sequence[_Op]],
    device: QPagedPaintDevice,
    page: QRectF,
    font: QFont,
    drawn: Callable[[int], object] | None = None,
) -> None:
    """Each page's drawing on `device`, laid out at DPI on `page`, with its number on the
    last line (in `font`); `drawn(n)` once n pages are."""
    line = QFontMetricsF(font).height()
    painter = QPainter(device)
    try:
        painter.scale(device.logicalDpiX() / DPI, device.logicalDpiY() / DPI)
        painter.setFont(font)
        for number, ops in enumerate(pages, start=1):
            if number > 1:
                device.newPage()
            for op in ops:
                op(painter)
            painter.drawText(
                QRectF(0, page.height() - line, page.width(), line),
                Qt.AlignmentFlag.AlignHCenter.value,
                f"第 {number} 页，共 {len(pages)} 页",
            )
            if drawn is not None:
                drawn(number)
    finally:
        painter.end()


def _draw_text(font: QFont, rect: QRectF, text: str, flags: int, painter: QPainter) -> None:
    """`text` in `font`, then the table's font again."""
    table_font = painter.font()
    painter.setFont(font)
    painter.drawText(rect, flags, text)
    painter.setFont(table_font)


def _paint_heading(
    cells: Sequence[tuple[str, int]], widths: Sequence[float], y: float, h: float, painter: QPainter
) -> None:
    painter.fillRect(QRectF(0, y, sum(widths), h), QColor(HEADER_SHADE))
    _paint_row(painter, cells, widths, y, h)


def _heading_text(title: str, width: float, metrics: QFontMetricsF) -> str:
    """A heading too long for its column's one line, broken where `column_widths`
    allowed for (剩余/工作日, not 剩余工/作日: `heading_lines`), or in the middle if it
    must."""
    if inked(title, metrics) <= width - 2 * PAD:
        return title
    words = heading_lines(title)
    if max(inked(line, metrics) for line in words) <= width - 2 * PAD - SLACK:
        return "\n".join(words)
    return "\n".join(middle_lines(title))


def _wrapped(
    rows: Sequence[Sequence[str]],
    columns: Sequence[Column],
    widths: Sequence[float],
    breaks: Breaks,
) -> list[list[str]]:
    """`rows` with the texts of each column that wraps broken into their lines, each in
    as many as its row takes where more keep its words whole (`Breaks.wrapped`); each
    distinct text once for each height (a list repeats its names and statuses)."""
    wrapping = [(i, w) for i, (c, w) in enumerate(zip(columns, widths, strict=True)) if c.breaks]
    done: dict[tuple[int, str, int], str] = {}
    printed = []
    for row in rows:
        cells = list(row)
        room = max((breaks.lines(cells[i], width) for i, width in wrapping), default=1)
        for i, width in wrapping:
            key = (i, cells[i], room)
            if (lines := done.get(key)) is None:
                lines = done[key] = breaks.wrapped(cells[i], width, room)
            cells[i] = lines
        printed.append(cells)
    return printed


def _height(
    texts: Sequence[str], widths: Sequence[float], metrics: QFontMetricsF, flags: int = 0
) -> float:
    """A row's height: its tallest cell's lines (as `flags` wrap them, if they do)."""
    tallest = metrics.height()
    for text, width in zip(texts, widths, strict=True):
        if "\n" in text or (flags & WRAP and metrics.horizontalAdvance(text) > width - 2 * PAD):
            box = QRectF(0, 0, width - 2 * PAD, 1e6)
            tallest = max(tallest, metrics.boundingRect(box, flags, text).height())
    return tallest + 2 * PAD


def _paint_row(
    painter: QPainter, cells: Iterable[tuple[str, int]], widths: Sequence[float], y: float, h: float
) -> float:
    """One row's texts at `y`, `h` high, and the rule under it; returns its bottom."""
    x = 0.0
    for (text, flags), width in zip(cells, widths, strict=True):
        if text:
            painter.drawText(QRectF(x + PAD, y + PAD, width - 2 * PAD, h - 2 * PAD), flags, text)
        x += width
    painter.setPen(RULE)
    painter.drawLine(QPointF(0, y + h), QPointF(x, y + h))
    painter.setPen(Qt.GlobalColor.black)
    return y + h


def _paint_rules(painter: QPainter, widths: Sequence[float], top: float, bottom: float) -> None:
    """The table's outline and the rules between its columns, from `top` to `bottom`."""
    painter.setPen(RULE)
    x = 0.0
    painter.drawLine(QPointF(0, top), QPointF(sum(widths), top))
    for width in (0.0, *widths):
        x += width
        painter.drawLine(QPointF(x, top), QPointF(x, bottom))
    painter.setPen(Qt.GlobalColor.black)


def paint_service_report(report: MonthlyReport, bureau: str, device: QPagedPaintDevice) -> None:
    """The month's service-day report on A4 landscape pages of `device`."""
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
    parts: list[Part] = [
        f"服务日：{days or '本月无服务日'}",
        f"共服务企业 {len(report.visits)} 家次。按方式：{totals}。",
        f"反映事项：{matters}。",
        f"跟进情况：{states}。",
        Table(visits_sheet, "服务记录"),
        Table(pending, f"尚未办结的跟进事项（截至 {report.as_of.isoformat()}）"),
    ]
    paint_report(f"{bureau}企业服务日工作月报（{month}）", parts, device)


def write_service_report_pdf(report: MonthlyReport, bureau: str, path: Path) -> Path:
    """The month's service-day report on A4 landscape pages."""
    return write_pdf(
        path,
        f"{bureau}企业服务日工作月报",
        DPI,
        partial(paint_service_report, report, bureau),
    )
