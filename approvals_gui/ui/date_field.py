"""A date field of a form: typed as an office writes dates, or picked from a calendar;
and the time of day beside one (`TimeField`).

QDateEdit edits a date section by section and quietly keeps what it can: a year typed
over the whole selected text was dropped (2025-06-15 became 2026-06-15), and a day its
month does not have was cut short (2026-02-30 became 2026-02-03). A wrong date on an
application's record, without a word. Here the text stays as typed, and a text that is
no date is the form's problem to say beside the field (`problem`), as any other.
"""

from __future__ import annotations

import datetime

from PySide6.QtCore import QDate, QEvent, QTime, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QTimeEdit,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from approvals_gui.domain.errors import DomainError
from approvals_gui.domain.imports import typed_day
from approvals_gui.domain.text import half_width


class DateField(QWidget):
    """`dateChanged` is emitted at every edit with the date now typed, or an invalid
    QDate while the text is no date; `date()` answers the same."""

    dateChanged = Signal(QDate)  # noqa: N815 (QDateEdit's name, which callers know)

    def __init__(self, day: datetime.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText("2026-12-01")
        self.edit.setMaxLength(20)
        self.picker = QToolButton()
        self.picker.setText("▾")
        self.picker.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.picker.setStyleSheet("QToolButton::menu-indicator { image: none; }")  # ▾ is one
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        menu = QMenu(self.picker)
        shown = QWidgetAction(menu)
        shown.setDefaultWidget(self.calendar)
        menu.addAction(shown)
        menu.aboutToShow.connect(self._show_typed)
        self.picker.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.picker)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(lambda _text: self.dateChanged.emit(self.date()))
        self.calendar.clicked.connect(self._picked)
        self.setDate(day)
        self._retranslate()

    def _retranslate(self) -> None:
        self.picker.setToolTip(self.tr("从日历中选择"))
        self.edit.setToolTip(self.tr("如 2026-12-01、2026/12/1、2026年12月1日 或 20261201"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def day(self) -> datetime.date:
        """The date typed; DomainError (INVALID_DATE) if the text is none."""
        return typed_day(self.edit.text())

    def problem(self) -> DomainError | None:
        """Why the text is no date, or None."""
        try:
            self.day()
        except DomainError as exc:
            return exc
        return None

    def date(self) -> QDate:
        """As QDateEdit's: the date typed, or an invalid QDate."""
        try:
            day = self.day()
        except DomainError:
            return QDate()
        return QDate(day.year, day.month, day.day)

    def setDate(self, day: datetime.date | QDate) -> None:  # noqa: N802 (QDateEdit's name)
        if isinstance(day, QDate):
            day = datetime.date(day.year(), day.month(), day.day())
        self.edit.setText(day.isoformat())

    def text(self) -> str:
        return self.edit.text()

    def _show_typed(self) -> None:
        if (typed := self.date()).isValid():
            self.calendar.setSelectedDate(typed)

    def _picked(self, day: QDate) -> None:
        self.setDate(day)
        if (menu := self.picker.menu()) is not None:
            menu.close()
        self.edit.setFocus()


class TimeField(QTimeEdit):
    """A time of day beside a date field, HH:mm. QTimeEdit drops the digits an input
    method left in 全角 types (１０１５) without a word, and kept the time it had: here
    they are read as the half-width digits they are."""

    def __init__(self, time: QTime, parent: QWidget | None = None) -> None:
        super().__init__(time, parent)
        self.setDisplayFormat("HH:mm")

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        return super().validate(half_width(text), pos)
