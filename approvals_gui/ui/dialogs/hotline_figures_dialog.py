"""The 12369 hotline's figures for a month or a year (#15): each figure with its
definition beside it, the breakdowns by channel, category, district and unit, and the
enterprises reported twice or more, each a double-click away from its page.

Non-modal: a manager keeps it open beside the cases. It only shows what it is given and
says what the user asked for; the hotline's controller reads and writes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from approvals_gui.domain.hotline.cases import Channel, Topic
from approvals_gui.domain.hotline.figures import (
    GROUP_FIGURES,
    Counts,
    Group,
    HotlineFigures,
    Rate,
    group_figures,
)
from approvals_gui.domain.hotline.labels import FIGURE_DEFINITIONS
from approvals_gui.domain.periods import PeriodKind, period_bounds
from approvals_gui.domain.rounding import one_decimal, percent
from approvals_gui.ui import hotline_strings as names
from approvals_gui.ui import strings
from approvals_gui.ui.labels import ERROR_STYLE
from approvals_gui.ui.row_tables import make_table
from approvals_gui.ui.spin_box import SpinBox


def _t(text: str) -> str:
    return QCoreApplication.translate("hotline", text)


def count_text(n: int) -> str:
    # The statistics page's word for a number of items, translated already.
    return QCoreApplication.translate("FiguresPage", "%n 件", None, n)


def rate_text(rate: Rate) -> str:
    """ "92.0%（46/50）"; "—" with nothing to divide by (never a 100 % of nothing)."""
    if rate.value is None:
        return "—"
    share = QCoreApplication.translate("HotlineFiguresDialog", "%1（%2/%3）")
    return (
        share.replace("%1", percent(rate.value))
        .replace("%2", str(rate.numerator))
        .replace("%3", str(rate.denominator))
    )


def figure_values(counts: Counts) -> dict[str, str]:
    """Each figure's value as the window shows it, by its key in FIGURE_DEFINITIONS."""
    days = counts.average_days
    return {
        "received": count_text(counts.received),
        "merged": count_text(counts.merged),
        "accepted": count_text(counts.accepted),
        "refused": count_text(counts.refused),
        "closed": count_text(counts.closed),
        "acceptance_rate": rate_text(counts.acceptance_rate),
        "closure_rate": rate_text(counts.closure_rate),
        "due_closure_rate": rate_text(counts.due_closure_rate),
        "on_time_rate": rate_text(counts.on_time_rate),
        "average_days": "—"
        if days is None
        else QCoreApplication.translate("HotlineFiguresDialog", "%1 天").replace(
            "%1", one_decimal(days)
        ),
    }


def _cell(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class HotlineFiguresDialog(QDialog):
    """Emits `period_changed(first, last)` when the period changes, `export_requested(
    kind)` with "pdf" or "xlsx", and `enterprise_requested(enterprise_id)` when a repeated
    enterprise is double-clicked."""

    period_changed = Signal(object, object)
    export_requested = Signal(str)
    enterprise_requested = Signal(int)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hotline_figures")
        self.setWindowTitle(self.tr("12369 热线统计"))
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.figures: HotlineFigures | None = None
        self._ids: dict[str, int] = {}
        self._unit_names: dict[str, str] = {}
        self._today = today
        self._period_widgets(today)
        self.pdf_button = QPushButton(QCoreApplication.translate("FiguresPage", "导出 PDF…"))
        self.pdf_button.setObjectName("hotline_figures_pdf")
        self.xlsx_button = QPushButton(QCoreApplication.translate("FiguresPage", "导出 Excel…"))
        self.xlsx_button.setObjectName("hotline_figures_xlsx")
        for button in (self.pdf_button, self.xlsx_button):
            button.setAutoDefault(False)  # Enter closes; it does not write a file
        self.period_label = QLabel()
        self.period_label.setObjectName("hotline_figures_period")
        self.figures_grid = QGridLayout()
        self.value_labels: dict[str, QLabel] = {}
        self.note_labels: dict[str, QLabel] = {}
        self.groups = {
            key: self._group_table(heading)
            for key, heading in (
                ("channel", self.tr("渠道")),
                ("topic", self.tr("类别")),
                ("district", self.tr("区县")),
                ("unit", self.tr("承办单位")),
            )
        }
        self.repeated = make_table(
            [
                self.tr("企业"),
                self.tr("统一社会信用代码"),
                self.tr("举报次数"),
                self.tr("其中合并办理"),
            ],
            0,
        )
        self.repeated.setObjectName("hotline_repeated")
        self.repeated.setToolTip(self.tr("双击企业，在企业名录中打开它"))
        self.tabs = QTabWidget()
        self._layout()
        self._build_figures()
        self.pdf_button.clicked.connect(lambda _c=False: self.export_requested.emit("pdf"))
        self.xlsx_button.clicked.connect(lambda _c=False: self.export_requested.emit("xlsx"))
        self.repeated.cellDoubleClicked.connect(self._repeat_chosen)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.year.valueChanged.connect(self._changed)
        self.month.currentIndexChanged.connect(self._changed)
        self._kind_changed()
        self.resize(960, 640)

    # -- building -------------------------------------------------------------------------

    def _period_widgets(self, today: date) -> None:
        self.kind = QComboBox()
        self.kind.setObjectName("hotline_figures_kind")
        for kind, text in (
            (PeriodKind.MONTH, QCoreApplication.translate("FiguresPage", "月度")),
            (PeriodKind.YEAR, QCoreApplication.translate("FiguresPage", "年度")),
        ):
            self.kind.addItem(text, kind.value)
        self.year = SpinBox()
        self.year.setObjectName("hotline_figures_year")
        self.year.setRange(2000, 2060)
        self.year.setValue(today.year)
        self.month = QComboBox()
        self.month.setObjectName("hotline_figures_month")
        for month in range(1, 13):
            name = QLocale().standaloneMonthName(month, QLocale.FormatType.ShortFormat)
            self.month.addItem(name, month)
        self.month.setCurrentIndex(today.month - 1)

    def _group_table(self, heading: str) -> QTableWidget:
        table = make_table([heading, *(_t(FIGURE_DEFINITIONS[k][0]) for k in GROUP_FIGURES)], 0)
        for i, key in enumerate(GROUP_FIGURES, start=1):
            if (item := table.horizontalHeaderItem(i)) is not None:
                item.setToolTip(_t(FIGURE_DEFINITIONS[key][1]))
        return table

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(QCoreApplication.translate("FiguresPage", "期间")))
        for widget in (self.kind, self.year, self.month):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.xlsx_button)
        bar.addWidget(self.pdf_button)
        self.tabs.addTab(self._figures_tab(), QCoreApplication.translate("FiguresPage", "指标"))
        for key, text in (
            ("channel", self.tr("按渠道")),
            ("topic", self.tr("按类别")),
            ("district", self.tr("按区县")),
            ("unit", self.tr("按承办单位")),
        ):
            self.tabs.addTab(self._with_notes(self.groups[key]), text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.period_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def _figures_tab(self) -> QWidget:
        """The figures with their definitions, and under them the enterprises reported
        again and again, each a double-click away from its page."""
        figures = QWidget()
        figures.setLayout(self.figures_grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(figures)
        self.repeated_box = QGroupBox(self.tr("重复举报企业"))
        hint = QLabel(self.tr("期内被举报两次及以上的企业。双击一家企业，在企业名录中打开它。"))
        hint.setWordWrap(True)
        column = QVBoxLayout(self.repeated_box)
        column.addWidget(hint)
        column.addWidget(self.repeated, 1)
        # The rates count cases closed or due in the period: one due before it and still
        # open is in none of them, and is said here (the printed report lists each).
        self.overdue_label = QLabel()
        self.overdue_label.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(scroll, 3)
        layout.addWidget(self.overdue_label)
        layout.addWidget(self.repeated_box, 2)
        return page

    def _with_notes(self, table: QTableWidget) -> QWidget:
        """A breakdown, and under it each rate's definition (also on its header)."""
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(table, 1)
        notes = QGridLayout()
        for row, key in enumerate(("closure_rate", "on_time_rate")):
            name, definition = FIGURE_DEFINITIONS[key]
            notes.addWidget(QLabel(_t(name)), row, 0)
            notes.addWidget(self._note(_t(definition)), row, 1)
        notes.setColumnStretch(1, 1)
        column.addLayout(notes)
        return page

    def _note(self, text: str) -> QLabel:
        note = QLabel(text)
        note.setWordWrap(True)
        # A definition wraps to the room left; it never widens the dialog.
        note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        note.setMinimumWidth(160)
        note.setStyleSheet("color: palette(placeholder-text);")
        return note

    def _build_figures(self) -> None:
        """One line a figure: its name, its value (bold), its definition."""
        grid = self.figures_grid
        for row, (key, (name, definition)) in enumerate(FIGURE_DEFINITIONS.items()):
            value = QLabel("—")
            value.setObjectName(f"hotline_figure_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            font = value.font()
            font.setBold(True)
            value.setFont(font)
            note = self._note(_t(definition))
            self.value_labels[key], self.note_labels[key] = value, note
            grid.addWidget(QLabel(_t(name)), row, 0)
            grid.addWidget(value, row, 1)
            grid.addWidget(note, row, 2)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(FIGURE_DEFINITIONS), 1)
        grid.setContentsMargins(0, 0, 0, 0)

    # -- the period -----------------------------------------------------------------------

    def _kind_changed(self) -> None:
        self.month.setVisible(self.period_kind() is PeriodKind.MONTH)
        self._changed()

    def _changed(self) -> None:
        first, last = self.period()
        self.period_label.setText(strings.period_line(first, last, self._today))
        self.period_changed.emit(first, last)

    def period_kind(self) -> PeriodKind:
        return PeriodKind(self.kind.currentData())

    def period(self) -> tuple[date, date]:
        return period_bounds(self.period_kind(), self.year.value(), int(self.month.currentData()))

    def choose_year(self, year: int) -> None:
        """The whole of `year` (for a yearly meeting)."""
        self.kind.setCurrentIndex(self.kind.findData(PeriodKind.YEAR.value))
        self.year.setValue(year)

    # -- what the controller hands over ---------------------------------------------------

    def show_figures(
        self, figures: HotlineFigures, ids: Mapping[str, int], unit_names: Mapping[str, str]
    ) -> None:
        """The period's figures; `ids`: credit code → enterprise id; `unit_names`: code →
        name. Figures for another period than the one chosen now are dropped."""
        if (figures.first, figures.last) != self.period():
            return
        self.figures, self._ids, self._unit_names = figures, dict(ids), dict(unit_names)
        for key, text in figure_values(figures.counts).items():
            self.value_labels[key].setText(text)
        overdue = len(figures.overdue)
        self.overdue_label.setText(
            self.tr(
                "期末超期未办结：%n 件（无论何时收到；导出或打印的报告逐件列出）。", None, overdue
            )
        )
        self.overdue_label.setStyleSheet(ERROR_STYLE if overdue else "")
        self._fill_group(self.groups["channel"], figures.by_channel, self._channel_name)
        self._fill_group(self.groups["topic"], figures.by_topic, self._topic_name)
        self._fill_group(self.groups["district"], figures.by_district, str)
        self._fill_group(self.groups["unit"], figures.by_unit, self._unit_name, self.tr("未交办"))
        self._fill_repeated()

    def _channel_name(self, code: str) -> str:
        return names.channel_name(Channel(code))

    def _topic_name(self, code: str) -> str:
        return names.topic_name(Topic(code))

    def _unit_name(self, code: str) -> str:
        return self._unit_names.get(code, code)

    def _fill_group(
        self,
        table: QTableWidget,
        groups: Sequence[Group],
        name: Callable[[str], str],
        nothing: str = "",
    ) -> None:
        """One row a key; `nothing` names the cases without one (no district, or not
        yet handed to a unit)."""
        nothing = nothing or self.tr("（无）")
        table.setRowCount(len(groups))
        for row, group in enumerate(groups):
            cells = [
                rate_text(v) if isinstance(v, Rate) else str(v) for v in group_figures(group.counts)
            ]
            table.setItem(row, 0, _cell(name(group.key) if group.key else nothing))
            for column, text in enumerate(cells, start=1):
                table.setItem(row, column, _cell(text, right=True))

    def _fill_repeated(self) -> None:
        table = self.repeated
        found = self.figures.repeated if self.figures is not None else ()
        table.setRowCount(len(found))
        for row, enterprise in enumerate(found):
            cells = (
                _cell(enterprise.name),
                _cell(enterprise.credit_code),
                _cell(str(enterprise.reports), right=True),
                _cell(str(enterprise.merged), right=True),
            )
            for column, item in enumerate(cells):
                item.setData(Qt.ItemDataRole.UserRole, self._ids.get(enterprise.credit_code))
                table.setItem(row, column, item)

    def _repeat_chosen(self, row: int, _column: int) -> None:
        item = self.repeated.item(row, 0)
        enterprise_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if enterprise_id is not None:
            self.enterprise_requested.emit(int(enterprise_id))

    def figure_texts(self) -> dict[str, str]:
        """What each figure shows now, by its Chinese name (for tests)."""
        return {
            FIGURE_DEFINITIONS[key][0]: label.text() for key, label in self.value_labels.items()
        }
