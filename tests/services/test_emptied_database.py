"""A database emptied while desks have it open (dropped and created again before a
restore, or a restore that drops the tables first): every read says so in the user's
words, where the server's "relation does not exist" reached the user as an unexpected
error with its traceback."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import text
from sqlmodel import SQLModel

from approvals_gui.services.applications import list_applications, register
from approvals_gui.services.board import board_cards
from approvals_gui.services.changes import load_reference
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.errors import StoreError, StoreErrorCode
from tests.conftest import TODAY, new_application


def test_reads_of_an_emptied_database_say_so(ws: Workspace) -> None:
    register(ws, new_application(), today=TODAY)
    SQLModel.metadata.drop_all(ws.engine)
    with ws.engine.begin() as conn:
        conn.execute(text("DROP TABLE alembic_version"))
    reads: list[Callable[[], object]] = [
        lambda: list_applications(ws, today=TODAY),
        lambda: board_cards(ws, today=TODAY),
        lambda: load_reference(ws),
    ]
    for read in reads:
        with pytest.raises(StoreError) as err:
            read()
        assert err.value.code is StoreErrorCode.SCHEMA_GONE
