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
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from approvals_gui.domain.stages import Action, effective_history
from approvals_gui.services.applications import ApplicationDetail
from approvals_gui.ui import strings

ACCEPTANCE = "acceptance"
SUPPLEMENT = "supplement"
# Fonts with Chinese glyphs, in order of preference; Qt falls back further if none exists.
CJK_FAMILIES = ["Noto Serif CJK SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "SimSun"]


def _day(day: date) -> str:
    return (
        ("%1年%2月%3日")
        .replace("%1", str(day.year))
        .replace("%2", str(day.month))
        .replace("%3", str(day.day))
    )


def latest_materials(detail: ApplicationDetail) -> tuple[str, ...]:
    """The materials of the latest supplement notice still in force."""
    requests = [
        e for e in effective_history(detail.events) if e.action is Action.REQUEST_SUPPLEMENT
    ]
    return requests[-1].materials if requests else ()


def notice_html(kind: str, detail: ApplicationDetail, bureau: str, today: date) -> str:
    record, clock = detail.view.record, detail.view.clock
    if kind == ACCEPTANCE:
        title = "受理通知书"
        accepted = record.facts.accepted_on or record.facts.received_on
        body = (
            (
                "你单位于%1提交的《%2》环境影响评价文件审批申请，经审查，申请材料齐全、"
                "符合法定形式。根据《中华人民共和国行政许可法》第三十二条的规定，决定予以受理。"
            )
            .replace("%1", _day(record.registered_on))
            .replace("%2", escape(record.project))
        )
        limits = "受理日期：%1。本局将于 %2 前作出审批决定（法定期限），并承诺于 %3 前办结。"
        limits = limits.replace("%1", _day(accepted))
        limits = limits.replace("%2", _day(clock.statutory_due) if clock.statutory_due else "—")
        limits = limits.replace("%3", _day(clock.promised_due) if clock.promised_due else "—")
        paragraphs = [body, limits, ("特此通知。")]
    else:
        title = "补正材料通知书"
        items = "".join(
            f"<li>{escape(strings.material_name(m))}</li>" for m in latest_materials(detail)
        )
        body = (
            (
                "你单位于%1提交的《%2》环境影响评价文件审批申请，申请材料不齐全或者不符合法定形式。"
                "根据《中华人民共和国行政许可法》第三十二条的规定，现一次性告知需要补正的全部内容如下："
            )
            .replace("%1", _day(record.registered_on))
            .replace("%2", escape(record.project))
        )
        after = "请按上述要求补正后一并提交。本局自收到全部补正材料之日起重新计算受理期限。"
        paragraphs = [body, f"<ol>{items}</ol>", after, ("特此通知。")]
    paragraph_html = "".join(
        f"<p style='text-indent:2em; line-height:160%'>{p}</p>" for p in paragraphs
    )
    return (
        f"<h2 align='center'>{escape(bureau)}</h2>"
        f"<h1 align='center'>{title}</h1>"
        f"<p align='right'>{('编号：%1').replace('%1', escape(record.number))}</p>"
        f"<p>{escape(record.enterprise_name)}：</p>"
        f"{paragraph_html}"
        f"<p align='right'>{escape(bureau)}<br/>{_day(today)}</p>"
        f"<p>{('承办人：%1').replace('%1', escape(record.handler))}</p>"
    )


def document(html: str) -> QTextDocument:
    doc = QTextDocument()
    font = QFont()
    font.setFamilies(CJK_FAMILIES)
    font.setPointSize(12)
    doc.setDefaultFont(font)
    doc.setHtml(html)
    return doc


def write_pdf(html: str, path: Path) -> Path:
    """Print the notice to an A4 PDF at `path`."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(25, 25, 25, 25), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(path.stem)
    print_document(html, writer)
    del writer  # the file is complete once the writer is gone
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"cannot write {path}")  # QPdfWriter fails without telling
    return path


def print_document(html: str, device: QPagedPaintDevice) -> None:
    doc = document(html)
    doc.print_(device)
