"""The dependency direction of DESIGN.md: ui → services → store → domain; printing sits
beside ui (the command line prints too); services use the store's functions only."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "approvals_gui"
FORBIDDEN = {
    "domain": (
        "PySide6",
        "sqlmodel",
        "sqlalchemy",
        "alembic",
        "approvals_gui.store",
        "approvals_gui.services",
        "approvals_gui.printing",
        "approvals_gui.ui",
    ),
    "store": ("PySide6", "approvals_gui.services", "approvals_gui.printing", "approvals_gui.ui"),
    "services": (
        "PySide6",
        "sqlalchemy",
        "sqlmodel",
        "approvals_gui.store.tables",
        "approvals_gui.printing",
        "approvals_gui.ui",
    ),
    "printing": ("approvals_gui.ui", "approvals_gui.cli", "approvals_gui.app"),
}
# What the command line may load before it knows which command runs.
CLI_FORBIDDEN_AT_TOP = (
    "PySide6",
    "approvals_gui.ui",
    "approvals_gui.printing",
    "approvals_gui.services",
)


def imports_of(path: Path, *, top_level_only: bool = False) -> set[str]:
    """Modules `path` imports anywhere, or only in statements run when it is imported
    (its body, not functions and not `if TYPE_CHECKING:` blocks)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in tree.body if top_level_only else ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_nothing_above_it(layer: str) -> None:
    bad = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in (PACKAGE / layer).rglob("*.py")
        for name in imports_of(path)
        if name.startswith(FORBIDDEN[layer])
    ]
    assert bad == []


def test_the_command_line_loads_its_commands_only_when_they_run() -> None:
    found = imports_of(PACKAGE / "cli.py", top_level_only=True)
    assert [name for name in found if name.startswith(CLI_FORBIDDEN_AT_TOP)] == []
    assert "approvals_gui.domain.errors" in found  # the check sees the imports at all
