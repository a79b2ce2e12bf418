"""Excel and CSV exports, read back: headers, real dates, widths, frozen header, print
setup, and text that must never run as a formula."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from approvals_gui.domain.stages import Action
from approvals_gui.services.applications import Step, apply_step, list_applications, register
from approvals_gui.services.board import board_cards
from approvals_gui.services.exports import (
    EXCEL_CELL_LIMIT,
    PROGRESS_EVERY,
    Column,
    Sheet,
    applications_sheet,
    board_sheet,
    figures_sheets,
    plain,
    write_csv,
    write_xlsx,
)
from approvals_gui.services.figure_rows import Kind
from approvals_gui.services.figures import figures_report
from approvals_gui.services.progress import Cancelled
from approvals_gui.services.workspace import Workspace
from tests.conftest import TODAY, new_application
from tests.conftest import category_names as names

N = lambda d: date(2026, 11, d)  # noqa: E731
PLAIN_ROWS_BEFORE = PROGRESS_EVERY + 3  # a first batch of plain rows, then the odd ones


def test_applications_to_xlsx(data: Workspace, tmp_path: Path) -> None:
    views = list_applications(data, today=TODAY)
    path = write_xlsx([applications_sheet(views, names(data))], tmp_path / "申请.xlsx")
    sheet = load_workbook(path)["申请"]
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["编号", "项目名称", "建设单位"] and "法定到期日" in header
    assert sheet.freeze_panes == "A2"
    assert 38 <= sheet.column_dimensions["B"].width < 39  # Excel adds a little padding
    assert sheet[1][0].font.bold
    rows = {row[1].value: row for row in sheet.iter_rows(min_row=2)}
    late, done = rows['=HYPERLINK("http://x")'], rows["@SUM(A1)"]
    for cell in (late[1], done[1], done[6]):
        assert cell.data_type == "s" and cell.quotePrefix  # text, not a formula
    assert done[6].value == "-2+3"
    assert not late[2].quotePrefix  # ordinary text stays ordinary
    assert late[2].alignment.wrap_text  # long text wraps within its column
    received = late[header.index("收件日期")]
    assert received.is_date and received.value.date() == N(2)
    assert received.number_format == "yyyy-mm-dd"
    assert late[header.index("状态")].value == "超承诺期限"
    assert late[header.index("剩余工作日")].value == -6
    assert done[header.index("一次办结")].value == "是"
    assert done[header.index("剩余工作日")].value is None


def test_board_and_figures_to_xlsx(data: Workspace, tmp_path: Path) -> None:
    sheets = [board_sheet(board_cards(data, today=TODAY), names(data))]
    sheets += figures_sheets(figures_report(data, N(1), N(30), today=TODAY), names(data))
    book = load_workbook(write_xlsx(sheets, tmp_path / "out.xlsx"))
    assert book.sheetnames == [
        "超期与即将到期",
        "指标",
        "月度趋势",
        "分类别用时",
        "在办环节",
        "分单位",
    ]
    board = list(book["超期与即将到期"].iter_rows(min_row=2, values_only=True))
    assert len(board) == 1 and board[0][0] == "超承诺期限"
    assert board[0][-2:] == (-6, "工作日")
    figures = {r[0].value: r for r in book["指标"].iter_rows(min_row=2)}
    assert figures["收件"][1].value == 2
    rate = figures["一次办结率"]
    assert rate[1].value == 1.0 and rate[1].number_format == "0.0%"
    assert (rate[2].value, rate[3].value) == (1, 1)  # the counts: numbers, not "1/1"
    assert "补正通知不超过一次" in rate[4].value
    assert figures["承诺期内办结率"][1].value == 1.0
    assert (
        figures["平均审批用时"][1].value == 7 and figures["平均审批用时"][1].number_format == "0.0"
    )
    backlog = [r[0] for r in book["在办环节"].iter_rows(min_row=2, values_only=True)]
    assert backlog[-2:] == ["已批准待送达", "不予批准待送达"]  # decided, to deliver
    trend = list(book["月度趋势"].iter_rows(min_row=2, values_only=True))
    assert trend[-1] == ("2026-11", 1, 1.0, 1.0, 1, 1.0) and len(trend) == 12
    units = list(book["分单位"].iter_rows(values_only=True))
    header = units[0]
    assert header[:3] == ("单位", "收件", "作出审批决定") and "用时占比" in header
    by_name = {r[0]: dict(zip(header, r, strict=True)) for r in units[1:] if r[0]}
    city, total = by_name["市局"], by_name["合计"]
    assert (city["收件"], city["作出审批决定"], city["一次办结率"]) == (2, 1, 1.0)
    assert (city["一次办结率·符合件数"], city["一次办结率·总件数"]) == (1, 1)
    # Registered on 11-02 and decided on 11-12, all at the city bureau: 8 working days.
    assert city["平均在该单位工作日"] == 8 and city["用时占比"] == 1.0
    assert total["收件"] == 2 and total["用时占比"] == 1.0
    assert "流转当日计入移出单位" in by_name["口径：平均在该单位工作日"]["收件"]
    # The total's figure in that column is another, and the sheet says which.
    said = by_name["口径：合计·平均在该单位工作日"]["收件"]
    assert said == "每件平均总用时（收件至决定，含暂停）"


def test_unit_columns_carry_names(data: Workspace) -> None:
    units = {u.code: u.name for u in data.units()}
    sheet = applications_sheet(list_applications(data, today=TODAY), names(data), units)
    titles = [c.title for c in sheet.columns]
    at, held = titles.index("审批单位"), titles.index("所在单位")
    assert {(r[at], r[held]) for r in sheet.rows} == {("市局", "市局")}
    board = board_sheet(board_cards(data, today=TODAY), names(data), units)
    titles = [c.title for c in board.columns]
    assert [r[titles.index("审批单位")] for r in board.rows] == ["市局"]
    assert [r[titles.index("所在单位")] for r in board.rows] == ["市局"]


def test_csv_is_excel_friendly_and_safe(data: Workspace, tmp_path: Path) -> None:
    path = write_csv(
        applications_sheet(list_applications(data, today=TODAY), names(data)), tmp_path / "a.csv"
    )
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][0] == "编号" and rows[0][7:9] == ["审批单位", "所在单位"]
    projects = {r[1] for r in rows[1:]}
    assert projects == {'\'=HYPERLINK("http://x")', "'@SUM(A1)"}
    assert any(r[rows[0].index("收件日期")] == "2026-11-02" for r in rows[1:])


@pytest.mark.parametrize(
    ("code", "written"),
    [
        ("913301006096937031", '="913301006096937031"'),  # 9.13301E+17, cut to 15 digits
        ("05911234567", '="05911234567"'),  # its 0 dropped
        ("91350100M000100Y43", "91350100M000100Y43"),  # text to Excel already
        ("13812345678", "13812345678"),  # shown whole
    ],
)
@pytest.mark.parametrize("formula", [False, True], ids=["plain rows", "rows with a formula"])
def test_a_code_of_digits_stays_whole_in_excel(
    tmp_path: Path, code: str, written: str, formula: bool
) -> None:
    """A credit code of digits only was written bare: Excel showed 9.13301E+17 and kept
    15 digits, lost when the file was saved."""
    columns = (Column("统一社会信用代码", 22, code=True), Column("项目名称", 36))
    rows = [(code, "=1+1" if formula else "项目")]
    path = write_csv(Sheet("申请", columns, rows), tmp_path / "a.csv")
    with path.open(encoding="utf-8-sig", newline="") as f:
        (_header, row) = list(csv.reader(f))
    assert row[0] == written


def test_cancelled_export_leaves_no_file(data: Workspace, tmp_path: Path) -> None:
    def cancel(_done: int, _total: int) -> None:
        raise Cancelled

    target = tmp_path / "a.xlsx"
    with pytest.raises(Cancelled):
        write_xlsx(
            [applications_sheet(list_applications(data, today=TODAY), names(data))], target, cancel
        )
    assert list(tmp_path.glob("a.xlsx*")) == []


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_file_that_cannot_be_written_is_named_as_the_user_named_it(
    data: Workspace, tmp_path: Path, suffix: str
) -> None:
    """Not by the temporary file written first, and as the OSError the window and the
    command line say in words (xlsxwriter wraps it in an exception of its own)."""
    sheet = applications_sheet(list_applications(data, today=TODAY), names(data))
    target = tmp_path / "gone" / f"a{suffix}"
    with pytest.raises(FileNotFoundError) as raised:
        if suffix == ".xlsx":
            write_xlsx([sheet], target)
        else:
            write_csv(sheet, target)
    assert raised.value.filename == str(target)
    assert not target.parent.exists()


def test_csv_numbers_stay_numbers(data: Workspace, tmp_path: Path) -> None:
    board = write_csv(board_sheet(board_cards(data, today=TODAY), names(data)), tmp_path / "b.csv")
    with board.open(encoding="utf-8-sig", newline="") as f:
        (_header, late) = list(csv.reader(f))
    assert late[-2] == "-6"  # a number, not the text '-6
    report = figures_report(data, N(1), N(30), today=TODAY)
    figures = write_csv(figures_sheets(report, names(data))[0], tmp_path / "f.csv")
    with figures.open(encoding="utf-8-sig", newline="") as f:
        rows = {r[0]: r for r in csv.reader(f)}
    assert rows["指标"][2:4] == ["符合件数", "总件数"]
    assert rows["一次办结率"][1:4] == ["100.0%", "1", "1"]  # never "1/1", which opens as a date
    assert rows["收件"][2:4] == ["", ""]


@pytest.mark.sqlite_only("only SQLite keeps text longer than its column, as stored unchecked")
def test_what_was_stored_before_input_was_checked_still_exports(
    data: Workspace, tmp_path: Path
) -> None:
    with data.engine.begin() as conn:
        conn.execute(
            text("UPDATE application SET project = :p, handler = :h WHERE project = '@SUM(A1)'"),
            {"p": "再生铝\x0b项目\x07" + "长" * 40_000, "h": "\x01=1+1"},
        )
    views = list_applications(data, today=TODAY)
    sheet = applications_sheet(views, names(data))
    book = load_workbook(write_xlsx([sheet], tmp_path / "a.xlsx"))
    rows = {r[1].value[:5]: r for r in book["申请"].iter_rows(min_row=2)}
    cleaned = rows["再生铝\n项"]
    assert len(cleaned[1].value) == EXCEL_CELL_LIMIT
    assert cleaned[5].value == "=1+1" and cleaned[5].data_type == "s"  # still text
    with write_csv(sheet, tmp_path / "a.csv").open(encoding="utf-8-sig", newline="") as f:
        exported = {r[1][:5]: r for r in csv.reader(f)}
    assert exported["再生铝\n项"][5] == "'=1+1"


def test_xlsx_prints_landscape_fitted_to_width_header_on_every_page(
    data: Workspace, tmp_path: Path
) -> None:
    views = list_applications(data, today=TODAY)
    sheet = applications_sheet(views, names(data), as_of=TODAY)
    book = load_workbook(write_xlsx([sheet, board_sheet([], names(data))], tmp_path / "a.xlsx"))
    printed = book["申请"]
    assert printed.page_setup.orientation == "landscape"
    assert printed.page_setup.paperSize == 9  # A4
    assert printed.sheet_properties.pageSetUpPr.fitToPage
    setup = printed.page_setup
    assert (setup.fitToWidth or 1, setup.fitToHeight) == (1, 0)  # unwritten: 1 by default
    assert printed.print_title_rows == "$1:$1"
    # A printed page says which workbook and sheet it is from, and which page of how many,
    # and the day its countdowns held for (剩余工作日 is Friday's on Monday's desk).
    header = printed.oddHeader
    assert (header.left.text, header.center.text, header.right.text) == (
        "&F",
        f"截至 {TODAY.isoformat()}",
        "&A",
    )
    assert printed.oddFooter.center.text == "第 &P 页，共 &N 页"
    assert book["超期与即将到期"].oddHeader.center.text is None  # no day given: none said


def _sheet_of(*rows: tuple[object, ...]) -> Sheet:
    columns = (Column("文本", 20), Column("日期", 12, Kind.DATE), Column("件数", 8, Kind.INT))
    return Sheet("表", columns, list(rows))


@pytest.mark.parametrize("rows", [PLAIN_ROWS_BEFORE, 0], ids=["after plain rows", "alone"])
def test_formula_like_text_stays_text_wherever_it_is(tmp_path: Path, rows: int) -> None:
    """Plain rows are written the fast way: a formula-like text among them, at a row's
    start or inside it, still goes the careful way."""
    plain_rows = [("普通文本", N(2), 1)] * rows
    sheet = _sheet_of(*plain_rows, ("=1+1", N(3), -2), ("甲", None, None), ("-3", N(4), 0))
    book = load_workbook(write_xlsx([sheet], tmp_path / "a.xlsx"))
    cells = list(book["表"].iter_rows(min_row=2 + rows))
    for row, written in zip(cells[::2], ("=1+1", "-3"), strict=True):
        assert row[0].value == written and row[0].data_type == "s" and row[0].quotePrefix
    assert cells[0][1].is_date and cells[0][1].value.date() == N(3)
    assert cells[0][2].value == -2 and cells[1][1].value is None
    with write_csv(sheet, tmp_path / "a.csv").open(encoding="utf-8-sig", newline="") as f:
        written = list(csv.reader(f))[1 + rows :]
    assert written == [["'=1+1", "2026-11-03", "-2"], ["甲", "", ""], ["'-3", "2026-11-04", "0"]]


def test_plain_rows_are_told_apart() -> None:
    kinds = (Kind.TEXT, Kind.DATE, Kind.INT, Kind.TEXT)
    assert plain([("文本", N(2), 3, "a|b"), ("", None, -4, "")], kinds)
    for odd in ("=A1", "a\tb", "x|=A1", "行一\n行二", "长" * (EXCEL_CELL_LIMIT + 1)):
        assert not plain([("文本", N(2), 3, "b"), (odd, None, 1, "b")], kinds), odd
    assert not plain([("文本", N(2), 1.5, "b")], kinds)  # a fraction takes a number format
    assert not plain([("文本", "2026-11-02", 1, "b")], kinds)  # text where a date belongs
    assert not plain([("文本", N(2), 1, None)], kinds)  # a blank among texts


def test_the_board_sheet_names_each_kind_and_its_days() -> None:
    """A 12369 case's row read 类别 "case", a raw code, and its calendar days stood under
    剩余工作日; a follow-up's 编号 was a bare date, and both were 超承诺期限 when late,
    as if a promise were behind them. Each row now says its kind and how its days are
    counted."""
    from approvals_gui.domain.board import DELIVERY_STEP, HEARING_STEP, Card, CardKind, Lane

    due = date(2026, 11, 20)
    cards = [
        Card(CardKind.APPLICATION, 1, Lane.RED, "HP2026-00001", "项目", "企业", "review", due, -3,
             "张三", "城东区", "report_form", "city", "city"),
        Card(CardKind.FOLLOW_UP, 2, Lane.RED, "2026-11-05", "排污许可咨询", "企业", "follow_up",
             due, -2, "王五", "城东区", "follow_up"),
        Card(CardKind.CASE, 3, Lane.RED, "RX2026-00018", "河道黑臭", "某地", "case:assigned",
             due, -10, "", "城东区", "case", "city", "east", due_kind="unit"),
        Card(CardKind.APPLICATION, 4, Lane.RED, "HP2026-00004", "项目", "企业", DELIVERY_STEP,
             due, -1, "张三", "城东区", "report_form", "city", "city"),
        Card(CardKind.APPLICATION, 5, Lane.RED, "HP2026-00005", "项目", "企业", HEARING_STEP,
             due, -4, "张三", "城东区", "report_form", "city", "city"),
    ]  # fmt: skip
    sheet = board_sheet(
        cards, {"report_form": "环境影响报告表"}, {"city": "市局", "east": "城东分局"}
    )
    titles = [c.title for c in sheet.columns]
    rows = [dict(zip(titles, row, strict=True)) for row in sheet.rows]
    assert [r["类别"] for r in rows[:3]] == ["环境影响报告表", "服务日跟进", "12369 热线案件"]
    # A late delivery or hearing is past a period of the law, not the bureau's promise.
    assert [r["状态"] for r in rows] == ["超承诺期限", "超期", "超期", "超期", "超期"]
    assert [r["编号"] for r in rows[:3]] == ["HP2026-00001", "服务日 2026-11-05", "RX2026-00018"]
    assert [r["计日"] for r in rows] == ["工作日", "工作日", "自然日", "工作日", "工作日"]
    # The case names no enterprise: its address stood under 企业, read as a company's name.
    assert rows[2]["企业或地址"] == "某地"
    assert [r["剩余日数（负数为超期）"] for r in rows] == [-3, -2, -10, -1, -4]
    # A case's row names the date that runs: here the unit's, not the law's.
    assert [r["环节"] for r in rows[2:]] == ["已交办（承办单位办理期限）", "待送达", "听证组织期限"]


def test_the_exported_list_counts_down_as_the_list_does(ws: Workspace) -> None:
    """A decision still to deliver, and an application waiting to be accepted: the list
    shows their delivery's and acceptance's days and date; the export had left both
    blank (and had no column for the date the list shows)."""
    refused = register(ws, new_application(received_on=N(2)), today=TODAY)
    steps = (
        Step(Action.ACCEPT, N(3)),
        Step(Action.START_REVIEW, N(4)),
        Step(Action.REFUSE, N(20), reason="选址不符合规划", document_number="1号"),
    )
    for version, step in enumerate(steps, start=1):
        apply_step(ws, refused, version, step, today=TODAY)
    register(ws, new_application(received_on=N(24)), today=TODAY)
    views = list_applications(ws, today=TODAY)
    sheet = applications_sheet(views, names(ws))
    header = [c.title for c in sheet.columns]
    for view, row in zip(views, sheet.rows, strict=True):
        assert view.clock.due is not None and view.clock.workdays_left is not None
        assert row[header.index("到期日")] == view.clock.due
        assert row[header.index("剩余工作日")] == view.clock.workdays_left


def test_a_decision_still_to_deliver_is_not_exported_as_finished(ws: Workspace) -> None:
    """Its 状态 said 承诺期内办结 alone, beside a delivery days late (剩余工作日 -1)
    that the list shows in red: filtered by 状态, the sheet hid late deliveries."""
    late, in_time = (register(ws, new_application(received_on=N(1)), today=TODAY) for _ in "ab")
    for application, decided in ((late, N(5)), (in_time, N(24))):
        steps = (
            Step(Action.ACCEPT, N(2)),
            Step(Action.START_REVIEW, N(3)),
            Step(Action.REFUSE, decided, reason="选址不符合规划", document_number="1号"),
        )
        for version, step in enumerate(steps, start=1):
            apply_step(ws, application, version, step, today=TODAY)
    sheet = applications_sheet(list_applications(ws, today=TODAY), names(ws))
    header = [c.title for c in sheet.columns]
    said = {row[header.index("编号")]: row[header.index("状态")] for row in sheet.rows}
    numbers = {v.record.id: v.record.number for v in list_applications(ws, today=TODAY)}
    assert said[numbers[late]] == "承诺期内办结，送达超期"
    assert said[numbers[in_time]] == "超承诺未超法定，待送达"


def test_a_narrowed_figures_workbook_says_whose_figures_it_holds(data: Workspace) -> None:
    report = figures_report(data, N(1), N(30), handler="张三", category="report_form", today=TODAY)
    main = figures_sheets(report, names(data))[0]
    assert [tuple(row[:2]) for row in main.rows[:3]] == [
        ("统计期间", "2026-11-01 至 2026-11-30（截至 2026-11-25）"),
        ("承办人", "张三"),
        ("类别", "环境影响报告表"),
    ]


def test_every_sheet_of_a_figures_workbook_says_what_it_covers_atop_its_pages(
    data: Workspace, tmp_path: Path
) -> None:
    """Only the first sheet said it: one of the others printed for a meeting could not
    be told from another unit's or another month's."""
    report = figures_report(data, N(1), N(30), handler="张三", today=TODAY)
    path = write_xlsx(figures_sheets(report, names(data)), tmp_path / "f.xlsx")
    book = load_workbook(path)
    assert len(book.worksheets) == 5
    for sheet in book.worksheets:
        assert sheet.oddHeader.center.text == (
            "统计期间 2026-11-01 至 2026-11-30（截至 2026-11-25）；承办人 张三"
        )


def test_a_board_groups_caption_counts_as_the_board_does() -> None:
    """杨磊's heading on the board: 即将到期 3 件（另有听证期限：…即将到期 1 件）; the PDF
    said 即将到期 4 件, a hearing to hold counted among the applications."""
    from approvals_gui.domain.board import HEARING_STEP, Card, CardKind, Group, GroupBy, Lane
    from approvals_gui.services.exports import group_caption

    def card(lane: Lane, step: str = "review", kind: CardKind = CardKind.APPLICATION) -> Card:
        return Card(kind, 1, lane, "HP2026-00001", "项目", "企业", step, TODAY, 1, "杨磊", "", "")

    cards = (
        card(Lane.YELLOW),
        card(Lane.YELLOW),
        card(Lane.RED),
        card(Lane.YELLOW, HEARING_STEP),
        card(Lane.RED, "follow_up", CardKind.FOLLOW_UP),
    )
    assert group_caption(Group("杨磊", cards), GroupBy.HANDLER, {}) == (
        "杨磊 — 超法定期限 0 件 · 超承诺或送达超期 1 件 · 即将到期 2 件"
        "（另有听证期限：超期 0 件 · 即将到期 1 件）；跟进事项：超期 1 件 · 即将到期 0 件"
    )

    hotline = (
        card(Lane.RED, "case:handed", CardKind.CASE),
        card(Lane.YELLOW, "case:x", CardKind.CASE),
    )
    assert group_caption(Group("case", hotline), GroupBy.HANDLER, {}) == (
        "12369 热线案件 — 超期 1 件 · 即将到期 1 件"
    )


def test_a_reports_file_name_carries_what_it_is_narrowed_to(data: Workspace) -> None:
    from dataclasses import replace

    from approvals_gui.services.exports import figures_stem

    report = figures_report(data, N(1), N(30), today=TODAY)
    assert figures_stem(report, {}) == "环评审批统计-2026-11-01至2026-11-30"
    narrowed = replace(
        report, handler="李四", category="x", unit="gx", unit_names={"gx": "高新分局"}
    )
    # A category named with a slash would have been a folder.
    assert figures_stem(narrowed, {"x": "报告书/表"}) == (
        "环评审批统计-2026-11-01至2026-11-30-李四-报告书_表-高新分局"
    )


def test_a_board_row_counted_on_unpublished_holidays_says_so(engine: object) -> None:
    """On 2026-12-30, with 2027's holidays only estimated: one application is due
    tomorrow, one in January, one is past its promise with only the law's date (not
    exported) in January. The exported board says which rows' days hang on 2027."""
    from datetime import datetime

    ws = Workspace(engine, "张三", now=lambda: datetime(2026, 12, 30, 9))  # type: ignore[arg-type]
    day = date(2026, 12, 30)
    assert not ws.calendar().is_confirmed(2027)
    for project, accepted in (
        ("明日到期", date(2026, 12, 17)),
        ("一月到期", date(2026, 12, 21)),
        ("超承诺", date(2026, 12, 1)),
    ):
        form = new_application(project=project, received_on=accepted)
        app_id = register(ws, form, today=day)
        apply_step(ws, app_id, 1, Step(Action.ACCEPT, accepted), today=day)
    sheet = board_sheet(board_cards(ws, today=day), names(ws))
    counted = {row[2]: (row[0], row[-1]) for row in sheet.rows}
    assert counted == {
        "明日到期": ("即将到期", "工作日"),
        "一月到期": ("即将到期", "工作日（推算）"),
        "超承诺": ("超承诺期限", "工作日"),
    }


def test_a_lists_scope_says_whose_and_how_filtered_in_chinese() -> None:
    from approvals_gui.domain.clock import Status
    from approvals_gui.domain.search import ApplicationFilter
    from approvals_gui.domain.stages import Stage
    from approvals_gui.services.exports import list_scope

    every = ApplicationFilter(
        text=" 污水 ", stage=Stage.REVIEW, category="report_form", handler="张伟",
        status=Status.OVERDUE, unit="east", open_only=True,
    )  # fmt: skip
    said = list_scope(every, {}, {"east": "城东分局"}, mine="张伟")
    assert said == (
        "我的事项（张伟）；搜索：污水；环节：审查；类别：环境影响报告表；承办人：张伟；"
        "状态：超承诺或送达超期；审批或所在单位：城东分局；不含已办结"
    )
    assert list_scope(ApplicationFilter(), {}, {}) == "全部申请"


def test_a_long_scope_is_cut_short_not_the_whole_header_lost(tmp_path: Path) -> None:
    """xlsxwriter drops a header over 255 characters whole (a warning nobody sees on
    the export's thread): the file's and the sheet's names and 截至 went with it."""
    from approvals_gui.services.exports import HEADER_LIMIT

    sheet = Sheet(
        "申请", (Column("编号", 12),), [("HP2026-00001",)], TODAY, "搜索：" + "污&水" * 200
    )
    header = load_workbook(write_xlsx([sheet], tmp_path / "a.xlsx"))["申请"].oddHeader
    assert header.left.text == "&F" and header.right.text == "&A"
    middle = header.center.text
    assert middle.startswith(f"截至 {TODAY.isoformat()}　搜索：污&&水") and middle.endswith("…")
    assert len(f"&L&F&C{middle}&R&A") <= HEADER_LIMIT  # ("&&": one "&" printed)


def test_a_case_lists_scope_says_how_filtered_in_chinese() -> None:
    from approvals_gui.services.hotline_exports import cases_scope

    said = cases_scope(
        " 河道 ", "stage:assigned", "phone", "water", "east", False, {"east": "城东分局"}
    )
    assert said == (
        "12369举报；搜索：河道；环节：已交办；渠道：电话；类别：水；承办单位：城东分局；不含已办结"
    )
    assert cases_scope("", "overdue", "", "", "", True, {}) == "12369举报；状态：已超期"
