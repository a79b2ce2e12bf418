"""Issuing a written notice from the window: the expected days of a special procedure,
then Save as PDF, Print or Print preview. The notice is composed here, on the UI thread,
from the application as shown and the bureau's settings read by the worker.

Qt's PDF writer and print dialogs load with this module, when a notice is first asked for.
"""

from __future__ import annotations

from enum import Enum, auto
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from approvals_gui.domain.calendar import WorkCalendar
from approvals_gui.domain.notices import (
    NOTICE_TITLES,
    SPECIAL_DAYS_RANGE,
    NoticeKind,
    NoticeSettings,
)
from approvals_gui.logs import log
from approvals_gui.printing.notice_text import Notice, compose
from approvals_gui.printing.notices import paint_notice, write_notice_pdf
from approvals_gui.services.applications import ApplicationDetail
from approvals_gui.ui import strings
from approvals_gui.ui.printouts import preview, print_on_paper
from approvals_gui.ui.save_paths import ask_save_path
from approvals_gui.ui.written import offer_to_open


class Output(Enum):
    PDF = auto()
    PRINT = auto()
    PREVIEW = auto()


def issue(
    parent: QWidget,
    current: ApplicationDetail,
    kind: NoticeKind,
    settings: NoticeSettings,
    cal: WorkCalendar,
    desk: QSettings,
) -> None:
    """The notice of `kind` for `current` (its dates counted on `cal`), to the output the
    user picks (a PDF where this `desk` last saved a file)."""
    title = strings.notice_title(kind)
    if (refusal := current.why_no_notice(kind)) is not None:
        # Asked for from a menu built before the application changed.
        log.info("notice %s not issued: %s", kind, refusal.code)
        QMessageBox.warning(parent, title, strings.error_text(refusal))
        return
    days = None
    if kind is NoticeKind.SPECIAL_PROCEDURE:
        days = ask_expected_days(parent, settings.special_days)
        if days is None:
            return
    notice = compose(kind, current, settings, cal, expected_days=days)
    notes = [missing_phone_note()] if not settings.phone else []
    if notice.estimated_years:
        notes.append(strings.estimated_dates_note(notice.estimated_years))
    output = choose_output(parent, title, "\n\n".join(notes))
    if output is Output.PDF:
        # Named as the document is titled, in Chinese whatever the window's language.
        name = f"{current.view.record.number}-{NOTICE_TITLES[kind]}.pdf"
        written = save_pdf(parent, desk, notice, title, name)
        if written is not None:
            offer_to_open(parent, written, title)
    elif output is Output.PRINT:
        print_on_paper(lambda device: paint_notice(notice, device), parent)
    elif output is Output.PREVIEW:
        preview(lambda device: paint_notice(notice, device), title, parent)


def ask_expected_days(parent: QWidget, default: int) -> int | None:
    """The working days the expert review or hearing is expected to take."""
    days, accepted = QInputDialog.getInt(
        parent,
        strings.notice_title(NoticeKind.SPECIAL_PROCEDURE),
        QCoreApplication.translate("notices", "预计所需时间（工作日）："),
        default,
        SPECIAL_DAYS_RANGE.start,
        SPECIAL_DAYS_RANGE.stop - 1,
    )
    return days if accepted else None


def missing_phone_note() -> str:
    """Said before a notice goes out without a telephone number: the applicant holding
    it would have no number to call (设置 holds the bureau's, empty at first; a branch
    may have its own). A clerk cannot set either: an administrator is asked."""
    return QCoreApplication.translate(
        "notices",
        "注意：通知书上没有联系电话。请管理员在“设置”的“通知书”一栏中填写；区县分局也可在“单位与用户”中另设本单位的电话。",
    )


def choose_output(parent: QWidget, title: str, note: str = "") -> Output | None:
    """How the notice titled `title` goes out, asked with `note` under the question."""
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    if note:
        box.setIcon(QMessageBox.Icon.Warning)
        box.setInformativeText(note)
    # The document named in the text too: a box without its title bar (or one that
    # follows a step, as 延期告知书 follows 延期) otherwise asks about nothing said.
    box.setText(
        QCoreApplication.translate(
            "notices", "%1：保存为 PDF 文件、直接打印，还是先打印预览？"
        ).replace("%1", title)
    )
    buttons = {
        box.addButton(
            QCoreApplication.translate("notices", "保存为 PDF…"), QMessageBox.ButtonRole.AcceptRole
        ): Output.PDF,
        box.addButton(
            QCoreApplication.translate("notices", "打印…"), QMessageBox.ButtonRole.ActionRole
        ): Output.PRINT,
        box.addButton(
            QCoreApplication.translate("notices", "打印预览…"), QMessageBox.ButtonRole.ActionRole
        ): Output.PREVIEW,
    }
    box.addButton(QCoreApplication.translate("notices", "取消"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return next((output for button, output in buttons.items() if button is clicked), None)


def save_pdf(
    parent: QWidget, desk: QSettings, notice: Notice, title: str, suggested: str
) -> Path | None:
    filters = QCoreApplication.translate("notices", "PDF 文件 (*.pdf)")
    path = ask_save_path(parent, desk, title, suggested, filters)
    if path is None:
        return None
    try:
        return write_notice_pdf(notice, path)
    except OSError as exc:
        log.warning("notice not written: %s", exc)
        QMessageBox.warning(parent, title, strings.error_text(exc))
        return None
