"""--version and --help: the version is pyproject.toml's, in a build the package
metadata's; --help tells the window's options as well as the commands."""

from __future__ import annotations

import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

from approvals_gui import COMMANDS, __version__, cli, version

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def pyproject_version() -> str:
    with PYPROJECT.open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def test_the_version_is_pyprojects() -> None:
    assert version.app_version() == pyproject_version()
    assert __version__ == pyproject_version()  # the log's; keep the two in step


def test_a_build_reads_the_package_metadata(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(
        metadata, "version", lambda name: "9.8.7" if name == "approvals-gui" else "?"
    )
    assert version.app_version() == "9.8.7"


def test_version_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"一次办结 {pyproject_version()}"


def test_help_lists_the_windows_options_and_the_commands(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    for option in ("--db DB", "--lang {zh_CN,en}", "--version"):
        assert option in out
    for command in COMMANDS:
        assert f"\n    {command} " in out


def test_the_window_languages_are_those_translated() -> None:
    from approvals_gui.i18n import LANGUAGES

    assert cli.WINDOW_LANGUAGES == LANGUAGES


def test_a_commands_usage_names_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["demo", "--help"])
    assert capsys.readouterr().out.startswith("usage: main.py demo [-h]")
