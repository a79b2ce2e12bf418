"""The finished applications kept between runs (services.settled): the list read through
the file is the list read afresh, row for row and in the same order, through steps, an
enterprise's edit, rule and calendar edits; a file that is damaged, foreign or written
for other rules is not used, and one that cannot be written costs only time."""

from __future__ import annotations

import logging
import marshal
import os
import subprocess
import sys
import threading
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from approvals_gui.domain.calendar import CalendarOverride, OverrideKind
from approvals_gui.domain.clock import is_settled
from approvals_gui.domain.enterprises import EnterpriseForm
from approvals_gui.domain.search import Listed
from approvals_gui.domain.stages import OPEN_STAGES, Action, Stage
from approvals_gui.domain.timelimits import Limit, Unit
from approvals_gui.services import settled
from approvals_gui.services.applications import Listing, Step, apply_step, listing
from approvals_gui.services.calendar_admin import set_days
from approvals_gui.services.demo import generate
from approvals_gui.services.directory import directory, save_enterprise
from approvals_gui.services.progress import Cancelled, Stop
from approvals_gui.services.rules import save_rule
from approvals_gui.services.workspace import Workspace
from tests.conftest import TODAY


@pytest.fixture
def demo(ws: Workspace) -> Workspace:
    generate(ws, 240, today=TODAY)
    return ws


def afresh(ws: Workspace, day: date = TODAY) -> Listing:
    return listing(ws, today=day, closed_only=True)


def assert_same(found: Listing, expected: Listing) -> None:
    """The same rows in the same order, with the same views (unpacked), `Listed`,
    search texts and counts."""
    assert [row.id for row in found.listed] == [row.id for row in expected.listed]
    assert found.listed == expected.listed
    assert found.texts == expected.texts
    assert found.counts == expected.counts
    assert list(found.views) == list(expected.views)


def assert_read_afresh(found: Listing, ws: Workspace) -> None:
    """Not through the file (to be written again), and right."""
    assert found.to_keep is not None
    assert_same(found, afresh(ws))


def kept_and_read(ws: Workspace, folder: Path, day: date = TODAY) -> Listing:
    """The finished list through the file, after writing it if the read asks to."""
    found = settled.settled_listing(ws, today=day, folder=folder)
    if found.to_keep is not None:
        settled.keep(ws, found, settled.cache_file(folder, ws))
    return found


def test_every_settled_view_packs_and_unpacks_to_itself(demo: Workspace) -> None:
    views = list(afresh(demo).views)
    packed = [(view, settled.pack(view)) for view in views]
    kept = [(view, p) for view, p in packed if p is not None]
    assert len(kept) > len(views) // 2
    assert any(view.record.facts.spans for view, _ in kept)  # supplements and pauses too
    for view, p in kept:
        assert settled.unpack(marshal.loads(marshal.dumps(p))) == view
    # Those that are not settled (their clock may still move) are not packed.
    for view, p in packed:
        assert (p is None) is (not is_settled(view.record.facts))


def test_the_list_through_the_file_is_the_list_read_afresh(
    demo: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cache"
    first = kept_and_read(demo, folder)
    assert first.to_keep is not None  # no file yet: read afresh, and to be written
    assert_same(first, afresh(demo))

    unpacked: list[object] = []
    unpack = settled.unpack
    monkeypatch.setattr(settled, "unpack", lambda p: unpacked.append(p) or unpack(p))
    second = kept_and_read(demo, folder)
    assert second.to_keep is None
    assert not unpacked  # every row came from the file, none unpacked yet
    assert_same(second, afresh(demo))
    assert len(unpacked) == len(second.listed)  # comparing them unpacked them all

    # A delivery taken back (it leaves the list), another application withdrawn (it
    # joins it), an enterprise renamed (its rows read afresh): the file is still used.
    shown = afresh(demo).views
    delivered = next(v.record for v in shown if v.record.facts.stage is Stage.DELIVERED)
    apply_step(demo, delivered.id, delivered.version, Step(Action.UNDO, TODAY), today=TODAY)
    withdrawn = withdraw_one(demo)
    enterprise_id, form = next(
        (i, f) for i, f in directory(demo) if i == shown[-1].record.enterprise_id
    )
    renamed = EnterpriseForm("改名后的建设单位", form.credit_code, form.district)
    save_enterprise(demo, renamed, enterprise_id, based_on=form)
    third = kept_and_read(demo, folder)
    assert third.to_keep is None
    assert_same(third, afresh(demo))
    assert any(row.enterprise_name == "改名后的建设单位" for row in third.listed)
    assert delivered.id not in {row.id for row in third.listed}
    assert withdrawn in {row.id for row in third.listed}


def withdraw_one(ws: Workspace) -> int:
    """A running application withdrawn: it joins the finished ones."""
    running = listing(ws, today=TODAY, open_only=True).views
    record = next(v.record for v in running if v.record.facts.stage in OPEN_STAGES)
    apply_step(ws, record.id, record.version, Step(Action.WITHDRAW, TODAY), today=TODAY)
    return record.id


def test_other_rules_or_another_calendar_read_everything_afresh(
    demo: Workspace, tmp_path: Path
) -> None:
    folder = tmp_path / "cache"
    kept_and_read(demo, folder)
    save_rule(demo, replace(demo.rule("report_form"), promised=Limit(3, Unit.WORKDAYS)))
    after_rule = kept_and_read(demo, folder)
    assert_read_afresh(after_rule, demo)
    assert kept_and_read(demo, folder).to_keep is None

    holidays = [
        CalendarOverride(date(2026, 1, 5) + timedelta(days=i), OverrideKind.HOLIDAY, "停工")
        for i in range(0, 300, 3)
    ]
    set_days(demo, holidays)
    after_calendar = kept_and_read(demo, folder)
    assert_read_afresh(after_calendar, demo)


def test_many_changes_since_the_file_was_written_write_it_again(
    demo: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cache"
    kept_and_read(demo, folder)
    withdraw_one(demo)
    monkeypatch.setattr(settled, "REWRITE_SHARE", 0.0)
    found = kept_and_read(demo, folder)
    assert_read_afresh(found, demo)


@pytest.mark.parametrize(
    "spoil",
    [
        lambda data: b"not a file of ours",
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: data[:200] + bytes(len(data) - 200),  # zeroed after its head
        lambda data: b"",
        lambda data: data[:-5000] + bytes([data[-5000] ^ 1]) + data[-4999:],  # one bit
    ],
    ids=["foreign", "truncated", "zeroed", "empty", "one bit"],
)
def test_a_damaged_file_is_read_around_and_said_in_the_log(
    demo: Workspace, tmp_path: Path, caplog: pytest.LogCaptureFixture, spoil: object
) -> None:
    folder = tmp_path / "cache"
    kept_and_read(demo, folder)
    path = settled.cache_file(folder, demo)
    path.write_bytes(spoil(path.read_bytes()))  # type: ignore[operator]
    with caplog.at_level(logging.WARNING, logger=settled.__name__):
        found = settled.settled_listing(demo, today=TODAY, folder=folder)
    assert "damaged" in caplog.text
    assert_read_afresh(found, demo)


def test_a_file_of_another_format_is_not_used(
    demo: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cache"
    monkeypatch.setattr(settled, "FORMAT", settled.FORMAT + 1)
    kept_and_read(demo, folder)
    monkeypatch.undo()
    assert settled.settled_listing(demo, today=TODAY, folder=folder).to_keep is not None


def test_a_folder_that_cannot_be_written_costs_only_time(
    demo: Workspace, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    found = settled.settled_listing(demo, today=TODAY, folder=blocked)
    with caplog.at_level(logging.WARNING, logger=settled.__name__):
        settled.keep(demo, found, settled.cache_file(blocked, demo))
    assert "could not keep" in caplog.text
    assert settled.settled_listing(demo, today=TODAY, folder=blocked).to_keep is not None


def test_the_stamp_is_the_same_in_every_process(demo: Workspace, database: str) -> None:
    """Sets and enums in the rules are written in a fixed order, not in the order a
    process's string hashing gives them: another start must find the file usable."""
    script = (
        "import sys; from approvals_gui.services.settled import stamp;"
        "from approvals_gui.services.workspace import Workspace;"
        "from approvals_gui.store.database import open_database;"
        "print(stamp(Workspace(open_database(sys.argv[1]), 'x')))"
    )
    stamps = {
        subprocess.run(
            [sys.executable, "-c", script, database],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in ("1", "2", "3")
    }
    assert stamps == {settled.stamp(demo)}


def test_what_changed_between_the_read_and_the_writing_is_read_afresh_next(
    demo: Workspace, tmp_path: Path
) -> None:
    """An enterprise renamed, or a rule edited, after the finished rows were read and
    before they were written: the file holds them as read, and the next start sees
    that they are no longer so."""
    folder = tmp_path / "cache"
    found = settled.settled_listing(demo, today=TODAY, folder=folder)
    enterprise_id = found.views[0].record.enterprise_id
    form = next(f for i, f in directory(demo) if i == enterprise_id)
    renamed = EnterpriseForm("读后改名的建设单位", form.credit_code, form.district)
    save_enterprise(demo, renamed, enterprise_id, based_on=form)
    settled.keep(demo, found, settled.cache_file(folder, demo))
    after_rename = settled.settled_listing(demo, today=TODAY, folder=folder)
    assert_same(after_rename, afresh(demo))
    assert after_rename.listed[0].enterprise_name == "读后改名的建设单位"

    settled.cache_file(folder, demo).unlink()
    found = settled.settled_listing(demo, today=TODAY, folder=folder)
    save_rule(demo, replace(demo.rule("report_book"), promised=Limit(5, Unit.WORKDAYS)))
    demo.reload()
    settled.keep(demo, found, settled.cache_file(folder, demo))
    after_rule = settled.settled_listing(demo, today=TODAY, folder=folder)
    assert_read_afresh(after_rule, demo)


def test_writing_stopped_leaves_nothing(demo: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    found = settled.settled_listing(demo, today=TODAY, folder=folder)
    stop = Stop()
    stop.stop()
    path = settled.cache_file(folder, demo)
    with pytest.raises(Cancelled):
        settled.keep(demo, found, path, stop.check)
    assert not path.exists()
    assert not list(folder.glob("*")) if folder.exists() else True


def test_a_whole_file_with_a_value_it_does_not_know_is_read_around(
    demo: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Whole (its checksum holds) but holding a stage this program does not know, as a
    file another build wrote: read afresh, and written again, not a failure each start."""
    folder = tmp_path / "cache"
    columns = settled._listed_columns

    def unknown_stage(listed: list[Listed]) -> list[list[object]]:
        found = columns(listed)
        found[Listed._fields.index("stage")][0] = "delivexed"
        return found

    monkeypatch.setattr(settled, "_listed_columns", unknown_stage)
    kept_and_read(demo, folder)
    monkeypatch.undo()
    with caplog.at_level(logging.WARNING, logger=settled.__name__):
        found = kept_and_read(demo, folder)
    assert "damaged" in caplog.text
    assert_read_afresh(found, demo)
    assert kept_and_read(demo, folder).to_keep is None  # written again, and used


def test_the_code_fingerprint_follows_the_sources_or_the_build(tmp_path: Path) -> None:
    package, executable = tmp_path / "package", tmp_path / "program"
    (package / "sub").mkdir(parents=True)
    (package / "a.py").write_text("A = 1\n")
    (package / "sub" / "b.py").write_text("B = 2\n")
    executable.write_bytes(b"built")
    first = settled.code_fingerprint(package, executable, built=False)
    assert settled.code_fingerprint(package, executable, built=False) == first
    (package / "sub" / "b.py").write_text("B = 3\n")
    assert settled.code_fingerprint(package, executable, built=False) != first
    # A build ships data files ending in .py (the migrations) that never change with
    # its code: only the executable tells one build from the next.
    built = settled.code_fingerprint(package, executable, built=True)
    executable.write_bytes(b"built again")
    assert settled.code_fingerprint(package, executable, built=True) != built


def test_files_no_start_used_for_long_go(demo: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir()
    long_ago = time.time() - (settled.STALE_AFTER_DAYS + 1) * 86400
    lately = time.time() - (settled.STALE_AFTER_DAYS - 1) * 86400
    recent = folder / "settled-recent.bin"
    stale = [folder / f"settled-stale-{n}.bin" for n in range(5)]
    for path, when in ((recent, lately), *((s, long_ago) for s in stale)):
        path.write_bytes(b"another database's")
        os.utime(path, (when, when))
    odd = folder / "settled-not-a-file"  # what cannot go leaves the others to go
    odd.mkdir()
    os.utime(odd, (long_ago, long_ago))
    kept_and_read(demo, folder)
    ours = settled.cache_file(folder, demo)
    assert sorted(folder.iterdir()) == sorted([ours, recent, odd])
    os.utime(ours, (long_ago, long_ago))
    assert kept_and_read(demo, folder).to_keep is None
    assert ours.stat().st_mtime > lately  # used: kept fresh


def test_two_desks_writing_one_folder_leave_a_whole_file(demo: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    found = settled.settled_listing(demo, today=TODAY, folder=folder)
    path = settled.cache_file(folder, demo)
    writers = [threading.Thread(target=settled.keep, args=(demo, found, path)) for _ in range(4)]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    assert list(folder.iterdir()) == [path]
    assert kept_and_read(demo, folder).to_keep is None


def test_lazy_views_unpack_once_and_take_back_what_a_snapshot_unpacked(
    demo: Workspace,
) -> None:
    views = list(afresh(demo).views)[:5]
    part = settled.Part(marshal.dumps([settled.pack(v) for v in views]))
    lazy = settled.LazyViews([None] * 5, [(part, i) for i in range(5)])
    picked = lazy.picked([4, 0])
    assert list(picked) == [views[4], views[0]]
    assert lazy[1:3] == views[1:3]
    assert lazy[1] is lazy[1]  # unpacked once, then kept

    # Another thread unpacks a snapshot; meanwhile row 3 changed here: the rest is taken.
    snapshot = lazy.snapshot([3, 4, 0])
    assert list(snapshot) == [views[3], views[4], views[0]]
    lazy.put(3, views[0])
    lazy.adopt(snapshot)
    assert lazy[4] is snapshot[1] and lazy[0] is snapshot[2]
    assert lazy[3] is views[0]

    lazy.put(5, views[1])  # after the last
    lazy.extend(picked)
    lazy.extend(views[:1])
    assert list(lazy) == [*views[:3], views[0], views[4], views[1], views[4], views[0], views[0]]
