"""After a file is written (a notice, a report, an export): a box offering to open it or
its folder (#13), so the clerk need not look for what was just saved.

The box does not block: the window stays usable, and a later file's box replaces it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

BOX_NAME = "file_written"


def offer_to_open(parent: QWidget, path: Path, title: str, note: str = "") -> QMessageBox:
    """Say `path` is written, with 打开, 打开所在文件夹 and 关闭, and `note` (a warning
    about what it says) below; returns the box, shown."""
    for earlier in parent.findChildren(QMessageBox, BOX_NAME):
        earlier.close()
    box = QMessageBox(parent)
    box.setObjectName(BOX_NAME)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setIcon(QMessageBox.Icon.Warning if note else QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(QCoreApplication.translate("written", "已保存：%1").replace("%1", path.name))
    box.setInformativeText("\n\n".join(filter(None, (str(path.parent), note))))
    open_file = box.addButton(
        QCoreApplication.translate("written", "打开"), QMessageBox.ButtonRole.ActionRole
    )
    open_folder = box.addButton(
        QCoreApplication.translate("written", "打开所在文件夹"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QCoreApplication.translate("written", "关闭"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_file)
    open_file.clicked.connect(lambda: open_path(path))
    open_folder.clicked.connect(lambda: open_path(path.parent))
    box.show()
    return box


def open_path(path: Path) -> bool:
    """`path` (a file or a folder) in the desktop's program for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
