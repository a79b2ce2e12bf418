"""How a printed table's columns share the page's width.

Codes, dates and numbers never break: each such column is as wide as its longest value.
Text columns start wide enough for nearly all their values on one line (TYPICAL) and are
narrowed a character at a time, each time the one whose narrowing adds the fewest lines
to the rows (a row is as tall as its tallest cell), until the table fits. A short value
broken (超法定期限 as 超法定期/限) counts as a line more, and a value's every line past
its first as a tenth of one: the list's twenty columns give 项目名称 and 建设单位 three
lines, not four, and a category may wrap where its row is as tall anyway.

A text's lines are counted as filled a piece at a time (a character with the punctuation
that keeps to it, a Latin word, a number with the character after it: 15号, 3万), each
line before the next begins. Printed in as many lines, a text breaks between the
program's words where that fits them (printing.words: 环境/影响/报告表, not 环境影/响报告/
表), and before a title in book-title marks rather than inside it. `Breaks` does both; Qt
is not left to wrap the texts: it would break 青山县城东街15/号.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from itertools import islice, repeat

from PySide6.QtGui import QFontMetricsF

from approvals_gui.printing.headings import heading_lines, middle_lines
from approvals_gui.printing.words import inside_titles, inside_words
from approvals_gui.services.exports import Column

PAD = 2.0  # around a cell's text
# Qt may wrap a line in a box exactly as wide as the line (跟/进 where 跟进 was measured
# to fit): a heading's line that wraps gets this much more, and the cells' lines, which
# the program breaks itself, are counted the same way.
SLACK = 1.0
TYPICAL = 0.95  # the share of a text column's values it starts wide enough for
SHORT = 5  # characters of a value read as one word (超法定期限, 青山县分局, 拟批准公示)
BROKEN_SHORT = 1.0  # a short value broken costs as much as this many lines of its row
EXTRA_LINE = 0.1  # ... and each line of a value past its first, this many
# Headings break between words (剩余日数/（负数为超期）) unless breaking them in the middle
# saves the rows more lines than this, some of a page's: the list's twenty columns, where
# it saves one line in sixteen, not the board's thirteen, where it saved three lines.
WORDS_WORTH = 20.0


def column_widths(
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    metrics: QFontMetricsF,
    page: float,
    measured: Callable[[int], object] | None = None,
    breaks: Breaks | None = None,
) -> list[float]:
    """Each column's width in a table `page` wide: never less than its heading's widest
    line (broken between words, or in the middle if that saves the rows WORDS_WORTH
    lines), or than one character. Where the values take no more room than the page
    has, what is left widens first the columns whose heading would break, then the text
    columns by their `Column.width`. Scaled down to the page if even the narrowest
    layout is too wide. `measured(i)` once column i is measured (a list's may take
    seconds). `breaks`: those the table is printed with, if it has them already."""
    advances = []
    measuring: dict[str, float] = {}  # each distinct text measured once
    for i in range(len(columns)):
        for value in {row[i] for row in rows} - measuring.keys():
            measuring[value] = metrics.horizontalAdvance(value)
        advances.append([measuring[row[i]] for row in rows])
        if measured is not None:
            measured(i)
    text = _TextColumns(columns, rows, breaks or Breaks(metrics))
    char = text.char
    starts = [_start(values, c.breaks) for values, c in zip(advances, columns, strict=True)]
    best: tuple[float, list[float], list[float]] | None = None
    for split in (heading_lines, middle_lines):
        headings = [
            2 * PAD + SLACK + max(inked(line, metrics) for line in split(c.title)) for c in columns
        ]
        started = [max(s, h) for s, h in zip(starts, headings, strict=True)]
        widths = list(started)
        floors = [max(h, 2 * PAD + SLACK + char) for h in headings]
        cost = text.narrow(widths, floors, page)
        if best is None or cost + WORDS_WORTH < best[0]:
            best = (cost, widths, started)
        if widths == started:
            break  # nothing narrowed: the headings need not break in the middle
    assert best is not None  # (two ways of breaking headings tried)
    _cost, widths, started = best
    if (spare := page - sum(widths)) > 0 and widths == started:
        # Every text fits as it started: headings that would break are widened first
        # (其中合并办理 whole beside a wide column of names).
        for i, column in enumerate(columns):
            whole = 2 * PAD + SLACK + inked(column.title, metrics)
            if widths[i] < whole:
                more = min(whole - widths[i], spare)
                widths[i] += more
                spare -= more
    weight = sum(c.width for c in columns if c.breaks)
    if weight and (spare := page - sum(widths)) > 0:
        widths = [
            w + spare * c.width / weight if c.breaks else w
            for w, c in zip(widths, columns, strict=True)
        ]
    total = sum(widths)
    # (Scaled only past the page: a sum a rounding over it would cut each heading's
    # room by a hair, and the heading would break in the middle.)
    return widths if total <= page + 1e-6 else [w * page / total for w in widths]


def inked(text: str, metrics: QFontMetricsF) -> float:
    """The width `text` takes on one line: a glyph may reach past its advance (合), and
    the text wraps if the line is only as wide as the advances."""
    return max(metrics.horizontalAdvance(text), metrics.boundingRect(text).width())


def _start(advances: list[float], breaks: bool) -> float:
    """A column's width before narrowing: its longest value's, or for text the longest
    but for a few (one project named at eighty characters wraps in its own row)."""
    found = sorted(advances) or [0.0]
    if not breaks:
        return 2 * PAD + found[-1]
    return 2 * PAD + SLACK + found[int(TYPICAL * (len(found) - 1))]


# Characters a line never starts with, and those it never ends with (kept with their
# neighbour, as Qt keeps them): 问题已解决，企业确认 in five a line is three lines, not two.
_CLOSING = frozenset("，。、；：？！）》」』】〉,.;:?!)%")
_OPENING = frozenset("（《「『【〈(")

Shape = tuple[tuple[float, ...], ...]  # a value's paragraphs, each as its pieces' widths


class _TextColumns:
    """The text columns' values, as the rows' distinct combinations of their shapes (and
    whether each is short), each with how many rows have it: what narrowing a column
    costs is counted once per combination."""

    def __init__(
        self, columns: Sequence[Column], rows: Sequence[Sequence[str]], breaks: Breaks
    ) -> None:
        self.char = breaks.char
        self.indices = [i for i, column in enumerate(columns) if column.breaks]
        shapes: dict[str, tuple[Shape, bool]] = {}

        def shape(text: str) -> tuple[Shape, bool]:
            if text not in shapes:
                short = 1 < len(text) <= SHORT and not text.isascii()
                shapes[text] = (breaks.shape(text), short)
            return shapes[text]

        found = Counter(tuple(shape(row[i]) for i in self.indices) for row in rows)
        self.counts = list(found.values())
        self.values = [[combination[k] for combination in found] for k in range(len(self.indices))]
        self._lines: dict[tuple[int, float], list[int]] = {}
        self._broken: dict[tuple[int, float], float] = {}

    def lines(self, k: int, width: float) -> list[int]:
        """The lines each combination's value in the k-th text column takes at `width`."""
        if (k, width) not in self._lines:
            usable = width - 2 * PAD - SLACK
            self._lines[k, width] = [_taken(shape, usable) for shape, _short in self.values[k]]
        return self._lines[k, width]

    def broken(self, k: int, width: float) -> float:
        """What the k-th column's values cost at `width` beside their rows' height, in
        lines: a short value broken, and each line a value takes past its first."""
        if (k, width) not in self._broken:
            self._broken[k, width] = sum(
                n * (BROKEN_SHORT * (short and taken > 1) + EXTRA_LINE * (taken - 1))
                for n, (_shape, short), taken in zip(
                    self.counts, self.values[k], self.lines(k, width), strict=True
                )
            )
        return self._broken[k, width]

    def narrow(self, widths: list[float], floors: list[float], page: float) -> float:
        """Narrow the text columns of `widths` (in place, none below its floor) until they
        fit `page`, each step the one whose narrowing costs the rows fewest lines for the
        room it makes (of two as cheap, the wider); returns what the table then costs in
        lines, its rows' and `broken`'s (infinite if it cannot fit)."""
        lines = [self.lines(k, widths[i]) for k, i in enumerate(self.indices)]
        broken = [self.broken(k, widths[i]) for k, i in enumerate(self.indices)]
        while sum(widths) > page + 1e-6:
            best: tuple[float, float, int, float, list[int], float] | None = None
            for k, i in enumerate(self.indices):
                narrower = self._narrower(widths[i], floors[i])
                if narrower is None:
                    continue
                taken = self.lines(k, narrower)
                then = self.broken(k, narrower)
                step = (self._added(lines, k, taken) + then - broken[k]) / (widths[i] - narrower)
                if best is None or (step, -widths[i]) < best[:2]:
                    best = (step, -widths[i], k, narrower, taken, then)
            if best is None:
                return math.inf
            _cost, _wide, k, narrower, lines[k], broken[k] = best
            widths[self.indices[k]] = narrower
        rows = zip(*lines, strict=True) if lines else ((1,) for _n in self.counts)
        tall: float = sum(n * max(row) for n, row in zip(self.counts, rows, strict=True))
        return tall + sum(broken)

    def _added(self, lines: list[list[int]], k: int, taken: list[int]) -> int:
        """The lines the rows gain if the k-th column's values take `taken` lines: where
        a value takes more, its row grows as far as it passes the row's other cells."""
        rest = lines[:k] + lines[k + 1 :]
        others = map(max, *rest) if len(rest) > 1 else rest[0] if rest else repeat(1)
        return sum(  # (`others` may be endless: a table of one text column)
            n * (max(o, after) - max(o, before))
            for n, o, after, before in zip(self.counts, others, taken, lines[k], strict=False)
            if after != before
        )

    def _narrower(self, width: float, floor: float) -> float | None:
        """The next width down a column may take: its text a character narrower, or its
        floor; None at its floor."""
        if width <= floor + 1e-6:
            return None
        characters = math.ceil((width - 2 * PAD - SLACK) / self.char - 1e-6) - 1
        return max(floor, 2 * PAD + SLACK + characters * self.char)


class Breaks:
    """Where texts may break (between pieces, better between words) and where they do in
    a column of a given width: the same for counting a column's lines and for printing
    them. Each distinct character is measured once, and each distinct text cut into
    pieces once."""

    def __init__(self, metrics: QFontMetricsF) -> None:
        self._metrics = metrics
        self.char = metrics.horizontalAdvance("中")
        self._advance: dict[str, float] = {}
        self._pieces: dict[str, tuple[_Pieces, ...]] = {}
        self._shapes: dict[str, Shape] = {}
        self._lines: dict[tuple[str, float], int] = {}

    def shape(self, text: str) -> Shape:
        """`text`'s paragraphs, each as the widths of its pieces."""
        if (found := self._shapes.get(text)) is None:
            advance = self._advance
            for char in set(text) - advance.keys():
                advance[char] = self._metrics.horizontalAdvance(char)
            found = self._shapes[text] = tuple(
                tuple(
                    advance[piece] if len(piece) == 1 else sum(map(advance.__getitem__, piece))
                    for piece in pieces
                )
                for pieces, _inside in self._cut(text)
            )
        return found

    def lines(self, text: str, width: float) -> int:
        """The lines `text` takes in a column `width` wide, each filled before the next."""
        if (found := self._lines.get((text, width))) is None:
            usable = width - 2 * PAD - SLACK
            found = self._lines[text, width] = _taken(self.shape(text), usable)
        return found

    def wrapped(self, text: str, width: float, room: int = 0) -> str:
        """`text` broken into lines in a column `width` wide: as many as `lines` counts,
        or up to `room` (its row's) where more keep a word whole (承诺/期内/办结 beside a
        name in three lines, not 承诺期/内办结). See `_breaks`; no space is left at a
        line's end."""
        usable = width - 2 * PAD - SLACK
        shape = self.shape(text)
        filled = [list(_line_starts(widths, usable)) for widths in shape]
        spare = max(0, room - sum(len(starts) + 1 for starts in filled))
        lines = []
        for (pieces, inside), widths, plain in zip(self._cut(text), shape, filled, strict=True):
            starts = _breaks(widths, inside, usable, plain, len(plain) + 1 + spare)
            spare -= len(starts) - len(plain)
            at = 0
            for start in (*starts, len(pieces)):
                lines.append("".join(islice(pieces, at, start)).rstrip())
                at = start
        return "\n".join(lines)

    def _cut(self, text: str) -> tuple[_Pieces, ...]:
        if (found := self._pieces.get(text)) is None:
            found = self._pieces[text] = tuple(_pieces(p) for p in text.split("\n"))
        return found


# A paragraph's pieces, and which of them (by place) a break before would split a word or
# a title, and what that costs (SPLIT, TITLE_SPLIT).
_Pieces = tuple[tuple[str, ...], Mapping[int, float]]


def _ideograph(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff"


def _pieces(text: str) -> _Pieces:
    """`text` cut where a line may break: into characters, each with the punctuation
    or space after it and the character after an opening bracket, and with a number
    the character after it (15号, 3万, 2026年); and into words of Latin letters and
    digits. With the pieces that start inside a word of the program's or a title in
    book-title marks (printing.words), and what a break before each costs."""
    words, titles = inside_words(text), inside_titles(text)
    pieces: list[str] = []
    inside: dict[int, float] = {}
    before = ""
    for i, char in enumerate(text):
        latin = before.isascii() and before.isalnum()
        word = latin and char.isascii() and char.isalnum()
        counted = latin and before.isdigit() and _ideograph(char)
        if pieces and (char in _CLOSING or char.isspace() or before in _OPENING or word or counted):
            pieces[-1] += char
        else:
            if i in words:
                inside[len(pieces)] = SPLIT
            elif i in titles:
                inside[len(pieces)] = TITLE_SPLIT
            pieces.append(char)
        before = char
    return tuple(pieces), inside


def _line_starts(widths: Sequence[float], usable: float) -> Iterator[int]:
    """Where each line past the first begins, as pieces `widths` wide fill lines `usable`
    wide, each line filled before the next begins (a piece wider than a line on a line
    of its own)."""
    x = 0.0
    for i, piece in enumerate(widths):
        if x and x + piece > usable:
            yield i
            x = piece
        else:
            x += piece


def _taken(shape: Shape, usable: float) -> int:
    """The lines a value of `shape` takes, each line filled before the next."""
    lines = 0
    for widths in shape:
        lines += 1
        for _ in _line_starts(widths, usable):
            lines += 1
    return lines


def _breaks(
    widths: Sequence[float],
    inside: Mapping[int, float],
    usable: float,
    plain: list[int],
    room: int,
) -> list[int]:
    """Where the lines of pieces `widths` begin past the first, in at most `room` lines
    (no fewer than `plain`'s, each filled before the next): `plain` where it splits no
    word nor title (no piece in `inside` begins a line) and leaves no piece alone on the
    last line; else those of `_least_cost` (环境/影响/报告表 in three lines of three
    characters, not 环境影/响报告/表; 局三楼/服务大厅, not 局三楼服务大/厅)."""
    alone = bool(plain) and plain[-1] == len(widths) - 1 and len(widths) > 2
    if not alone and not any(start in inside for start in plain):
        return plain
    return _least_cost(widths, inside, usable, room)


# What a cell's lines cost (`_least_cost`): a word split; a title split between its words
# (（《优化营商/环境条例》, where the title fits a line whole); a piece alone on the last
# line, a line less than half full, each line; and, a hair, the square of the room a line
# leaves (lines alike: 仓储物流/中心建设/项目, not 仓储物/流中心建设/项目).
SPLIT, TITLE_SPLIT, ALONE, SHORT_LINE, LINE, ROOM = 10.0, 3.0, 4.0, 1.0, 0.5, 0.001


def _least_cost(
    widths: Sequence[float], inside: Mapping[int, float], usable: float, room: int
) -> list[int]:
    """The line starts of least cost (SPLIT ...) in at most `room` lines, each line
    within `usable` or one piece: the cheapest way to each piece, by lines taken."""
    n = len(widths)
    reach = [0.0]
    for width in widths:
        reach.append(reach[-1] + width)
    best: list[dict[int, tuple[float, int]]] = [{0: (0.0, -1)}]  # by lines: start → cost, from
    for lines in range(room):
        ways: dict[int, tuple[float, int]] = {}
        for i, (cost, _from) in best[lines].items():
            for j in range(i + 1, n + 1):
                width = reach[j] - reach[i]
                if width > usable and j > i + 1:
                    break
                if j == n:  # the last line
                    step = LINE + (ALONE if j == i + 1 and lines else 0.0)
                else:
                    step = (
                        LINE
                        + inside.get(j, 0.0)
                        + (SHORT_LINE if width < usable / 2 else 0.0)
                        + ROOM * (max(0.0, usable - width) / usable) ** 2
                    )
                if j not in ways or cost + step < ways[j][0]:
                    ways[j] = (cost + step, i)
        best.append(ways)
    taken = min((k for k in range(1, room + 1) if n in best[k]), key=lambda k: best[k][n][0])
    starts = []
    at = n
    for lines in range(taken, 1, -1):
        at = best[lines][at][1]
        starts.append(at)
    return starts[::-1]
