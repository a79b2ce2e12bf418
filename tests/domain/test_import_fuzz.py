"""Random ledger rows and random holiday files: every answer is a listed problem or a
clean entry, never an exception."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from approvals_gui.domain.calendar import FIRST_DAY, LAST_DAY
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.imports import MAX_PROBLEMS_LISTED, BadCell
from approvals_gui.domain.ledger_import import check_rows, guess_mapping, ledger_history
from approvals_gui.domain.schedule_import import parse_schedule
from approvals_gui.domain.text import CONTROL_CHARACTERS, HOLIDAY_NAME, PROJECT
from tests.domain.test_ledger_import import GOOD, HEADERS, NOW, RULES

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MAPPING = guess_mapping(HEADERS)

texts = st.one_of(
    st.text(max_size=30),
    st.text(alphabet=st.sampled_from(sorted(CONTROL_CHARACTERS) + ["项", "=", " "]), max_size=20),
    st.integers(min_value=0, max_value=3).map(lambda n: "长" * (10 ** (n + 1) * 4)),
    st.sampled_from(["=SUM(A1)", "2026111", "20261101", "1999-12-31", "0001-01-01", "#N/A"]),
)
cells = st.one_of(
    st.none(),
    texts,
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31)),
    st.just(BadCell(DomainError(ErrorCode.FORMULA_WITHOUT_VALUE, "no value"))),
)


def sheet(items: list[list[object] | dict[int, object]]) -> list[list[object]]:
    """Random rows, and good rows (each its own project) with a few cells replaced."""
    built = []
    for number, item in enumerate(items):
        if isinstance(item, dict):
            good = [*GOOD]
            good[HEADERS.index("建设项目名称")] = f"项目{number}"
            item = [item.get(i, cell) for i, cell in enumerate(good)]
        built.append(item)
    return built


rows = st.lists(
    st.one_of(
        st.lists(cells, max_size=len(HEADERS) + 3),
        st.dictionaries(st.integers(0, len(HEADERS) - 1), cells, max_size=2),
    ),
    max_size=12,
).map(sheet)


@FUZZ
@given(rows)
def test_checking_random_rows_answers_with_problems_or_clean_entries(
    sheet: list[list[object]],
) -> None:
    result = check_rows(sheet, MAPPING, RULES, HEADERS, NOW, authorities={})
    assert result.problem_count == len(result.problems) <= MAX_PROBLEMS_LISTED
    assert set(result.bad_rows) == {p.row for p in result.problems}
    assert not {e.row for e in result.entries} & set(result.bad_rows)
    for entry in result.entries:
        app = entry.application
        texts_kept = (app.project, app.enterprise_name, app.handler, app.district, app.remark)
        assert not set("".join(texts_kept)) & CONTROL_CHARACTERS
        assert app.project and len(app.project) <= PROJECT.max_length
        dates = (app.received_on, entry.accepted_on, entry.decided_on, entry.delivered_on)
        assert all(FIRST_DAY <= d <= LAST_DAY for d in dates if d is not None)
        ledger_history(entry, NOW, "导入人")  # what the import will do: no surprise there


lines = st.one_of(
    st.text(max_size=60),
    st.builds(
        lambda d, k, n, q: f"{d},{k},{q}{n}",
        st.one_of(st.dates().map(str), st.text(max_size=12)),
        st.sampled_from(["休", "班", "清除", "", "放羊", '"']),
        st.text(max_size=80),
        st.sampled_from(["", '"', '""']),
    ),
)


@FUZZ
@given(st.lists(lines, max_size=20).map("\n".join))
def test_random_holiday_files_answer_with_problems_or_days(text: str) -> None:
    result = parse_schedule(text)
    assert result.problem_count == len(result.problems)
    for day in result.days:
        assert FIRST_DAY <= day.day <= LAST_DAY
        assert len(day.name) <= HOLIDAY_NAME.max_length
        assert not set(day.name) & CONTROL_CHARACTERS
    assert len({d.day for d in result.days}) == len(result.days)
