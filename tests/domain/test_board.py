"""Board grouping and order: red first, most over first; groups by their red count."""

from __future__ import annotations

from datetime import date

from approvals_gui.domain.board import Card, CardKind, GroupBy, Lane, group_cards


def card(item_id: int, lane: Lane, left: int, handler: str, district: str = "高新区") -> Card:
    return Card(
        CardKind.APPLICATION,
        item_id,
        lane,
        f"HP-{item_id}",
        f"项目{item_id}",
        "某公司",
        "review",
        date(2026, 11, 25),
        left,
        handler,
        district,
        "report_form",
    )


def test_groups_by_red_then_yellow_then_name() -> None:
    cards = [
        card(1, Lane.YELLOW, 2, "李四"),
        card(2, Lane.RED, -1, "张三"),
        card(3, Lane.RED, -5, "张三"),
        card(4, Lane.YELLOW, 0, "张三"),
        card(5, Lane.YELLOW, 1, "王五", "江南区"),
        card(6, Lane.YELLOW, 3, "王五", "江南区"),
    ]
    groups = group_cards(cards, GroupBy.HANDLER)
    assert [g.key for g in groups] == ["张三", "王五", "李四"]
    assert [c.item_id for c in groups[0].cards] == [3, 2, 4]
    assert (groups[0].red, groups[0].yellow) == (2, 1)
    by_district = group_cards(cards, GroupBy.DISTRICT)
    assert [(g.key, len(g.cards)) for g in by_district] == [("高新区", 4), ("江南区", 2)]
    assert [g.key for g in group_cards(cards, GroupBy.CATEGORY)] == ["report_form"]
