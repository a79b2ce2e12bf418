"""How the main window's width is shared: the navigation, the list, the detail pane.

Sizes the user dragged to are remembered; what comes back is clamped, so that a size saved
on a wider screen, or dragged to nothing, never leaves a page squeezed out of use (#13)."""

from __future__ import annotations

from dataclasses import dataclass

NAV = (110, 260)  # the navigation with its counts, and no wider than useful
DETAIL_MIN = 340  # the detail pane's steps, two to a row
LIST_MIN = 420  # the number, countdown and project at least
DEFAULT_DETAIL_SHARE = 0.26  # 353 of a 1366-pixel window: the list its columns first


@dataclass(frozen=True)
class Widths:
    """What the user dragged to: the navigation's width and the detail pane's (0: never
    dragged)."""

    nav: int = 0
    detail: int = 0


def shared(
    total: int, chosen: Widths, detail_shown: bool, list_min: int = LIST_MIN, nav_fit: int = 0
) -> list[int]:
    """[navigation, list, detail] for a splitter `total` pixels wide. `list_min`: the
    list page's own minimum, when wider than ours; `nav_fit`: what the navigation's
    names and counts need, in the language shown (never less, within NAV)."""
    list_min = max(list_min, LIST_MIN)
    nav = min(max(chosen.nav, nav_fit, NAV[0]), NAV[1])
    if not detail_shown:
        return [nav, max(total - nav, 0), 0]
    detail = max(chosen.detail or round(total * DEFAULT_DETAIL_SHARE), DETAIL_MIN)
    room = total - nav - list_min  # the list's minimum comes before the detail pane's
    detail = max(min(detail, room), 0)
    return [nav, total - nav - detail, detail]
