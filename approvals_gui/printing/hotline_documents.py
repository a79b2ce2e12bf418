"""The hotline's two papers, laid out as official documents (the red authority, the
number, a red rule, the title; notices.py has the measures): the 交办单 that hands a
case to a unit, and the 办结报告 that records how it ended.

Like the notices, they are Chinese documents whatever the interface language. The
reporter is always masked on them: they leave the hotline desk.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial
from html import escape
from pathlib import Path

from PySide6.QtCore import QLineF, QPointF, QRectF, QSizeF
from PySide6.QtGui import (
    QColor,
    QPagedPaintDevice,
    QPainter,
    QPen,
    QTextDocument,
    QTextTable,
)

from approvals_gui.domain.hotline import labels
from approvals_gui.domain.hotline.cases import CaseAction, CaseEvent, effective
from approvals_gui.domain.hotline.clock import CaseDueKind
from approvals_gui.domain.hotline.privacy import mask_name, mask_phone
from approvals_gui.domain.hotline.records import CaseRecord
from approvals_gui.printing.documents import (
    NO_MADE_UP_BOLD,
    draw_page_text,
    keep_foot_with_text,
    write_pdf,
)
from approvals_gui.printing.fonts import BODY_FAMILIES, has_bold_style, printable_font, title_font
from approvals_gui.printing.notice_text import chinese_date
from approvals_gui.printing.notices import (
    AUTHORITY_PT,
    RED,
    RULE_GAP_MM,
    RULE_MM,
    draw_page_number,
    page_layout,
)
from approvals_gui.services.hotline import CaseDetail

DPI = 96  # as the reports: lengths in the document are the device's dots
BODY_PT = 14  # 四号: a form's rows, narrower than a notice's 三号 body
# Qt's rich text takes lengths in pixels, the device's dots at DPI: two characters of
# indent; four characters from the right for the date, as notices.py does.
INDENT_PX = round(2 * BODY_PT * DPI / 72)
RIGHT_PX = round(4 * BODY_PT * DPI / 72)
TITLE_PT = 22  # 二号
FORM_RULE = 1.0  # the form's rules, in the device's dots (the table's border=1)
HANDOVER_TITLE = "12369环保举报交办单"
CLOSING_TITLE = "12369环保举报办结报告"


@dataclass(frozen=True, slots=True)
class CasePaper:
    """A paper as printed, top to bottom."""

    title: str
    authority: str  # header and signature
    number: str  # the case's number, under the header
    addressee: str  # "" for none
    rows: tuple[tuple[str, str], ...]  # the form: a label and its text
    paragraphs: tuple[str, ...]
    signed_on: date
    # Years without their holiday schedule that a date it gives was counted on: the
    # clerk is told (the date may move once they are published).
    estimated_years: tuple[int, ...] = ()


# -- what they say ----------------------------------------------------------------------


def _reporter(record: CaseRecord) -> str:
    if record.anonymous:
        return "匿名"
    phone = mask_phone(record.reporter_phone) if record.reporter_phone else ""
    return "  ".join(filter(None, (mask_name(record.reporter_name), phone)))


def _enterprise(record: CaseRecord) -> str:
    if not record.credit_code:
        return "未指明"
    return f"{record.enterprise_name}（统一社会信用代码 {record.credit_code}）"


def _place(record: CaseRecord) -> str:
    """The district before the address, unless the address starts with it."""
    if record.address.startswith(record.district):
        return record.address or "未指明"
    return record.district + record.address


def _report_rows(record: CaseRecord) -> list[tuple[str, str]]:
    return [
        ("案件编号", record.number),
        ("收到时间", f"{chinese_date(record.received_at.date())} {record.received_at:%H:%M}"),
        ("举报渠道", labels.CHANNEL_NAMES[record.channel]),
        ("举报类别", labels.TOPIC_NAMES[record.topic]),
        ("举报内容", record.content),
        ("地址", _place(record)),
        ("被举报企业", _enterprise(record)),
        ("举报人", _reporter(record)),
    ]


def handover(detail: CaseDetail, authority: str, units: dict[str, str]) -> CasePaper:
    """The 交办单 to the unit the case was last handed to."""
    record, clock = detail.view.record, detail.view.clock
    facts = record.facts
    unit = units.get(facts.unit, facts.unit)
    unit_due = chinese_date(facts.unit_due) if facts.unit_due else ""
    close_due = chinese_date(clock.close_due) if clock.close_due else ""
    rows = [
        *_report_rows(record),
        ("承办单位", unit),
        ("交办日期", chinese_date(facts.assigned_on) if facts.assigned_on else ""),
        ("反馈期限", unit_due),
        ("办结期限", close_due),
    ]
    body = (
        f"现将上述举报交你单位办理。请依法调查核实，于{unit_due}前将调查情况、处理措施"
        f"和处罚情况书面反馈{authority}。本案办结期限为{close_due}。",
        "举报人信息依法保密，不得泄露。",
    )
    signed = facts.assigned_on or record.received_at.date()
    closing = clock.deadline(CaseDueKind.CLOSE)  # the unit's date is given, not counted
    estimated = closing.estimated_years if closing and closing.done_on is None else ()
    return CasePaper(
        HANDOVER_TITLE, authority, record.number, unit, tuple(rows), body, signed, estimated
    )


def _last(events: tuple[CaseEvent, ...], action: CaseAction) -> CaseEvent | None:
    return next((e for e in reversed(effective(events)) if e.action is action), None)


def closing_report(detail: CaseDetail, authority: str, units: dict[str, str]) -> CasePaper:
    """The 办结报告: the case, what was found and done, the reply, and the close."""
    record, clock = detail.view.record, detail.view.clock
    facts = record.facts
    handled = _last(detail.events, CaseAction.HANDLE)
    replied = _last(detail.events, CaseAction.REPLY)
    on_time = "按期办结" if clock.closed_in_time else "逾期办结"
    close_due = f"（办结期限 {chinese_date(clock.close_due)}）" if clock.close_due else ""
    reply = ""
    if replied is not None:
        reply = "；".join(filter(None, (f"{chinese_date(replied.on)}已反馈举报人", replied.remark)))
    satisfaction = labels.SATISFACTION_NAMES[facts.satisfaction] if facts.satisfaction else "未回访"
    rows = [
        *_report_rows(record),
        ("承办单位", units.get(facts.unit, facts.unit) or "本局直接办理"),
        ("调查情况", handled.findings if handled else ""),
        ("处理措施", (handled.measures if handled else "") or "无"),
        ("处罚情况", (handled.penalty if handled else "") or "无"),
        ("反馈情况", reply),
        ("办结日期", chinese_date(facts.closed_on) if facts.closed_on else ""),
        ("是否按期", on_time + close_due),
        ("回访评价", satisfaction),
    ]
    if detail.merged:
        rows.append(("合并办理", "、".join(m.number for m in detail.merged)))
    signed = facts.closed_on or record.received_at.date()
    # A report's closing words; the signature never stands alone on a page without them.
    closing = ("特此报告。",)
    return CasePaper(CLOSING_TITLE, authority, record.number, "", tuple(rows), closing, signed)


# -- how they look ------------------------------------------------------------------------


def _families(families: list[str]) -> str:
    return ", ".join(f"'{f}'" for f in families)  # inside a double-quoted style


def paper_html(paper: CasePaper) -> str:
    title = title_font(TITLE_PT)
    head = f"font-family: {_families(title.families())};"
    rows = "".join(
        f"<tr><td width='22%' align='center'>{escape(k)}</td><td>{escape(v)}</td></tr>"
        for k, v in paper.rows
    )
    addressee = f"<p>{escape(paper.addressee)}：</p>" if paper.addressee else ""
    body = "".join(
        f"<p style='text-indent: {INDENT_PX}px;'>{escape(p)}</p>" for p in paper.paragraphs
    )
    return (
        f'<p align="center" style="{head} font-size: {AUTHORITY_PT}pt; color: {RED.name()};">'
        f"{escape(paper.authority)}</p>"
        f"<p align='center' style='margin-top: 16px;'>编号：{escape(paper.number)}</p>"
        f'<p align="center" style="{head} font-size: {TITLE_PT}pt; margin-top: 40px;'
        f' margin-bottom: 18px;">{escape(paper.title)}</p>'
        f"{addressee}"
        "<table width='100%' border='1' cellspacing='0' cellpadding='6'"
        f" style='border-collapse: collapse;'>{rows}</table>"
        f"<div style='margin-top: 18px;'>{body}</div>"
        f"<p align='right' style='margin-top: 56px; margin-right: {RIGHT_PX}px;'>"
        f"{escape(paper.authority)}</p>"
        f"<p align='right' style='margin-right: {RIGHT_PX}px;'>{chinese_date(paper.signed_on)}</p>"
    )


def paint_paper(paper: CasePaper, device: QPagedPaintDevice) -> int:
    """Lay `paper` out on A4 pages of `device`, the red rule under the number; returns
    the pages."""
    doc = paper_document(paper, device)
    size = doc.pageSize()
    number = doc.findBlockByNumber(1)
    rule_y = doc.documentLayout().blockBoundingRect(number).bottom()
    rule_y += (RULE_GAP_MM + RULE_MM / 2) * device.logicalDpiY() / 25.4
    pages = doc.pageCount()
    painter = QPainter(device)
    try:
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.translate(0, -page * size.height())
            # Text and rules apart: Qt's own drawing of a page put the last line of a
            # form's cell before a page break into the next page's text too.
            painter.setPen(QPen(QColor("black"), FORM_RULE))  # text has no colour of its own
            draw_page_text(doc, painter, page)
            painter.drawLines(form_rules(doc, page))
            painter.restore()
            if page == 0:
                painter.setPen(QPen(RED, RULE_MM * device.logicalDpiY() / 25.4))
                painter.drawLine(QPointF(0, rule_y), QPointF(size.width(), rule_y))
            if pages > 1:
                inset = BODY_PT * device.logicalDpiY() / 72  # a character of the form
                draw_page_number(painter, device, size, page + 1, inset)
        return pages
    finally:
        painter.end()


def paper_document(paper: CasePaper, device: QPagedPaintDevice) -> QTextDocument:
    """`paper` laid out on `device`'s A4 pages, one page of the document to each."""
    device.setPageLayout(page_layout())
    area = device.pageLayout().paintRectPixels(device.logicalDpiY())
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    body = printable_font(BODY_FAMILIES, BODY_PT)
    doc.setDefaultFont(body)
    if not body.families() or not has_bold_style(body.families()[0]):
        doc.setDefaultStyleSheet(NO_MADE_UP_BOLD)
    doc.setDocumentMargin(0)
    doc.setPageSize(QSizeF(area.width(), area.height()))
    doc.setHtml(paper_html(paper))
    if paper.paragraphs:  # the authority and the date, the last two blocks
        keep_foot_with_text(doc, doc.lastBlock().previous())
    return doc


def form_rules(doc: QTextDocument, page: int) -> list[QLineF]:
    """The rules of the form (the document's table) that fall on `page`: around and
    between its cells, and where it breaks across pages a rule at the foot of the page
    it leaves and at the head of the page it goes on to."""
    tables = [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]
    if not tables:
        return []
    table = tables[0]
    layout = doc.documentLayout()
    # From a cell's text to the middle of the rule beside it (the rules collapsed).
    edge = table.format().cellPadding() + FORM_RULE / 2

    def text_of(row: int, column: int) -> QRectF:
        cell = table.cellAt(row, column)
        first, last = cell.firstCursorPosition().block(), cell.lastCursorPosition().block()
        return layout.blockBoundingRect(first).united(layout.blockBoundingRect(last))

    cells = [[text_of(r, c) for c in range(table.columns())] for r in range(table.rows())]
    xs = [cell.left() - edge for cell in cells[0]] + [cells[0][-1].right() + edge]
    tops = [min(cell.top() for cell in row) - edge for row in cells]
    bottom = max(cell.bottom() for cell in cells[-1]) + edge
    height = doc.pageSize().height()
    first, last = page * height, (page + 1) * height
    if bottom <= first or tops[0] >= last:  # the form is not on this page
        return []
    across = [y for y in [*tops, bottom] if first <= y < last]
    if tops[0] < first:  # goes on from the page before
        across.insert(0, first + FORM_RULE / 2)
    if bottom >= last:  # goes on to the next page
        across.append(last - FORM_RULE / 2)
    downs = [QLineF(x, across[0], x, across[-1]) for x in xs]
    return [QLineF(xs[0], y, xs[-1], y) for y in across] + downs


def write_paper_pdf(paper: CasePaper, path: Path) -> Path:
    """Print `paper` to an A4 PDF at `path`, whole or not at all (`write_pdf`)."""
    return write_pdf(path, f"{paper.title} {paper.number}", DPI, partial(paint_paper, paper))
