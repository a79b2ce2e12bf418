"""The figures screen: each figure against hand-computed values, the charts, the
period and filter controls, and the exports from the window."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCharts import QHorizontalBarSeries, QLineSeries
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from approvals_gui.domain.periods import PeriodKind
from approvals_gui.domain.stages import Action
from approvals_gui.domain.units import Authority, Level, Unit, UnitKind
from approvals_gui.services.applications import Step, apply_step, register
from approvals_gui.services.changes import ChangeSet
from approvals_gui.services.figure_rows import FigureRow, Kind
from approvals_gui.services.units import save_authorities, save_units
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui import operations
from approvals_gui.ui.controllers import figures as figures_controller
from approvals_gui.ui.controllers.applications import ALL
from approvals_gui.ui.main_window import FIGURES, MainWindow
from approvals_gui.ui.pages.figures_page import FiguresPage, figure_value_text
from tests.conftest import TODAY, new_application
from tests.printing.test_reports import plain, text_of
from tests.ui.conftest import (
    answer_next_dialog,
    grid_cell,
    open_window,
    preview_pages,
    status_said,
)

N = lambda d: date(2026, 11, d)  # noqa: E731
DOC = "环审〔2026〕1号"


@pytest.fixture
def november(ws: Workspace) -> Workspace:
    """A: early and in one go (7 wd of 10). B: two supplements, decided 11-20 (13 wd):
    on time, not in one go. C: open, in review. D: a report book, just received."""

    def run(received: date, *steps: Step, **fields: object) -> None:
        app_id = register(ws, new_application(received_on=received, **fields), today=TODAY)
        for version, step in enumerate(steps, start=1):
            apply_step(ws, app_id, version, step, today=TODAY)

    run(
        N(2),
        Step(Action.ACCEPT, N(3)),
        Step(Action.START_REVIEW, N(4)),
        Step(Action.REFUSE, N(12), document_number=DOC, reason="选址不符合规划"),
        Step(Action.DELIVER, N(13)),
    )
    run(
        N(2),
        Step(Action.REQUEST_SUPPLEMENT, N(2), materials=("图件",)),
        Step(Action.RECEIVE_MATERIALS, N(2)),
        Step(Action.REQUEST_SUPPLEMENT, N(2), materials=("附件",), reason="附件缺页"),
        Step(Action.RECEIVE_MATERIALS, N(3)),
        Step(Action.ACCEPT, N(3)),
        Step(Action.START_REVIEW, N(4)),
        Step(Action.REFUSE, N(20), document_number=DOC, reason="选址不符合规划"),
        Step(Action.DELIVER, N(20)),
        handler="李四",
    )
    run(N(20), Step(Action.ACCEPT, N(23)), Step(Action.START_REVIEW, N(24)))
    run(N(25), category="report_book")
    return ws


def open_figures(qtbot: QtBot, ws: Workspace, settings: QSettings) -> MainWindow:
    window = open_window(qtbot, ws, settings)
    window.show_view(FIGURES)
    qtbot.waitUntil(lambda: window.figures.page.report is not None)
    return window


def test_each_figure_for_the_month(qtbot: QtBot, november: Workspace, settings: QSettings) -> None:
    window = open_figures(qtbot, november, settings)
    page = window.figures.page
    assert page.period_kind() is PeriodKind.MONTH and page.period() == (N(1), N(30))
    assert page.period_label.text() == "统计期间：2026-11-01 至 2026-11-30（截至 2026-11-25）"
    assert page.figure_texts() == {
        "收件": "4 件",
        "受理": "3 件",
        "作出审批决定": "2 件",
        "承诺期内办结率": "50.0%（1/2）",
        "法定期限内办结率": "100.0%（2/2）",
        "一次办结率": "50.0%（1/2）",
        "平均审批用时": "10.0 个工作日",
        "平均承诺时限": "10.0 个工作日",
        "平均法定时限": "30.0 个工作日",
        "时限压缩率": "66.7%",
        "补正": "1 件",
        "补正占比": "25.0%（1/4）",
        "当前在办": "2 件",
    }
    # The definition sits beside the figure.
    notes = [cell_text(page.figures_grid, r, 2) for r in range(13)]
    assert "补正通知不超过一次" in notes[5] and "承诺时限内" in notes[3]
    trend, by_category, backlog = (view.chart() for view in page.chart_views)
    lines = [s for s in trend.series() if isinstance(s, QLineSeries)]
    assert {s.name() for s in lines} == {"承诺期内办结率", "一次办结率"}
    november_points = {s.name(): s.at(s.count() - 1).y() for s in lines}
    assert november_points == {"承诺期内办结率": 50.0, "一次办结率": 50.0}
    bars = by_category.series()[0]
    assert isinstance(bars, QHorizontalBarSeries)  # names beside the bars, whole
    used = {bars.barSets()[i].label(): bars.barSets()[i] for i in range(3)}
    form = [c for c in by_category.axes()[0].categories()].index("环境影响报告表")
    assert used["平均审批用时"].at(form) == 10.0 and used["平均法定时限"].at(form) == 30.0
    stages = backlog.axes()[0].categories()
    counts = backlog.series()[0].barSets()[0]
    assert counts.at(stages.index("审查")) == 1 and counts.at(stages.index("收件")) == 1
    window.grab()


def test_figures_as_the_page_left_open(
    qtbot: QtBot, november: Workspace, settings: QSettings
) -> None:
    """统计分析 comes first at a start, before the list is in: its figures are the
    database's, not an empty list's, and its pick lists fill once the rules are read."""
    from approvals_gui.ui import settings as options

    options.LAST_VIEW.set(settings, FIGURES)
    window = open_window(qtbot, november, settings)
    page = window.figures.page
    qtbot.waitUntil(lambda: page.report is not None)
    assert page.figure_texts()["收件"] == "4 件"
    qtbot.waitUntil(lambda: page.category.count() > 1)


def test_filters_and_periods(qtbot: QtBot, november: Workspace, settings: QSettings) -> None:
    window = open_figures(qtbot, november, settings)
    page = window.figures.page
    page.handler.setCurrentIndex(page.handler.findData("李四"))
    qtbot.waitUntil(lambda: page.report is not None and page.report.handler == "李四")
    assert (
        page.figure_texts()["收件"] == "1 件" and page.figure_texts()["一次办结率"] == "0.0%（0/1）"
    )
    page.handler.setCurrentIndex(0)
    page.category.setCurrentIndex(page.category.findData("report_book"))
    qtbot.waitUntil(lambda: page.report is not None and page.report.category == "report_book")
    assert page.figure_texts()["收件"] == "1 件" and page.figure_texts()["承诺期内办结率"] == "—"
    page.category.setCurrentIndex(0)
    page.kind.setCurrentIndex(page.kind.findData("quarter"))
    assert page.period() == (date(2026, 10, 1), date(2026, 12, 31))
    page.kind.setCurrentIndex(page.kind.findData("year"))
    page.year.setValue(2025)
    qtbot.waitUntil(
        lambda: page.report is not None and page.report.figures.first == date(2025, 1, 1)
    )
    assert page.figure_texts()["收件"] == "0 件" and page.figure_texts()["当前在办"] == "2 件"
    by_category = page.chart_views[1].chart()  # no bars to draw: it says why
    assert by_category.title() == "各类别平均用时与时限（工作日）：本期没有办结的申请"
    page.kind.setCurrentIndex(page.kind.findData("custom"))
    assert page.first.isVisible() and not page.year.isVisible()


def test_exports_from_the_window(
    qtbot: QtBot, november: Workspace, settings: QSettings, tmp_path: Path
) -> None:
    window = open_figures(qtbot, november, settings)
    answers = iter([tmp_path / "stats.xlsx", tmp_path / "stats.pdf", tmp_path / "list.xlsx"])
    window.exports.ask_path = lambda *_args: next(answers)  # type: ignore[method-assign]
    with qtbot.waitSignal(window.exports.written, timeout=10000):
        window.figures.page.xlsx_button.click()
    book = load_workbook(tmp_path / "stats.xlsx")
    # It says what it covers first: the workbook had not, unlike the printout.
    rows = list(book["指标"].iter_rows(min_row=2, max_col=2, values_only=True))
    assert rows[:3] == [
        ("统计期间", "2026-11-01 至 2026-11-30（截至 2026-11-25）"),
        ("统计范围", "全部承办人、类别和审批单位"),
        ("收件", 4),
    ]
    with qtbot.waitSignal(window.exports.written, timeout=10000):
        window.figures.page.pdf_button.click()
    assert plain("一次办结率50.0%（1/2）") in text_of(tmp_path / "stats.pdf")
    window.show_view(ALL)
    window.applications.page.search.setText("再生铝")
    with qtbot.waitSignal(window.exports.written, timeout=10000):
        window.export_action.trigger()
    rows = list(load_workbook(tmp_path / "list.xlsx")["申请"].iter_rows(values_only=True))
    assert len(rows) == 1 + 4 and rows[0][0] == "编号"
    at, held = rows[0].index("审批单位"), rows[0].index("所在单位")
    assert {(r[at], r[held]) for r in rows[1:]} == {("市局", "市局")}  # names, not codes
    assert "已导出" in status_said(window)


def test_the_figures_in_print_preview_have_the_pdfs_pages(
    qtbot: QtBot, november: Workspace, settings: QSettings, tmp_path: Path
) -> None:
    """打印预览 draws the figures as the PDF does (its table, charts and by-unit table)."""
    from pypdf import PdfReader

    window = open_figures(qtbot, november, settings)
    window.exports.ask_path = lambda *_args: tmp_path / "stats.pdf"  # type: ignore[method-assign]
    with qtbot.waitSignal(window.exports.written, timeout=10000):
        window.figures.page.pdf_button.click()
    printed = len(PdfReader(tmp_path / "stats.pdf").pages)
    assert preview_pages(qtbot, window.figures.page.preview_action.trigger) == printed >= 2


def test_a_report_narrowed_to_a_handler_is_offered_under_its_own_name(
    qtbot: QtBot, november: Workspace, settings: QSettings, tmp_path: Path
) -> None:
    """Exported for each handler in turn, every report was offered as
    环评审批统计-2026-11-01至2026-11-30.xlsx: one overwrote the last, or they got mixed."""
    window = open_figures(qtbot, november, settings)
    page = window.figures.page
    offered: list[str] = []

    def ask(_title: str, suggested: str, _filters: str) -> None:
        offered.append(suggested)  # and cancelled

    window.exports.ask_path = ask  # type: ignore[method-assign]
    page.xlsx_button.click()
    page.handler.setCurrentIndex(page.handler.findData("李四"))
    qtbot.waitUntil(lambda: page.report is not None and page.report.handler == "李四")
    page.xlsx_button.click()
    page.pdf_button.click()
    assert offered == [
        "环评审批统计-2026-11-01至2026-11-30.xlsx",
        "环评审批统计-2026-11-01至2026-11-30-李四.xlsx",
        "环评审批统计-2026-11-01至2026-11-30-李四.pdf",
    ]


def test_figures_by_unit_with_a_unit_filter(
    qtbot: QtBot, ws: Workspace, settings: QSettings, tmp_path: Path
) -> None:
    save_units(
        ws,
        [
            Unit("city", "市局", UnitKind.CITY),
            Unit("gx", "高新分局", UnitKind.BRANCH, "高新区"),
            Unit("centre", "技术评估中心", UnitKind.CENTRE),
        ],
    )
    save_authorities(ws, [Authority("report_form", Level.LOCAL)])
    ws.reload()
    # Decided by the 高新 branch on 11-16, 5 of its 10 working days at the centre.
    app_id = register(ws, new_application(received_on=N(2)), today=TODAY)
    for version, step in enumerate(
        (
            Step(Action.ACCEPT, N(3)),
            Step(Action.START_EXPERT_REVIEW, N(4), remark="技术评估"),
            Step(Action.TRANSFER, N(4), to_unit="centre"),
            Step(Action.TRANSFER, N(11), to_unit="gx"),
            Step(Action.FINISH_EXPERT_REVIEW, N(11)),
            Step(Action.REFUSE, N(16), document_number=DOC, reason="选址不符合规划"),
        ),
        start=1,
    ):
        apply_step(ws, app_id, version, step, today=TODAY)
    register(ws, new_application(category="report_book", received_on=N(20)), today=TODAY)
    window = open_figures(qtbot, ws, settings)
    page = window.figures.page
    qtbot.waitUntil(lambda: page.unit.count() == 4)
    assert [page.unit.itemText(i) for i in range(4)] == [
        "全部单位",
        "市局",
        "高新分局",
        "技术评估中心",
    ]
    table = page.unit_texts()
    notes = page.units_notes
    assert list(table) == ["市局", "高新分局", "技术评估中心", "合计"]
    assert table["高新分局"]["收件"] == "1 件" and table["高新分局"]["作出审批决定"] == "1 件"
    assert table["高新分局"]["承诺期内办结率"] == "100.0%（1/1）"
    assert table["高新分局"]["平均在该单位工作日"] == "5.0 个工作日"
    assert table["技术评估中心"]["用时占比"] == "50.0%"
    # The total is the whole time per application, not a stay: said so in its cell.
    assert table["合计"]["平均在该单位工作日"] == "每件总用时 10.0 个工作日"
    total_row = page.units_table.rowCount() - 1
    total_cell = page.units_table.item(total_row, 6)
    assert total_cell.toolTip() == "每件平均总用时（收件至决定，含暂停）"
    assert "合计行为每件平均总用时" in notes_text(page, 5)
    assert "平均审批用时" in notes_text(page, 5)
    assert table["合计"]["用时占比"] == "100.0%"
    assert table["市局"]["收件"] == "1 件" and table["市局"]["一次办结率"] == "—"
    # Each column's definition is beside its name under the table.
    assert cell_text(notes, 6, 0) == "用时占比"
    assert "各单位合计为 100%" in cell_text(notes, 6, 1)
    qtbot.waitUntil(lambda: not window.applications.loading)
    page.unit.setCurrentIndex(page.unit.findData("city"))
    qtbot.waitUntil(lambda: page.report is not None and page.report.unit == "city")
    # From the list's countdowns the transfers are read once, kept until a change.
    assert window.figures._moved is not None and app_id in window.figures._moved
    window.figures.on_changed(ChangeSet(reload=True))
    assert window.figures._moved is None
    assert page.figure_texts()["收件"] == "1 件" and page.figure_texts()["作出审批决定"] == "0 件"
    assert list(page.unit_texts()) == ["市局", "合计"]
    # The report carries the table and the chosen unit.
    answers = iter([tmp_path / "stats.xlsx", tmp_path / "stats.pdf"])
    window.exports.ask_path = lambda *_args: next(answers)  # type: ignore[method-assign]
    page.unit.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.report is not None and page.report.unit is None)
    with qtbot.waitSignal(window.exports.written, timeout=10000):
        page.xlsx_button.click()
    rows = list(load_workbook(tmp_path / "stats.xlsx")["分单位"].iter_rows(values_only=True))
    assert [r[0] for r in rows[1:5]] == ["市局", "高新分局", "技术评估中心", "合计"]
    with qtbot.waitSignal(window.exports.written, timeout=10000):
        page.pdf_button.click()
    assert plain("技术评估中心") in text_of(tmp_path / "stats.pdf")


def cell_text(grid: QGridLayout, row: int, column: int) -> str:
    label = grid_cell(grid, row, column)
    assert isinstance(label, QLabel)
    return label.text()


def notes_text(page: FiguresPage, row: int) -> str:
    """The definition beside the by-unit table's column `row` (0: 收件)."""
    return cell_text(page.units_notes, row, 1)


def test_a_period_ending_before_it_starts_is_said_beside_it(
    qtbot: QtBot, november: Workspace, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As the dates are typed, not in a box each time; and no figures of the period
    before are left under it to read or export."""
    boxes: list[str] = []
    monkeypatch.setattr(
        operations.QMessageBox, "warning", lambda _parent, _title, text: boxes.append(text)
    )
    window = open_figures(qtbot, november, settings)
    page = window.figures.page
    page.kind.setCurrentIndex(page.kind.findData("custom"))
    page.first.setDate(QDate(2026, 10, 1))
    page.last.setDate(QDate(2026, 3, 1))
    assert page.period_label.text() == "无法统计：结束日期早于开始日期。"
    assert page.report is None and not page.body.isVisibleTo(page)
    assert not page.xlsx_button.isEnabled() and not page.pdf_button.isEnabled()
    page.last.setDate(QDate(2026, 11, 30))
    qtbot.waitUntil(lambda: page.report is not None)
    assert page.report is not None and page.report.figures.first == date(2026, 10, 1)
    assert page.period_label.text() == "统计期间：2026-10-01 至 2026-11-30（截至 2026-11-25）"
    assert page.body.isVisibleTo(page) and page.xlsx_button.isEnabled()
    assert boxes == []


RATE = FigureRow("一次办结率", 20 / 21, Kind.PERCENT, (20, 21), "")


def test_a_rate_shows_its_counts_in_brackets() -> None:
    assert figure_value_text(RATE) == "95.2%（20/21）"


@pytest.mark.usefixtures("english")
def test_in_english_a_rate_has_ascii_brackets() -> None:
    assert figure_value_text(RATE) == "95.2% (20/21)"


def test_the_values_beside_neighbouring_bars_do_not_overlap(qtbot: QtBot) -> None:
    """各类别平均用时与时限: five categories of three bars each in a chart of the page's
    height. Each bar's slot must hold its value's digits ("1" was drawn over "1")."""
    from PySide6.QtCharts import QChartView
    from PySide6.QtGui import QFontMetricsF

    from approvals_gui.charts import Series, bar_chart
    from approvals_gui.ui.pages.figures_page import CHART_HEIGHT

    names = ["告知承诺制审批", "排污许可证核发", "辐射安全许可证", "环评报告书", "环评报告表"]
    series = [
        Series(name, values, "#000000")
        for name, values in (
            ("平均用时", [1, 6, None, 2.8, 6.1]),
            ("承诺时限", [1, 11, None, 20, 10]),
            ("法定时限", [30, 14, None, 60, 30]),
        )
    ]
    chart = bar_chart("各类别平均用时与时限（工作日）", names, series, "工作日")
    view = QChartView(chart)
    qtbot.addWidget(view)
    view.resize(560, CHART_HEIGHT)
    view.show()
    qtbot.waitUntil(lambda: chart.plotArea().height() > 0)
    (bars,) = chart.series()
    slot = chart.plotArea().height() / len(names) * bars.barWidth() / len(series)
    for bar_set in bars.barSets():
        digits = QFontMetricsF(bar_set.labelFont()).tightBoundingRect("0123456789")
        assert digits.height() + 1 <= slot, (digits.height(), slot)


def test_the_by_unit_table_fits_the_page_in_english(
    qtbot: QtBot, november: Workspace, settings: QSettings, english: None
) -> None:
    """Its English headings ("Decided within the statutory limit") made the table wider
    than the page on a 1366-pixel screen: it scrolled sideways in its box, and the
    scroll bar hid its last row. The headings now wrap. (A window of 1,160 pixels: on
    such a screen the window's frame and a navigation as wide as English needs leave
    the page about that much less room than here.)"""
    window = open_window(qtbot, november, settings)
    window.resize(1160, 740)
    window.show_view(FIGURES)
    page = window.figures.page
    qtbot.waitUntil(lambda: page.report is not None and page.units_table.rowCount() > 0)
    table = page.units_table
    qtbot.waitUntil(lambda: table.viewport().width() > 0)
    widths = sum(table.columnWidth(j) for j in range(table.columnCount()))
    assert widths <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
    assert table.verticalScrollBar().maximum() == 0  # every row in sight
    header = table.horizontalHeader()
    assert header.height() > 2 * header.fontMetrics().height()  # the headings wrapped


def test_the_backlog_chart_counts_a_decision_still_to_deliver(qtbot: QtBot, ws: Workspace) -> None:
    """当前在办 counts a decision not yet delivered; the chart of it by stage had no bar
    for it, and its bars added up to less. The bar says the decision waits to be
    delivered: 不予批准 alone read as a stage still being worked on."""
    from PySide6.QtCore import QCoreApplication

    from approvals_gui.charts import figure_charts
    from approvals_gui.services.figures import figures_report

    refused = register(ws, new_application(received_on=date(2026, 11, 2)), today=TODAY)
    steps = (
        Step(Action.ACCEPT, date(2026, 11, 3)),
        Step(Action.START_REVIEW, date(2026, 11, 4)),
        Step(Action.REFUSE, date(2026, 11, 12), reason="选址不符合规划", document_number="1号"),
    )
    for version, step in enumerate(steps, start=1):
        apply_step(ws, refused, version, step, today=TODAY)
    register(ws, new_application(received_on=date(2026, 11, 20)), today=TODAY)
    report = figures_report(ws, date(2026, 11, 1), date(2026, 11, 30), today=TODAY)
    backlog = figure_charts(report, {}, QCoreApplication.translate)[2]
    stages = backlog.axes()[0].categories()
    counts = backlog.series()[0].barSets()[0]
    assert counts.at(stages.index("不予批准待送达")) == 1 and counts.at(stages.index("收件")) == 1
    assert "已批准待送达" in stages and "批准" not in stages
    assert counts.sum() == sum(report.figures.backlog_by_stage.values()) == 2


def test_periods_passed_on_the_way_are_not_each_worked_out(
    qtbot: QtBot, november: Workspace, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A year spun down five times while a report is on its way: the one on its way
    finishes, then only the last year's is worked out (on 100,000 applications each
    took half a second, and the figures wanted arrived seconds after the last press).
    Meanwhile the figures shown are greyed and said to be on their way."""
    window = open_figures(qtbot, november, settings)
    page = window.figures.page
    page.kind.setCurrentIndex(page.kind.findData("year"))
    qtbot.waitUntil(lambda: page.report is not None and page.report.figures.first.month == 1)
    qtbot.waitUntil(lambda: not page.computing.isVisibleTo(page))
    release = threading.Event()
    asked: list[int] = []
    report_from = figures_controller.report_from

    def held_report(
        ws: Workspace, views: object, first: date, *args: object, **kw: object
    ) -> object:
        asked.append(first.year)
        release.wait(30)
        return report_from(ws, views, first, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(figures_controller, "report_from", held_report)
    for year in range(2025, 2020, -1):
        page.year.setValue(year)
    assert page.computing.isVisibleTo(page) and not page.body.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: page.report is not None and page.report.figures.first.year == 2021)
    qtbot.waitUntil(lambda: not page.computing.isVisibleTo(page))
    assert asked == [2025, 2021] and page.body.isEnabled()


def test_a_custom_period_takes_dates_as_typed(
    qtbot: QtBot, november: Workspace, settings: QSettings
) -> None:
    """The fields were QDateEdits, which dropped a date typed over their text; a date
    half typed is said beside the period, not shown as another."""
    window = open_figures(qtbot, november, settings)
    page = window.figures.page
    page.kind.setCurrentIndex(page.kind.findData("custom"))
    page.first.edit.setText("2026-10")
    assert page.period_label.text().startswith("无法统计：")
    page.first.edit.setText("2026/10/1")
    qtbot.waitUntil(
        lambda: page.report is not None and page.report.figures.first == date(2026, 10, 1)
    )
    assert page.period_label.text() == f"统计期间：2026-10-01 至 {TODAY.isoformat()}"


@pytest.mark.parametrize(
    ("first", "labels"),
    [
        (date(2026, 1, 1), ["12月"] + [f"{m}月" for m in range(1, 12)]),  # a year: each
        (date(2024, 6, 1), [f"{y}.{m:02}" for y in (24, 25, 26) for m in (1, 4, 7, 10)][2:]),
        (date(2021, 1, 1), [f"{y}.01" for y in range(21, 27)]),  # 71 months: each year
    ],
)
def test_a_long_trend_labels_quarters_or_years_not_every_month(
    qtbot: QtBot, ws: Workspace, first: date, labels: list[str]
) -> None:
    """71 months of "21.01", "21.02"… under a chart ran into one another."""
    from PySide6.QtCharts import QBarCategoryAxis, QCategoryAxis
    from PySide6.QtCore import QCoreApplication

    from approvals_gui.charts import figure_charts
    from approvals_gui.services.figures import figures_report

    report = figures_report(ws, first, date(2026, 11, 30), today=TODAY)
    trend = figure_charts(report, {}, QCoreApplication.translate)[0]
    axis = trend.axes(Qt.Orientation.Horizontal)[0]
    if isinstance(axis, QCategoryAxis):
        shown = axis.categoriesLabels()
    else:
        assert isinstance(axis, QBarCategoryAxis)
        shown = axis.categories()
    assert shown == labels


def test_a_cancelled_export_says_so(
    qtbot: QtBot, november: Workspace, settings: QSettings, tmp_path: Path
) -> None:
    """Cancelled, an export closed its progress and said nothing: was it written?
    While it runs, the window stays in use (it had waited some ten seconds for a list
    of 100,000), and once every row is written the progress says the file is being
    saved."""
    from approvals_gui.services.progress import Progress

    window = open_figures(qtbot, november, settings)
    started, go_on = threading.Event(), threading.Event()

    def work(progress: Progress) -> Path:
        progress(2, 2)  # every row written: the file is being saved
        started.set()
        go_on.wait(30)
        progress(2, 2)  # where a cancel is noticed
        return tmp_path / "never.xlsx"

    window.exports._run("导出统计", tmp_path / "list.xlsx", work)
    qtbot.waitUntil(started.is_set)
    task = window.exports.task
    assert task is not None
    qtbot.waitUntil(task.dialog.isVisible)  # its progress, shown after a moment
    assert QApplication.activeModalWidget() is None  # the window still in use meanwhile
    # The bar full, the file still being saved: said, not a bar standing still.
    qtbot.waitUntil(lambda: task.dialog.labelText() == "正在保存 list.xlsx…")
    task.cancel()
    go_on.set()
    qtbot.waitUntil(lambda: "已取消导出" in status_said(window))
    assert status_said(window) == "已取消导出，未写入 list.xlsx。"


def test_an_export_to_a_folder_gone_says_so_in_words_under_what_was_done(
    qtbot: QtBot, november: Workspace, settings: QSettings, tmp_path: Path
) -> None:
    """A removed USB stick: the box said "No such file or directory", and the Excel
    one was titled with its progress, 正在写入 x.xlsx…"""
    window = open_figures(qtbot, november, settings)
    gone = tmp_path / "U 盘" / "统计"
    answers = iter([gone / "x.xlsx", gone / "x.pdf"])
    window.exports.ask_path = lambda *_args: next(answers)  # type: ignore[method-assign]
    said: list[tuple[str, str]] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append((box.windowTitle(), box.text()))
        box.accept()

    for count, button in enumerate(
        (window.figures.page.xlsx_button, window.figures.page.pdf_button)
    ):
        answer_next_dialog(read, QMessageBox)
        button.click()
        qtbot.waitUntil(lambda n=count + 1: len(said) == n, timeout=10000)
    reason = "文件或所在文件夹不存在，或已被移走（如 U 盘已拔出、网络盘已断开）。"
    assert said == [
        ("导出统计", f"无法读写文件“{gone / 'x.xlsx'}”：{reason}"),
        ("导出统计", f"无法读写文件“{gone / 'x.pdf'}”：{reason}"),
    ]


def test_a_rate_on_a_half_reads_the_same_on_screen_in_print_and_in_the_workbook(
    qapp: QApplication,
) -> None:
    """26 of 32 in time was 81.2% on screen and in the PDF (a half rounded to even), and
    81.3% in the workbook, whose cell holds 0.8125 formatted 0.0%."""
    from approvals_gui.domain.hotline.figures import Rate
    from approvals_gui.services import hotline_exports
    from approvals_gui.services.exports import _csv_value
    from approvals_gui.services.figure_rows import figure_text
    from approvals_gui.ui.dialogs import hotline_figures_dialog

    row = FigureRow("承诺期内办结率", 26 / 32, Kind.PERCENT, (26, 32), "")
    days = FigureRow("平均用时", 9 / 4, Kind.DAYS, None, "")
    assert figure_value_text(row) == figure_text(row) == "81.3%（26/32）"
    assert figure_value_text(days) == "2.3 个工作日" and figure_text(days, bare=True) == "2.3"
    assert _csv_value(26 / 32, Kind.PERCENT) == "81.3%" and _csv_value(2.25, Kind.DAYS) == "2.3"
    rate = Rate(26, 32)
    assert (
        hotline_exports.rate_text(rate)
        == hotline_figures_dialog.rate_text(rate)
        == "81.3%（26/32）"
    )


@pytest.mark.parametrize(("top", "step"), [(1, 1), (7, 2), (33, 10), (60, 20), (250, 50)])
def test_a_count_axis_steps_by_round_numbers(qtbot: QtBot, top: float, step: int) -> None:
    """The backlog's axis read 0, 7, 14, 21…: its step was a fifth of the highest bar,
    rounded up. It is 1, 2 or 5 times a power of ten, with room for the bar's label."""
    from approvals_gui.charts import _count_axis

    axis = _count_axis("件数", top)
    assert axis.tickInterval() == step and axis.min() == 0
    assert top * 1.15 <= axis.max() <= top * 1.15 + step and axis.max() % step == 0


def test_the_legend_lists_the_bars_in_the_order_they_stand(qtbot: QtBot) -> None:
    """各类别平均用时与时限: the legend reads 平均审批用时, 平均承诺时限, 平均法定时限, and
    so do each category's bars from the top. Qt draws a group's first set at the
    bottom: the bars read the other way round from their legend."""
    from PySide6.QtCore import QRectF, QSizeF
    from PySide6.QtGui import QColor, QImage, QPainter

    from approvals_gui.charts import BLUE, GREEN, GREY, Series, bar_chart, render

    colours = {"平均审批用时": BLUE, "平均承诺时限": GREEN, "平均法定时限": GREY}
    series = [Series(name, [10, 20], colour) for name, colour in colours.items()]
    chart = bar_chart(
        "各类别平均用时与时限（工作日）", ["环评报告书", "环评报告表"], series, "工作日"
    )
    image = QImage(600, 420, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    render(chart, painter, QRectF(0, 0, 600, 420), QSizeF(600, 420))
    painter.end()
    plot = chart.plotArea()
    named = {QColor(c).rgb(): n for n, c in colours.items()}
    first: dict[str, tuple[int, int]] = {}  # each colour's topmost pixel in the bars, then
    marker: dict[str, int] = {}  # its leftmost in the legend, under the plot area
    for y in range(image.height()):
        for x in range(image.width()):
            if (name := named.get(image.pixel(x, y))) is None:
                continue
            if y < plot.bottom():
                first.setdefault(name, (y, x))
            else:
                marker[name] = min(x, marker.get(name, x))
    assert sorted(first, key=first.__getitem__) == list(colours)  # top to bottom
    assert sorted(marker, key=marker.__getitem__) == list(colours)  # left to right
