"""The overdue board's controller: cards from the worker, extension and export from the cards."""

from __future__ import annotations

from functools import partial

from approvals_gui.domain.board import Card
from approvals_gui.domain.stages import Action
from approvals_gui.services.board import board_cards
from approvals_gui.services.changes import ChangeSet, Reference
from approvals_gui.ui import strings
from approvals_gui.ui.controllers.exports import ExportActions
from approvals_gui.ui.controllers.page import PageController
from approvals_gui.ui.controllers.steps import StepActions
from approvals_gui.ui.operations import Operations
from approvals_gui.ui.pages.board_page import BoardPage


class BoardController(PageController):
    page: BoardPage

    def __init__(self, ops: Operations, steps: StepActions, exports: ExportActions) -> None:
        super().__init__(ops)
        self.page = BoardPage()
        self._exports = exports
        self.page.extend_requested.connect(lambda app_id: steps.step(app_id, Action.EXTEND))
        self.page.export_requested.connect(self._export)
        self._shown = False  # cards are on the page (their names may have come later)
        ops.reference_loaded.connect(self._names_came)

    def affected_by(self, changes: ChangeSet) -> bool:
        return changes.touches_applications or changes.service_days or changes.cases

    def refresh(self) -> None:
        self.page.set_loading(True)
        self.ops.read(
            partial(board_cards, self.ops.ws, today=self.ops.today()), self._show, self._failed
        )

    def _failed(self, error: Exception) -> None:
        self.page.set_loading(False, failed=strings.error_text(error))
        self.ops.show_error(error)  # a known refusal in a box too; a defect goes on

    def _names_came(self, _reference: Reference) -> None:
        if self._shown:
            self._show(self.page.cards())

    def _show(self, cards: list[Card]) -> None:
        self._shown = True
        reference = self.ops.reference
        if reference is not None:
            self.page.set_units(reference.units)
        self.page.set_cards(cards, reference.category_names() if reference else {})

    def _export(self, kind: str) -> None:
        reference = self.ops.reference
        names = reference.category_names() if reference else {}
        units = reference.unit_names() if reference else {}
        page = self.page
        groups, by = page.groups(), page.current_group_by()
        self._exports.export_board(groups, by, names, units, self.ops.today(), kind)
