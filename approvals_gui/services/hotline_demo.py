"""A year of demo 12369 cases: every channel and topic, reports about the demo's
enterprises or a street, handed to the district's branch, most closed on time, some late,
some sent back, a few refused, repeats merged into the open case, a few reviews."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TypeVar

from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.errors import DomainError
from approvals_gui.domain.hotline.cases import (
    WORKING_STAGES,
    CaseAction,
    CaseEvent,
    CaseStage,
    CaseStep,
    Channel,
    Satisfaction,
    Topic,
    case_facts,
    next_case_event,
    received_event,
)
from approvals_gui.domain.hotline.clock import close_due
from approvals_gui.domain.hotline.reports import NewReport
from approvals_gui.domain.hotline.rules import HotlineRule
from approvals_gui.domain.units import Unit, UnitKind
from approvals_gui.store import hotline as store
from approvals_gui.store.db import Session

T = TypeVar("T")
CHANNELS = {
    Channel.PHONE: 50,
    Channel.WEB: 18,
    Channel.WECHAT: 20,
    Channel.LETTER: 3,
    Channel.VISIT: 5,
    Channel.SUPERIOR: 4,
}
TOPICS = {
    Topic.AIR: 35,
    Topic.NOISE: 28,
    Topic.WATER: 15,
    Topic.SOLID_WASTE: 10,
    Topic.ECOLOGY: 5,
    Topic.RADIATION: 2,
    Topic.OTHER: 5,
}
CONTENT = {
    Topic.AIR: ("夜间排放刺鼻气味", "烟囱冒黑烟", "喷漆车间废气直排", "露天焚烧垃圾"),
    Topic.NOISE: ("夜间施工噪声扰民", "厂区风机噪声大", "凌晨装卸货噪声"),
    Topic.WATER: ("雨水管排放污水", "河道出现黑臭水体", "厂区废水外溢"),
    Topic.SOLID_WASTE: ("危险废物随意堆放", "建筑垃圾倾倒在河边"),
    Topic.ECOLOGY: ("山体违规开挖", "湿地被填埋"),
    Topic.RADIATION: ("基站电磁辐射担忧", "探伤作业未设警示"),
    Topic.OTHER: ("环评手续是否齐全", "企业环境信息未公开"),
}
STREETS = ("幸福路", "滨江大道", "工业园三路", "青山大道", "江北新村", "城东街")
SURNAMES = "王李张刘陈杨赵黄周吴"
OPEN_STAGES = WORKING_STAGES | {CaseStage.RECEIVED}  # a repeat may join these
REFUSAL = "反映事项不属于生态环境部门职责，已告知向住建部门反映"


@dataclass(frozen=True, slots=True)
class _Party:
    enterprise_id: int | None
    credit_code: str
    name: str
    district: str
    address: str


def _weighted(rng: random.Random, weights: Mapping[T, int]) -> T:
    return rng.choices(list(weights), list(weights.values()))[0]


def _parties(session: Session, rng: random.Random, districts: Sequence[str]) -> list[_Party]:
    rows = store.enterprises_named(session, 200)
    parties = [
        _Party(
            i, code, name, rng.choice(districts), f"{rng.choice(STREETS)}{rng.randint(1, 300)}号"
        )
        for i, code, name in rows
    ]
    return parties or [_street(rng, districts)]


def _street(rng: random.Random, districts: Sequence[str]) -> _Party:
    """A report about a place, no enterprise named."""
    district = rng.choice(districts)
    return _Party(None, "", "", district, f"{district}{rng.choice(STREETS)}{rng.randint(1, 30)}号")


def add_cases(
    session: Session,
    rng: random.Random,
    count: int,
    *,
    units: Sequence[Unit],
    cal: WorkCalendar,
    rule: HotlineRule,
    now: datetime,
    actor: str,
) -> int:
    """Add `count` reports received over the year up to `now`; returns how many."""
    branches = {u.district: u.code for u in units if u.kind is UnitKind.BRANCH and u.active}
    city = next(u.code for u in units if u.kind is UnitKind.CITY)
    districts = sorted(branches) or ["城东区"]
    parties = _parties(session, rng, districts)
    today = now.date()
    open_by_party: dict[str, tuple[int, date]] = {}
    last_serials: dict[int, int] = {}  # each year's numbers looked up once, not per case
    for n in range(count):
        day = today - timedelta(days=int(365 * (1 - (n + rng.random()) / count)))
        received = datetime.combine(day, time(rng.randint(0, 23), rng.randint(0, 59)))
        named = rng.random() < 0.7 and parties[0].enterprise_id is not None
        party = rng.choice(parties) if named else _street(rng, districts)
        topic = _weighted(rng, TOPICS)
        channel = _weighted(rng, CHANNELS)
        anonymous = rng.random() < 0.3
        report = NewReport(
            min(received, now),
            channel,
            topic,
            rng.choice(CONTENT[topic]),
            party.address,
            party.district,
            anonymous,
            "" if anonymous else rng.choice(SURNAMES) + rng.choice(("先生", "女士")),
            "" if anonymous else f"1{rng.randint(3, 8)}{rng.randint(0, 999999999):09d}",
            party.credit_code if named else "",
            party.name if named else "",
        )
        key = party.credit_code if named and party.credit_code else party.address
        events = [received_event(report.received_at.date(), report.received_at, actor)]
        repeat = open_by_party.get(key)
        if repeat is not None and (day - repeat[1]).days <= rule.repeat_window_days:
            if rng.random() < 0.6:  # the clerk joins it to the open case
                at = _entered(day, now)
                merge = CaseStep(CaseAction.MERGE, day, at, actor, merged_into=repeat[0])
                events.append(next_case_event(events, merge, rule))
        else:
            _walk(events, rng, rule, cal, now, actor, branches.get(party.district, city))
        facts = case_facts(events)
        enterprise_id = party.enterprise_id if named else None
        case_id = store.insert_case(
            session, report, enterprise_id, events, facts, now, city, last_serials
        )
        if facts.stage in OPEN_STAGES:
            open_by_party[key] = (case_id, day)
    return count


ENTERED_AT = time(10, 30)


def _entered(day: date, now: datetime) -> datetime:
    """When a step of `day` was entered: that day, in office hours (not all at `now`,
    which the history would show as entered afterwards, 补录)."""
    return min(datetime.combine(day, ENTERED_AT), now)


def _walk(
    events: list[CaseEvent],
    rng: random.Random,
    rule: HotlineRule,
    cal: WorkCalendar,
    now: datetime,
    actor: str,
    unit: str,
) -> None:
    """Steps for one case, each some days after the last, while they fall by today."""
    today = now.date()
    day = events[0].on

    def take(action: CaseAction, after: int, **fields: object) -> bool:
        nonlocal day
        on = day + timedelta(days=after)
        if on > today:
            return False
        due = close_due(case_facts(events), rule, cal)
        step = CaseStep(action, on, _entered(on, now), actor, **fields)  # type: ignore[arg-type]
        try:
            events.append(next_case_event(events, step, rule, due))
        except DomainError:
            return False
        day = on
        return True

    if rng.random() < 0.05:
        take(CaseAction.REFUSE, rng.randint(1, 5), reason=REFUSAL)
        return
    if not take(CaseAction.ACCEPT, rng.randint(0, 3)):
        return
    due = close_due(case_facts(events), rule, cal)
    assert due is not None
    unit_due = min(day + timedelta(days=rng.choice((10, 15, 20))), due)
    if not take(CaseAction.ASSIGN, rng.randint(0, 2), unit=unit, unit_due=unit_due):
        return
    if rng.random() < 0.04:  # the unit never reports back: late, and still open
        return
    late = rng.random() < 0.1
    if not take(CaseAction.HANDLE, rng.randint(3, 25 if late else 12), findings=_FINDINGS):
        return
    if rng.random() < 0.06:  # the findings do not answer the report: back to the unit
        if not take(CaseAction.RETURN, rng.randint(1, 3), reason="未核实夜间排放情况"):
            return
        if not take(CaseAction.HANDLE, rng.randint(3, 10), findings=_FINDINGS):
            return
    if rng.random() < 0.06 and not take(
        CaseAction.EXTEND, 0, extension_days=30, reason="需第三方监测，延期办理"
    ):
        return
    if not take(CaseAction.REPLY, rng.randint(1, 4), remark="电话告知举报人处理结果"):
        return
    if not take(CaseAction.CLOSE, rng.randint(0, 50 if late else 3)):
        return
    if rng.random() < 0.4:
        satisfaction = rng.choices(list(Satisfaction), (60, 25, 8, 7))[0]
        take(CaseAction.VISIT_BACK, rng.randint(1, 7), satisfaction=satisfaction)
    if rng.random() < 0.03 and take(CaseAction.REQUEST_REVIEW, rng.randint(5, 20)):
        take(CaseAction.FINISH_REVIEW, rng.randint(10, 35), remark="维持原处理意见")


_FINDINGS = "现场检查：企业废气处理设施未正常运行；已责令立即整改并立案调查"
