"""The dependency direction of DESIGN.md: ui → services → store → domain."""

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
        "approvals_gui.ui",
    ),
    "store": ("PySide6", "approvals_gui.services", "approvals_gui.ui"),
    "services": ("PySide6", "approvals_gui.ui"),
}


def imports_of(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
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
