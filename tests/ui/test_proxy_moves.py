"""A changed or new row is moved into place instead of the whole list being sorted again;
the result is exactly what a full sort and filter would give, for any change."""

from __future__ import annotations

import dataclasses

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from approvals_gui.domain.clock import Status
from approvals_gui.domain.search import ApplicationFilter, Mine
from approvals_gui.services.applications import ApplicationView, Listing, list_applications
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui.collation import pinyin_ranks
from approvals_gui.ui.models.applications_proxy import ApplicationsProxyModel
from approvals_gui.ui.models.applications_table import (
    CATEGORY_COLUMN,
    COLUMNS,
    HANDLER_COLUMN,
    ApplicationsTableModel,
)
from tests.conftest import TODAY

STATUSES = [Status.OVERDUE, Status.DUE_SOON, Status.NORMAL, Status.PAUSED, Status.WITHIN_PROMISE]


def population(ws: Workspace, size: int) -> list[ApplicationView]:
    """`size` views made from the stored ones, with ids, handlers and clocks varied."""
    base = list_applications(ws, today=TODAY)
    made = []
    for i in range(size):
        view = base[i % len(base)]
        record = dataclasses.replace(
            view.record,
            id=i + 1,
            number=f"HP2026-{i + 1:05d}",
            handler=("张三", "李四")[i % 2],
            holder=("city", "east", "")[i % 3],
        )
        clock = dataclasses.replace(view.clock, status=STATUSES[i % 5], workdays_left=i % 7 - 3)
        made.append(ApplicationView(record, clock))
    return made


def proxy_over(model: ApplicationsTableModel, column: int, descending: bool, scope: Mine | None):
    proxy = ApplicationsProxyModel()
    proxy.setSourceModel(model)
    proxy.set_scope(scope)
    proxy.set_filter(ApplicationFilter(status=None))
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    proxy.sort(column, order)
    return proxy


# `data` is only read: the same stored views serve every example.
EXAMPLES = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@EXAMPLES
@given(
    column=st.integers(0, len(COLUMNS) - 1),
    descending=st.booleans(),
    scope=st.sampled_from([None, Mine("张三"), Mine("张三", "east")]),
    changes=st.lists(
        st.tuples(st.integers(0, 39), st.sampled_from(STATUSES), st.integers(-5, 5)),
        min_size=1,
        max_size=6,
    ),
)
def test_a_moved_row_lands_where_a_full_sort_puts_it(
    data: Workspace,
    column: int,
    descending: bool,
    scope: Mine | None,
    changes: list[tuple[int, Status, int]],
) -> None:
    model = ApplicationsTableModel()
    model.set_views(population(data, 40))
    proxy = proxy_over(model, column, descending, scope)
    for row, status, left in changes:
        view = model.view_at(row)
        clock = dataclasses.replace(view.clock, status=status, workdays_left=left)
        record = view.record
        if left == 0:  # a new application (registered), copied from this one
            number = model.rowCount() + 1
            record = dataclasses.replace(record, id=number, number=f"HP2026-{number:05d}")
        model.put_view(ApplicationView(record, clock))  # one row: moved, not re-sorted
        fresh = proxy_over(model, column, descending, scope)
        assert [v.record.id for v in proxy.shown_views()] == [
            v.record.id for v in fresh.shown_views()
        ]


@EXAMPLES
@given(
    column=st.integers(0, len(COLUMNS) - 1),
    descending=st.booleans(),
    scope=st.sampled_from([None, Mine("张三"), Mine("张三", "east")]),
    split=st.integers(0, 40),
    again=st.lists(st.tuples(st.integers(0, 39), st.booleans()), max_size=6),
    words=st.sampled_from(["", "项目", "HP2026-0001"]),
)
def test_rows_added_in_bulk_land_where_a_full_sort_puts_them(
    data: Workspace,
    column: int,
    descending: bool,
    scope: Mine | None,
    split: int,
    again: list[tuple[int, bool]],
    words: str,
) -> None:
    """The finished rows added after the running ones: sorted in, filtered, each row's
    search text and keys kept, as if all had come at once; one read twice (changed
    between the reads) is listed once, in its newer version."""
    views = population(data, 40)
    first, then = views[:split], views[split:]
    for row, newer in again if first else []:  # shown, and read again: older or newer
        view = first[row % len(first)]
        if any(v.record.id == view.record.id for v in then):
            continue  # a read lists an application once
        record = dataclasses.replace(
            view.record, version=view.record.version + (1 if newer else -1)
        )
        then.append(ApplicationView(record, view.clock))
    model = ApplicationsTableModel()
    model.set_listing(Listing.of(first))
    proxy = proxy_over(model, column, descending, scope)
    proxy.set_filter(ApplicationFilter(text=words))
    model.add_listing(Listing.of(then))

    newest: dict[int, ApplicationView] = {}
    for view in [*first, *then]:
        known = newest.get(view.record.id)
        if known is None or view.record.version > known.record.version:
            newest[view.record.id] = view
    assert sorted(v.record.id for v in model.views()) == sorted(newest)
    assert all(model.view_at(model.row_of(key)) is view for key, view in newest.items())
    whole = ApplicationsTableModel()
    whole.set_views(model.views())
    fresh = proxy_over(whole, column, descending, scope)
    fresh.set_filter(ApplicationFilter(text=words))
    assert [v.record.id for v in proxy.shown_views()] == [v.record.id for v in fresh.shown_views()]
    assert model.search_texts() == whole.search_texts()
    assert model.sort_keys(column) == whole.sort_keys(column)


def test_an_added_category_sorts_by_the_name_shown(data: Workspace) -> None:
    """A category added by the bureau is shown by its rule's name, and sorted by it
    (it sorted by its code), also once its name changes."""
    views = population(data, 6)
    added = [
        ApplicationView(dataclasses.replace(v.record, category="aa"), v.clock) for v in views[:3]
    ]
    model = ApplicationsTableModel()
    model.set_views([*added, *views[3:]])
    proxy = proxy_over(model, CATEGORY_COLUMN, False, None)

    def shown() -> list[str]:
        return [proxy.index(row, CATEGORY_COLUMN).data() for row in range(proxy.rowCount())]

    for name in ("项目类", "艾类"):  # after 环境影响报告表 in pinyin order, then before it
        model.set_category_names({"aa": name})
        names = shown()
        assert names == sorted(names, key=pinyin_ranks(names).__getitem__) and name in names


def test_handlers_sort_in_pinyin_order_a_new_one_among_them(data: Workspace) -> None:
    """By character code 刘洋 came before 陈静; a Chinese office reads 陈静, 刘洋, 张伟."""
    views = [
        ApplicationView(dataclasses.replace(v.record, handler=name), v.clock)
        for v, name in zip(population(data, 3), ("刘洋", "张伟", "陈静"), strict=True)
    ]
    model = ApplicationsTableModel()
    model.set_views(views)
    proxy = proxy_over(model, HANDLER_COLUMN, False, None)

    def shown() -> list[str]:
        return [proxy.index(row, HANDLER_COLUMN).data() for row in range(proxy.rowCount())]

    assert shown() == ["陈静", "刘洋", "张伟"]
    moved = dataclasses.replace(views[1].record, handler="艾敏", version=2)
    model.put_view(ApplicationView(moved, views[1].clock))  # a name not seen before
    assert shown() == ["艾敏", "陈静", "刘洋"]
