"""The applications list and the detail pane: loading, selection, change sets, filters."""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from approvals_gui import paths
from approvals_gui.domain.board import LATE, Lane, application_card
from approvals_gui.domain.clock import Status
from approvals_gui.domain.search import is_open
from approvals_gui.services.applications import (
    ApplicationDetail,
    ApplicationView,
    Listing,
    application_count,
    detail,
    listing,
)
from approvals_gui.services.changes import ChangeSet, Choices, list_choices
from approvals_gui.services.progress import Cancelled, Progress, Stop
from approvals_gui.services.settled import LazyViews, cache_file, keep, settled_listing
from approvals_gui.services.workspace import Workspace
from approvals_gui.ui import settings as options
from approvals_gui.ui import strings
from approvals_gui.ui.collector import collect_before_keeping
from approvals_gui.ui.detail_pane import DetailPane
from approvals_gui.ui.operations import Operations
from approvals_gui.ui.pages.applications_page import ApplicationsPage, ViewFilters
from approvals_gui.ui.workers import Worker

MINE, ALL = "mine", "all"
READING_SAID_AFTER_MS = 250  # a selected application's detail still not in: said

log = logging.getLogger(__name__)


class ApplicationsController(QObject):
    """Keeps every application's countdown in the list model, for the list itself, the
    status bar counts and the figures; loads running items first, finished ones after.

    `counts_changed(text)` for the status bar; `nav_counts_changed(mine, all, late,
    complete)` for the navigation: the signed-in handler's running items, every
    application, and the running ones past a limit (the board's 超法定 and 超期 lanes);
    `total_known(n)` as a load begins, how many rows it brings; `loaded()` once every row
    is in; `load_failed(reason)` when a load cannot be (its counts are then none).
    我的事项 and 全部申请 share the page; each keeps its own filters.
    """

    counts_changed = Signal(str)
    message = Signal(str)  # for the status bar
    nav_counts_changed = Signal(int, int, int, bool)
    total_known = Signal(int)
    loaded = Signal()
    load_failed = Signal(str)

    def __init__(self, ops: Operations, keeper: Worker | None = None) -> None:
        """`keeper` writes the finished rows for the next start (services.settled),
        beside the database work; None: the operations' worker does, after it."""
        super().__init__(ops)
        self.ops = ops
        self._keeper = keeper or ops.worker
        self._keeping = Stop()
        self.page = ApplicationsPage()
        self.detail_pane = DetailPane()
        self.loading = False
        # Every row is in and current: not before the first load, while one is on its
        # way, nor after one failed (a half list must not pass for all of it).
        self.complete = False
        self.counted = False  # the running rows have been read: the counts mean something
        # Where the finished rows are kept between runs (services.settled); None: not.
        self.kept_in: Path | None = paths.cache_dir()
        self._generation = 0  # answers to an older load or selection are dropped
        self.rows_day = ops.today()  # that the rows listed hold for
        self._loading_day = self.rows_day  # that the rows being read will hold for
        self._replacing = False  # this load replaces a whole list (`reload`)
        self._held: Listing | None = None  # its running rows, until the others come
        self._held_changes: dict[int, ApplicationView] = {}  # shown since they were read
        self._shown_request = 0
        self._mine = True
        # Counted as rows come and change, never by a pass over every row.
        self._counts: Counter[Status] = Counter()  # the rows' countdowns
        # The running rows by handler, deciding unit and holder: 我的事项's count for anyone.
        self._open_by_handler: Counter[tuple[str, str, str]] = Counter()
        self._lanes: Counter[Lane] = Counter()  # the running rows' board lanes
        self._filters = {MINE: ViewFilters(), ALL: ViewFilters(show_finished=True)}
        self._to_select: int | None = None  # once listed (`select_when_listed`)
        self.page.set_scope(mine=True, named=ops.has_name())
        self.page.set_filter_state(self._filters[MINE])
        self.page.selected.connect(self._selected)
        self.page.retry_requested.connect(self.reload)
        ops.changed.connect(self.on_changed)
        # A method, not a lambda: the connection ends with this controller, and the day
        # outlives a window replaced by 切换用户 (the shell's is the application's).
        ops.day.rolled_over.connect(self._new_day)
        ops.actor_changed.connect(self._actor_changed)

    # -- what is shown ------------------------------------------------------------------

    def show_scope(self, mine: bool) -> None:
        """我的事项 (the signed-in handler's) or 全部申请; the selection stays if it can."""
        shown = self.shown_id()  # before the filters change: they may clear the selection
        self._filters[self._view()] = self.page.filter_state()  # kept for its return
        self._mine = mine
        self.rescope()  # the signed-in user may have changed too
        self.page.set_filter_state(self._filters[self._view()])
        self.page.set_scope(mine, named=self.ops.has_name())
        self.page.select(shown)

    def select_when_listed(self, application_id: int | None) -> None:
        """`application_id` selected now, or as soon as a load lists it: a window built
        again in another language kept the view but lost the application picked."""
        self._to_select = application_id
        self._select(None)

    def _select(self, selected: int | None) -> None:
        """`selected` (what was selected before the list changed) selected again, or
        the application waiting to be (`select_when_listed`)."""
        if selected is not None:  # one picked meanwhile wins
            self._to_select = None
        self.page.select(selected if selected is not None else self._to_select)
        if self._to_select is not None and self.page.selected_id() == self._to_select:
            self._to_select = None

    def _actor_changed(self) -> None:
        """我的事项 for whoever acts now: a name given before a first step, too."""
        self.rescope()
        self.page.set_scope(self._mine, named=self.ops.has_name())

    def rescope(self) -> None:
        """我的事项 again, for the user as they are now (another unit, another name)."""
        self.page.proxy.set_scope(self.ops.ws.mine() if self._mine else None)
        self._update_nav_counts()

    def _view(self) -> str:
        return MINE if self._mine else ALL

    def views(self) -> LazyViews:
        """Every row's view, a copy, unpacked where it is iterated (best off the UI
        thread: some 10 µs a finished row)."""
        return self.page.model.views()

    def running_views(self) -> list[ApplicationView]:
        return self.page.model.running_views()

    def adopt(self, views: LazyViews) -> None:
        """What another thread unpacked of `views()` (services.settled), kept."""
        self.page.model.adopt(views)

    def shown_id(self) -> int | None:
        shown = self.detail_pane.detail
        return shown.view.record.id if shown is not None else None

    def current_detail(self, application_id: int) -> ApplicationDetail | None:
        """The detail pane's application, if it is `application_id`."""
        shown = self.detail_pane.detail
        return shown if shown is not None and shown.view.record.id == application_id else None

    def open(self, application_id: int) -> None:
        """Show one application in the full list, whatever the filters hide."""
        self.show_scope(mine=False)
        self.page.set_filter_state(ViewFilters(show_finished=True))
        self.page.select(application_id)

    def focus_search(self) -> None:
        self.page.search.setFocus()
        self.page.search.selectAll()

    # -- loading ------------------------------------------------------------------------

    def _new_day(self, _day: object) -> None:
        self.reload()

    def reload(self) -> None:
        """Everything afresh, running applications first: they are what a clerk acts on
        and they sort first; the finished ones (most of the database) follow."""
        self._generation += 1
        generation, ws, day = self._generation, self.ops.ws, self.ops.today()
        self._loading_day = day
        # A whole list stays as it is until the new one is whole: shown in two parts,
        # it would shrink to the running rows meanwhile (100000 to 5906 and back). The
        # list is whole if it came whole, or if a reload still under way keeps it so.
        self._replacing = self.complete or (self.loading and self._replacing)
        self._held, self._held_changes = None, {}
        self.loading, self.complete = True, False
        self.page.set_loading(True)
        if self._replacing:
            self._say_counts()  # kept, as the list is, until the new ones are in
        else:
            self.counts_changed.emit(self.tr("正在载入…"))
        # How many rows will come, first (a count, some milliseconds): the navigation
        # makes room for it at once, not as the rows arrive.
        self.ops.read(partial(application_count, ws), self.total_known.emit)
        self.ops.read(
            partial(_running_afresh, ws, day),
            partial(self._running_loaded, generation),
            partial(self._load_failed, generation),
        )
        # Then the names and pick lists the list shows (it shows codes until they come),
        # the finished rows, and last the rest of the reference data (every enterprise,
        # some 0.2 s), which the list does not need.
        self.ops.read(partial(list_choices, ws), self._set_choices)
        self.ops.read(
            partial(settled_listing, ws, today=day, folder=self.kept_in),
            partial(self._finished_loaded, generation),
            partial(self._load_failed, generation),
        )
        self.ops.load_reference(lambda _reference: None)

    def _set_choices(self, choices: Choices) -> None:
        self.page.set_choices(
            list(choices.rules.values()), list(choices.handlers), list(choices.units)
        )
        self.page.model.set_category_names({c: r.name for c, r in choices.rules.items()})
        self.page.model.set_warn_days({c: r.warn_workdays for c, r in choices.rules.items()})
        self.page.model.set_unit_names(choices.unit_names())
        self.detail_pane.set_units(choices.units)

    def _running_loaded(self, generation: int, running: Listing) -> None:
        if generation != self._generation:
            return
        if self._replacing:
            self._held = running  # shown with the finished rows (`_finished_loaded`)
            return
        selected = self.page.selected_id()
        self._show_running(running)
        self._select(selected)

    def _show_running(self, running: Listing) -> None:
        """The running rows in place of the list, and counted."""
        self.page.model.set_listing(running)
        self.rows_day = self._loading_day
        collect_before_keeping()  # the finished rows are built next, and frozen
        self._counts = Counter(running.counts)
        self.counted = True
        self._open_by_handler.clear()
        self._lanes.clear()
        for view in running.views:
            if is_open(view.record):
                self._tally_open(view, 1)
        self._update_counts()

    def _finished_loaded(self, generation: int, finished: Listing) -> None:
        """The finished rows added to the running ones (with any change that came since
        they were read), their counts worked out where they were read."""
        if generation != self._generation:
            return
        selected = self.page.selected_id()  # before the list is replaced, if it is
        if self._held is not None:
            # Both parts replace the whole list in one turn of the event loop; changes
            # shown since the running rows were read are put back over them.
            running, changed = self._held, self._held_changes
            self._held, self._held_changes = None, {}
            self._show_running(running)
            model = self.page.model
            for view in changed.values():
                row = model.row_of(view.record.id)
                if row < 0 or model.view_at(row).record.version < view.record.version:
                    self._put(view)
        self.loading, self.complete = False, True
        self.page.set_loading(False)
        counts = Counter(finished.counts)
        met = self.page.model.add_listing(finished)
        self._select(selected)
        for shown, read in met:
            if read.record.version > shown.record.version:  # the read one replaced it
                self._tally(shown, -1)
                if is_open(read.record):
                    self._tally_open(read, 1)
            else:  # the one shown stays
                counts[read.clock.countdown] -= 1
        self._counts.update(counts)
        self._update_counts()
        self.loaded.emit()
        if finished.to_keep is not None and self.kept_in is not None:  # for the next start
            kept = cache_file(self.kept_in, self.ops.ws)
            self._keeping = Stop()
            progress: Progress = self._keeping.check
            if self._keeper is not self.ops.worker:
                progress = _Unhurried(self.ops.worker, progress)
            job = partial(keep, self.ops.ws, finished, kept, progress)
            self._keeper.run(job, _kept, _not_kept, owner=self, beside_the_window=True)

    def _tally(self, view: ApplicationView, sign: int) -> None:
        """Count one row in (`sign` 1) or out (-1) of the status bar's and the
        navigation's counts."""
        self._counts[view.clock.countdown] += sign
        if is_open(view.record):
            self._tally_open(view, sign)

    def _tally_open(self, view: ApplicationView, sign: int) -> None:
        """The counts only a running row is in: its handler's, and its board lane's."""
        record = view.record
        self._open_by_handler[record.handler, record.unit, record.holder] += sign
        card = application_card(view.record, view.clock)
        if card is not None:
            self._lanes[card.lane] += sign

    def stop_keeping(self) -> None:
        """The window closes: the finished rows being written are not (they are read
        afresh at the next start, and kept then; a window that stays open after all
        keeps them at its next load)."""
        self._keeping.stop()

    def _load_failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:  # a load since has its own outcome
            return
        # The other read of this load is not shown: half a list would pass for all of it.
        self._generation += 1
        self._held, self._held_changes = None, {}
        self.loading = False
        self.counted = False  # the rows left from before are not today's counts
        reason = strings.error_text(error)
        self.page.set_loading(False, failed=reason)  # said where the rows would be
        self.counts_changed.emit(self.tr("载入失败：%1").replace("%1", reason))
        self.load_failed.emit(reason)

    # -- changes ------------------------------------------------------------------------

    def on_changed(self, changes: ChangeSet) -> None:
        """Rows and the detail come with the change set; only a change that moves every
        countdown (rules, calendar, an import) loads the list again."""
        failed = not self.loading and not self.complete  # rows that came are not all
        if failed or changes.reload or (changes.reference is not None and not changes.applications):
            self.reload()
            return
        if changes.reference is not None:
            self._set_choices(changes.reference.choices())
        for view in changes.applications:
            self._put(view)
            if self._held is not None:  # the rows read meanwhile do not have it
                self._held_changes[view.record.id] = view
        found, shown = changes.detail, self.shown_id()
        if found is not None and found.view.record.id == shown:
            self.detail_pane.show_detail(found)
        elif shown is not None and any(v.record.id == shown for v in changes.applications):
            if not self.page.lists(shown):  # gone from the list without a word before
                self._say_gone(shown)
            self._selected(shown)  # changed on another desk: the pane reads it again
        if changes.applications:
            self._update_counts()

    def _say_gone(self, application_id: int) -> None:
        """The application shown, changed on another desk so that the list as filtered
        no longer has it (改派, 转办, a step or an undo): which, and where it still is."""
        model = self.page.model
        number = model.view_at(model.row_of(application_id)).record.number
        self.message.emit(
            self.tr(
                "%1 已在另一台电脑上办理或改派，不再列在当前列表中；可在“全部申请”中查看。"
            ).replace("%1", number)
        )

    def _put(self, view: ApplicationView) -> None:
        """One row changed or added, and counted again (not the other 100,000)."""
        model = self.page.model
        row = model.row_of(view.record.id)
        if row >= 0:
            self._tally(model.view_at(row), -1)
        model.put_view(view)
        self._tally(view, 1)

    def focus(self, found: ApplicationDetail) -> None:
        """After the user's own step: that application selected and shown."""
        self.detail_pane.show_detail(found)
        self.page.select(found.view.record.id)

    # -- selection ----------------------------------------------------------------------

    def _selected(self, application_id: int | None) -> None:
        if application_id is None:
            self._shown_request += 1
            self.detail_pane.show_detail(None)
            return
        if self._is_current(application_id):
            return
        self._shown_request += 1
        request = self._shown_request
        self.ops.read(
            partial(detail, self.ops.ws, application_id, today=self.ops.today()),
            partial(self._detail_loaded, request),
            partial(self._detail_failed, request),
        )
        # Most reads take a few milliseconds and the pane simply changes. One queued
        # behind a load of the list waits for all of it (seconds): said at once, as
        # the timer would fire late with the window this busy. Any other that is
        # noticeably late says so then.
        if self.loading:
            self._still_reading(request)
        else:
            QTimer.singleShot(READING_SAID_AFTER_MS, self, partial(self._still_reading, request))

    def _still_reading(self, request: int, failed: str = "") -> None:
        selected = self.page.selected_id()
        if request != self._shown_request or selected is None or self.shown_id() == selected:
            return  # another asked for since, or in (of this version or an older one)
        row = self.page.model.row_of(selected)
        if row >= 0:
            listed = self.page.model.listed_at(row)
            self.detail_pane.show_reading(listed.number, listed.project, failed)

    def _detail_failed(self, request: int, error: Exception) -> None:
        self._still_reading(request, strings.error_text(error))  # not "reading" for ever
        self.ops.show_error(error)

    def _is_current(self, application_id: int) -> bool:
        """Whether the pane already shows this application as the list has it: the same
        version, counted down the same. A change of rules or calendar (here or on
        another desk) moves the countdown, not the version; the pane kept the old dates,
        and a notice printed from it quoted them."""
        shown = self.current_detail(application_id)
        row = self.page.model.row_of(application_id)
        if shown is None or row < 0:
            return False
        listed = self.page.model.view_at(row)
        return (
            listed.record.version == shown.view.record.version and listed.clock == shown.view.clock
        )

    def _detail_loaded(self, request: int, found: ApplicationDetail) -> None:
        if request == self._shown_request:
            self.detail_pane.show_detail(found)

    def _update_counts(self) -> None:
        self._say_counts()
        self._update_nav_counts()

    def _say_counts(self) -> None:
        """The status bar's counts, and what of them is still being read."""
        counts = self._counts
        if not self.loading:
            loading = ""
        elif self._replacing:  # the counts shown are the list's before the reload
            loading = self.tr("（正在重新载入…）")
        else:
            loading = self.tr("（正在载入已办结事项…）")
        self.counts_changed.emit(
            self.tr("超法定期限 %1 件 · 超承诺或送达超期 %2 件 · 即将到期 %3 件 · 共 %4 件")
            .replace("%1", str(counts[Status.BREACH]))
            .replace("%2", str(counts[Status.OVERDUE]))
            .replace("%3", str(counts[Status.DUE_SOON]))
            .replace("%4", str(self.page.model.rowCount()))
            + loading
        )

    def _mine_open(self) -> int:
        mine = self.ops.ws.mine()
        return sum(n for key, n in self._open_by_handler.items() if mine.has(*key))

    def _update_nav_counts(self) -> None:
        if not self.counted:  # noughts before the first read would pass for counts
            return
        late = sum(self._lanes[lane] for lane in LATE)
        # 我的事项 and the late ones are running rows, whole once those are in; the rows
        # in all are whole only once the finished ones are too.
        rows = self.page.model.rowCount()
        self.nav_counts_changed.emit(self._mine_open(), rows, late, self.complete)

    # -- what is remembered ---------------------------------------------------------------

    def restore_state(self, settings: QSettings) -> None:
        page = self.page
        header = page.table.horizontalHeader()
        header.restoreState(options.TABLE_HEADER.get(settings))
        page.restore_project_width(options.PROJECT_WIDTH.get(settings))
        page.proxy.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        for view in (MINE, ALL):
            values = {
                name: options.VIEW_FILTERS[view, name].get(settings) or None
                for name in options.FILTER_NAMES
            }
            search = values.pop("search") or ""
            shown = options.SHOW_FINISHED[view].get(settings)
            self._filters[view] = ViewFilters(search, values, shown)
        page.set_filter_state(self._filters[self._view()])

    def save_state(self, settings: QSettings) -> None:
        page = self.page
        options.TABLE_HEADER.set(settings, page.table.horizontalHeader().saveState())
        options.PROJECT_WIDTH.set(settings, page.project_width())
        self._filters[self._view()] = page.filter_state()
        for view, state in self._filters.items():
            values = {**state.values, "search": state.search}
            for name in options.FILTER_NAMES:
                options.VIEW_FILTERS[view, name].set(settings, values.get(name) or "")
            options.SHOW_FINISHED[view].set(settings, state.show_finished)


def _running_afresh(ws: Workspace, day: date) -> Listing:
    ws.reload()  # the rules, calendar and names as they are now (F5, another desk's edit)
    return listing(ws, open_only=True, today=day)


# The longest the rows being kept wait at once for a database job, and how long they
# work between two rests (`_Unhurried`).
GIVE_WAY_S = 0.5
WORK_S = 0.01


class _Unhurried:
    """The progress of the finished rows being kept beside the window, for the next
    start only: `check`, and after each WORK_S of work a rest as long, then a wait while
    the database worker runs a job (GIVE_WAY_S at most). Python runs one thread at a
    time: beside them, a step on a server took up to a second (its reads wait on the
    network many times, and took the lock back late), and 300 ms with the lock handed
    over often (ui/workers.py); with the rows resting half the time, some 150 ms."""

    def __init__(
        self,
        database: Worker,
        check: Progress,
        clock: Callable[[], float] = time.perf_counter,
        rest: Callable[[float], None] = time.sleep,
    ) -> None:
        self._database, self._check, self._clock, self._rest = database, check, clock, rest
        self._since: float | None = None  # when the work went on after the last rest

    def __call__(self, done: int, total: int) -> None:
        self._check(done, total)
        now = self._clock()
        if self._since is None:  # the work begins (its turn may have come late)
            self._since = now
        elif now - self._since >= WORK_S:
            self._rest(now - self._since)
            self._database.wait_until_resting(GIVE_WAY_S)
            self._since = self._clock()


def _kept(_none: None) -> None:
    log.info("finished applications kept for the next start")


def _not_kept(error: Exception) -> None:
    # Only the next start is slower; nothing the user asked for failed.
    if isinstance(error, Cancelled):
        log.info("finished applications not kept: the window closed first")
    else:
        log.warning("finished applications not kept: %r", error)
