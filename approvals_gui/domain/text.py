"""Text as people type, paste or import it: without control characters, and no longer
than the place that keeps it. Every text field of every form and import passes here.

Control characters (Unicode category Cc) come in with text pasted from Word, web pages
or other programs. They are invisible on screen, and most of them cannot be written to
an .xlsx file at all, so they are stripped at input rather than refused: the clerk
could not see what to delete. So are the invisible format characters (Cf) such text
carries: zero-width spaces and joiners, byte order marks, direction marks.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar

from approvals_gui.domain.errors import DomainError, ErrorCode

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

CONTROL_CHARACTERS = frozenset(chr(c) for c in (*range(0x20), *range(0x7F, 0xA0)))
# The format characters copied text brings (the other Cf ones belong to scripts no form
# here is written in): with them 李\u200b四 would be a name nobody can tell from 李四,
# and a credit code pasted with a byte order mark one character too long.
FORMAT_CHARACTERS = frozenset(
    chr(c)
    for c in (
        0x00AD,  # soft hyphen
        0x180E,  # Mongolian vowel separator (once a space)
        *range(0x200B, 0x2010),  # zero-width space, (non-)joiners, direction marks
        *range(0x202A, 0x202F),  # direction embeddings and overrides
        *range(0x2060, 0x2065),  # word joiner, invisible operators
        *range(0x2066, 0x2070),  # direction isolates, deprecated format characters
        0xFEFF,  # byte order mark, zero-width no-break space
    )
)
_INVISIBLE = CONTROL_CHARACTERS | FORMAT_CHARACTERS
_ANY_INVISIBLE = re.compile("[" + re.escape("".join(sorted(_INVISIBLE))) + "]")
# Line breaks and tabs separate words: they become a space (or stay a line break where
# a field has lines) instead of gluing the words together. The rest are dropped.
_BREAKS = "\n\r\x0b\x0c\x85"
_ONE_LINE = {ord(c): None for c in _INVISIBLE} | {ord(c): " " for c in "\t" + _BREAKS}
_LINES = _ONE_LINE | {ord(c): "\n" for c in _BREAKS}

F = TypeVar("F", bound="DataclassInstance")


def strip_invisible(text: str, *, multiline: bool = False) -> str:
    """`text` without control and format characters; line breaks kept as "\\n" if
    `multiline`."""
    if _ANY_INVISIBLE.search(text) is None:
        return text  # the usual case, without building a new string
    return text.replace("\r\n", "\n").translate(_LINES if multiline else _ONE_LINE)


# The full-width forms of ASCII, and the ideographic space: what an input method left in
# 全角 types for letters, digits and marks (９１Ａ－, the half-width 91A-). Only these:
# NFKC would also take ③ or ⑼ for digits, and a code mistyped so for a good one.
_FULL_WIDTH = re.compile("[\uff01-\uff5e\u3000]")
_HALF_OF = {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)} | {"\u3000": " "}


def half_width(text: str) -> str:
    """`text` with full-width letters, digits, marks and spaces in half width."""
    # A pattern finds the few, then each one found is replaced throughout: not
    # str.translate, which looks up every character of a Chinese text (ten times
    # slower on a list's worth of search texts), nor a call back for each one found
    # (（）and ，in every line of a long text).
    for char in set(_FULL_WIDTH.findall(text)):
        text = text.replace(char, _HALF_OF[char])
    return text


def searchable(text: str) -> str:
    """`text` as a search compares it, both what is looked for and what is looked
    through: in any case and in half width, so that a word typed in 全角 (ＨＰ２０２６)
    finds what is kept in half width, and the other way round."""
    return half_width(text.casefold())


# A Chinese name's characters, and the middle dot of a transliterated one (阿依古丽·买买提).
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f·・•"
_BLANKS_IN_HAN = re.compile(f"(?<=[{_HAN}])\\s+(?=[{_HAN}])")
_BLANKS = re.compile(r"\s+")


@lru_cache(maxsize=4096)  # an office has some hundred names, compared row by row
def person_name(text: str) -> str:
    """A person's name as it is compared and kept: without the blanks that pad a
    two-character name to the width of three in ledgers and forms ("王  芳", "王　芳"),
    and with one space wherever a name in Latin letters has any."""
    return _BLANKS.sub(" ", _BLANKS_IN_HAN.sub("", text)).strip()


def same_person(name: str, other: str) -> bool:
    """Whether two names are one person's as names are kept (`person_name`): "李 四",
    as an older program kept it, is 李四."""
    return person_name(name) == person_name(other)


@dataclass(frozen=True, slots=True)
class TextField:
    """A kind of text: its name in messages, its longest length, whether it has lines,
    whether it names a person (`person_name`), whether it is written in half width (a
    telephone number, which an input method left in 全角 types as １３８)."""

    name: str
    max_length: int
    multiline: bool = False
    person: bool = False
    half_width: bool = False

    def clean(self, text: str) -> str:
        """The text as it is kept: stripped of invisible characters and of surrounding
        blanks, and a person's name as `person_name` has it. Refused (TEXT_TOO_LONG) if
        longer than the field allows."""
        cleaned = strip_invisible(text, multiline=self.multiline).strip()
        if self.person:
            cleaned = person_name(cleaned)
        if self.half_width:
            cleaned = half_width(cleaned)
        if len(cleaned) > self.max_length:
            raise DomainError(
                ErrorCode.TEXT_TOO_LONG,
                f"{self.name} has {len(cleaned)} characters, at most {self.max_length}",
                field=self.name,
                limit=self.max_length,
                length=len(cleaned),
            )
        return cleaned


# Lengths are the store's column lengths (store/tables.py) where a column has one;
# text columns without one get a length that no real entry reaches.
PROJECT = TextField("project", 300)
ENTERPRISE_NAME = TextField("enterprise_name", 200)
HANDLER = TextField("handler", 50, person=True)
DISTRICT = TextField("district", 50)
CONTACT = TextField("contact", 50)  # may name two people ("张三 李四"); nobody is found by it
PHONE = TextField("phone", 30, half_width=True)
AUTHORITY = TextField("authority", 60)  # a notice's 发文机关署名
APPLICATION_NUMBER = TextField("number", 30)
DOCUMENT_NUMBER = TextField("document_number", 60)
REFER_TO = TextField("refer_to", 100)  # an authority's name
HOLIDAY_NAME = TextField("name", 50)
CATEGORY_NAME = TextField("name", 50)
PLACE = TextField("place", 200)
STAFF = TextField("staff", 200)
OWNER = TextField("owner", 50, person=True)
REMARK = TextField("remark", 2000)
MATERIAL = TextField("materials", 200)  # stored one a line, so never a line break inside
REASON = TextField("reason", 2000, multiline=True)
MEASURES = TextField("measures", 2000, multiline=True)
RESOLUTION = TextField("resolution", 2000)
MATTER = TextField("matters", 2000)


def clean_form(form: F, fields: Mapping[str, TextField]) -> tuple[F, dict[str, DomainError]]:
    """`form` with each attribute named in `fields` cleaned, and the problems by
    attribute (a refused attribute keeps its value)."""
    changes: dict[str, str] = {}
    problems: dict[str, DomainError] = {}
    for attribute, field in fields.items():
        try:
            changes[attribute] = field.clean(getattr(form, attribute))
        except DomainError as exc:
            problems[attribute] = exc
    return replace(form, **changes), problems


# What a telephone number is written with: digits, spaces and - + ( ) （ ）, 转 before an
# extension, and 、 , ， / between two numbers. At least seven digits (a local number).
_PHONE_MARKS = frozenset("0123456789 -+()（）转、,，/")
MIN_PHONE_DIGITS = 7


# A short number of a public service line (12345 government, 12369 environment, 95xxx
# and 96xxx): a bureau may give one on its notices, a caller or an enterprise has none.
_SERVICE_LINE = re.compile(r"(?:12|95|96)\d{3}(?:转\d{1,6})?")  # 12369转1: an extension


def phone_problem(
    text: str, field: str = "phone", *, service_line: bool = False
) -> DomainError | None:
    """INVALID_PHONE when `text` is not empty and is no telephone number (letters, a
    word, too few digits): a number mistyped is a call back that cannot be made.
    `service_line`: a public service line's short number (12369) is one too."""
    if not text or (service_line and _SERVICE_LINE.fullmatch(text)):
        return None
    if not set(text) <= _PHONE_MARKS or sum(c.isdigit() for c in text) < MIN_PHONE_DIGITS:
        return DomainError(
            ErrorCode.INVALID_PHONE,
            f"{text!r} is no telephone number",
            field=field,
            digits=MIN_PHONE_DIGITS,
        )
    return None
