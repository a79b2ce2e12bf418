"""PDF documents opened and their text checked: the figures with charts, a table."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from approvals_gui.printing.reports import write_figures_pdf, write_table_pdf
from approvals_gui.services.applications import list_applications
from approvals_gui.services.exports import Column, Sheet, applications_sheet
from approvals_gui.services.figure_rows import Kind
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


def test_figures_pdf_numbers_its_pages(qtbot: QtBot, data: Workspace, tmp_path: Path) -> None:
    report = figures_report(data, N(1), N(30), today=TODAY)
    path = write_figures_pdf(report, "江城市生态环境局", names(data), tmp_path / "f.pdf")
    pages = PdfReader(path).pages
    assert len(pages) > 1
    for number, page in enumerate(pages, start=1):
        assert plain(f"第 {number} 页，共 {len(pages)} 页") in plain(page.extract_text())


def test_a_units_rate_keeps_its_counts_on_one_line(
    qtbot: QtBot, data: Workspace, tmp_path: Path
) -> None:
    """A city bureau's year by its units: "（10603/10780" and "）" were printed on two
    lines of the by-unit table once five-digit counts and longer names narrowed the
    column."""
    report = figures_report(data, N(1), N(30), today=TODAY)
    (city,) = report.by_unit.values()
    year = replace(
        city,
        received=13642,
        decided=10780,
        decided_within_promise=9783,
        decided_on_time=10603,
        delivered=10705,
        delivered_one_go=10390,
    )
    units = {"city": "市局", "east": "城东分局", "county": "青山县分局", "centre": "技术评估中心"}
    big = replace(report, by_unit=dict.fromkeys(units, year), unit_names=units)
    path = write_figures_pdf(big, "江城市生态环境局", names(data), tmp_path / "f.pdf")
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    for counts in ("（9783/10780）", "（10603/10780）", "（10390/10705）"):
        assert text.count(counts) == len(units)
    assert all(name in text.split() for name in units.values())  # each name whole
    # The total's days per application, under the days at a unit, say what they are:
    # a bare 19.8 beside units' 4.2 read as a wrong average.
    assert "每件平均总用时（收件至决定，含暂停）" in plain(text)


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
            # Days left counted from the day it was made: a copy printed later says so.
            f"尚未办结的跟进事项（截至{TODAY.isoformat()}）",
        ],
    }
    for path, expected in written.items():
        text = pdf_text(path)
        for piece in expected:
            assert piece in text, (path.name, piece)
        assert radicals(text) == [], path.name


def long_table(rows: int) -> Sheet:
    columns = (
        Column("编号", 16, code=True),
        Column("项目名称", 36),
        Column("统一社会信用代码", 22, code=True),
        Column("承诺到期日", 12, Kind.DATE),
        Column("剩余工作日", 10, Kind.INT),
    )
    project = "年产三十万吨高性能锂电池正极材料及配套循环利用设施建设项目（一期工程）" * 3
    return Sheet(
        "申请",
        columns,
        [
            (f"HP2026-{n:05d}", f"{project}{n}", "91330102MA2H3K4L5X", N(1 + n % 30), n - 50)
            for n in range(rows)
        ],
    )


def test_long_table_pdf_repeats_its_heading_and_keeps_codes_whole(
    qtbot: QtBot, tmp_path: Path
) -> None:
    sheet = long_table(150)
    reader = PdfReader(write_table_pdf(sheet, "申请一览", tmp_path / "t.pdf"))
    pages = [page.extract_text() for page in reader.pages]
    assert len(pages) > 2
    for number, page in enumerate(pages, start=1):
        assert plain("编号项目名称统一社会信用代码承诺到期日剩余工作日") in plain(page)
        assert plain(f"第{number}页，共{len(pages)}页") in plain(page)
    whole = "\n".join(pages)
    for code, project, credit, due, left in sheet.rows:
        # Codes and dates on one line each; the long name wrapped, but all there.
        assert code in whole and credit in whole and due.isoformat() in whole
        assert f"{left}" in whole and plain(project) in plain(whole)
    assert sheet.rows[0][1] not in whole  # it did wrap


def test_a_report_of_text_and_tables_never_splits_a_row(qtbot: QtBot, tmp_path: Path) -> None:
    """The monthly reports (service days, 12369): paragraphs, then tables under their
    captions; each table's heading row on every page it goes on to, no row cut in two
    at a page's foot (an HTML table's rows were), every page numbered."""
    from approvals_gui.printing.documents import pdf_writer
    from approvals_gui.printing.reports import DPI, Table, paint_report

    first, second = long_table(40), long_table(40)
    second = Sheet("跟进", second.columns, [(f"FU{r[0]}", *r[1:]) for r in second.rows])
    path = tmp_path / "r.pdf"
    writer = pdf_writer(path, "月报", DPI)
    paint_report(
        "江城市生态环境局企业服务日工作月报（2026年11月）",
        [
            "服务日：2026-11-05",
            "共服务企业 80 家次。",
            Table(first, "服务记录"),
            Table(second, "尚未办结的跟进事项"),
        ],
        writer,
    )
    del writer
    pages = [plain(page.extract_text()) for page in PdfReader(path).pages]
    assert len(pages) > 3
    assert (
        plain("企业服务日工作月报（2026年11月）") in pages[0] and "服务日：2026-11-05" in pages[0]
    )
    heading = plain("编号项目名称统一社会信用代码承诺到期日剩余工作日")
    for number, page in enumerate(pages, start=1):
        assert heading in page and f"第{number}页，共{len(pages)}页" in page
    for code, project, *_rest in [*first.rows, *second.rows]:
        holding = [page for page in pages if re.search(f"(?<!FU){code}(?!\\d)", page)]
        assert len(holding) == 1, code  # on one page, all of its row there
        assert plain(project) in holding[0]
    # Each page a table goes on to says whose rows they are.
    captions = [i for i, page in enumerate(pages) if "尚未办结的跟进事项" in page]
    assert "服务记录" in "".join(pages[: captions[0] + 1])
    assert "跟进事项（续）" not in pages[captions[0]]
    for page in pages[captions[0] + 1 :]:
        assert "尚未办结的跟进事项（续）" in page
    assert all("服务记录（续）" in page for page in pages[1 : captions[0]])


def test_a_short_table_is_never_split_between_pages(qtbot: QtBot, tmp_path: Path) -> None:
    """The 12369 report's 按承办单位 went on to a new page after its first row."""
    from approvals_gui.printing.documents import pdf_writer
    from approvals_gui.printing.reports import DPI, Table, paint_report

    short = long_table(5)
    short = Sheet("单位", short.columns, [(f"DW{r[0]}", *r[1:]) for r in short.rows])
    codes = [row[0] for row in short.rows]
    splits = []
    for before in range(6, 16):  # one of which leaves room for a row or two at the foot
        path = tmp_path / f"{before}.pdf"
        writer = pdf_writer(path, "月报", DPI)
        paint_report(
            "月报", [Table(long_table(before), "受理"), Table(short, "按承办单位")], writer
        )
        del writer
        pages = [page.extract_text() for page in PdfReader(path).pages]
        holding = {i for i, page in enumerate(pages) for code in codes if code in page}
        splits.append(len(holding))
    assert splits == [1] * len(splits)


def test_a_printed_lists_title_names_the_bureau_when_there_is_one() -> None:
    from approvals_gui.printing.reports import printed_title

    day = date(2026, 12, 3)
    assert printed_title("江城市生态环境局", "超期与即将到期", day) == (
        "江城市生态环境局　超期与即将到期（截至 2026-12-03）"
    )
    assert printed_title("", "申请", day) == "申请（截至 2026-12-03）"  # no stray space


def test_table_pdf_embeds_only_the_glyphs_it_uses(qtbot: QtBot, tmp_path: Path) -> None:
    reader = PdfReader(write_table_pdf(long_table(40), "申请一览", tmp_path / "t.pdf"))
    programs = {
        id(program): len(program.get_data())
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
        for descendant in font.get_object().get("/DescendantFonts", [])
        if (program := descendant.get_object()["/FontDescriptor"].get("/FontFile2"))
    }
    assert programs and max(programs.values()) < 1_000_000  # a whole CJK face is several MB


def district_table(rows: int, outlier: bool) -> Sheet:
    """A list of ordinary rows (a project of some twenty characters, a district, a unit),
    with or without one project named at eighty-odd characters."""
    columns = (
        Column("编号", 16, code=True),
        Column("项目名称", 36),
        Column("区县", 8),
        Column("审批单位", 8),
        Column("建设单位", 24),
        Column("类别", 14),
        Column("收件日期", 12, Kind.DATE),
        Column("承诺到期日", 12, Kind.DATE),
    )
    found = [
        (
            f"HP2026-{n:05d}",
            f"年产{n}吨再生资源综合利用及配套设施建设项目",
            "城东区",
            "城东分局",
            "江城再生资源综合利用有限公司",
            "环境影响报告表",
            N(1 + n % 28),
            N(2 + n % 28),
        )
        for n in range(rows)
    ]
    if outlier:
        found[0] = (found[0][0], "年产三十万吨高性能锂电池正极材料" * 5, *found[0][2:])
    return Sheet("申请", columns, found)


def test_one_long_name_does_not_make_every_row_taller(qtbot: QtBot, tmp_path: Path) -> None:
    """Every text column took as many lines as the longest value needed: one project
    named at 80 characters made most rows four or five lines tall (201 pages instead of
    141 for 3,000 rows), and even 城东区 wrapped. That name now wraps in its own row."""
    ordinary = PdfReader(write_table_pdf(district_table(300, False), "申请", tmp_path / "a.pdf"))
    one_long = PdfReader(write_table_pdf(district_table(300, True), "申请", tmp_path / "b.pdf"))
    assert len(one_long.pages) <= len(ordinary.pages) + 1
    text = "\n".join(page.extract_text() for page in one_long.pages)
    lines = text.splitlines()
    assert sum("城东区" in line for line in lines) == 300  # never broken
    assert sum("城东分局" in line for line in lines) == 300
    assert plain("年产三十万吨高性能锂电池正极材料" * 5) in plain(text)  # all there, wrapped


def test_narrow_text_columns_keep_their_headings_legible(qtbot: QtBot, tmp_path: Path) -> None:
    """On the list's crowded page, a text column of short values (a two-character name,
    是) is still as wide as its heading's first line: 承办人 whole, 一次办结 in two lines of
    two, not a character a line."""
    from tests.notice_cases import pdf_words

    columns = applications_sheet([], {}).columns
    day = N(2)
    row = (
        *("HP2026-00001", "年产三十万吨高性能锂电池正极材料建设项目", "江城新材料集团有限公司"),
        *("91330102MA2H3K4L5X", "环境影响报告表", "李娜", "城东区", "青山县分局", "青山县分局"),
        *(day, day, "审查", "超法定期限", day, -12, day, day, day, 30, "是"),
    )
    assert len(row) == len(columns)
    path = write_table_pdf(Sheet("申请", columns, [row] * 20), "申请一览", tmp_path / "t.pdf")
    words = [w.text for w in pdf_words(path)]
    assert "承办人" in words and "一次" in words and "办结" in words
    # Headings broken between words: 剩余/工作日, not 剩余工/作日.
    assert "剩余" in words and "工作日" in words
    # Where the page has room, a heading is whole (it was 其中合/并办理 beside a column of
    # names across most of the page), as wide as its glyphs reach (合 past its advance).
    columns = (Column("企业", 30), Column("其中合并办理", 8, Kind.INT))
    path = write_table_pdf(Sheet("企业", columns, [("某企业", 1)]), "重复", tmp_path / "r.pdf")
    words = [w.text for w in pdf_words(path)]
    assert "其中合并办理" in words


def test_five_character_values_stay_whole_where_the_page_has_room(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """超法定期限 and 青山县分局 were broken after their fourth character in every table,
    though one column fewer than the list's leaves room for them whole. The list itself
    keeps its codes and dates whole (four characters: five would cost its values lines)."""
    from tests.notice_cases import pdf_words

    columns = applications_sheet([], {}).columns
    day = N(2)
    row = (
        *("HP2026-00001", "年产三十万吨高性能锂电池正极材料建设项目", "江城新材料集团有限公司"),
        *("91330102MA2H3K4L5X", "环境影响报告表", "李娜", "城东区", "青山县分局", "青山县分局"),
        *(day, day, "审查", "超法定期限", day, -12, day, day, day, 30, "是"),
    )
    decided = [c.title for c in columns].index("决定日期")
    fewer = Sheet(
        "申请",
        columns[:decided] + columns[decided + 1 :],
        [row[:decided] + row[decided + 1 :]] * 20,
    )
    words = [w.text for w in pdf_words(write_table_pdf(fewer, "申请一览", tmp_path / "f.pdf"))]
    assert "超法定期限" in words and "青山县分局" in words
    path = write_table_pdf(Sheet("申请", columns, [row] * 20), "申请一览", tmp_path / "l.pdf")
    words = [w.text for w in pdf_words(path)]
    assert "HP2026-00001" in words and "91330102MA2H3K4L5X" in words and "2026-11-02" in words


def test_an_empty_tables_headings_stay_whole_words(
    qtbot: QtBot, ws: Workspace, tmp_path: Path
) -> None:
    """A month with nothing left to follow up: its table's date and number columns are
    as wide as their headings' lines, and Qt wrapped a line in a box just as wide (跟/进/
    期/限, 服务/日)."""
    from approvals_gui.printing.reports import write_service_report_pdf
    from approvals_gui.services.service_days import month_report
    from tests.notice_cases import pdf_words

    month = month_report(ws, N(1), today=TODAY)
    assert month.visits == []
    path = write_service_report_pdf(month, "江城市生态环境局", tmp_path / "s.pdf")
    words = [w.text for w in pdf_words(path)]
    caption = next(i for i, w in enumerate(words) if w.startswith("尚未办结的跟进事项"))
    after = [w for w in words[caption + 1 :] if not w.startswith(TODAY.isoformat())]
    assert after[:2] == ["服务日", "企业"]
    assert "跟进责任人" in after and "跟进期限" in after and "跟" not in after


def test_a_pdf_cut_short_replaces_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    """QPdfWriter says nothing of a write that failed: a file cut short (a full disk)
    passed for written and replaced the earlier one, and a refusal named no file."""
    import errno

    from approvals_gui.printing.documents import check_written, write_pdf
    from approvals_gui.printing.reports import DPI

    target = tmp_path / "申请.pdf"
    target.write_bytes(b"earlier")

    def cut_short(device: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OSError) as refused:
        write_pdf(target, "申请", DPI, cut_short)
    assert refused.value.filename == str(target) and refused.value.errno == errno.ENOSPC
    assert target.read_bytes() == b"earlier" and list(tmp_path.iterdir()) == [target]
    whole = write_table_pdf(
        Sheet("申请", (Column("编号", 12),), [("HP2026-00001",)]), "申请", target
    )
    assert check_written(whole) == target
    target.write_bytes(target.read_bytes()[:-200])  # its end lost
    with pytest.raises(OSError) as refused:
        check_written(target)
    assert refused.value.filename == str(target) and refused.value.errno == errno.EIO


def test_the_totals_days_label_is_no_larger_than_its_table(qtbot: QtBot, data: Workspace) -> None:
    """The by-unit table is in 9 pt; the label over the total's days per application was
    set one size smaller than the document's default (12 pt), and printed larger than
    the table around it."""
    from approvals_gui.printing.documents import document
    from approvals_gui.printing.reports import units_html

    report = figures_report(data, N(1), N(30), today=TODAY)
    doc = document(units_html(report))
    sizes: dict[str, float] = {}
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            sizes[fragment.text()] = fragment.charFormat().font().pointSizeF()
            it += 1
        block = block.next()
    label = next(size for text, size in sizes.items() if "每件平均总用时" in text)
    assert label <= sizes["市局"] == 9


def test_the_hotline_reports_tables_of_a_few_rows_are_never_split(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The 12369 report's 按类别 has a row for each of seven categories: three were
    printed at a page's foot and four on the next, under 按类别（续）."""
    from approvals_gui.printing.documents import pdf_writer
    from approvals_gui.printing.reports import DPI, Table, paint_report

    kinds = ("大气", "噪声", "水", "固废", "辐射", "生态", "其他", "光污染", "油烟", "扬尘")
    columns = (Column("类别", 8), Column("收到", 6, Kind.INT), Column("办结", 6, Kind.INT))
    splits = []
    for count in (7, 10):
        by_kind = Sheet("按类别", columns, [(k, 10, 8) for k in kinds[:count]])
        for before in range(30, 50):  # one of which leaves room for a few rows at the foot
            path = tmp_path / f"{count}-{before}.pdf"
            writer = pdf_writer(path, "月报", DPI)
            first = Sheet("按渠道", columns, [(f"渠道{n}", n, n) for n in range(before)])
            paint_report("月报", [Table(first, "按渠道"), Table(by_kind, "按类别")], writer)
            del writer
            pages = [page.extract_text() for page in PdfReader(path).pages]
            splits.append(
                len({i for i, page in enumerate(pages) for k in kinds[:count] if k in page})
            )
    assert splits == [1] * len(splits)


def test_a_tables_note_is_printed_on_the_page_of_its_last_row(qtbot: QtBot, tmp_path: Path) -> None:
    """The 12369 report's note on its breakdowns (注：以上分组表各列……) was a paragraph
    of its own: with the last breakdown at a page's foot, it opened the next page, where
    "以上" had nothing above it. A table's note is kept with its last row, short tables
    and long ones."""
    from approvals_gui.printing.documents import pdf_writer
    from approvals_gui.printing.reports import DPI, Table, paint_report

    columns = (Column("渠道", 8), Column("收到", 6, Kind.INT), Column("办结", 6, Kind.INT))
    note = "注：以上分组表各列——收到：期内登记的举报；办结：期内办结的案件。"
    alone = []
    for rows in (5, 30):  # never split, and split between pages
        last = f"末行{rows}"
        table = Sheet(
            "按承办单位", columns, [*((f"单位{n}", n, n) for n in range(rows - 1)), (last, 1, 1)]
        )
        for before in range(25, 50):  # some of which leave the note no room at the foot
            path = tmp_path / f"{rows}-{before}.pdf"
            writer = pdf_writer(path, "月报", DPI)
            first = Sheet("按渠道", columns, [(f"渠道{n}", n, n) for n in range(before)])
            paint_report("月报", [Table(first, "按渠道"), Table(table, "按承办单位", note)], writer)
            del writer
            pages = [plain(page.extract_text()) for page in PdfReader(path).pages]
            (with_note,) = (page for page in pages if plain(note) in page)
            alone.append(last not in with_note)
    assert not any(alone)


def test_the_figures_scope_items_stay_apart(qtbot: QtBot, data: Workspace, tmp_path: Path) -> None:
    """Under the title, 统计期间 and 统计范围 are set apart by an ideographic space: Qt's
    rich text took it for white space and printed one narrow space, so the two read as
    one run ("2026-12-07 统计范围")."""
    from tests.notice_cases import pdf_words

    report = figures_report(data, N(1), N(30), today=TODAY)
    path = write_figures_pdf(report, "江城市生态环境局", names(data), tmp_path / "f.pdf")
    words = pdf_words(path)
    after = next(w for w in words if w.text.startswith("统计范围"))
    before = max(
        (w for w in words if w.bottom == after.bottom and w.right <= after.left),
        key=lambda w: w.right,
    )
    char = (after.right - after.left) / len(after.text)
    assert after.left - before.right >= 0.9 * char  # a whole character's width apart


def test_the_figures_definitions_break_between_words(
    qtbot: QtBot, data: Workspace, tmp_path: Path
) -> None:
    """The figures' definitions were wrapped by Qt, which broke 折算为工作/日 and 比/例;
    they are broken as a table's cells are, between the program's words."""
    from approvals_gui.printing.words import inside_words
    from approvals_gui.services.figure_rows import figure_rows
    from tests.notice_cases import pdf_words

    report = figures_report(data, N(1), N(30), today=TODAY)
    path = write_figures_pdf(report, "江城市生态环境局", names(data), tmp_path / "f.pdf")
    words = pdf_words(path)
    rows = figure_rows(report.figures)
    left = next(w.left for w in words if w.text == rows[0].note)  # one line, the first
    lines: dict[float, str] = {}  # the definitions' column, a printed line at each height
    for word in sorted(words, key=lambda w: (w.bottom, w.left)):
        if word.left >= left - 1:
            lines[word.bottom] = lines.get(word.bottom, "") + word.text
    column, starts = "", set()
    for line in lines.values():
        starts.add(len(column))
        column += line
    wrapped = 0
    for row in rows:
        note = plain(row.note)
        at = column.index(note)
        breaks = {s - at for s in starts if at < s < at + len(note)}
        assert not breaks & inside_words(note), (note, sorted(breaks))
        wrapped += bool(breaks)
    assert wrapped >= 2  # the test's data wraps some


def test_a_number_keeps_to_the_character_after_it(qtbot: QtBot, tmp_path: Path) -> None:
    """The 12369 cases printed 青山县城东街15/号: Qt may break a line between a number and
    the character after it. 15号 (and 3万, 2026年) now stays on one line, at any width."""
    from tests.notice_cases import pdf_words

    values = [f"青山县城东街{n}号，年产{n}万件" for n in range(5, 2000, 97)]
    starts = set()
    for count in range(4, 16):  # columns as wide as a few characters to a dozen
        columns = tuple(Column(f"地址{i}", 10) for i in range(count))
        sheet = Sheet("举报", columns, [(value,) * count for value in values])
        path = write_table_pdf(sheet, "举报", tmp_path / f"{count}.pdf")
        starts |= {w.text[0] for w in pdf_words(path)}
    assert "号" not in starts and "万" not in starts


def test_the_boards_headings_break_between_words(
    qtbot: QtBot, ws: Workspace, tmp_path: Path
) -> None:
    """The printed board broke its heading 剩余日数（负/数为超期）: in the middle, which
    saved its rows a few lines. A heading breaks between words unless the middle saves
    more (the list's twenty columns, where it saves one line in sixteen)."""
    from approvals_gui.domain.board import GroupBy, group_cards
    from approvals_gui.services import demo
    from approvals_gui.services.board import board_cards
    from approvals_gui.services.exports import grouped_board_sheet
    from tests.notice_cases import pdf_words

    demo.generate(ws, 1500, today=TODAY, seed=11)  # twenty rows: 类别 wraps in a few
    groups = group_cards(board_cards(ws, today=TODAY), GroupBy.HANDLER)
    sheet = grouped_board_sheet(groups, GroupBy.HANDLER, names(ws), {}, as_of=TODAY)
    words = [w.text for w in pdf_words(write_table_pdf(sheet, "超期", tmp_path / "b.pdf"))]
    assert "剩余日数" in words and "（负数为超期）" in words


def test_the_hotline_reports_breakdowns_say_what_their_columns_count(
    qtbot: QtBot, ws: Workspace, tmp_path: Path
) -> None:
    """A section head read 受理 13, 办结率 61.5%（8/13）, 办结 11 in the 12369 report and
    asked how more were closed than accepted: 办结 takes in cases accepted before the
    month. Under the breakdowns the report now says what each of their columns counts."""
    from approvals_gui.printing.hotline_report import write_hotline_report_pdf
    from approvals_gui.services.hotline import case_figures, list_cases
    from tests.services.test_hotline_demo import add_year_of_cases

    add_year_of_cases(ws)
    figures = case_figures(ws, date(2026, 10, 1), date(2026, 10, 31), today=TODAY)
    views = list_cases(ws, today=TODAY)
    path = write_hotline_report_pdf(figures, views, "江城市", {}, tmp_path / "h.pdf", TODAY)
    text = text_of(path)
    note = text.index("注：以上分组表各列")
    assert text.index("按承办单位") < note < text.index("重复举报企业")
    assert "办结率：期内受理的案件中，至期末已办结的比例" in text[note:]
    assert "办结：期内办结的案件" in text[note:]


def test_a_reports_paragraph_breaks_between_words(qtbot: QtBot, tmp_path: Path) -> None:
    """A report's paragraphs (the 12369 note, the service-day summary) were wrapped by Qt,
    which breaks between any two ideographs (有限责/任公司); they are broken as a table's
    cells are, between the program's words."""
    from approvals_gui.printing.documents import pdf_writer
    from approvals_gui.printing.reports import DPI, paint_report
    from approvals_gui.printing.words import inside_words
    from tests.notice_cases import pdf_lines

    for shift in range(6):  # lines that end at different places in the words
        paragraph = "本" * shift + "有限责任公司" * 40 + "。"
        path = tmp_path / f"{shift}.pdf"
        writer = pdf_writer(path, "月报", DPI)
        paint_report("月报", [paragraph], writer)
        del writer
        lines = [line for line in pdf_lines(path) if set(line) <= set(paragraph)]
        assert "".join(lines) == paragraph and len(lines) > 1
        starts = {sum(map(len, lines[:i])) for i in range(1, len(lines))}
        assert not starts & inside_words(paragraph), shift


def test_a_trend_of_up_to_two_years_labels_every_month(
    qtbot: QtBot, ws: Workspace, tmp_path: Path
) -> None:
    """A trend of 13 to 24 months left its first and last months unlabelled (Qt hid
    them, slanted, on a category axis under lines): a reader could not tell which point
    was which month."""
    from tests.notice_cases import pdftotext

    for first, count in ((date(2025, 1, 1), 23), (date(2024, 12, 1), 24), (date(2025, 11, 1), 13)):
        report = figures_report(ws, first, N(30), today=TODAY)
        path = write_figures_pdf(report, "江城市生态环境局", names(ws), tmp_path / "f.pdf")
        # -raw: the slanted labels each on a line of their own
        lines = pdftotext(path, "-raw", "-f", "1", "-l", "1").split()
        months = [p.month.strftime("%y.%m") for p in report.trend]
        assert len(months) == count
        assert [m for m in months if m not in lines] == []
