"""A completer that offers what contains the typed text in any case or width, as the
lists' searches find it: a credit code typed with the input method left in 全角
(９１３５…) offered nothing, though the search box beside found it."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QWidget

from approvals_gui.domain.text import searchable
from approvals_gui.ui.collation import in_pinyin_order
from approvals_gui.ui.models.roles import Role


class SearchCompleter(QCompleter):
    """Offers each of `words` (once, in pinyin order) that contains what is typed, compared as
    `text.searchable` makes both; the word itself is shown and put in the field."""

    def __init__(self, words: Iterable[str], parent: QWidget) -> None:
        model = QStandardItemModel(parent)
        for word in in_pinyin_order(words):
            item = QStandardItem(word)
            item.setData(searchable(word), Role.SEARCHED)
            model.appendRow(item)
        super().__init__(model, parent)
        self.setCompletionRole(Role.SEARCHED)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def splitPath(self, path: str) -> list[str]:
        return [searchable(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole))
