"""Tamper evidence for an application's history: a hash chain over its events.

Each event's hash covers everything the event records and the hash of the event before
it; the application keeps the last one (its head). Editing an event, removing one, or
moving one breaks the chain from that event on; removing the last one leaves a head that
no event matches. The hash is computed here and nowhere else.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence

from approvals_gui.domain.stages import StageEvent

START = ""  # what the first event's hash chains to
_FORMAT = "event-v1"  # names the serialisation, so a later one cannot be mistaken for it
_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))  # built once: it is slow


def event_hash(event: StageEvent, previous: str) -> str:
    """The hash of `event` chained to `previous` (hex SHA-256)."""
    # Materials are stored one a line: hash them as they read back from storage.
    materials = [m for m in "\n".join(event.materials).split("\n") if m]
    fields = [
        _FORMAT,
        previous,
        event.seq,
        event.action.value,
        event.from_stage.value if event.from_stage is not None else None,
        event.to_stage.value,
        event.on.isoformat(),
        event.at.isoformat(sep=" ", timespec="microseconds"),
        event.actor,
        event.remark,
        materials,
        event.reason,
        event.document_number,
        event.extension_days,
        event.undoes,
    ]
    # Added with units: appended only when set, so the hashes of older histories hold.
    if event.from_unit or event.to_unit or event.from_handler or event.handler:
        fields += [event.from_unit, event.to_unit, event.from_handler, event.handler]
    if event.refer_to:  # added later still, named: it cannot be taken for a unit
        fields.append({"refer_to": event.refer_to})
    if event.project:  # a correction's, named as refer_to is
        fields.append({"project": [event.from_project, event.project]})
    if event.investment is not None:
        fields.append({"investment": [event.from_investment, event.investment]})
    return hashlib.sha256(_JSON.encode(fields).encode("utf-8")).hexdigest()


def chain(events: Iterable[StageEvent], previous: str = START) -> list[str]:
    """The hashes of `events` in order, the first chained to `previous`."""
    hashes = []
    for event in events:
        previous = event_hash(event, previous)
        hashes.append(previous)
    return hashes


def first_break(events: Sequence[StageEvent], stored: Sequence[str], head: str) -> int | None:
    """The seq of the first event whose stored hash is not what the history gives, one
    past the last event if only the head disagrees (an event removed from the end), or
    None if the chain holds."""
    previous = START
    for event, found in zip(events, stored, strict=True):
        previous = event_hash(event, previous)
        if found != previous:
            return event.seq
    if head != previous:
        return events[-1].seq + 1 if events else 1
    return None
