"""What a database target names, a SQLite file or a server, told without SQLAlchemy
(the command line's `check` decides on it before loading the database stack)."""

from __future__ import annotations

from pathlib import Path

# The newest migration's revision (a test keeps it equal to Alembic's head). Knowing it
# spares importing Alembic, which is slow, when the schema is current.
SCHEMA_REVISION = "0012"
# Tables every revision of our schema has; a file with tables but not these is not ours.
OUR_TABLES = frozenset({"alembic_version", "application", "enterprise", "stage_event"})
BUSY_TIMEOUT_MS = 5000  # how long a connection to a file waits out another's write lock


def database_url(target: str | Path) -> str:
    """A URL for a file path, or the URL itself (``sqlite:///…``, ``postgresql://…``)."""
    text = str(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def sqlite_file(target: str | Path) -> Path | None:
    """The file a target names, or None for a server URL or an in-memory database."""
    url = database_url(target)
    if not url.startswith("sqlite:///"):
        return None  # a server, or SQLite in memory (sqlite://)
    path = url.removeprefix("sqlite:///")
    return Path(path) if path and path != ":memory:" else None
