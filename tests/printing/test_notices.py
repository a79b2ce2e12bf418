"""Notices written to PDF without the window: Chinese text from the application."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from approvals_gui.domain.stages import Action
from approvals_gui.printing.notices import ACCEPTANCE, SUPPLEMENT, notice_html, write_pdf
from approvals_gui.services.applications import Step, apply_step, detail, register
from approvals_gui.services.workspace import Workspace
from tests.conftest import TODAY, new_application
from tests.printing.test_reports import plain, text_of


def test_both_notices_print_to_pdf(qtbot: QtBot, ws: Workspace, tmp_path: Path) -> None:
    app_id = register(ws, new_application(received_on=date(2026, 11, 20)), today=TODAY)
    materials = ("公众参与说明", "危废处置协议")
    steps = (
        Step(Action.REQUEST_SUPPLEMENT, materials=materials),
        Step(Action.RECEIVE_MATERIALS),
        Step(Action.ACCEPT),
    )
    for version, step in enumerate(steps, start=1):
        apply_step(ws, app_id, version, step, today=TODAY)
    found = detail(ws, app_id, today=TODAY)
    for kind, expected in (
        (ACCEPTANCE, ["受理通知书", "决定予以受理", "2026年12月9日", "编号：HP2026-00001"]),
        (SUPPLEMENT, ["补正材料通知书", *materials, "一次性告知"]),
    ):
        html = notice_html(kind, found, "江城市生态环境局", TODAY)
        text = text_of(write_pdf(html, tmp_path / f"{kind}.pdf"))
        for piece in [*expected, "江城市生态环境局", "2026年11月25日", "承办人：张三"]:
            assert plain(piece) in text, piece
