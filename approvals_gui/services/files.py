"""Files written whole or not at all: through a temporary file beside the one named."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path


def write_through(path: Path, save: Callable[[Path], object]) -> Path:
    """Write through a temporary file beside `path`, then move it into place: a refusal
    or a cancel halfway leaves nothing, and an earlier file of that name as it was. A
    file that cannot be written is said by `path`, the name the user gave, not the
    temporary one's."""
    partial = path.with_name(path.name + ".partial")
    try:
        save(partial)
        partial.replace(path)
    except OSError as exc:
        if exc.errno is None:
            raise
        raise OSError(exc.errno, exc.strerror, str(path)) from exc  # its subclass, too
    finally:
        partial.unlink(missing_ok=True)
    return path
