"""`notice KIND --number N --out FILE.pdf` on the command line, and its refusals: one
line on stderr and a non-zero exit."""

from __future__ import annotations

from pathlib import Path

import pytest

from approvals_gui.app import main
from approvals_gui.domain.notices import NoticeKind, NoticeSettings
from approvals_gui.services.notices import save_notice_settings
from approvals_gui.services.workspace import Workspace
from tests.notice_cases import issuable, pdf_text, radicals

SETTINGS = NoticeSettings(
    "江城市生态环境局", "江环审{kind}〔{year}〕{n}号", "李四", "0591-87654321"
)
TITLES = {
    NoticeKind.ACCEPTANCE: "受理通知书",
    NoticeKind.SUPPLEMENT: "补正材料通知书",
    NoticeKind.NON_ACCEPTANCE: "不予受理决定书",
    NoticeKind.SPECIAL_PROCEDURE: "特别程序期限告知书",
    NoticeKind.EXTENSION: "延期告知书",
    NoticeKind.REFUSAL: "不予批准决定书",
}


def database(ws: Workspace) -> str:
    """What `--db` takes for the workspace's database: its file, or its server's URL."""
    url = ws.engine.url
    if url.get_backend_name() == "sqlite":
        return url.database or ""
    return url.render_as_string(hide_password=False)


def one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    out, err = capsys.readouterr()
    assert out == "" and err.endswith("\n") and err.count("\n") == 1, err
    return err


@pytest.mark.parametrize("kind", list(NoticeKind))
def test_each_notice_is_written(
    ws: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: NoticeKind
) -> None:
    issuable(ws, kind)
    save_notice_settings(ws, SETTINGS)
    out = tmp_path / f"{kind}.pdf"
    args = ["notice", kind.value, "--number", "HP2026-00001", "--out", str(out)]
    assert main([*args, "--db", database(ws)]) == 0
    assert capsys.readouterr().out.startswith(f"written: {out} ({TITLES[kind]} ")
    text = pdf_text(out)
    for piece in (TITLES[kind], "江城市生态环境局", "江城再生资源有限公司：", "联系人：李四"):
        assert piece in text, piece
    assert radicals(text) == []


def test_the_expected_days_of_a_special_procedure(
    ws: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    issuable(ws, NoticeKind.SPECIAL_PROCEDURE)
    out = tmp_path / "s.pdf"
    args = ["notice", "special-procedure", "--number", "HP2026-00001", "--out", str(out)]
    assert main([*args, "--expected-days", "45", "--db", database(ws)]) == 0
    capsys.readouterr()
    assert "预计需要45个工作日" in pdf_text(out)
    assert "环审特〔2026〕1号" in pdf_text(out)  # the default pattern
    assert main([*args, "--expected-days", "0", "--db", database(ws)]) == 1
    assert "expected working days are 1–250, not 0" in one_line_error(capsys)


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("acceptance", "error: no acceptance notice: no acceptance in force"),
        ("refusal", "error: no refusal notice: no refusal in force"),
        ("extension", "error: no extension notice: the application's category allows no exten"),
    ],
)
def test_a_notice_in_the_wrong_state_is_refused(
    ws: Workspace,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    kind: str,
    message: str,
) -> None:
    issuable(ws, NoticeKind.SUPPLEMENT)
    out = tmp_path / "x.pdf"
    args = ["notice", kind, "--number", "HP2026-00001", "--out", str(out), "--db", database(ws)]
    assert main(args) == 1
    assert one_line_error(capsys).startswith(message)
    assert not out.exists()


def test_an_unknown_number_is_refused(
    ws: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    issuable(ws, NoticeKind.ACCEPTANCE)
    args = ["notice", "acceptance", "--number", "HP2026-00042", "--out", str(tmp_path / "x.pdf")]
    assert main([*args, "--db", database(ws)]) == 1
    assert one_line_error(capsys) == "error: no application numbered 'HP2026-00042'\n"


def test_an_unwritable_path_is_refused(
    ws: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    issuable(ws, NoticeKind.ACCEPTANCE)
    out = tmp_path / "no such folder" / "a.pdf"
    args = ["notice", "acceptance", "--number", "HP2026-00001", "--out", str(out)]
    assert main([*args, "--db", database(ws)]) == 1
    assert "No such file or directory" in one_line_error(capsys)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--out", "a.docx"], "error: --out must end in .pdf"),
        (
            ["--out", "a.pdf", "--expected-days", "20"],
            "error: --expected-days is for special-procedure notices only",
        ),
    ],
)
def test_usage_errors(
    ws: Workspace, capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    issuable(ws, NoticeKind.ACCEPTANCE)
    args = ["notice", "acceptance", "--number", "HP2026-00001", *extra, "--db", database(ws)]
    assert main(args) == 2
    assert one_line_error(capsys) == message + "\n"


@pytest.mark.parametrize(
    "args",
    [
        ["notice", "receipt", "--number", "HP2026-00001", "--out", "a.pdf"],
        ["notice", "acceptance", "--out", "a.pdf"],
        ["notice", "special-procedure", "--number", "X", "--out", "a.pdf", "--expected-days", "x"],
    ],
)
def test_bad_arguments_stop_before_anything_opens(
    capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(args)
    assert stopped.value.code == 2
    assert "error:" in capsys.readouterr().err


def test_a_notice_without_an_authority_set_says_so(
    ws: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It was signed with the placeholder 市生态环境局 without a word."""
    issuable(ws, NoticeKind.ACCEPTANCE)
    out = tmp_path / "n.pdf"
    args = ["notice", "acceptance", "--number", "HP2026-00001", "--out", str(out)]
    assert main([*args, "--db", database(ws)]) == 0
    err = capsys.readouterr().err
    assert (
        err.startswith("warning: this database names no issuing authority")
        and "“市生态环境局”" in err
    )
    save_notice_settings(ws, SETTINGS)
    assert main([*args, "--db", database(ws)]) == 0
    assert capsys.readouterr().err == ""


def test_reports_take_the_authoritys_name_from_the_database(
    ws: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    issuable(ws, NoticeKind.ACCEPTANCE)
    save_notice_settings(ws, SETTINGS)
    out = tmp_path / "m.pdf"
    args = ["report", "service-days", "--month", "2026-11", "--out", str(out)]
    assert main([*args, "--db", database(ws)]) == 0
    assert "江城市生态环境局企业服务日工作月报（2026年11月）" in pdf_text(out)
    assert main([*args, "--bureau", "滨海县环保局", "--db", database(ws)]) == 0
    assert "滨海县环保局企业服务日工作月报（2026年11月）" in pdf_text(out)
