"""A table whose first columns stay in place while the rest scroll sideways, after Qt's
"Frozen Column" example: a second view over the same model and selection shows only the
frozen columns, laid over the left edge of the main one."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QTableView,
    QWidget,
)

HEADING_MARGIN = 8  # pixels about a heading's text in its section


class RestoringHeader(QHeaderView):
    """A header that says when a saved state was put back: Qt's restoreState signals
    nothing, and the frozen columns and the widths a language needs follow it."""

    restored = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)  # as QTableView's own header
        self.setHighlightSections(True)

    def restoreState(self, state: QByteArray | bytes | bytearray | memoryview) -> bool:
        restored = super().restoreState(state)
        self.restored.emit()
        return restored


class StretchedColumn(QObject):
    """Gives one column of `table` the width the other shown columns leave, never less
    than `minimum`: Qt's own Stretch mode squeezes it to nothing once the others fill the
    view (a long English heading), and lets nobody drag it. A width the user drags it to
    (or a saved one, `keep`) is its minimum from then on. Past the minimum the table
    scrolls sideways, unless the page has no more room to give (`squeeze`)."""

    def __init__(self, table: QTableView, column: int, minimum: int) -> None:
        super().__init__(table)
        self.table = table
        self.column = column
        self.minimum = minimum
        self._short = 0  # how far below its minimum it goes for now
        self._chosen = False  # the minimum is a width the user chose: never squeezed
        self._fitting = False
        table.viewport().installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self._resized)

    def keep(self, width: int) -> None:
        self.minimum, self._chosen = width, True
        self._short = 0
        self.fit()

    def squeeze(self, short: int) -> None:
        """Up to `short` pixels below the minimum, while the page cannot widen the
        table (a pane beside it at its own least width): a column elided a little more
        rather than a list that scrolls sideways for a few pixels. Never narrower than
        its heading, which Qt would cut at both ends; never a width the user chose."""
        short = 0 if self._chosen else min(max(0, short), self.minimum - self._heading_width())
        if short != self._short:
            self._short = short
            self.fit()

    def _resized(self, column: int, _old: int, new: int) -> None:
        if column != self.column:
            self.fit()
        elif not self._fitting:
            self.minimum, self._chosen, self._short = new, True, 0

    def _heading_width(self) -> int:
        header = self.table.horizontalHeader()
        bold = QFont(header.font())
        bold.setBold(True)  # as Qt draws the heading of a highlighted section
        text = str(header.model().headerData(self.column, Qt.Orientation.Horizontal))
        return QFontMetrics(bold).horizontalAdvance(text) + HEADING_MARGIN

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        header = self.table.horizontalHeader()
        # The last section takes the room left only when this column cannot: both
        # stretching, each fit moved the other, and the list could settle too wide.
        header.setStretchLastSection(header.isSectionHidden(self.column))
        if header.isSectionHidden(self.column):
            return
        others = header.length() - header.sectionSize(self.column)
        width = max(self.minimum - self._short, self.table.viewport().width() - others)
        if width != header.sectionSize(self.column):
            # Put back, not cleared: resizing can resize the viewport (a scroll bar comes
            # or goes), whose fit runs inside this one; cleared there, this resize would
            # then pass for the user's and become the column's least width.
            was, self._fitting = self._fitting, True
            try:
                header.resizeSection(self.column, width)
            finally:
                self._fitting = was


class FrozenTableView(QTableView):
    """`frozen` logical columns stay first and visible; the user may move, hide and
    resize the others. The overlay forwards clicks on its header to the main header, so
    sorting is one sort with one indicator."""

    def __init__(self, frozen: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frozen = frozen
        self._mirroring = False  # while one view's current row is copied to the other
        self.setHorizontalHeader(RestoringHeader(self))
        self.overlay = QTableView(self)
        self.overlay.setObjectName("frozen_columns")
        self.overlay.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.overlay.verticalHeader().hide()
        self.overlay.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.overlay.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.overlay.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.overlay.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.overlay.setFrameShape(QFrame.Shape.NoFrame)
        self.overlay.setStyleSheet("QTableView#frozen_columns { border-right: 1px solid #b0b0b0; }")
        self.overlay.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.overlay.customContextMenuRequested.connect(self._overlay_menu)
        self.overlay.horizontalHeader().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.overlay.horizontalHeader().customContextMenuRequested.connect(
            self._overlay_header_menu
        )
        self.overlay.horizontalHeader().sectionClicked.connect(self._overlay_header_clicked)
        self.overlay.horizontalHeader().setSortIndicatorShown(True)
        self.overlay.doubleClicked.connect(self.doubleClicked)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.horizontalHeader()
        header.sectionResized.connect(self._section_resized)
        header.sectionMoved.connect(lambda *_: self._keep_frozen_first())
        header.geometriesChanged.connect(self._show_frozen_only)
        self.restored_header().restored.connect(self._show_frozen_only)
        header.sortIndicatorChanged.connect(
            lambda column, order: self.overlay.horizontalHeader().setSortIndicator(column, order)
        )
        self.verticalHeader().sectionResized.connect(
            lambda row, _old, new: self.overlay.setRowHeight(row, new)
        )
        self.verticalScrollBar().valueChanged.connect(self.overlay.verticalScrollBar().setValue)
        self.overlay.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)

    def restored_header(self) -> RestoringHeader:
        header = self.horizontalHeader()
        assert isinstance(header, RestoringHeader)
        return header

    # -- keeping the two views as one -----------------------------------------------------

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self.overlay.setModel(model)
        # Each view keeps its own selection model, the current row mirrored both ways:
        # one model shared between the two (as Qt's example does) was deleted twice by
        # the bindings at exit, now and then crashing the process.
        self.selectionModel().currentRowChanged.connect(self._mirror_to_overlay)
        self.overlay.selectionModel().currentRowChanged.connect(self._mirror_to_main)
        if model is not None:
            model.columnsInserted.connect(lambda *_: self._show_frozen_only())
            model.modelReset.connect(self._show_frozen_only)
        self._show_frozen_only()

    def _mirror_to_overlay(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._mirroring:
            return
        self._mirroring = True
        try:
            if current.isValid():
                self.overlay.setCurrentIndex(current.siblingAtColumn(0))
            else:
                self.overlay.clearSelection()
                self.overlay.setCurrentIndex(QModelIndex())
        finally:
            self._mirroring = False

    def _mirror_to_main(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """A click on the frozen part chooses the row in the list itself."""
        if self._mirroring or not current.isValid():
            return
        self._mirroring = True
        try:
            self.setCurrentIndex(current)
        finally:
            self._mirroring = False

    def setItemDelegateForColumn(self, column: int, delegate: QAbstractItemDelegate) -> None:
        """The delegate for the list, and one of the same kind for the frozen part: a
        delegate shared by two views is owned twice by the bindings, and deleted twice."""
        super().setItemDelegateForColumn(column, delegate)
        if column < self.frozen:
            self.overlay.setItemDelegateForColumn(column, type(delegate)(self.overlay))

    def delegates_for_column(self, column: int) -> list[QAbstractItemDelegate]:
        """The list's delegate for `column`, and the frozen part's (which paints it while
        it is frozen): what is told to one is told to both."""
        views = (self, self.overlay) if column < self.frozen else (self,)
        return [d for view in views if (d := view.itemDelegateForColumn(column)) is not None]

    def setSelectionBehavior(self, behavior: QAbstractItemView.SelectionBehavior) -> None:
        super().setSelectionBehavior(behavior)
        self.overlay.setSelectionBehavior(behavior)

    def setSelectionMode(self, mode: QAbstractItemView.SelectionMode) -> None:
        super().setSelectionMode(mode)
        self.overlay.setSelectionMode(mode)

    def setEditTriggers(self, triggers: QAbstractItemView.EditTrigger) -> None:
        super().setEditTriggers(triggers)
        self.overlay.setEditTriggers(triggers)

    def setAlternatingRowColors(self, enable: bool) -> None:
        super().setAlternatingRowColors(enable)
        self.overlay.setAlternatingRowColors(enable)

    def setWordWrap(self, on: bool) -> None:
        super().setWordWrap(on)
        self.overlay.setWordWrap(on)

    def _show_frozen_only(self) -> None:
        model = self.model()
        columns = model.columnCount() if model is not None else 0
        for column in range(columns):
            self.overlay.setColumnHidden(column, column >= self.frozen)
            if column < self.frozen:
                self.setColumnHidden(column, False)  # never hidden by the chooser
                self.overlay.setColumnWidth(column, self.columnWidth(column))
        self.overlay.verticalHeader().setDefaultSectionSize(
            self.verticalHeader().defaultSectionSize()
        )
        self._keep_frozen_first()
        self._place_overlay()

    def _keep_frozen_first(self) -> None:
        """The frozen columns back in front, in their order, wherever a drag or a saved
        header put them."""
        header = self.horizontalHeader()
        for column in range(self.frozen):
            visual = header.visualIndex(column)
            if visual != column and visual >= 0:
                header.blockSignals(True)
                header.moveSection(visual, column)
                header.blockSignals(False)
                self.viewport().update()
        self._place_overlay()

    def _section_resized(self, column: int, _old: int, new: int) -> None:
        if column < self.frozen:
            self.overlay.setColumnWidth(column, new)
            self._place_overlay()

    def frozen_width(self) -> int:
        return sum(self.columnWidth(c) for c in range(self.frozen))

    def _place_overlay(self) -> None:
        frame = self.frameWidth()
        self.overlay.setGeometry(
            self.verticalHeader().width() + frame,
            frame,
            self.frozen_width(),
            self.viewport().height() + self.horizontalHeader().height(),
        )

    # -- geometry ---------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_overlay()

    def updateGeometries(self) -> None:
        super().updateGeometries()
        if hasattr(self, "overlay"):
            self._place_overlay()

    def scrollTo(
        self,
        index: QModelIndex | QPersistentModelIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        """A frozen cell is always in view: scroll only up and down for it."""
        if index.column() >= self.frozen:
            super().scrollTo(index, hint)
            return
        keep = self.horizontalScrollBar().value()
        super().scrollTo(index, hint)
        self.horizontalScrollBar().setValue(keep)

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Moving left onto a column under the overlay scrolls it out from beneath."""
        current = super().moveCursor(action, modifiers)
        if (
            action == QAbstractItemView.CursorAction.MoveLeft
            and current.column() >= self.frozen
            and self.visualRect(current).left() < self.frozen_width()
        ):
            shift = self.visualRect(current).left() - self.frozen_width()
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() + shift)
        return current

    # -- the overlay's menus and header -----------------------------------------------------

    def _overlay_menu(self, pos: QPoint) -> None:
        self.customContextMenuRequested.emit(
            self.viewport().mapFromGlobal(self.overlay.viewport().mapToGlobal(pos))
        )

    def _overlay_header_menu(self, pos: QPoint) -> None:
        header = self.horizontalHeader()
        header.customContextMenuRequested.emit(
            header.mapFromGlobal(self.overlay.horizontalHeader().mapToGlobal(pos))
        )

    def _overlay_header_clicked(self, column: int) -> None:
        header = self.horizontalHeader()
        if not self.isSortingEnabled():
            return
        same = header.sortIndicatorSection() == column
        ascending = Qt.SortOrder.AscendingOrder
        descending = Qt.SortOrder.DescendingOrder
        order = (
            (descending if header.sortIndicatorOrder() == ascending else ascending)
            if same
            else ascending
        )
        self.sortByColumn(column, order)
