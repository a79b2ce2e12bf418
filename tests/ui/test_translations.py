"""Every visible string has an English translation, and the .qm matches the .ts."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator

from approvals_gui.i18n import TRANSLATIONS

TS = TRANSLATIONS / "approvals_gui_en.ts"
ROOT = Path(__file__).resolve().parents[2]


def test_every_message_is_translated() -> None:
    unfinished = [
        m.findtext("source")
        for m in ET.parse(TS).getroot().iter("message")
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
    ]
    assert unfinished == []


def test_the_ts_file_knows_every_string_in_the_code(tmp_path: Path) -> None:
    copy = tmp_path / "check.ts"
    shutil.copy(TS, copy)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "approvals_gui").rglob("*.py"))
    out = subprocess.run(
        [str(lupdate), *sources, "-no-obsolete", "-locations", "none", "-ts", str(copy)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "(0 new and" in out, out


def test_the_compiled_file_translates() -> None:
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "approvals_gui_en.qm"))
    assert translator.translate("strings", "收件") == "Received"
    assert translator.translate("strings", "剩 %n 个工作日", None, 2) == "%n workdays left"
