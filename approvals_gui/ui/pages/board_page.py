"""The overdue board: what is late or about to be, grouped the way a manager asks."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from approvals_gui.domain.board import (
    CASE_STEP,
    DELIVERY_STEP,
    BoardFilter,
    BoardSummary,
    Card,
    CardKind,
    Colour,
    Group,
    GroupBy,
    Lane,
    filter_cards,
    group_cards,
    summarize,
)
from approvals_gui.domain.guards import Extension
from approvals_gui.domain.hotline.cases import CaseStage
from approvals_gui.domain.hotline.clock import CaseDueKind
from approvals_gui.domain.hotline.labels import CASE_STAGE_NAMES
from approvals_gui.domain.units import Unit
from approvals_gui.ui import strings
from approvals_gui.ui.collation import in_pinyin_order
from approvals_gui.ui.delegates.card import CardDelegate
from approvals_gui.ui.hotline_strings import days_left_text, due_name
from approvals_gui.ui.models.board_model import BoardModel
from approvals_gui.ui.models.roles import Role
from approvals_gui.ui.pdf_button import EDGE_ROOM, pdf_button


class _BoardView(QListView):
    """Cards flow left to right and wrap; headers span the width, so they re-lay out
    whenever the width changes."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()


class BoardPage(QWidget):
    """Emits `open_requested(kind, id)` on double-click, `extend_requested(id)` for an
    application card, and `export_requested(kind)` with "xlsx", "pdf" or "preview" (print
    preview)."""

    open_requested = Signal(str, int)
    extend_requested = Signal(int)
    export_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cards: list[Card] = []
        self._category_names: Mapping[str, str] = {}
        self._unit_names: dict[str, str] = {}  # a case card names the unit it was handed to
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
        self.unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.handler = self._filter_combo("board_handler_filter", self.tr("全部承办人"))
        self.category = self._filter_combo("board_category_filter", self.tr("全部类别"))
        self.colour = self._filter_combo("board_colour_filter", self.tr("全部颜色"))
        self.colour.addItem(self.tr("红色（已超期）"), Colour.RED.value)
        self.colour.addItem(self.tr("黄色（即将到期）"), Colour.YELLOW.value)
        self.search = QLineEdit()
        self.search.setObjectName("board_search")
        self.search.setPlaceholderText(self.tr("搜索编号、项目、企业或信用代码"))
        self.search.setClearButtonEnabled(True)
        self._collapsed: set[tuple[GroupBy, str]] = set()  # kept while the window is open
        self.summary = QLabel()
        self.summary.setObjectName("board_summary")
        # A line of its own under the filters, wrapping in a narrow window rather than
        # widening the page: the counts of three kinds are long in English.
        self.summary.setWordWrap(True)
        self.extend_button = QPushButton(self.tr("延期…"))
        self._extend_hint = self.tr("为选中的申请批准延期（须说明理由）")
        self.extend_button.setToolTip(self._extend_hint)
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.pdf_button, self.preview_action = pdf_button(
            self.tr("导出 PDF…"), self.tr("打印预览…")
        )
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
        self.view.setItemDelegate(
            CardDelegate(self.view, self._header_line, self.card_lines, self.card_tip)
        )
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)  # a failure's reason is shown as is
        self.empty.setWordWrap(True)
        self._layout()
        self.group_by.currentIndexChanged.connect(self._regroup)
        for combo in (self.unit, self.handler, self.category, self.colour):
            combo.currentIndexChanged.connect(self._show_cards)
        self.search.textChanged.connect(self._show_cards)
        self.view.clicked.connect(self._toggle_group)
        self.view.doubleClicked.connect(self._open)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.extend_button.clicked.connect(self._extend_selected)
        self.export_button.clicked.connect(lambda: self.export_requested.emit("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export_requested.emit("pdf"))
        self.preview_action.triggered.connect(lambda: self.export_requested.emit("preview"))
        # Until the first cards come nothing is known: the page says it is loading, never
        # that nothing is late (a section head may glance at it during a start).
        self.loading = True
        self.failed = ""  # why the last read failed, in the user's words
        self._show_cards()

    def _filter_combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(everything, None)
        # Whole names ("All categories"): the search box beside them gives way instead.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _layout(self) -> None:
        # Two lines of tools and the counts, so the page stays as narrow as the window's
        # centre.
        bar, filters = QHBoxLayout(), QHBoxLayout()
        for line, label, widget in (
            (bar, self.tr("分组"), self.group_by),
            (bar, self.tr("单位"), self.unit),
            (filters, self.tr("承办人"), self.handler),
            (filters, self.tr("类别"), self.category),
            (filters, self.tr("颜色"), self.colour),
        ):
            line.addWidget(QLabel(label))
            line.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.extend_button)
        bar.addWidget(self.export_button)
        bar.addWidget(self.pdf_button)
        bar.addSpacing(EDGE_ROOM)
        filters.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)

    def set_units(self, units: Sequence[Unit]) -> None:
        """Fill the unit filter, keeping what is chosen (a unit not loaded yet is kept
        by its code until the list arrives)."""
        self._unit_names = {u.code: u.name for u in units}
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

    def set_loading(self, loading: bool, failed: str = "") -> None:
        """A read is on its way, or it `failed` (why, in the user's words); the cards
        shown, if any, stay until the next ones come."""
        self.loading, self.failed = loading, failed
        self._show_texts()

    def set_cards(self, cards: list[Card], category_names: Mapping[str, str]) -> None:
        self.loading, self.failed = False, ""
        self._cards = cards
        self._category_names = category_names
        handlers = in_pinyin_order(c.handler for c in cards)
        self._refill(self.handler, handlers, self._handler_name)
        self._refill(self.category, sorted({c.category for c in cards}), self._category_name)
        self._show_cards()

    def _refill(self, combo: QComboBox, values: list[str], name: Callable[[str], str]) -> None:
        """Offer the values the cards have, keeping the chosen one even when no card has
        it any more (so a filter does not jump back to 全部 after a change)."""
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        if current is not None and current not in values:
            values = [*values, str(current)]
        for value in values:
            combo.addItem(name(value), value)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
        combo.blockSignals(False)

    def board_filter(self) -> BoardFilter:
        colour = self.colour.currentData()
        return BoardFilter(
            self.unit_filter(),
            self.handler.currentData(),
            self.category.currentData(),
            Colour(colour) if colour else None,
            self.search.text(),
        )

    def shown_cards(self) -> list[Card]:
        """The cards the filters and the search let through, in no particular order."""
        return filter_cards(self._cards, self.board_filter())

    def _show_cards(self) -> None:
        self._show_texts()
        self._regroup()

    def _show_texts(self) -> None:
        self.summary.setText(self.summary_text(self.shown_cards()))
        self.empty.setText(self._empty_text())

    def _empty_text(self) -> str:
        """Why no card is shown: not read yet, the read failed, the filters, or truly none."""
        if self.failed and not self._cards:
            return self.tr("未能载入超期事项：%1（按 F5 重新载入）").replace("%1", self.failed)
        if self.loading and not self._cards:
            return self.tr("正在载入超期和即将到期的事项…")
        if self.board_filter() != BoardFilter() and self._cards:
            return self.tr("没有符合条件的事项。")
        return self.tr("没有超期或即将到期的事项。")

    def summary_text(self, cards: list[Card]) -> str:
        """Applications in the status bar's buckets, so the two agree; hearings and
        service-day follow-ups apart (#13); those the filters let through, said so.
        Nothing before the first cards: noughts would pass for a count."""
        if not self._cards and (self.loading or self.failed):
            return ""
        text = self._counts_text(summarize(cards), always_applications=True)
        if self.board_filter() != BoardFilter():  # "即将到期 0 件" under the red filter
            return self.tr("已筛选　%1").replace("%1", text)
        return text

    def _counts_text(self, found: BoardSummary, *, always_applications: bool) -> str:
        """Each kind of card counted apart: applications (with the hearings beside them),
        follow-ups, 12369 cases. The applications' counts show even when nought if
        `always_applications` (the board's summary); a group says only what it holds."""
        apps, hearings = found.applications, found.hearings.total()
        parts = []
        if always_applications or apps.total() or hearings:
            text = (
                self.tr("超法定期限 %1 件 · 超承诺或送达超期 %2 件 · 即将到期 %3 件")
                .replace("%1", str(apps[Lane.BREACH]))
                .replace("%2", str(apps[Lane.RED]))
                .replace("%3", str(apps[Lane.YELLOW]))
            )
            if hearings:  # late ones apart: the count beside 超期看板 holds them
                text += (
                    self.tr("（另有听证期限：超期 %1 件 · 即将到期 %2 件）")
                    .replace("%1", str(found.hearings[Lane.RED]))
                    .replace("%2", str(found.hearings[Lane.YELLOW]))
                )
            parts.append(text)
        others = []
        if found.follow_ups:
            others.append(
                self.tr("跟进事项：超期 %1 件 · 即将到期 %2 件")
                .replace("%1", str(found.follow_ups[Lane.RED]))
                .replace("%2", str(found.follow_ups[Lane.YELLOW]))
            )
        if found.cases:
            others.append(
                self.tr("热线案件：超期 %1 件 · 即将到期 %2 件")
                .replace("%1", str(found.cases[Lane.RED]))
                .replace("%2", str(found.cases[Lane.YELLOW]))
            )
        separator = self.tr("；", "between the board's counts")
        if not parts or not others:
            return separator.join(parts + others)
        return self.tr("申请：%1；%2").replace("%1", parts[0]).replace("%2", separator.join(others))

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
        by = self.current_group_by()
        self.model.set_groups(self.groups(), {key for on, key in self._collapsed if on is by})
        shown = bool(self.shown_cards())
        self.view.setVisible(shown)
        self.empty.setVisible(not shown)
        if selected is not None:
            self.select(selected.kind, selected.item_id)
        self._update_buttons()

    def is_collapsed(self, key: str) -> bool:
        return (self.current_group_by(), key) in self._collapsed

    def set_collapsed(self, key: str, collapsed: bool) -> None:
        """Fold a group to its header, or open it; remembered per grouping while the
        window is open."""
        entry = (self.current_group_by(), key)
        if collapsed:
            self._collapsed.add(entry)
        else:
            self._collapsed.discard(entry)
        self._regroup()

    def _toggle_group(self, index: QModelIndex) -> None:
        item = index.data(Role.ITEM)
        if isinstance(item, Group):
            self.set_collapsed(item.key, not self.is_collapsed(item.key))

    def _header_line(self, group: Group) -> str:
        arrow = "▸" if self.is_collapsed(group.key) else "▾"
        return f"{arrow} {self._header_text(group)}"

    def _handler_name(self, handler: str) -> str:
        return handler or self.tr("（未填写）")

    def group_name(self, key: str) -> str:
        if self.current_group_by() is GroupBy.CATEGORY or key == CardKind.CASE.value:
            return self._category_name(key)
        return key or self.tr("（未填写）")

    def _category_name(self, code: str) -> str:
        if code == CardKind.FOLLOW_UP.value:
            return self.tr("服务日跟进事项")
        if code == CardKind.CASE.value:
            return self.tr("12369 热线案件")
        return strings.category_name(code, self._category_names.get(code, code))

    def _header_text(self, group: Group) -> str:
        if group.key == CardKind.CASE.value:  # a case has one limit, no promise
            return (
                self.tr("%1 — 超期 %2 件 · 即将到期 %3 件")
                .replace("%1", self.group_name(group.key))
                .replace("%2", str(group.red))
                .replace("%3", str(group.yellow))
            )
        # As the summary counts them: a follow-up or a hearing is no late application.
        counts = self._counts_text(summarize(group.cards), always_applications=False)
        return self.tr("%1 — %2").replace("%1", self.group_name(group.key)).replace("%2", counts)

    def card_lines(self, card: Card) -> tuple[str, str, str, str]:
        """Title, party, where it stands (and with whom, unless the group says), and the
        countdown with the due date."""
        if card.kind is CardKind.CASE:
            return self._case_lines(card)
        if card.kind is CardKind.FOLLOW_UP:
            step = self.tr("服务日 %1 · 跟进").replace("%1", card.number)
        else:
            step = f"{card.number} · {strings.step_name(card.step)}"
        if self.current_group_by() is not GroupBy.HANDLER:  # the header names no one
            step += f" · {self._handler_name(card.handler)}"
        countdown = strings.workdays_left_text(card.workdays_left)
        # A hearing card's step line already names the deadline it missed.
        if card.step == DELIVERY_STEP:  # as the list says it
            countdown = strings.delivery_left_text(card.workdays_left)
        elif card.lane is Lane.BREACH:  # its countdown runs to the statutory date
            countdown = self.tr("超法定 %n 个工作日", None, -card.workdays_left)
        elif card.lane is Lane.RED and card.against_promise:
            countdown = self.tr("超承诺 %n 个工作日", None, -card.workdays_left)
        if card.estimated_years:  # the date may move: said on the card, why in its tooltip
            due = self.tr("（%1 到期，推算）")
        else:
            due = self.tr("（%1 到期）")
        return card.title, card.party, step, countdown + due.replace("%1", card.due.isoformat())

    def card_tip(self, card: Card) -> str:
        """The card's lines whole (a card elides a long title); past the promise, how
        long the law still allows; and which of its dates hang on unpublished holidays."""
        lines = list(self.card_lines(card))
        if card.statutory_due is not None and card.statutory_left is not None:
            if card.statutory_left:
                law = self.tr("法定期限 %1，尚余 %n 个工作日", None, card.statutory_left)
            else:
                law = self.tr("法定期限 %1，今日届满")
            due = card.statutory_due.isoformat()
            if card.statutory_estimated_years:
                due = self.tr("%1（推算）", "a date counted on estimated holidays").replace(
                    "%1", due
                )
            lines.append(law.replace("%1", due))
        if years := sorted({*card.estimated_years, *card.statutory_estimated_years}):
            if card.kind is CardKind.CASE:  # calendar days: only its date can move
                why = self.tr("%1 年节假日安排尚未公布，到期日按推算日历计算")
            else:
                why = self.tr("%1 年节假日安排尚未公布，到期日和剩余日数按推算日历计算")
            lines.append(why.replace("%1", strings.listing(years)))
        return "\n".join(filter(None, lines))

    def _case_lines(self, card: Card) -> tuple[str, str, str, str]:
        """A 12369 case: its calendar days, and the unit it was handed to."""
        stage = CaseStage(card.step.removeprefix(CASE_STEP))
        step = (
            self.tr("%1 · %2 · %3")
            .replace("%1", card.number)
            .replace("%2", QCoreApplication.translate("hotline", CASE_STAGE_NAMES[stage]))
            .replace("%3", self._unit_names.get(card.holder, card.holder))
        )
        left = card.workdays_left
        countdown = days_left_text(left)  # as the hotline's list says it: 今日到期 too
        if card.estimated_years:
            due = self.tr("（%1：%2，推算）", "a case's date, counted on estimated holidays")
        else:
            due = self.tr("（%1：%2）", "a case's date: its name, then the day")
        due = due.replace("%1", due_name(CaseDueKind(card.due_kind))).replace(
            "%2", card.due.isoformat()
        )
        return card.title, card.party, step, countdown + due

    def _open(self, index: QModelIndex) -> None:
        item = index.data(Role.ITEM)
        if isinstance(item, Card):
            self.open_requested.emit(item.kind.value, item.item_id)

    def _update_buttons(self) -> None:
        card = self.selected_card()
        self.extend_button.setEnabled(card is not None and card.extendable)
        why_not = card.extension if card is not None else None
        if card is not None and card.kind is not CardKind.APPLICATION:
            # Its tooltip spoke of an application: said where such a card is extended.
            hint = self.tr(
                "这里的延期只用于审批申请：12369 案件在“12369 热线”页延期，"
                "服务日跟进的期限在“企业服务日”页编辑。"
            )
        elif why_not is not None and why_not is not Extension.OFFERED:
            hint = self._no_extension_text(why_not)
        else:
            hint = self._extend_hint
        self.extend_button.setToolTip(hint)
        self.export_button.setEnabled(bool(self.shown_cards()))
        self.pdf_button.setEnabled(self.export_button.isEnabled())

    def _no_extension_text(self, why_not: Extension) -> str:
        texts = {
            Extension.NOT_IN_LAW: self.tr("此申请不能延期：该类别的法律规定不得延期。"),
            Extension.GRANTED: self.tr("此申请不能延期：已延期过一次。"),
            Extension.NOT_ACCEPTED: self.tr(
                "此申请还不能延期：尚未办理受理（逾期未受理的视为已受理），请先受理。"
            ),
            Extension.DECIDED: self.tr("此申请不能延期：已作出审批决定。"),
            Extension.PAST_DUE: self.tr("此申请不能延期：法定期限已过，延期须在期限届满前批准。"),
        }
        return texts[why_not]

    def _extend_selected(self) -> None:
        card = self.selected_card()
        if card is not None and card.extendable:
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
            extend = menu.addAction(
                self.tr("延期…"), lambda: self.extend_requested.emit(item.item_id)
            )
            extend.setEnabled(item.extendable)
        menu.exec(self.view.viewport().mapToGlobal(pos))
