"""Shared fixtures. Qt runs offscreen; every test gets its own data directory."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from approvals_gui.domain.applications import NewApplication  # noqa: E402
from approvals_gui.domain.stages import Action  # noqa: E402
from approvals_gui.services.applications import Step, apply_step, register  # noqa: E402
from approvals_gui.services.workspace import Workspace  # noqa: E402
from approvals_gui.store.database import open_database  # noqa: E402

TODAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 10, 30)


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APPROVALS_GUI_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = open_database(tmp_path / "test.sqlite3", create=True)
    yield engine
    engine.dispose()


@pytest.fixture
def ws(engine: Engine) -> Workspace:
    return Workspace(engine, "张三", now=lambda: NOW)


def new_application(**changes: object) -> NewApplication:
    fields: dict[str, object] = {
        "project": "年产5万吨再生铝项目",
        "enterprise_name": "江城再生资源有限公司",
        "credit_code": "91350100M000100Y43",
        "category": "report_form",
        "handler": "张三",
        "received_on": date(2026, 11, 2),
        "district": "高新区",
        "investment": 12000.0,
    }
    fields.update(changes)
    return NewApplication(**fields)  # type: ignore[arg-type]


@pytest.fixture
def data(ws: Workspace) -> Workspace:
    """One application overdue, one finished early; texts that look like formulas."""
    late = register(
        ws,
        new_application(project='=HYPERLINK("http://x")', received_on=date(2026, 11, 2)),
        today=TODAY,
    )
    apply_step(ws, late, 1, Step(Action.ACCEPT, date(2026, 11, 3)), today=TODAY)
    done = register(ws, new_application(project="@SUM(A1)", district="-2+3"), today=TODAY)
    for version, step in enumerate(
        (
            Step(Action.ACCEPT, date(2026, 11, 3)),
            Step(Action.START_REVIEW, date(2026, 11, 4)),
            Step(
                Action.REFUSE,
                date(2026, 11, 12),
                document_number="环审〔2026〕1号",
                reason="选址不符合规划",
            ),
            Step(Action.DELIVER, date(2026, 11, 13)),
        ),
        start=1,
    ):
        apply_step(ws, done, version, step, today=TODAY)
    return ws


def category_names(ws: Workspace) -> dict[str, str]:
    return {code: rule.name for code, rule in ws.rules().items()}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that needs a QApplication is marked `gui`, so `-m "not gui"` is quick."""
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)
