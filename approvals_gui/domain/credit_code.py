"""Unified social credit code (统一社会信用代码), GB 32100-2015.

18 characters from a 31-character alphabet (no I, O, S, V, Z): registration authority,
organisation type, 6-digit administrative division, 9-character organisation code,
and a check character computed over the first 17 with fixed weights modulo 31.
"""

from __future__ import annotations

from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.text import half_width, strip_invisible

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_VALUE = {c: i for i, c in enumerate(ALPHABET)}
_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
# Registration authorities: 1 机构编制, 5 民政, 9 工商 (市场监管), Y 其他, and the
# others the standard and its later allocations name.
_REGISTRARS = frozenset("123456789ANY")
LENGTH = 18


def normalize(text: str) -> str:
    """What the user typed, without spaces, hyphens (a code written in groups,
    9135-0100-…, was "22 characters") and invisible characters, in half width (an
    input method in 全角 types ９１Ａ) and in upper case. No code holds either."""
    return "".join(half_width(strip_invisible(text)).split()).replace("-", "").upper()


def check_character(first17: str) -> str:
    """The 18th character for the given first 17 (all from the alphabet)."""
    total = sum(_VALUE[c] * w for c, w in zip(first17, _WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def validate_credit_code(text: str) -> str:
    """The normalised code, or a DomainError that says what is wrong with it (none at
    all: required, as every form that asks for one needs it)."""
    code = normalize(text)
    if not code:
        raise DomainError(ErrorCode.REQUIRED_FIELD, "a credit code is required")
    if len(code) != LENGTH:
        raise DomainError(
            ErrorCode.CREDIT_CODE_LENGTH,
            f"a credit code has 18 characters, this one has {len(code)}",
            length=len(code),
        )
    for position, char in enumerate(code, start=1):
        if char not in _VALUE:
            raise DomainError(
                ErrorCode.CREDIT_CODE_CHARACTER,
                f"character {position} ({char}) is not allowed (no I, O, S, V, Z)",
                position=position,
                char=char,
            )
    if code[0] not in _REGISTRARS:
        raise DomainError(
            ErrorCode.CREDIT_CODE_REGISTRAR,
            f"{code[0]} is not a registration authority code",
            char=code[0],
        )
    expected = check_character(code[:17])
    if code[17] != expected:
        raise DomainError(
            ErrorCode.CREDIT_CODE_CHECK,
            f"the check character is {code[17]}, it should be {expected}: a character is mistyped",
            found=code[17],
            expected=expected,
        )
    return code


def is_valid_credit_code(text: str) -> bool:
    try:
        validate_credit_code(text)
    except DomainError:
        return False
    return True
