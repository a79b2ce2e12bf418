"""The program's version, from one place: pyproject.toml.

From a source tree it is read from pyproject.toml itself; a build made by
packaging/build.py carries the package metadata instead (PyInstaller's copy_metadata),
and is read from that. No Qt here.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from approvals_gui import __version__

DISTRIBUTION = "approvals-gui"
PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def app_version() -> str:
    if not getattr(sys, "frozen", False):
        try:
            with PYPROJECT.open("rb") as file:
                return str(tomllib.load(file)["project"]["version"])
        except (OSError, KeyError, tomllib.TOMLDecodeError):
            pass
    from importlib import metadata  # slow to import, and only a build needs it

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return __version__


def console_command() -> str:
    """How a user starts a headless command: the console executable in a build."""
    return "yicibanjie-cli" if getattr(sys, "frozen", False) else "uv run main.py"
