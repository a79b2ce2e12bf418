"""The acceptance notice (受理通知书) and the one-time supplement notice (补正材料通知书).

Both are laid out as HTML from the application's data and printed through Qt, to a
PDF file (QPdfWriter) or a printer (QPrinter). They are official documents handed to
Chinese enterprises, so their text is Chinese whatever the interface language.
"""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter

from approvals_gui.domain.stages import Action, effective_history
from approvals_gui.printing.documents import check_written, document
from approvals_gui.services.applications import ApplicationDetail

ACCEPTANCE = "acceptance"
SUPPLEMENT = "supplement"


def _day(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def latest_materials(detail: ApplicationDetail) -> tuple[str, ...]:
    """The materials of the latest supplement notice still in force."""
    requests = [
        e for e in effective_history(detail.events) if e.action is Action.REQUEST_SUPPLEMENT
    ]
    return requests[-1].materials if requests else ()


def notice_html(kind: str, detail: ApplicationDetail, bureau: str, today: date) -> str:
    """The notice of `kind` (ACCEPTANCE or SUPPLEMENT), dated `today`."""
    record = detail.view.record
    title, paragraphs = (
        ("受理通知书", _acceptance(detail))
        if kind == ACCEPTANCE
        else ("补正材料通知书", _supplement(detail))
    )
    paragraph_html = "".join(
        f"<p style='text-indent:2em; line-height:160%'>{p}</p>" for p in paragraphs
    )
    return (
        f"<h2 align='center'>{escape(bureau)}</h2>"
        f"<h1 align='center'>{title}</h1>"
        f"<p align='right'>编号：{escape(record.number)}</p>"
        f"<p>{escape(record.enterprise_name)}：</p>"
        f"{paragraph_html}"
        f"<p align='right'>{escape(bureau)}<br/>{_day(today)}</p>"
        f"<p>承办人：{escape(record.handler)}</p>"
    )


def _acceptance(detail: ApplicationDetail) -> list[str]:
    record, clock = detail.view.record, detail.view.clock
    accepted = record.facts.accepted_on or record.facts.received_on
    statutory = _day(clock.statutory_due) if clock.statutory_due else "—"
    promised = _day(clock.promised_due) if clock.promised_due else "—"
    return [
        f"你单位于{_day(record.registered_on)}提交的《{escape(record.project)}》环境影响评价"
        "文件审批申请，经审查，申请材料齐全、符合法定形式。根据《中华人民共和国行政许可法》"
        "第三十二条的规定，决定予以受理。",
        f"受理日期：{_day(accepted)}。本局将于 {statutory} 前作出审批决定（法定期限），"
        f"并承诺于 {promised} 前办结。",
        "特此通知。",
    ]


def _supplement(detail: ApplicationDetail) -> list[str]:
    record = detail.view.record
    # Materials are stored as the Chinese text of the list or as the clerk typed them.
    items = "".join(f"<li>{escape(m)}</li>" for m in latest_materials(detail))
    return [
        f"你单位于{_day(record.registered_on)}提交的《{escape(record.project)}》环境影响评价"
        "文件审批申请，申请材料不齐全或者不符合法定形式。根据《中华人民共和国行政许可法》"
        "第三十二条的规定，现一次性告知需要补正的全部内容如下：",
        f"<ol>{items}</ol>",
        "请按上述要求补正后一并提交。本局自收到全部补正材料之日起重新计算受理期限。",
        "特此通知。",
    ]


def write_pdf(html: str, path: Path) -> Path:
    """Print the notice to an A4 PDF at `path`."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(25, 25, 25, 25), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(path.stem)
    print_document(html, writer)
    del writer  # the file is complete once the writer is gone
    return check_written(path)


def print_document(html: str, device: QPagedPaintDevice) -> None:
    document(html).print_(device)
