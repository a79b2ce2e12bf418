"""Alembic migrations on both engines: fresh database, round trip, schema in step with the
models, upgrades of data an older program wrote."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from unittest.mock import patch

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text
from sqlmodel import SQLModel

from approvals_gui.domain.clock import facts_from_history
from approvals_gui.domain.stages import Action, StepInput, next_event, registration_event
from approvals_gui.domain.units import Unit, UnitKind
from approvals_gui.store import repo
from approvals_gui.store.database import is_current, open_database
from approvals_gui.store.db import make_engine
from approvals_gui.store.errors import StoreError, StoreErrorCode
from approvals_gui.store.migrate import current_revision, downgrade, head_revision, upgrade
from approvals_gui.store.targets import SCHEMA_REVISION


def test_a_new_database_is_created_at_the_newest_schema(database: str) -> None:
    engine = open_database(database, create=True)
    assert current_revision(engine) == head_revision()
    tables = set(inspect(engine).get_table_names())
    assert {"application", "enterprise", "stage_event", "time_limit_rule"} <= tables
    engine.dispose()


@pytest.mark.sqlite_only("SQLite's connection settings (PRAGMAs); a server has its own")
def test_a_new_file_runs_in_wal_with_foreign_keys_and_a_busy_timeout(tmp_path: Path) -> None:
    engine = open_database(tmp_path / "new.sqlite3", create=True)
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_the_migrated_schema_matches_the_models(engine: Engine) -> None:
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    assert diff == []


def test_the_revision_known_without_alembic_is_its_head(database: str) -> None:
    assert SCHEMA_REVISION == head_revision()
    engine = make_engine(database)
    assert not is_current(engine)  # new: no version table yet
    upgrade(engine, "0002")
    assert not is_current(engine)
    upgrade(engine)
    assert is_current(engine)
    engine.dispose()


def test_every_revision_downgrades_and_upgrades_again(engine: Engine) -> None:
    downgrade(engine, "base")
    assert "application" not in inspect(engine).get_table_names()
    upgrade(engine)
    assert current_revision(engine) == head_revision()


def test_a_database_from_a_newer_program_is_refused(database: str) -> None:
    engine = open_database(database, create=True)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(StoreError) as err:
        open_database(database)
    assert err.value.code is StoreErrorCode.TOO_NEW


@pytest.mark.sqlite_only("a damaged file; a server keeps its own files sound")
def test_a_damaged_file_is_reported_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError) as err:
        open_database(path)
    assert err.value.code is StoreErrorCode.DAMAGED
    assert path.read_bytes().startswith(b"this is not a database")


@pytest.mark.sqlite_only("a damaged file; a server keeps its own files sound")
def test_a_file_whose_schema_names_a_table_it_lacks_is_damaged(tmp_path: Path) -> None:
    """SQLite says "malformed database schema … no such table": damaged, not a database
    emptied meanwhile (which asks for a restore to finish)."""
    import sqlite3

    path = tmp_path / "broken.sqlite3"
    open_database(path, create=True).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("DELETE FROM sqlite_master WHERE type = 'table' AND name = 'stage_event'")
    conn.close()
    with pytest.raises(StoreError) as err:
        open_database(path)
    assert err.value.code is StoreErrorCode.DAMAGED


@pytest.mark.sqlite_only("SQLite's one write lock for the whole file; a server locks rows")
def test_a_locked_database_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import approvals_gui.store.db as db

    path = tmp_path / "locked.sqlite3"
    open_database(path, create=True).dispose()
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 100)
    holder = make_engine(path)
    with holder.connect() as conn:
        # A write in an open transaction holds the lock, as another desktop's would.
        conn.exec_driver_sql("INSERT INTO confirmed_year VALUES (2029, '2026-01-01', '')")
        other = make_engine(path)
        with pytest.raises(StoreError) as err, db.session_scope(other) as session:
            session.execute(text("INSERT INTO confirmed_year VALUES (2030, '2026-01-01', '')"))
        assert err.value.code is StoreErrorCode.LOCKED
        conn.rollback()


def test_two_writers_with_the_same_version_only_one_wins(engine: Engine) -> None:
    from datetime import date, datetime

    from approvals_gui.domain.applications import NewApplication
    from approvals_gui.domain.clock import facts_from_history
    from approvals_gui.domain.enterprises import EnterpriseForm
    from approvals_gui.domain.stages import (
        Action,
        Particulars,
        StepInput,
        next_event,
        registration_event,
    )
    from approvals_gui.store import repo
    from approvals_gui.store.db import session_scope

    now = datetime(2026, 11, 25, 9)
    first = registration_event(date(2026, 11, 24), now, "张三")
    code = "91350100M000100Y43"
    with session_scope(engine) as s:
        ent = repo.add_enterprise(s, EnterpriseForm("甲", code), now)
        form = NewApplication("p", "甲", code, "report_form", "张三", first.on)
        app_id = repo.insert_application(s, form, ent, [first], now)
    accept = next_event([first], StepInput(Action.ACCEPT, date(2026, 11, 25), now, "张三"))
    facts_of = facts_from_history([first, accept])
    after = Particulars("张三", "p", None)
    with session_scope(engine) as s:
        assert repo.append_event(s, app_id, 1, accept, facts_of, None, "", after) == 2
    with pytest.raises(StoreError) as err, session_scope(engine) as s:
        repo.append_event(s, app_id, 1, accept, facts_of, None, "", after)
    assert err.value.code is StoreErrorCode.STALE
    with session_scope(engine) as s:
        assert len(repo.load_events(s, app_id)) == 2


def test_two_enterprises_with_one_credit_code_are_refused(engine: Engine) -> None:
    from datetime import datetime

    from approvals_gui.domain.enterprises import EnterpriseForm
    from approvals_gui.store import repo
    from approvals_gui.store.db import session_scope

    now = datetime(2026, 11, 25, 9)
    with session_scope(engine) as s:
        repo.add_enterprise(s, EnterpriseForm("甲", "91350100M000100Y43"), now)
    with pytest.raises(StoreError) as err, session_scope(engine) as s:
        repo.add_enterprise(s, EnterpriseForm("乙", "91350100M000100Y43"), now)
    assert err.value.code is StoreErrorCode.CODE_TAKEN and err.value.params["name"] == "甲"
    # The unique index itself, for a code another desk takes between the look and the write.
    with pytest.raises(StoreError) as err, session_scope(engine) as s:
        with patch.object(repo, "_code_free"):
            repo.add_enterprise(s, EnterpriseForm("乙", "91350100M000100Y43"), now)
    assert err.value.code is StoreErrorCode.DUPLICATE


def test_upgrading_a_0001_database_pins_decided_applications(database: str) -> None:
    engine = make_engine(database)
    upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO time_limit_rule VALUES ('report_form', '报告表', 30, 'workdays', 10, "
                "'workdays', 3, 'expert_review,hearing', 10, '')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO enterprise (name, credit_code, district, contact, phone, created_at) "
                "VALUES ('甲', '91350100M000100Y43', '', '', '', '2026-01-01 09:00:00')"
            )
        )
        for number, decided in (("HP2026-00001", "'2026-11-12'"), ("HP2026-00002", "NULL")):
            conn.execute(
                text(
                    "INSERT INTO application (number, project, enterprise_id, category, handler, "
                    "district, registered_on, created_at, version, stage, is_open, received_on, "
                    "decided_on, supplement_rounds, extension_days, extension_reason, pause_spans) "
                    f"VALUES ('{number}', 'p', 1, 'report_form', '张三', '', '2026-11-02', "
                    f"'2026-11-02 09:00:00', 1, 'review', TRUE, '2026-11-02', {decided}, 0, 0, "
                    "'', '')"
                )
            )
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT number, judged_rule_id FROM application ORDER BY number")
        ).all()
        frozen = conn.execute(text("SELECT category, promised_amount FROM judged_rule")).all()
    assert frozen == [("report_form", 10)]
    assert rows == [("HP2026-00001", 1), ("HP2026-00002", None)]
    if engine.dialect.name == "sqlite":  # a file is copied aside first
        assert list(Path(database).parent.glob("test.sqlite3.before-0001-*.bak"))
    engine.dispose()


def test_a_failing_migration_leaves_the_schema_as_it_was(
    database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alembic.operations import Operations

    engine = make_engine(database)
    upgrade(engine, "0001")

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full half way")

    monkeypatch.setattr(Operations, "execute", broken)  # 0002's data step fails
    with pytest.raises(RuntimeError):
        upgrade(engine)
    assert current_revision(engine) == "0001"
    assert "judged_rule" not in inspect(engine).get_table_names()
    engine.dispose()


# Event columns an old program did not write: its own id, and those of later revisions.
_NEWER_EVENT_COLUMNS = {
    "id",
    "chain_hash",
    "from_unit",
    "to_unit",
    "from_handler",
    "handler",
    "refer_to",
    "from_project",
    "project",
    "from_investment",
    "investment",
}


def _populate_old_schema(engine: Engine) -> None:
    """Two applications with histories, written with plain SQL as an old program would."""
    at = datetime(2026, 11, 20, 9, 15, 30, 250000)
    first = registration_event(date(2026, 11, 2), at, "张三", "窗口收件")
    events = [first]
    for step in (
        StepInput(Action.REQUEST_SUPPLEMENT, date(2026, 11, 3), at, "张三", materials=("甲", "乙")),
        StepInput(Action.RECEIVE_MATERIALS, date(2026, 11, 5), at, "张三"),
        StepInput(Action.ACCEPT, date(2026, 11, 6), at, "李四"),
        StepInput(Action.START_REVIEW, date(2026, 11, 9), at, "李四"),
        StepInput(
            Action.APPROVE, date(2026, 11, 12), at, "李四", document_number="环审〔2026〕7号"
        ),
    ):
        events.append(next_event(events, step))
    rule = (
        "INSERT INTO time_limit_rule VALUES ('report_form', '报告表', 30, 'workdays', 10, "
        "'workdays', 3, 'expert_review,hearing', 10, '')"
    )
    enterprise = (
        "INSERT INTO enterprise (name, credit_code, district, contact, phone, created_at) "
        "VALUES ('甲', '91350100M000100Y43', '', '', '', '2026-01-01 09:00:00.000000')"
    )
    with engine.begin() as conn:
        conn.execute(text(rule))
        conn.execute(text(enterprise))
        for number, history in (("HP2026-00001", events), ("HP2026-00002", [first])):
            columns = {**repo.facts_columns(facts_from_history(history)), "number": number}
            names = ", ".join(columns)
            app_id = conn.execute(
                text(
                    "INSERT INTO application (project, enterprise_id, category, handler, "
                    f"district, registered_on, created_at, version, {names}) VALUES ('p', 1, "
                    f"'report_form', '张三', '', '2026-11-02', '2026-11-02 09:00:00.000000', "
                    f"{len(history)}, {', '.join(':' + n for n in columns)}) RETURNING id"
                ),
                {n: _sql(v) for n, v in columns.items()},
            ).scalar_one()
            for e in history:
                row = repo.event_to_row(app_id, e, "").model_dump(exclude=_NEWER_EVENT_COLUMNS)
                quoted = ", ".join(f'"{n}"' for n in row)  # "on" is a keyword
                conn.execute(
                    text(
                        f"INSERT INTO stage_event ({quoted}) "
                        f"VALUES ({', '.join(':' + n for n in row)})"
                    ),
                    {n: _sql(v) for n, v in row.items()},
                )


def _sql(value: object) -> object:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    return value.isoformat() if isinstance(value, date) else value


@pytest.mark.parametrize("start", ["0001", "0002", "0003"])
def test_upgrading_chains_existing_histories(database: str, start: str) -> None:
    from approvals_gui.services import maintenance
    from approvals_gui.services.workspace import Workspace

    old = make_engine(database)
    upgrade(old, start)
    _populate_old_schema(old)
    old.dispose()
    ws = Workspace(open_database(database), "张三")
    report = maintenance.check(ws, today=date(2026, 11, 25))
    assert report.problems == [] and report.applications == 2
    with ws.engine.connect() as conn:
        heads = conn.execute(text("SELECT history_hash FROM application ORDER BY id")).scalars()
        stored = conn.execute(
            text("SELECT chain_hash FROM stage_event WHERE application_id = 1 ORDER BY seq")
        ).scalars()
        assert list(stored)[-1] == next(iter(heads))
    with ws.engine.begin() as conn:  # and a history edited after the migration is caught
        conn.execute(
            text("UPDATE stage_event SET actor = '王五' WHERE application_id = 1 AND seq = 3")
        )
    assert maintenance.check(ws, today=date(2026, 11, 25)).problems == [
        "HP2026-00001: hash chain broken at event 3"
    ]
    ws.engine.dispose()


def test_upgrading_to_two_clocks_keeps_judged_rules_and_refolds_facts(database: str) -> None:
    old = make_engine(database)
    upgrade(old, "0004")
    _populate_old_schema(old)
    with old.begin() as conn:
        # As 0004's program stored it: the latest receipt, no supplement round in the spans.
        conn.execute(
            text("UPDATE application SET received_on = '2026-11-05', pause_spans = '' WHERE id = 1")
        )
        conn.execute(
            text(
                "INSERT INTO judged_rule (category, name, statutory_amount, statutory_unit, "
                "promised_amount, promised_unit, warn_workdays, paused_stages, "
                "extension_workdays, legal_basis) VALUES ('report_form', '报告表', 30, "
                "'workdays', 10, 'workdays', 3, 'expert_review,hearing,public_notice', 10, '')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO time_limit_rule VALUES ('notify_commit', '告知承诺制审批', 20, "
                "'workdays', 1, 'workdays', 1, 'expert_review,hearing', 10, "
                "'《行政许可法》第四十二条；生态环境部告知承诺制审批改革有关规定')"
            )
        )
    old.dispose()
    engine = open_database(database)
    with engine.connect() as conn:
        judged = conn.execute(
            text("SELECT paused_stages, promised_paused_stages FROM judged_rule")
        ).one()
        form = conn.execute(
            text(
                "SELECT paused_stages, promised_paused_stages, extension_workdays, "
                "acceptance_publicity_workdays, approval_notice_workdays FROM time_limit_rule "
                "WHERE category = 'report_form'"
            )
        ).one()
        commit = conn.execute(
            text(
                "SELECT statutory_amount, legal_basis FROM time_limit_rule "
                "WHERE category = 'notify_commit'"
            )
        ).one()
        facts = conn.execute(
            text("SELECT received_on, pause_spans FROM application WHERE id = 1")
        ).one()
    # A decided application is judged as it was: one pause set for both clocks.
    assert judged[0] == judged[1] == "expert_review,hearing,public_notice"
    assert form == (
        "expert_review,hearing,hearing_notice",
        "expert_review,hearing,hearing_notice,public_notice",
        0,
        5,
        5,
    )
    assert commit[0] == 30 and "环境影响评价法" in commit[1]
    assert (str(facts[0]), facts[1]) == ("2026-11-02", "supplement:2026-11-03:2026-11-05")
    engine.dispose()


def test_applications_from_before_units_belong_to_the_city_bureau(database: str) -> None:
    from approvals_gui.services import maintenance
    from approvals_gui.services.applications import Step, apply_step, detail
    from approvals_gui.services.units import save_units
    from approvals_gui.services.workspace import Workspace

    old = make_engine(database)
    upgrade(old, "0003")
    _populate_old_schema(old)
    upgrade(old, "0007")
    old.dispose()
    today = date(2026, 11, 25)
    ws = Workspace(open_database(database), "张三", now=lambda: datetime(2026, 11, 25, 9))
    assert [(u.code, u.name) for u in ws.units()] == [("city", "市局")]
    assert maintenance.check(ws, today=today).problems == []
    waiting = detail(ws, 2, today=today)  # received 11-02, never moved on
    assert (waiting.view.record.unit, waiting.view.record.holder) == ("city", "city")
    assert [(s.unit, s.workdays) for s in waiting.units] == [("city", 17)]
    save_units(ws, [*ws.units(), Unit("centre", "技术评估中心", UnitKind.CENTRE)])
    ws.reload()
    moved = apply_step(ws, 2, 1, Step(Action.TRANSFER, to_unit="centre"), today=today)
    assert moved.view.record.holder == "centre"
    assert moved.events[-1].from_unit == ""  # the old registration named no unit
    assert [s.unit for s in moved.units] == ["city", "centre"]
    assert maintenance.check(ws, today=today).problems == []
    ws.engine.dispose()
