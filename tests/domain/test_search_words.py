"""The search text's rule in bulk (`with_words`) and when a new filter only narrows the
last one (`narrows`): both agree with `matches` on every application."""

from __future__ import annotations

import dataclasses
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.clock import Status, evaluate
from approvals_gui.domain.rules import DEFAULT_RULES
from approvals_gui.domain.search import ApplicationFilter, search_text, search_words, with_words
from approvals_gui.domain.stages import Action
from tests.domain.history import history, record_of

REPORT_FORM = next(r for r in DEFAULT_RULES if r.category == "report_form")
LETTERS = "污水处理abAB -ａＢ－（("  # and as a 全角 input method types
BASE = record_of(history(date(2026, 11, 2), (Action.ACCEPT, date(2026, 11, 3))))
CLOCK = evaluate(BASE.facts, REPORT_FORM, WorkCalendar.china(), date(2026, 11, 30))
texts = st.text(LETTERS, max_size=8)


@given(projects=st.lists(texts, max_size=8), text=texts)
def test_with_words_keeps_the_rows_matches_passes(projects: list[str], text: str) -> None:
    records = [dataclasses.replace(BASE, project=p) for p in projects]
    flt = ApplicationFilter(text=text)
    haystacks = [search_text(r) for r in records]
    rows = list(reversed(range(len(records))))  # in the list's order, whatever it is
    assert with_words(rows, haystacks, flt.words()) == [
        i for i in rows if flt.matches(records[i], CLOCK)
    ]


@given(
    project=texts,
    wider=texts,
    narrower=texts,
    statuses=st.tuples(*[st.sampled_from([None, Status.NORMAL, Status.OVERDUE])] * 2),
)
def test_what_a_narrower_filter_passes_the_wider_one_passes(
    project: str,
    wider: str,
    narrower: str,
    statuses: tuple[Status | None, Status | None],
) -> None:
    record = dataclasses.replace(BASE, project=project)
    old = ApplicationFilter(text=wider, status=statuses[0])
    new = ApplicationFilter(text=narrower, status=statuses[1])
    if new.narrows(old) and new.matches(record, CLOCK):
        assert old.matches(record, CLOCK)


def test_typing_on_narrows_and_other_changes_do_not() -> None:
    typed = ApplicationFilter(text="污水")
    assert ApplicationFilter(text="污水处").narrows(typed)
    assert ApplicationFilter(text="污水 AB").narrows(typed)
    assert ApplicationFilter(text="ab 污水").narrows(ApplicationFilter(text="AB"))
    assert typed.narrows(ApplicationFilter())
    assert not ApplicationFilter(text="污").narrows(typed)  # deleted: wider
    assert not ApplicationFilter(text="处理").narrows(typed)
    assert not ApplicationFilter(text="污水处", open_only=True).narrows(typed)
    assert not ApplicationFilter(text="污水处").narrows(
        dataclasses.replace(typed, stage=None, category="x")
    )


def test_has_fields_is_false_only_for_text_alone() -> None:
    assert not ApplicationFilter(text="污水").has_fields()
    assert ApplicationFilter(status=Status.OVERDUE).has_fields()
    assert ApplicationFilter(open_only=True).has_fields()


def test_a_word_typed_in_either_width_finds_what_is_kept() -> None:
    record = dataclasses.replace(
        BASE, number="HP2026-00012", project="ＡＢＣ化工园（一期）", credit_code="91350100M000100Y"
    )
    haystack = search_text(record)
    typed = ("ｈｐ２０２６－０００１２", "HP2026　00012", "ａｂｃ", "abc", "(一期)", "９１３５")
    for text in typed:
        flt = ApplicationFilter(text=text)
        assert flt.matches(record, CLOCK), text
        assert with_words([0], [haystack], flt.words()) == [0], text
    assert not ApplicationFilter(text="ＨＰ２０２７").matches(record, CLOCK)


def test_a_credit_code_typed_in_hyphenated_groups_is_found() -> None:
    """Registration takes a code typed as 9135-0100-…, and keeps it without the
    hyphens: a search typed the same way found nothing. A hyphen that is not inside a
    whole, valid code stays, as in an application's number."""
    record = dataclasses.replace(BASE, number="HP2026-00012", credit_code="91350100M000100Y43")
    for text in (
        "9135-0100-M000-100Y-43",
        "９１３５０１００－Ｍ０００１００Ｙ４３",
        "913501-00m000100y43",
    ):
        assert search_words(text) == ("91350100m000100y43",), text
        assert ApplicationFilter(text=text).matches(record, CLOCK), text
    assert search_words("HP2026-00012 9135-0100") == ("hp2026-00012", "9135-0100")
    assert ApplicationFilter(text="HP2026-00012").matches(record, CLOCK)
    assert not ApplicationFilter(text="HP202600012").matches(record, CLOCK)
    assert not ApplicationFilter(text="9135-0100-M000-100Y-44").matches(record, CLOCK)  # check
