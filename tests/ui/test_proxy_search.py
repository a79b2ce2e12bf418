"""Typing in the search box, changing the quick filters and sorting show exactly the
rows a full filter and sort of every row would, in the same order, whatever the proxy
keeps between keystrokes (the texts folded once, the last result narrowed, the keys of
a column sorted by before)."""

from __future__ import annotations

import dataclasses
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from approvals_gui.domain.clock import Status
from approvals_gui.domain.search import ApplicationFilter, Mine, listed_of
from approvals_gui.services.applications import ApplicationView, list_applications
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui.models.applications_proxy import ApplicationsProxyModel
from approvals_gui.ui.models.applications_table import COLUMNS, ApplicationsTableModel
from tests.conftest import TODAY

PROJECTS = ("污水处理厂", "污水管网（一期）", "Abc 化工", "aBC 印染", "江城化工园", "ＡＢＣ再生铝")
STATUSES = (Status.OVERDUE, Status.DUE_SOON, Status.NORMAL, Status.WITHIN_PROMISE)
LETTERS = "污水处理化工江城abcABC 0-1ａＢ０－（"  # and as a 全角 input method types
SIZE = 60


def population(ws: Workspace) -> list[ApplicationView]:
    """Views made from the stored ones, with texts, handlers and clocks varied."""
    base = list_applications(ws, today=TODAY)
    made = []
    for i in range(SIZE):
        view = base[i % len(base)]
        record = dataclasses.replace(
            view.record,
            id=i + 1,
            number=f"HP2026-{i % 12:05d}",
            project=PROJECTS[i % len(PROJECTS)],
            handler=("张三", "李四")[i % 2],
            holder=("city", "east", "")[i % 3],
        )
        clock = dataclasses.replace(view.clock, status=STATUSES[i % 4], workdays_left=i % 5)
        made.append(ApplicationView(record, clock))
    return made


def expected(
    model: ApplicationsTableModel,
    flt: ApplicationFilter,
    scope: Mine | None,
    column: int,
    descending: bool,
) -> list[int]:
    """Every row tested and sorted afresh, as a plain sort and `matches` would."""
    views = model.views()
    key = model.sort_key(column)
    order = sorted(
        range(len(views)),
        key=lambda i: key(listed_of(views[i].record, views[i].clock)),
        reverse=descending,
    )
    return [
        views[i].record.id
        for i in order
        if (scope is None or scope.holds(views[i].record))
        and flt.matches(views[i].record, views[i].clock)
    ]


def shown(proxy: ApplicationsProxyModel) -> list[int]:
    return [v.record.id for v in proxy.shown_views()]


# A step: type a text, pick a status (or none), limit to a handler's (at a unit), or sort.
steps = st.one_of(
    st.tuples(st.just("text"), st.text(LETTERS, max_size=6)),
    st.tuples(st.just("status"), st.sampled_from([None, *STATUSES])),
    st.tuples(st.just("scope"), st.sampled_from([None, Mine("张三"), Mine("张三", "east")])),
    st.tuples(st.just("sort"), st.tuples(st.integers(0, len(COLUMNS) - 1), st.booleans())),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(actions=st.lists(steps, min_size=1, max_size=12))
def test_what_the_list_shows_is_a_fresh_filter_and_sort(
    data: Workspace, actions: list[tuple[str, Any]]
) -> None:
    model = ApplicationsTableModel()
    model.set_views(population(data))
    proxy = ApplicationsProxyModel()
    proxy.setSourceModel(model)
    flt, column, descending = ApplicationFilter(), 1, False
    scope: Mine | None = None
    for kind, value in actions:
        if kind == "text":
            flt = dataclasses.replace(flt, text=value)
            proxy.set_filter(flt)
        elif kind == "status":
            flt = dataclasses.replace(flt, status=value)
            proxy.set_filter(flt)
        elif kind == "scope":
            scope = value
            proxy.set_scope(scope)
        else:
            column, descending = value
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            proxy.sort(column, order)
        assert shown(proxy) == expected(model, flt, scope, column, descending)


def test_typing_on_narrows_and_deleting_widens(data: Workspace) -> None:
    model = ApplicationsTableModel()
    model.set_views(population(data))
    proxy = ApplicationsProxyModel()
    proxy.setSourceModel(model)
    for text in ("污", "污水", "污水处", "污水", "", "abc", "ABC 化", "abc 化工 江", "0000"):
        flt = ApplicationFilter(text=text)
        proxy.set_filter(flt)
        assert shown(proxy) == expected(model, flt, None, 1, False), text


def test_a_cell_reads_the_row_it_shows(data: Workspace) -> None:
    model = ApplicationsTableModel()
    model.set_views(population(data))
    proxy = ApplicationsProxyModel()
    proxy.setSourceModel(model)
    proxy.set_filter(ApplicationFilter(text="化工"))
    proxy.sort(2, Qt.SortOrder.DescendingOrder)
    assert proxy.rowCount() > 0
    for row in range(proxy.rowCount()):
        for column in range(len(COLUMNS)):
            index = proxy.index(row, column)
            source = proxy.mapToSource(index)
            assert proxy.mapFromSource(source) == index
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                assert index.data(role) == source.data(role)


def test_rows_added_and_changed_before_a_first_search_are_found(data: Workspace) -> None:
    """The texts are folded once the rows are shown; rows that come or change before
    then (no event loop has run here) are searched as they are now."""
    model = ApplicationsTableModel()
    model.set_views(population(data))
    proxy = ApplicationsProxyModel()
    proxy.setSourceModel(model)
    base = model.view_at(0)
    for serial in (90001, 90002):
        record = dataclasses.replace(base.record, id=serial, number=f"HP2099-{serial}")
        model.put_view(ApplicationView(record, base.clock))
    renamed = dataclasses.replace(model.view_at(1).record, project="改名后的项目")
    model.put_view(ApplicationView(renamed, model.view_at(1).clock))
    for text, found in (("HP2099-90001", [90001]), ("HP2099-90002", [90002]), ("改名后", [2])):
        proxy.set_filter(ApplicationFilter(text=text))
        assert shown(proxy) == found, text
