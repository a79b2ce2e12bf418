"""Why a form's 保存 is disabled, in one line: what is still empty, what needs
correcting (the register and report dialogs say it the same way); and what the forms
whose save runs off the UI thread share."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from approvals_gui.ui.labels import ERROR_STYLE, confirm
from approvals_gui.ui.pane_parts import WholeLinesLabel


def blocking_text(empty: Sequence[str], wrong: Sequence[str]) -> str:
    """ "尚未填写：项目名称、建设单位；需更正：统一社会信用代码", or "" with neither;
    `empty` and `wrong` are the fields' names as shown."""
    separator = QCoreApplication.translate("form", "、", "between field names")
    parts = []
    if empty:
        text = QCoreApplication.translate("form", "尚未填写：%1")
        parts.append(text.replace("%1", separator.join(empty)))
    if wrong:
        text = QCoreApplication.translate("form", "需更正：%1")
        parts.append(text.replace("%1", separator.join(wrong)))
    return QCoreApplication.translate("form", "；", "between the reasons").join(parts)


class FieldErrors:
    """A form's fields, each with its problem in the error colour on a line of its own
    under it, shown only while it has one. Beside the field a long one (the credit
    code's, in English) was cut to the row's height, and the field moved down as its row
    grew, away from the clerk's next click. `labels` by field key."""

    def __init__(self, form: QFormLayout) -> None:
        self.form = form
        self.labels: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self._hidden: set[str] = set()  # rows the form hides (an anonymous reporter's)

    def add_row(self, key: str, label: str | QWidget, field: QWidget) -> None:
        self.form.addRow(label, field)
        error = WholeLinesLabel()  # a top-level form gives a label one line's height
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.setObjectName(f"error_{key}")
        self.form.addRow("", error)
        self.form.setRowVisible(error, False)
        self.labels[key] = error
        self._fields[key] = field

    def say(self, key: str, text: str) -> None:
        """`text` under the field `key`; "" for none."""
        error = self.labels[key]
        error.setText(text)
        self.form.setRowVisible(error, bool(text) and key not in self._hidden)

    def in_order(self, keys: Iterable[str]) -> list[str]:
        """`keys` in the order of their rows, those with no row after."""
        place = {key: i for i, key in enumerate(self.labels)}
        return sorted(keys, key=lambda key: place.get(key, len(place)))

    def set_row_visible(self, key: str, visible: bool) -> None:
        """The field `key` shown or left out, its problem with it."""
        (self._hidden.discard if visible else self._hidden.add)(key)
        self.form.setRowVisible(self._fields[key], visible)
        self.say(key, self.labels[key].text())


class HeldWhileSaving(QDialog):
    """A form whose save runs off the UI thread: while it runs the form cannot be sent
    twice or closed; a refusal shows in `failure` and the form can be sent again. A
    subclass makes `buttons` and `failure`."""

    buttons: QDialogButtonBox
    failure: QLabel  # the save's refusal

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._busy = False

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # a row shown, or a text rewrapped
            self._keep_whole()
        return handled

    def _keep_whole(self) -> None:
        """Tall enough for every row at the width it has. The least height Qt keeps
        for the window leaves out what wrapped rows take at that width: a problem on two
        lines under one field, and the English problem under 举报内容 was drawn over
        its box."""
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            need = layout.totalHeightForWidth(self.width())
            if need > self.height():
                self.resize(self.width(), need)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.buttons.setEnabled(not busy)

    def saving(self) -> bool:
        return self._busy

    def show_failure(self, text: str) -> None:
        self.set_busy(False)
        self.failure.setText(text)

    def reject(self) -> None:
        if not self._busy:
            super().reject()


class AskedBeforeDiscarding(QDialog):
    """A dialog given up by the user (取消, Esc, the window's ×) with something typed:
    only once they say so, as a clerk's typing was lost without a word. Closed by the
    program (`reject`, `close`), it just closes. A subclass says what counts as typed
    (`typed`) and has its 取消 call `cancel`."""

    def typed(self) -> bool:
        raise NotImplementedError

    def saving(self) -> bool:
        """Whether a save is under way: then it is not given up (`HeldWhileSaving`)."""
        return False

    def cancel(self) -> None:
        if self._gave_up():
            self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.cancel()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.spontaneous() and not self._gave_up():
            event.ignore()
        else:
            super().closeEvent(event)

    def _gave_up(self) -> bool:
        return not self.typed() or (
            not self.saving()
            and confirm(
                self,
                self.windowTitle(),
                QCoreApplication.translate("form", "已填写的内容尚未保存，确定放弃吗？"),
            )
        )


class SavingForm(HeldWhileSaving, AskedBeforeDiscarding):
    """A form that checks itself as it is filled in (registering an application, a
    12369 report), its 保存 disabled while anything blocks it. A subclass makes
    `buttons` (with 保存), `missing` and `failure`, and checks itself in `_validate`."""

    missing: QLabel  # while 保存 is disabled: what keeps it so
    _touched: set[str]  # the fields the user has filled in or changed

    def typed(self) -> bool:
        return bool(self._touched)

    def _validate(self, show_all: bool = False) -> bool:
        """Check the form and show its problems (all, or those of fields touched so
        far); whether it has none. Each form has its own."""
        raise NotImplementedError

    def _show_blocking(self, problems: Mapping[str, object], blocking: str) -> bool:
        """保存 enabled when nothing blocks and no save runs, with `blocking` beside it
        and as its tooltip; whether the form is free of problems."""
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not problems and not self._busy)
        self.missing.setText(blocking)
        save.setToolTip(blocking)
        return not problems

    def _start_saving(self) -> bool:
        """Whether to send the form now: checked in full, then held while it saves."""
        if self._busy or not self._validate(show_all=True):
            return False
        self.failure.clear()
        self.set_busy(True)
        return True

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        self._validate()
