"""Print and print preview of what the printing package draws. One painting function
serves all three outputs: a PDF file, a printer and the preview's pages."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from approvals_gui.printing.documents import Paint  # (a PDF writer, a printer, pages)
from approvals_gui.ui.dialogs.modal import run_modal, shown

PREVIEW_SHARE = 0.9  # of the screen's width and height


def print_on_paper(paint: Paint, parent: QWidget) -> None:
    """Ask for a printer, then print."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    with shown(QPrintDialog(printer, parent)) as accepted:
        if accepted:
            paint(printer)


def preview(paint: Paint, title: str, parent: QWidget) -> None:
    """The pages as they will print, with the preview's own print button."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    # Most of the screen, the page as wide as it: at Qt's own size and whole-page zoom
    # an A4 page showed at about a third of its size, too small to read.
    dialog.resize(parent.screen().availableGeometry().size() * PREVIEW_SHARE)
    fit_width = dialog.findChild(QAction, "fitWidthAction")  # its button checked with it
    if fit_width is not None:
        fit_width.trigger()
    dialog.paintRequested.connect(paint)
    run_modal(dialog)
