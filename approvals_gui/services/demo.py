"""Realistic generated data: units, enterprises, projects and two years of histories.

Every history goes through the stage table and the law's guards (`_Walk._event`), so
demo data obeys the same rules as real work; rows are then written in bulk for speed.
The histories include every situation the clocks handle (see `history`), and the
transfers between units (系统内流转) a city bureau sees: report books received at a
branch and sent on to the city bureau, files sent to the technical assessment centre
and returned.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache

from dateutil.relativedelta import relativedelta

from approvals_gui.domain.building import collector_paused, frozen_builder
from approvals_gui.domain.calendar import (
    CalendarOverride,
    DaySource,
    OverrideKind,
    WorkCalendar,
)
from approvals_gui.domain.clock import facts_from_history
from approvals_gui.domain.credit_code import ALPHABET, check_character
from approvals_gui.domain.enterprises import EnterpriseForm
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.guards import check_step
from approvals_gui.domain.rules import TimeLimitRule
from approvals_gui.domain.service_days import (
    FollowUpStatus,
    Matter,
    MatterType,
    Mode,
    VisitForm,
    service_days,
)
from approvals_gui.domain.stages import (
    Action,
    Stage,
    StageEvent,
    StepInput,
    registration_event,
    table_event,
)
from approvals_gui.domain.timelimits import Limit, Unit
from approvals_gui.domain.units import Authority, Level, UnitKind, deciding_unit
from approvals_gui.domain.units import Unit as OrgUnit
from approvals_gui.services import hotline_demo
from approvals_gui.services.applications import checked_event
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import bulk, repo, visits
from approvals_gui.store import hotline as hotline_store
from approvals_gui.store import units as unit_store
from approvals_gui.store.bulk import BulkApplication
from approvals_gui.store.db import Session, session_scope

# The city bureau, a branch for each of the demo's districts, and the technical
# assessment centre; each with a few staff.
UNITS = (
    OrgUnit("city", "市局", UnitKind.CITY),
    OrgUnit("chengdong", "城东分局", UnitKind.BRANCH, "城东区"),
    OrgUnit("jiangbei", "江北分局", UnitKind.BRANCH, "江北区"),
    OrgUnit("qingshan", "青山县分局", UnitKind.BRANCH, "青山县"),
    OrgUnit("centre", "技术评估中心", UnitKind.CENTRE),
)
DISTRICTS = ("城东区", "江北区", "青山县")
STAFF = {
    "city": ("张伟", "王芳", "李娜"),
    "chengdong": ("刘洋", "陈静"),
    "jiangbei": ("杨磊", "赵敏"),
    "qingshan": ("周杰", "孙丽"),
    "centre": ("吴强", "郑华"),
}
HANDLERS = tuple(name for code, names in STAFF.items() if code != "centre" for name in names)
DELEGATION = "江环发〔2024〕12号（下放部分建设项目环评审批权限）"
# 审批权限: report books and radiation licences stay with the city bureau; report forms,
# 告知承诺制 items and pollutant permits go to the branch of the project's district.
AUTHORITIES = (
    Authority("report_book", Level.CITY, "《建设项目环境影响评价分级审批规定》"),
    Authority("report_form", Level.LOCAL, DELEGATION),
    Authority("notify_commit", Level.LOCAL, DELEGATION),
    Authority("radiation_licence", Level.CITY, "《放射性同位素与射线装置安全和防护条例》"),
    Authority("pollutant_permit", Level.LOCAL, DELEGATION),
)
PLACES = ("江城", "东湖", "青山", "白沙", "金港", "临江", "明珠", "华南", "长丰", "瑞祥")
TRADES = (
    "化工",
    "新材料",
    "电子科技",
    "食品",
    "再生资源",
    "建材",
    "医药",
    "环保科技",
    "精密机械",
    "纺织印染",
    "汽车零部件",
    "光伏能源",
)
SUFFIXES = ("有限公司", "股份有限公司", "集团有限公司")
# The firm's own name (字号) between place and trade, a character from each: without
# one, 360 names served thousands of enterprises, and a clerk picking 江城化工有限公司
# from the suggestions met several of it.
FIRM_FIRST = "恒宏鑫华瑞永金天博中汇德安凯嘉新正利同康立盛兴远润东万龙协福"
FIRM_SECOND = "达源泰丰城成通信隆禾望邦民创业航泽方和腾力祥昌辉宇健豪峰威捷"
PROJECTS = (
    "年产{n}万吨{p}项目",
    "{p}生产线技术改造项目",
    "{p}扩建工程",
    "污水处理厂提标改造工程",
    "{n}万千瓦分布式光伏发电项目",
    "危险废物综合利用项目",
    "年产{n}万件{p}建设项目",
    "{p}研发及产业化基地",
    "工业固废资源化利用项目",
    "仓储物流中心建设项目",
)
PRODUCTS = (
    "锂电池正极材料",
    "环氧树脂",
    "PCB电路板",
    "不锈钢管材",
    "商品混凝土",
    "饲料",
    "医用敷料",
    "再生铝锭",
    "光学薄膜",
    "汽车内饰件",
    "包装纸箱",
    "农药中间体",
)
MATERIALS = (
    "环境影响评价文件（报批稿）",
    "建设项目环评审批申请表",
    "公众参与说明",
    "主要污染物总量指标来源说明",
    "规划环评审查意见",
    "排污许可相关材料",
)
# Categories the demo adds beside the shipped ones, so that every clock rule is shown:
# a licence under 《行政许可法》第四十二条's own 20 + 10 working days, and one whose limits
# are counted in calendar days.
DEMO_RULES = (
    TimeLimitRule(
        "radiation_licence",
        "辐射安全许可证核发",
        Limit(20, Unit.WORKDAYS),
        Limit(10, Unit.WORKDAYS),
        extension_workdays=10,
        legal_basis="《行政许可法》第四十二条（二十日，经负责人批准可延长十日）",
    ),
    TimeLimitRule(
        "pollutant_permit",
        "排污许可证核发",
        Limit(20, Unit.DAYS),
        Limit(15, Unit.DAYS),
        legal_basis="《排污许可管理条例》第十五条（二十日，按自然日计）",
    ),
)
# category, share of applications, working days of work before a decision
CATEGORIES = (
    ("report_form", 0.6, (2, 7)),
    ("report_book", 0.15, (5, 15)),
    ("notify_commit", 0.13, (0, 1)),
    ("radiation_licence", 0.07, (3, 9)),
    ("pollutant_permit", 0.05, (2, 8)),
)
# A local holiday and an extra working day the office entered in each demo year: the
# first working day from 10 June, and the first rest day from 10 September.
LOCAL_DAYS = (
    ((6, 10), OverrideKind.HOLIDAY, "本地防汛停工日"),
    ((9, 10), OverrideKind.WORKDAY, "本地调休上班"),
)


def credit_code(rng: random.Random) -> str:
    """A random code with a correct GB 32100-2015 check character."""
    division = rng.choice(("330102", "330106", "330108", "330110", "330122", "330127"))
    body = "".join(rng.choice(ALPHABET) for _ in range(9))
    first17 = "91" + division + body
    return first17 + check_character(first17)


def enterprise_name(rng: random.Random) -> str:
    firm = rng.choice(FIRM_FIRST) + rng.choice(FIRM_SECOND)
    return f"{rng.choice(PLACES)}{firm}{rng.choice(TRADES)}{rng.choice(SUFFIXES)}"


def _unused_name(rng: random.Random, taken: set[str]) -> str:
    """A name no enterprise has yet, while any is left among the 324,000 the parts make
    (a demo of a million applications would need more: then one may repeat)."""
    for _ in range(100):
        name = enterprise_name(rng)
        if name not in taken:
            break
    taken.add(name)
    return name


def project_name(rng: random.Random) -> str:
    template = rng.choice(PROJECTS)
    return template.format(n=rng.choice((1, 2, 3, 5, 10, 20, 30)), p=rng.choice(PRODUCTS))


@dataclass(frozen=True, slots=True)
class Route:
    """Where an application goes between units: received at `received_at` by `clerk`
    (and sent on when that is not the deciding unit), handled by `handler` at the
    deciding unit, and assessed by `assessor` at the `centre` ("" for none)."""

    deciding: str
    handler: str
    received_at: str = ""  # "" or the deciding unit: received where it is decided
    clerk: str = ""
    centre: str = ""
    assessor: str = ""


# Steps are built straight from the stage table: the walk takes only steps the table
# allows, with clean texts where they are needed, so `checked_event`'s cleaning and
# checks of them were about a third of a large demo's time for nothing. The law's guards
# (`check_step`) judge approvals and extensions by the clocks, and run for those.
# tests/services/test_demo_histories.py replays generated histories through
# `checked_event`, which holds this to the domain's rules.
_GUARDED = frozenset({Action.APPROVE, Action.EXTEND})
# Built by the million: without the frozen dataclasses' per-field cost.
_new_step = frozen_builder(StepInput)


@dataclass
class _Walk:
    """Builds one application's history day by day through the stage table and the
    law's guards."""

    rng: random.Random
    cal: WorkCalendar
    rule: TimeLimitRule
    today: date
    actor: str
    events: list[StageEvent]
    route: Route | None = None

    def stage(self) -> Stage:
        return self.events[-1].to_stage

    def later(self, workdays: int) -> date | None:
        day = self.cal.add_workdays(self.events[-1].on, workdays)
        return day if day <= self.today else None

    def step(self, action: Action, workdays: int, **extra: object) -> bool:
        """Take `action` after `workdays` (or once a notice period it must wait for has
        run); False once that would be in the future."""
        day = self.later(workdays)
        while day is not None:
            at = datetime.combine(day, time(9 + self.rng.randrange(8), self.rng.randrange(60)))
            step = _new_step(action, day, at, self.actor, **extra)  # type: ignore[arg-type]
            try:
                self.events.append(self._event(step))
                return True
            except DomainError as exc:
                if exc.code is not ErrorCode.NOTICE_PERIOD_RUNNING:
                    raise
                day = self.cal.add_workdays(exc.params["until"], 1)
                day = day if day <= self.today else None
        return False

    def _event(self, step: StepInput) -> StageEvent:
        """The event `step` records by the stage table (which still refuses a step from
        the wrong stage), put to the law's guards where it has any."""
        if step.action is Action.UNDO:  # folds the history back: the domain's own
            return checked_event(self.events, step, self.rule, self.cal)
        # After an undo its event's target is the stage now: no folding needed.
        event = table_event(self.events, self.events[-1].seq + 1, step)
        if step.action in _GUARDED:
            check_step(self.events, event, self.rule, self.cal)
        return event


def history(
    rng: random.Random,
    cal: WorkCalendar,
    rule: TimeLimitRule,
    today: date,
    received: date,
    actor: str,
    work: tuple[int, int],
    route: Route | None = None,
) -> list[StageEvent]:
    """One application's history, with every situation the clocks handle in realistic
    proportions; with a `route`, its registration at a unit and its transfers."""
    at = datetime.combine(received, time(9 + rng.randrange(8), rng.randrange(60)))
    forwarded = route is not None and route.received_at not in ("", route.deciding)
    if route is None:
        first = registration_event(received, at, actor)
    else:
        receiver = route.clerk if forwarded else actor
        first = registration_event(received, at, receiver, unit=route.received_at or route.deciding)
    walk = _Walk(rng, cal, rule, today, first.actor, [first], route)
    if route is not None and forwarded:  # received at a branch, decided elsewhere: sent on
        remark = "属市局审批权限，移送市局"
        if not walk.step(Action.TRANSFER, rng.randint(0, 2), to_unit=route.deciding, remark=remark):
            return walk.events
        walk.actor = actor
    if not _intake(walk) or walk.stage() is not Stage.ACCEPTED:
        return walk.events
    if rng.random() < 0.03:
        walk.step(Action.WITHDRAW, rng.randint(1, 10), remark="建设单位申请撤回")
        return walk.events
    if not _review(walk) or walk.stage() is not Stage.REVIEW:
        return walk.events
    lo, hi = work
    slow = rng.random() < 0.12  # some run over the promised limit
    days = rng.randint(hi, hi * 2) if slow else rng.randint(lo, hi)
    if rng.random() < 0.02:  # a file that got stuck: late if finished, overdue if not
        days += rng.randint(30, 90)
    number = f"环审〔{walk.events[-1].on.year}〕{rng.randint(1, 999)}号"
    if rng.random() < 0.04:
        refused = walk.step(
            Action.REFUSE,
            days,
            document_number=number,
            reason="选址不符合生态环境分区管控要求",
        )
        if not refused:
            return walk.events
    else:
        # Where the rule asks for 拟批准公示 always; elsewhere half of the time.
        if rule.approval_notice_workdays or (
            rule.category != "notify_commit" and rng.random() < 0.5
        ):
            notice_after = rng.randint(1, max(1, days - rule.approval_notice_workdays))
            if not walk.step(Action.START_PUBLIC_NOTICE, notice_after):
                return walk.events
            days = rng.randint(1, 6)  # approval waits for the notice to run (`step`)
        if not walk.step(Action.APPROVE, days, document_number=number):
            return walk.events
    walk.step(Action.DELIVER, rng.choice((0, 1, 2, 3, 3, 5, 8, 12)))
    return walk.events


def _intake(walk: _Walk) -> bool:
    """Supplement rounds (sent in time, a few late, a few twice) and the acceptance
    decision, sometimes too late (deemed acceptance); False once in the future."""
    rng = walk.rng
    rounds = 0
    while rng.random() < (0.3 if rounds == 0 else 0.1):
        materials = tuple(rng.sample(MATERIALS, rng.randint(1, 3)))
        late = rng.random() < 0.06  # sent after the five working days
        reason = "补正材料仍不齐全" if rounds else ""
        wait = rng.randint(6, 12) if late else rng.randint(0, 3)
        if not walk.step(Action.REQUEST_SUPPLEMENT, wait, materials=materials, reason=reason):
            return False
        rounds += 1
        if not walk.step(Action.RECEIVE_MATERIALS, rng.randint(2, 15)):
            return False
    if rng.random() < 0.02:
        walk.step(Action.NOT_ACCEPT, rng.randint(1, 5), reason="不属于本部门审批权限")
        return False
    late_intake = 9 if rng.random() < 0.03 else 5
    return walk.step(Action.ACCEPT, rng.randint(0, late_intake))


def _review(walk: _Walk) -> bool:
    """Technical assessment or expert review, a step undone now and then, hearings
    (finished, running, waived) and extensions where the rule gives one."""
    rng, rule = walk.rng, walk.rule
    if rng.random() < 0.03:  # recorded by mistake, then undone
        if not walk.step(Action.START_REVIEW, 0) or not walk.step(Action.UNDO, 0):
            return False
    expert = rule.category == "report_book" or (
        rule.category == "report_form" and rng.random() < 0.3
    )
    if expert:
        remark = rng.choice(("技术评估", "专家评审"))
        if not walk.step(Action.START_EXPERT_REVIEW, rng.randint(1, 3), remark=remark):
            return False
        route = walk.route
        if remark == "技术评估" and route is not None and route.centre and rng.random() < 0.8:
            if not _assessed_at_centre(walk, route):
                return False
        elif not walk.step(Action.FINISH_EXPERT_REVIEW, rng.randint(5, 25)):
            return False
    elif not walk.step(Action.START_REVIEW, rng.randint(0, 1)):
        return False
    if rule.category in ("report_book", "report_form") and rng.random() < 0.06:
        if not walk.step(Action.NOTIFY_HEARING_RIGHTS, rng.randint(1, 3)):
            return False
        if rng.random() < 0.5:
            return walk.step(Action.WAIVE_HEARING, rng.randint(5, 7))
        if not walk.step(Action.START_HEARING, rng.randint(1, 5)):
            return False
        if not walk.step(Action.FINISH_HEARING, rng.randint(5, 40)):
            return False
    if rule.allows_extension and rng.random() < 0.15:
        extension = rng.randint(1, rule.extension_workdays)
        try:
            return walk.step(
                Action.EXTEND, rng.randint(1, 8), reason="需补充现场核查", extension_days=extension
            )
        except DomainError as exc:  # asked for after the statutory date: not granted
            if exc.code is not ErrorCode.EXTENSION_TOO_LATE:
                raise
    return True


def _assessed_at_centre(walk: _Walk, route: Route) -> bool:
    """Sent to the technical assessment centre, which returns it with its opinion;
    False once in the future (it may still be at the centre)."""
    rng, handler = walk.rng, walk.actor
    if not walk.step(Action.TRANSFER, rng.randint(0, 1), to_unit=route.centre, remark="送技术评估"):
        return False
    walk.actor = route.assessor
    back = walk.step(
        Action.TRANSFER, rng.randint(5, 25), to_unit=route.deciding, remark="技术评估意见已出具"
    )
    walk.actor = handler
    return back and walk.step(Action.FINISH_EXPERT_REVIEW, rng.randint(0, 1))


# Applications per bulk insert. Each insert looks its years' last numbers up anew, a scan
# of the numbers so far: fewer, larger inserts; progress is told once per chunk.
CHUNK = 25_000


def _hotline_now(ws: Workspace, today: date) -> datetime:
    """When the year of reports ends: `today` at the close of office hours, or now if
    that is sooner (a demo made at 00:39 had reports received at 17:30, in the future)."""
    evening, now = datetime.combine(today, time(17, 30)), ws.now()
    return min(evening, now) if now.date() == today else evening


def generate(
    ws: Workspace,
    count: int,
    *,
    today: date,
    seed: int = 2026,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Add `count` applications received over the two years up to `today`, the past
    year's service days and a year of 12369 cases; returns how many applications."""
    rng = random.Random(seed)
    first_day = today - timedelta(days=730)
    # Millions of events, facts and rows, none in a cycle: the collector would walk them
    # all again and again.
    with session_scope(ws.engine) as session, collector_paused():
        cal = _add_local_days(session, first_day.year, today.year, ws.actor)
        rules = {**{r.category: r for r in DEMO_RULES}, **repo.load_rules(session)}
        for rule in DEMO_RULES:
            repo.save_rule(session, rules[rule.category])
        units, authorities = _add_units(session, rules)
        route_for = _router(authorities, units)
        enterprise_ids = _add_enterprises(session, rng, max(10, count // 3), ws.now())
        judged = {code: repo.judge_with(session, rule) for code, rule in rules.items()}
        for chunk_start in range(0, count, CHUNK):
            apps = []
            for _ in range(chunk_start, min(count, chunk_start + CHUNK)):
                received = first_day + timedelta(days=int(730 * rng.random() ** 0.8))
                while not cal.is_workday(received):
                    received += timedelta(days=1)
                received = min(received, today)
                category, work = _pick_category(rng)
                district = rng.choice(DISTRICTS)
                route = route_for(rng, category, district)
                hist = history(
                    rng, cal, rules[category], today, received, route.handler, work, route
                )
                apps.append(
                    _application(judged, rng, hist, route, category, district, enterprise_ids)
                )
            bulk.add_applications(session, apps)
            if progress:
                progress(min(count, chunk_start + CHUNK))
        _add_service_days(ws, session, rng, enterprise_ids, today)
        hotline_demo.add_cases(
            session,
            rng,
            hotline_cases(count),
            units=units,
            cal=cal,
            rule=hotline_store.load_hotline_rule(session),
            now=_hotline_now(ws, today),
            actor=ws.actor,
        )
    ws.reload()  # the demo's rules and calendar days
    return count


def hotline_cases(applications: int) -> int:
    """A year of 12369 reports beside `applications` applications: a tenth as many,
    at least 40, at most 3,000 (a city's hotline in a busy year)."""
    return min(3000, max(40, applications // 10))


def _add_units(
    session: Session, rules: dict[str, TimeLimitRule]
) -> tuple[list[OrgUnit], dict[str, Authority]]:
    """The demo's units beside any the admin entered (one of theirs for the same code,
    the city bureau or a district is kept), and its 审批权限 table if there is none yet;
    returns the units and the table."""
    have = unit_store.load_units(session)
    codes = {u.code for u in have}
    city = any(u.kind is UnitKind.CITY and u.active for u in have)
    covered = {u.district for u in have if u.kind is UnitKind.BRANCH and u.active}
    added = [
        u
        for u in UNITS
        if u.code not in codes
        and not (u.kind is UnitKind.CITY and city)
        and not (u.kind is UnitKind.BRANCH and u.district in covered)
    ]
    if added:
        unit_store.save_units(session, [*have, *added])
    if not unit_store.load_authorities(session):
        unit_store.save_authorities(session, [a for a in AUTHORITIES if a.category in rules])
    return unit_store.load_units(session), unit_store.load_authorities(session)


def _router(
    authorities: dict[str, Authority], units: list[OrgUnit]
) -> Callable[[random.Random, str, str], Route]:
    """Routes under this 审批权限 table and these units (see `route`); the units of each
    category and district are looked up once, not for every application."""
    centre = next((u for u in units if u.kind is UnitKind.CENTRE and u.active), None)

    @cache
    def deciding_and_branch(category: str, district: str) -> tuple[str, OrgUnit | None]:
        branch = next(
            (u for u in units if u.kind is UnitKind.BRANCH and u.active and u.district == district),
            None,
        )
        return deciding_unit(category, district, authorities, units).unit, branch

    def route(rng: random.Random, category: str, district: str) -> Route:
        """The deciding unit the 审批权限 table gives, its handler; for half of what the
        city bureau decides, the district's branch that received it; the centre if there
        is one."""
        deciding, branch = deciding_and_branch(category, district)
        received_at, clerk = deciding, ""
        if branch is not None and branch.code != deciding and rng.random() < 0.5:
            received_at, clerk = branch.code, rng.choice(STAFF.get(branch.code, HANDLERS))
        return Route(
            deciding,
            rng.choice(STAFF.get(deciding, HANDLERS)),
            received_at,
            clerk,
            centre.code if centre else "",
            rng.choice(STAFF.get(centre.code, HANDLERS)) if centre else "",
        )

    return route


def _add_local_days(session: Session, first: int, last: int, actor: str) -> WorkCalendar:
    """The office's own days for the demo's years (kept where the admin entered one);
    returns the calendar with them."""
    entered = repo.load_calendar(session)
    for year in range(first, last + 1):
        for (month, day), kind, name in LOCAL_DAYS:
            on = date(year, month, day)
            while entered.is_workday(on) is not (kind is OverrideKind.HOLIDAY):
                on += timedelta(days=1)
            if entered.day_info(on).source is not DaySource.LOCAL:
                repo.save_override(session, CalendarOverride(on, kind, name), actor)
    return repo.load_calendar(session)


MATTERS: dict[MatterType, tuple[str, ...]] = {
    MatterType.EIA_CONSULTATION: (
        "扩建项目是否需要重新报批环评",
        "新增生产线应编制报告书还是报告表",
        "园区规划环评与项目环评的衔接",
    ),
    MatterType.APPROVAL_PROGRESS: (
        "询问环评报告表审批进度",
        "技术评估意见何时出具",
        "拟批准公示期满后何时取得批复",
    ),
    MatterType.PERMIT: ("排污许可证变更咨询", "排污许可证延续申请材料", "重点管理类别如何认定"),
    MatterType.POLLUTION_CONTROL: (
        "VOCs 治理设施升级改造方案",
        "危险废物贮存场所规范化建设",
        "污水处理站提标改造",
    ),
    MatterType.OTHER: ("环境信用评价修复", "环保专项资金申报", "应急预案备案"),
}
MEASURES = (
    "现场答复，五个工作日内书面告知",
    "安排专人对接，提供材料清单",
    "组织专家上门指导",
    "协调技术评估单位加快进度",
    "纳入帮扶清单，跟踪办理",
)


def _add_service_days(
    ws: Workspace, session: Session, rng: random.Random, enterprise_ids: list[int], today: date
) -> None:
    """The last twelve service days held by `today`, 3–8 enterprises each; recent
    follow-ups are partly still open, some of them overdue. (This month and the eleven
    before gave only eleven before this month's day, from the 1st to the 5th.)"""
    cal, now = ws.calendar(), ws.now()
    last_twelve = service_days(cal, today - relativedelta(months=13), today)[-12:]
    by_enterprise = bulk.applications_by_enterprise(session)
    for day in last_twelve:
        held = day.held_on
        for enterprise_id in rng.sample(
            enterprise_ids, min(len(enterprise_ids), rng.randint(3, 8))
        ):
            kinds = rng.sample(list(MatterType), rng.randint(1, 3))
            matters = tuple(
                Matter(
                    kind,
                    rng.choice(MATTERS[kind]),
                    rng.choice(by_enterprise[enterprise_id])
                    if kind is MatterType.APPROVAL_PROGRESS and enterprise_id in by_enterprise
                    else None,
                )
                for kind in kinds
            )
            owner, due, status, resolved, how = "", None, FollowUpStatus.OPEN, None, ""
            if rng.random() < 0.7:
                owner = rng.choice(HANDLERS)
                due = cal.add_workdays(held, rng.randint(5, 20))
                if due < today and rng.random() < 0.85 or due < today - timedelta(days=60):
                    status = FollowUpStatus.RESOLVED
                    resolved = min(today, cal.add_workdays(held, rng.randint(2, 22)))
                    how = rng.choice(("已书面答复企业", "已现场指导整改", "问题已解决，企业确认"))
            mode = rng.choice(list(Mode))
            form = VisitForm(
                held,
                enterprise_id,
                "",
                "",
                mode,
                "局三楼服务大厅" if mode is Mode.COME_IN else "企业生产现场",
                "、".join(rng.sample(HANDLERS, 2)),
                matters,
                rng.choice(MEASURES),
                owner,
                due,
                status,
                resolved,
                how,
            )
            visits.insert_visit(session, form, enterprise_id, now, "demo")


def _pick_category(rng: random.Random) -> tuple[str, tuple[int, int]]:
    roll, acc = rng.random(), 0.0
    for code, share, work in CATEGORIES:
        acc += share
        if roll < acc:
            return code, work
    return CATEGORIES[0][0], CATEGORIES[0][2]


def _add_enterprises(session: Session, rng: random.Random, n: int, now: datetime) -> list[int]:
    """`n` new enterprises. Their codes and names are drawn until unused, so data can be
    added to a database that has some; a list, not a set, keeps a seed's data the same
    every run."""
    taken = bulk.credit_codes(session)
    names = {name for name, _code in repo.enterprise_names(session).values()}
    codes: list[str] = []
    while len(codes) < n:
        code = credit_code(rng)
        if code not in taken:
            taken.add(code)
            codes.append(code)
    forms = [
        EnterpriseForm(
            _unused_name(rng, names),
            c,
            rng.choice(DISTRICTS),
            rng.choice(("王经理", "李主任", "陈工", "赵总")),
            f"13{rng.randrange(10**9):09d}",
        )
        for c in codes
    ]
    return bulk.add_enterprises(session, forms, now)


def _application(
    judged: dict[str, int],
    rng: random.Random,
    hist: list[StageEvent],
    route: Route,
    category: str,
    district: str,
    enterprise_ids: list[int],
) -> BulkApplication:
    facts = facts_from_history(hist)
    return BulkApplication(
        project_name(rng),
        rng.choice(enterprise_ids),
        category,
        route.handler,
        district,
        round(rng.uniform(200, 80000), 1),
        hist,
        facts,
        judged[category] if facts.decided_on is not None else None,
        route.deciding,
    )
