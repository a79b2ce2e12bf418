"""PDF documents opened and their text checked: the figures with charts, a table."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from approvals_gui.printing.reports import write_figures_pdf, write_table_pdf
from approvals_gui.services.applications import list_applications
from approvals_gui.services.exports import applications_sheet
from approvals_gui.services.figures import figures_report
from approvals_gui.services.workspace import Workspace
from tests.conftest import TODAY
from tests.conftest import category_names as names

N = lambda d: date(2026, 11, d)  # noqa: E731


def text_of(path: Path) -> str:
    """The PDF's text as pypdf reads it, without white space; not normalised, so a
    character written as a look-alike radical (⽣ for 生) does not match."""
    return plain("".join(page.extract_text() for page in PdfReader(path).pages))


def plain(text: str) -> str:
    return re.sub(r"\s", "", text)


def test_figures_pdf_has_figures_definitions_and_charts(
    qtbot: QtBot,
    data: Workspace,
    tmp_path: Path,
) -> None:
    report = figures_report(data, N(1), N(30), today=TODAY)
    path = write_figures_pdf(report, "江城市生态环境局", names(data), tmp_path / "f.pdf")
    text = text_of(path)
    assert plain("江城市生态环境局环评审批统计") in text
    assert plain("统计期间：2026-11-01至2026-11-30") in text
    assert plain("一次办结率") in text and plain("100.0%（1/1）") in text
    assert plain("补正通知不超过一次") in text  # the definition beside the figure
    assert plain("7.0个工作日") in text
    # The charts are drawn as vectors, so their titles and labels are text too.
    assert plain("承诺期内办结率与一次办结率（月度）") in text
    assert plain("各类别平均用时与时限（工作日）") in text
    assert plain("当前在办件数（按环节）") in text and "12月1月2月" in text
    # The by-unit table, its columns' definitions listed under it.
    assert plain("分单位") in text and plain("用时占比") in text
    assert plain("市局21100.0%（1/1）") in text  # received, decided, within the promise
    assert plain("各单位合计为100%") in text


def test_table_pdf(qtbot: QtBot, data: Workspace, tmp_path: Path) -> None:
    units = {u.code: u.name for u in data.units()}
    sheet = applications_sheet(list_applications(data, today=TODAY), names(data), units)
    path = write_table_pdf(sheet, "申请一览", tmp_path / "t.pdf")
    text = text_of(path)
    assert plain("申请一览") in text and plain("法定到期日") in text and plain("审批单位") in text
    assert plain("环境影响报告表张三-2+3市局市局2026-11-022026-11-03办结承诺期内办结") in text


def test_every_report_pdf_prints_real_characters(
    qtbot: QtBot, data: Workspace, tmp_path: Path
) -> None:
    """Read back by pdftotext, characters as they are: no radical stands in for an
    ideograph, in the tables, the charts or the titles."""
    from approvals_gui.printing.reports import write_service_report_pdf
    from approvals_gui.services.service_days import month_report
    from tests.notice_cases import pdf_text, radicals

    bureau = "江城市生态环境局"
    report = figures_report(data, N(1), N(30), today=TODAY)
    sheet = applications_sheet(list_applications(data, today=TODAY), names(data))
    month = month_report(data, N(1), today=TODAY)
    written = {
        write_figures_pdf(report, bureau, names(data), tmp_path / "f.pdf"): [
            "江城市生态环境局环评审批统计",
            "统计期间：2026-11-01至2026-11-30",
            "一次办结率",
            "当前在办件数（按环节）",  # a chart's title, drawn as text
        ],
        write_table_pdf(sheet, "申请一览", tmp_path / "t.pdf"): [
            "申请一览",  # narrow columns break longer texts into lines
            "承诺到期日",
            "法定到期日",
            "2026-11-03",
        ],
        write_service_report_pdf(month, bureau, tmp_path / "s.pdf"): [
            "江城市生态环境局企业服务日工作月报（2026年11月）",
            "服务日：2026-11-05",
            "尚未办结的跟进事项",
        ],
    }
    for path, expected in written.items():
        text = pdf_text(path)
        for piece in expected:
            assert piece in text, (path.name, piece)
        assert radicals(text) == [], path.name
