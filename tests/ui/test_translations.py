"""Every visible string has an English translation, and the .qm matches the .ts."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

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


def _messages(ts: Path) -> dict[tuple[str, str, str], tuple[object, ...]]:
    """Each message of `ts` by context, source and comment: plural or not, and its
    translation's state, text, plural forms and length variants."""

    def words(element: ET.Element) -> tuple[str, ...]:
        variants = element.findall("lengthvariant")
        return tuple(v.text or "" for v in variants) or ((element.text or "").strip(),)

    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for m in context.iter("message"):
            key = (
                context.findtext("name") or "",
                m.findtext("source") or "",
                m.findtext("comment") or "",
            )
            translation = m.find("translation")
            assert translation is not None
            forms = tuple(words(form) for form in translation.iter("numerusform"))
            found[key] = (m.get("numerus"), translation.get("type"), forms or words(translation))
    return found


def test_refreshing_the_ts_file_from_the_code_changes_no_message(tmp_path: Path) -> None:
    """update.sh's lupdate and keep_plurals.py, run on a copy, find every string of the
    code and keep every translation: none new (it would show untranslated), none gone
    (a message lupdate cannot see would lose its English; a stale one is dead weight),
    no plural forms lost. lupdate alone skipped six live messages and dropped the
    plural forms of 27."""
    copy = tmp_path / "check.ts"
    shutil.copy(TS, copy)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "approvals_gui").rglob("*.py"))
    subprocess.run(
        [str(lupdate), *sources, "-no-obsolete", "-locations", "none", "-ts", str(copy)],
        capture_output=True,
        check=True,
    )
    keep = TRANSLATIONS / "keep_plurals.py"
    subprocess.run([sys.executable, str(keep), str(TS), str(copy)], capture_output=True, check=True)
    before, after = _messages(TS), _messages(copy)
    assert sorted(after.keys() - before.keys()) == [], "new: not yet in the .ts"
    assert sorted(before.keys() - after.keys()) == [], "gone: not in the code as lupdate reads it"
    assert [key for key in before if before[key] != after[key]] == []


def test_the_compiled_file_translates() -> None:
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "approvals_gui_en.qm"))
    assert translator.translate("strings", "收件") == "Received"
    # With a shorter wording for the list's chips (a length variant).
    left = translator.translate("strings", "剩 %n 个工作日", None, 2)
    assert left.split("\x9c") == ["%n working days left", "%n days left"]
    # One line for every form's problems (first run, enterprises, visits).
    assert translator.translate("strings", "%1：%2", "a field and what is wrong with it") == (
        "%1: %2"
    )


# Nouns that, after a count, need the translation's plural forms ("1 days" otherwise).
COUNTED_NOUNS = (
    "days",  # "working days" too: the pattern allows one word before the noun
    "items",
    "applications",
    "rows",
    "columns",
    "problems",
    "enterprises",
    "visits",
    "holidays",
    "deadlines",
    "cases",
    "reports",
    "characters",
    "years",
)
# A placeholder, perhaps one adjective ("working", "open", "weekend"), then such a noun.
COUNT_THEN_NOUN = re.compile(r"%[1-9]\s+(?:[A-Za-z-]+\s+)?(?:" + "|".join(COUNTED_NOUNS) + r")\b")
# (context, source) whose count is never a bare 1, so the plural always reads right.
NEVER_ONE = {
    # MAX_PROBLEMS_LISTED (200): the suffix shows only when more problems were found.
    ("ScheduleImportDialog", "（列出前 %1 行）"),
    # MAX_ROWS and MAX_COLUMNS, and a field's length limit (%2 exceeds it).
    ("strings", "文件超过 %1 行（含空行），请拆分为几个文件分别导入。"),
    ("strings", "列数超过 %1 列，请删去多余的列后再导入。"),
    ("strings", "内容过长：最多 %1 个字，现有 %2 个字，请删减。"),
    # A month's days: 28 to 31.
    ("strings", "“%1”不是有效日期：%2年%3月只有 %4 天，请核对日期。"),
    # MIN_PASSWORD (8).
    ("strings", "密码至少 %1 位。"),
    ("PasswordDialog", "至少 %1 位"),
    ("UserDialog", "至少 %1 位"),
    # Averages shown with one decimal: "1.0 working days" takes the plural in English (CLDR:
    # the singular is for 1 without visible fraction digits).
    ("FiguresPage", "%1 个工作日"),
    ("HotlineFiguresDialog", "%1 天"),
}


def test_one_name_for_a_working_day() -> None:
    """工作日 is "working day" throughout, as in the law's English; the list's chips
    once said "workday" where the detail pane said "working day"."""
    english = [
        text or ""
        for m in ET.parse(TS).getroot().iter("message")
        for text in (m.findtext("translation"), *(n.text for n in m.iter("numerusform")))
    ]
    assert [t for t in english if re.search(r"\bwork-?days?\b", t, re.IGNORECASE)] == []


def test_a_count_before_a_plural_noun_has_plural_forms() -> None:
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name")
        for m in context.iter("message"):
            source, english = m.findtext("source"), m.findtext("translation") or ""
            if m.get("numerus") == "yes" or (name, source) in NEVER_ONE:
                continue
            if COUNT_THEN_NOUN.search(english):
                found.append(f"{name}: {english}")
    assert found == [], "\n".join(found)


def test_qts_own_dialogs_are_wholly_chinese(qapp: QApplication) -> None:
    """Qt 6's Chinese file lacks "&Look in:" and "Files of &type:": a save dialog where
    no desktop gives its own (the widget one) showed them in English among Chinese."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QFileDialog, QLabel

    from approvals_gui.i18n import DEFAULT_LANGUAGE, install_translators

    before = QLocale()
    installed = install_translators(qapp, DEFAULT_LANGUAGE)
    try:
        files = QFileDialog(None, "", "", "PDF (*.pdf)")
        files.setOption(QFileDialog.Option.DontUseNativeDialog)
        printer = QPrinter()
        printing = QPrintDialog(printer)
        labels = [w.text() for d in (files, printing) for w in d.findChildren(QLabel)]
        assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels
        assert not [t for t in labels if re.search("[A-Za-z]{3}", t) and "/" not in t]
        files.deleteLater()
        printing.deleteLater()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)  # as other tests expect it
