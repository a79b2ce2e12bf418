"""Importing an Excel ledger (台账): read the sheet, check it, import the good rows.

Reading and checking change nothing. The import is one transaction: a cancel or a
failure part-way leaves the database as it was.

The sheet is streamed (openpyxl's read-only mode) and refused once it passes the
limits in domain/imports.py, whatever its own stated size says: a file of a few
hundred kilobytes can unpack to a million rows. XML in the file is parsed by
defusedxml (openpyxl uses it when it is installed), which refuses entity declarations
outright, so an entity-expansion bomb fails at its first line.
"""

from __future__ import annotations

import re
import struct
import zlib
from collections.abc import Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from xml.etree.ElementTree import ParseError
from zipfile import BadZipFile, LargeZipFile, ZipFile

from openpyxl import load_workbook
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from approvals_gui.domain.access import Permission
from approvals_gui.domain.applications import NewApplication
from approvals_gui.domain.clock import facts_from_history
from approvals_gui.domain.enterprises import EnterpriseForm
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.imports import (
    MAX_CELL_LENGTH,
    MAX_COLUMNS,
    MAX_ROWS,
    MAX_UNPACKED_BYTES,
    BadCell,
)
from approvals_gui.domain.ledger_import import (
    KnownApplications,
    LedgerCheck,
    LedgerEntry,
    Mapping_,
    check_rows,
    recorded,
)
from approvals_gui.domain.rules import TimeLimitRule
from approvals_gui.domain.text import strip_invisible
from approvals_gui.domain.units import Authority, deciding_unit, district_problem
from approvals_gui.services.errors import LedgerFileError
from approvals_gui.services.progress import Progress, no_progress
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import bulk, repo
from approvals_gui.store.bulk import BulkApplication
from approvals_gui.store.db import Session, one_at_a_time, session_scope
from approvals_gui.store.units import load_authorities, load_units

HEADER_SEARCH_ROWS = 10  # a title row or two often sits above the headings
CHUNK = 2000  # applications written per statement, and between progress reports
# What reading a damaged or hostile file raises from zipfile, the XML parsers and
# openpyxl (defusedxml's refusals are ValueErrors).
BROKEN_FILE = (
    BadZipFile,
    LargeZipFile,
    InvalidFileException,
    ParseError,
    KeyError,
    ValueError,
    IndexError,
    TypeError,
    AttributeError,
    EOFError,
    OverflowError,
    zlib.error,
    struct.error,
    NotImplementedError,
)
# openpyxl also says "no valid workbook part" with a bare OSError, and zipfile seeks to
# offsets the archive states. The file itself opened (it is opened first), so from here
# on an OSError is the content's.
BROKEN_WORKBOOK = (*BROKEN_FILE, OSError)
# A formula element in a sheet's XML, with or without a namespace prefix.
_FORMULA_TAG = re.compile(rb"<(?:[\w.-]+:)?f[\s/>]")
_SCAN_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class LedgerSheet:
    name: str
    headers: list[str]
    rows: list[list[object]]
    header_row: int  # 1-based sheet row of the headings; data starts below it


def read_ledger(path: Path) -> LedgerSheet:
    """The first sheet: its heading row (the first with three or more filled cells among
    the top rows) and every row below it, as plain values; a cell no value can be taken
    from is a `BadCell`.

    Refused with LedgerFileError if the file is no workbook openpyxl can read, and with
    a DomainError (TOO_MANY_ROWS, TOO_MANY_COLUMNS, FILE_TOO_LARGE) past the limits.
    """
    formulas = _check_archive(path)
    with ExitStack() as stack:
        values = stack.enter_context(_first_sheet(path, data_only=True))
        rows = _stream(values, path)
        if formulas:  # a second stream says which empty cells hold a formula
            raw = stack.enter_context(_first_sheet(path, data_only=False))
            rows = _uncalculated(rows, _stream(raw, path))
        kept = _within_limits(rows)
        name = values.title
    for index, row in enumerate(kept[:HEADER_SEARCH_ROWS]):
        if sum(1 for v in row if v not in (None, "")) >= 3:
            headers = [_heading(v) for v in row]
            return LedgerSheet(name, headers, kept[index + 1 :], index + 1)
    raise LedgerFileError(f"no heading row in the first sheet of {path.name}", path)


def _check_archive(path: Path) -> bool:
    """Refuses an archive that unpacks beyond MAX_UNPACKED_BYTES, before unpacking it;
    says whether its sheets may hold formulas. (A zip member cannot unpack to more than
    the size it states: zipfile stops there.)"""
    with path.open("rb") as file:  # a file that cannot be opened says so itself
        try:
            with ZipFile(file) as archive:
                return _inspect(archive)
        except DomainError:
            raise
        except BROKEN_WORKBOOK as exc:
            raise _broken(path, exc) from exc


def _inspect(archive: ZipFile) -> bool:
    parts = archive.infolist()
    if sum(p.file_size for p in parts) > MAX_UNPACKED_BYTES:
        megabytes = MAX_UNPACKED_BYTES // (1024 * 1024)
        raise DomainError(
            ErrorCode.FILE_TOO_LARGE, f"unpacks to over {megabytes} MB", megabytes=megabytes
        )
    sheets = [
        p.filename
        for p in parts
        if p.filename.startswith("xl/worksheets/") and p.filename.endswith(".xml")
    ]
    # Sheets kept elsewhere than Excel keeps them: assume they may.
    return not sheets or any(_has_formula(archive, name) for name in sheets)


def _has_formula(archive: ZipFile, name: str) -> bool:
    """Whether part `name` has a formula element, read a chunk at a time."""
    tail = b""
    with archive.open(name) as part:
        while chunk := part.read(_SCAN_CHUNK):
            if _FORMULA_TAG.search(tail + chunk):
                return True
            tail = chunk[-32:]
    return False


@contextmanager
def _first_sheet(path: Path, *, data_only: bool) -> Iterator[ReadOnlyWorksheet]:
    try:
        book = load_workbook(path, read_only=True, data_only=data_only)
    except BROKEN_WORKBOOK as exc:
        raise _broken(path, exc) from exc
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if not isinstance(sheet, ReadOnlyWorksheet):
            raise LedgerFileError(f"no worksheet in {path.name}", path)
        sheet.reset_dimensions()  # the size the file states can be wrong, or a lie
        yield sheet
    finally:
        book.close()


def _stream(sheet: ReadOnlyWorksheet, path: Path) -> Iterator[tuple[object, ...]]:
    """The sheet's rows, read as they are asked for, one past the row limit at most.
    Rows are as long as their last cell, not as the sheet says it is wide."""
    # The stubs give iter_rows to Worksheet only; the read-only sheet borrows it.
    rows = sheet.iter_rows(max_row=MAX_ROWS + 1, values_only=True)  # type: ignore[misc]
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except BROKEN_WORKBOOK as exc:
            raise _broken(path, exc) from exc
        yield row


def _uncalculated(
    values: Iterator[tuple[object, ...]], formulas: Iterator[tuple[object, ...]]
) -> Iterator[tuple[object, ...]]:
    """`values` with each empty cell that holds a formula marked: a formula nobody
    calculated (a file written by a program, never opened in Excel) has no value to
    import, and it must not pass for an empty cell."""
    for row, raw in zip(values, formulas, strict=False):
        pairs = zip(row, raw, strict=False)
        marked = [_NOT_CALCULATED if v is None and f is not None else v for v, f in pairs]
        yield (*marked, *row[len(marked) :])


_NOT_CALCULATED = BadCell(
    DomainError(ErrorCode.FORMULA_WITHOUT_VALUE, "a formula without a calculated value")
)


def _within_limits(rows: Iterator[tuple[object, ...]]) -> list[list[object]]:
    """The rows as plain values; refused at the first row past MAX_ROWS or value past
    MAX_COLUMNS (empty cells past it, a styled cell far to the right, are dropped)."""
    kept = []
    for number, row in enumerate(rows, start=1):
        if number > MAX_ROWS:
            raise DomainError(ErrorCode.TOO_MANY_ROWS, f"more than {MAX_ROWS} rows", limit=MAX_ROWS)
        if len(row) > MAX_COLUMNS:
            if any(v is not None for v in row[MAX_COLUMNS:]):
                raise DomainError(
                    ErrorCode.TOO_MANY_COLUMNS,
                    f"more than {MAX_COLUMNS} columns",
                    limit=MAX_COLUMNS,
                )
            row = row[:MAX_COLUMNS]
        kept.append([_value(v) for v in row])
    return kept


def _value(value: object) -> object:
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        return value.date()
    if isinstance(value, str):
        if len(value) > MAX_CELL_LENGTH:  # kept short: the rows stay in memory
            return BadCell(
                DomainError(
                    ErrorCode.TEXT_TOO_LONG,
                    f"a cell of {len(value)} characters",
                    limit=MAX_CELL_LENGTH,
                    length=len(value),
                )
            )
        if value in ERROR_CODES:  # #N/A, #REF!: what a formula gave, not what was meant
            return BadCell(DomainError(ErrorCode.FORMULA_ERROR, "an error value", text=value))
    return value


def _heading(value: object) -> str:
    if value is None or isinstance(value, BadCell):
        return ""
    return strip_invisible(str(value)).strip()


def _broken(path: Path, exc: BaseException) -> LedgerFileError:
    return LedgerFileError(
        f"not an .xlsx workbook, or a damaged one: {path.name} ({type(exc).__name__})", path
    )


def check_ledger(
    sheet: LedgerSheet,
    mapping: Mapping_,
    rules: Mapping[str, TimeLimitRule],
    now: datetime,
    *,
    authorities: Mapping[str, Authority],
    known: KnownApplications,
) -> LedgerCheck:
    """Every row checked against `rules` and the 审批权限 table as if imported at `now`,
    those the database holds (`known`, from `known_applications`) set aside; nothing is
    written, nothing read from the database."""
    return check_rows(
        sheet.rows,
        mapping,
        rules,
        sheet.headers,
        now,
        first_row=sheet.header_row + 1,
        authorities=authorities,
        known=known,
    )


def known_applications(ws: Workspace) -> KnownApplications:
    """What the database holds already, for a check to set aside (`check_ledger`), read
    before the rows are mapped: a dialog then counts only the rows it will import."""
    with session_scope(ws.engine, write=False) as session:
        return _known(session)


def _known(session: Session) -> KnownApplications:
    numbers, keys = repo.ledger_keys(session)
    return KnownApplications(frozenset(numbers), frozenset(keys))


def import_ledger(
    ws: Workspace, entries: list[LedgerEntry], progress: Progress = no_progress
) -> int:
    """Import checked entries in one transaction; returns how many. Entries the database
    holds already are skipped, so a ledger imported twice is not doubled. Decided ones
    keep the category's rule in force at the import (the ledger does not say which
    applied)."""
    ws.require(Permission.IMPORT)
    now = ws.now()
    with session_scope(ws.engine) as session:
        # One import at a time on a server: two desks importing one ledger at once each
        # found the other's rows not yet committed, and both saved every one.
        one_at_a_time(session, "importing a ledger")
        known = _known(session)  # another desk may have imported some since the check
        fresh = [e for e in entries if not known.holds(e)]
        enterprises = _enterprise_ids(session, fresh, now)
        decided = {e.application.category for e in fresh if e.decided_on is not None}
        judged = {
            c: repo.judge_with(session, repo.current_rule(session, c)) for c in sorted(decided)
        }
        # Who decides, by the table as it is now: the check read this desk's copy, and
        # another desk may have delegated a category since.
        authorities, units = load_authorities(session), load_units(session)
        _refuse_unplaced(fresh, authorities, ws.rules())
        for start in range(0, len(fresh), CHUNK):
            chunk = []
            for entry in fresh[start : start + CHUNK]:
                app = entry.application
                history = recorded(entry, now, ws.actor)
                chunk.append(
                    BulkApplication(
                        app.project,
                        enterprises[app.credit_code],
                        app.category,
                        app.handler,
                        app.district,
                        app.investment,
                        history,
                        facts_from_history(history),
                        judged.get(app.category) if entry.decided_on is not None else None,
                        # A ledger names no unit: the one the 审批权限 table gives decides.
                        deciding_unit(app.category, app.district, authorities, units).unit,
                    )
                )
            bulk.add_applications(session, chunk)
            progress(start + len(chunk), len(fresh))
        progress(len(fresh), len(fresh))
    ws.reload()
    return len(fresh)


def _refuse_unplaced(
    entries: Sequence[LedgerEntry],
    authorities: Mapping[str, Authority],
    rules: Mapping[str, TimeLimitRule],
) -> None:
    """DISTRICT_NEEDED for the first entry whose category the table now gives to the
    branches but that names no district (the whole import is refused)."""
    for entry in entries:
        app = entry.application
        name = rules[app.category].name
        if (
            unplaced := district_problem(app.category, name, app.district, authorities)
        ) is not None:
            raise unplaced


def _enterprise_ids(
    session: Session, entries: Sequence[LedgerEntry], now: datetime
) -> dict[str, int]:
    """The directory's id for every credit code of `entries`; an enterprise new to it
    is added as its first row names it."""
    ids = {e.credit_code: e.id for e in repo.enterprise_directory(session)}
    new: dict[str, NewApplication] = {}
    for entry in entries:
        app = entry.application
        if app.credit_code not in ids:
            new.setdefault(app.credit_code, app)
    if new:
        forms = [EnterpriseForm(a.enterprise_name, code, a.district) for code, a in new.items()]
        ids.update(zip(new, bulk.add_enterprises(session, forms, now), strict=True))
    return ids
