"""Installs the Qt and application translators. Chinese is the source language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"
LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load qtbase's and our translations for `language`; returns them to keep alive."""
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(language))
    installed = []
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    if language != DEFAULT_LANGUAGE:
        ours = QTranslator(app)
        if not ours.load(str(TRANSLATIONS / f"approvals_gui_{language}.qm")):
            raise FileNotFoundError(TRANSLATIONS / f"approvals_gui_{language}.qm")
        app.installTranslator(ours)
        installed.append(ours)
    return installed
