"""The enterprise directory's controller: the list, one enterprise's page, saving edits."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal

from approvals_gui.domain.enterprises import EnterpriseForm, checked_enterprise
from approvals_gui.services import changes
from approvals_gui.services.changes import ChangeSet
from approvals_gui.services.directory import directory, enterprise_page
from approvals_gui.ui import strings
from approvals_gui.ui.controllers.page import PageController
from approvals_gui.ui.operations import Operations
from approvals_gui.ui.pages.enterprises_page import EnterprisesPage


class DirectoryController(PageController):
    """`message(text)` for the status bar once an enterprise is saved."""

    page: EnterprisesPage

    message = Signal(str)

    def __init__(self, ops: Operations) -> None:
        super().__init__(ops)
        self.page = EnterprisesPage()
        self.page.enterprise_selected.connect(self.show_enterprise)
        self.page.save_requested.connect(self.save)

    def affected_by(self, changes: ChangeSet) -> bool:
        return (
            changes.directory
            or changes.touches_applications
            or changes.service_days
            or changes.cases
        )

    def refresh(self) -> None:
        self.ops.read(partial(directory, self.ops.ws), self._show_directory)

    def _show_directory(self, rows: list[tuple[int, EnterpriseForm]]) -> None:
        shown = self.page.selected_id()
        if shown is None:  # one just added is in the list now: picked
            shown = self.page.editing()
        self.page.set_directory(rows)
        if shown is not None:
            self.page.select(shown)
            self.show_enterprise(shown)

    def show_enterprise(self, enterprise_id: int) -> None:
        ws, day = self.ops.ws, self.ops.today()
        self.ops.read(partial(enterprise_page, ws, enterprise_id, today=day), self.page.show_page)

    def save(self, enterprise_id: int | None, form: EnterpriseForm) -> None:
        """Refusals (a bad code, a code another enterprise has) show beside the form."""

        def saved(result: ChangeSet) -> None:
            # As stored (the code in capitals, no spaces around): what the next save of
            # it starts from, the one just added included.
            assert result.subject is not None
            self.page.take(result.subject, checked_enterprise(form))
            self.message.emit(self.tr("企业信息已保存。"))

        self.ops.write(
            partial(changes.save_enterprise, self.ops.ws, form, enterprise_id, self.page.loaded()),
            saved,
            lambda error: self.page.show_problem(strings.error_text(error)),
        )
