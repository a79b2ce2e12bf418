"""Why a form's 保存 is disabled, in one line: what is still empty, what needs
correcting (the register and report dialogs say it the same way)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication


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
