"""The list's finished applications, kept on this desk between runs.

Most of a database is settled (closed, or its decision delivered): no later day changes
their rows or countdowns, yet every start built each of them again, seconds at 100,000.
The window keeps them in a file per database, each packed as plain values. The next
start takes the file only if it is whole (a checksum) and was written under the same
rules, calendar and program code; checks every row against the database (its version,
history hash, number and enterprise); reads afresh only what differs; and unpacks a
row's record and clock only when they are asked for (`LazyViews`): the list needs no
more than `Listed`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import logging
import marshal
import os
import sys
import tempfile
import time
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import suppress
from datetime import date
from enum import Enum
from functools import lru_cache, partial
from pathlib import Path
from typing import Any, BinaryIO, overload

from approvals_gui import __version__
from approvals_gui.domain.building import collector_paused, frozen_builder
from approvals_gui.domain.clock import Clock, Deadline, DeadlineKind, Phase, Status, is_settled
from approvals_gui.domain.search import Listed
from approvals_gui.domain.stages import Stage
from approvals_gui.services.applications import ApplicationView, Listing, listing
from approvals_gui.services.progress import Progress, no_progress
from approvals_gui.services.workspace import Workspace
from approvals_gui.store import repo
from approvals_gui.store.db import session_scope
from approvals_gui.store.rows import FACT_COLUMNS, RECORD_COLUMNS, record_from_row

log = logging.getLogger(__name__)

FORMAT = 2  # of the file; a program that packs otherwise says another
# Rows changed since the file was written, as a share of all, past which it is written
# again; below it they are read afresh at each start, which costs less than writing.
REWRITE_SHARE = 0.02

# A view as plain values (marshal's): the record's columns as the list reads them, dates
# as ordinals, and the clock's fields.
Packed = tuple[tuple[Any, ...], tuple[Any, ...]]
# What a row is checked by: id, version, history hash, number, enterprise id.
_Key = tuple[int, int, str, str, int]


class Part:
    """Packed views as the file holds them, unpacked to plain values as a whole the
    first time one of them is asked for (a part is some 2 ms of work)."""

    __slots__ = ("_data", "_rows")

    def __init__(self, data: bytes) -> None:
        self._data = data  # kept: another thread may be unpacking it too
        self._rows: list[Packed] | None = None

    def row(self, index: int) -> Packed:
        rows = self._rows
        if rows is None:
            rows = self._rows = marshal.loads(self._data)
        return rows[index]


Pending = tuple[Part, int]  # a view still packed: its part and place in it


class LazyViews(Sequence[ApplicationView]):
    """Views of which some are still packed, each unpacked when first asked for (and
    then kept). Iterating unpacks them all: some 10 µs a row.

    A `snapshot` is a copy for another thread to unpack (the list may change
    meanwhile); `adopt` takes back what it unpacked."""

    __slots__ = ("_origin", "_pending", "_views")

    def __init__(
        self, views: list[ApplicationView | None], pending: list[Pending | None] | None = None
    ) -> None:
        self._views = views
        self._pending: list[Pending | None] = [None] * len(views) if pending is None else pending
        self._origin: Sequence[int] | None = None  # a snapshot's rows in what it was taken of

    def __len__(self) -> int:
        return len(self._views)

    @overload
    def __getitem__(self, index: int) -> ApplicationView: ...
    @overload
    def __getitem__(self, index: slice) -> list[ApplicationView]: ...
    def __getitem__(self, index: int | slice) -> ApplicationView | list[ApplicationView]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self._views)))]
        view = self._views[index]
        if view is None:
            pending = self._pending[index]
            assert pending is not None
            part, place = pending
            view = self._views[index] = unpack(part.row(place))
            if self._origin is None:  # a snapshot keeps it: `adopt` knows the row by it
                self._pending[index] = None
        return view

    def __iter__(self) -> Iterator[ApplicationView]:
        return (self[i] for i in range(len(self._views)))

    def put(self, index: int, view: ApplicationView) -> None:
        """`view` in place of the one at `index`, or after the last."""
        if index == len(self._views):
            self._views.append(view)
            self._pending.append(None)
        else:
            self._views[index] = view
            self._pending[index] = None

    def extend(self, more: Sequence[ApplicationView]) -> None:
        if isinstance(more, LazyViews):
            self._views.extend(more._views)
            self._pending.extend(more._pending)
        else:
            self._views.extend(more)
            self._pending.extend(None for _ in more)

    def picked(self, rows: Sequence[int]) -> LazyViews:
        """The views at `rows`, in that order, those packed still packed."""
        return LazyViews([self._views[i] for i in rows], [self._pending[i] for i in rows])

    def snapshot(self, rows: Sequence[int] | None = None) -> LazyViews:
        """`picked(rows)` (all by default) for another thread to unpack."""
        taken = self.picked(range(len(self._views)) if rows is None else rows)
        taken._origin = range(len(self._views)) if rows is None else rows
        return taken

    def adopt(self, snapshot: LazyViews) -> None:
        """The views `snapshot` (taken of these) unpacked meanwhile, in the rows still
        packed as they were then."""
        assert snapshot._origin is not None
        views, pending = self._views, self._pending
        for j, i in enumerate(snapshot._origin):
            if (
                i < len(views)
                and (was := pending[i]) is not None
                and was is snapshot._pending[j]
                and (view := snapshot._views[j]) is not None
            ):
                views[i], pending[i] = view, None


# -- packing ----------------------------------------------------------------------------

_STAGES = {s.value: s for s in Stage}
_STATUSES = {s.value: s for s in Status}
_PHASES = {p.value: p for p in Phase}
_KINDS = {k.value: k for k in DeadlineKind}
_new_clock = frozen_builder(Clock)
_new_deadline = frozen_builder(Deadline)
_new_view = frozen_builder(ApplicationView)
# Where pack's columns (RECORD_COLUMNS') hold dates.
_DATE_COLUMNS = tuple(i for i, (_, name) in enumerate(RECORD_COLUMNS) if name.endswith("_on"))


def _ordinal(day: date | None) -> int | None:
    return None if day is None else day.toordinal()


def _day(ordinal: int | None) -> date | None:
    return None if ordinal is None else date.fromordinal(ordinal)


def pack(view: ApplicationView) -> Packed | None:
    """`view` as plain values, or None if it is not settled (its clock may change)."""
    r, c = view.record, view.clock
    if not is_settled(r.facts):
        return None
    facts = repo.facts_columns(r.facts)
    columns: list[Any] = [
        r.id,
        r.number,
        r.project,
        r.enterprise_id,
        # Strings many rows share: interned, the file holds each once.
        sys.intern(r.category),
        sys.intern(r.handler),
        sys.intern(r.district),
        r.registered_on,
        r.version,
        *(facts[name] for name in FACT_COLUMNS),
        r.judged_rule_id,
        sys.intern(r.unit),
        sys.intern(r.holder),
        r.enterprise_name,
        r.credit_code,
    ]
    for i in _DATE_COLUMNS:
        columns[i] = _ordinal(columns[i])
    clock = (
        c.status.value,
        c.phase.value,
        _ordinal(c.intake_due),
        _ordinal(c.due),
        c.workdays_left,
        c.workdays_used,
        _ordinal(c.clock_start),
        _ordinal(c.promised_due),
        _ordinal(c.statutory_due),
        _ordinal(c.original_statutory_due),
        None if c.paused_by is None else c.paused_by.value,
        c.deemed_accepted,
        c.statutory_overdue,
        c.one_go,
        c.supplement_rounds,
        c.unconfirmed_years,
        _ordinal(c.late_supplement_on),
        tuple(
            (d.kind.value, d.start.toordinal(), d.due.toordinal(), d.workdays_left, d.status.value)
            for d in c.deadlines
        ),
    )
    return tuple(columns), clock


def unpack(packed: Packed) -> ApplicationView:
    """The view `pack` was given."""
    columns, c = packed
    values = list(columns)
    for i in _DATE_COLUMNS:
        values[i] = _day(values[i])
    clock = _new_clock(
        _STATUSES[c[0]],
        _PHASES[c[1]],
        _day(c[2]),
        _day(c[3]),
        c[4],
        c[5],
        _day(c[6]),
        _day(c[7]),
        _day(c[8]),
        _day(c[9]),
        None if c[10] is None else _STAGES[c[10]],
        c[11],
        c[12],
        c[13],
        c[14],
        c[15],
        _day(c[16]),
        tuple(
            _new_deadline(_KINDS[k], date.fromordinal(s), date.fromordinal(d), left, _STATUSES[st])
            for k, s, d, left, st in c[17]
        ),
    )
    return _new_view(record_from_row(values), clock)


# -- the file ---------------------------------------------------------------------------


def cache_file(folder: Path, ws: Workspace) -> Path:
    """This database's file in `folder`: one per file or server address."""
    where = ws.engine.url.render_as_string(hide_password=True)
    return folder / f"settled-{hashlib.sha256(where.encode()).hexdigest()[:24]}.bin"


def stamp(ws: Workspace) -> str:
    """What the kept rows were worked out with: the program, the rules (current and as
    judged) and the calendar; another stamp, and the file is not used."""
    parts = (FORMAT, program(), ws.rules(), ws.judged_rules(), ws.calendar().fingerprint())
    return hashlib.sha256(repr(_canonical(parts)).encode()).hexdigest()


@lru_cache(maxsize=1)
def program() -> str:
    """This program's `code_fingerprint`."""
    return code_fingerprint(
        Path(__file__).resolve().parents[1],
        Path(sys.executable),
        built=getattr(sys, "frozen", False),
    )


def code_fingerprint(package: Path, executable: Path, *, built: bool) -> str:
    """The code that decides what a row says: the bytes of the sources under `package`
    in a source tree, or, in a `built` program (whose code is compiled into the bundle
    beside a few data files that may end in .py), the size and time of its
    `executable`. (The version number stays the same while the code changes.)"""
    digest = hashlib.sha256(__version__.encode())
    if built:
        built_at = executable.stat()
        digest.update(f"{executable}:{built_at.st_size}:{built_at.st_mtime_ns}".encode())
        return digest.hexdigest()
    for source in sorted(package.rglob("*.py")):
        digest.update(source.relative_to(package).as_posix().encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()


def _canonical(value: Any) -> Any:
    """`value` with its sets and mappings in a fixed order (their own order follows the
    process's string hashing) and its dataclasses and enums as plain values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (
            type(value).__name__,
            *(_canonical(getattr(value, f.name)) for f in dataclasses.fields(value)),
        )
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (set, frozenset)):
        return tuple(sorted((_canonical(v) for v in value), key=repr))
    if isinstance(value, dict):
        return tuple(sorted(((_canonical(k), _canonical(v)) for k, v in value.items()), key=repr))
    if isinstance(value, (tuple, list)):
        return tuple(_canonical(v) for v in value)
    return value


def keep(ws: Workspace, finished: Listing, path: Path, progress: Progress = no_progress) -> None:
    """Write `finished` (every finished application, read afresh under the stamp
    `to_keep`) to `path` for the next start; a row changed since it was read is left
    out, to be read afresh then. A file that cannot be written is only a slower next
    start: logged. `progress` may stop it (Cancelled) before anything is written."""
    assert finished.to_keep is not None
    with session_scope(ws.engine, write=False) as session:
        keys = {key[0]: key for key in repo.finished_keys(session)}
    total = len(finished.listed)
    with collector_paused():
        kept: list[int] = []  # positions in `finished`
        packs: list[Packed] = []
        # Each one's enterprise as packed: a row whose enterprise is edited after is
        # read afresh.
        enterprises: dict[int, tuple[str, str]] = {}
        for i, view in enumerate(finished.views):
            if i % _PART == 0:
                progress(i, total)
            r = view.record
            key = keys.get(r.id)
            packed = pack(view) if key is not None and key[1] == r.version else None
            if packed is not None:  # (a finished application is always settled)
                kept.append(i)
                packs.append(packed)
                enterprises[r.enterprise_id] = (r.enterprise_name, r.credit_code)
        listed = [finished.listed[i] for i in kept]
        lists: tuple[list[Any], ...] = (
            [keys[row.id] for row in listed],
            [(e, *kept_as) for e, kept_as in enterprises.items()],
            *_listed_columns(listed),
            [finished.texts[i] for i in kept],
            packs,
        )
        body = io.BytesIO()
        for values in lists:
            _write_list(body, values, partial(progress, total, total))
        data = body.getbuffer()
        # What it holds, and a check of it: a file damaged since is not used.
        head = (FORMAT, finished.to_keep, len(lists), len(data), zlib.crc32(data))
        _write_whole(path, marshal.dumps(head), data)


def _write_whole(path: Path, *chunks: bytes | memoryview) -> None:
    """`path` written whole or not at all, as another start may read it meanwhile (or
    another desk sharing the folder write it); on disk before it replaces the last, so
    that a crash leaves one or the other. Files of databases not opened for
    STALE_AFTER_DAYS go."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".part")
        written = Path(name)
        try:
            with os.fdopen(handle, "wb") as file:
                for chunk in chunks:
                    file.write(chunk)
                file.flush()
                os.fsync(file.fileno())
            os.replace(written, path)
        finally:
            with suppress(OSError):  # there only if something failed
                written.unlink(missing_ok=True)
        _forget_stale(path)
    except OSError:
        log.warning("could not keep the finished applications in %s", path, exc_info=True)


STALE_AFTER_DAYS = 60


def _forget_stale(kept: Path) -> None:
    """The other databases' files in `kept`'s folder that no start has used lately."""
    before = time.time() - STALE_AFTER_DAYS * 86400
    for other in kept.parent.glob("settled-*"):
        with suppress(OSError):  # one that cannot go (in use, not ours) leaves the others
            if other != kept and other.is_file() and other.stat().st_mtime < before:
                other.unlink()


def _write_list(file: BinaryIO, values: list[Any], between: Callable[[], None]) -> None:
    """`values` in parts: each part is one call that holds the interpreter, and the
    window goes on between two (`between`: the caller's progress, called before each)."""
    starts = range(0, len(values), _PART)
    marshal.dump(len(starts), file)
    for start in starts:
        between()
        marshal.dump(marshal.dumps(values[start : start + _PART]), file)


def _read_list(file: BinaryIO) -> list[Any]:
    values: list[Any] = []
    for _ in range(marshal.load(file)):
        values.extend(marshal.loads(marshal.load(file)))
    return values


_PART = 1000  # rows per part of the file: each part is loaded by one call of some 2 ms


def _listed_columns(listed: list[Listed]) -> list[list[Any]]:
    """`Listed` by field, as plain values: dates as ordinals, enums as their values, the
    strings many rows share interned (the file then holds each once). Loops, not one
    call: the window goes on meanwhile."""
    columns = []
    for i, field in enumerate(Listed._fields):
        column: list[Any] = [row[i] for row in listed]
        if field in ("category", "handler", "unit", "holder"):
            column = [sys.intern(value) for value in column]
        elif field in ("stage", "status", "countdown"):
            column = [value.value for value in column]
        elif field in ("registered_on", "due"):
            column = [_ordinal(value) for value in column]
        columns.append(column)
    return columns


def _listed_rows(columns: Sequence[list[Any]]) -> list[Listed]:
    """`_listed_columns` undone."""
    values: list[Any] = list(columns)
    for field, kinds in (("stage", _STAGES), ("status", _STATUSES), ("countdown", _STATUSES)):
        i = Listed._fields.index(field)
        values[i] = map(kinds.__getitem__, values[i])
    for field in ("registered_on", "due"):  # few distinct days: each built once
        i = Listed._fields.index(field)
        days = {ordinal: _day(ordinal) for ordinal in set(values[i])}
        values[i] = map(days.__getitem__, values[i])
    # Built by tuple.__new__, without the named tuple's own __new__ (Python) per row.
    return list(map(partial(tuple.__new__, Listed), zip(*values, strict=True)))


class _Kept:
    """A file `keep` wrote, read back and checked (the views still packed, in parts)."""

    def __init__(self, file: BinaryIO) -> None:
        self.keys: list[_Key] = _read_list(file)
        self.enterprises = {e: (name, code) for e, name, code in _read_list(file)}
        self.listed = _listed_rows([_read_list(file) for _ in Listed._fields])
        self.texts: list[str] = _read_list(file)
        parts = [Part(marshal.load(file)) for _ in range(marshal.load(file))]
        self.pending: list[Pending] = [(part, i) for part in parts for i in range(_PART)]
        del self.pending[len(self.keys) :]  # the last part is shorter
        if not len(self.pending) == len(self.texts) == len(self.listed) == len(self.keys):
            raise ValueError("the lists do not match")
        ids = [key[0] for key in self.keys]
        self.position: dict[int, int] = dict(zip(ids, range(len(ids)), strict=True))


def _kept(path: Path, expected: str) -> _Kept | None:
    """`path` as `keep` wrote it, if written for `expected` and whole; None otherwise."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError:
        log.warning("could not read %s", path, exc_info=True)
        return None
    try:
        file = io.BytesIO(data)
        form, written_for, count, size, check = marshal.load(file)
        if form != FORMAT or written_for != expected:
            return None
        body = memoryview(data)[file.tell() :]
        if count != 4 + len(Listed._fields) or len(body) != size or zlib.crc32(body) != check:
            raise ValueError("not as written")
        kept = _Kept(file)
    except (ValueError, EOFError, TypeError, LookupError, OverflowError):
        log.warning("%s is damaged; the finished applications are read afresh", path)
        return None
    with suppress(OSError):
        os.utime(path)  # used: not stale (`_forget_stale`)
    return kept


def settled_listing(ws: Workspace, *, today: date, folder: Path | None) -> Listing:
    """`listing(closed_only=True)`, through this database's file in `folder` if it has
    one (None: no file). `Listing.to_keep` says when `keep` should write it afresh."""
    if folder is None:
        return listing(ws, today=today, closed_only=True)
    with collector_paused(keep=True):
        current_stamp = stamp(ws)  # of the rules and calendar the listing is worked out by
        kept = _kept(cache_file(folder, ws), current_stamp)
        if kept is None:
            return _afresh(ws, today, current_stamp)
        with session_scope(ws.engine, write=False) as session:
            current = repo.finished_keys(session)
            names = repo.enterprise_names(session)
        edited = {e for e, kept_as in kept.enterprises.items() if names.get(e) != kept_as}
        hits: list[int] = []
        changed: list[int] = []
        position, keys = kept.position, kept.keys
        for key in current:
            i = position.get(key[0])
            if i is not None and keys[i] == key and key[4] not in edited:
                hits.append(i)
            else:
                changed.append(key[0])
        if len(changed) > REWRITE_SHARE * len(current):
            return _afresh(ws, today, current_stamp)
        hits.sort()  # the file's order: `listing`'s
        listed, texts, pending = kept.listed, kept.texts, kept.pending
        if len(hits) < len(pending):  # some are gone
            listed, texts = [listed[i] for i in hits], [texts[i] for i in hits]
            pending = [pending[i] for i in hits]
        views = LazyViews([None] * len(pending), list[Pending | None](pending))
        found = Listing.of_rows(views, listed, texts)
        if not changed:
            return found
        return _merged(found, listing(ws, today=today, closed_only=True, ids=changed))


def _afresh(ws: Workspace, today: date, current_stamp: str) -> Listing:
    return dataclasses.replace(listing(ws, today=today, closed_only=True), to_keep=current_stamp)


def _merged(kept: Listing, fresh: Listing) -> Listing:
    """The kept rows and those read afresh as one listing, in the order `listing` gives
    (most urgent first, then the newest)."""
    views = lazy(kept.views)
    views.extend(fresh.views)
    listed = [*kept.listed, *fresh.listed]
    texts = [*kept.texts, *fresh.texts]
    order = sorted(range(len(listed)), key=[(r.urgency, -r.id) for r in listed].__getitem__)
    return Listing.of_rows(
        views.picked(order), [listed[i] for i in order], [texts[i] for i in order]
    )


def lazy(views: Sequence[ApplicationView]) -> LazyViews:
    """`views` as LazyViews (themselves if they are)."""
    return views if isinstance(views, LazyViews) else LazyViews(list(views))
