"""Where a printed table's heading breaks when its column is narrower than the heading:
between words, near the middle (剩余/工作日, not 剩余工/作日), never inside brackets;
or, where the page has no room for that, in the middle."""

from __future__ import annotations

SHORT_HEADING = 3  # characters a heading keeps on one line
# Words of the program's headings that a break must not split.
WORDS = (
    "工作日", "到期日", "到期", "天数", "日期", "期限", "单位", "代码", "信用", "责任人",
    "承办人", "办理", "办结", "期限内", "期内", "件数", "合并", "公示", "超期", "用时",
    "占比", "决定", "环节", "类别", "编号", "名称", "项目", "企业", "跟进", "剩余",
    "收件", "受理", "送达", "审批", "承诺", "法定",
)  # fmt: skip
_OPENING, _CLOSING = "（(", "）)"


def heading_lines(title: str) -> tuple[str, ...]:
    """`title` whole if short, else in two lines: broken where no word of WORDS nor a
    bracketed part is split, as near the middle as that allows (of two as near, the
    earlier: 一次/办结率, not 一次办结/率); in the middle if nowhere else."""
    if len(title) <= SHORT_HEADING:
        return (title,)
    kept: set[int] = set()  # the places a break may not go
    for word in WORDS:
        start = title.find(word)
        while start >= 0:
            kept.update(range(start + 1, start + len(word)))
            start = title.find(word, start + 1)
    depth = 0
    for i, char in enumerate(title):
        if depth:
            kept.add(i)
        depth += (char in _OPENING) - (char in _CLOSING)
    middle = -(-len(title) // 2)
    cuts = sorted(
        (c for c in range(1, len(title)) if c not in kept), key=lambda c: (abs(c - middle), c)
    )
    cut = cuts[0] if cuts else middle
    return title[:cut], title[cut:]


def middle_lines(title: str) -> tuple[str, ...]:
    """`title` whole if short, else in two halves (the first the longer)."""
    if len(title) <= SHORT_HEADING:
        return (title,)
    middle = -(-len(title) // 2)
    return title[:middle], title[middle:]
