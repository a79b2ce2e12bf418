"""The hotline's papers over several pages: each line of the form read once, its rules
boxing it on every page, the signature never alone, the pages numbered."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLineF
from PySide6.QtGui import QPdfWriter
from pytestqt.qtbot import QtBot

from approvals_gui.printing.hotline_documents import (
    DPI,
    CasePaper,
    form_rules,
    paper_document,
    write_paper_pdf,
)
from tests.notice_cases import pdf_pages, pdf_text


def distinct(start: int, length: int) -> str:
    """Characters used nowhere else in the paper: a line read twice shows."""
    return "".join(chr(0x4E00 + start + i) for i in range(length))


# Rows long enough to cross page breaks, and two paragraphs after the form.
ROWS = tuple((f"事项{i}", distinct(400 * i, 300)) for i in range(1, 6))
PARAGRAPHS = (distinct(3000, 240), distinct(3300, 240))


def paper(paragraphs: tuple[str, ...] = PARAGRAPHS) -> CasePaper:
    return CasePaper(
        "12369环保举报办结报告",
        "江城市生态环境局",
        "JB2026-000123",
        "",
        ROWS,
        paragraphs,
        date(2026, 11, 3),
    )


def test_each_line_of_a_form_across_pages_is_read_once(qtbot: QtBot, tmp_path: Path) -> None:
    """The last line of a cell before a page break had been drawn, out of sight, on the
    next page too: search and copy found it twice."""
    path = write_paper_pdf(paper(), tmp_path / "report.pdf")
    text = re.sub(r"—\d+—", "", pdf_text(path))
    for _label, value in ROWS:
        assert text.count(value) == 1
    for paragraph in PARAGRAPHS:
        assert text.count(paragraph) == 1


@pytest.mark.parametrize("length", [240, 20])  # a paragraph of many lines; of one
def test_the_signature_is_never_alone_on_the_last_page(
    qtbot: QtBot, tmp_path: Path, length: int
) -> None:
    """However long the form, the authority and date at the foot share their page with
    the text before them (here the paragraphs would end just above a page break)."""
    for extra in range(0, 400, 20):  # pushes the foot across a page break somewhere
        paragraphs = (distinct(3000, 240 + extra), distinct(4000, length))
        path = write_paper_pdf(paper(paragraphs), tmp_path / f"report{extra}.pdf")
        last = pdf_pages(path)[-1]
        assert last.endswith("江城市生态环境局2026年11月3日"), last
        assert last != "江城市生态环境局2026年11月3日", f"alone, {extra} characters more"
        assert re.sub(r"—\d+—", "", pdf_text(path)).count(paragraphs[1]) == 1


def test_the_form_is_boxed_on_every_page_it_is_on(qtbot: QtBot, tmp_path: Path) -> None:
    writer = QPdfWriter(str(tmp_path / "probe.pdf"))
    writer.setResolution(DPI)
    doc = paper_document(paper(), writer)
    height, pages = doc.pageSize().height(), doc.pageCount()
    assert pages > 2
    on_pages = [form_rules(doc, page) for page in range(pages)]
    carrying = [page for page, rules in enumerate(on_pages) if rules]
    assert carrying == list(range(len(carrying))) and len(carrying) >= 2
    for page in carrying:
        top, bottom = page * height, (page + 1) * height
        rules = on_pages[page]
        across = sorted(r.y1() for r in rules if r.dy() == 0)
        down = [r for r in rules if r.dx() == 0]
        assert all(top <= y <= bottom for y in across)
        assert len(down) == 3  # the form's left, between label and text, its right
        # Each rule down runs from the first rule across to the last: a closed box.
        assert {(r.y1(), r.y2()) for r in down} == {(across[0], across[-1])}
        if page < carrying[-1]:  # goes on: closed at the foot of the page
            assert across[-1] > bottom - 2
        if page > 0:  # goes on from the page before: opened at its head
            assert across[0] < top + 2
    assert all(isinstance(r, QLineF) for rules in on_pages for r in rules)
