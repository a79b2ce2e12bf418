"""Installs the Qt and application translators. Chinese is the source language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from approvals_gui.logs import log

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"
LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the translations for `language`; returns them to keep alive. Chinese, the
    source language, needs only Qt's own (qtbase); English needs only ours (Qt's own
    strings are English already)."""
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(language))
    installed = []
    if language == DEFAULT_LANGUAGE:  # Qt's own dialogs and buttons in Chinese (#13)
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", folder):  # shipped with PySide6; kept when packaged
            app.installTranslator(qt)
            installed.append(qt)
        else:
            log.warning("no qtbase_%s.qm in %s: Qt's dialogs stay in English", language, folder)
        extra = QTranslator(app)  # what Qt's own lacks ("&Look in:" in the file dialog)
        if extra.load(str(TRANSLATIONS / f"qtbase_extra_{language}.qm")):
            app.installTranslator(extra)
            installed.append(extra)
        else:
            log.warning("no qtbase_extra_%s.qm in %s", language, TRANSLATIONS)
    if language != DEFAULT_LANGUAGE:
        ours = QTranslator(app)
        if not ours.load(str(TRANSLATIONS / f"approvals_gui_{language}.qm")):
            raise FileNotFoundError(TRANSLATIONS / f"approvals_gui_{language}.qm")
        app.installTranslator(ours)
        installed.append(ours)
    return installed
