"""The figures' charts, built from plain numbers; the page and the PDF share them.

Callers pass the visible text, so the screen can show it translated and an exported
document can carry it in Chinese.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene

from approvals_gui.domain.labels import BACKLOG_NAMES, CATEGORY_NAMES, QT_TRANSLATE_NOOP
from approvals_gui.domain.metrics import BACKLOG_STAGES
from approvals_gui.domain.rounding import percent_points, tenths
from approvals_gui.services.figures import FiguresReport

# (context, source text) → what to show: translated on screen, as is in a document.
Translate = Callable[[str, str], str]

# Colour-blind safe (Okabe–Ito) and distinct in grey print.
BLUE, ORANGE, GREEN, GREY = "#0072b2", "#e69f00", "#009e73", "#7f7f7f"
LABEL = "#212121"  # a bar's value, above the bar
BAR_WIDTH = 0.9  # of a category's height, all its bars together (Qt: 0.5)
VALUE_SCALE = 0.85  # a value's size beside the text's
# Months the trend labels one by one; past that, a quarter's or a year's first.
LABELLED_MONTHS = 24
SLANT = -40  # degrees: labels too many or too long to stand side by side
SLANTED_LABELS = 12  # a sparse axis's labels past this many are slanted


@dataclass(frozen=True, slots=True)
class Series:
    name: str
    values: Sequence[float | None]  # None: no value for that category (drawn as a gap)
    colour: str


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    return chart


def _value_axis(title: str, top: float, label_format: str = "%d") -> QValueAxis:
    axis = QValueAxis()
    axis.setTitleText(title)
    axis.setRange(0, top)
    axis.setLabelFormat(label_format)
    axis.applyNiceNumbers()
    return axis


def _count_axis(title: str, top: float) -> QValueAxis:
    """Whole-number ticks with room above the highest bar for its label: nice numbers
    over 0–1.15 gave the backlog an axis reading 0, 0, 1, 1 (#13). Five ticks or so, a
    step of 1, 2 or 5 times a power of ten (0, 10, 20…, not 0, 7, 14…)."""
    step = _nice_step(max(1.0, top / 5))
    axis = QValueAxis()
    axis.setTitleText(title)
    axis.setTruncateLabels(False)
    axis.setLabelFormat("%d")
    axis.setRange(0, step * math.ceil(top * 1.15 / step + 1e-9))
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    return axis


def _nice_step(least: float) -> int:
    """The smallest whole 1, 2 or 5 times a power of ten that is at least `least` (≥ 1)."""
    power = int(10 ** math.floor(math.log10(least)))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= least - 1e-9)


def _category_axis(
    categories: Sequence[str], title: str = "", upright: bool = False
) -> QBarCategoryAxis:
    """Category labels in full (#13): Qt elides them to the bar width by default, which
    left 环境影响报告… and 技术评… on the charts; many or long ones under the plot are
    slanted instead. `upright`: beside the plot, where each label has a line of its own."""
    axis = QBarCategoryAxis()
    axis.append(list(categories))
    axis.setTitleText(title)
    axis.setTruncateLabels(False)
    crowded = len(categories) > 6 or (len(categories) > 2 and max(map(len, categories)) > 6)
    if crowded and not upright:
        axis.setLabelsAngle(SLANT)
    return axis


def _sparse_axis(labelled: Mapping[int, str], count: int, title: str) -> QCategoryAxis:
    """An axis over `count` points labelled at some (`labelled`, by index; a label at
    each of 60 months ran into the next), each under its point; slanted, as a category
    axis's, where there are many."""
    axis = QCategoryAxis()
    axis.setRange(-0.5, count - 0.5)
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    for index, label in labelled.items():
        axis.append(label, index)
    axis.setTitleText(title)
    axis.setTruncateLabels(False)  # ("25.01" was cut to "…")
    if len(labelled) > SLANTED_LABELS:
        axis.setLabelsAngle(SLANT)
    return axis


def line_chart(
    title: str,
    categories: Sequence[str],
    series: Sequence[Series],
    axis_title: str,
    top: float,
    x_title: str = "",
    labelled: Mapping[int, str] | None = None,
) -> QChart:
    """Lines over categories (months); a None value breaks the line. `labelled`: the
    categories to label, by index, where all would not fit (None: all)."""
    chart = _chart(title)
    x_axis: QAbstractAxis
    if labelled is None:
        x_axis = _category_axis(categories, x_title)
    else:
        x_axis = _sparse_axis(labelled, len(categories), x_title)
    y_axis = _value_axis(axis_title, top)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    for s in series:
        for part in _runs(s.values):
            line = QLineSeries()
            line.setName(s.name)
            line.setPen(QPen(QColor(s.colour), 2.5))
            line.setPointsVisible(True)
            for x, y in part:
                line.append(x, y)
            chart.addSeries(line)
            line.attachAxis(x_axis)
            line.attachAxis(y_axis)
    _one_legend_entry_per_name(chart)
    return chart


def bar_chart(
    title: str, categories: Sequence[str], series: Sequence[Series], axis_title: str
) -> QChart:
    """Horizontal bars, each category's name beside them on a line of its own: slanted
    under upright bars, long names (an English category, 听证权利告知) were cut off at
    the chart's edges."""
    chart = _chart(title)
    bars = QHorizontalBarSeries()
    top = 1.0
    # Qt draws a category's first set at the bottom, and lists it first in the legend:
    # added last and listed in reverse, the series read in order both ways.
    for s in reversed(series):
        bar_set = QBarSet(s.name)
        bar_set.setColor(QColor(s.colour))
        bar_set.append([v or 0.0 for v in reversed(s.values)])  # the first on top
        top = max(top, *(v or 0.0 for v in s.values))
        bars.append(bar_set)
    # Each bar's value after it, in dark text: inside a short bar it did not fit. The
    # bars fill most of their category's height, and the values are a little smaller
    # than the text: at the default width neighbours' values overlapped ("1" over "1").
    bars.setBarWidth(BAR_WIDTH)
    bars.setLabelsVisible(True)
    bars.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    bars.setLabelsFormat("@value")
    bars.setLabelsPrecision(4)
    for bar_set in bars.barSets():
        bar_set.setLabelColor(QColor(LABEL))
        font = bar_set.labelFont()
        font.setPointSizeF(max(7.0, font.pointSizeF() * VALUE_SCALE))
        bar_set.setLabelFont(font)
    chart.addSeries(bars)
    names = _category_axis(list(reversed(categories)), upright=True)
    counts = _count_axis(axis_title, top)
    chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
    bars.attachAxis(names)
    bars.attachAxis(counts)
    chart.legend().setReverseMarkers(True)
    chart.legend().setVisible(len(series) > 1)
    return chart


def _runs(values: Sequence[float | None]) -> list[list[tuple[int, float]]]:
    """Consecutive (index, value) points without a None among them."""
    runs: list[list[tuple[int, float]]] = [[]]
    for x, y in enumerate(values):
        if y is None:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append((x, y))
    return [run for run in runs if run]


def _one_legend_entry_per_name(chart: QChart) -> None:
    seen: set[str] = set()
    for marker in chart.legend().markers():
        marker.setVisible(marker.label() not in seen)
        seen.add(marker.label())


def render(chart: QChart, painter: QPainter, target: QRectF, size: QSizeF) -> None:
    """Draw `chart`, laid out at `size`, scaled into `target` of a painter (a PDF page)
    as vectors."""
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.setGeometry(QRectF(0, 0, size.width(), size.height()))
    scene.render(painter, target, QRectF(0, 0, size.width(), size.height()))
    scene.removeItem(chart)


def figure_charts(
    report: FiguresReport, names: Mapping[str, str], localize: Translate
) -> list[QChart]:
    """Monthly trend of the two rates, working days by category against the limits,
    and the backlog by stage."""
    first, last = report.trend[0].month, report.trend[-1].month
    labelled: dict[int, str] | None = None
    if len(report.trend) <= 12:  # short labels, so a year of months fits side by side
        label = localize("figures", QT_TRANSLATE_NOOP("figures", "%1月"))
        months = [label.replace("%1", str(p.month.month)) for p in report.trend]
    else:
        months = [p.month.strftime("%y.%m") for p in report.trend]
        # Every month, or each quarter's first, or each year's; on the sparse axis even
        # when every month is labelled: slanted on a category axis under lines, Qt hid
        # the first month's label and the last's.
        every = (
            1 if len(months) <= LABELLED_MONTHS else 3 if len(months) <= 2 * LABELLED_MONTHS else 12
        )
        labelled = {
            i: months[i] for i, p in enumerate(report.trend) if (p.month.month - 1) % every == 0
        }
    span = (
        localize("figures", QT_TRANSLATE_NOOP("figures", "月份（%1 至 %2）"))
        .replace("%1", first.strftime("%Y-%m"))
        .replace("%2", last.strftime("%Y-%m"))
    )
    trend = line_chart(
        localize("figures", QT_TRANSLATE_NOOP("figures", "承诺期内办结率与一次办结率（月度）")),
        months,
        [
            Series(
                localize("figures", QT_TRANSLATE_NOOP("figures", "承诺期内办结率")),
                _percent([p.within_promise_rate for p in report.trend]),
                BLUE,
            ),
            Series(
                localize("figures", QT_TRANSLATE_NOOP("figures", "一次办结率")),
                _percent([p.one_go_rate for p in report.trend]),
                ORANGE,
            ),
        ],
        "%",
        100,
        span,
        labelled,
    )
    categories = list(report.by_category.items())
    by_category = bar_chart(
        localize("figures", QT_TRANSLATE_NOOP("figures", "各类别平均用时与时限（工作日）")),
        [
            localize("strings", CATEGORY_NAMES[c]) if c in CATEGORY_NAMES else names.get(c, c)
            for c, _ in categories
        ],
        [
            Series(
                localize("figures", QT_TRANSLATE_NOOP("figures", "平均审批用时")),
                [_round(f.avg_workdays_used) for _, f in categories],
                BLUE,
            ),
            Series(
                localize("figures", QT_TRANSLATE_NOOP("figures", "平均承诺时限")),
                [_round(f.avg_promised_workdays) for _, f in categories],
                GREEN,
            ),
            Series(
                localize("figures", QT_TRANSLATE_NOOP("figures", "平均法定时限")),
                [_round(f.avg_statutory_workdays) for _, f in categories],
                GREY,
            ),
        ],
        localize("figures", QT_TRANSLATE_NOOP("figures", "工作日")),
    )
    if not report.figures.decided:  # an empty frame would pass for a drawing that failed
        by_category.setTitle(
            by_category.title()
            + localize("figures", QT_TRANSLATE_NOOP("figures", "：本期没有办结的申请"))
        )
    stages = BACKLOG_STAGES
    backlog = bar_chart(
        localize("figures", QT_TRANSLATE_NOOP("figures", "当前在办件数（按环节）")),
        [localize("strings", BACKLOG_NAMES[s]) for s in stages],
        [
            Series(
                localize("figures", QT_TRANSLATE_NOOP("figures", "件数")),
                [float(report.figures.backlog_by_stage.get(s, 0)) for s in stages],
                BLUE,
            )
        ],
        localize("figures", QT_TRANSLATE_NOOP("figures", "件数")),
    )
    return [trend, by_category, backlog]


def _percent(values: Sequence[float | None]) -> list[float | None]:
    return [None if v is None else percent_points(v) for v in values]


def _round(value: float | None) -> float | None:
    return None if value is None else tenths(value)
