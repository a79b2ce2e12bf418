"""The enterprise directory offered as one types an enterprise's name.

Each enterprise is offered with its credit code and district: several may share a name,
and one picked by the name alone was any of them, its code filled in beside it (a
registration then went to another enterprise, a repeat report went unseen).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit

from approvals_gui.domain.applications import EnterpriseEntry
from approvals_gui.ui.completer import SearchCompleter


def enterprise_choice(entry: EnterpriseEntry) -> str:
    """An enterprise as offered: 名称（信用代码，区县）; typing any of them finds it."""
    where = f"，{entry.district}" if entry.district else ""
    return f"{entry.name}（{entry.credit_code}{where}）"


def offer_enterprises(
    field: QLineEdit,
    enterprises: Sequence[EnterpriseEntry],
    picked: Callable[[EnterpriseEntry], None],
) -> None:
    """Offer `enterprises` in `field` by any part of their choice text, in any case or
    width; one chosen puts its name in the field, then goes to `picked`."""
    offered = {enterprise_choice(e): e for e in enterprises}
    completer = SearchCompleter(list(offered), field)

    def chosen(text: str) -> None:
        if (entry := offered.get(text)) is not None:
            field.setText(entry.name)
            picked(entry)
            # A field with focus puts the whole choice in after this (Qt connects its own
            # slot on focus-in, after this one): the name again once it has.
            QTimer.singleShot(0, field, partial(_name_again, field, text, entry.name))

    completer.activated.connect(chosen)
    field.setCompleter(completer)


def _name_again(field: QLineEdit, choice: str, name: str) -> None:
    if field.text() == choice:
        field.setText(name)


class DistrictFill:
    """A district field that an enterprise picked fills in: what the clerk typed stays;
    what another enterprise picked before put in gives way (it stayed, and decided who
    decides or handles, unseen)."""

    def __init__(self, field: QLineEdit) -> None:
        self.field = field
        self._filled = ""  # what the last enterprise put in

    def fill(self, district: str) -> None:
        typed = self.field.text()
        if not typed or typed == self._filled:
            self.field.setText(district)
            self._filled = district
