"""Checking ledger rows: column guessing, every bad row with its number and reason."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from approvals_gui.domain.access import Role, User, staff_by_unit
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.imports import MAX_PROBLEMS_LISTED, BadCell
from approvals_gui.domain.ledger_import import (
    KnownApplications,
    LedgerCheck,
    LedgerField,
    check_rows,
    entry_key,
    guess_mapping,
    handlers_off_staff,
    ledger_history,
    match_category,
    missing_fields,
)
from approvals_gui.domain.rules import DEFAULT_RULES, new_category
from approvals_gui.domain.stages import Action, Stage
from approvals_gui.domain.units import Authority, Level, Unit, UnitKind

RULES = {r.category: r for r in DEFAULT_RULES}
NOW = datetime(2026, 11, 25, 10)
HEADERS = [
    "序号",
    "建设项目名称",
    "建设单位",
    "统一社会信用代码",
    "环评类别",
    "经办人",
    "所在区县",
    "收件日期",
    "受理日期",
    "批复日期",
    "审批结果",
    "批复文号",
    "送达日期",
    "备注",
]
GOOD = [
    1,
    "年产5万吨再生铝项目",
    "江城再生资源有限公司",
    "91350100M000100Y43",
    "报告表",
    "张三",
    "高新区",
    date(2026, 3, 2),
    date(2026, 3, 3),
    "2026/3/20",
    "批准",
    "江环审〔2026〕12号",
    datetime(2026, 3, 23),
    "",
]


def checked(
    rows: list[list[object]],
    headers: list[str] = HEADERS,
    authorities: dict[str, Authority] | None = None,
    known: KnownApplications | None = None,
) -> LedgerCheck:
    """`rows` under `headers`, their columns guessed, checked at NOW; no category is
    delegated to the branches unless `authorities` says so; none held unless `known`
    holds it."""
    return check_rows(
        rows,
        guess_mapping(headers),
        RULES,
        headers,
        NOW,
        authorities=authorities or {},
        known=KnownApplications() if known is None else known,
    )


def test_guesses_columns_from_common_headings() -> None:
    mapping = guess_mapping(HEADERS)
    assert mapping[LedgerField.PROJECT] == 1 and mapping[LedgerField.CREDIT_CODE] == 3
    assert mapping[LedgerField.DECIDED_ON] == 9 and mapping[LedgerField.DOCUMENT_NUMBER] == 11
    assert mapping[LedgerField.HANDLER] == 5 and mapping[LedgerField.REMARK] == 13
    assert missing_fields(mapping) == []
    assert missing_fields(guess_mapping(["项目名称", "建设单位"])) == [
        LedgerField.CREDIT_CODE,
        LedgerField.CATEGORY,
        LedgerField.HANDLER,
        LedgerField.RECEIVED_ON,
    ]


def test_category_words() -> None:
    assert match_category("报告书", RULES) == "report_book"
    assert match_category("环境影响报告表", RULES) == "report_form"
    assert match_category("告知承诺", RULES) == "notify_commit"
    assert match_category("report_form", RULES) == "report_form"


def test_a_whole_name_wins_over_a_part_of_another() -> None:
    """A category the bureau added under a name holding 报告表 left every 报告表 of a
    ledger matching two categories, and refused."""
    added = new_category("报告表（简化审批）", RULES["report_form"], RULES)
    rules = {**RULES, added.category: added}
    assert match_category("报告表", rules) == "report_form"
    assert match_category("环评报告表", rules) == "report_form"
    assert match_category("简化审批", rules) == added.category
    assert match_category("报告表（简化审批）", rules) == added.category
    twice = {**rules, "category_9": replace(added, category="category_9", name="简化审批（二）")}
    with pytest.raises(DomainError) as err:  # a part two names hold: which is not guessed
        match_category("简化审批", twice)
    assert err.value.code is ErrorCode.UNKNOWN_CATEGORY


def test_a_good_row_becomes_a_delivered_application() -> None:
    result = checked([GOOD])
    assert result.problems == []
    (entry,) = result.entries
    assert entry.row == 2 and entry.application.category == "report_form"
    assert entry.decided_on == date(2026, 3, 20) and entry.outcome is Action.APPROVE
    events = ledger_history(entry, NOW, "导入人")
    assert [e.to_stage for e in events] == [
        Stage.RECEIVED,
        Stage.ACCEPTED,
        Stage.REVIEW,
        Stage.APPROVED,
        Stage.DELIVERED,
    ]


def test_every_bad_row_is_listed_with_its_number_and_column() -> None:
    def row(**changes: object) -> list[object]:
        cells = list(GOOD)
        for name, value in changes.items():
            cells[HEADERS.index(name)] = value
        return cells

    rows = [
        row(),
        row(统一社会信用代码="91350100M000100Y44"),  # wrong check character
        row(收件日期="2026-02-30"),
        row(环评类别="登记表"),
        row(批复日期="2026-03-01"),  # before acceptance
        row(批复文号=""),
        row(审批结果="待定"),
        row(建设项目名称="", 经办人=""),
        [None] * len(HEADERS),  # blank rows are skipped, not refused
        row(),  # the same as row 2
        row(收件日期="2027-01-05", 受理日期="", 批复日期="", 审批结果="", 送达日期=""),
        row(审批结果=""),
    ]
    result = checked(rows)
    found = [(p.row, p.column, p.error.code) for p in result.problems]
    assert found == [
        (3, "统一社会信用代码", ErrorCode.CREDIT_CODE_CHECK),
        (4, "收件日期", ErrorCode.NO_SUCH_DAY),
        (5, "环评类别", ErrorCode.UNKNOWN_CATEGORY),
        (6, "批复日期", ErrorCode.EVENT_BEFORE_PREVIOUS),
        (7, "批复文号", ErrorCode.MISSING_DOCUMENT_NUMBER),
        (8, "审批结果", ErrorCode.UNKNOWN_OUTCOME),
        (9, "建设项目名称", ErrorCode.REQUIRED_FIELD),
        (9, "经办人", ErrorCode.REQUIRED_FIELD),
        (11, "", ErrorCode.DUPLICATE_ENTRY),
        (12, "收件日期", ErrorCode.DATE_IN_FUTURE),
        (13, "审批结果", ErrorCode.REQUIRED_FIELD),
    ]
    assert [e.row for e in result.entries] == [2]
    assert result.bad_rows == [3, 4, 5, 6, 7, 8, 9, 11, 12, 13]


def row(**changes: object) -> list[object]:
    cells = list(GOOD)
    for name, value in changes.items():
        cells[HEADERS.index(name)] = value
    return cells


def test_texts_are_kept_clean_and_within_their_columns() -> None:
    rows = [
        row(建设项目名称="再生铝\x0b项目\x07", 备注="补录\t"),
        row(建设项目名称="项" * 40_000, 收件日期=date(2026, 3, 3)),
        row(批复文号="文" * 61, 收件日期=date(2026, 3, 2), 建设单位="另一公司"),
    ]
    result = checked(rows)
    assert [(p.row, p.column, p.error.code) for p in result.problems] == [
        (3, "建设项目名称", ErrorCode.TEXT_TOO_LONG),
        (4, "批复文号", ErrorCode.TEXT_TOO_LONG),
    ]
    (entry,) = result.entries
    assert entry.application.project == "再生铝 项目"
    assert ledger_history(entry, NOW, "导入人")[0].remark == "台账导入；补录"  # not dropped


@pytest.mark.parametrize(
    ("value", "code"),
    [
        (datetime(1999, 3, 2), ErrorCode.DATE_OUT_OF_RANGE),
        ("1900-01-01", ErrorCode.DATE_OUT_OF_RANGE),
        ("0001-01-01", ErrorCode.DATE_OUT_OF_RANGE),
        ("2026302", ErrorCode.INVALID_DATE),
    ],
)
def test_received_dates_the_calendar_does_not_cover(value: object, code: ErrorCode) -> None:
    result = checked([row(收件日期=value)])
    assert [(p.column, p.error.code) for p in result.problems] == [("收件日期", code)]


def test_a_delegated_category_needs_the_district_as_a_registration_does() -> None:
    """The 审批权限 table gives 报告表 to the district's branch: without the district
    the row would fall to the city bureau unseen, so it is refused, and named."""
    delegated = {"report_form": Authority("report_form", Level.LOCAL, "环办〔2026〕3号")}
    rows = [
        row(),  # 高新区
        row(所在区县="", 建设项目名称="第二期"),
        row(所在区县="", 环评类别="报告书", 建设项目名称="第三期"),  # the city's own
    ]
    result = checked(rows, authorities=delegated)
    assert [(p.row, p.column, p.error.code) for p in result.problems] == [
        (3, "所在区县", ErrorCode.DISTRICT_NEEDED)
    ]
    assert result.problems[0].error.params["category"] == "report_form"
    assert [e.application.project for e in result.entries] == ["年产5万吨再生铝项目", "第三期"]
    assert len(checked(rows).entries) == 3  # no delegation: the city decides them all
    without_column = [r[:6] + r[7:] for r in rows]
    headers = HEADERS[:6] + HEADERS[7:]
    refused = checked(without_column, headers, delegated).bad_rows
    assert refused == [2, 3]


def test_a_cell_the_reader_could_not_read_is_a_problem_of_its_column() -> None:
    formula = BadCell(DomainError(ErrorCode.FORMULA_WITHOUT_VALUE, "no value"))
    rows = [row(受理日期=formula), row(序号=formula, 收件日期=date(2026, 3, 3))]
    result = checked(rows)
    assert [(p.row, p.column, p.error.code) for p in result.problems] == [
        (2, "受理日期", ErrorCode.FORMULA_WITHOUT_VALUE)  # 序号 is not imported
    ]


def test_problems_are_listed_up_to_the_cap_and_all_counted() -> None:
    rows = [row(收件日期="2026-02-30", 建设项目名称=f"项目{i}") for i in range(300)]
    result = checked(rows)
    assert len(result.problems) == MAX_PROBLEMS_LISTED and result.problem_count == 300
    assert result.bad_rows == list(range(2, 302))


def test_rows_the_database_holds_already_are_set_aside() -> None:
    headers = [*HEADERS, "受理编号"]
    rows = [
        [*row(), "HP2026-00007"],
        [*row(建设项目名称="第二期"), ""],
        [*row(建设项目名称="第三期"), ""],
    ]
    result = checked(rows, headers)
    assert [e.number for e in result.entries] == ["HP2026-00007", "", ""]
    second = result.entries[1]
    known = KnownApplications(frozenset({"HP2026-00007"}), frozenset({entry_key(second)}))
    skipped = checked(rows, headers, known=known)
    assert [e.row for e in skipped.entries] == [4] and skipped.already_imported == [2, 3]
    assert "台账编号 HP2026-00007" in ledger_history(result.entries[0], NOW, "导入人")[0].remark


def test_a_row_twice_that_the_database_holds_is_already_imported_not_a_problem() -> None:
    """Read again after an import, a ledger with a row copied twice said "1 row already
    in the database, 1 with a problem: the same row as row 2" of rows that were all in."""
    rows = [row(), row(), row(建设项目名称="第二期")]
    first = checked(rows)
    assert first.bad_rows == [3]  # before the import: the copy is the problem
    known = KnownApplications(keys=frozenset(entry_key(e) for e in first.entries))
    again = checked(rows, known=known)
    assert (again.entries, again.problems, again.bad_rows) == ([], [], [])
    assert again.problem_count == 0 and again.already_imported == [2, 3, 4]


def test_open_rows_whose_handler_is_no_user_of_the_deciding_unit_are_counted() -> None:
    """By the unit that will decide each row (报告表 is the branches', 高新分局 covers
    高新区); finished rows are left out: their handlers may well have left."""
    units = [Unit("city", "市局", UnitKind.CITY), Unit("gx", "高新分局", UnitKind.BRANCH, "高新区")]
    delegated = {"report_form": Authority("report_form", Level.LOCAL)}
    open_row = {"审批结果": None, "批复日期": None, "批复文号": None, "送达日期": None}
    rows = [
        row(经办人="王五"),  # delivered: not counted
        row(经办人="王五", 建设项目名称="二", **open_row),  # open at 高新分局, no user there
        row(经办人="王五", 建设项目名称="三", **open_row),
        row(经办人="张三", 建设项目名称="四", **open_row),  # a user of 高新分局
        row(经办人="张三", 建设项目名称="五", 环评类别="报告书", **open_row),  # 市局's: not
        row(经办人="李四", 建设项目名称="六", 环评类别="报告书", **open_row),  # 市局's user
    ]
    entries = checked(rows, authorities=delegated).entries
    assert len(entries) == 6
    staff = {"city": ("李四",), "gx": ("张三",)}
    assert handlers_off_staff(entries, delegated, units, staff) == {
        ("王五", "gx"): 2,
        ("张三", "city"): 1,  # a user of 高新分局, its row the city bureau's
    }
    assert handlers_off_staff(entries, delegated, [], staff) == {}  # no unit decides: refused


def test_a_handler_padded_in_the_ledger_is_the_user_of_that_name() -> None:
    """Ledgers pad two-character names to three ("王  芳"); the row is 王芳's."""
    units = [Unit("city", "市局", UnitKind.CITY)]
    open_row = {"审批结果": None, "批复日期": None, "批复文号": None, "送达日期": None}
    entries = checked([row(经办人="王\u3000 芳", **open_row)]).entries
    assert [e.application.handler for e in entries] == ["王芳"]
    assert handlers_off_staff(entries, {}, units, {"city": ("王芳",)}) == {}
    made_padded = staff_by_unit([User("王 芳", "city", Role.CLERK)])  # an older account
    assert handlers_off_staff(entries, {}, units, made_padded) == {}
