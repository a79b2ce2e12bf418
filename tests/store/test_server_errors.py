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
