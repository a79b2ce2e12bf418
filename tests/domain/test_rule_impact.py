"""Compressing a time limit, with the evidence: stored histories under the proposed rule."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from approvals_gui.domain.applications import ApplicationRecord
from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.rule_impact import rule_impact
from approvals_gui.domain.rules import DEFAULT_RULES
from approvals_gui.domain.stages import Action, StageEvent
from approvals_gui.domain.timelimits import Limit, Unit
from tests.domain.history import history, record_of

CAL = WorkCalendar.china()
BOOK, FORM, _ = DEFAULT_RULES
TODAY = date(2026, 11, 25)
DOC = {"document_number": "环审〔2026〕8号", "reason": "不符合规划"}


def N(day: int) -> date:
    return date(2026, 11, day)


def record(
    n: int, events: list[StageEvent], handler: str, district: str, category: str = "report_form"
) -> ApplicationRecord:
    return record_of(events, category, app_id=n, handler=handler, district=district)


def test_a_shorter_promise_is_judged_on_the_stored_histories() -> None:
    decided_in_7 = history(  # accepted 11-03, decided 11-12: 7 working days
        N(2), (Action.ACCEPT, N(3)), (Action.START_REVIEW, N(3)), (Action.REFUSE, N(12), DOC)
    )
    decided_in_3 = history(
        N(2), (Action.ACCEPT, N(3)), (Action.START_REVIEW, N(3)), (Action.REFUSE, N(6), DOC)
    )
    old_decision = history(  # more than twelve months ago: left out
        date(2025, 3, 3),
        (Action.ACCEPT, date(2025, 3, 3)),
        (Action.START_REVIEW, date(2025, 3, 3)),
        (Action.REFUSE, date(2025, 3, 5), DOC),
    )
    running = history(N(16), (Action.ACCEPT, N(16)))  # 7 working days used on 11-25
    withdrawn = history(N(16), (Action.WITHDRAW, N(17)))
    book = history(N(2), (Action.ACCEPT, N(3)))  # another category: left out
    items = [
        (record(1, decided_in_7, "张三", "高新区"), FORM),
        (record(2, decided_in_3, "李四", "江南区"), FORM),
        (record(3, old_decision, "李四", "江南区"), FORM),
        (record(4, running, "张三", "高新区"), FORM),
        (record(5, withdrawn, "张三", "高新区"), FORM),
        (record(6, book, "张三", "高新区", "report_book"), BOOK),
    ]
    proposed = replace(FORM, promised=Limit(5, Unit.WORKDAYS))
    impact = rule_impact(items, proposed, CAL, TODAY)
    t = impact.total
    assert impact.first == date(2025, 11, 26)
    assert (t.decided, t.within_promise_now, t.within_promise_proposed) == (2, 2, 1)
    assert (t.running, t.yellow_now, t.red_now, t.red_proposed, t.worse) == (1, 1, 0, 1, 1)
    assert impact.by_handler["张三"].within_promise_proposed == 0
    assert impact.by_handler["李四"].within_promise_proposed == 1
    assert impact.by_unit["高新区"].worse == 1 and impact.by_unit["江南区"].running == 0


def test_the_same_rule_changes_nothing() -> None:
    events = history(N(16), (Action.ACCEPT, N(16)))
    impact = rule_impact([(record(1, events, "张三", "高新区"), FORM)], FORM, CAL, TODAY)
    t = impact.total
    assert (t.yellow_now, t.red_now, t.breach_now) == (
        t.yellow_proposed,
        t.red_proposed,
        t.breach_proposed,
    )
    assert t.worse == 0


def test_a_handler_kept_padded_is_counted_as_one() -> None:
    """An application an older program kept as handled by "李 四" is 李四's."""
    running = history(N(16), (Action.ACCEPT, N(16)))
    items = [
        (record(1, running, "李四", "高新区"), FORM),
        (record(2, running, "李 四", "高新区"), FORM),
    ]
    impact = rule_impact(items, replace(FORM, promised=Limit(5, Unit.WORKDAYS)), CAL, TODAY)
    assert list(impact.by_handler) == ["李四"] and impact.by_handler["李四"] == impact.total
