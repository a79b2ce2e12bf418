"""Where a printed table's heading breaks when its column is narrower than the heading:
between words, near the middle (剩余/工作日, not 剩余工/作日), never inside brackets;
or, where the page has no room for that, in the middle."""

from __future__ import annotations

from approvals_gui.printing.words import inside_words

SHORT_HEADING = 3  # characters a heading keeps on one line
_OPENING, _CLOSING = "（(", "）)"


def heading_lines(title: str) -> tuple[str, ...]:
    """`title` whole if short, else in two lines: broken where no word (printing.words)
    nor a bracketed part is split, as near the middle as that allows (of two as near,
    the earlier: 一次/办结率, not 一次办结/率); in the middle if nowhere else."""
    if len(title) <= SHORT_HEADING:
        return (title,)
    kept = inside_words(title)  # the places a break may not go
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
