"""Preferences: the bureau's name on notices, the user's name, the language."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from approvals_gui.ui import settings as options


class SettingsDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("设置"))
        self.setMinimumWidth(440)
        self.bureau = QLineEdit(options.BUREAU_NAME.get(settings))
        self.user = QLineEdit(options.USER_NAME.get(settings))
        self.language = QComboBox()
        self.language.addItem("中文（简体）", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(
            max(0, self.language.findData(options.LANGUAGE.get(settings)))
        )
        form = QFormLayout()
        form.addRow(self.tr("单位名称（用于通知书）"), self.bureau)
        form.addRow(self.tr("我的姓名（承办人）"), self.user)
        form.addRow(self.tr("界面语言"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        """Store the choices; an emptied name keeps the previous one."""
        if bureau := self.bureau.text().strip():
            options.BUREAU_NAME.set(self._settings, bureau)
        if user := self.user.text().strip():
            options.USER_NAME.set(self._settings, user)
        options.LANGUAGE.set(self._settings, str(self.language.currentData()))
