"""The calendar's entries as two desks edit them: an edit chosen on days another desk
changed meanwhile is refused, and the other desk's entry stands."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from approvals_gui.domain.access import Role, User
from approvals_gui.domain.calendar import CalendarOverride, DayInfo, DaySource, OverrideKind
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.services.calendar_admin import (
    confirm_year,
    remove_local,
    set_days,
    unconfirm_year,
    year_days,
)
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.errors import StoreError, StoreErrorCode
from tests.conftest import NOW, TODAY

DAY = date(2026, 12, 28)  # a Monday


def shown(ws: Workspace, *days: date) -> list[DayInfo]:
    ws.reload()
    return [ws.calendar().day_info(d) for d in days]


def test_an_edit_on_days_changed_meanwhile_is_refused(ws: Workspace) -> None:
    seen = shown(ws, DAY, date(2026, 12, 29))
    other = ws.with_actor("李四")
    set_days(other, [CalendarOverride(DAY, OverrideKind.HOLIDAY, "停电检修")])
    mine = [CalendarOverride(d.day, OverrideKind.WORKDAY, "") for d in seen]
    with pytest.raises(StoreError) as raised:
        set_days(ws, mine, seen)
    assert raised.value.code is StoreErrorCode.CHANGED_ELSEWHERE
    assert raised.value.params["days"] == [DAY]  # the one changed, not both chosen
    after = shown(ws, DAY, date(2026, 12, 29))
    assert after[0].name == "停电检修" and after[1].source is not DaySource.LOCAL  # nothing
    with pytest.raises(StoreError):
        remove_local(ws, [DAY], seen[:1])
    assert shown(ws, DAY)[0].name == "停电检修"
    set_days(ws, mine, after)  # chosen on what is there now: saved
    assert [d.source for d in shown(ws, DAY, date(2026, 12, 29))] == [DaySource.LOCAL] * 2
    remove_local(ws, [DAY], shown(ws, DAY))
    assert shown(ws, DAY)[0].source is not DaySource.LOCAL


OTHER_DESK = """
import sys
from datetime import date, timedelta
from approvals_gui.domain.calendar import CalendarOverride, OverrideKind
from approvals_gui.services.calendar_admin import set_days
from approvals_gui.services.workspace import Workspace
from approvals_gui.store.database import open_database
ws = Workspace(open_database(sys.argv[1]), "李四")
set_days(ws, [CalendarOverride(date(2026, 12, 28), OverrideKind.HOLIDAY, "停电检修")])
"""


def test_a_day_another_process_marked_is_named_and_kept(ws: Workspace) -> None:
    """Another desk, another process, marks one of two days chosen here: the refusal
    names that day, and its entry stands."""
    import subprocess
    import sys
    from pathlib import Path

    if ws.engine.dialect.name != "sqlite":
        pytest.skip("another process on the same file")
    seen = shown(ws, DAY, date(2026, 12, 29))
    root = Path(__file__).resolve().parents[2]
    database = str(ws.engine.url.database)
    subprocess.run([sys.executable, "-c", OTHER_DESK, database], cwd=root, check=True, timeout=120)
    mine = [CalendarOverride(d.day, OverrideKind.WORKDAY, "") for d in seen]
    with pytest.raises(StoreError) as raised:
        set_days(ws, mine, seen)
    assert raised.value.params["days"] == [DAY]
    assert shown(ws, DAY)[0].name == "停电检修"


def test_a_schedule_file_is_previewed_against_the_calendar_as_stored(
    ws: Workspace, tmp_path: Path
) -> None:
    """National Day worked is named; 2026 is confirmed already, 2027 not (the package's
    estimate), so only 2027 is offered to confirm."""
    from approvals_gui.services.calendar_admin import confirm_year, preview_schedule

    csv_file = tmp_path / "2027.csv"
    csv_file.write_text("2026-10-01,班,\n2027-02-01,休,春节\n", encoding="utf-8")
    found = preview_schedule(ws, csv_file, today=TODAY)
    assert list(found.against) == [date(2026, 10, 1)] and found.confirmed == {2026}
    assert found.past == 1  # 2026-10-01, before 11-25
    confirm_year(ws, 2027)
    assert preview_schedule(ws, csv_file, today=TODAY).confirmed == {2026, 2027}


def test_a_year_confirmed_by_mistake_is_taken_back(ws: Workspace) -> None:
    """Confirmed before the State Council's notice was out: taken back, the year is an
    estimate again, and who had confirmed it is no longer said."""
    confirm_year(ws, 2027)
    confirmed = year_days(ws, 2027)
    assert confirmed.days[0].confirmed and confirmed.confirmed_by == "张三"
    shown = (confirmed.confirmed_by, confirmed.confirmed_at)
    assert shown == ("张三", NOW)
    confirm_year(ws.with_actor("李四"), 2027)  # a second desk: the first confirmation stays
    assert (year_days(ws, 2027).confirmed_by, year_days(ws, 2027).confirmed_at) == shown
    clerk = ws.signed_in(User("李四", "city", Role.CLERK))
    with pytest.raises(DomainError) as refused:
        unconfirm_year(clerk, 2027, shown)
    assert refused.value.code is ErrorCode.NOT_PERMITTED and ws.calendar().is_confirmed(2027)
    unconfirm_year(ws, 2027, shown)
    assert not ws.calendar().is_confirmed(2027)
    again = year_days(ws, 2027)
    assert not again.days[0].confirmed and again.confirmed_by is None


def test_a_confirmation_changed_meanwhile_is_not_taken_back(ws: Workspace) -> None:
    """Taken back and confirmed afresh at another desk since this one looked: the fresh
    confirmation stands."""
    confirm_year(ws, 2027)
    shown = (year_days(ws, 2027).confirmed_by, year_days(ws, 2027).confirmed_at)
    other = Workspace(ws.engine, "李四", now=lambda: NOW + timedelta(hours=1))
    unconfirm_year(other, 2027, shown)
    confirm_year(other, 2027)
    with pytest.raises(StoreError) as err:
        unconfirm_year(ws, 2027, shown)
    assert err.value.code is StoreErrorCode.CHANGED_ELSEWHERE
    ws.reload()
    assert ws.calendar().is_confirmed(2027) and year_days(ws, 2027).confirmed_by == "李四"


def test_a_year_the_shipped_schedule_confirms_stays_confirmed(ws: Workspace) -> None:
    confirm_year(ws, 2026)  # needless: the package has 2026's notice
    assert year_days(ws, 2026).confirmed_by is None  # nothing of this bureau's to take back
    with pytest.raises(StoreError):  # as shown: nobody here confirmed it
        unconfirm_year(ws, 2026, (None, None))
    assert ws.calendar().is_confirmed(2026)
