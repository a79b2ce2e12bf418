"""Lists of names in a sentence, as each language writes them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from approvals_gui.ui import strings


def test_a_sentence_names_its_last_two_items_with_and(qapp: QApplication) -> None:
    items = ["在办申请", "12369 举报", "服务日跟进事项"]
    assert strings.listing_and(items) == "在办申请、12369 举报和服务日跟进事项"
    assert strings.listing_and(items[:2]) == "在办申请和12369 举报"
    assert strings.listing_and(items[:1]) == "在办申请" and strings.listing_and([]) == ""


@pytest.mark.usefixtures("english")
def test_in_english_the_last_two_are_joined_by_and() -> None:
    items = ["open applications", "12369 reports", "follow-ups"]
    assert strings.listing_and(items) == "open applications, 12369 reports and follow-ups"
    assert strings.listing_and(items[:2]) == "open applications and 12369 reports"
