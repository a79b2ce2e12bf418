"""Applications an older program kept with a padded 承办人 ("李 四", before names were
kept unpadded) are that 承办人's: padding some of one handler's stored names changes no
list of handlers, no figures (read from the database or computed by the window), no
filtered list and no board filter."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from approvals_gui.domain.board import BoardFilter, CardKind, filter_cards
from approvals_gui.domain.search import ApplicationFilter, listed_of
from approvals_gui.services import demo
from approvals_gui.services.applications import list_applications
from approvals_gui.services.board import board_cards
from approvals_gui.services.directory import handlers
from approvals_gui.services.figures import FiguresReport, figures_report, report_from
from approvals_gui.services.workspace import Workspace
from tests.conftest import TODAY, handle_as_kept_before

YEAR = (date(2026, 1, 1), date(2026, 12, 31))


@pytest.fixture
def generated(ws: Workspace) -> Workspace:
    demo.generate(ws, 300, today=TODAY, seed=15)
    return ws


def _read(
    ws: Workspace, name: str
) -> tuple[list[str], FiguresReport, FiguresReport, list[int], list[str]]:
    shown = list_applications(ws, today=TODAY)
    chosen = ApplicationFilter(handler=name, open_only=False)
    return (
        handlers(ws),
        figures_report(ws, *YEAR, today=TODAY, handler=name),
        report_from(ws, shown, *YEAR, as_of=TODAY, handler=name),
        sorted(v.record.id for v in shown if chosen.matches_fields(listed_of(v.record, v.clock))),
        sorted(
            c.number for c in filter_cards(board_cards(ws, today=TODAY), BoardFilter(handler=name))
        ),
    )


def test_padding_stored_handler_names_changes_nothing_a_manager_reads(
    generated: Workspace,
) -> None:
    cards = board_cards(generated, today=TODAY)
    name = Counter(c.handler for c in cards if c.kind is CardKind.APPLICATION).most_common(1)[0][0]
    before = _read(generated, name)
    assert before[1].figures.received and before[4]  # not vacuous
    padded = f"{name[0]} {name[1:]}"
    shown = list_applications(generated, today=TODAY)
    ids = [v.record.id for v in shown if v.record.handler == name][::2]
    handle_as_kept_before(generated.engine, ids, padded)
    assert _read(generated, name) == before
