"""Applications at the step each written notice reports, and PDFs read back as text."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from xml.etree import ElementTree

import pytest

from approvals_gui.domain.notices import NoticeKind
from approvals_gui.domain.stages import Action
from approvals_gui.services.applications import Step, apply_step, register
from approvals_gui.services.rules import save_rule
from approvals_gui.services.workspace import Workspace
from tests.conftest import TODAY, new_application

N = lambda d: date(2026, 11, d)  # noqa: E731
MATERIALS = ("公众参与说明", "危险废物处置协议")
NOT_ACCEPTED_BECAUSE = "不属于本机关审批权限"
EXTENDED_BECAUSE = "需补充现场核查"
REFUSED_BECAUSE = "项目选址位于饮用水水源二级保护区内"
REFUSAL_NUMBER = "江环审〔2026〕88号"
# The steps after registration (on 11-20) that make each notice issuable.
STEPS: dict[NoticeKind, tuple[Step, ...]] = {
    NoticeKind.ACCEPTANCE: (Step(Action.ACCEPT, N(23)),),
    NoticeKind.SUPPLEMENT: (Step(Action.REQUEST_SUPPLEMENT, N(23), materials=MATERIALS),),
    NoticeKind.NON_ACCEPTANCE: (Step(Action.NOT_ACCEPT, N(23), reason=NOT_ACCEPTED_BECAUSE),),
    NoticeKind.SPECIAL_PROCEDURE: (
        Step(Action.ACCEPT, N(23)),
        Step(Action.START_EXPERT_REVIEW, N(24)),
    ),
    NoticeKind.EXTENSION: (
        Step(Action.ACCEPT, N(23)),
        Step(Action.EXTEND, N(24), reason=EXTENDED_BECAUSE, extension_days=10),
    ),
    NoticeKind.REFUSAL: (
        Step(Action.ACCEPT, N(23)),
        Step(Action.START_REVIEW, N(24)),
        Step(Action.REFUSE, N(25), reason=REFUSED_BECAUSE, document_number=REFUSAL_NUMBER),
    ),
}


def allow_extensions(ws: Workspace) -> None:
    """报告表 has no extension by law; the extension notice needs a rule with one."""
    save_rule(ws, replace(ws.rule("report_form"), extension_workdays=10))


def issuable(ws: Workspace, kind: NoticeKind) -> int:
    """A new application (registered on 11-20) at the step the `kind` notice reports."""
    if kind is NoticeKind.EXTENSION:
        allow_extensions(ws)
    app_id = register(ws, new_application(received_on=N(20)), today=TODAY)
    for version, step in enumerate(STEPS[kind], start=1):
        apply_step(ws, app_id, version, step, today=TODAY)
    return app_id


def pdf_text(path: Path) -> str:
    """The PDF's text layer as pdftotext reads it, with white space (line breaks within
    a paragraph, the writer's spacing) taken out; characters as they are, not
    normalised."""
    return "".join(pdf_lines(path))


def pdf_lines(path: Path) -> list[str]:
    """The PDF's lines of text as pdftotext reads them, white space taken out of each,
    empty ones left out."""
    lines = ("".join(line.split()) for line in pdftotext(path).splitlines())
    return [line for line in lines if line]


def pdf_pages(path: Path) -> list[str]:
    """Each page's text as pdftotext reads it, white space and the page number (— 2 —)
    taken out."""
    pages = pdftotext(path).split("\f")[:-1]  # each page ends with a form feed
    return [re.sub(r"—\d+—", "", "".join(page.split())) for page in pages]


def pdftotext(path: Path, *options: str) -> str:
    """What `pdftotext` with `options` reads from the PDF at `path` (skipped where
    poppler-utils is not installed)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *options, str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
    ).stdout


@dataclass(frozen=True)
class Word:
    """A run of text pdftotext found on a page, in points from the page's top left."""

    text: str
    left: float
    top: float
    right: float
    bottom: float


def pdf_words(path: Path) -> list[Word]:
    """The first page's words with their boxes (pdftotext -bbox)."""
    page = ElementTree.fromstring(pdftotext(path, "-bbox", "-f", "1", "-l", "1"))
    return [
        Word(w.text or "", *(float(w.attrib[k]) for k in ("xMin", "yMin", "xMax", "yMax")))
        for w in page.iter("{http://www.w3.org/1999/xhtml}word")
    ]


def radicals(text: str) -> list[str]:
    """Kangxi radicals and CJK radical supplement characters: never in our documents,
    so any found stand for ideographs a font mapped wrongly."""
    return [c for c in text if 0x2E80 <= ord(c) <= 0x2EFF or 0x2F00 <= ord(c) <= 0x2FDF]
