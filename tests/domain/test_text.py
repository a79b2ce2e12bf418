"""Text as it is kept: control characters stripped at input, lengths within the store's
columns."""

from __future__ import annotations

import sys
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from approvals_gui.domain.access import USER_NAME
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.hotline.reports import REPORTER
from approvals_gui.domain.text import (
    CONTACT,
    CONTROL_CHARACTERS,
    FORMAT_CHARACTERS,
    HANDLER,
    MEASURES,
    OWNER,
    PHONE,
    PROJECT,
    REMARK,
    TextField,
    half_width,
    person_name,
    phone_problem,
    same_person,
    searchable,
    strip_invisible,
)


def test_control_characters_are_unicode_category_cc() -> None:
    every = (chr(c) for c in range(sys.maxunicode + 1))
    assert CONTROL_CHARACTERS == {c for c in every if unicodedata.category(c) == "Cc"}


@pytest.mark.parametrize(
    ("pasted", "kept"),
    [
        ("再生铝\x0b项目", "再生铝 项目"),  # Word's line break: a space, not glued words
        ("再生铝\x07项目", "再生铝项目"),  # a bell: dropped
        ("\t年产5万吨\r\n再生铝项目\x00 ", "年产5万吨 再生铝项目"),
        ("plain", "plain"),
    ],
)
def test_single_line_fields_keep_no_control_character(pasted: str, kept: str) -> None:
    assert PROJECT.clean(pasted) == kept


def test_multi_line_fields_keep_their_lines() -> None:
    assert (
        MEASURES.clean("现场答复\r\n书面告知\x0b跟踪\x07办理\n") == "现场答复\n书面告知\n跟踪办理"
    )
    assert REMARK.clean("一行\n两行") == "一行 两行"


def test_too_long_text_is_refused_with_its_length() -> None:
    with pytest.raises(DomainError) as caught:
        PROJECT.clean("项" * 40_000)
    error = caught.value
    assert error.code is ErrorCode.TEXT_TOO_LONG
    assert error.params == {"field": "project", "limit": 300, "length": 40_000}
    assert PROJECT.clean("项" * 300) == "项" * 300
    assert PROJECT.clean(" " * 1000 + "项") == "项"  # the length counts what is kept


def test_format_characters_stripped_are_all_invisible_ones() -> None:
    assert {unicodedata.category(c) for c in FORMAT_CHARACTERS} == {"Cf"}
    assert not FORMAT_CHARACTERS & CONTROL_CHARACTERS


@pytest.mark.parametrize(
    ("pasted", "kept"),
    [
        ("李\u200b四", "李四"),  # a zero-width space from a web page
        ("\ufeff王芳", "王芳"),  # a byte order mark at the start of a pasted cell
        ("王\u200d芳\u200e", "王芳"),  # a joiner, a direction mark
        ("张\u00ad三", "张三"),  # a soft hyphen
    ],
)
def test_invisible_format_characters_are_not_kept(pasted: str, kept: str) -> None:
    """Characters nobody sees would make a name one nobody can tell from another."""
    assert HANDLER.clean(pasted) == kept
    assert PROJECT.clean("城南" + pasted) == "城南" + kept


@given(st.text())
def test_nothing_an_xlsx_file_cannot_hold_is_kept(text: str) -> None:
    for kept in (strip_invisible(text), strip_invisible(text, multiline=True)):
        assert ILLEGAL_CHARACTERS_RE.search(kept) is None
    assert not set(strip_invisible(text)) & (CONTROL_CHARACTERS | FORMAT_CHARACTERS)
    assert not set(strip_invisible(text, multiline=True)) & (CONTROL_CHARACTERS - {"\n"})


@pytest.mark.parametrize(
    "number",
    [
        "",
        "13800138000",
        "0571-88888888",
        "(0571) 8888 8888",
        "（0571）88888888",
        "0571-88888888转123",
        "+86 138 0013 8000",
        "13800138000、0571-88888888",
        "88888888",
    ],
)
def test_a_telephone_number_as_people_write_one_is_taken(number: str) -> None:
    assert phone_problem(number) is None


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("１３８００１３８０００", "13800138000"),  # an input method in full width (全角)
        ("０５７１－８８８８８８８８", "0571-88888888"),
        ("（0571）８８８８８８８８转１２", "(0571)88888888转12"),
    ],
)
def test_a_telephone_number_typed_in_full_width_is_kept_in_half_width(
    typed: str, kept: str
) -> None:
    assert PHONE.clean(typed) == kept and phone_problem(PHONE.clean(typed)) is None


def test_a_telephone_number_keeps_what_only_looks_like_a_digit() -> None:
    """⑼ or ⁸ in a number is a slip, not a digit: told, not read as (9) or 8."""
    for typed in ("１３８⑼000０１２３", "138⁸0001234"):
        assert PHONE.clean(typed) == half_width(typed) and phone_problem(PHONE.clean(typed))


@pytest.mark.parametrize("text", ["abc-不是电话", "12345", "电话13800138000", "138-001", "无"])
def test_what_is_no_telephone_number_is_told(text: str) -> None:
    problem = phone_problem(text, "reporter_phone")
    assert problem is not None and problem.code is ErrorCode.INVALID_PHONE
    assert problem.params == {"field": "reporter_phone", "digits": 7}


def test_a_service_lines_short_number_is_one_only_where_a_bureau_gives_it() -> None:
    for number in ("12369", "12345", "95588", "12369转1"):
        assert phone_problem(number) is not None  # a caller's or an enterprise's: a slip
        assert phone_problem(number, service_line=True) is None  # a bureau's notice
    for text in ("123", "1236", "123690", "13369", "12 369", "无"):
        assert phone_problem(text, service_line=True) is not None


@given(st.text(alphabet="0123456789 -", min_size=7).filter(lambda t: sum(map(str.isdigit, t)) >= 7))
def test_digits_with_spaces_and_dashes_are_a_number(text: str) -> None:
    assert phone_problem(text) is None


@given(st.text(min_size=1).filter(lambda t: any(c.isalpha() and c != "转" for c in t)))
def test_a_letter_or_a_word_is_never_a_number(text: str) -> None:
    assert phone_problem(text) is not None


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("王 芳", "王芳"),  # a two-character name padded to three, as ledgers have it
        ("王  芳", "王芳"),
        ("王\u3000芳", "王芳"),  # the ideographic space
        ("王\u00a0芳", "王芳"),  # a no-break space from a web page
        ("  欧阳 建国 ", "欧阳建国"),
        ("阿依古丽 · 买买提", "阿依古丽·买买提"),
        ("Li  Ming", "Li Ming"),  # a name in letters keeps one space between its words
        ("Wang 芳", "Wang 芳"),  # letters beside a character: the space parts them
        ("王芳", "王芳"),
        ("", ""),
    ],
)
def test_a_name_is_kept_without_the_blanks_that_pad_it(typed: str, kept: str) -> None:
    assert person_name(typed) == kept


@pytest.mark.parametrize("field", [HANDLER, OWNER, USER_NAME, REPORTER])
def test_every_field_that_names_a_person_keeps_the_name_so(field: TextField) -> None:
    assert field.clean("\t王\u3000芳 ") == "王芳"


def test_other_fields_keep_the_blanks_between_characters() -> None:
    assert PROJECT.clean("城南 污水处理厂") == "城南 污水处理厂"
    # An enterprise's or a notice's 联系人 may be two people; nobody is found by it.
    assert CONTACT.clean("张三 李四") == "张三 李四"


_HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
_BLANK = st.sampled_from([" ", "\u3000", "\u00a0", "\t"])


@given(st.lists(st.tuples(_HAN, st.text(_BLANK, max_size=3)), min_size=1, max_size=6))
def test_blanks_among_chinese_characters_all_go(parts: list[tuple[str, str]]) -> None:
    typed = "".join(c + blanks for c, blanks in parts)
    assert person_name(typed) == "".join(c for c, _ in parts)


@given(st.text())
def test_a_name_kept_is_kept_again_unchanged(text: str) -> None:
    once = person_name(text)
    assert person_name(once) == once
    assert once == once.strip() and "  " not in once
    assert [c for c in once if not c.isspace()] == [c for c in text if not c.isspace()]


@given(st.text())
def test_a_name_is_the_same_person_as_the_name_kept(text: str) -> None:
    assert same_person(text, person_name(text)) and same_person(person_name(text), text)


def test_two_names_are_two_people() -> None:
    assert same_person("李 四", "李四") and not same_person("李四", "李思")


def test_half_width_is_nfkc_on_the_full_width_forms_and_nothing_else() -> None:
    full = [chr(c) for c in range(0xFF01, 0xFF5F)] + ["\u3000"]
    assert [half_width(c) for c in full] == [unicodedata.normalize("NFKC", c) for c in full]
    assert half_width("③⑼Ⅸ²") == "③⑼Ⅸ²"  # look like digits; are not typed for them


_HALF = "aB19-( "
_FULL = "ａＢ１９－（　"
_EITHER = str.maketrans(_HALF + _FULL, _FULL + _HALF)


@given(kept=st.text(_HALF + _FULL + "污水一期", max_size=12), data=st.data())
def test_a_search_finds_what_is_kept_typed_in_either_width_and_case(
    kept: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(kept)))
    part = kept[start : data.draw(st.integers(start, len(kept)))]
    flips = data.draw(st.lists(st.booleans(), min_size=len(part), max_size=len(part)))
    typed = "".join(c.translate(_EITHER) if f else c for c, f in zip(part, flips, strict=True))
    assert searchable(typed.swapcase()) in searchable(kept)


def test_half_width_takes_only_the_full_width_forms_of_ascii() -> None:
    full = range(0xFF01, 0xFF5F)
    assert all(half_width(chr(c)) == unicodedata.normalize("NFKC", chr(c)) for c in full)
    assert half_width("\u3000") == " "
    others = (chr(c) for c in range(0x10000) if c not in full and c != 0x3000)
    assert all(half_width(c) == c for c in others)
    assert half_width("ＨＰ２０２６－１　（一期）") == "HP2026-1 (一期)"
    assert half_width("③〔2026〕") == "③〔2026〕"  # no full-width form of ASCII
    assert half_width("") == ""
