"""GB 32100-2015 check character and the messages for each kind of mistake."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from approvals_gui.domain.credit_code import (
    ALPHABET,
    check_character,
    is_valid_credit_code,
    validate_credit_code,
)
from approvals_gui.domain.errors import DomainError, ErrorCode

REAL_CODES = ["91350100M000100Y43", "91110000600037341L", "91440300708461136T"]


@pytest.mark.parametrize("code", REAL_CODES)
def test_real_codes_are_valid(code: str) -> None:
    assert is_valid_credit_code(code)


def test_spaces_and_lower_case_are_forgiven() -> None:
    assert validate_credit_code(" 91350100m000100y43 ") == "91350100M000100Y43"


@pytest.mark.parametrize(
    "typed",
    [
        "９１３５０１００Ｍ０００１００Ｙ４３",  # an input method in full width (全角)
        "９１３５０１００ｍ０００１００ｙ４３",
        "\ufeff91350100M000100Y43\u200b",  # pasted with a byte order mark, a zero-width space
        "91350100\u200dM000100Y43\u2060",
        "9135-0100-M000-100Y-43",  # written in groups: it was "22 characters"
        "９１３５－０１００－Ｍ０００１００Ｙ４３",
    ],
)
def test_full_width_and_invisible_characters_are_forgiven(typed: str) -> None:
    """What the clerk sees is a good code: it is taken as one."""
    assert validate_credit_code(typed) == "91350100M000100Y43"


@pytest.mark.parametrize("first", ["⑼", "③", "Ⅸ"])
def test_a_character_that_only_looks_like_one_is_refused_where_it_is(first: str) -> None:
    with pytest.raises(DomainError) as err:
        validate_credit_code(first + "1350100M000100Y43")
    assert err.value.code is ErrorCode.CREDIT_CODE_CHARACTER
    assert err.value.params["position"] == 1


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", ErrorCode.REQUIRED_FIELD),  # said "18 characters, this one has 0"
        (" ", ErrorCode.REQUIRED_FIELD),
        ("9135010", ErrorCode.CREDIT_CODE_LENGTH),
        ("91350100M000100Y431", ErrorCode.CREDIT_CODE_LENGTH),
        ("91350100M0001O0Y43", ErrorCode.CREDIT_CODE_CHARACTER),  # letter O
        ("Z1350100M000100Y43", ErrorCode.CREDIT_CODE_CHARACTER),
        ("B1350100M000100Y43", ErrorCode.CREDIT_CODE_REGISTRAR),
        ("91350100M000100Y44", ErrorCode.CREDIT_CODE_CHECK),
        ("91350100M000101Y43", ErrorCode.CREDIT_CODE_CHECK),
    ],
)
def test_each_mistake_has_its_own_code(text: str, code: ErrorCode) -> None:
    with pytest.raises(DomainError) as err:
        validate_credit_code(text)
    assert err.value.code is code
    assert not is_valid_credit_code(text)


def test_the_check_message_names_the_expected_character() -> None:
    with pytest.raises(DomainError) as err:
        validate_credit_code("91350100M000100Y44")
    assert err.value.params == {"found": "4", "expected": "3"}


body = st.text(alphabet=ALPHABET, min_size=16, max_size=16)


@given(body, st.integers(0, 15), st.sampled_from(ALPHABET))
def test_any_single_substitution_is_caught(rest: str, position: int, char: str) -> None:
    first17 = "9" + rest
    code = first17 + check_character(first17)
    assert is_valid_credit_code(code)
    i = position + 1
    if char != code[i]:
        assert not is_valid_credit_code(code[:i] + char + code[i + 1 :])
