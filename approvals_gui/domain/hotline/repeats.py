"""Repeat reports (重复举报): a new report about the same enterprise or the same address as
an open case received within the rule's window is offered as joining that case (合并办理);
closing the case closes both, and they count as one 办结."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

# Spaces and punctuation, which people type differently for the same place.
_NOISE = re.compile(r"[\s\W_]+", re.UNICODE)


def address_key(address: str) -> str:
    """An address as compared: full-width folded to half-width (NFKC), lower case,
    without spaces or punctuation; "" for no address."""
    return _NOISE.sub("", unicodedata.normalize("NFKC", address)).lower()


@dataclass(frozen=True, slots=True)
class ReportPlace:
    """What a report is about: the enterprise's credit code (if one is named) and where."""

    credit_code: str
    address: str


@dataclass(frozen=True, slots=True)
class OpenCase:
    case_id: int
    number: str
    received_on: date
    place: ReportPlace


def repeat_candidates(
    place: ReportPlace, received_on: date, open_cases: Iterable[OpenCase], window_days: int
) -> list[OpenCase]:
    """The open cases a report received on `received_on` repeats: the same enterprise or
    the same address, received at most `window_days` before it; the latest first."""
    code = place.credit_code.strip().upper()
    key = address_key(place.address)
    found = [
        c
        for c in open_cases
        if 0 <= (received_on - c.received_on).days <= window_days
        and (
            (code and c.place.credit_code.strip().upper() == code)
            or (key and address_key(c.place.address) == key)
        )
    ]
    return sorted(found, key=lambda c: (c.received_on, c.case_id), reverse=True)
