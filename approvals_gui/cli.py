"""Headless commands: `python main.py COMMAND [--db PATH] …`.

Errors print one clear line on stderr and exit non-zero.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from types import ModuleType

from approvals_gui.domain.clock import Status
from approvals_gui.domain.errors import DomainError
from approvals_gui.domain.ledger_import import FIELD_NAMES, guess_mapping, missing_fields
from approvals_gui.paths import default_database
from approvals_gui.services import demo, exports, ledger, maintenance
from approvals_gui.services.applications import list_applications
from approvals_gui.services.board import board_cards
from approvals_gui.services.figures import figures_report
from approvals_gui.services.service_days import month_report
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.database import open_database
from approvals_gui.store.errors import StoreError

COMMANDS = ("demo", "check", "backup", "export", "import", "report")
EXPORT_SUFFIXES = (".xlsx", ".csv", ".pdf")
_qt_app: object | None = None  # kept alive while a PDF is drawn


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description="一次办结 — EIA approval tracker")
    sub = parser.add_subparsers(dest="command", required=True)
    db_help = "database file or URL (default: the user's data directory)"
    demo_cmd = sub.add_parser("demo", help="fill the database with realistic generated data")
    demo_cmd.add_argument("--count", type=int, default=500, help="applications to add")
    demo_cmd.add_argument("--seed", type=int, default=2026)
    sub.add_parser("check", help="integrity check and overdue summary")
    backup_cmd = sub.add_parser("backup", help="write a consistent copy of the database")
    backup_cmd.add_argument("--out", type=Path, help="file to write (default: dated, rotated)")
    export_cmd = sub.add_parser(
        "export", help="write applications, the overdue board or the figures to a file"
    )
    export_cmd.add_argument("what", choices=("applications", "overdue", "stats"))
    export_cmd.add_argument("--out", type=Path, required=True, help="FILE.xlsx, .csv or .pdf")
    export_cmd.add_argument("--from", dest="first", type=_day, help="stats: first day (YYYY-MM-DD)")
    export_cmd.add_argument("--to", dest="last", type=_day, help="stats: last day (default today)")
    export_cmd.add_argument("--handler", help="stats: one handler only")
    export_cmd.add_argument("--category", help="stats: one category code only (e.g. report_form)")
    export_cmd.add_argument(
        "--bureau", default="", help="stats PDF: the bureau's name for the title"
    )
    import_cmd = sub.add_parser("import", help="import an Excel ledger (台账) of applications")
    import_cmd.add_argument("file", type=Path, help="FILE.xlsx; columns found by their headings")
    import_cmd.add_argument(
        "--skip-bad", action="store_true", help="import the good rows even if some are bad"
    )
    report_cmd = sub.add_parser("report", help="the service-day report of a month")
    report_cmd.add_argument("which", choices=("service-days",))
    report_cmd.add_argument("--month", type=_month, required=True, help="YYYY-MM")
    report_cmd.add_argument("--out", type=Path, required=True, help="FILE.pdf or .xlsx")
    report_cmd.add_argument("--bureau", default="", help="the bureau's name for the title")
    for cmd in sub.choices.values():
        cmd.add_argument("--db", default=None, help=db_help)
    return parser


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _month(text: str) -> date:
    try:
        return date.fromisoformat(text + "-01")
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a month (YYYY-MM): {text!r}") from None


def main(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(argv)
    try:
        engine = open_database(args.db or default_database())
        ws = Workspace(engine, getpass.getuser())
        return int(_run(ws, args))
    except (StoreError, DomainError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


def _run(ws: Workspace, args: argparse.Namespace) -> int:
    if args.command == "demo":
        if args.count < 1:
            print("error: --count must be at least 1", file=sys.stderr)
            return 2
        demo.generate(ws, args.count, seed=args.seed)
        print(f"added {args.count} applications to {ws.engine.url.database or ws.engine.url}")
        return 0
    if args.command == "export":
        return _export(ws, args)
    if args.command == "import":
        return _import(ws, args.file, args.skip_bad)
    if args.command == "report":
        return _service_report(ws, args.month, args.out, args.bureau)
    if args.command == "backup":
        print(f"backup written: {maintenance.backup(ws, args.out)}")
        return 0
    report = maintenance.check(ws)
    _print_check(report)
    return 0 if report.ok else 3


def _print_check(report: maintenance.CheckReport) -> None:
    print(f"applications: {report.applications}")
    print("integrity: " + ("ok" if report.ok else f"{len(report.problems)} problem(s)"))
    for problem in report.problems[:50]:
        print(f"  {problem}")
    s = report.by_status
    print(
        f"overdue (red): {s[Status.OVERDUE]}  due soon (yellow): {s[Status.DUE_SOON]}  "
        f"paused: {s[Status.PAUSED]}  running: {s[Status.NORMAL]}"
    )
    for handler, (red, yellow) in report.red_yellow_by_handler.items():
        print(f"  {handler}: red {red}, yellow {yellow}")


def _export(ws: Workspace, args: argparse.Namespace) -> int:
    out: Path = args.out
    suffix = out.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        print(f"error: --out must end in {', '.join(EXPORT_SUFFIXES)}", file=sys.stderr)
        return 2
    if args.category is not None and args.category not in ws.rules():
        print(f"error: unknown category {args.category!r}", file=sys.stderr)
        return 2
    names = {code: rule.name for code, rule in ws.rules().items()}
    if args.what == "stats":
        last = args.last or ws.today()
        first = args.first or last.replace(month=1, day=1)
        report = figures_report(ws, first, last, handler=args.handler, category=args.category)
        if suffix == ".pdf":
            _pdf_reports().write_figures_pdf(report, args.bureau, names, out)
        else:
            sheets = exports.figures_sheets(report, names)
            _write(sheets if suffix == ".xlsx" else sheets[:1], out)
    else:
        if args.what == "applications":
            sheet = exports.applications_sheet(list_applications(ws), names)
        else:
            sheet = exports.board_sheet(board_cards(ws), names)
        if suffix == ".pdf":
            _pdf_reports().write_table_pdf(sheet, sheet.title, out)
        else:
            _write([sheet], out)
    print(f"written: {out}")
    return 0


def _write(sheets: list[exports.Sheet], out: Path) -> None:
    if out.suffix.lower() == ".csv":
        exports.write_csv(sheets[0], out)
    else:
        exports.write_xlsx(sheets, out)


def _pdf_reports() -> ModuleType:
    """PDFs are drawn by Qt (charts included), which needs an application object; no
    window is shown, so the offscreen platform serves when none is chosen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    global _qt_app
    if QApplication.instance() is None:
        _qt_app = QApplication([sys.argv[0]])
    from approvals_gui.ui import pdf_reports

    return pdf_reports


def _import(ws: Workspace, path: Path, skip_bad: bool) -> int:
    sheet = ledger.read_ledger(path)
    mapping = guess_mapping(sheet.headers)
    if missing := missing_fields(mapping):
        names = ", ".join(FIELD_NAMES[f][0] for f in missing)
        print(f"error: no column found for: {names}", file=sys.stderr)
        return 2
    check = ledger.check_ledger(ws, sheet, mapping)
    for problem in check.problems:
        where = f"row {problem.row}" + (f", {problem.column}" if problem.column else "")
        print(f"{where}: {problem.error}", file=sys.stderr)
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
    )
    return 0


def _service_report(ws: Workspace, month: date, out: Path, bureau: str) -> int:
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        print("error: --out must end in .pdf or .xlsx", file=sys.stderr)
        return 2
    report = month_report(ws, month)
    if suffix == ".pdf":
        _pdf_reports().write_service_report_pdf(report, bureau, out)
    else:
        exports.write_xlsx(exports.service_report_sheets(report), out)
    print(f"written: {out} ({len(report.visits)} visits)")
    return 0
