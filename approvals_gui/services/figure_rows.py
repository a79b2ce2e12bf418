"""The bureau's figures as reports list them: each with its kind of value, the counts
behind a rate and its definition. The figures screen, the Excel export and the PDF
all show this one list."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from approvals_gui.domain.labels import QT_TRANSLATE_NOOP
from approvals_gui.domain.metrics import Figures, UnitDays
from approvals_gui.domain.rounding import one_decimal, percent


class Kind(StrEnum):
    TEXT = "text"
    DATE = "date"
    MINUTE = "minute"  # a date and time of day, to the minute
    INT = "int"
    DAYS = "days"  # working days, one decimal
    PERCENT = "percent"


@dataclass(frozen=True, slots=True)
class FigureRow:
    label: str
    value: float | None
    kind: Kind
    counts: tuple[int, int] | None  # the counts behind a rate: those that met it, of all
    note: str  # the definition shown beside the figure

    @property
    def detail(self) -> str:
        """The counts as a report prints them, e.g. "19/20"; "" without counts."""
        return f"{self.counts[0]}/{self.counts[1]}" if self.counts else ""


def figure_rows(f: Figures) -> list[FigureRow]:
    """The figures in the order a report shows them, with their definitions."""
    compression = (
        1 - f.avg_workdays_used / f.avg_statutory_workdays
        if f.avg_workdays_used is not None and f.avg_statutory_workdays
        else None
    )
    return [
        FigureRow(
            QT_TRANSLATE_NOOP("figures", "收件"),
            f.received,
            Kind.INT,
            None,
            QT_TRANSLATE_NOOP("figures", "期内登记收件的申请"),
        ),
        FigureRow(
            QT_TRANSLATE_NOOP("figures", "受理"),
            f.accepted,
            Kind.INT,
            None,
            QT_TRANSLATE_NOOP("figures", "期内受理的申请"),
        ),
        FigureRow(
            QT_TRANSLATE_NOOP("figures", "作出审批决定"),
            f.decided,
            Kind.INT,
            None,
            QT_TRANSLATE_NOOP("figures", "期内作出批准或不予批准决定的申请"),
        ),
        FigureRow(
            QT_TRANSLATE_NOOP("figures", "承诺期内办结率"),
            f.within_promise_rate,
            Kind.PERCENT,
            (f.decided_within_promise, f.decided),
            QT_TRANSLATE_NOOP(
                "figures",
                "期内作出决定的申请中，在承诺时限内作出决定的比例（《优化营商环境条例》第三十六条）",
            ),
        ),
        FigureRow(
            QT_TRANSLATE_NOOP("figures", "法定期限内办结率"),
            f.on_time_rate,
            Kind.PERCENT,
            (f.decided_on_time, f.decided),
            QT_TRANSLATE_NOOP(
                "figures", "期内作出决定的申请中，在法定时限（含延期）内作出决定的比例"
            ),
        ),
        FigureRow(
            QT_TRANSLATE_NOOP("figures", "一次办结率"),
            f.one_go_rate,
            Kind.PERCENT,
            (f.delivered_one_go, f.delivered),
            QT_TRANSLATE_NOOP(
                "figures", "期内送达办结的申请中，补正通知不超过一次的比例（不含时限要求）"
            ),
        ),
        FigureRow(
            QT_TRANSLATE_NOOP("figures", "平均审批用时"),
            f.avg_workdays_used,
            Kind.DAYS,
            None,
            QT_TRANSLATE_NOOP(
                "figures", "自受理（或视为受理）至作出决定的工作日，承诺时限暂停计时的天数不计"
            ),
        ),
        FigureRow(
            QT_TRANSLATE_NOOP("figures", "平均承诺时限"),
            f.avg_promised_workdays,
            Kind.DAYS,
            None,
            QT_TRANSLATE_NOOP("figures", "同一批申请的承诺时限，折算为工作日"),
        ),
        FigureRow(
            QT_TRANSLATE_NOOP("figures", "平均法定时限"),
            f.avg_statutory_workdays,
            Kind.DAYS,
            None,
            QT_TRANSLATE_NOOP("figures", "同一批申请的法定时限（不含延期），折算为工作日"),
        ),
        FigureRow(
            QT_TRANSLATE_NOOP("figures", "时限压缩率"),
            compression,
            Kind.PERCENT,
            None,
            QT_TRANSLATE_NOOP("figures", "平均审批用时比平均法定时限缩短的比例"),
        ),
        FigureRow(
            QT_TRANSLATE_NOOP("figures", "补正"),
            f.with_supplement,
            Kind.INT,
            None,
            QT_TRANSLATE_NOOP("figures", "期内收件中发出过一次性告知补正通知的申请"),
        ),
        FigureRow(
            QT_TRANSLATE_NOOP("figures", "补正占比"),
            f.supplement_share,
            Kind.PERCENT,
            (f.with_supplement, f.received),
            QT_TRANSLATE_NOOP("figures", "补正件数占期内收件的比例"),
        ),
        FigureRow(
            QT_TRANSLATE_NOOP("figures", "当前在办"),
            sum(f.backlog_by_stage.values()),
            Kind.INT,
            None,
            QT_TRANSLATE_NOOP("figures", "统计时尚未办结的申请，不受所选期间限制"),
        ),
    ]


@dataclass(frozen=True, slots=True)
class UnitColumn:
    """A column of the by-unit table, with its definition."""

    label: str
    kind: Kind
    note: str
    counted: bool = False  # a rate, with the counts behind it


AVERAGE_AT_UNIT = QT_TRANSLATE_NOOP("figures", "平均在该单位工作日")
# The by-unit table's columns. Received, decided and the three rates are those of the
# figures above, over the applications each unit decides (审批单位); the last two
# split the working days by the unit that held the application (系统内流转).
UNIT_COLUMNS = (
    UnitColumn(
        QT_TRANSLATE_NOOP("figures", "收件"),
        Kind.INT,
        QT_TRANSLATE_NOOP("figures", "期内登记收件、由该单位审批的申请"),
    ),
    UnitColumn(
        QT_TRANSLATE_NOOP("figures", "作出审批决定"),
        Kind.INT,
        QT_TRANSLATE_NOOP("figures", "期内由该单位作出批准或不予批准决定的申请"),
    ),
    UnitColumn(
        QT_TRANSLATE_NOOP("figures", "承诺期内办结率"),
        Kind.PERCENT,
        QT_TRANSLATE_NOOP("figures", "该单位期内作出决定的申请中，在承诺时限内作出决定的比例"),
        True,
    ),
    UnitColumn(
        QT_TRANSLATE_NOOP("figures", "法定期限内办结率"),
        Kind.PERCENT,
        QT_TRANSLATE_NOOP(
            "figures", "该单位期内作出决定的申请中，在法定时限（含延期）内作出决定的比例"
        ),
        True,
    ),
    UnitColumn(
        QT_TRANSLATE_NOOP("figures", "一次办结率"),
        Kind.PERCENT,
        QT_TRANSLATE_NOOP(
            "figures", "该单位期内送达办结的申请中，补正通知不超过一次的比例（不含时限要求）"
        ),
        True,
    ),
    UnitColumn(
        AVERAGE_AT_UNIT,
        Kind.DAYS,
        QT_TRANSLATE_NOOP(
            "figures",
            "期内作出决定的全部申请（不论审批单位），自收件至作出决定的工作日中由该单位持有的"
            "天数，按件平均；依系统内流转记录分段，流转当日计入移出单位。合计行为每件平均总用时："
            "自收件（而非受理）至作出决定的全部工作日，含补正等暂停计时的天数，"
            "故长于不计暂停的“平均审批用时”",
        ),
    ),
    UnitColumn(
        QT_TRANSLATE_NOOP("figures", "用时占比"),
        Kind.PERCENT,
        QT_TRANSLATE_NOOP(
            "figures",
            "该单位持有的工作日占期内作出决定的申请自收件至作出决定全部工作日的比例，"
            "各单位合计为 100%",
        ),
    ),
)
ALL_UNITS = QT_TRANSLATE_NOOP("figures", "合计")
# The total row's cell under 平均在该单位工作日: every unit's days together, so not a
# stay at one unit but the whole time per application, pauses included.
TOTAL_DAYS = QT_TRANSLATE_NOOP("figures", "每件平均总用时（收件至决定，含暂停）")
NO_UNIT = QT_TRANSLATE_NOOP("figures", "（未指定单位）")


@dataclass(frozen=True, slots=True)
class UnitFigures:
    """One row of the by-unit table: a unit, or the total, and its cells, one per
    `UNIT_COLUMNS` entry, each a `FigureRow` with that column's label and note."""

    unit: str  # code; "" for the total and for applications of no unit
    name: str  # the unit's name, or "合计" / "（未指定单位）" (to translate on screen)
    cells: tuple[FigureRow, ...]
    total: bool = False


def unit_figure_rows(
    by_unit: dict[str, Figures],
    days: UnitDays,
    total: Figures,
    names: dict[str, str],
) -> list[UnitFigures]:
    """A row per unit that decides applications or held some of the days, in the order
    of `by_unit` (the units' order), then the total."""
    codes = list(by_unit) + [code for code in days.days if code not in by_unit]
    rows = [
        UnitFigures(
            code,
            names.get(code, code) if code else NO_UNIT,
            _unit_cells(by_unit.get(code), days.average(code), days.share(code)),
        )
        for code in codes
    ]
    average = days.total / days.decided if days.decided else None
    share = 1.0 if days.total else None
    cells = tuple(
        replace(cell, label=TOTAL_DAYS) if column.label == AVERAGE_AT_UNIT else cell
        for column, cell in zip(UNIT_COLUMNS, _unit_cells(total, average, share), strict=True)
    )
    rows.append(UnitFigures("", ALL_UNITS, cells, total=True))
    return rows


def _unit_cells(
    f: Figures | None, average: float | None, share: float | None
) -> tuple[FigureRow, ...]:
    """A unit's cells; those of its decisions are "—" for a unit that decides none of
    the applications counted."""
    Cell = tuple[float | None, tuple[int, int] | None]
    decisions: list[Cell] = (
        [(None, None)] * 5
        if f is None
        else [
            (f.received, None),
            (f.decided, None),
            (f.within_promise_rate, (f.decided_within_promise, f.decided)),
            (f.on_time_rate, (f.decided_on_time, f.decided)),
            (f.one_go_rate, (f.delivered_one_go, f.delivered)),
        ]
    )
    values = [*decisions, (average, None), (share, None)]
    return tuple(
        FigureRow(column.label, value, column.kind, counts, column.note)
        for column, (value, counts) in zip(UNIT_COLUMNS, values, strict=True)
    )


def figure_text(row: FigureRow, *, bare: bool = False) -> str:
    """A figure as a document prints it; "—" when there is nothing to divide by.
    `bare` leaves the units (件, 个工作日) off, for a table whose header says them."""
    if row.value is None:
        return "—"
    if row.kind is Kind.PERCENT:
        return f"{percent(row.value)}（{row.detail}）" if row.detail else percent(row.value)
    if row.kind is Kind.DAYS:
        return one_decimal(row.value) if bare else f"{one_decimal(row.value)} 个工作日"
    return str(int(row.value)) if bare else f"{int(row.value)} 件"
