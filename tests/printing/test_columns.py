"""How a printed table's columns share the page: measured in the font the PDFs use."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QFontMetricsF
from pytestqt.qtbot import QtBot

from approvals_gui.printing.columns import (
    PAD,
    SLACK,
    Breaks,
    _pieces,
    _TextColumns,
    column_widths,
    inked,
)
from approvals_gui.printing.fonts import REPORT_FAMILIES, printable_font
from approvals_gui.printing.headings import middle_lines
from approvals_gui.printing.reports import TABLE_FONT_PX, _heading_text, _height, _text, _wrapped
from approvals_gui.services import demo
from approvals_gui.services.applications import list_applications
from approvals_gui.services.exports import Column, applications_sheet
from approvals_gui.services.figure_rows import Kind
from approvals_gui.services.workspace import Workspace
from tests.conftest import TODAY

PAGE = 1008.0  # an A4 landscape page's width inside its margins, at 96 dots an inch


@pytest.fixture
def metrics(qtbot: QtBot) -> QFontMetricsF:
    font = printable_font(REPORT_FAMILIES, 1)
    font.setPixelSize(TABLE_FONT_PX)
    return QFontMetricsF(font)


def lines(metrics: QFontMetricsF, heights: list[float]) -> list[int]:
    """The lines of text in cells `heights` tall (the leading goes between lines)."""
    return [round((h - 2 * PAD + metrics.leading()) / metrics.lineSpacing()) for h in heights]


def printed(
    columns: tuple[Column, ...], rows: list[list[str]], widths: list[float], metrics: QFontMetricsF
) -> list[int]:
    """The lines each row takes as printed."""
    wrapped = _wrapped(rows, columns, widths, Breaks(metrics))
    return lines(metrics, [_height(row, widths, metrics) for row in wrapped])


def whole(text: str, width: float, metrics: QFontMetricsF) -> bool:
    """On one line where it may wrap (`column_widths` allows for Qt's wrapping early)."""
    return inked(text, metrics) <= width - 2 * PAD - SLACK


def fits(text: str, width: float, metrics: QFontMetricsF) -> bool:
    """Drawn within the column, where it never wraps."""
    return metrics.horizontalAdvance(text) <= width - 2 * PAD + 1e-6


def test_the_lists_twenty_columns_give_its_rows_three_lines(
    ws: Workspace, metrics: QFontMetricsF
) -> None:
    """Every text column was made to fit its values in as many lines as the others, then
    all of them scaled down to the page: each was four characters wide, and most rows of
    the list were four lines tall (项目名称 and 建设单位 four characters a line; 356 of
    these 600). The names now take three lines, beside narrower columns of short values."""
    demo.generate(ws, 600, today=TODAY, seed=11)
    units = {u.code: u.name for u in ws.units()}
    names = {code: rule.name for code, rule in ws.rules().items()}
    sheet = applications_sheet(list_applications(ws, today=TODAY), names, units)
    rows = [[_text(v) for v in row] for row in sheet.rows]
    widths = column_widths(sheet.columns, rows, metrics, PAGE)
    assert sum(widths) == pytest.approx(PAGE)
    taken = printed(sheet.columns, rows, widths, metrics)
    assert sum(n > 3 for n in taken) <= 0.05 * len(rows), sorted(taken)
    # Its headings break between words where their columns allow: the widths were
    # scaled by 1008/1008.0000000000001, and 剩余/工作日 passed 35 px by 1e-14 px.
    remaining = [c.title for c in sheet.columns].index("剩余工作日")
    assert _heading_text("剩余工作日", widths[remaining], metrics) == "剩余\n工作日"
    for column, width in zip(sheet.columns, widths, strict=True):
        if not column.breaks:  # codes, dates and numbers on one line
            i = sheet.columns.index(column)
            assert all(fits(row[i], width, metrics) for row in rows), column.title


def test_the_column_narrowed_is_the_one_that_costs_the_rows_least(
    qtbot: QtBot, metrics: QFontMetricsF
) -> None:
    """A project takes three lines whatever the page: a category beside it may take as
    many without making any row taller, and is narrowed before the project is, or the
    status whose value is one word."""
    columns = (
        Column("编号", 16, code=True),
        Column("项目名称", 36),
        Column("类别", 16),
        Column("状态", 10),
        Column("收件日期", 12, Kind.DATE),
    )
    row = [
        "HP2026-00001",
        "年产三十万吨高性能锂电池正极材料建设项目",
        "辐射安全许可证核发",
        "超法定期限",
        "2026-11-02",
    ]
    rows = [row] * 50
    roomy = column_widths(columns, rows, metrics, 2000.0)
    for value, width, column in zip(row, roomy, columns, strict=True):
        assert (whole if column.breaks else fits)(value, width, metrics)
    # Room for the project in three lines of seven and the category and status whole,
    # but for two characters.
    fixed = roomy[0] + roomy[4]
    project, category, status = (
        2 * PAD + SLACK + n * metrics.horizontalAdvance("中") for n in (7, 9, 5)
    )
    page = fixed + project + category + status - 20
    tight = column_widths(columns, rows, metrics, page)
    taken = printed(columns, [row], tight, metrics)
    assert taken == [3]
    assert whole("超法定期限", tight[3], metrics)
    assert tight[2] < roomy[2] and not whole(row[2], tight[2], metrics)  # the category wraps
    assert tight[0] == pytest.approx(roomy[0]) and tight[4] == pytest.approx(roomy[4])


def test_a_table_too_wide_for_any_layout_is_scaled_to_the_page(
    qtbot: QtBot, metrics: QFontMetricsF
) -> None:
    columns = tuple(Column(f"编号{n}", 16, code=True) for n in range(8)) + (Column("名称", 20),)
    rows = [[f"HP2026-{n:05d}" for n in range(8)] + ["某项目"]]
    widths = column_widths(columns, rows, metrics, 300.0)
    assert sum(widths) == pytest.approx(300.0)
    assert len({round(w / widths[0], 6) for w in widths[:8]}) == 1  # all in proportion


def test_an_empty_days_table_keeps_each_columns_heading(
    qtbot: QtBot, metrics: QFontMetricsF
) -> None:
    """No row but the one saying 无: each column is at least its heading's widest line."""
    columns = (
        Column("跟进责任人", 10),
        Column("跟进期限", 12, Kind.DATE),
        Column("服务日", 12, Kind.DATE),
    )
    widths = column_widths(columns, [["无", "", ""]], metrics, PAGE)
    assert sum(widths) == pytest.approx(PAGE)
    for column, width in zip(columns, widths, strict=True):
        assert whole(column.title, width, metrics)


def test_texts_are_printed_in_the_lines_counted_and_break_where_they_may(
    qtbot: QtBot, metrics: QFontMetricsF
) -> None:
    """A comma never starts a line, so 问题已解决，企业确认 five characters a line takes
    three lines: counted as two, the service-day report's 办理情况 was narrowed to that
    and its row printed a line taller. A number keeps the character after it: Qt, left
    to wrap the 12369 cases, printed 青山县城东街15/号. Each text is now printed broken
    where its lines were counted, every line within its column."""
    texts = [
        "问题已解决，企业确认",
        "承诺期内办结，待送达",
        "超承诺未超法定，待送达",
        "年产三十万吨高性能锂电池正极材料建设项目",
        "2万千瓦分布式光伏发电项目",
        "污染防治：VOCs 治理设施升级改造方案；环评咨询：园区规划环评与项目环评的衔接",
        "江城（青山）再生资源有限公司",
        "《建设项目环境影响评价分类管理名录》",
        "第一行\n第二行",
        "青山县城东街15号，2026年投产",
    ]
    breaks = Breaks(metrics)
    char = metrics.horizontalAdvance("中")
    each = [_TextColumns([Column("说明", 20)], [[t]], breaks) for t in texts]
    for characters in range(2, 14):
        width = 2 * PAD + SLACK + characters * char
        for text, counting in zip(texts, each, strict=True):
            wrapped = breaks.wrapped(text, width)
            assert "".join(wrapped.split()) == "".join(text.split())  # all there
            taken = lines(metrics, [_height([wrapped], [width], metrics)])
            assert taken == counting.lines(0, width), (characters, wrapped)
            rows = wrapped.split("\n")
            for line, after in zip(rows, rows[1:], strict=False):
                assert after[:1] not in "，。；：）》" and line[-1:] not in "（《", wrapped
                assert not (line[-1:].isdigit() and after[:1] in "号万年"), wrapped
                assert not (line[-1:].isalpha() and line[-1:].isascii() and after[:1].isascii())
            for line in rows:
                assert line == line.rstrip() and not line[:1].isspace(), wrapped
                if len(_pieces(line)[0]) > 1:  # (one piece may be wider than its column)
                    assert fits(line, width - SLACK, metrics), wrapped


@pytest.mark.parametrize(
    ("text", "characters", "room", "printed"),
    [
        ("环境影响报告表", 3, 0, "环境/影响/报告表"),
        ("超法定期限", 4, 0, "超法定/期限"),
        ("辐射安全许可证核发", 4, 0, "辐射安全/许可证/核发"),
        ("青山同峰汽车零部件集团有限公司", 6, 0, "青山同峰汽车/零部件集团/有限公司"),
        ("超承诺未超法定", 3, 0, "超承诺/未超/法定"),  # words read from the left
        ("局三楼服务大厅", 6, 0, "局三楼/服务大厅"),  # not a character alone at the end
        ("辐射安全许可证核发", 3, 0, "辐射安/全许可/证核发"),  # three lines, no room to choose
        ("承诺期内办结", 3, 0, "承诺期/内办结"),  # two lines: no room either
        ("承诺期内办结", 3, 3, "承诺/期内/办结"),  # ... but its row has three
        ("年产30万吨环氧树脂建设项目", 5, 4, "年产30万/吨环氧树脂/建设项目"),  # none to gain
        ("仓储物流中心建设项目", 5, 3, "仓储物流/中心建设/项目"),  # lines alike
        # an article of a law is a word (第三十/六条 was printed)
        (
            "作出决定的比例（《优化营商环境条例》第三十六条）",
            11,
            0,
            "作出决定的比例/（《优化营商环境条例》/第三十六条）",
        ),
        # a title whole where a line holds it (（《优化营商/环境条例》 was printed) ...
        (
            "在承诺时限内作出决定的比例（《优化营商环境条例》第三十六条）",
            17,
            0,
            "在承诺时限内作出决定的比例/（《优化营商环境条例》第三十六条）",
        ),
        # ... else broken between its words
        ("（《优化营商环境条例》第三十六条）", 7, 0, "（《优化营商/环境条例》/第三十六条）"),
    ],
)
def test_a_text_breaks_between_words_where_its_lines_leave_room(
    metrics: QFontMetricsF, text: str, characters: int, room: int, printed: str
) -> None:
    """The printed list read 环境影/响报告/表, 超法定期/限, 超承诺/未超法/定 and 承诺期/内
    办结 beside names of three lines: each line filled before the next. In as many lines,
    or as its row takes, a text now breaks between the program's words where they fit."""
    width = 2 * PAD + SLACK + characters * metrics.horizontalAdvance("中")
    assert Breaks(metrics).wrapped(text, width, room) == printed.replace("/", "\n")


def test_a_cell_takes_the_lines_its_row_has_to_keep_its_words(metrics: QFontMetricsF) -> None:
    """Beside a name of three lines, 承诺期内办结 takes three to break between words; in
    a row of two lines, it is two."""
    char = metrics.horizontalAdvance("中")
    columns = (Column("项目名称", 36), Column("状态", 10))
    widths = [2 * PAD + SLACK + 7 * char, 2 * PAD + SLACK + 3 * char]
    rows = [
        ["年产三十万吨高性能锂电池正极材料", "承诺期内办结"],
        ["年产三十万吨锂电池", "承诺期内办结"],
    ]
    tall, short = _wrapped(rows, columns, widths, Breaks(metrics))
    assert tall == ["年产三十万吨高\n性能锂电池正极\n材料", "承诺\n期内\n办结"]
    assert short[1] == "承诺期\n内办结"


WORDY = "环境影响报告表辐射安全许可证核发超承诺未超法定期限办结有限公司集团服务大厅，（）15号 VOCs"


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.text(alphabet=WORDY, max_size=40),
    characters=st.integers(1, 12),
    room=st.integers(0, 6),
)
def test_any_text_is_printed_in_the_lines_counted(
    metrics: QFontMetricsF, text: str, characters: int, room: int
) -> None:
    """However its words fall, a text takes the lines the layout counted for it, or no
    more than its row's `room`, loses nothing, and passes its column only by a piece too
    wide for any line."""
    breaks = Breaks(metrics)
    width = 2 * PAD + SLACK + characters * metrics.horizontalAdvance("中")
    wrapped = breaks.wrapped(text, width, room)
    counted = _TextColumns([Column("说明", 20)], [[text]], breaks).lines(0, width)[0]
    assert counted <= wrapped.count("\n") + 1 <= max(counted, room)
    assert "".join(wrapped.split()) == "".join(text.split())
    for line in wrapped.split("\n"):
        if len(_pieces(line)[0]) > 1:
            assert fits(line, width - SLACK, metrics), wrapped


CJK = "环境影响报告表青山县分局超法定期限承诺期内办结，待送达（一期）"
values = st.text(alphabet=CJK + "HP2026-0123456789 VOCs", max_size=30)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    kinds=st.lists(st.booleans(), min_size=1, max_size=12),
    data=st.data(),
    page=st.floats(min_value=200, max_value=1200),
)
def test_any_table_fits_its_page_and_keeps_its_codes_whole_where_it_can(
    metrics: QFontMetricsF, kinds: list[bool], data: st.DataObject, page: float
) -> None:
    """Whatever the columns and values: the widths fill the page where a text column
    can take what is left, never pass it, and leave each code as wide as its longest
    value and each column as wide as its heading's widest line unless even the
    narrowest layout is too wide (then all are scaled alike)."""
    columns = tuple(
        Column(f"列{i}名称", 10) if text else Column(f"代码{i}", 10, code=True)
        for i, text in enumerate(kinds)
    )
    rows = data.draw(
        st.lists(
            st.lists(values, min_size=len(kinds), max_size=len(kinds)), min_size=1, max_size=20
        )
    )
    widths = column_widths(columns, rows, metrics, page)
    assert sum(widths) <= page + 1e-6
    if any(kinds):
        assert sum(widths) == pytest.approx(page)
    char = metrics.horizontalAdvance("中")
    heading = [
        2 * PAD + SLACK + max(inked(line, metrics) for line in middle_lines(c.title))
        for c in columns
    ]
    longest = [max(metrics.horizontalAdvance(row[i]) for row in rows) for i in range(len(kinds))]
    narrowest = [
        max(h, 2 * PAD + SLACK + char) if c.breaks else max(h, 2 * PAD + w)
        for c, h, w in zip(columns, heading, longest, strict=True)
    ]
    if sum(narrowest) <= page:  # nothing scaled
        for i, column in enumerate(columns):
            assert widths[i] >= heading[i] - 1e-6
            if not column.breaks:
                assert all(fits(row[i], widths[i], metrics) for row in rows)
