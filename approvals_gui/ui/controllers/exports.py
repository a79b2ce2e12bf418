"""Exports from the window: ask where, write off the UI thread, say where it went.

Exports write files and never the database, so they run on a worker of their own: a long
export does not hold up loading. The writers (xlsxwriter, Qt's PDF writer) are imported
when the first export is asked for, not when the window opens.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from approvals_gui.domain.board import Group, GroupBy
from approvals_gui.domain.service_days import MonthlyReport
from approvals_gui.services.applications import ApplicationView
from approvals_gui.services.figures import FiguresReport
from approvals_gui.services.hotline import CaseView
from approvals_gui.services.progress import Progress
from approvals_gui.ui import strings
from approvals_gui.ui.long_task import LongTask, run_long
from approvals_gui.ui.save_paths import ask_save_path
from approvals_gui.ui.workers import Worker
from approvals_gui.ui.written import offer_to_open

if TYPE_CHECKING:
    from approvals_gui.services.exports import Sheet


class ExportActions(QObject):
    """`written(path)` when a file is complete; `message(text)` for the status bar, when
    one is cancelled. `ask_path` is the one place a file name comes from, so tests can
    answer it."""

    written = Signal(str)
    message = Signal(str)

    def __init__(self, files: Worker, window: QWidget, bureau: str, settings: QSettings) -> None:
        super().__init__(window)
        self._files = files
        self._window = window
        self._settings = settings
        self.bureau = bureau
        self.task: LongTask | None = None
        self.written.connect(self._offer_to_open)

    def ask_path(self, title: str, suggested: str, filters: str) -> Path | None:
        return ask_save_path(self._window, self._settings, title, suggested, filters)

    def _table(
        self,
        make_sheet: Callable[[], Sheet],
        title: str,
        stem: str,
        today: date,
        *,
        printable: bool = True,
    ) -> None:
        """`make_sheet` written where the user says, as a workbook, CSV or (`printable`)
        the pages of a PDF under the bureau's name, its file named for `today`, the day
        its rows hold for. The board prints its own PDF, a table a group."""
        from approvals_gui.services import exports

        filters = self.tr("Excel 工作簿 (*.xlsx);;CSV 文件（逗号分隔）(*.csv)")
        if printable:
            filters = self.tr(
                "Excel 工作簿 (*.xlsx);;CSV 文件（逗号分隔）(*.csv);;PDF 文件（打印用）(*.pdf)"
            )
        chosen = self.ask_path(title, f"{stem}-{today.isoformat()}.xlsx", filters)
        if chosen is None:
            return
        # The sheet is made in the export's thread too: a list's finished rows are
        # unpacked there (services.settled).
        suffix = chosen.suffix.lower()
        if suffix == ".csv":
            self._run(
                title,
                chosen,
                lambda progress: exports.write_csv(make_sheet(), chosen, progress),
            )
        elif suffix == ".pdf":
            from approvals_gui.printing.reports import printed_title, write_table_pdf

            heading = printed_title(self.bureau, stem, today)
            # Qt draws text into a PDF on any thread: the list of thousands of rows is
            # laid out and drawn on the export's.
            self._run(
                title,
                chosen,
                lambda progress: write_table_pdf(make_sheet(), heading, chosen, progress),
            )
        else:  # the dialog gives one of its types' suffixes (save_paths.suffixed)
            self._run(
                title, chosen, lambda progress: exports.write_xlsx([make_sheet()], chosen, progress)
            )

    def export_applications(
        self,
        views: Sequence[ApplicationView],
        names: Mapping[str, str],
        units: Mapping[str, str],
        today: date,
        scope: str = "",
    ) -> None:
        """`views` as on `today`, which `scope` says (我的事项（张伟）；状态：超承诺…); `names`:
        category code → name; `units`: unit code → name."""
        from approvals_gui.services.exports import applications_sheet

        self._table(
            lambda: replace(applications_sheet(views, names, units, as_of=today), scope=scope),
            self.tr("导出申请列表"),
            "申请一览",
            today,
        )

    def export_cases(
        self, views: Sequence[CaseView], units: Mapping[str, str], today: date, scope: str = ""
    ) -> None:
        """12369 cases as listed on `today`, which `scope` says; the reporter masked, as
        the command line's export has it unless asked: a file leaves the desk more
        easily than a screen."""
        from approvals_gui.services.hotline_exports import cases_sheet

        self._table(
            lambda: replace(cases_sheet(views, units, as_of=today), scope=scope),
            self.tr("导出举报列表"),
            "举报一览",
            today,
        )

    def export_board(
        self,
        groups: Sequence[Group],
        by: GroupBy,
        names: Mapping[str, str],
        units: Mapping[str, str],
        today: date,
        kind: str,
    ) -> None:
        """The board's groups of cards as "xlsx" (or CSV: a column names each row's
        group), "pdf" or their pages in a print "preview" (each group under its
        caption), under the bureau's name and the day they hold for."""
        from approvals_gui.services.exports import board_groups, grouped_board_sheet

        title = self.tr("导出超期看板")
        stem = "超期与即将到期"
        if kind == "xlsx":
            sheet = partial(grouped_board_sheet, groups, by, names, units, as_of=today)
            self._table(sheet, title, stem, today, printable=False)
            return
        from approvals_gui.printing.reports import (
            Table,
            paint_tables,
            printed_title,
            write_tables_pdf,
        )

        tables = [
            Table(sheet, caption) for caption, sheet in board_groups(groups, by, names, units)
        ]
        heading = printed_title(self.bureau, stem, today)
        if kind == "preview":
            from approvals_gui.ui.printouts import preview

            preview(
                lambda device: paint_tables(tables, heading, device),
                self.tr("超期看板 — 打印预览"),
                self._window,
            )
            return
        path = self.ask_path(title, f"{stem}-{today.isoformat()}.pdf", self.tr("PDF 文件 (*.pdf)"))
        if path is None:
            return
        # A board is a page or a few: drawn here, as the figures are.
        self._write_here(title, lambda: write_tables_pdf(tables, heading, path))

    def export_figures(self, report: FiguresReport, names: Mapping[str, str], kind: str) -> None:
        """The figures as "xlsx" or "pdf", or their pages in a print "preview"."""
        from approvals_gui.services.exports import figures_sheets, figures_stem, write_xlsx

        title = self.tr("导出统计")
        stem = figures_stem(report, names)
        if kind == "preview":
            self._preview_figures(report, names)
            return
        if kind == "pdf":
            self._figures_pdf(report, names, title, stem)
            return
        path = self.ask_path(title, stem + ".xlsx", self.tr("Excel 工作簿 (*.xlsx)"))
        if path is not None:
            sheets = figures_sheets(report, names)
            self._run(title, path, lambda progress: write_xlsx(sheets, path, progress))

    def _figures_pdf(
        self, report: FiguresReport, names: Mapping[str, str], title: str, stem: str
    ) -> None:
        from approvals_gui.printing.reports import write_figures_pdf

        path = self.ask_path(title, stem + ".pdf", self.tr("PDF 文件 (*.pdf)"))
        if path is None:
            return
        bureau = self.bureau
        # Charts are drawn by Qt's GUI classes, so on this thread; it is quick.
        self._write_here(title, lambda: write_figures_pdf(report, bureau, names, path))

    def _preview_figures(self, report: FiguresReport, names: Mapping[str, str]) -> None:
        from approvals_gui.printing.reports import paint_figures
        from approvals_gui.ui.printouts import preview

        bureau = self.bureau
        preview(
            lambda device: paint_figures(report, bureau, names, device),
            self.tr("统计 — 打印预览"),
            self._window,
        )

    def export_service_report(self, report: MonthlyReport, kind: str) -> None:
        """The month's service-day report, as "pdf" or "xlsx" (it is small: written
        here), or its pages in a print "preview"."""
        from approvals_gui.printing.reports import write_service_report_pdf
        from approvals_gui.services.exports import service_report_sheets, write_xlsx

        title = self.tr("企业服务日月报")
        if kind == "preview":
            self._preview_service_report(report, title)
            return
        stem = f"企业服务日月报-{report.month.strftime('%Y-%m')}"
        pdf = kind == "pdf"
        filters = self.tr("PDF 文件 (*.pdf)") if pdf else self.tr("Excel 工作簿 (*.xlsx)")
        path = self.ask_path(title, stem + (".pdf" if pdf else ".xlsx"), filters)
        if path is None:
            return
        bureau = self.bureau
        self._write_here(
            title,
            lambda: (
                write_service_report_pdf(report, bureau, path)
                if pdf
                else write_xlsx(service_report_sheets(report), path)
            ),
        )

    def _preview_service_report(self, report: MonthlyReport, title: str) -> None:
        from approvals_gui.printing.reports import paint_service_report
        from approvals_gui.ui.printouts import preview

        bureau = self.bureau
        preview(lambda device: paint_service_report(report, bureau, device), title, self._window)

    def _write_here(self, title: str, write: Callable[[], Path]) -> None:
        """`write()` on this thread, for a small file; a refusal (a full disk, a file
        open elsewhere) in a box under `title`."""
        try:
            written = write()
        except OSError as exc:
            QMessageBox.warning(self._window, title, strings.error_text(exc))
            return
        self.written.emit(str(written))

    def _run(self, title: str, path: Path, work: Callable[[Progress], Path]) -> None:
        """`work` off the UI thread, with progress; a refusal in a box under `title`."""
        label = self.tr("正在写入 %1…").replace("%1", path.name)
        cancelled = self.tr("已取消导出，未写入 %1。").replace("%1", path.name)
        self.task = run_long(
            self._files,
            self._window,
            label,
            work,
            lambda written: self.written.emit(str(written)),
            on_cancelled=lambda: self.message.emit(cancelled),
            title=title,
            # The work reads a copy of what it writes: the window stays in use (a list
            # of 100,000 takes some ten seconds).
            modal=False,
            finishing=self.tr("正在保存 %1…").replace("%1", path.name),
        )

    def _offer_to_open(self, path: str) -> None:
        offer_to_open(self._window, Path(path), self.tr("导出完成"))

    def wait(self, msecs: int) -> bool:
        return self._files.wait(msecs)
