"""Written notices from the detail pane, print previews of notices and reports, and the
bureau's notice settings in the settings dialog."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from approvals_gui.domain.notices import NoticeKind, NoticeSettings
from approvals_gui.domain.units import Authority, Level, Unit, UnitKind
from approvals_gui.services.applications import register
from approvals_gui.services.notices import notice_settings, save_notice_settings
from approvals_gui.services.units import save_authorities, save_units
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui.dialogs.settings_dialog import SettingsDialog
from approvals_gui.ui.labels import CAUTION_STYLE
from approvals_gui.ui.main_window import FIGURES, SERVICE, MainWindow
from tests.conftest import TODAY, new_application
from tests.notice_cases import issuable, pdf_text, radicals
from tests.ui.conftest import (
    answer_next_dialog,
    open_window,
    preview_pages,
    read_next_box,
    type_text,
)

TITLES = [
    "受理通知书",
    "补正材料通知书",
    "不予受理决定书",
    "特别程序期限告知书",
    "延期告知书",
    "不予批准决定书",
]


def showing(qtbot: QtBot, ws: Workspace, settings: QSettings, app_id: int) -> MainWindow:
    window = open_window(qtbot, ws, settings)
    window.applications.page.select(app_id)
    pane = window.applications.detail_pane
    qtbot.waitUntil(lambda: pane.detail is not None and pane.detail.view.record.id == app_id)
    return window


def choose(text: str) -> None:
    """Answer the next Save / Print / Preview box with the button saying `text`."""

    def click(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        # The document is named in the question, not only in the title bar.
        assert box.text().startswith(box.windowTitle() + "：") and box.windowTitle()
        next(b for b in box.buttons() if b.text() == text).click()

    answer_next_dialog(click, QMessageBox)


def save_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))


def test_the_pane_offers_every_notice_and_says_why_one_cannot_be_issued(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    window = showing(qtbot, ws, settings, issuable(ws, NoticeKind.SUPPLEMENT))
    actions = window.applications.detail_pane.notice_menu.actions()
    assert [a.text() for a in actions] == TITLES
    assert [a.isEnabled() for a in actions] == [False, True, False, False, False, False]
    tips = {a.text(): a.toolTip() for a in actions}
    assert tips["受理通知书"] == "该申请尚未受理（或受理已撤销），不能出具受理通知书。"
    assert tips["延期告知书"] == "该类别的时限规则不允许延期，不出具延期告知书。"
    assert "不予批准" in tips["不予批准决定书"]


def test_a_notice_is_saved_as_an_official_document(
    qtbot: QtBot,
    ws: Workspace,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = showing(qtbot, ws, settings, issuable(ws, NoticeKind.ACCEPTANCE))
    target = tmp_path / "受理.pdf"
    save_to(monkeypatch, target)
    choose("保存为 PDF…")
    window.applications.detail_pane.notice_menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: target.exists() and target.stat().st_size > 0)
    text = pdf_text(target)
    # The authority's name came from this desk's preferences into the database.
    for piece in ("受理通知书", "江城市生态环境局", "环审受〔2026〕1号", "第三十二条"):
        assert piece in text, piece
    assert radicals(text) == []


def test_a_branch_authorised_in_its_own_name_signs_its_notices(
    qtbot: QtBot,
    ws: Workspace,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """报告表 delegated to 高新分局, which has its own name and line for its notices:
    the acceptance notice of what it decides carries them, not the city bureau's."""
    bureau = NoticeSettings(authority="江城市生态环境局", contact="李四", phone="0591-87654321")
    save_notice_settings(ws, bureau)
    own = Unit(
        "gx", "高新分局", UnitKind.BRANCH, "高新区", True, "江城市生态环境局高新分局", "7654321"
    )
    save_units(ws, [*ws.units(), own])
    save_authorities(ws, [Authority("report_form", Level.LOCAL)])
    app_id = issuable(ws, NoticeKind.ACCEPTANCE)
    window = showing(qtbot, ws, settings, app_id)
    assert window.applications.detail_pane.detail.view.record.unit == "gx"  # type: ignore[union-attr]
    target = tmp_path / "受理.pdf"
    save_to(monkeypatch, target)
    choose("保存为 PDF…")
    window.applications.detail_pane.notice_menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: target.exists() and target.stat().st_size > 0)
    text = pdf_text(target)
    assert "江城市生态环境局高新分局" in text and "7654321" in text
    assert "0591-87654321" not in text
    # The branch's handler, not the contact the bureau's settings name (李四).
    assert "联系人：张三" in text and "李四" not in text


def test_a_notice_without_the_bureaus_phone_says_so_before_it_goes_out(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """The bureau's phone is empty until someone fills it in; a notice then went out
    ending in （联系人：周杰） alone, and nobody knew until the applicant had it."""
    app_id = issuable(ws, NoticeKind.ACCEPTANCE)
    said: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.informativeText())
        next(b for b in box.buttons() if b.text() == "取消").click()

    for asked, phone in enumerate(("", "0591-87654321"), start=1):
        save_notice_settings(ws, NoticeSettings(authority="江城市生态环境局", phone=phone))
        window = showing(qtbot, ws, settings, app_id)
        answer_next_dialog(read, QMessageBox)
        window.applications.detail_pane.notice_menu.actions()[0].trigger()
        qtbot.waitUntil(lambda n=asked: len(said) == n)
        window.close()
    no_phone = "注意：通知书上没有联系电话。"
    assert said[0].startswith(no_phone) and no_phone not in said[1]


def test_a_notice_quoting_a_date_in_a_year_without_its_holidays_says_so(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """An acceptance notice printed 法定期限截止日 in 2027, whose holidays are only
    estimated, with no word to the clerk that the date may move; a notice that quotes
    no due date has nothing to say."""
    save_notice_settings(ws, NoticeSettings(authority="江城市生态环境局", phone="0591-87654321"))
    said: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.informativeText())
        next(b for b in box.buttons() if b.text() == "取消").click()

    titles = {NoticeKind.ACCEPTANCE: "受理通知书", NoticeKind.SUPPLEMENT: "补正材料通知书"}
    for asked, (kind, title) in enumerate(titles.items(), start=1):
        window = showing(qtbot, ws, settings, issuable(ws, kind))
        answer_next_dialog(read, QMessageBox)
        menu = window.applications.detail_pane.notice_menu
        next(a for a in menu.actions() if a.text().startswith(title)).trigger()
        qtbot.waitUntil(lambda n=asked: len(said) == n)
        window.close()
    assert said == [
        "注意：文中的期限按推算的 2027 年节假日安排计算，国务院公布安排后可能变动。",
        "",
    ]


def test_a_special_procedure_notice_asks_the_expected_days(
    qtbot: QtBot,
    ws: Workspace,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app_id = issuable(ws, NoticeKind.SPECIAL_PROCEDURE)
    save_notice_settings(ws, NoticeSettings(authority="江城市生态环境局", special_days=40))
    window = showing(qtbot, ws, settings, app_id)
    target = tmp_path / "特别程序.pdf"
    save_to(monkeypatch, target)
    asked: list[int] = []

    def days(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        asked.append(dialog.intValue())  # the bureau's default
        dialog.setIntValue(45)
        choose("保存为 PDF…")
        dialog.accept()

    answer_next_dialog(days, QInputDialog)
    window.applications.detail_pane.notice_requested.emit("special-procedure")
    qtbot.waitUntil(lambda: target.exists() and target.stat().st_size > 0)
    assert asked == [40]
    assert "预计需要45个工作日" in pdf_text(target)


def test_a_notice_in_print_preview(qtbot: QtBot, ws: Workspace, settings: QSettings) -> None:
    window = showing(qtbot, ws, settings, issuable(ws, NoticeKind.REFUSAL))
    choose("打印预览…")
    menu = window.applications.detail_pane.notice_menu
    assert preview_pages(qtbot, menu.actions()[5].trigger) == 1


def test_a_print_preview_opens_large_enough_to_read(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    window = showing(qtbot, ws, settings, issuable(ws, NoticeKind.REFUSAL))
    choose("打印预览…")
    seen: list[tuple[float, QPrintPreviewWidget.ZoomMode]] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, QPrintPreviewDialog)
        pages = dialog.findChild(QPrintPreviewWidget)
        assert pages is not None
        screen = window.screen().availableGeometry()
        seen.append((dialog.width() / screen.width(), pages.zoomMode()))
        dialog.reject()

    answer_next_dialog(look, QPrintPreviewDialog)
    window.applications.detail_pane.notice_menu.actions()[5].trigger()
    qtbot.waitUntil(lambda: bool(seen))
    # Qt's own: a small window with the whole page in it, about a third of its size.
    assert seen == [(pytest.approx(0.9, abs=0.01), QPrintPreviewWidget.ZoomMode.FitToWidth)]


def test_a_notice_that_can_no_longer_be_issued_says_why(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    window = showing(qtbot, ws, settings, issuable(ws, NoticeKind.ACCEPTANCE))
    said: list[str] = []
    read_next_box(said)
    window.applications.detail_pane.notice_requested.emit("refusal")  # as from a stale menu
    qtbot.waitUntil(lambda: bool(said))
    assert said == ["该申请未作出不予批准决定，不能出具不予批准决定书。"]


def test_reports_in_print_preview(qtbot: QtBot, data: Workspace, settings: QSettings) -> None:
    window = open_window(qtbot, data, settings)
    window.show_view(FIGURES)
    qtbot.waitUntil(lambda: window.figures.page.report is not None)
    # The figures table, then three charts: two A4 pages.
    assert preview_pages(qtbot, window.figures.page.preview_action.trigger) == 2
    window.show_view(SERVICE)
    qtbot.waitUntil(lambda: window.service_days.page.days.count() > 0)
    assert preview_pages(qtbot, window.service_days.page.preview_action.trigger) == 1


def test_the_bureaus_notice_settings_in_the_settings_dialog(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    window = open_window(qtbot, ws, settings)
    # This desk's former own name went to the database as the window opened.
    qtbot.waitUntil(lambda: window.exports.bureau == "江城市生态环境局")
    assert notice_settings(ws).authority == "江城市生态环境局"
    problems: list[str] = []

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        assert dialog.authority.text() == "江城市生态环境局"
        dialog.authority.clear()
        type_text(dialog.authority, "滨海县生态环境局")
        # The pattern is a template: what it makes of a notice shows under it, as typed.
        year = TODAY.year  # the program's, as the window's own clock has it
        assert dialog.number_example.text() == f"例：受理通知书的文号为 环审受〔{year}〕12号"
        dialog.number_pattern.setText("滨环审〔{year}〕号")
        assert "须含序号占位符 {n}" in dialog.number_example.text()
        dialog.ok_button.click()  # refused: the pattern has no number
        problems.append(dialog.problem.text())
        assert dialog.isVisible()
        dialog.number_pattern.setText("滨环审〔{year}〕{n}号")
        # Allowed, with a warning: without {kind} an application's notices share a 文号.
        assert dialog.number_example.text() == (
            f"例：受理通知书的文号为 滨环审〔{year}〕12号。格式中没有 {{kind}}（文书类别），"
            "同一申请的受理、补正等各份通知书将使用同一文号。"
        )
        assert dialog.number_example.styleSheet() == CAUTION_STYLE
        dialog.contact.setText("李四")
        dialog.special_days.setValue(25)
        dialog.ok_button.click()

    answer_next_dialog(edit, SettingsDialog)
    window.open_settings()
    expected = NoticeSettings("滨海县生态环境局", "滨环审〔{year}〕{n}号", "李四", "", 25)
    qtbot.waitUntil(lambda: window.exports.bureau == "滨海县生态环境局")
    assert notice_settings(ws) == expected
    assert problems == ["发文字号格式有误，请按其下方的说明改正。"]  # said in full under it


def test_settings_saved_on_another_desk_meanwhile_are_not_undone(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """Two desks had 设置 open; the one that saved second wrote back every field as it
    had read it, and the other's new 发文机关 was gone without a word."""
    window = open_window(qtbot, ws, settings)
    qtbot.waitUntil(lambda: window.exports.bureau == "江城市生态环境局")
    elsewhere = replace(notice_settings(ws), authority="江城市生态环境局高新区分局")
    said: list[str] = []

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        save_notice_settings(Workspace(ws.engine, "另一台"), elsewhere)  # saved meanwhile
        dialog.phone.setText("0591-87654321")
        read_next_box(said)
        dialog.ok_button.click()

    answer_next_dialog(edit, SettingsDialog)
    window.open_settings()
    qtbot.waitUntil(lambda: bool(said))
    assert "另一台电脑已修改并保存了这些内容" in said[0]
    assert notice_settings(ws) == elsewhere


def test_the_example_number_carries_the_programs_year(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """Not the computer's: on a desk whose clock the program does not follow (here, a
    window living in 2031) the example showed another year than the notices would."""
    window = open_window(qtbot, ws, settings, clock=lambda: date(2031, 3, 2))
    seen: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        seen.append(dialog.number_example.text())
        dialog.reject()

    answer_next_dialog(look, SettingsDialog)
    window.open_settings()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == ["例：受理通知书的文号为 环审受〔2031〕12号"]


def test_a_notice_is_saved_where_this_desk_last_saved_a_file(
    qtbot: QtBot,
    ws: Workspace,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The dialog had opened in the working folder, which from a shortcut is the
    program's own; it opens where the desk last saved a file, and remembers the folder
    the notice goes to for the next one (an export's among them)."""
    from approvals_gui.ui import settings as options

    earlier, chosen = tmp_path / "台账", tmp_path / "通知书"
    earlier.mkdir()
    chosen.mkdir()
    options.SAVE_FOLDER.set(settings, str(earlier))
    window = showing(qtbot, ws, settings, issuable(ws, NoticeKind.ACCEPTANCE))
    opened_in: list[Path] = []

    def answer(_parent: QWidget, _title: str, start: str, _filters: str) -> tuple[str, str]:
        opened_in.append(Path(start).parent)
        return str(chosen / Path(start).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    choose("保存为 PDF…")
    window.applications.detail_pane.notice_menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: any(chosen.glob("*.pdf")))
    assert opened_in == [earlier]
    assert options.SAVE_FOLDER.get(settings) == str(chosen)
    window.exports.ask_path("导出", "申请.xlsx", "")
    assert opened_in == [earlier, chosen]


def test_a_notice_is_saved_under_its_chinese_title_in_english_too(
    qtbot: QtBot,
    ws: Workspace,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    english: None,
) -> None:
    """The window in English offered "HP2026-00001-Acceptance notice.pdf" for a Chinese
    official document."""
    window = showing(qtbot, ws, settings, issuable(ws, NoticeKind.ACCEPTANCE))
    offered: list[str] = []

    def answer(_parent: QWidget, _title: str, start: str, _filters: str) -> tuple[str, str]:
        offered.append(Path(start).name)
        return str(tmp_path / Path(start).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    answer_next_dialog(
        lambda box: next(b for b in box.buttons() if b.text() == "Save as PDF…").click(),  # type: ignore[attr-defined]
        QMessageBox,
    )
    window.applications.detail_pane.notice_menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: any(tmp_path.glob("*.pdf")))
    number = window.applications.detail_pane.detail.view.record.number  # type: ignore[union-attr]
    assert offered == [f"{number}-受理通知书.pdf"]


def test_an_acceptance_deemed_by_law_is_not_called_not_accepted(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    """Past the intake limit without a decision, the law counts the application accepted
    from receipt (第三十二条) and the 时限 tab says so; the acceptance notice said
    尚未受理 beside it. It now says what is missing: the acceptance recorded here."""
    app_id = register(ws, new_application(received_on=date(2026, 11, 2)), today=TODAY)
    window = showing(qtbot, ws, settings, app_id)
    pane = window.applications.detail_pane
    assert pane.detail is not None and pane.detail.view.clock.deemed_accepted
    acceptance = pane.notice_menu.actions()[0]
    assert not acceptance.isEnabled()
    assert acceptance.toolTip() == (
        "该申请逾期未作受理决定，依法自收到申请材料之日起视为受理，但尚未办理“受理”。"
        "请先办理受理，再出具受理通知书。"
    )
