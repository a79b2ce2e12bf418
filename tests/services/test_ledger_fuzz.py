"""Generated ledger workbooks, damaged ones, and random holiday files: the answer is
always a workbook read, a LedgerFileError or a DomainError, never a traceback; and an
import writes every checked row or none."""

from __future__ import annotations

import zlib
from datetime import date, datetime
from pathlib import Path
from zipfile import ZIP_DEFLATED, ZipFile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from approvals_gui.domain.errors import DomainError
from approvals_gui.services import ledger
from approvals_gui.services.applications import list_applications
from approvals_gui.services.calendar_admin import read_schedule
from approvals_gui.services.errors import LedgerFileError
from approvals_gui.services.ledger import (
    LedgerSheet,
    import_ledger,
    read_ledger,
)
from approvals_gui.services.workspace import Workspace
from tests.conftest import TODAY, ledger_checked
from tests.services.test_ledger import HEADERS, ROWS, ledger_file

FUZZ = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# What a workbook can hold: openpyxl writes no other control characters, nor can Excel.
writable = st.characters(exclude_categories=("Cs",), exclude_characters=set(map(chr, range(32))))
texts = st.one_of(
    st.text(writable, max_size=20),
    st.text(st.sampled_from("\t\n\r 项=-+@0123456789-/年月日"), max_size=12),
    st.integers(min_value=1, max_value=3).map(lambda n: "长" * 1000 * n),
    st.sampled_from(["=1+1", "=ROW()", "#N/A", "2026111", "1999-12-31", "19000101"]),
)
cells = st.one_of(
    st.none(),
    texts,
    st.integers(min_value=-(10**15), max_value=10**15),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(9999, 12, 31)),
    st.dates(min_value=date(1900, 3, 1), max_value=date(9999, 12, 31)),
)
# Good rows with a few cells replaced, and rows of anything.
changed_rows = st.dictionaries(st.integers(0, len(HEADERS) - 1), cells, max_size=2).map(
    lambda changes: [changes.get(i, c) for i, c in enumerate(ROWS[0])]
)
rows = st.lists(st.one_of(changed_rows, st.lists(cells, max_size=len(HEADERS) + 2)), max_size=8)


def write(tmp_path: Path, sheet_rows: list[list[object]]) -> Path:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("台账")
    sheet.append(HEADERS)
    for number, cells_ in enumerate(sheet_rows):
        if len(cells_) > 1 and cells_[1] == ROWS[0][1]:
            cells_ = [*cells_[:1], f"项目{number}", *cells_[2:]]  # each its own project
        sheet.append(cells_)
    path = tmp_path / "fuzz.xlsx"
    book.save(path)
    return path


def read_or_refuse(path: Path) -> LedgerSheet | None:
    try:
        return read_ledger(path)
    except (LedgerFileError, DomainError):
        return None


@FUZZ
@given(sheet_rows=rows, fail_after=st.one_of(st.none(), st.integers(0, 6)))
def test_generated_ledgers_import_all_checked_rows_or_none(
    ws: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    sheet_rows: list[list[object]],
    fail_after: int | None,
) -> None:
    monkeypatch.setattr(ledger, "CHUNK", 1)  # a failure can come between any two rows
    sheet = read_or_refuse(write(tmp_path, sheet_rows))
    if sheet is None:
        return
    check = ledger_checked(ws, sheet)
    fresh = check.entries
    before = len(list_applications(ws, today=TODAY))

    def progress(done: int, _total: int) -> None:
        if fail_after is not None and done > fail_after:
            raise RuntimeError("the worker stopped")

    try:
        count = import_ledger(ws, check.entries, progress)
    except RuntimeError:
        count = 0
    assert count in (0, len(fresh))
    assert len(list_applications(ws, today=TODAY)) == before + count


def rezipped(path: Path, part: str, change: bytes) -> Path:
    with ZipFile(path) as source:
        items = [(i.filename, source.read(i)) for i in source.infolist()]
    target = path.with_name("damaged.xlsx")
    with ZipFile(target, "w", ZIP_DEFLATED) as out:
        for name, data in items:
            out.writestr(name, change if name == part else data)
    return target


PARTS = ["xl/worksheets/sheet1.xml", "xl/workbook.xml", "xl/styles.xml", "[Content_Types].xml"]


@FUZZ
@given(
    part=st.sampled_from(PARTS),
    cut=st.integers(0, 4000),
    noise=st.binary(max_size=40),
    at=st.integers(0, 4000),
)
def test_damaged_parts_are_refused_clearly(
    tmp_path: Path, part: str, cut: int, noise: bytes, at: int
) -> None:
    path = ledger_file(tmp_path)
    with ZipFile(path) as book:
        data = book.read(part)
    changed = data[: min(at, len(data))] + noise + data[min(at, len(data)) + len(noise) :]
    read_or_refuse(rezipped(path, part, changed[: max(cut, len(changed) // 2)]))


@FUZZ
@given(flips=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=6))
def test_damaged_archives_are_refused_clearly(tmp_path: Path, flips: list[tuple[int, int]]) -> None:
    path = ledger_file(tmp_path)
    data = bytearray(path.read_bytes())
    for position, value in flips:
        data[position % len(data)] = value
    path.write_bytes(bytes(data))
    read_or_refuse(path)


@FUZZ
@given(
    st.one_of(
        st.binary(max_size=300),
        st.text(max_size=300).map(lambda t: t.encode("utf-8")),
        st.text(st.sampled_from('2027-10-01,休班"\n\r\x00国庆节'), max_size=200).map(
            lambda t: t.encode("gb18030")
        ),
    )
)
def test_random_holiday_files_answer_with_problems_or_days(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "假日.csv"
    path.write_bytes(raw)
    result = read_schedule(path)
    assert result.days or result.problems


def test_the_fuzzers_damage_reaches_the_xml(tmp_path: Path) -> None:
    """The archive fuzzer mostly breaks the zip; the part fuzzer breaks what is inside."""
    path = ledger_file(tmp_path)
    with ZipFile(path) as book:
        sheet_xml = book.read(PARTS[0])
    assert zlib.crc32(sheet_xml)  # a part read whole, then rezipped with its damage
    broken = rezipped(path, PARTS[0], sheet_xml[: len(sheet_xml) // 2])
    with pytest.raises(LedgerFileError):
        read_ledger(broken)
