"""Importing an Excel ledger (台账): read the sheet, check it, import the good rows.

Reading and checking change nothing. The import is one transaction: a cancel or a
failure part-way leaves the database as it was.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zipfile import BadZipFile

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from approvals_gui.domain.ledger_import import (
    LedgerCheck,
    LedgerEntry,
    Mapping_,
    check_rows,
    ledger_history,
)
from approvals_gui.domain.rules import TimeLimitRule
from approvals_gui.services.applications import insert_with_history
from approvals_gui.services.errors import LedgerFileError
from approvals_gui.services.progress import Progress, no_progress
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import repo
from approvals_gui.store.db import session_scope

HEADER_SEARCH_ROWS = 10  # a title row or two often sits above the headings
PROGRESS_EVERY = 50


@dataclass(frozen=True, slots=True)
class LedgerSheet:
    name: str
    headers: list[str]
    rows: list[list[object]]
    header_row: int  # 1-based sheet row of the headings; data starts below it


def read_ledger(path: Path) -> LedgerSheet:
    """The first sheet: its heading row (the first with three or more filled cells among
    the top rows) and every row below it, as plain values."""
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, BadZipFile, KeyError, ValueError) as exc:
        raise LedgerFileError(f"not an .xlsx workbook: {path.name}", path) from exc
    try:
        sheet = book.worksheets[0]
        rows = [[_value(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        name = sheet.title
    finally:
        book.close()
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if sum(1 for v in row if v not in (None, "")) >= 3:
            headers = [str(v).strip() if v is not None else "" for v in row]
            return LedgerSheet(name, headers, rows[index + 1 :], index + 1)
    raise LedgerFileError(f"no heading row in the first sheet of {path.name}", path)


def _value(value: object) -> object:
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        return value.date()
    return value


def check_ledger(
    sheet: LedgerSheet, mapping: Mapping_, rules: Mapping[str, TimeLimitRule], now: datetime
) -> LedgerCheck:
    """Every row checked against `rules` as if imported at `now`; nothing is written."""
    return check_rows(
        sheet.rows, mapping, rules, sheet.headers, now, first_row=sheet.header_row + 1
    )


def import_ledger(
    ws: Workspace, entries: list[LedgerEntry], progress: Progress = no_progress
) -> int:
    """Import checked entries in one transaction; returns how many. Decided ones keep
    the category's rule in force at the import (the ledger does not say which applied)."""
    now = ws.now()
    judged: dict[str, int] = {}
    with session_scope(ws.engine) as session:
        for done, entry in enumerate(entries, start=1):
            events = ledger_history(entry, now, ws.actor)
            rule_id = None
            if entry.decided_on is not None:
                category = entry.application.category
                if category not in judged:
                    judged[category] = repo.judge_with(session, ws.rule(category))
                rule_id = judged[category]
            insert_with_history(session, entry.application, events, now, rule_id)
            if done % PROGRESS_EVERY == 0:
                progress(done, len(entries))
        progress(len(entries), len(entries))
    ws.reload()
    return len(entries)
