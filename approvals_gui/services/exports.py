"""Tables for Excel and CSV: the applications, the overdue board, the figures.

Exported files are documents for the bureau's meetings, so their text is Chinese
whatever the UI language. Text that a spreadsheet would read as a formula (it starts
with = + - @, a tab or a carriage return) is written as plain text; numbers stay
numbers. Text is cleaned as it is written, whatever was stored before input was
checked: no control characters (an .xlsx file cannot hold them), and no more than an
Excel cell holds. Workbooks are written with xlsxwriter, which is made for writing large
files fast and row by row (openpyxl only reads the ledgers that are imported).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any, cast

from xlsxwriter import Workbook  # type: ignore[import-untyped]
from xlsxwriter.exceptions import FileCreateError  # type: ignore[import-untyped]

from approvals_gui.domain.board import Card, CardKind, Group, GroupBy, Lane, summarize
from approvals_gui.domain.clock import Status
from approvals_gui.domain.hotline.clock import CaseDueKind
from approvals_gui.domain.hotline.labels import CASE_DUE_NAMES
from approvals_gui.domain.labels import (
    BACKLOG_NAMES,
    CATEGORY_NAMES,
    FOLLOW_UP_NAMES,
    LANE_NAMES,
    MATTER_NAMES,
    MODE_NAMES,
    STAGE_NAMES,
    STATUS_NAMES,
    status_name,
    step_name,
)
from approvals_gui.domain.metrics import BACKLOG_STAGES
from approvals_gui.domain.rounding import one_decimal, percent
from approvals_gui.domain.search import ApplicationFilter
from approvals_gui.domain.service_days import (
    FollowUpState,
    MatterType,
    Mode,
    MonthlyReport,
    Visit,
)
from approvals_gui.domain.text import strip_invisible
from approvals_gui.services.applications import ApplicationView
from approvals_gui.services.figure_rows import (
    ALL_UNITS,
    UNIT_COLUMNS,
    Kind,
    figure_rows,
    unit_figure_rows,
)
from approvals_gui.services.figures import FiguresReport
from approvals_gui.services.files import write_through
from approvals_gui.services.progress import Progress, no_progress

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PROGRESS_EVERY = 500  # rows between progress reports, and told plain (`plain`) together
EXCEL_CELL_LIMIT = 32_767  # characters; Excel cuts or refuses longer text


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    width: int  # in characters, roughly; a CJK character counts as two
    kind: Kind = Kind.TEXT
    code: bool = False  # text that is a code (a number, a credit code): one piece

    @property
    def breaks(self) -> bool:
        """Whether a long value may break into lines: text does; codes, dates and
        numbers never do."""
        return self.kind is Kind.TEXT and not self.code


@dataclass(frozen=True, slots=True)
class Typed:
    """A value whose kind differs from its column's (a figures table mixes them)."""

    value: float | None
    kind: Kind


@dataclass(frozen=True, slots=True)
class Sheet:
    title: str
    columns: tuple[Column, ...]
    rows: Sequence[Sequence[object]]
    # The day its countdowns and states hold for, printed atop each page: a sheet
    # printed on Monday still says how many days were left on Friday.
    as_of: date | None = None
    # What it covers, in each page's header (a workbook) or under the title (a PDF):
    # one sheet of a report printed for a meeting still says of when and of whom; a
    # list, whose items and how filtered.
    scope: str = ""


def list_scope(
    flt: ApplicationFilter,
    names: Mapping[str, str],
    units: Mapping[str, str],
    *,
    mine: str | None = None,
) -> str:
    """Which applications a list exported holds, in Chinese as the documents are: my
    items (`mine`, the clerk's name) or all, then the search and quick filters that
    narrow them (我的事项（张伟）；状态：超承诺或送达超期；不含已办结)."""
    said = [f"我的事项（{mine}）" if mine is not None else "全部申请"]
    if flt.text.strip():
        said.append(f"搜索：{flt.text.strip()}")
    if flt.stage is not None:
        said.append(f"环节：{STAGE_NAMES[flt.stage]}")
    if flt.category is not None:
        said.append(f"类别：{category_label(flt.category, names)}")
    if flt.handler is not None:
        said.append(f"承办人：{flt.handler}")
    if flt.status is not None:  # the list's filter finds a delivery late with them
        status = "超承诺或送达超期" if flt.status is Status.OVERDUE else STATUS_NAMES[flt.status]
        said.append(f"状态：{status}")
    if flt.unit is not None:
        said.append(f"审批或所在单位：{unit_label(flt.unit, units)}")
    if flt.open_only:
        said.append("不含已办结")
    return "；".join(said)


def category_label(code: str, names: Mapping[str, str]) -> str:
    return CATEGORY_NAMES.get(code, names.get(code, code))


def unit_label(code: str, units: Mapping[str, str]) -> str:
    """A unit's name; its code if `units` does not know it; "" for none."""
    return units.get(code, code)


NO_UNITS: Mapping[str, str] = {}


# -- the tables -------------------------------------------------------------------------


def applications_sheet(
    items: Sequence[ApplicationView],
    names: Mapping[str, str],
    units: Mapping[str, str] = NO_UNITS,
    *,
    as_of: date | None = None,
) -> Sheet:
    """Every application given, in the order given (the table's current order), as on
    `as_of`; its deciding unit (审批单位) and the unit that has it now (所在单位) by their
    names in `units` (code → name)."""
    columns = (
        Column("编号", 16, code=True),
        Column("项目名称", 36),
        Column("建设单位", 30),
        Column("统一社会信用代码", 22, code=True),
        Column("类别", 16),
        Column("承办人", 10),
        Column("区县", 10),
        Column("审批单位", 14),
        Column("所在单位", 14),
        Column("收件日期", 12, Kind.DATE),
        Column("受理日期", 12, Kind.DATE),
        Column("当前环节", 12),
        Column("状态", 16),
        # As the list's: what the countdown runs to and has left (the acceptance's, the
        # decision's, the law's once past it, or, a decision made, the delivery's).
        Column("到期日", 12, Kind.DATE),
        Column("剩余工作日", 10, Kind.INT),
        Column("承诺到期日", 12, Kind.DATE),
        Column("法定到期日", 12, Kind.DATE),
        Column("决定日期", 12, Kind.DATE),
        Column("用时（工作日）", 12, Kind.INT),
        Column("一次办结", 10),
    )
    rows = []
    for v in items:
        r, c, f = v.record, v.clock, v.record.facts
        one_go = "" if c.one_go is None else ("是" if c.one_go else "否")
        rows.append(
            (
                r.number,
                r.project,
                r.enterprise_name,
                r.credit_code,
                category_label(r.category, names),
                r.handler,
                r.district,
                unit_label(r.unit, units),
                unit_label(r.held_by, units),
                r.registered_on,
                f.accepted_on,
                STAGE_NAMES[f.stage],
                status_name(c),
                c.due,
                c.workdays_left,
                c.promised_due,
                c.statutory_due,
                f.decided_on,
                c.workdays_used,
                one_go,
            )
        )
    return Sheet("申请", columns, rows, as_of)


# The 类别 of a card that is no application.
_BOARD_KINDS = {CardKind.FOLLOW_UP: "服务日跟进", CardKind.CASE: "12369 热线案件"}
# A card not against the promise (a delivery or hearing period, a follow-up's or a
# case's own date) is plainly late: 超期.
_OTHER_LANES = {Lane.RED: "超期", Lane.YELLOW: "即将到期"}


def board_sheet(
    cards: Sequence[Card],
    names: Mapping[str, str],
    units: Mapping[str, str] = NO_UNITS,
    *,
    as_of: date | None = None,
) -> Sheet:
    """The cards in the order given, as on `as_of`; an application's deciding unit
    (审批单位) and the unit that has it now (所在单位) by their names in `units` (code →
    name); a 12369 case has no deciding unit, only the one it is at. A case counts
    calendar days, the others working days: each row says which."""
    columns = (
        Column("状态", 10),
        Column("编号", 16, code=True),
        Column("项目或事项", 36),
        Column("企业或地址", 30),  # a 12369 case naming no enterprise: where it is
        Column("环节", 12),
        Column("承办人", 10),
        Column("区县", 10),
        Column("审批单位", 14),
        Column("所在单位", 14),
        Column("类别", 16),
        Column("到期日", 12, Kind.DATE),
        Column("剩余日数（负数为超期）", 14, Kind.INT),
        Column("计日", 14, code=True),  # "工作日（推算）" in one piece
    )
    rows = []
    for c in cards:
        follow_up, case = c.kind is CardKind.FOLLOW_UP, c.kind is CardKind.CASE
        rows.append(
            (
                LANE_NAMES[c.lane] if c.against_promise else _OTHER_LANES[c.lane],
                f"服务日 {c.number}" if follow_up else c.number,  # a follow-up's is its day
                c.title,
                c.party,
                "服务日跟进" if follow_up else _card_step(c),
                c.handler,
                c.district,
                "" if case else unit_label(c.unit, units),  # a report is not approved
                unit_label(c.holder or c.unit, units),
                _BOARD_KINDS.get(c.kind) or category_label(c.category, names),
                c.due,
                c.workdays_left,
                _counted_in(c),
            )
        )
    return Sheet("超期与即将到期", columns, rows, as_of)


def _counted_in(card: Card) -> str:
    """ "工作日" or "自然日"; "（推算）" after it where a year's holidays are not yet
    published, as the board's card says."""
    days = "自然日" if card.kind is CardKind.CASE else "工作日"
    return f"{days}（推算）" if card.estimated_years else days


def board_groups(
    groups: Sequence[Group],
    by: GroupBy,
    names: Mapping[str, str],
    units: Mapping[str, str] = NO_UNITS,
) -> list[tuple[str, Sheet]]:
    """The board as its groups show it, each a caption and its cards' sheet ("陈静 — 超法定
    期限 1 件 · 超承诺或送达超期 2 件 · 即将到期 3 件")."""
    return [(group_caption(g, by, names), board_sheet(g.cards, names, units)) for g in groups]


def grouped_board_sheet(
    groups: Sequence[Group],
    by: GroupBy,
    names: Mapping[str, str],
    units: Mapping[str, str] = NO_UNITS,
    *,
    as_of: date | None = None,
) -> Sheet:
    """`board_sheet` of every group's cards in the board's order, each row led by its
    group's name (a spreadsheet filters by it)."""
    cards = [card for g in groups for card in g.cards]
    sheet = board_sheet(cards, names, units, as_of=as_of)
    named = [group_name(g.key, by, names) for g in groups for _card in g.cards]
    rows = [(name, *row) for name, row in zip(named, sheet.rows, strict=True)]
    return Sheet(sheet.title, (Column("分组", 14), *sheet.columns), rows, as_of)


def group_name(key: str, by: GroupBy, names: Mapping[str, str]) -> str:
    """A board group's name: a handler, a district or a category; the hotline's cases
    together (grouped by handler)."""
    if key == CardKind.CASE.value:
        return _BOARD_KINDS[CardKind.CASE]
    if by is GroupBy.CATEGORY:
        return category_label(key, names)
    return key or "（未填写）"


def group_caption(group: Group, by: GroupBy, names: Mapping[str, str]) -> str:
    """A group's name and its counts as the board's heading says them: applications by
    lane (a hearing's limits apart), follow-ups and 12369 cases each apart (summarize)."""
    found = summarize(group.cards)
    late_or_due = "超期 {} 件 · 即将到期 {} 件"
    name = group_name(group.key, by, names)
    if group.key == CardKind.CASE.value:  # the hotline's own group: its cases alone
        return f"{name} — {late_or_due.format(found.cases[Lane.RED], found.cases[Lane.YELLOW])}"
    parts = []
    apps, hearings = found.applications, found.hearings
    if apps.total() or hearings.total():
        text = (
            f"超法定期限 {apps[Lane.BREACH]} 件 · 超承诺或送达超期 {apps[Lane.RED]} 件 · "
            f"即将到期 {apps[Lane.YELLOW]} 件"
        )
        if hearings.total():
            text += (
                f"（另有听证期限：{late_or_due.format(hearings[Lane.RED], hearings[Lane.YELLOW])}）"
            )
        parts.append(text)
    for kind, lanes in (("跟进事项", found.follow_ups), ("热线案件", found.cases)):
        if lanes.total():
            parts.append(f"{kind}：{late_or_due.format(lanes[Lane.RED], lanes[Lane.YELLOW])}")
    return f"{name} — {'；'.join(parts)}"


def _card_step(card: Card) -> str:
    """A card's step; a case's with the date that runs (承办单位办理期限, 办结期限…)."""
    if card.kind is not CardKind.CASE:
        return step_name(card.step)
    return f"{step_name(card.step)}（{CASE_DUE_NAMES[CaseDueKind(card.due_kind)]}）"


def report_scope(report: FiguresReport, names: Mapping[str, str]) -> list[tuple[str, str]]:
    """What a report covers, as its printout and its workbook say it: the period, and
    the handler, category and deciding unit it is narrowed to (or that it is not)."""
    f = report.figures
    period = f"{f.first.isoformat()} 至 {f.last.isoformat()}"
    if report.as_of is not None and f.last > report.as_of:  # a year not over yet
        period += f"（截至 {report.as_of.isoformat()}）"
    narrowed = _narrowed_to(report, names)
    return [("统计期间", period), *(narrowed or [("统计范围", "全部承办人、类别和审批单位")])]


def _narrowed_to(report: FiguresReport, names: Mapping[str, str]) -> list[tuple[str, str]]:
    """The handler, category and deciding unit a report is narrowed to, each under
    its label; none for the whole bureau."""
    return [
        (label, value)
        for label, value in (
            ("承办人", report.handler or ""),
            ("类别", category_label(report.category, names) if report.category else ""),
            ("审批单位", report.unit_name(report.unit) if report.unit else ""),
        )
        if value
    ]


def figures_stem(report: FiguresReport, names: Mapping[str, str]) -> str:
    """The name a report's file is offered under: its period, then what it is narrowed
    to (a report for each handler, saved for a meeting, had one name for all)."""
    f = report.figures
    narrowed = (value for _label, value in _narrowed_to(report, names))
    stem = "-".join(["环评审批统计", f"{f.first.isoformat()}至{f.last.isoformat()}", *narrowed])
    return _NOT_IN_FILE_NAMES.sub("_", stem)


# What Windows refuses in a file name (a category named "报告书/表" is a folder).
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|]')


def figures_sheets(report: FiguresReport, names: Mapping[str, str]) -> list[Sheet]:
    f = report.figures
    # The counts behind a rate as two numbers: "6/26" in a CSV file opens as a date.
    main = Sheet(
        "指标",
        (
            Column("指标", 16),
            Column("数值", 22),  # the period, and a name it is narrowed to, too
            Column("符合件数", 10, Kind.INT),
            Column("总件数", 10, Kind.INT),
            Column("口径说明", 70),
        ),
        [
            # A workbook taken to a meeting says whose figures it holds, and of when.
            *((label, value, None, None, "") for label, value in report_scope(report, names)),
            *(
                (row.label, Typed(row.value, row.kind), *(row.counts or (None, None)), row.note)
                for row in figure_rows(f)
            ),
        ],
    )
    trend = Sheet(
        "月度趋势",
        (
            Column("月份", 10),
            Column("作出决定", 10, Kind.INT),
            Column("承诺期内办结率", 14, Kind.PERCENT),
            Column("法定期限内办结率", 16, Kind.PERCENT),
            Column("送达办结", 10, Kind.INT),
            Column("一次办结率", 12, Kind.PERCENT),
        ),
        [
            (
                p.month.strftime("%Y-%m"),
                p.decided,
                p.within_promise_rate,
                p.on_time_rate,
                p.delivered,
                p.one_go_rate,
            )
            for p in report.trend
        ],
    )
    categories = Sheet(
        "分类别用时",
        (
            Column("类别", 18),
            Column("作出决定", 10, Kind.INT),
            Column("平均用时（工作日）", 18, Kind.DAYS),
            Column("平均承诺时限（工作日）", 20, Kind.DAYS),
            Column("平均法定时限（工作日）", 20, Kind.DAYS),
        ),
        [
            (
                category_label(code, names),
                c.decided,
                c.avg_workdays_used,
                c.avg_promised_workdays,
                c.avg_statutory_workdays,
            )
            for code, c in report.by_category.items()
        ],
    )
    backlog = Sheet(
        "在办环节",
        (Column("环节", 14), Column("件数", 10, Kind.INT)),
        [(BACKLOG_NAMES[s], f.backlog_by_stage.get(s, 0)) for s in BACKLOG_STAGES],
    )
    scope = "；".join(f"{label} {value}" for label, value in report_scope(report, names))
    return [
        replace(sheet, scope=scope)
        for sheet in (main, trend, categories, backlog, units_sheet(report))
    ]


def units_sheet(report: FiguresReport) -> Sheet:
    """The by-unit table, the counts behind each rate as two numbers (as on the first
    sheet), then each column's definition."""
    columns = [Column("单位", 16)]
    for c in UNIT_COLUMNS:
        columns.append(Column(c.label, 12 if c.kind is Kind.INT else 16, c.kind))
        if c.counted:
            columns.append(Column(f"{c.label}·符合件数", 12, Kind.INT))
            columns.append(Column(f"{c.label}·总件数", 12, Kind.INT))
    rows: list[tuple[object, ...]] = []
    names = report.unit_names
    units = unit_figure_rows(report.by_unit, report.unit_days, report.figures, names)
    total = units[-1]
    for unit in units:
        cells: list[object] = [unit.name]
        for column, cell in zip(UNIT_COLUMNS, unit.cells, strict=True):
            cells.append(cell.value)
            if column.counted:
                cells.extend(cell.counts or (None, None))
        rows.append(tuple(cells))
    blank = (None,) * (len(columns) - 2)
    rows.append((None, None, *blank))
    rows += [(f"口径：{c.label}", c.note, *blank) for c in UNIT_COLUMNS]
    # The total's figure under the days at a unit is another (`unit_figure_rows`).
    rows += [
        (f"口径：{ALL_UNITS}·{c.label}", cell.label, *blank)
        for c, cell in zip(UNIT_COLUMNS, total.cells, strict=True)
        if cell.label != c.label
    ]
    return Sheet("分单位", tuple(columns), rows)


def matters_text(visit: Visit) -> str:
    return "；".join(f"{MATTER_NAMES[m.kind]}：{m.description}" for m in visit.form.matters)


def service_report_sheets(report: MonthlyReport) -> list[Sheet]:
    """The month's visits, the totals, and the follow-ups still open."""
    visits_sheet = Sheet(
        "服务记录",
        (
            Column("日期", 12, Kind.DATE),
            Column("企业", 30),
            Column("统一社会信用代码", 22, code=True),
            Column("方式", 8),
            Column("地点", 18),
            Column("参加人员", 16),
            Column("反映事项", 50),
            Column("解决措施", 30),
            Column("跟进责任人", 10),
            Column("跟进期限", 12, Kind.DATE),
            Column("状态", 10),
            Column("办结日期", 12, Kind.DATE),
            Column("办理情况", 30),
        ),
        [
            (
                v.form.day,
                v.form.enterprise_name,
                v.form.credit_code,
                MODE_NAMES[v.form.mode],
                v.form.place,
                v.form.staff,
                matters_text(v),
                v.form.measures,
                v.form.owner,
                v.form.due_on,
                FOLLOW_UP_NAMES[clock.state],
                v.form.resolved_on,
                v.form.resolution,
            )
            for v, clock in report.visits
        ],
    )
    totals = Sheet(
        "汇总",
        (Column("分类", 10), Column("项目", 14), Column("数量", 8, Kind.INT)),
        [("方式", MODE_NAMES[m], report.by_mode.get(m, 0)) for m in Mode]
        + [("事项类型", MATTER_NAMES[t], report.by_matter.get(t, 0)) for t in MatterType]
        + [("跟进状态", FOLLOW_UP_NAMES[s], report.by_status.get(s, 0)) for s in FollowUpState],
    )
    pending = Sheet(
        "未办结跟进",
        (
            Column("服务日", 12, Kind.DATE),
            Column("企业", 30),
            Column("反映事项", 50),
            Column("跟进责任人", 10),
            Column("跟进期限", 12, Kind.DATE),
            Column("剩余工作日（负数为超期）", 16, Kind.INT),
        ),
        [
            (
                v.form.day,
                v.form.enterprise_name,
                matters_text(v),
                v.form.owner,
                v.form.due_on,
                clock.workdays_left,
            )
            for v, clock in report.open_follow_ups
        ],
        report.as_of,  # a month's report printed later counts the days left from then
    )
    return [visits_sheet, totals, pending]


# -- writers ----------------------------------------------------------------------------


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def cell_text(text: str) -> str:
    """Stored text as a cell can hold it: line breaks kept, other control characters
    dropped, cut at Excel's limit."""
    return strip_invisible(text, multiline=True)[:EXCEL_CELL_LIMIT]


NOT_TEXT = frozenset({int, date, type(None)})  # written as they are, outside text columns
_FORMULA_INSIDE = re.compile(r"\|[=+\-@]")  # a formula-like text after the first, joined by "|"


def plain(rows: Sequence[Sequence[object]], kinds: Sequence[Kind]) -> bool:
    """Whether every cell of `rows` (in columns of `kinds`) is written as it is: text
    without control characters, within a cell's limit, that no spreadsheet reads as a
    formula, in a text column; whole numbers, dates and blanks in the others. Told in C
    column by column, as this test is an export's time: a column's texts are joined by
    "|" (which fails on anything but text), so a text holding "|=" only sends its rows
    the careful way. `isprintable` is False for every control character (and for a few
    harmless spaces, likewise)."""
    for kind, values in zip(kinds, zip(*rows, strict=True), strict=False):  # none if no rows
        if kind is not Kind.TEXT:
            if not NOT_TEXT.issuperset(map(type, values)):
                return False
            continue
        try:
            joined = "|".join(values)
        except TypeError:  # a blank or a number among the texts
            return False
        if (
            not joined.isprintable()
            or is_formula_like(joined)
            or _FORMULA_INSIDE.search(joined)
            or (len(joined) > EXCEL_CELL_LIMIT and max(map(len, values)) > EXCEL_CELL_LIMIT)
        ):
            return False
    return True


EXCEL_EPOCH = date(1899, 12, 30).toordinal()  # day 0 of Excel's dates (1900 system)
MINUTE_TEXT = "%Y-%m-%d %H:%M"  # a Kind.MINUTE value as text (CSV, PDF)


@dataclass(frozen=True, slots=True)
class _Formats:
    """Cell formats of one workbook."""

    header: Any
    text: Any  # wraps within the column's width
    quoted: Any  # the same, kept text when the cell is edited (a formula-like text)
    date: Any
    minute: Any  # a date and a time of day
    numbers: Mapping[Kind, Any]  # by the kind of number; none for whole numbers


def write_xlsx(sheets: Sequence[Sheet], path: Path, progress: Progress = no_progress) -> Path:
    """Real dates and numbers, widths to fit, a frozen header row; each sheet prints on
    A4 landscape, fitted to the page's width, the header row on every page, long text
    wrapped, the file and sheet (and the day its rows hold for) named atop each page
    and its number at the foot.
    Written through a temporary file, so a cancelled or failed export leaves no half
    file."""
    total = sum(len(s.rows) for s in sheets)

    def save(target: Path) -> None:
        # constant_memory: each row goes to disk as it is written, so memory stays flat;
        # its row files live in a folder of our own, removed whatever happens.
        with TemporaryDirectory(prefix="xlsx-", ignore_cleanup_errors=True) as rows_dir:
            book = Workbook(str(target), {"constant_memory": True, "tmpdir": rows_dir})
            try:
                formats = _formats(book)
                done = 0
                for sheet in sheets:
                    done = _write_sheet(book, sheet, formats, done, total, progress)
                progress(total, total)
            finally:
                try:
                    book.close()  # on a cancel too, to close the row files; then unlinked
                except FileCreateError as exc:  # the OSError it wraps says which file, why
                    raise exc.args[0] if isinstance(exc.args[0], OSError) else exc from None

    return write_through(path, save)


HEADER_LIMIT = 255  # characters of a page header: xlsxwriter drops a longer one whole


def _page_header(said: str) -> str:
    """The file's name, `said` in the middle (cut short with "…" to fit: a long search
    pasted into a list's filter would lose the whole header), the sheet's name."""
    header = ""
    for end in range(min(len(said), HEADER_LIMIT), -1, -1):
        middle = said[:end] + ("…" if end < len(said) else "")
        held = "&C" + middle.replace("&", "&&") if middle else ""  # "&" begins a code
        header = f"&L&F{held}&R&A"
        if len(header) <= HEADER_LIMIT:
            break
    return header


def _formats(book: Any) -> _Formats:
    text = {"text_wrap": True, "valign": "top"}
    return _Formats(
        header=book.add_format(
            {"bold": True, "bg_color": "#DDEBF7", "valign": "vcenter", "text_wrap": True}
        ),
        text=book.add_format(text),
        quoted=book.add_format({**text, "quote_prefix": True}),
        date=book.add_format({"num_format": "yyyy-mm-dd", "valign": "top"}),
        minute=book.add_format({"num_format": "yyyy-mm-dd hh:mm", "valign": "top"}),
        numbers={
            kind: book.add_format({"num_format": number_format, "valign": "top"})
            for kind, number_format in NUMBER_FORMATS.items()
        },
    )


NUMBER_FORMATS = {Kind.DAYS: "0.0", Kind.PERCENT: "0.0%"}
A4 = 9  # xlsxwriter's paper code


def _write_sheet(
    book: Any, sheet: Sheet, formats: _Formats, done: int, total: int, progress: Progress
) -> int:
    """`sheet` as a worksheet of `book`; returns `done` plus its rows, reporting progress
    against `total`."""
    ws = book.add_worksheet(sheet.title)
    ws.set_paper(A4)
    ws.set_landscape()
    ws.fit_to_pages(1, 0)  # one page wide, as many long as it takes
    ws.repeat_rows(0)
    # Loose pages from a printer say whose they are: the file and sheet, page of pages;
    # and the day their countdowns held for.
    said = [f"截至 {sheet.as_of.isoformat()}"] if sheet.as_of else []
    ws.set_header(_page_header("　".join(said + [sheet.scope] if sheet.scope else said)))
    ws.set_footer("&C第 &P 页，共 &N 页")
    ws.freeze_panes(1, 0)
    for i, column in enumerate(sheet.columns):
        ws.set_column(i, i, column.width + 2)
    ws.write_row(0, 0, [c.title for c in sheet.columns], formats.header)
    kinds = [c.kind for c in sheet.columns]
    numbers = [formats.numbers.get(kind) for kind in kinds]
    write_string, write_number = ws.write_string, ws.write_number
    text, date_format = formats.text, formats.date
    for start in range(0, len(sheet.rows), PROGRESS_EVERY):
        rows = sheet.rows[start : start + PROGRESS_EVERY]
        if plain(rows, kinds):  # the usual case, each cell written inline: the export's time
            for r, row in enumerate(rows, start=start + 1):
                for c, value in enumerate(row):
                    cls = value.__class__
                    if cls is str:
                        write_string(r, c, value, text)
                    elif cls is date:
                        serial = value.toordinal() - EXCEL_EPOCH  # type: ignore[attr-defined]
                        write_number(r, c, serial, date_format)
                    elif value is not None:
                        write_number(r, c, value, numbers[c])
        else:
            for r, row in enumerate(rows, start=start + 1):
                for c, (value, kind) in enumerate(zip(row, kinds, strict=True)):
                    _write_cell(ws, r, c, value, kind, formats)
        done += len(rows)
        progress(done, total)
    return done


def _write_cell(ws: Any, r: int, c: int, value: object, kind: Kind, formats: _Formats) -> None:
    """One cell of a row that is not plain."""
    if value is None:
        return
    if isinstance(value, Typed):
        _write_cell(ws, r, c, value.value, value.kind, formats)
    elif isinstance(value, str):
        text = cell_text(value)
        if is_formula_like(text):  # text, never a formula, and kept text when edited
            ws.write_string(r, c, text, formats.quoted)
        else:
            ws.write_string(r, c, text, formats.text)
    elif isinstance(value, datetime):  # to the minute, as a real date and time
        day = value.toordinal() - EXCEL_EPOCH
        ws.write_number(r, c, day + (value.hour * 60 + value.minute) / 1440, formats.minute)
    elif isinstance(value, date):
        ws.write_number(r, c, value.toordinal() - EXCEL_EPOCH, formats.date)
    elif isinstance(value, int | float):
        ws.write_number(r, c, value, formats.numbers.get(kind))
    else:
        ws.write_string(r, c, cell_text(str(value)), formats.text)


def write_csv(sheet: Sheet, path: Path, progress: Progress = no_progress) -> Path:
    """UTF-8 with a byte-order mark, so Excel opens the Chinese text correctly; a code
    of digits that Excel would take for a number (`_AS_NUMBER`) written ="…", which it
    keeps as the text it is."""
    kinds = [c.kind for c in sheet.columns]
    codes = [i for i, c in enumerate(sheet.columns) if c.code]
    total = len(sheet.rows)

    def save(target: Path) -> None:
        with target.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow([c.title for c in sheet.columns])
            for start in range(0, total, PROGRESS_EVERY):
                rows = sheet.rows[start : start + PROGRESS_EVERY]
                # csv writes None as "", a date as yyyy-mm-dd, a whole number as it is.
                if plain(rows, kinds):
                    if _numbers_to_excel(rows, codes):  # those cells alone written ="…"
                        rows = [_codes_kept(row, codes) for row in rows]
                    writer.writerows(rows)
                else:
                    writer.writerows(
                        [
                            _csv_code(v, kind) if i in codes else _csv_value(v, kind)
                            for i, (v, kind) in enumerate(zip(row, kinds, strict=True))
                        ]
                        for row in rows
                    )
                progress(min(total, start + PROGRESS_EVERY), total)
        progress(total, total)

    return write_through(path, save)


# A code of digits Excel opening a CSV reads as a number: a leading zero dropped (a
# telephone number), or 12 digits and more shown as 9.13301E+17 and cut to 15 (a credit
# code of digits only), lost when the file is saved.
_AS_NUMBER = re.compile(r"0\d+|\d{12,}")


def _numbers_to_excel(rows: Sequence[Sequence[object]], codes: Sequence[int]) -> bool:
    """Whether a code column of `rows` may hold a code Excel would read as a number
    (`_AS_NUMBER`); a blank among them sends the rows the careful way too. Told by
    `isdigit` first: a regular expression over every code was most of a CSV's time."""
    for i in codes:
        texts = cast("list[str]", [row[i] for row in rows])  # str, or the except below
        try:
            if any(t.isdigit() and (t[0] == "0" or len(t) >= 12) for t in texts):
                return True
        except AttributeError:  # a blank
            return True
    return False


def _codes_kept(row: Sequence[object], codes: Sequence[int]) -> list[object]:
    """A plain row with its codes as `_csv_code` writes them."""
    cells = list(row)
    for i in codes:
        cells[i] = _csv_code(cells[i], Kind.TEXT)
    return cells


def _csv_code(value: object, kind: Kind) -> str:
    text = _csv_value(value, kind)
    return f'="{text}"' if _AS_NUMBER.fullmatch(text) else text


def _csv_value(value: object, kind: Kind) -> str:
    if isinstance(value, Typed):
        return _csv_value(value.value, value.kind)
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime(MINUTE_TEXT)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return percent(value) if kind is Kind.PERCENT else one_decimal(value)
    if not isinstance(value, str):
        return str(value)  # a number: -55 is a number, not a formula
    text = cell_text(value)
    return "'" + text if is_formula_like(text) else text
