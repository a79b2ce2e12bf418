"""The six written notices as PDFs: their wording, their layout's pieces and a text
layer of real characters (read back with pdftotext, not normalised)."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QPdfWriter
from pytestqt.qtbot import QtBot

from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.notices import NoticeKind, NoticeSettings
from approvals_gui.domain.stages import Action
from approvals_gui.printing.notice_text import Notice, chinese_date, compose, ordinal
from approvals_gui.printing.notices import page_layout, paint_notice, write_notice_pdf
from approvals_gui.services.applications import Step, apply_step, detail, register
from approvals_gui.services.workspace import Workspace
from tests.conftest import TODAY, new_application
from tests.notice_cases import (
    EXTENDED_BECAUSE,
    MATERIALS,
    NOT_ACCEPTED_BECAUSE,
    REFUSAL_NUMBER,
    REFUSED_BECAUSE,
    N,
    issuable,
    pdf_lines,
    pdf_pages,
    pdf_text,
    pdf_words,
    radicals,
)

K = NoticeKind
SETTINGS = NoticeSettings("江城市生态环境局", "环审{kind}〔{year}〕{n}号", "李四", "0591-87654321")
RIGHTS = ["六十日内依法申请行政复议", "六个月内依法向人民法院提起行政诉讼"]
# What each notice must say, besides what all of them carry.
EXPECTED: dict[NoticeKind, list[str]] = {
    K.ACCEPTANCE: [
        "受理通知书",
        "环审受〔2026〕1号",
        "第三十二条",
        "决定予以受理，受理日期为2026年11月23日",
        "30个工作日内作出审批决定",
        "第四十五条",
    ],
    K.SUPPLEMENT: [
        "补正材料通知书",
        "环审补〔2026〕1号",
        "第三十二条",
        "一次性告知",
        *(f"{ordinal(i)}、{m}" for i, m in enumerate(MATERIALS, start=1)),
        "五个工作日内作出是否受理的决定",
    ],
    K.NON_ACCEPTANCE: [
        "不予受理决定书",
        "环审不受〔2026〕1号",
        "第三十二条的规定，本机关决定不予受理",
        NOT_ACCEPTED_BECAUSE + "。",
        "决定不予受理",
        *RIGHTS,
    ],
    K.SPECIAL_PROCEDURE: [
        "特别程序期限告知书",
        "环审特〔2026〕1号",
        "第四十五条",
        "自2026年11月24日起组织技术评估（专家评审）",
        "不计算在审批期限内",
        "预计需要30个工作日",
    ],
    K.EXTENSION: [
        "延期告知书",
        "环审延〔2026〕1号",
        "第四十二条",
        EXTENDED_BECAUSE + "。",
        "审批期限延长10个工作日",
    ],
    K.REFUSAL: [
        "不予批准决定书",
        REFUSAL_NUMBER,
        "第三十八条",
        REFUSED_BECAUSE + "。",
        "决定不予批准",
        *RIGHTS,
    ],
}
SIGNED_ON = {
    K.ACCEPTANCE: date(2026, 11, 23),
    K.SUPPLEMENT: date(2026, 11, 23),
    K.NON_ACCEPTANCE: date(2026, 11, 23),
    K.SPECIAL_PROCEDURE: date(2026, 11, 24),
    K.EXTENSION: date(2026, 11, 24),
    K.REFUSAL: date(2026, 11, 25),
}


def notice_for(ws: Workspace, kind: NoticeKind, **changes: int) -> Notice:
    app_id = issuable(ws, kind)
    return compose(kind, detail(ws, app_id, today=TODAY), SETTINGS, ws.calendar(), **changes)


@pytest.mark.parametrize("kind", list(NoticeKind))
def test_each_notice_prints_real_characters(
    qtbot: QtBot, ws: Workspace, tmp_path: Path, kind: NoticeKind
) -> None:
    path = write_notice_pdf(notice_for(ws, kind), tmp_path / f"{kind}.pdf")
    text = pdf_text(path)
    common = [
        "江城市生态环境局",  # the header and the signature
        "江城再生资源有限公司：",  # the addressee, with a full-width colon
        "《年产5万吨再生铝项目环境影响报告表》",
        "（申请编号：HP2026-00001）",
        chinese_date(SIGNED_ON[kind]),
        "（联系人：李四，联系电话：0591-87654321）",
    ]
    for piece in [*EXPECTED[kind], *common]:
        assert piece in text, piece
    assert text.count("江城市生态环境局") == 2
    assert radicals(text) == []


def test_an_extension_notice_gives_both_statutory_dates(ws: Workspace) -> None:
    notice = notice_for(ws, K.EXTENSION)
    clock = detail(ws, 1, today=TODAY).view.clock
    assert clock.original_statutory_due is not None and clock.statutory_due is not None
    body = "".join(notice.paragraphs)
    assert f"法定审批期限原截止日为{chinese_date(clock.original_statutory_due)}" in body
    assert f"延长后的法定期限截止日为{chinese_date(clock.statutory_due)}" in body


def test_an_acceptance_notice_gives_the_promised_and_statutory_dates(ws: Workspace) -> None:
    notice = notice_for(ws, K.ACCEPTANCE)
    clock = detail(ws, 1, today=TODAY).view.clock
    assert clock.statutory_due is not None and clock.promised_due is not None
    body = "".join(notice.paragraphs)
    assert f"法定期限截止日为{chinese_date(clock.statutory_due)}" in body
    assert f"承诺于{chinese_date(clock.promised_due)}前办结" in body
    # The promise leaves out the approval notice (报告表: 5 working days), and says so.
    assert "承诺办结日期不含拟批准公示时间（公示期5个工作日），公示期间相应顺延。" in body


def test_the_clerk_gives_the_expected_days_of_a_special_procedure(ws: Workspace) -> None:
    notice = notice_for(ws, K.SPECIAL_PROCEDURE, expected_days=45)
    assert "预计需要45个工作日" in "".join(notice.paragraphs)
    with pytest.raises(DomainError) as err:
        found = detail(ws, 1, today=TODAY)
        compose(K.SPECIAL_PROCEDURE, found, SETTINGS, ws.calendar(), expected_days=0)
    assert err.value.code is ErrorCode.NOTICE_DAYS_OUT_OF_RANGE


def test_a_notice_that_cannot_be_issued_is_refused(ws: Workspace) -> None:
    found = detail(ws, issuable(ws, K.SUPPLEMENT), today=TODAY)
    with pytest.raises(DomainError) as err:
        compose(K.ACCEPTANCE, found, SETTINGS, ws.calendar())
    assert err.value.code is ErrorCode.NOTICE_NOT_ACCEPTED


def test_without_a_contact_the_handler_is_named(ws: Workspace) -> None:
    found = detail(ws, issuable(ws, K.ACCEPTANCE), today=TODAY)
    assert compose(K.ACCEPTANCE, found, NoticeSettings(), ws.calendar()).note == "（联系人：张三）"


MM = 72 / 25.4  # points
AREA = (28 * MM, 37 * MM, (210 - 26) * MM, (297 - 35) * MM)  # left, top, right, bottom
CHAR = 156 * MM / 28  # 28 characters fill a line


def test_the_layout_follows_gb_t_9704(qtbot: QtBot, ws: Workspace, tmp_path: Path) -> None:
    """Measured on the PDF, in points: every word in the text area; 28 characters to a
    full line; the title centred; the date four characters from the right with the
    authority centred over it; paragraphs indented two characters."""
    words = pdf_words(write_notice_pdf(notice_for(ws, K.ACCEPTANCE), tmp_path / "a.pdf"))
    left, top, right, bottom = AREA
    for w in words:
        assert left - 0.5 <= w.left and w.right <= right + 0.5, w
        assert top - 0.5 <= w.top and w.bottom <= bottom + 0.5, w
    header, number, title, addressee, *body = words
    assert [header.text, title.text, addressee.text] == [
        "江城市生态环境局",
        "受理通知书",
        "江城再生资源有限公司：",
    ]
    for centred in (header, number, title):
        assert (centred.left + centred.right) / 2 == pytest.approx((left + right) / 2, abs=1)
    assert header.top < number.top < title.top < addressee.top
    assert addressee.left == pytest.approx(left, abs=0.5)
    full_lines = [w for w in body if w.right > right - CHAR / 2]
    assert full_lines and all(len(w.text) == 28 for w in full_lines if w.text.isalpha())
    assert body[0].left == pytest.approx(left + 2 * CHAR, abs=0.5)  # first-line indent
    signature, date, note = body[-3:]
    assert date.text == "2026年11月23日"
    assert date.right == pytest.approx(right - 4 * CHAR, abs=1)
    assert (signature.left + signature.right) / 2 == pytest.approx(
        (date.left + date.right) / 2, abs=1
    )
    assert signature.top - body[-4].bottom > 1.5 * CHAR  # room for the seal
    assert note.text.startswith("（联系人：") and note.left == pytest.approx(
        left + 2 * CHAR, abs=0.5
    )


def test_the_page_is_a4_with_the_official_margins(qtbot: QtBot, tmp_path: Path) -> None:
    layout = page_layout()
    assert layout.pageSize().sizePoints().toTuple() == (595, 842)  # A4, 210 × 297 mm
    margins = layout.margins()
    assert (margins.top(), margins.bottom(), margins.left(), margins.right()) == (37, 35, 28, 26)


def test_a_long_notice_runs_to_numbered_pages(qtbot: QtBot, ws: Workspace, tmp_path: Path) -> None:
    notice = notice_for(ws, K.SUPPLEMENT)
    many = Notice(**{**_fields(notice), "paragraphs": notice.paragraphs * 8})
    writer = QPdfWriter(str(tmp_path / "long.pdf"))
    pages = paint_notice(many, writer)
    del writer
    text = pdf_text(tmp_path / "long.pdf")
    assert pages > 1
    assert all(f"—{page}—" in text for page in range(1, pages + 1))


def test_a_short_notice_fits_one_page_without_a_number(
    qtbot: QtBot, ws: Workspace, tmp_path: Path
) -> None:
    """Tighter lines keep the signature and the date with the text (GB/T 9704 7.3.5.4)."""
    writer = QPdfWriter(str(tmp_path / "one.pdf"))
    assert paint_notice(notice_for(ws, K.SUPPLEMENT), writer) == 1
    del writer
    assert "—1—" not in pdf_text(tmp_path / "one.pdf")


def test_a_page_renders(qtbot: QtBot, ws: Workspace, tmp_path: Path) -> None:
    """pdftoppm draws the page (the layout was checked by eye on such a picture)."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    path = write_notice_pdf(notice_for(ws, K.ACCEPTANCE), tmp_path / "a.pdf")
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", "-singlefile", str(path), str(tmp_path / "a")],
        check=True,
    )
    assert (tmp_path / "a.png").stat().st_size > 10_000


def test_an_unwritable_path_is_an_error(qtbot: QtBot, ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_notice_pdf(notice_for(ws, K.ACCEPTANCE), tmp_path / "missing" / "a.pdf")


def _fields(notice: Notice) -> dict[str, object]:
    return {name: getattr(notice, name) for name in Notice.__slots__}


def test_ordinals() -> None:
    assert [ordinal(n) for n in (1, 9, 10, 11, 20, 21, 99)] == [
        "一",
        "九",
        "十",
        "十一",
        "二十",
        "二十一",
        "九十九",
    ]


def test_a_deemed_acceptance_is_dated_from_receipt(ws: Workspace) -> None:
    from approvals_gui.domain.stages import Action
    from approvals_gui.services.applications import Step, apply_step, register
    from tests.conftest import new_application

    # Received 11-02; the intake limit (11-09) passed before the acceptance of 11-12.
    app_id = register(ws, new_application(received_on=date(2026, 11, 2)), today=TODAY)
    apply_step(ws, app_id, 1, Step(Action.ACCEPT, date(2026, 11, 12)), today=TODAY)
    found = detail(ws, app_id, today=TODAY)
    assert found.view.clock.deemed_accepted
    body = "".join(compose(K.ACCEPTANCE, found, SETTINGS, ws.calendar()).paragraphs)
    assert "本申请自收到申请材料之日（2026年11月2日）起即视为受理，以下期限自该日起算" in body
    assert "受理日期为2026年11月12日" not in body


def test_a_notice_printed_again_quotes_the_dates_it_was_issued_with(ws: Workspace) -> None:
    """An expert review begun after the acceptance moves the due dates on screen; the
    acceptance notice, printed again, still quotes those of its day (the review has a
    notice of its own), the same as an application accepted alike and never paused."""
    from approvals_gui.domain.stages import Action
    from approvals_gui.services.applications import Step, apply_step, register
    from tests.conftest import new_application

    paused, plain = (
        register(ws, new_application(received_on=date(2026, 11, 2)), today=TODAY) for _ in range(2)
    )
    for app_id in (paused, plain):
        apply_step(ws, app_id, 1, Step(Action.ACCEPT, date(2026, 11, 4)), today=TODAY)
    apply_step(ws, paused, 2, Step(Action.START_EXPERT_REVIEW, date(2026, 11, 10)), today=TODAY)
    now, then = (
        detail(ws, paused, today=TODAY).view.clock,
        detail(ws, plain, today=TODAY).view.clock,
    )
    assert now.promised_due != then.promised_due  # the pause moved it
    assert then.statutory_due is not None and then.promised_due is not None
    body = "".join(
        compose(K.ACCEPTANCE, detail(ws, paused, today=TODAY), SETTINGS, ws.calendar()).paragraphs
    )
    assert f"法定期限截止日为{chinese_date(then.statutory_due)}" in body
    assert f"承诺于{chinese_date(then.promised_due)}前办结" in body


def test_a_licence_is_not_called_an_eia_document(ws: Workspace) -> None:
    """A category the bureau added for another licence: its notices name the licence,
    and its refusal cites only the licensing law, not the EIA regulation."""
    from approvals_gui.domain.rules import TimeLimitRule
    from approvals_gui.domain.stages import Action
    from approvals_gui.domain.timelimits import Limit, Unit
    from approvals_gui.services.applications import Step, apply_step, register
    from approvals_gui.services.rules import save_rule
    from tests.conftest import new_application

    save_rule(
        ws,
        TimeLimitRule(
            "radiation", "辐射安全许可证核发", Limit(20, Unit.WORKDAYS), Limit(10, Unit.WORKDAYS)
        ),
    )
    app_id = register(
        ws, new_application(category="radiation", received_on=date(2026, 11, 20)), today=TODAY
    )
    for version, step in enumerate(
        (
            Step(Action.ACCEPT, date(2026, 11, 23)),
            Step(Action.START_REVIEW, date(2026, 11, 24)),
            Step(
                Action.REFUSE,
                date(2026, 11, 25),
                reason="辐射防护措施不满足要求",
                document_number="江环辐〔2026〕3号",
            ),
        ),
        start=1,
    ):
        apply_step(ws, app_id, version, step, today=TODAY)
    found = detail(ws, app_id, today=TODAY)
    for kind in (K.ACCEPTANCE, K.REFUSAL):
        body = "".join(compose(kind, found, SETTINGS, ws.calendar()).paragraphs)
        assert "提交的年产5万吨再生铝项目辐射安全许可证核发申请（申请编号：" in body
        assert "环境影响" not in body
    refusal = "".join(compose(K.REFUSAL, found, SETTINGS, ws.calendar()).paragraphs)
    assert "经审查，该申请不予批准，理由如下：" in refusal
    assert "根据《中华人民共和国行政许可法》第三十八条的规定，本机关决定不予批准。" in refusal
    assert "建设项目环境保护管理条例" not in refusal


def notice_after(ws: Workspace, kind: NoticeKind, *steps: Step, category: str = "") -> str:
    """The body of the `kind` notice of an application received on 11-02 after `steps`."""
    form = new_application(received_on=date(2026, 11, 2))
    app_id = register(ws, replace(form, category=category or form.category), today=TODAY)
    for version, step in enumerate(steps, start=1):
        apply_step(ws, app_id, version, step, today=TODAY)
    found = detail(ws, app_id, today=TODAY)
    return "".join(compose(kind, found, SETTINGS, ws.calendar()).paragraphs)


def test_a_promise_already_past_at_a_deemed_acceptance_is_not_printed(ws: Workspace) -> None:
    # Promised within 10 working days of 11-02 (11-16); accepted late, on 11-20.
    body = notice_after(ws, K.ACCEPTANCE, Step(Action.ACCEPT, N(20)))
    assert "本申请自收到申请材料之日（2026年11月2日）起即视为受理" in body
    assert "法定期限截止日为" in body
    assert "承诺" not in body


def test_a_deemed_acceptance_after_supplement_runs_from_the_materials(ws: Workspace) -> None:
    body = notice_after(
        ws,
        K.ACCEPTANCE,
        Step(Action.REQUEST_SUPPLEMENT, N(3), materials=MATERIALS),
        Step(Action.RECEIVE_MATERIALS, N(5)),
        Step(Action.ACCEPT, N(20)),  # the intake limit ran from 11-05 to 11-12
    )
    assert "本申请自收到全部补正材料之日（2026年11月5日）起即视为受理" in body


def test_a_late_supplement_notice_says_the_application_counts_as_accepted(ws: Workspace) -> None:
    """Sent after the intake limit (11-09) it stops nothing: no acceptance decision is
    pending, and the notice must not promise one."""
    body = notice_after(
        ws, K.SUPPLEMENT, Step(Action.REQUEST_SUPPLEMENT, N(12), materials=MATERIALS)
    )
    assert "本申请自收到申请材料之日（2026年11月2日）起即视为受理" in body
    assert "以便本机关继续审查" in body
    assert "作出是否受理的决定" not in body


def test_only_the_first_supplement_notice_tells_everything_at_once(ws: Workspace) -> None:
    first = Step(Action.REQUEST_SUPPLEMENT, N(3), materials=MATERIALS)
    body = notice_after(ws, K.SUPPLEMENT, first)
    assert "现一次性告知你单位需要补正的全部内容如下：" in body
    assert "一、公众参与说明；二、危险废物处置协议。" in body  # a list's punctuation
    again = Step(
        Action.REQUEST_SUPPLEMENT,
        N(6),
        materials=("危险废物处置协议（盖章件）",),
        reason="报送的处置协议未加盖处置单位公章",
    )
    body = notice_after(ws, K.SUPPLEMENT, first, Step(Action.RECEIVE_MATERIALS, N(5)), again)
    assert (
        "你单位于2026年11月5日报送的补正材料经审查，仍不齐全或者不符合法定形式："
        "报送的处置协议未加盖处置单位公章。根据" in body
    )
    assert "一次性" not in body
    assert "一、危险废物处置协议（盖章件）。" in body
    assert "五个工作日内作出是否受理的决定" in body


def test_another_authoritys_matter_is_refused_with_where_to_apply(ws: Workspace) -> None:
    """第三十二条第一款第（二）项: not this bureau's matter, so not accepted, and the
    applicant is told which authority to apply to; any reason follows."""
    referred = Step(Action.NOT_ACCEPT, N(23), refer_to="省生态环境厅")
    body = notice_after(ws, K.NON_ACCEPTANCE, referred)
    assert "经审查，申请事项依法不属于本机关职权范围。根据" in body
    assert (
        "根据《中华人民共和国行政许可法》第三十二条第一款第（二）项的规定，本机关决定不予受理。"
        "请你单位向省生态环境厅提出申请。" in body
    )
    why = "该项目跨设区的市行政区域"
    body = notice_after(ws, K.NON_ACCEPTANCE, replace(referred, reason=why))
    assert f"依法不属于本机关职权范围，理由如下：{why}。根据" in body
    # Without an authority to refer to: the general ground, as before.
    body = notice_after(ws, K.NON_ACCEPTANCE, replace(referred, refer_to="", reason=why))
    assert "第三十二条的规定，本机关决定不予受理" in body and "提出申请" not in body


def test_a_hearing_after_the_notice_of_rights_is_held_on_request(ws: Workspace) -> None:
    reviewed = (Step(Action.ACCEPT, N(3)), Step(Action.START_REVIEW, N(4)))
    asked = notice_after(
        ws,
        K.SPECIAL_PROCEDURE,
        *reviewed,
        Step(Action.NOTIFY_HEARING_RIGHTS, N(5)),
        Step(Action.START_HEARING, N(10)),
    )
    assert "根据《中华人民共和国行政许可法》第四十七条的规定，本机关依申请决定自" in asked
    own = notice_after(ws, K.SPECIAL_PROCEDURE, *reviewed, Step(Action.START_HEARING, N(10)))
    assert "根据审查工作需要，本机关决定自2026年11月10日起组织听证。" in own
    review = notice_after(
        ws, K.SPECIAL_PROCEDURE, *reviewed[:1], Step(Action.START_EXPERT_REVIEW, N(4))
    )
    assert review.count("技术评估（专家评审）") == 1


def test_an_optional_notice_is_left_out_of_the_promise_and_said_so(ws: Workspace) -> None:
    """告知承诺制 sets no notice period, yet a 拟批准公示 may be held and pauses only the
    promise: the acceptance notice says so, without a length."""
    body = notice_after(ws, K.ACCEPTANCE, Step(Action.ACCEPT, N(3)), category="notify_commit")
    assert "承诺办结日期不含拟批准公示时间，公示期间相应顺延。" in body


def test_a_date_or_an_application_number_is_never_split_across_lines(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Each paragraph puts the date, or the number, one character further along, so
    that one of them would end a line mid-way; each stays whole on its line, and the
    text layer reads as it was written."""
    date_text, number = "2025年3月5日", "HP2025-00003"
    paragraphs = tuple(
        f"{'甲' * k}受理日期为{date_text}，申请编号：{number}。" for k in range(17, 27)
    )
    heading = ("江城市生态环境局", "环审受〔2025〕3号", "受理通知书", "江城公司")
    notice = Notice(K.ACCEPTANCE, *heading, paragraphs, date(2025, 3, 5), "（联系人：李四）")
    path = write_notice_pdf(notice, tmp_path / "lines.pdf")
    lines = pdf_lines(path)
    for whole in (date_text, number):
        held = sum(line.count(whole) for line in lines)
        assert held == len(paragraphs) + (whole == date_text), (whole, lines)
    assert "".join(lines).count(f"受理日期为{date_text}，申请编号：{number}。") == len(paragraphs)


def test_a_paragraph_across_a_page_break_is_read_once(
    qtbot: QtBot, ws: Workspace, tmp_path: Path
) -> None:
    """The text layer holds each line once: the line before a page break had been
    drawn, clipped out of sight, on the next page too, and search and copy found it
    twice. Distinct characters throughout, so that any line repeated shows."""
    paragraphs = tuple("".join(chr(0x4E00 + 100 * i + j) for j in range(100)) for i in range(12))
    long = Notice(**{**_fields(notice_for(ws, K.SUPPLEMENT)), "paragraphs": paragraphs})
    path = write_notice_pdf(long, tmp_path / "long.pdf")
    text = re.sub(r"—\d+—", "", pdf_text(path))  # the page numbers between the pages
    assert "—" not in text
    for paragraph in paragraphs:
        assert text.count(paragraph) == 1


def test_the_signature_is_never_alone_on_a_notices_last_page(
    qtbot: QtBot, ws: Workspace, tmp_path: Path
) -> None:
    """A notice too long for one page however tight its lines: the authority, the date
    and the note share their page with the text before them, whatever its length."""
    base = notice_for(ws, K.SUPPLEMENT)
    foot = "江城市生态环境局" + chinese_date(base.signed_on)
    for extra in range(0, 560, 28):  # a line of 28 characters more each time
        paragraphs = (
            "".join(chr(0x4E00 + i) for i in range(600 + extra)),
            "".join(chr(0x5E00 + i) for i in range(20)),  # the last paragraph: one line
        )
        long = Notice(**{**_fields(base), "paragraphs": paragraphs})
        pages = pdf_pages(write_notice_pdf(long, tmp_path / f"long{extra}.pdf"))
        assert len(pages) > 1
        last = pages[-1]
        assert foot in last, (extra, last)
        assert not last.startswith(foot), f"alone, {extra} characters more"
        assert "".join(pages).count(paragraphs[1]) == 1


@pytest.mark.parametrize("kind", list(NoticeKind))
def test_a_long_authority_keeps_the_notice_on_one_page(
    qtbot: QtBot, ws: Workspace, tmp_path: Path, kind: NoticeKind
) -> None:
    """An authority as long as the settings allow (60 characters) takes two or three
    even lines at the head and at the foot, and the notice stays on one page."""
    name = ("江城市生态环境局高新技术产业开发区分局综合行政执法大队审批科" * 2)[:60]
    notice = replace(notice_for(ws, kind), authority=name)
    path = write_notice_pdf(notice, tmp_path / "long.pdf")
    (page,) = pdf_pages(path)
    assert page.startswith(name) and name + chinese_date(notice.signed_on) in page
    lines = pdf_lines(path)
    head = lines[: lines.index(notice.number)]
    assert "".join(head) == name and len(head) == 3  # 60 characters at 16 pt at least
    assert max(map(len, head)) - min(map(len, head)) <= 1  # even, not 28, 28 and 4
