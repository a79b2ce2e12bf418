"""Composition root: the window by default, a headless command when one is named."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from approvals_gui import APP_NAME, COMMANDS, ORG_NAME
from approvals_gui.logs import start_logging
from approvals_gui.paths import data_dir, default_database


def main(argv: Sequence[str]) -> int:
    if not (argv and argv[0] in ("-h", "--help")):
        start_logging(argv)
    if argv and (argv[0] in COMMANDS or argv[0] in ("-h", "--help")):
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

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from approvals_gui.i18n import install_translators
    from approvals_gui.logs import log, redact
    from approvals_gui.services.workspace import Workspace
    from approvals_gui.store.database import open_database
    from approvals_gui.store.errors import StoreError
    from approvals_gui.ui import settings as options
    from approvals_gui.ui import strings
    from approvals_gui.ui.collector import MainThreadCollector
    from approvals_gui.ui.error_report import ErrorReporter
    from approvals_gui.ui.shell import Shell
    from approvals_gui.ui.today import Today
    from approvals_gui.ui.workers import Worker

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *qt_args])
    collector = MainThreadCollector(app)  # noqa: F841 (lives as long as the application)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    settings = QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    if args.lang:
        options.LANGUAGE.set(settings, args.lang)
    target = args.db or default_database()
    try:
        # On this thread, before any window: nothing is on screen to freeze yet, and
        # without a database there is no window to show. Only the default database is
        # made when missing; a mistyped --db is refused.
        engine = open_database(target, create=args.db is None)
    except StoreError as exc:
        log.warning("cannot open %s: %s", redact(str(target)), exc)
        # The window is not up yet: translate the dialog here.
        translators = install_translators(app, options.LANGUAGE.get(settings))  # noqa: F841
        QMessageBox.critical(
            None,
            app.translate("app", "无法打开数据库"),
            f"{strings.error_text(exc)}\n\n{redact(str(target))}",
        )
        return 1
    log.info("database opened: %s", redact(str(target)))
    ws = Workspace(engine, options.USER_NAME.get(settings))
    # One worker runs every database job in order; exports write files on their own.
    workers = (Worker(app), Worker(app))
    shell = Shell(app, ws, workers, Today(parent=app), settings, redact(str(target)))
    reporter = ErrorReporter(app)
    reporter.install()
    shell.window.show()
    try:
        return app.exec()
    finally:
        reporter.uninstall()
