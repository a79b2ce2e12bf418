"""The overdue board's cards: every running item that is overdue or due soon."""

from __future__ import annotations

from datetime import date

from approvals_gui.domain.board import Card, application_card, case_card
from approvals_gui.domain.guards import Extension, extension_offer
from approvals_gui.services.applications import ApplicationView, list_applications
from approvals_gui.services.hotline import list_cases
from approvals_gui.services.service_days import follow_up_cards
from approvals_gui.services.workspace import Workspace


def _extension(ws: Workspace, view: ApplicationView, today: date) -> Extension:
    return extension_offer(view.record.facts, ws.rule_for(view.record), view.clock, today)


def board_cards(ws: Workspace, *, today: date) -> list[Card]:
    """Applications, service-day follow-ups and 12369 cases; the board groups and
    orders them."""
    running = list_applications(ws, today=today, open_only=True)
    counting = (ws.calendar(), today)
    cards = [
        application_card(v.record, v.clock, extension=_extension(ws, v, today), counting=counting)
        for v in running
    ]
    cases = [case_card(v.record, v.clock) for v in list_cases(ws, today=today, open_only=True)]
    found = [card for card in cards if card is not None] + follow_up_cards(ws, today=today)
    return found + [card for card in cases if card is not None]
