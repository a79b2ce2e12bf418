"""Building many immutable values at once: a list of 100,000 applications, their clocks.

Two costs grow with such a list and neither is the work itself: a frozen dataclass sets
each field through `object.__setattr__`, several times slower than a plain one; and the
cyclic garbage collector walks every object built so far again and again, so that a
longer list costs more per row.
"""

from __future__ import annotations

import dataclasses
import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, ParamSpec, TypeVar

_T = TypeVar("_T")
_P = ParamSpec("_P")


def frozen_builder(cls: Callable[_P, _T]) -> Callable[_P, _T]:
    """A constructor for the frozen, slotted dataclass `cls` (same arguments) that gives
    the very same objects several times faster.

    It builds an unfrozen twin (`unfrozen_twin`) and then makes it an instance of `cls`:
    Python allows that between classes of the same layout. Nothing of the twin remains
    in the object."""
    twin = unfrozen_twin(cls)

    def build(*args: _P.args, **kwargs: _P.kwargs) -> _T:
        made = twin(*args, **kwargs)
        made.__class__ = cls
        return made  # type: ignore[no-any-return]

    return build


def unfrozen_twin(cls: Callable[..., Any]) -> type[Any]:
    """A class with the slots of the frozen, slotted dataclass `cls` in the same order,
    whose `__init__` (same arguments) sets plain attributes. A loop that builds very many
    objects builds twins and sets each one's `__class__` to `cls` itself, which saves
    `frozen_builder`'s call per object."""
    twin: type[Any] = dataclasses.make_dataclass(
        f"_{getattr(cls, '__name__', 'Frozen')}Twin",
        [(f.name, f.type, _default(f)) for f in dataclasses.fields(cls)],  # type: ignore[arg-type]
        slots=True,
        eq=False,
    )
    if twin.__slots__ != getattr(cls, "__slots__", None) or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls} is not a slotted dataclass without __post_init__")
    return twin


def _default(f: dataclasses.Field[Any]) -> Any:
    if f.default is not dataclasses.MISSING:
        return dataclasses.field(default=f.default)
    if f.default_factory is not dataclasses.MISSING:
        return dataclasses.field(default_factory=f.default_factory)
    return dataclasses.field()


_paused = 0  # pauses under way, in any thread
_resume = False  # whether the collector was on when the first of them began
_kept = False  # a list built to be kept has been built since the collector last looked
_paused_lock = threading.Lock()


@contextmanager
def collector_paused(*, keep: bool = False) -> Iterator[None]:
    """The cyclic garbage collector off while building many objects that form no
    cycles (records, facts, clocks); nested and concurrent pauses end with the last.
    Memory is freed as ever by reference counting; the collector resumes afterwards.

    `keep`: what is built lives long (the window's rows), so the collector may freeze
    it rather than walk it again and again (ui/collector.py)."""
    global _paused, _resume, _kept
    with _paused_lock:
        if _paused == 0:
            _resume = gc.isenabled()
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        with _paused_lock:
            _paused -= 1
            _kept = _kept or keep
            if _paused == 0 and _resume:
                gc.enable()


def building_under_way() -> bool:
    """Whether some thread is inside `collector_paused`: a collection asked for by hand
    (the UI thread's, ui/collector.py) should wait, or it walks what is being built and
    holds up the builder."""
    return _paused > 0


def take_kept() -> bool:
    """Whether a list built to be kept has been built since the last call."""
    global _kept
    with _paused_lock:
        kept, _kept = _kept, False
    return kept
