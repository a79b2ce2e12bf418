"""`users {add,list,passwd,disable}`: the admin's user list from the command line, with
passwords that are read without echo (or from stdin) and never shown or logged."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from approvals_gui.app import main
from approvals_gui.domain.access import Role, User
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.services import users
from approvals_gui.services.applications import register
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.database import open_database
from tests.conftest import TODAY, add_user_as_kept_before, new_application
from tests.test_imports import loaded, qt

ADMIN_PW = "Adm1n-secret-pw"
CLERK_PW = "clerk-pw-4711"
NEW_PW = "n3w-clerk-pw!"
SHORT_PW = "sh0rt"
SECRETS = (ADMIN_PW, CLERK_PW, NEW_PW, SHORT_PW)


@pytest.fixture
def db(database: str) -> Iterator[str]:
    """A database at the current schema with no users (SQLite, and the server too when
    one is configured)."""
    open_database(database, create=True).dispose()
    yield database


@pytest.fixture
def workspace(db: str) -> Iterator[Workspace]:
    engine: Engine = open_database(db)
    yield Workspace(engine, "test")
    engine.dispose()


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(monkeypatch: pytest.MonkeyPatch, *args: str, stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(list(args))


def add(monkeypatch: pytest.MonkeyPatch, db: str, name: str, role: str, pw: str, *more: str) -> int:
    args = ["users", "add", name, "--role", role, *more, "--password-stdin", "--db", db]
    return run(monkeypatch, *args, stdin=pw + "\n")


def listing(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db: str) -> str:
    capsys.readouterr()
    assert run(monkeypatch, "users", "list", "--db", db) == 0
    return capsys.readouterr().out


def one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: "), err
    return err


def log_text(tmp_path: Path) -> str:
    return "".join(p.read_text("utf-8") for p in (tmp_path / "data" / "logs").glob("*.log*"))


def test_add_list_passwd_disable(
    db: str,
    workspace: Workspace,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert "no users yet" in listing(capsys, monkeypatch, db)
    assert add(monkeypatch, db, "王管理", "admin", ADMIN_PW, "--unit", "city") == 0
    assert add(monkeypatch, db, "李四", "clerk", CLERK_PW) == 0  # --unit city by default
    out = capsys.readouterr().out
    assert "added 王管理 (admin, 市局)" in out and "added 李四 (clerk, 市局)" in out

    lines = listing(capsys, monkeypatch, db).splitlines()
    assert lines[0].split() == ["name", "unit", "role", "active", "locked"]
    assert [line.split() for line in lines[1:]] == [
        ["李四", "市局", "clerk", "yes", "no"],
        ["王管理", "市局", "admin", "yes", "no"],
    ]
    assert users.sign_in(workspace, "李四", CLERK_PW).name == "李四"

    args = ["users", "passwd", "李四", "--password-stdin", "--db", db]
    assert run(monkeypatch, *args, stdin=NEW_PW + "\r\n") == 0
    assert "password set for 李四" in capsys.readouterr().out
    assert users.sign_in(workspace, "李四", NEW_PW).name == "李四"
    with pytest.raises(DomainError) as old:
        users.sign_in(workspace, "李四", CLERK_PW)
    assert old.value.code is ErrorCode.SIGN_IN_FAILED

    clerk = workspace.signed_in(users.sign_in(workspace, "李四", NEW_PW))
    for _ in range(2):
        register(clerk, new_application(handler="李四"), today=TODAY)
    assert run(monkeypatch, "users", "disable", "李四", "--db", db) == 0
    out = capsys.readouterr().out
    assert "disabled 李四" in out
    assert "李四 still handles 2 open applications at 市局: reassign them (改派)" in out
    assert listing(capsys, monkeypatch, db).splitlines()[1].split() == [
        "李四",
        "市局",
        "clerk",
        "no",
        "no",
    ]
    with pytest.raises(DomainError) as disabled:
        users.sign_in(workspace, "李四", NEW_PW)
    assert disabled.value.code is ErrorCode.ACCOUNT_DISABLED


def test_a_short_password_is_refused_and_nothing_written(
    db: str,
    workspace: Workspace,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert add(monkeypatch, db, "王管理", "admin", SHORT_PW) == 1
    assert "at least 8 characters" in one_error_line(capsys)
    assert users.users(workspace) == []
    assert add(monkeypatch, db, "王管理", "admin", ADMIN_PW) == 0
    args = ["users", "passwd", "王管理", "--password-stdin", "--db", db]
    assert run(monkeypatch, *args, stdin=SHORT_PW + "\n") == 1
    one_error_line(capsys)
    assert users.sign_in(workspace, "王管理", ADMIN_PW).name == "王管理"  # unchanged


def test_refusals_are_one_line(
    db: str,
    workspace: Workspace,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert add(monkeypatch, db, "王管理", "admin", ADMIN_PW) == 0
    capsys.readouterr()
    assert add(monkeypatch, db, " 王管理 ", "clerk", CLERK_PW) == 1  # the same name
    assert "user 王管理 exists" in one_error_line(capsys)
    assert add(monkeypatch, db, "李四", "clerk", CLERK_PW, "--unit", "nowhere") == 1
    assert "no active unit 'nowhere' (units: city)" in one_error_line(capsys)
    assert run(monkeypatch, "users", "disable", "赵六", "--db", db) == 1
    assert "no user 赵六" in one_error_line(capsys)
    assert run(monkeypatch, "users", "passwd", "赵六", "--password-stdin", "--db", db) == 1
    assert "no user 赵六" in one_error_line(capsys)
    assert run(monkeypatch, "users", "disable", "王管理", "--db", db) == 1
    assert "the last active admin stays" in one_error_line(capsys)
    assert run(monkeypatch, "users", "passwd", "王管理", "--password-stdin", "--db", db) == 1
    assert "no password on stdin" in one_error_line(capsys)
    assert [(u.name, u.role.value, u.active) for u in users.users(workspace)] == [
        ("王管理", "admin", True)
    ]
    assert users.sign_in(workspace, "王管理", ADMIN_PW).name == "王管理"
    with pytest.raises(SystemExit) as bad:
        main(["users", "add", "李四", "--role", "boss", "--db", db])
    assert bad.value.code == 2


def test_a_terminal_is_asked_twice(
    db: str,
    workspace: Workspace,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    typed: list[str] = []
    prompts: list[str] = []

    def getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return typed.pop(0)

    monkeypatch.setattr("getpass.getpass", getpass)
    args = ["users", "add", "王管理", "--role", "admin", "--db", db]
    assert run(monkeypatch, *args) == 1  # stdin is no terminal here
    assert "use --password-stdin" in one_error_line(capsys)
    assert prompts == []

    monkeypatch.setattr("sys.stdin", Terminal())
    typed[:] = [ADMIN_PW, ADMIN_PW + "x"]
    assert main(args) == 1
    assert "the two passwords differ" in one_error_line(capsys)
    assert users.users(workspace) == []

    typed[:] = [ADMIN_PW, ADMIN_PW]
    assert main(args) == 0
    assert prompts[-2:] == ["new password for 王管理: ", "again: "]
    assert users.sign_in(workspace, "王管理", ADMIN_PW).name == "王管理"


def test_a_locked_out_user_is_listed_as_locked_until_a_new_password(
    db: str,
    workspace: Workspace,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert add(monkeypatch, db, "王管理", "admin", ADMIN_PW) == 0
    assert add(monkeypatch, db, "李四", "clerk", CLERK_PW) == 0
    for _ in range(5):
        with pytest.raises(DomainError):
            users.sign_in(workspace, "李四", "wrong password")
    row = listing(capsys, monkeypatch, db).splitlines()[1].split()
    assert row[:4] == ["李四", "市局", "clerk", "yes"] and row[4] == "until"
    args = ["users", "passwd", "李四", "--password-stdin", "--db", db]
    assert run(monkeypatch, *args, stdin=NEW_PW + "\n") == 0
    assert listing(capsys, monkeypatch, db).splitlines()[1].split()[4] == "no"
    assert users.sign_in(workspace, "李四", NEW_PW).name == "李四"


def test_passwords_are_never_shown_or_logged(
    db: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    add(monkeypatch, db, "王管理", "admin", SHORT_PW)
    add(monkeypatch, db, "王管理", "admin", ADMIN_PW)
    add(monkeypatch, db, "王管理", "admin", CLERK_PW)  # exists
    add(monkeypatch, db, "李四", "clerk", CLERK_PW, "--unit", "nowhere")
    add(monkeypatch, db, "李四", "clerk", CLERK_PW)
    run(monkeypatch, "users", "passwd", "李四", "--password-stdin", "--db", db, stdin=NEW_PW)
    run(monkeypatch, "users", "passwd", "李四", "--password-stdin", "--db", db, stdin=SHORT_PW)
    run(monkeypatch, "users", "list", "--db", db)
    out, err = capsys.readouterr()
    seen = out + err + log_text(tmp_path)
    assert "added 王管理" in seen and "at least 8 characters" in seen  # they did run
    assert "users: not done" in log_text(tmp_path)
    for secret in SECRETS:
        assert secret not in seen


def test_users_list_loads_no_qt(tmp_path: Path) -> None:
    db = tmp_path / "u.sqlite3"
    open_database(db, create=True).dispose()
    modules = loaded(tmp_path, "users", "list", "--db", str(db))
    assert qt(modules) == [] and "approvals_gui.printing" not in modules
    assert "argon2" in modules  # the probe sees it where it is loaded …
    assert not any(m.startswith("argon2") for m in loaded(tmp_path, "check", "--db", str(db)))


def test_a_user_is_named_as_names_are_kept(
    db: str,
    workspace: Workspace,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """ "王 芳" typed is the user 王芳, and 李四 the account an older program kept as
    "李 四": found to set a password or disable, and not added twice."""
    assert add(monkeypatch, db, "王管理", "admin", ADMIN_PW) == 0
    assert add(monkeypatch, db, "王　芳", "clerk", CLERK_PW) == 0
    assert "added 王芳 (clerk, 市局)" in capsys.readouterr().out
    add_user_as_kept_before(workspace.engine, User("李 四", "city", Role.CLERK), CLERK_PW)
    assert add(monkeypatch, db, "李四", "clerk", CLERK_PW) == 1
    assert "user 李 四 exists" in one_error_line(capsys)
    args = ["users", "passwd", "王 芳", "--password-stdin", "--db", db]
    assert run(monkeypatch, *args, stdin=NEW_PW + "\n") == 0
    assert "password set for 王芳" in capsys.readouterr().out
    assert users.sign_in(workspace, "王芳", NEW_PW).name == "王芳"
    assert run(monkeypatch, "users", "disable", "李四", "--db", db) == 0
    assert "disabled 李 四" in capsys.readouterr().out
    assert [u.active for u in users.users(workspace) if u.name == "李 四"] == [False]
