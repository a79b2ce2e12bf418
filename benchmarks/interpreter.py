"""Which Python a benchmark runs on, printed first: the figures move with its build.

Builds with profile-guided optimisation (python.org's, uv's own, Debian's) ran this
program's work 8–15% faster than pyenv's default build, which has none, and the anchors'
C-bound work some 20% faster (2026-12-03: README, "Where the budgets stand")."""

from __future__ import annotations

import os
import platform
import sys


def interpreter() -> str:
    return (
        f"python: {platform.python_version()} ({os.path.realpath(sys.executable)}, "
        f"{platform.python_compiler()}, built {platform.python_build()[1]})"
    )
