"""Parts the detail panes (an application's, a 12369 case's) are built from: a hint
until something is chosen, forms on scrolling pages, selectable values, warnings,
emptying a layout to fill it again, and the keyboard put on the first step."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from approvals_gui.ui import strings
from approvals_gui.ui.labels import plain_label


class HintOrContent:
    """A detail pane's two states: a centred hint while nothing is chosen, and its
    content once something is. The hint, or the `stretching` widget, takes the height
    to spare."""

    def __init__(
        self, layout: QVBoxLayout, hint: str, content: Sequence[QWidget], stretching: QWidget
    ) -> None:
        self._default_hint = hint
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.hint, 1)
        self._content = list(content)
        for widget in self._content:
            layout.addWidget(widget, 1 if widget is stretching else 0)

    def show_content(self, shown: bool, hint: str | None = None) -> None:
        """The content, or the hint: `hint` if given, else the one the pane was made with."""
        self.hint.setText(hint or self._default_hint)
        self.hint.setVisible(not shown)
        for widget in self._content:
            widget.setVisible(shown)


def scroll_area(page: QWidget) -> QScrollArea:
    """`page` scrolling up and down, never sideways, without a frame of its own."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(page)
    return area


def scrolled_form(form: QFormLayout) -> QScrollArea:
    """A form on a page that scrolls up and down when the window is short, and wraps
    its values rather than scroll sideways."""
    page = QWidget()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    outer = QVBoxLayout(page)
    outer.addLayout(form)
    outer.addStretch(1)
    return scroll_area(page)


class WholeLinesLabel(QLabel):
    """A word-wrapped label whose least height is what its lines take at its width: a
    pane short of height (a 768-pixel screen) squeezed such a label to fewer lines than
    its text runs to, and cut the last one in half. Nor does it ask for more: QLabel's
    own hint is the height at a narrow width of its choosing (three lines for one), which
    a form gave the row, the line centred in empty space."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().sizeHint()
        if self.wordWrap() and self.width() > hint.width():
            hint.setHeight(self.heightForWidth(self.width()))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self._fitted_width = 0  # more lines or fewer at the same width
        self._fit()

    _fitted_width = 0  # the width its minimum height was last worked out for

    def _fit(self) -> None:
        width = self.width()
        need = self.heightForWidth(width)
        if width > self._fitted_width and need == self.minimumHeight() > 0:
            # QLabel's height for a width is never less than its minimum: once a narrow
            # moment (a page shown without the pane) made it tall, it stayed so, and the
            # window grew past the screen. Wider, it is asked again without it.
            self.setMinimumHeight(0)
            need = self.heightForWidth(width)
        self._fitted_width = width
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)


def selectable(text: str) -> QLabel:
    """A value the clerk can select and copy, wrapped to the pane's width, its lines
    kept whole."""
    label = WholeLinesLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def warning(text: str) -> QLabel:
    label = plain_label(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #8e0000;")
    return label


def unconfirmed_warning(years: Sequence[int]) -> QLabel:
    """Beside dates that hang on years whose holidays are only estimated (#13)."""
    text = QCoreApplication.translate("DetailPane", "%1 年节假日安排尚未公布，到期日按推算日历计算")
    return warning(text.replace("%1", strings.listing(years)))


def clear_layout(layout: QFormLayout | QGridLayout) -> None:
    """Empty a layout before it is filled again."""
    if isinstance(layout, QFormLayout):  # taking items leaves empty rows behind
        while layout.rowCount():
            layout.removeRow(0)  # deletes the row's widgets too
        return
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()  # gone at once; deleted when control returns to the event loop
            widget.deleteLater()


class StepFocus:
    """The keyboard on a pane's first step offered, as Enter in its list asks: at once
    for the item shown, else once it is shown, unless the keyboard has gone elsewhere
    meanwhile (the next row, the search box). The pane names its step buttons each
    time it makes them again (`made`), and the keyboard stays on them."""

    def __init__(self) -> None:
        self.buttons: list[QPushButton] = []  # as last made, those the keyboard may go to
        self._wanted: tuple[int, QWidget | None] | None = None  # the item, the focus then

    def want(self, item_id: int, shown_id: int | None) -> None:
        if shown_id != item_id:
            self._wanted = (item_id, QApplication.focusWidget())
            return
        self._wanted = None
        for button in self.buttons:
            if button.isEnabled():
                button.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def remaking(self, item_id: int) -> bool:
        """Whether the keyboard should go on the buttons `item_id`'s are replaced by:
        it is on them now, or Enter asked for them and it has not moved since. (A
        focused button deleted leaves the keyboard nowhere.)"""
        wanted, self._wanted = self._wanted, None
        return any(b.hasFocus() for b in self.buttons) or (
            wanted == (item_id, QApplication.focusWidget())
        )

    def made(self, item_id: int, buttons: list[QPushButton], focused: bool) -> None:
        self.buttons = buttons
        if focused:
            self.want(item_id, item_id)


def steps_first(pane: QWidget, steps: Sequence[QWidget], then: QWidget) -> None:
    """Tab from the list beside `pane` reaches its step buttons first, in the order
    shown, then `then` (its tabs): buttons made after the rest came last in the chain,
    after the tab bar and the tab's page."""
    for before, after in pairwise([pane, *steps, then]):
        QWidget.setTabOrder(before, after)
