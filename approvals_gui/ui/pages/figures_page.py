"""The bureau's figures for a period, with their definitions and three charts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import suppress
from datetime import date

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QCoreApplication, QLocale, QRect, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from approvals_gui.charts import figure_charts
from approvals_gui.domain.errors import DomainError
from approvals_gui.domain.periods import PeriodKind, period_bounds
from approvals_gui.domain.rounding import one_decimal, percent
from approvals_gui.domain.rules import TimeLimitRule
from approvals_gui.domain.units import Unit
from approvals_gui.services.figure_rows import (
    UNIT_COLUMNS,
    FigureRow,
    Kind,
    UnitFigures,
    figure_rows,
    unit_figure_rows,
)
from approvals_gui.services.figures import FiguresReport
from approvals_gui.ui import strings
from approvals_gui.ui.collation import in_pinyin_order
from approvals_gui.ui.date_field import DateField
from approvals_gui.ui.labels import ERROR_STYLE
from approvals_gui.ui.pdf_button import EDGE_ROOM, pdf_button
from approvals_gui.ui.spin_box import SpinBox

CHART_HEIGHT = 300
# The trend beside the figures grows with them, to this: in English their definitions
# wrap to many lines, and a chart as tall would put its legend out of sight.
TREND_MOST_HEIGHT = 400


def figure_value_text(row: FigureRow) -> str:
    """A figure as the page shows it; "—" when there is nothing to divide by."""
    if row.value is None:
        return "—"
    if row.kind is Kind.PERCENT:
        text = percent(row.value)
        if not row.detail:
            return text
        # "95.2%（20/21）"; in English with ASCII brackets.
        with_detail = QCoreApplication.translate("FiguresPage", "%1（%2）", "a rate and its parts")
        return with_detail.replace("%1", text).replace("%2", row.detail)
    if row.kind is Kind.DAYS:
        return QCoreApplication.translate("FiguresPage", "%1 个工作日").replace(
            "%1", one_decimal(row.value)
        )
    count = int(row.value)  # a plain name, which lupdate reads (ui/strings.py)
    return QCoreApplication.translate("FiguresPage", "%n 件", None, count)


class FiguresPage(QWidget):
    """Emits `refresh_requested()` when the period or a filter changes, and
    `export_requested(kind)` with "xlsx", "pdf" or "preview" (print preview)."""

    refresh_requested = Signal()
    export_requested = Signal(str)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: FiguresReport | None = None
        self._names: Mapping[str, str] = {}
        self.kind = QComboBox()
        for kind, text in (
            (PeriodKind.MONTH, self.tr("月度")),
            (PeriodKind.QUARTER, self.tr("季度")),
            (PeriodKind.YEAR, self.tr("年度")),
            (PeriodKind.CUSTOM, self.tr("自定义")),
        ):
            self.kind.addItem(text, kind.value)
        self.year = SpinBox()
        self.year.setRange(2000, 2060)
        self.year.setValue(today.year)
        self.part = QComboBox()
        # Typed as an office writes dates (QDateEdit dropped a year typed over its text).
        self.first = DateField(date(today.year, 1, 1))
        self.last = DateField(today)
        self.handler = QComboBox()
        self.category = QComboBox()
        self.unit = QComboBox()
        self.xlsx_button = QPushButton(self.tr("导出 Excel…"))
        self.pdf_button, self.preview_action = pdf_button(
            self.tr("导出 PDF…"), self.tr("打印预览…")
        )
        self.period_label = QLabel()
        # At the top, under the filters, also when the figures are hidden (a bad period).
        self.period_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # While another period's figures are worked out, those shown are greyed: said.
        self.computing = QLabel(self.tr("正在计算…"))
        self.computing.setVisible(False)
        self.to_label = QLabel(self.tr("至"))
        self._today = today
        self.figures_box = QGroupBox(self.tr("指标"))
        self.figures_grid = QGridLayout(self.figures_box)
        self.units_box = QGroupBox(self.tr("分单位"))
        self.units_table = QTableWidget(0, 1 + len(UNIT_COLUMNS))
        self.units_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.units_table.verticalHeader().setVisible(False)
        self.units_table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        )
        self.units_notes = QGridLayout()
        self.chart_views = [QChartView() for _ in range(3)]
        for view in self.chart_views:
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(CHART_HEIGHT)
        self._layout()
        self._units_layout()
        self.set_choices([], [])
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for combo in (self.part, self.handler, self.category, self.unit):
            combo.currentIndexChanged.connect(self._changed)
        self.year.valueChanged.connect(self._changed)
        for edit in (self.first, self.last):
            edit.dateChanged.connect(self._changed)
        self.xlsx_button.clicked.connect(lambda: self.export_requested.emit("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export_requested.emit("pdf"))
        self.preview_action.triggered.connect(lambda: self.export_requested.emit("preview"))
        self._kind_changed()

    def _layout(self) -> None:
        # The period and the exports on one line, the filters on the next: the page
        # stays narrow enough for the window's centre.
        bar, filters = QHBoxLayout(), QHBoxLayout()
        for line, label, widget in (
            (bar, QLabel(self.tr("期间")), self.kind),
            (bar, None, self.year),
            (bar, None, self.part),
            (bar, None, self.first),
            (bar, self.to_label, self.last),
            (filters, QLabel(self.tr("承办人")), self.handler),
            (filters, QLabel(self.tr("类别")), self.category),
            (filters, QLabel(self.tr("审批单位")), self.unit),
        ):
            if label is not None:
                line.addWidget(label)
            line.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.xlsx_button)
        bar.addWidget(self.pdf_button)
        bar.addSpacing(EDGE_ROOM)
        filters.addStretch(1)
        body = QWidget()
        grid = QGridLayout(body)
        grid.addWidget(self.figures_box, 0, 0)
        # The trend as tall as the figures beside it, up to TREND_MOST_HEIGHT; any more
        # height is left empty under it.
        self.chart_views[0].setMaximumHeight(TREND_MOST_HEIGHT)
        trend = QVBoxLayout()
        trend.addWidget(self.chart_views[0], 1)
        trend.addStretch(0)
        grid.addLayout(trend, 0, 1)
        grid.addWidget(self.chart_views[1], 1, 0)
        grid.addWidget(self.chart_views[2], 1, 1)
        grid.addWidget(self.units_box, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.body = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(filters)
        period = QHBoxLayout()
        period.addWidget(self.period_label)
        period.addWidget(self.computing)
        period.addStretch(1)
        layout.addLayout(period)
        layout.addWidget(scroll, 1)

    def _units_layout(self) -> None:
        """The by-unit table, each column's definition beside its name underneath (and
        on the column's header as a tooltip)."""
        localize = QCoreApplication.translate
        headers = [self.tr("单位"), *(localize("figures", c.label) for c in UNIT_COLUMNS)]
        self.units_table.setHorizontalHeaderLabels(headers)
        for i, column in enumerate(UNIT_COLUMNS, start=1):
            item = self.units_table.horizontalHeaderItem(i)
            if item is not None:
                item.setToolTip(localize("figures", column.note))
            label = QLabel(localize("figures", column.label))
            note = QLabel(localize("figures", column.note))
            note.setWordWrap(True)
            note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            note.setMinimumWidth(160)
            note.setStyleSheet("color: palette(placeholder-text);")
            self.units_notes.addWidget(label, i - 1, 0)
            self.units_notes.addWidget(note, i - 1, 1)
        self.units_notes.setColumnStretch(1, 1)
        layout = QVBoxLayout(self.units_box)
        layout.addWidget(self.units_table)
        layout.addLayout(self.units_notes)

    def set_choices(
        self, rules: list[TimeLimitRule], handlers: list[str], units: Sequence[Unit] = ()
    ) -> None:
        names, self._names = self._names, {r.category: r.name for r in rules}
        for combo, items, everything in (
            (self.handler, [(h, h) for h in in_pinyin_order(handlers)], self.tr("全部")),
            (
                self.category,
                [(strings.category_name(r.category, r.name), r.category) for r in rules],
                self.tr("全部"),
            ),
            (self.unit, [(u.name, u.code) for u in units if u.active], self.tr("全部单位")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        if self.report is not None and names != self._names:  # its charts name categories
            self.show_report(self.report)

    def _kind_changed(self) -> None:
        kind = self.period_kind()
        self.part.blockSignals(True)
        self.part.clear()
        if kind is PeriodKind.MONTH:
            for month in range(1, 13):
                name = QLocale().standaloneMonthName(month, QLocale.FormatType.ShortFormat)
                self.part.addItem(name, month)  # 11月, Nov
            self.part.setCurrentIndex(self._today.month - 1)
        elif kind is PeriodKind.QUARTER:
            for quarter in range(1, 5):
                self.part.addItem(self.tr("第 %1 季度").replace("%1", str(quarter)), quarter)
            self.part.setCurrentIndex((self._today.month - 1) // 3)
        self.part.blockSignals(False)
        custom = kind is PeriodKind.CUSTOM
        self.part.setVisible(kind in (PeriodKind.MONTH, PeriodKind.QUARTER))
        self.year.setVisible(not custom)
        for widget in (self.first, self.to_label, self.last):
            widget.setVisible(custom)
        self._changed()

    def _changed(self) -> None:
        with suppress(DomainError):  # a date half typed: the refresh says what is wrong
            first, last = self.period()
            self.period_label.setText(strings.period_line(first, last, self._today))
        self.refresh_requested.emit()

    def period_kind(self) -> PeriodKind:
        return PeriodKind(self.kind.currentData())

    def period(self) -> tuple[date, date]:
        """The period chosen; DomainError while a date typed is none."""
        kind = self.period_kind()
        if kind is PeriodKind.CUSTOM:
            return self.first.day(), self.last.day()
        return period_bounds(kind, self.year.value(), int(self.part.currentData() or 1))

    def set_computing(self, computing: bool) -> None:
        """Whether newer figures are being worked out: those shown greyed meanwhile."""
        self.computing.setVisible(computing)
        self.body.setEnabled(not computing)

    def filters(self) -> tuple[str | None, str | None]:
        """The chosen handler and category code; None for all."""
        return self.handler.currentData(), self.category.currentData()

    def unit_filter(self) -> str | None:
        """The chosen deciding unit's code (审批单位); None for all."""
        data = self.unit.currentData()
        return str(data) if data else None

    def show_period_problem(self, problem: str) -> None:
        """A period the figures cannot be given for: said where the period is, and no
        figures of another period left under it to read or export."""
        self.report = None
        self.body.setVisible(False)
        for button in (self.xlsx_button, self.pdf_button):
            button.setEnabled(False)
        self.period_label.setStyleSheet(ERROR_STYLE)
        self.period_label.setText(self.tr("无法统计：%1").replace("%1", problem))

    def show_report(self, report: FiguresReport) -> None:
        self.report = report
        self.body.setVisible(True)
        for button in (self.xlsx_button, self.pdf_button):
            button.setEnabled(True)
        self.period_label.setStyleSheet("")
        grid = self.figures_grid
        while grid.count():
            item = grid.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        localize = QCoreApplication.translate
        for row, figure in enumerate(figure_rows(report.figures)):
            label = QLabel(localize("figures", figure.label))
            value = QLabel(figure_value_text(figure))
            value.setObjectName(f"figure_{row}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            font = value.font()
            font.setBold(True)
            value.setFont(font)
            note = QLabel(localize("figures", figure.note))
            note.setWordWrap(True)
            # A definition wraps to the room left; it never widens the page.
            note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            note.setMinimumWidth(160)
            note.setStyleSheet("color: palette(placeholder-text);")
            grid.addWidget(label, row, 0)
            grid.addWidget(value, row, 1)
            grid.addWidget(note, row, 2)
        grid.setColumnStretch(2, 1)
        self._show_units(self.unit_rows())
        for view, chart in zip(self.chart_views, self.charts(report), strict=True):
            old = view.chart()
            view.setChart(chart)
            old.deleteLater()

    def charts(self, report: FiguresReport) -> list[QChart]:
        return figure_charts(report, self._names, QCoreApplication.translate)

    def unit_rows(self) -> list[UnitFigures]:
        if self.report is None:
            return []
        r = self.report
        return unit_figure_rows(r.by_unit, r.unit_days, r.figures, r.unit_names)

    def _show_units(self, rows: list[UnitFigures]) -> None:
        table, localize = self.units_table, QCoreApplication.translate
        table.setRowCount(len(rows))
        for i, unit in enumerate(rows):
            name = QTableWidgetItem(localize("figures", unit.name) if not unit.unit else unit.name)
            if unit.total:
                font = name.font()
                font.setBold(True)
                name.setFont(font)
            table.setItem(i, 0, name)
            for j, (column, cell) in enumerate(zip(UNIT_COLUMNS, unit.cells, strict=True), 1):
                text = figure_value_text(cell)
                item = QTableWidgetItem(text)
                if cell.label != column.label:  # the total's own figure: said as what it is
                    item.setText(self.tr("每件总用时 %1").replace("%1", text))
                    item.setToolTip(localize("figures", cell.label))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(i, j, item)
        header_height = self._fit_columns()
        rows_height = sum(table.rowHeight(i) for i in range(len(rows)))
        table.setFixedHeight(header_height + rows_height + 2 * table.frameWidth() + 2)

    def _fit_columns(self) -> int:
        """Each column as wide as its cells, or its heading's longest word; a heading
        wider than that wraps (English ones are long: "Decided within the statutory
        limit"), so that the table fits the page without scrolling sideways in its
        box. Returns the heading's height for its lines."""
        table = self.units_table
        header = table.horizontalHeader()
        metrics = header.fontMetrics()
        # The style's margins each side, and 8 px for the section's frame and some air.
        margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 8
        lines = 1
        for j in range(table.columnCount()):
            heading = table.horizontalHeaderItem(j)
            text = heading.text() if heading is not None else ""
            words = max((metrics.horizontalAdvance(w) for w in text.split()), default=0)
            width = max(table.sizeHintForColumn(j), words + margin)
            table.setColumnWidth(j, width)
            wrapped = metrics.boundingRect(
                QRect(0, 0, width - margin, 10_000), Qt.TextFlag.TextWordWrap, text
            )
            lines = max(lines, -(-wrapped.height() // metrics.height()))
        height = lines * metrics.height() + margin
        header.setFixedHeight(height)
        return height

    def unit_texts(self) -> dict[str, dict[str, str]]:
        """What the by-unit table shows now: unit name → column label → text."""
        table = self.units_table
        found: dict[str, dict[str, str]] = {}
        for i in range(table.rowCount()):
            name = table.item(i, 0)
            if name is None:
                continue
            found[name.text()] = {
                c.label: (item.text() if (item := table.item(i, j)) is not None else "")
                for j, c in enumerate(UNIT_COLUMNS, start=1)
            }
        return found

    def figure_texts(self) -> dict[str, str]:
        """What each figure shows now, by its label (for tests and the status line)."""
        if self.report is None:
            return {}
        return {row.label: figure_value_text(row) for row in figure_rows(self.report.figures)}
