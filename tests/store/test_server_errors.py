"""What a database server says, as the error a user can act on."""

from __future__ import annotations

import pytest

from approvals_gui.store.errors import StoreErrorCode, store_error


@pytest.mark.parametrize(
    ("said", "code"),
    [
        (
            'connection failed: FATAL:  password authentication failed for user "clerk"',
            StoreErrorCode.LOGIN_REFUSED,
        ),
        ('FATAL:  role "nobody" does not exist', StoreErrorCode.LOGIN_REFUSED),
        ("fe_sendauth: no password supplied", StoreErrorCode.LOGIN_REFUSED),
        ('FATAL:  no pg_hba.conf entry for host "10.0.0.9"', StoreErrorCode.LOGIN_REFUSED),
        ('FATAL:  database "approvals" does not exist', StoreErrorCode.NO_SERVER_DATABASE),
        (
            'connection failed: connection to server at "127.0.0.1", port 5999 failed: '
            "Connection refused",
            StoreErrorCode.UNREACHABLE,
        ),
        ('could not translate host name "db.bureau" to address', StoreErrorCode.UNREACHABLE),
        ("could not extend file: No space left on device", StoreErrorCode.DISK_FULL),
    ],
)
def test_server_refusals_are_named(said: str, code: StoreErrorCode) -> None:
    error = store_error(RuntimeError(said), "")
    assert error is not None and error.code is code
    assert said not in str(error)  # said plainly, not in the driver's words


@pytest.mark.parametrize(
    ("said", "code"),
    [
        (
            'relation "application" does not exist\nLINE 2: FROM application',
            StoreErrorCode.SCHEMA_GONE,
        ),
        ("column application.holder does not exist", StoreErrorCode.SCHEMA_GONE),
        ("no such table: application", StoreErrorCode.SCHEMA_GONE),
        # Not taken for a lock or a refused login by the words in a column's name.
        ("column app_user.locked_until does not exist", StoreErrorCode.SCHEMA_GONE),
        ("column app_user.role does not exist", StoreErrorCode.SCHEMA_GONE),
        ("no such column: app_user.locked_until", StoreErrorCode.SCHEMA_GONE),
        # A damaged file's schema names a table it lacks: damaged, not emptied.
        ("malformed database schema (ix) - no such table: main.t", StoreErrorCode.DAMAGED),
    ],
)
def test_a_missing_table_or_a_damaged_file_is_named_with_the_drivers_words_kept(
    said: str, code: StoreErrorCode
) -> None:
    """The user is told in plain words (strings.error_text); the log keeps the driver's,
    as a defect's missing column may read the same."""
    error = store_error(RuntimeError(said), "")
    assert error is not None and error.code is code
    assert said in str(error)


@pytest.mark.parametrize(
    "said",
    [
        'null value in column "project" of relation "application" violates not-null',
        'constraint "uq_x" of relation "application" does not exist',
        'missing FROM-clause entry for table "application"',
    ],
)
def test_a_table_named_in_another_refusal_is_no_missing_table(said: str) -> None:
    assert store_error(RuntimeError(said), "") is None


def test_a_connection_to_a_server_notices_within_half_a_minute_that_it_is_gone(
    server_database: str,
) -> None:
    """Without these, a desk whose server vanished mid-session (a cable pulled, a VPN
    dropped) waited on it for some fifteen minutes, the window saying 正在加载."""
    import socket

    from approvals_gui.store.db import make_engine

    engine = make_engine(server_database)
    try:
        with engine.connect() as conn:
            fd = conn.connection.driver_connection.pgconn.socket
            tcp = socket.fromfd(fd, socket.AF_INET, socket.SOCK_STREAM)
            try:
                assert tcp.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE) == 1
                assert tcp.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE) == 10
                assert tcp.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPINTVL) == 5
                assert tcp.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPCNT) == 3
                assert tcp.getsockopt(socket.IPPROTO_TCP, socket.TCP_USER_TIMEOUT) == 30_000
            finally:
                tcp.close()  # a duplicate of the connection's descriptor
    finally:
        engine.dispose()
