"""The supplement notice's checklist follows what is applied for."""

from __future__ import annotations

from dataclasses import replace

import pytest

from approvals_gui.domain.materials import EIA_MATERIALS, LICENCE_MATERIALS, common_materials
from approvals_gui.domain.rules import DEFAULT_RULES, TimeLimitRule


@pytest.mark.parametrize("rule", DEFAULT_RULES, ids=lambda r: r.category)
def test_the_shipped_categories_ask_for_an_eia_document(rule: TimeLimitRule) -> None:
    assert common_materials(rule) == EIA_MATERIALS


def test_another_licence_is_not_asked_for_an_eia_report() -> None:
    """A new clerk found 环境影响报告书（表）报批稿 offered for 辐射安全许可证核发."""
    base = DEFAULT_RULES[0]
    radiation = replace(base, category="radiation", name="辐射安全许可证核发")
    assert common_materials(radiation) == LICENCE_MATERIALS
    assert not any("报告书" in m or "报批稿" in m for m in LICENCE_MATERIALS)
    # A category the bureau adds for an EIA document, named as one, keeps that list.
    added = replace(base, category="eia_registration", name="环境影响登记表备案")
    assert common_materials(added) == EIA_MATERIALS
