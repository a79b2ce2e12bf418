"""The hotline's tables for Excel, CSV and the monthly report: one row a case, and the
month's figures with their definitions. Chinese, as every export; the reporter's name
and phone are masked unless the caller asks for them whole (and may see them)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from approvals_gui.domain.hotline.cases import CaseStage, Channel, Topic
from approvals_gui.domain.hotline.clock import CaseDueKind, CaseStatus
from approvals_gui.domain.hotline.figures import (
    GROUP_FIGURES,
    Counts,
    Group,
    HotlineFigures,
    Rate,
    group_figures,
)
from approvals_gui.domain.hotline.labels import (
    CASE_STAGE_NAMES,
    CASE_STATUS_NAMES,
    CHANNEL_NAMES,
    FIGURE_DEFINITIONS,
    TOPIC_NAMES,
)
from approvals_gui.domain.hotline.privacy import mask_name, mask_phone
from approvals_gui.domain.rounding import one_decimal, percent
from approvals_gui.services.exports import Column, Sheet, Typed, unit_label
from approvals_gui.services.figure_rows import Kind
from approvals_gui.services.hotline import CaseView


def cases_scope(
    text: str,
    status: str,
    channel: str,
    topic: str,
    unit: str,
    show_closed: bool,
    units: Mapping[str, str],
) -> str:
    """Which cases a list exported holds, in Chinese as the documents are: the search
    and quick filters that narrow it, as the list's filter holds them (`status` a
    CaseStatus, or "stage:" and a CaseStage; "" for any)."""
    said = ["12369举报"]
    if text.strip():
        said.append(f"搜索：{text.strip()}")
    if status.startswith("stage:"):
        said.append(f"环节：{CASE_STAGE_NAMES[CaseStage(status.removeprefix('stage:'))]}")
    elif status:
        said.append(f"状态：{CASE_STATUS_NAMES[CaseStatus(status)]}")
    if channel:
        said.append(f"渠道：{CHANNEL_NAMES[Channel(channel)]}")
    if topic:
        said.append(f"类别：{TOPIC_NAMES[Topic(topic)]}")
    if unit:
        said.append(f"承办单位：{unit_label(unit, units)}")
    if not show_closed:
        said.append("不含已办结")
    return "；".join(said)


def cases_sheet(
    views: Sequence[CaseView],
    units: Mapping[str, str],
    *,
    personal: bool = False,
    reporter: bool = True,
    as_of: date | None = None,
) -> Sheet:
    """One row a case: number, when and how received, what and where, the unit it was
    handed to, its dates and state as on `as_of`. `personal`: the reporter whole, else
    masked; `reporter`: False leaves the reporter out (a report for a meeting needs
    none)."""
    columns = (
        Column("编号", 14, code=True),
        Column("收到时间", 17, Kind.MINUTE),
        Column("渠道", 8),
        Column("类别", 8),
        Column("区县", 10),
        Column("企业", 24),
        Column("地址", 24),
        Column("举报内容", 30),
        Column("举报人", 10),
        Column("联系电话", 14, code=True),
        Column("受理日期", 12, Kind.DATE),
        Column("承办单位", 14),
        Column("受理告知到期日", 14, Kind.DATE),
        Column("办结到期日", 12, Kind.DATE),
        Column("环节", 10),
        Column("状态", 10),
        # The running date's, as the list's 剩余时间 says it, negative once past (as the
        # applications' 剩余工作日): a printed list of overdue cases said only 已超期.
        Column("剩余天数", 12, Kind.INT),
        Column("办结日期", 12, Kind.DATE),
    )
    rows = []
    for v in views:
        r, clock = v.record, v.clock
        accept = clock.deadline(CaseDueKind.ACCEPT)
        name, phone = r.reporter_name, r.reporter_phone
        if not personal:
            name, phone = mask_name(name), mask_phone(phone) if phone else ""
        rows.append(
            (
                r.number,
                r.received_at,
                CHANNEL_NAMES[r.channel],
                TOPIC_NAMES[r.topic],
                r.district,
                r.enterprise_name,
                r.address,
                r.content,
                "匿名" if r.anonymous else name,
                phone,
                r.facts.accepted_on,
                unit_label(r.facts.unit, units),
                accept.due if accept else None,
                clock.close_due,
                CASE_STAGE_NAMES[r.facts.stage],
                CASE_STATUS_NAMES[clock.status],
                clock.days_left,
                r.facts.closed_on,
            )
        )
    if reporter:
        return Sheet("12369举报案件", columns, rows, as_of)
    keep = [i for i, c in enumerate(columns) if c.title not in ("举报人", "联系电话")]
    return Sheet(
        "12369举报案件",
        tuple(columns[i] for i in keep),
        [tuple(row[i] for i in keep) for row in rows],
        as_of,
    )


def rate_text(rate: Rate) -> str:
    """ "92.0%（46/50）", or "—" with nothing to divide by (never a 100 % of nothing)."""
    if rate.value is None:
        return "—"
    return f"{percent(rate.value)}（{rate.numerator}/{rate.denominator}）"


# A figure of the month: its key in FIGURE_DEFINITIONS, value, kind and, for a rate,
# the counts behind it.
Figure = tuple[str, float | None, Kind, Rate | None]


def figure_items(counts: Counts) -> list[Figure]:
    """The month's figures in the report's order, as values: the one list both the
    printed lines and the workbook's typed cells come from."""
    rates = {
        "acceptance_rate": counts.acceptance_rate,
        "closure_rate": counts.closure_rate,
        "due_closure_rate": counts.due_closure_rate,
        "on_time_rate": counts.on_time_rate,
    }
    return [
        *(
            (key, getattr(counts, key), Kind.INT, None)
            for key in ("received", "merged", "accepted", "refused", "closed")
        ),
        *((key, rate.value, Kind.PERCENT, rate) for key, rate in rates.items()),
        ("average_days", counts.average_days, Kind.DAYS, None),
    ]


def _figure_text(value: float | None, kind: Kind, rate: Rate | None) -> str:
    if rate is not None:
        return rate_text(rate)
    if value is None:
        return "—"
    return f"{one_decimal(value)} 天" if kind is Kind.DAYS else f"{int(value)} 件"


def figure_lines(counts: Counts) -> list[tuple[str, str, str]]:
    """Each figure's name, value and definition, in the report's order."""
    return [
        (FIGURE_DEFINITIONS[key][0], _figure_text(value, kind, rate), FIGURE_DEFINITIONS[key][1])
        for key, value, kind, rate in figure_items(counts)
    ]


def _summary_sheet(counts: Counts) -> Sheet:
    """The figures as numbers a spreadsheet can add up (a rate's counts beside it), not
    the printed text: the layout of the bureau's own figures workbook."""
    return Sheet(
        "指标",
        (
            Column("指标", 14),
            Column("数值", 12),
            Column("符合件数", 10, Kind.INT),
            Column("总件数", 10, Kind.INT),
            Column("口径说明", 50),
        ),
        [
            (
                FIGURE_DEFINITIONS[key][0],
                Typed(value, kind),
                rate.numerator if rate else None,
                rate.denominator if rate else None,
                FIGURE_DEFINITIONS[key][1],
            )
            for key, value, kind, rate in figure_items(counts)
        ],
    )


def _overdue_sheet(
    figures: HotlineFigures, views: Sequence[CaseView], units: Mapping[str, str]
) -> Sheet:
    """The cases open past their limit at the period's end, longest overdue first: the
    rates leave out a case due in an earlier month and still open."""
    records = {v.record.id: v.record for v in views}
    rows = [
        (
            (r := records[o.case_id]).number,
            r.received_at,
            unit_label(o.unit, units),
            r.content,
            o.close_due,
            o.days_over,
        )
        for o in figures.overdue
    ]
    columns = (
        Column("编号", 14, code=True),
        Column("收到时间", 17, Kind.MINUTE),
        Column("承办单位", 14),
        Column("举报内容", 30),
        Column("办结到期日", 12, Kind.DATE),
        Column("期末超期天数", 12, Kind.INT),
    )
    return Sheet(f"期末超期未办结（{len(rows)} 件）", columns, rows)


# The breakdowns' columns (GROUP_FIGURES), headed shorter than the figures they are.
_GROUP_COLUMNS = {
    "received": Column("收到", 8, Kind.INT),
    "accepted": Column("受理", 8, Kind.INT),
    "closed": Column("办结", 8, Kind.INT),
    "closure_rate": Column("办结率", 16, code=True),  # "92.0%（46/50）" in one piece
    "on_time_rate": Column("按期办结率", 16, code=True),
}


def groups_note() -> str:
    """What the breakdowns' columns count, printed under them: 办结 takes in cases
    accepted before the period, 办结率 only those accepted in it."""
    said = "；".join(
        f"{_GROUP_COLUMNS[key].title}：{FIGURE_DEFINITIONS[key][1]}" for key in GROUP_FIGURES
    )
    return f"注：以上分组表各列——{said}。"


# The breakdowns, in the report's order.
GROUP_TITLES = ("按渠道", "按类别", "按区县", "按承办单位")


def _groups_sheet(
    title: str, heading: str, groups: Sequence[Group], name: Mapping[str, str]
) -> Sheet:
    columns = (
        Column(heading, 14, code=True),  # a short name: the table no wider than it needs
        *(_GROUP_COLUMNS[key] for key in GROUP_FIGURES),
    )
    rows = [
        (
            name.get(g.key, g.key) or "（无）",
            *(rate_text(v) if isinstance(v, Rate) else v for v in group_figures(g.counts)),
        )
        for g in groups
    ]
    return Sheet(title, columns, rows)


def hotline_report_sheets(
    figures: HotlineFigures,
    views: Sequence[CaseView],
    units: Mapping[str, str],
    *,
    today: date | None = None,
) -> list[Sheet]:
    """The period's figures with their definitions, the cases overdue at its end, the
    breakdowns, the enterprises reported again and again, and every case received in
    the period, as on `today` (`views`' day)."""
    summary = _summary_sheet(figures.counts)
    channels = {c.value: n for c, n in CHANNEL_NAMES.items()}
    topics = {t.value: n for t, n in TOPIC_NAMES.items()}
    repeated = Sheet(
        "重复举报企业",
        (
            Column("统一社会信用代码", 20, code=True),
            Column("企业", 24),
            Column("举报次数", 10, Kind.INT),
            Column("其中合并办理", 12, Kind.INT),
        ),
        [(r.credit_code, r.name, r.reports, r.merged) for r in figures.repeated],
    )
    received = [v for v in views if figures.first <= v.record.facts.received_on <= figures.last]
    return [
        summary,
        _overdue_sheet(figures, views, units),
        *(
            _groups_sheet(title, title.removeprefix("按"), groups, names)
            for title, groups, names in zip(
                GROUP_TITLES,
                (figures.by_channel, figures.by_topic, figures.by_district, figures.by_unit),
                (channels, topics, {}, units),
                strict=True,
            )
        ),
        repeated,
        cases_sheet(received, units, reporter=False, as_of=today),
    ]
