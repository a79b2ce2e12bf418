"""Composition root: the window by default, a headless command when one is named."""

from __future__ import annotations

import argparse
import builtins
import getpass
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from approvals_gui import APP_NAME, COMMANDS, ORG_NAME
from approvals_gui.logs import start_logging
from approvals_gui.store.errors import StoreError

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings, QTranslator
    from sqlalchemy import Engine

    from approvals_gui.services.workspace import Workspace
    from approvals_gui.ui.workers import Worker
from approvals_gui.paths import data_dir, database_target

ICON = Path(__file__).resolve().parents[1] / "resources" / "icons" / "yicibanjie.png"


def main(argv: Sequence[str]) -> int:
    if not (argv and argv[0] in ("-h", "--help", "--version")):
        start_logging(argv)
    if argv and (argv[0] in COMMANDS or argv[0] in ("-h", "--help", "--version")):
        from approvals_gui import cli  # loaded only when a command runs

        return cli.main(argv)
    if argv and not argv[0].startswith("-"):  # a mistyped command must not open a window
        print(
            f"error: unknown command {argv[0]!r} (commands: {', '.join(COMMANDS)})",
            file=sys.stderr,
        )
        return 2
    return run_gui(argv)


def run_gui(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="main.py", add_help=False)
    parser.add_argument("--db", default=None)
    parser.add_argument("--lang", default=None)
    args, qt_args = parser.parse_known_args(argv)

    # Qt and the window's frame first, the database stack and the pages behind it.
    plain_import = builtins.__import__
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    # PySide6 puts a hook on every import for its opt-in `__feature__` switches, which
    # this program does not use; it reads the source of each module loaded after Qt (a
    # quarter of a second for the database stack and the pages). The plain one goes back.
    builtins.__import__ = plain_import

    from approvals_gui.i18n import install_translators
    from approvals_gui.logs import log, redact
    from approvals_gui.ui import settings as options
    from approvals_gui.ui.single_instance import SingleInstance, bring_forward, instance_key
    from approvals_gui.ui.start_frame import StartFrame

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *qt_args])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName("yicibanjie")
    app.setWindowIcon(QIcon(str(ICON)))
    settings = QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    options.set_run_language(args.lang)
    target, is_default = database_target(args.db, options.DATABASE.get(settings))
    # One window per user and database: a second start brings the first one forward.
    instance = SingleInstance(instance_key(getpass.getuser(), target), app)
    if not instance.start():
        log.info("already running on this database: asked that window to come forward")
        return 0
    translators = install_translators(app, options.language(settings))
    frame = StartFrame(settings, redact(str(target)))
    frame.show_painted(app)

    from approvals_gui.services.workspace import Workspace
    from approvals_gui.ui.collector import MainThreadCollector
    from approvals_gui.ui.dialogs.open_failed import ask_after_failure
    from approvals_gui.ui.error_report import ErrorReporter
    from approvals_gui.ui.shell import Shell
    from approvals_gui.ui.today import Today
    from approvals_gui.ui.workers import Worker

    collector = MainThreadCollector(app)  # noqa: F841 (lives as long as the application)
    app.processEvents()  # the frame drawn, should the imports have outrun it
    opened = open_or_ask(target, is_default, ask_after_failure)
    if opened is None:
        frame.close()
        instance.close()
        return 1
    engine, target = opened
    log.info("database opened: %s", redact(str(target)))
    ws = Workspace(engine, options.USER_NAME.get(settings))
    # One worker runs every database job in order; exports write files on their own.
    workers = (Worker(app), Worker(app))
    signed_in = sign_in_at_start(ws, workers[0], redact(str(target)))
    if signed_in is not None:  # the language may change in it: read again below
        first_run_at_start(signed_in, workers[0], settings, translators)
    for translator in translators:  # the window installs its own
        app.removeTranslator(translator)
    if signed_in is None:
        frame.close()
        instance.close()
        return 1
    if not frame.isVisible():  # closed by the user while the window was on its way
        instance.close()
        return 0
    ws = signed_in
    shell = Shell(app, ws, workers, Today(parent=app), settings, redact(str(target)))
    reporter = ErrorReporter(app)
    reporter.install()
    instance.activated.connect(lambda: bring_forward(shell.window))
    shell.window.show()
    frame.close()
    try:
        return app.exec()
    finally:
        reporter.uninstall()
        instance.close()


def sign_in_at_start(ws: Workspace, worker: Worker, database_label: str) -> Workspace | None:
    """The workspace the window works in: signed in where the database asks for it.

    Where sign-in is required, a database without users cannot be used from the window
    (nobody could sign in): the message says how to add the first admin. None when
    the user gives up; the two checks before are small reads with nothing on screen yet.
    """
    from PySide6.QtWidgets import QMessageBox

    from approvals_gui.logs import log
    from approvals_gui.services import users
    from approvals_gui.ui.dialogs.modal import shown
    from approvals_gui.ui.dialogs.sign_in_dialog import SignInDialog

    if not users.sign_in_required(ws):
        return ws
    if not users.has_users(ws):
        log.warning("sign-in required, but the database has no users")
        QMessageBox.critical(None, *first_admin_message(database_label))
        return None
    dialog = SignInDialog(ws, worker)
    with shown(dialog) as accepted:
        user = dialog.user
    return ws.signed_in(user) if accepted and user is not None else None


def first_run_at_start(
    ws: Workspace, worker: Worker, settings: QSettings, translators: list[QTranslator]
) -> bool:
    """Until this desk has been set up (issue 13), ask for the bureau's name and the
    clerk's own before the window opens; True if the dialog was accepted. Cancelling
    keeps the defaults, opens the window all the same, and asks again next start.
    `translators` are swapped in place as a language is picked."""
    from approvals_gui.ui import settings as options
    from approvals_gui.ui.dialogs.first_run_dialog import FirstRunDialog
    from approvals_gui.ui.dialogs.modal import run_modal

    if options.FIRST_RUN_DONE.get(settings):
        return False
    return run_modal(FirstRunDialog(ws, worker, settings, translators=translators))


def first_admin_message(database_label: str) -> tuple[str, str]:
    """The title and text telling how to make the first admin from the command line."""
    from PySide6.QtCore import QCoreApplication

    from approvals_gui.version import console_command

    where = f'"{database_label}"' if " " in database_label else database_label
    command = f"{console_command()} users add 姓名 --role admin --unit city --db {where}"
    text = QCoreApplication.translate(
        "app",
        "此数据库要求登录，但还没有任何用户。\n\n"
        "请先在命令行中添加第一位管理员，例如：\n\n%1\n\n"
        "然后重新启动本程序，用该账号登录。",
    ).replace("%1", command)
    return QCoreApplication.translate("app", "无法登录"), text


def open_or_ask(
    target: str | Path, is_default: bool, ask: Callable[[StoreError, str | Path], object]
) -> tuple[Engine, str | Path] | None:
    """The database at `target`, or, while it cannot be opened, what `ask` chooses
    instead: RETRY, CREATE, another file or server address, or None to give up.

    On this thread, before any window: nothing is on screen to freeze yet, and without a
    database there is no window to show. Only the default database is made when missing,
    or one the user asks to make (CREATE); a mistyped --db is not made by itself.
    """
    from approvals_gui.logs import log, redact
    from approvals_gui.store.database import open_database
    from approvals_gui.ui.dialogs.open_failed import CREATE, RETRY

    while True:
        try:
            return open_database(target, create=is_default), target
        except StoreError as exc:
            log.warning("cannot open %s: %s", redact(str(target)), exc)
            choice = ask(exc, target)
        if choice is None:
            return None
        if choice == CREATE:
            is_default = True  # made at the path given, as the default one is
        elif choice != RETRY:
            target, is_default = choice, False  # type: ignore[assignment]
