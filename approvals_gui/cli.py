"""Headless commands: `python main.py COMMAND [--db PATH] …`.

Errors print one clear line on stderr and exit non-zero.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Sequence
from pathlib import Path

from approvals_gui.domain.clock import Status
from approvals_gui.domain.errors import DomainError
from approvals_gui.paths import default_database
from approvals_gui.services import demo, maintenance
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.database import open_database
from approvals_gui.store.errors import StoreError

COMMANDS = ("demo", "check", "backup")


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
    for cmd in sub.choices.values():
        cmd.add_argument("--db", default=None, help=db_help)
    return parser


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
