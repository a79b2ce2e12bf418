"""Headless commands: `python main.py COMMAND [--db PATH] …`.

Errors print one clear line on stderr and exit non-zero. Each command imports what it
uses when it runs, so a quick one loads no Qt and no spreadsheet or chart code.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from approvals_gui import COMMANDS
from approvals_gui.domain.access import Role, user_named
from approvals_gui.domain.errors import DomainError
from approvals_gui.domain.notices import NoticeKind
from approvals_gui.domain.text import person_name
from approvals_gui.logs import log, log_folder, redact
from approvals_gui.paths import database_target
from approvals_gui.store.errors import StoreError

if TYPE_CHECKING:
    from approvals_gui.services.checking import CheckReport
    from approvals_gui.services.exports import Sheet
    from approvals_gui.services.workspace import Workspace

HELP = {
    "demo": "fill the database with realistic generated data",
    "check": "integrity check and overdue summary",
    "backup": "write a consistent copy of the database",
    "restore": "replace the database with a backup (the replaced file is kept beside it)",
    "export": "write applications, the overdue board, the figures or 12369 cases to a file",
    "import": "import an Excel ledger (台账) of applications",
    "report": "the service-day or the 12369 hotline report of a month",
    "notice": "write an application's notice (受理通知书 …) as an official-document PDF",
    "users": "add, list, re-password or disable the people who sign in (as an admin)",
}
USERS_HELP = """\
Whoever runs a headless command holds the database's own credentials (the file, or the
server's login), so the command line acts as an admin: it needs no sign-in, and the
first admin of a new database is made here. Passwords are asked twice on the terminal,
or read as one line from stdin with --password-stdin; they are never shown or logged."""
EXPORT_SUFFIXES = (".xlsx", ".csv", ".pdf")
_qt_app: object | None = None  # kept alive while a PDF is drawn


class _Refused(Exception):
    """What the command line itself refuses (one line on stderr, exit 1)."""


WINDOW_LANGUAGES = ("zh_CN", "en")  # approvals_gui.i18n.LANGUAGES (which loads Qt)
USAGE = (
    ("[--db DB] [--lang {zh_CN,en}]", "open the window"),
    ("COMMAND [--db DB] [options]", "run a headless command"),
    ("COMMAND --help", "a command's options"),
)
EPILOG = """\
Without a command the window opens on the database given by --db, else by the
APPROVALS_GUI_DB environment variable, else by this desk's setting, else the default
file in the user's data directory. DB is a file or a postgresql://user@host/name URL."""


def program_name() -> str:
    """`main.py` from a source tree; the executable's own name in a build."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).stem
    return "main.py"


def build_parser() -> argparse.ArgumentParser:
    from approvals_gui.version import app_version

    parser = argparse.ArgumentParser(
        prog=program_name(),
        usage="\n       ".join(f"%(prog)s {form:<31} {what}" for form, what in USAGE),
        description="一次办结 — EIA approval tracker",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"一次办结 {app_version()}")
    # Listed for --help: app.main reads them itself when no command is named.
    window = parser.add_argument_group("the window's options (no command)")
    window.add_argument(
        "--db", dest="window_db", metavar="DB", help="database file or postgresql:// URL"
    )
    window.add_argument(
        "--lang", dest="window_lang", choices=WINDOW_LANGUAGES, help="language (default zh_CN)"
    )
    sub = parser.add_subparsers(
        dest="command", required=True, title="commands", metavar="COMMAND", prog=program_name()
    )
    cmd = {
        name: sub.add_parser(name, help=HELP[name])
        for name in COMMANDS
        if name != "users"  # its own subcommands carry the flags
    }
    cmd["demo"].add_argument("--count", type=int, default=500, help="applications to add")
    cmd["demo"].add_argument("--seed", type=int, default=2026)
    cmd["backup"].add_argument("--out", type=Path, help="file to write (default: dated, rotated)")
    cmd["restore"].add_argument("backup", type=Path, help="the backup file to restore")
    export = cmd["export"]
    export.add_argument("what", choices=("applications", "overdue", "stats", "cases"))
    export.add_argument("--out", type=Path, required=True, help="FILE.xlsx, .csv or .pdf")
    export.add_argument("--from", dest="first", type=_day, help="stats: first day (YYYY-MM-DD)")
    export.add_argument("--to", dest="last", type=_day, help="stats: last day (default today)")
    export.add_argument("--handler", help="stats: one handler only")
    export.add_argument("--category", help="stats: one category code only (e.g. report_form)")
    export.add_argument(
        "--bureau", help="a PDF's title: the bureau's name (default: the database's)"
    )
    export.add_argument(
        "--personal",
        action="store_true",
        help="cases: the reporters' names and phones whole (masked by default)",
    )
    cmd["import"].add_argument("file", type=Path, help="FILE.xlsx; columns found by their headings")
    cmd["import"].add_argument(
        "--skip-bad", action="store_true", help="import the good rows even if some are bad"
    )
    report = cmd["report"]
    report.add_argument("which", choices=("service-days", "hotline"))
    report.add_argument("--month", type=_month, required=True, help="YYYY-MM")
    report.add_argument("--out", type=Path, required=True, help="FILE.pdf or .xlsx")
    report.add_argument(
        "--bureau", help="the bureau's name for the title (default: the database's)"
    )
    notice = cmd["notice"]
    notice.add_argument("kind", choices=[k.value for k in NoticeKind])
    notice.add_argument(
        "--number", required=True, help="the application's number, e.g. HP2026-00042"
    )
    notice.add_argument("--out", type=Path, required=True, help="FILE.pdf")
    notice.add_argument(
        "--expected-days",
        type=int,
        help="special-procedure: working days the review or hearing is expected to take "
        "(default: the bureau's setting)",
    )
    db_help = "database file or URL (default: the user's data directory)"
    for each in [*cmd.values(), *_users_parser(sub)]:
        each.add_argument("--db", default=None, help=db_help)
    return parser


def _users_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
) -> list[argparse.ArgumentParser]:
    """`users {add,list,passwd,disable}`: the parsers that take --db."""
    users = sub.add_parser(
        "users",
        help=HELP["users"],
        description=USERS_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = users.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help="add a user (the first one of a database: an admin)")
    add.add_argument("name", help="the name they sign in with; the history records it")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--unit", default="city", help="their unit's code (default: city, 市局)")
    listing = actions.add_parser("list", help="name, unit, role, active, locked")
    passwd = actions.add_parser("passwd", help="set a user's password (and unlock them)")
    passwd.add_argument("name")
    disable = actions.add_parser("disable", help="a user who may no longer sign in")
    disable.add_argument("name")
    for each in (add, passwd):
        each.add_argument(
            "--password-stdin",
            action="store_true",
            help="read the password as one line from stdin instead of asking twice",
        )
    return [add, listing, passwd, disable]


def _day(text: str) -> date:
    try:
        return _in_calendar(date.fromisoformat(text))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _month(text: str) -> date:
    try:
        month = date.fromisoformat(text + "-01")
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a month (YYYY-MM): {text!r}") from None
    return _in_calendar(month)


def _in_calendar(day: date) -> date:
    from approvals_gui.domain.calendar import check_in_calendar

    try:
        return check_in_calendar(day)
    except DomainError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _installs(args: argparse.Namespace) -> bool:
    """Whether the command may give an empty database the schema: those that add to it.
    The others leave an empty database as they found it."""
    return args.command in ("demo", "import") or (args.command == "users" and args.action == "add")


def main(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(argv)
    today = date.today()  # one day for the whole command, even one that runs past midnight
    try:
        if args.command == "restore":  # the database must not be open while it is replaced
            return _restore(args.db, args.backup)
        if args.command == "check":  # a current SQLite file is read without SQLAlchemy
            return _check(args.db, today)
        if args.command == "backup":
            _refuse_server(args.db)
        ws = _workspace(args.db, create=args.command == "demo", install=_installs(args))
        try:
            return _run(ws, args, today)
        finally:
            ws.engine.dispose()
    except (StoreError, DomainError, OSError, _Refused) as exc:
        log.warning("%s: not done: %s", args.command, exc)
        # One line, whatever the driver said over several; never a password.
        print(f"error: {redact(' '.join(str(exc).split()))}", file=sys.stderr)
        return 1
    except Exception:  # a defect: the traceback goes to the log, not to the user
        log.exception("%s: unexpected error", args.command)
        print(f"error: unexpected error; details are in {log_folder()}", file=sys.stderr)
        return 1


def _workspace(db: str | None, *, create: bool, install: bool = True) -> Workspace:
    """Only `demo` creates a missing database: a mistyped --db is an error. An empty
    one receives the schema unless `install` is False (a command that only reads)."""
    from approvals_gui.services.workspace import Workspace
    from approvals_gui.store.database import open_database

    engine = open_database(database_target(db)[0], create=create, install=install)
    return Workspace(engine, getpass.getuser())


def _run(ws: Workspace, args: argparse.Namespace, today: date) -> int:
    if args.command == "demo":
        return _demo(ws, args.count, args.seed, today)
    if args.command == "export":
        return _export(ws, args, today)
    if args.command == "import":
        return _import(ws, args.file, args.skip_bad)
    if args.command == "report" and args.which == "hotline":
        return _hotline_report(ws, args.month, args.out, _bureau(ws, args.bureau), today)
    if args.command == "report":
        return _service_report(ws, args.month, args.out, _bureau(ws, args.bureau), today)
    if args.command == "notice":
        return _notice(ws, args, today)
    if args.command == "backup":
        return _backup(ws, args.out)
    assert args.command == "users", args.command  # check and restore: see main
    return _users(ws, args)


def _counted(count: int, noun: str) -> str:
    """1 report, 2 reports: what a command reports it did."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _demo(ws: Workspace, count: int, seed: int, today: date) -> int:
    if count < 1:
        print("error: --count must be at least 1", file=sys.stderr)
        return 2
    from approvals_gui.services import demo

    demo.generate(ws, count, today=today, seed=seed)
    where = ws.engine.url.database or ws.engine.url
    cases = _counted(demo.hotline_cases(count), "12369 case")
    print(f"added {_counted(count, 'application')} and {cases} to {where}")
    return 0


def _backup(ws: Workspace, out: Path | None) -> int:
    from approvals_gui.services import maintenance

    print(f"backup written: {maintenance.backup(ws, out)}")
    return 0


def _refuse_server(db: str | None) -> None:
    """A server's backups are its own (pg_dump): said before connecting to it."""
    from approvals_gui.store.backup import database_file

    database_file(database_target(db)[0])


def _restore(db: str | None, backup: Path) -> int:
    from approvals_gui.services import maintenance

    target = database_target(db)[0]
    kept = maintenance.restore(target, backup)
    print(f"restored {backup} to {target}; the replaced database is kept as {kept}")
    return 0


def _check(db: str | None, today: date) -> int:
    from approvals_gui.services.checking import check_file

    report = check_file(database_target(db)[0], today)
    if report is None:  # a server, or a file to open the usual way first (to upgrade it)
        from approvals_gui.services import maintenance

        ws = _workspace(db, create=False, install=False)  # an empty database stays empty
        try:
            report = maintenance.check(ws, today=today)
        finally:
            ws.engine.dispose()
    _print_check(report)
    return 0 if report.ok else 3


def _print_check(report: CheckReport) -> None:
    from approvals_gui.domain.clock import Status

    print(f"applications: {report.applications}")
    print("integrity: " + ("ok" if report.ok else f"{len(report.problems)} problem(s)"))
    for problem in report.problems[:50]:
        print(f"  {problem}")
    s = report.by_status
    print(
        f"past the statutory date: {s[Status.BREACH]}  overdue (red): {s[Status.OVERDUE]}  "
        f"due soon (yellow): {s[Status.DUE_SOON]}  paused: {s[Status.PAUSED]}  "
        f"running: {s[Status.NORMAL]}"
    )
    for handler, (breach, red, yellow) in report.late_by_handler.items():
        print(f"  {handler}: past statutory {breach}, red {red}, yellow {yellow}")
    print(f"12369 cases: {report.cases}  overdue: {report.cases_overdue}")


def _export(ws: Workspace, args: argparse.Namespace, today: date) -> int:
    out: Path = args.out
    suffix = out.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        print(f"error: --out must end in {', '.join(EXPORT_SUFFIXES)}", file=sys.stderr)
        return 2
    if args.category is not None and args.category not in ws.rules():
        print(f"error: unknown category {args.category!r}", file=sys.stderr)
        return 2
    if args.what == "stats":
        refused = _figures_refusal(ws, args, today)
        if refused:
            print(f"error: {refused}", file=sys.stderr)
            return 2
        _export_figures(ws, args, today)
    elif args.what == "cases":
        _export_cases(ws, out, args.personal, today, args.bureau)
    else:
        _export_table(ws, args.what, out, today, args.bureau)
    print(f"written: {out}")
    return 0


def _figures_refusal(ws: Workspace, args: argparse.Namespace, today: date) -> str:
    """Why the figures asked for would be wrong, or "": a period that ends before it
    begins, named by the options; a handler no application names (a report of zeros
    that looked like one of a handler with nothing late)."""
    from approvals_gui.services.directory import handlers

    last = args.last or today
    if args.first is not None and last < args.first:
        return f"--to {last} is before --from {args.first}"
    if args.handler is not None and person_name(args.handler) not in (known := handlers(ws)):
        return f"no application has the handler {args.handler!r} (known: {', '.join(known)})"
    return ""


def _export_figures(ws: Workspace, args: argparse.Namespace, today: date) -> None:
    from approvals_gui.services import exports
    from approvals_gui.services.figures import figures_report

    out: Path = args.out
    names = _category_names(ws)
    last = args.last or today
    first = args.first or last.replace(month=1, day=1)
    report = figures_report(
        ws, first, last, today=today, handler=args.handler, category=args.category
    )
    if out.suffix.lower() == ".pdf":
        _start_qt()
        from approvals_gui.printing.reports import write_figures_pdf

        write_figures_pdf(report, _bureau(ws, args.bureau), names, out)
    else:
        sheets = exports.figures_sheets(report, names)
        if out.suffix.lower() != ".xlsx" and len(sheets) > 1:  # a .csv holds one table
            rest = "、".join(sheet.title for sheet in sheets[1:])
            print(f"note: {out.name} holds {sheets[0].title} only; .xlsx has {rest} too")
        _write(sheets if out.suffix.lower() == ".xlsx" else sheets[:1], out)


def _export_table(ws: Workspace, what: str, out: Path, today: date, bureau: str | None) -> None:
    from approvals_gui.services import exports

    names = _category_names(ws)
    units = {u.code: u.name for u in ws.units()}
    if what == "applications":
        from approvals_gui.services.applications import list_applications

        views = list_applications(ws, today=today)
        sheet = exports.applications_sheet(views, names, units, as_of=today)
    else:  # as the board shows it at first: grouped by handler, in its order
        from approvals_gui.domain.board import GroupBy, group_cards
        from approvals_gui.services.board import board_cards

        groups = group_cards(board_cards(ws, today=today), GroupBy.HANDLER)
        sheet = exports.grouped_board_sheet(groups, GroupBy.HANDLER, names, units, as_of=today)
    if out.suffix.lower() == ".pdf":
        _start_qt()
        from approvals_gui.printing.reports import printed_title, write_table_pdf

        write_table_pdf(sheet, printed_title(_bureau(ws, bureau), sheet.title, today), out)
    else:
        _write([sheet], out)


def _bureau(ws: Workspace, given: str | None) -> str:
    """The name for a report's title: as given, or the issuing authority's setting."""
    if given is not None:
        return given
    from approvals_gui.services.notices import notice_settings

    return notice_settings(ws).authority


def _notice(ws: Workspace, args: argparse.Namespace, today: date) -> int:
    out: Path = args.out
    kind = NoticeKind(args.kind)
    if out.suffix.lower() != ".pdf":
        print("error: --out must end in .pdf", file=sys.stderr)
        return 2
    if args.expected_days is not None and kind is not NoticeKind.SPECIAL_PROCEDURE:
        print("error: --expected-days is for special-procedure notices only", file=sys.stderr)
        return 2
    from approvals_gui.printing.notice_text import compose
    from approvals_gui.services.notices import authority_set, detail_by_number, settings_for

    found = detail_by_number(ws, args.number, today=today)
    settings = settings_for(ws, found.view.record.unit)
    notice = compose(kind, found, settings, ws.calendar(), expected_days=args.expected_days)
    _start_qt()
    from approvals_gui.printing.notices import write_notice_pdf

    write_notice_pdf(notice, out)
    if not authority_set(ws):  # the window's first desk brings its bureau's name
        print(
            f"warning: this database names no issuing authority; the notice is signed "
            f"“{settings.authority}”. Set it in the window (设置 → 发文机关) first.",
            file=sys.stderr,
        )
    print(f"written: {out} ({notice.title} {notice.number})")
    return 0


def _category_names(ws: Workspace) -> dict[str, str]:
    return {code: rule.name for code, rule in ws.rules().items()}


def _write(sheets: list[Sheet], out: Path) -> None:
    from approvals_gui.services import exports

    if out.suffix.lower() == ".csv":
        exports.write_csv(sheets[0], out)
    else:
        exports.write_xlsx(sheets, out)


def _start_qt() -> None:
    """PDFs are drawn by Qt (charts included), which needs an application object; no
    window is shown, so the offscreen platform serves when none is chosen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    global _qt_app
    if QApplication.instance() is None:
        _qt_app = QApplication([sys.argv[0]])


def _import(ws: Workspace, path: Path, skip_bad: bool) -> int:
    from approvals_gui.domain.ledger_import import FIELD_NAMES, guess_mapping, missing_fields
    from approvals_gui.services import ledger

    sheet = ledger.read_ledger(path)
    mapping = guess_mapping(sheet.headers)
    if missing := missing_fields(mapping):
        names = ", ".join(FIELD_NAMES[f][0] for f in missing)
        print(f"error: no column found for: {names}", file=sys.stderr)
        return 2
    check = ledger.check_ledger(
        sheet,
        mapping,
        ws.rules(),
        ws.now(),
        authorities=ws.authorities(),
        known=ledger.known_applications(ws),
    )
    for problem in check.problems:
        where = f"row {problem.row}" + (f", {problem.column}" if problem.column else "")
        print(f"{where}: {problem.error}", file=sys.stderr)
    if unlisted := check.problem_count - len(check.problems):
        print(f"…and {unlisted} more problem(s)", file=sys.stderr)
    if check.already_imported:
        print(f"{len(check.already_imported)} row(s) already in the database", file=sys.stderr)
    if check.problems and not skip_bad:
        print(
            f"error: {len(check.bad_rows)} bad row(s); nothing imported "
            "(fix the file, or use --skip-bad)",
            file=sys.stderr,
        )
        return 3
    count = ledger.import_ledger(ws, check.entries)
    print(
        f"imported {count} applications"
        + (f", skipped {len(check.bad_rows)} rows" if check.problems else "")
        + (f", {len(check.already_imported)} already imported" if check.already_imported else "")
    )
    return 0


def _service_report(ws: Workspace, month: date, out: Path, bureau: str, today: date) -> int:
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        print("error: --out must end in .pdf or .xlsx", file=sys.stderr)
        return 2
    from approvals_gui.services import exports
    from approvals_gui.services.service_days import month_report

    report = month_report(ws, month, today=today)
    if suffix == ".pdf":
        _start_qt()
        from approvals_gui.printing.reports import write_service_report_pdf

        write_service_report_pdf(report, bureau, out)
    else:
        exports.write_xlsx(exports.service_report_sheets(report), out)
    print(f"written: {out} ({_counted(len(report.visits), 'visit')})")
    return 0


def _export_cases(
    ws: Workspace, out: Path, personal: bool, today: date, bureau: str | None
) -> None:
    from approvals_gui.services.hotline import list_cases
    from approvals_gui.services.hotline_exports import cases_sheet

    units = {u.code: u.name for u in ws.units()}
    sheet = cases_sheet(list_cases(ws, today=today), units, personal=personal, as_of=today)
    if out.suffix.lower() == ".pdf":
        _start_qt()
        from approvals_gui.printing.reports import printed_title, write_table_pdf

        write_table_pdf(sheet, printed_title(_bureau(ws, bureau), sheet.title, today), out)
    else:
        _write([sheet], out)


def _hotline_report(ws: Workspace, month: date, out: Path, bureau: str, today: date) -> int:
    """The month's figures with their definitions, and every case received in it."""
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        print("error: --out must end in .pdf or .xlsx", file=sys.stderr)
        return 2
    from approvals_gui.domain.hotline.figures import hotline_figures
    from approvals_gui.services import exports
    from approvals_gui.services.hotline import list_cases, summaries
    from approvals_gui.services.hotline_exports import hotline_report_sheets

    last = (month + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    views = list_cases(ws, today=today)
    figures = hotline_figures(summaries(views), month, last, today)
    units = {u.code: u.name for u in ws.units()}
    if suffix == ".pdf":
        _start_qt()
        from approvals_gui.printing.hotline_report import write_hotline_report_pdf

        write_hotline_report_pdf(figures, views, bureau, units, out, today)
    else:
        exports.write_xlsx(hotline_report_sheets(figures, views, units, today=today), out)
    print(f"written: {out} ({_counted(figures.counts.received, 'report')} received)")
    return 0


def _users(ws: Workspace, args: argparse.Namespace) -> int:
    """The admin's user list from the command line (services.users loads argon2, so
    only this command does)."""
    from approvals_gui.services import users

    if args.action == "list":
        return _list_users(ws)
    known = users.users(ws)
    found = user_named(known, args.name)
    if args.action == "add":
        from approvals_gui.domain.access import User

        if found is not None:
            print(f"error: user {found.name} exists", file=sys.stderr)
            return 1
        if not any(u.code == args.unit and u.active for u in ws.units()):
            codes = ", ".join(u.code for u in ws.units() if u.active)
            print(f"error: no active unit {args.unit!r} (units: {codes})", file=sys.stderr)
            return 1
        new = User(person_name(args.name), args.unit, Role(args.role))
        added = users.add_user(ws, new, _password(args, new.name))
        print(f"added {added.name} ({added.role}, {ws.unit_name(added.unit)})")
        return 0
    if found is None:
        print(f"error: no user {person_name(args.name)}", file=sys.stderr)
        return 1
    name = found.name
    if args.action == "passwd":
        users.set_password(ws, name, _password(args, name))
        print(f"password set for {name}")
    else:
        from approvals_gui.services.units import open_handled

        users.disable(ws, name)
        print(f"disabled {name}")
        unit = found.unit
        if held := open_handled(ws, name, unit):
            # As the window asks before: these are now in nobody's 我的事项.
            print(
                f"{name} still handles {_counted(held, 'open application')} at "
                f"{ws.unit_name(unit)}: reassign them (改派) to someone there in the window"
            )
    return 0


def _list_users(ws: Workspace) -> int:
    from approvals_gui.services import users

    found = users.users(ws)
    if not found:
        print("no users yet (add the first admin: users add NAME --role admin)")
        return 0
    locked = users.locked_until(ws)
    rows = [("name", "unit", "role", "active", "locked")]
    for u in found:
        until = locked.get(u.name)
        rows.append(
            (
                u.name,
                ws.unit_name(u.unit),
                u.role.value,
                "yes" if u.active else "no",
                f"until {until:%Y-%m-%d %H:%M}" if until else "no",
            )
        )
    widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [c + " " * (w - _width(c)) for c, w in zip(row, widths, strict=True)]
        print("  ".join(cells).rstrip())
    return 0


def _width(text: str) -> int:
    """Columns on a terminal: Chinese characters take two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _password(args: argparse.Namespace, name: str) -> str:
    """The new password: one line of stdin with --password-stdin, else asked twice on
    the terminal without echo. Never printed, never logged."""
    if args.password_stdin:
        line = sys.stdin.readline()
        if not line:
            raise _Refused("no password on stdin")
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise _Refused("no terminal to ask for the password on; use --password-stdin")
    first = getpass.getpass(f"new password for {name}: ")
    if getpass.getpass("again: ") != first:
        raise _Refused("the two passwords differ; nothing changed")
    return first
