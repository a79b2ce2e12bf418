"""Shared fixtures. Qt runs offscreen; every test gets its own data directory."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from datetime import date, datetime
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import Engine, update
from sqlmodel import col

# A desk's screen, 1920×1080: the offscreen platform's own (800×800) is smaller than the
# window, which would then start maximised (ui/start_frame.py).
_SCREEN = Path(__file__).with_name("desk_screen.json")
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")

from approvals_gui.domain.access import User  # noqa: E402
from approvals_gui.domain.applications import NewApplication  # noqa: E402
from approvals_gui.domain.hotline.cases import Channel, Topic  # noqa: E402
from approvals_gui.domain.hotline.reports import NewReport  # noqa: E402
from approvals_gui.domain.ledger_import import KnownApplications, guess_mapping  # noqa: E402
from approvals_gui.domain.stages import Action  # noqa: E402
from approvals_gui.domain.units import Unit, UnitKind  # noqa: E402
from approvals_gui.services.applications import Step, apply_step, register  # noqa: E402
from approvals_gui.services.ledger import (  # noqa: E402
    LedgerCheck,
    LedgerSheet,
    check_ledger,
    known_applications,
)
from approvals_gui.services.units import save_units  # noqa: E402
from approvals_gui.services.workspace import Workspace  # noqa: E402
from approvals_gui.store import units as store_units  # noqa: E402
from approvals_gui.store.database import open_database  # noqa: E402
from approvals_gui.store.db import session_scope  # noqa: E402
from approvals_gui.store.tables import Application  # noqa: E402
from tests import pg  # noqa: E402

TODAY = date(2026, 11, 25)
CODE = "91350100M000100Y43"  # the enterprise of `new_application` and `new_report`
UI_TESTS = Path(__file__).with_name("ui")
NOW = datetime(2026, 11, 25, 10, 30)


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APPROVALS_GUI_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def engine_kind(request: pytest.FixtureRequest) -> str:
    """ "sqlite" or "postgres", as `pytest_generate_tests` parametrised the test; SQLite
    alone for a test it left to SQLite."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def new_database(
    engine_kind: str, request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[Callable[[], str]]:
    """Makes fresh, empty databases on the engine the test runs on: new SQLite files,
    or new databases on the PostgreSQL server, dropped after the test."""
    if engine_kind == "sqlite":
        names = (f"test{n or ''}.sqlite3" for n in itertools.count())
        yield lambda: str(tmp_path / next(names))
        return
    server: pg.Server = request.getfixturevalue("pg_server")
    with ExitStack() as made:
        yield lambda: made.enter_context(server.fresh_database())


@pytest.fixture
def database(new_database: Callable[[], str]) -> str:
    return new_database()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[pg.Server]:
    url = os.environ.get(pg.SERVER_ENV)
    if not url:
        pytest.skip(f"PostgreSQL: set {pg.SERVER_ENV} to a server URL to run on it too")
    server = pg.Server(url)
    yield server
    server.close()


@pytest.fixture
def server_database(pg_server: pg.Server) -> Iterator[str]:
    """A fresh, empty database on the PostgreSQL server, for what only a server does."""
    with pg_server.fresh_database() as url:
        yield url


@pytest.fixture
def engine(database: str) -> Iterator[Engine]:
    engine = open_database(database, create=True)
    yield engine
    engine.dispose()


@pytest.fixture
def ws(engine: Engine) -> Workspace:
    return Workspace(engine, "张三", now=lambda: NOW)


def add_user_as_kept_before(engine: Engine, user: User, password: str) -> None:
    """Store `user` as an older program kept it: its name as typed ("李 四"), not as
    names are kept now."""
    with session_scope(engine) as session:
        store_units.add_user(session, user, PasswordHasher().hash(password), NOW)


def handle_as_kept_before(engine: Engine, ids: Iterable[int], handler: str) -> None:
    """Store `handler` on the applications `ids` as an older program kept it ("李 四")."""
    with session_scope(engine) as session:
        chosen = col(Application.id).in_(list(ids))
        session.execute(update(Application).where(chosen).values(handler=handler))


def new_application(**changes: object) -> NewApplication:
    fields: dict[str, object] = {
        "project": "年产5万吨再生铝项目",
        "enterprise_name": "江城再生资源有限公司",
        "credit_code": CODE,
        "category": "report_form",
        "handler": "张三",
        "received_on": date(2026, 11, 2),
        "district": "高新区",
        "investment": 12000.0,
    }
    fields.update(changes)
    return NewApplication(**fields)  # type: ignore[arg-type]


def new_report(**changes: object) -> NewReport:
    """A 12369 report about the enterprise of `new_application`, in 东城区."""
    fields: dict[str, object] = {
        "received_at": datetime(2026, 11, 2, 20, 15),
        "channel": Channel.PHONE,
        "topic": Topic.AIR,
        "content": "夜间排放刺鼻气味",
        "address": "东城区幸福路1号",
        "district": "东城区",
        "reporter_name": "王小明",
        "reporter_phone": "13812345678",
        "credit_code": CODE,
        "enterprise_name": "江城再生资源有限公司",
    }
    fields.update(changes)
    return NewReport(**fields)  # type: ignore[arg-type]


def add_city_and_east(ws: Workspace) -> Workspace:
    """The city bureau and its 东城分局 (which takes 东城区's cases), read afresh."""
    save_units(
        ws,
        [Unit("city", "市局", UnitKind.CITY), Unit("east", "东城分局", UnitKind.BRANCH, "东城区")],
    )
    ws.reload()
    return ws


def reviewed_and_refused(document_number: str = "环审〔2026〕1号") -> tuple[Step, Step]:
    """The steps of an accepted application reviewed from 4 November and refused on the
    12th under `document_number`."""
    return (
        Step(Action.START_REVIEW, date(2026, 11, 4)),
        Step(
            Action.REFUSE,
            date(2026, 11, 12),
            document_number=document_number,
            reason="选址不符合规划",
        ),
    )


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
            *reviewed_and_refused(),
            Step(Action.DELIVER, date(2026, 11, 13)),
        ),
        start=1,
    ):
        apply_step(ws, done, version, step, today=TODAY)
    return ws


def ledger_checked(
    ws: Workspace, sheet: LedgerSheet, known: KnownApplications | None = None
) -> LedgerCheck:
    """`sheet` checked as the import dialog checks it, its columns guessed, the rows
    the database holds set aside (or those `known` holds)."""
    mapping = guess_mapping(sheet.headers)
    return check_ledger(
        sheet,
        mapping,
        ws.rules(),
        ws.now(),
        authorities=ws.authorities(),
        known=known_applications(ws) if known is None else known,
    )


def category_names(ws: Workspace) -> dict[str, str]:
    return {code: rule.name for code, rule in ws.rules().items()}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests on a database run on both engines, but for those marked `sqlite_only`
    (SQLite file specifics, with the reason in the marker) and the window's: it reaches
    the database only through the services, which are tested on both."""
    if "engine_kind" not in metafunc.fixturenames:
        return
    if metafunc.definition.path.is_relative_to(UI_TESTS):
        return
    if metafunc.definition.get_closest_marker("sqlite_only") is not None:
        return
    engines = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
    metafunc.parametrize("engine_kind", engines, indirect=True)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that needs a QApplication is marked `gui`, so `-m "not gui"` is quick.
    A test kept to SQLite says why."""
    for item in items:
        marker = item.get_closest_marker("sqlite_only")
        if marker is not None and not marker.args:
            raise pytest.UsageError(f"{item.nodeid}: sqlite_only needs its reason")
        names = set(getattr(item, "fixturenames", ()))
        if {"qtbot", "qapp"} & names:
            item.add_marker(pytest.mark.gui)
        if "server_database" in names:
            item.add_marker(pytest.mark.postgres)
