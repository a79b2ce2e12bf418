"""The PostgreSQL server the tests run on besides SQLite, named by APPROVALS_GUI_TEST_PG
(e.g. postgresql://approvals@127.0.0.1:5432/postgres; the role needs CREATEDB). Each test
gets a database of its own, created empty and dropped afterwards."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import make_url
from sqlalchemy.exc import ProgrammingError

from approvals_gui.store.db import make_engine

SERVER_ENV = "APPROVALS_GUI_TEST_PG"
PREFIX = "approvals_test_"


class Server:
    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        # CREATE and DROP DATABASE refuse to run inside a transaction.
        self._admin = make_engine(url).execution_options(isolation_level="AUTOCOMMIT")

    @contextmanager
    def fresh_database(self) -> Iterator[str]:
        """The URL of a new, empty database, in the form the server's URL was given."""
        name = f"{PREFIX}{uuid.uuid4().hex[:16]}"
        with self._admin.connect() as conn:
            conn.exec_driver_sql(f"CREATE DATABASE {name} TEMPLATE template0")
        try:
            yield self.url.set(database=name).render_as_string(hide_password=False)
        finally:
            self._drop(name)

    def _drop(self, name: str) -> None:
        """Drop `name`; FORCE ends whatever a test left connected. An autovacuum worker
        that has just started on the new database is the server's own, which only a
        superuser may end: it finishes in moments, so the drop is tried again."""
        deadline = time.monotonic() + 10
        while True:
            try:
                with self._admin.connect() as conn:
                    conn.exec_driver_sql(f"DROP DATABASE {name} WITH (FORCE)")
                return
            except ProgrammingError as exc:
                if "pg_signal_backend" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def close(self) -> None:
        self._admin.dispose()
