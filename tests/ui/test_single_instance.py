"""One window per user and database: a second start brings the first forward and ends."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from approvals_gui.ui.single_instance import SingleInstance, bring_forward, instance_key

ROOT = Path(__file__).resolve().parents[2]
# A start in another process: prints what start() said, then keeps running until killed
# when told to (`hold`), else ends with exit 0 when it should not go on.
OTHER_START = """
import sys
from PySide6.QtCore import QCoreApplication
from approvals_gui.ui.single_instance import SingleInstance
app = QCoreApplication([])
instance = SingleInstance(sys.argv[1])
goes_on = instance.start()
print("first" if goes_on else "asked", flush=True)
if goes_on and sys.argv[2] == "hold":
    app.exec()
sys.exit(0)
"""


@pytest.fixture
def key() -> str:
    return f"yicibanjie-test-{uuid.uuid4().hex[:12]}"


@pytest.fixture
def instances() -> Iterator[list[SingleInstance]]:
    made: list[SingleInstance] = []
    yield made
    for each in made:
        each.close()


def make(instances: list[SingleInstance], key: str) -> SingleInstance:
    instance = SingleInstance(key)
    instances.append(instance)
    return instance


def other_start(key: str, mode: str) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-c", OTHER_START, key, mode],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )


@pytest.mark.gui
def test_the_first_start_goes_on_and_listens(
    qtbot: QtBot, key: str, instances: list[SingleInstance]
) -> None:
    first = make(instances, key)
    assert first.start()
    assert first.listening


@pytest.mark.gui
def test_a_second_start_asks_the_first_and_ends(
    qtbot: QtBot, key: str, instances: list[SingleInstance]
) -> None:
    first = make(instances, key)
    assert first.start()
    second = make(instances, key)
    with qtbot.waitSignal(first.activated, timeout=5000):
        assert not second.start()
    assert not second.listening
    third = make(instances, key)  # and again: the first answers every later start
    with qtbot.waitSignal(first.activated, timeout=5000):
        assert not third.start()


@pytest.mark.gui
def test_another_database_or_user_is_another_instance(
    qtbot: QtBot, tmp_path: Path, instances: list[SingleInstance]
) -> None:
    a = instance_key("clerk", tmp_path / "a.sqlite3")
    keys = {
        a,
        instance_key("clerk", tmp_path / "b.sqlite3"),
        instance_key("manager", tmp_path / "a.sqlite3"),
        instance_key("clerk", "postgresql://clerk@db.office/approvals"),
    }
    assert len(keys) == 4
    for each in keys:
        assert make(instances, each).start()


def test_one_file_has_one_key_however_it_is_spelt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    absolute = instance_key("clerk", tmp_path / "a.sqlite3")
    assert instance_key("clerk", "a.sqlite3") == absolute
    assert instance_key("clerk", str(tmp_path / "sub" / ".." / "a.sqlite3")) == absolute
    assert instance_key("clerk", Path("a.sqlite3")) == absolute
    assert len(absolute) < 40  # a Unix socket's path is short


@pytest.mark.gui
def test_after_the_first_closes_the_next_start_goes_on(
    qtbot: QtBot, key: str, instances: list[SingleInstance]
) -> None:
    first = make(instances, key)
    assert first.start()
    first.close()
    assert make(instances, key).start()


@pytest.mark.gui
def test_a_second_process_brings_the_first_forward_and_exits_0(
    qtbot: QtBot, key: str, instances: list[SingleInstance]
) -> None:
    first = make(instances, key)
    assert first.start()
    with qtbot.waitSignal(first.activated, timeout=20000):
        other = other_start(key, "once")
    out, _ = other.communicate(timeout=20)
    assert other.returncode == 0
    assert out.strip() == "asked"


@pytest.mark.gui
def test_a_start_that_crashed_leaves_nothing_in_the_way(
    qtbot: QtBot, key: str, instances: list[SingleInstance]
) -> None:
    crashed = other_start(key, "hold")
    try:
        assert crashed.stdout is not None
        assert crashed.stdout.readline().strip() == "first"
    finally:
        crashed.kill()  # no clean-up: its lock file and socket stay behind
        crashed.wait(timeout=20)
        if crashed.stdout is not None:
            crashed.stdout.close()
    after = make(instances, key)
    assert after.start()
    assert after.listening


@pytest.mark.gui
@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen has no stacking
def test_bring_forward_restores_a_minimised_window(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.showMinimized()
    qtbot.waitUntil(lambda: window.isVisible())
    bring_forward(window)
    assert window.isVisible()
    assert not window.windowState() & Qt.WindowState.WindowMinimized
