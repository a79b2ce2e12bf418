"""Where a printed heading breaks: between words, near the middle, never inside brackets."""

from __future__ import annotations

import pytest

from approvals_gui.printing.headings import heading_lines, middle_lines


@pytest.mark.parametrize(
    ("title", "lines"),
    [
        ("承办人", ("承办人",)),
        ("一次办结", ("一次", "办结")),
        ("剩余工作日", ("剩余", "工作日")),
        ("跟进责任人", ("跟进", "责任人")),
        ("其中合并办理", ("其中", "合并办理")),
        ("一次办结率", ("一次", "办结率")),
        ("承诺到期日", ("承诺", "到期日")),
        ("法定期限内办结率", ("法定期限内", "办结率")),
        ("统一社会信用代码", ("统一社会", "信用代码")),
        ("用时（工作日）", ("用时", "（工作日）")),
        ("剩余工作日（负数为超期）", ("剩余工作日", "（负数为超期）")),
    ],
)
def test_a_heading_breaks_between_words(title: str, lines: tuple[str, ...]) -> None:
    assert heading_lines(title) == lines
    assert "".join(lines) == title


def test_a_heading_with_no_place_between_words_breaks_in_the_middle() -> None:
    assert heading_lines("工作日工作日") == ("工作日", "工作日")
    assert heading_lines("（负数为超期）") == ("（负数为", "超期）")
    assert middle_lines("剩余工作日") == ("剩余工", "作日")
