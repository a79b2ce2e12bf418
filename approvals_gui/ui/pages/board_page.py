"""The overdue board: what is late or about to be, grouped the way a manager asks."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from approvals_gui.domain.board import (
    DELIVERY_STEP,
    HEARING_STEP,
    Card,
    CardKind,
    Group,
    GroupBy,
    Lane,
    cards_at_unit,
    group_cards,
)
from approvals_gui.domain.units import Unit
from approvals_gui.ui import strings
from approvals_gui.ui.delegates.card import CardDelegate
from approvals_gui.ui.models.board_model import BoardModel
from approvals_gui.ui.models.roles import Role


class _BoardView(QListView):
    """Cards flow left to right and wrap; headers span the width, so they re-lay out
    whenever the width changes."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()


_DEADLINE_STEPS = frozenset({DELIVERY_STEP, HEARING_STEP})


class BoardPage(QWidget):
    """Emits `open_requested(kind, id)` on double-click, `extend_requested(id)` for an
    application card, and `export_requested()`."""

    open_requested = Signal(str, int)
    extend_requested = Signal(int)
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cards: list[Card] = []
        self._category_names: Mapping[str, str] = {}
        self.group_by = QComboBox()
        for by, text in (
            (GroupBy.HANDLER, self.tr("按承办人")),
            (GroupBy.DISTRICT, self.tr("按区县")),
            (GroupBy.CATEGORY, self.tr("按类别")),
        ):
            self.group_by.addItem(text, by.value)
        self.unit = QComboBox()
        self.unit.setObjectName("board_unit_filter")
        self.unit.setToolTip(self.tr("只看该单位审批或目前在该单位的事项"))
        self.unit.addItem(self.tr("全部单位"), None)
        self.unit.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.unit.setMinimumContentsLength(6)
        self.summary = QLabel()
        # Wraps in a narrow window rather than widening the page with the unit filter.
        self.summary.setWordWrap(True)
        self.extend_button = QPushButton(self.tr("延期…"))
        self.extend_button.setToolTip(self.tr("为选中的申请批准延期（须说明理由）"))
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.model = BoardModel(self)
        self.view = _BoardView()
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setFlow(QListView.Flow.LeftToRight)
        self.view.setWrapping(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setSpacing(6)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.setModel(self.model)
        self.view.setItemDelegate(CardDelegate(self.view, self._header_text, self.card_lines))
        self.empty = QLabel(self.tr("没有超期或即将到期的事项。"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("分组")))
        bar.addWidget(self.group_by)
        bar.addWidget(QLabel(self.tr("单位")))
        bar.addWidget(self.unit)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.extend_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        self.group_by.currentIndexChanged.connect(self._regroup)
        self.unit.currentIndexChanged.connect(self._show_cards)
        self.view.doubleClicked.connect(self._open)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.extend_button.clicked.connect(self._extend_selected)
        self.export_button.clicked.connect(self.export_requested)
        self.set_cards([], {})

    def set_units(self, units: Sequence[Unit]) -> None:
        """Fill the unit filter, keeping what is chosen (a unit not loaded yet is kept
        by its code until the list arrives)."""
        current = self.unit.currentData()
        self.unit.blockSignals(True)
        while self.unit.count() > 1:
            self.unit.removeItem(1)
        for unit in units:
            self.unit.addItem(unit.name, unit.code)
        index = self.unit.findData(current) if current else 0
        if index < 0:
            self.unit.addItem(str(current), current)
            index = self.unit.count() - 1
        self.unit.setCurrentIndex(index)
        self.unit.blockSignals(False)

    def set_unit_filter(self, code: str | None) -> None:
        index = self.unit.findData(code) if code else 0
        if code and index < 0:
            self.unit.addItem(code, code)
            index = self.unit.count() - 1
        self.unit.setCurrentIndex(index)

    def unit_filter(self) -> str | None:
        value = self.unit.currentData()
        return str(value) if value else None

    def set_cards(self, cards: list[Card], category_names: Mapping[str, str]) -> None:
        self._cards = cards
        self._category_names = category_names
        self._show_cards()

    def shown_cards(self) -> list[Card]:
        """The cards the unit filter lets through, in no particular order."""
        return cards_at_unit(self._cards, self.unit_filter())

    def _show_cards(self) -> None:
        lanes = Counter(card.lane for card in self.shown_cards())
        self.summary.setText(
            self.tr("超法定期限 %1 件 · 超承诺期限 %2 件 · 即将到期 %3 件")
            .replace("%1", str(lanes[Lane.BREACH]))
            .replace("%2", str(lanes[Lane.RED]))
            .replace("%3", str(lanes[Lane.YELLOW]))
        )
        self._regroup()

    def cards(self) -> list[Card]:
        """Every card, in the order the board shows them."""
        return [card for group in self.groups() for card in group.cards]

    def current_group_by(self) -> GroupBy:
        return GroupBy(self.group_by.currentData())

    def groups(self) -> list[Group]:
        return group_cards(self.shown_cards(), self.current_group_by())

    def selected_card(self) -> Card | None:
        indexes = self.view.selectionModel().selectedIndexes()
        item = indexes[0].data(Role.ITEM) if indexes else None
        return item if isinstance(item, Card) else None

    def select(self, kind: CardKind, item_id: int) -> None:
        row = self.model.row_of(kind, item_id)
        if row is not None:
            self.view.setCurrentIndex(self.model.index(row))

    def _regroup(self) -> None:
        selected = self.selected_card()
        self.model.set_groups(self.groups())
        shown = bool(self.shown_cards())
        self.view.setVisible(shown)
        self.empty.setVisible(not shown)
        if selected is not None:
            self.select(selected.kind, selected.item_id)
        self._update_buttons()

    def group_name(self, key: str) -> str:
        if self.current_group_by() is GroupBy.CATEGORY:
            return self._category_name(key)
        return key or self.tr("（未填写）")

    def _category_name(self, code: str) -> str:
        if code == CardKind.FOLLOW_UP.value:
            return self.tr("服务日跟进事项")
        return strings.category_name(code, self._category_names.get(code, code))

    def _header_text(self, group: Group) -> str:
        return (
            self.tr("%1 — 超法定期限 %2 件 · 超承诺期限 %3 件 · 即将到期 %4 件")
            .replace("%1", self.group_name(group.key))
            .replace("%2", str(group.breach))
            .replace("%3", str(group.red))
            .replace("%4", str(group.yellow))
        )

    def card_lines(self, card: Card) -> tuple[str, str, str, str]:
        """Title, party, where it stands, and the countdown with the due date."""
        if card.kind is CardKind.FOLLOW_UP:
            step = self.tr("服务日 %1 · 跟进").replace("%1", card.number)
        else:
            step = f"{card.number} · {strings.step_name(card.step)}"
        countdown = strings.workdays_left_text(card.workdays_left)
        # A delivery or hearing card's step line already names the deadline it missed.
        deadline = card.step in _DEADLINE_STEPS
        if card.lane is Lane.BREACH:  # its countdown runs to the statutory date
            countdown = self.tr("超法定 %1 个工作日").replace("%1", str(-card.workdays_left))
        elif card.lane is Lane.RED and card.kind is CardKind.APPLICATION and not deadline:
            countdown = self.tr("超承诺 %1 个工作日").replace("%1", str(-card.workdays_left))
        due = self.tr("（%1 到期）").replace("%1", card.due.isoformat())
        return card.title, card.party, step, countdown + due

    def _open(self, index: QModelIndex) -> None:
        item = index.data(Role.ITEM)
        if isinstance(item, Card):
            self.open_requested.emit(item.kind.value, item.item_id)

    def _update_buttons(self) -> None:
        card = self.selected_card()
        self.extend_button.setEnabled(card is not None and card.kind is CardKind.APPLICATION)
        self.export_button.setEnabled(bool(self.shown_cards()))

    def _extend_selected(self) -> None:
        card = self.selected_card()
        if card is not None and card.kind is CardKind.APPLICATION:
            self.extend_requested.emit(card.item_id)

    def _context_menu(self, pos: QPoint) -> None:
        item = self.view.indexAt(pos).data(Role.ITEM)
        if not isinstance(item, Card):
            return
        menu = QMenu(self)
        menu.addAction(
            self.tr("打开"), lambda: self.open_requested.emit(item.kind.value, item.item_id)
        )
        if item.kind is CardKind.APPLICATION:
            menu.addAction(self.tr("延期…"), lambda: self.extend_requested.emit(item.item_id))
        menu.exec(self.view.viewport().mapToGlobal(pos))
