"""Reminders without looking (issue 13): the day's digest of my items, and the system
tray's counts and notices while the window is open.

Everything comes from the rows the applications controller already holds, once they
are loaded; the service-day follow-ups are read on the worker. Which items are or turn
yellow or red is domain/reminders.py's.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from approvals_gui.domain.applications import ApplicationRecord
from approvals_gui.domain.reminders import (
    WEEK_WORKDAYS,
    Alert,
    Level,
    Reason,
    Turn,
    alert_of,
    counts,
    follow_up_turn,
    intake_ending,
    newly_alerting,
    turns_within,
)
from approvals_gui.domain.search import is_open
from approvals_gui.domain.text import same_person
from approvals_gui.services.applications import ApplicationView
from approvals_gui.services.changes import ChangeSet
from approvals_gui.services.service_days import VisitView, open_follow_ups
from approvals_gui.ui import settings as options
from approvals_gui.ui import strings
from approvals_gui.ui.controllers.applications import ApplicationsController
from approvals_gui.ui.operations import Operations

DEFAULT_WARN = 3  # TimeLimitRule.warn_workdays when a rule is not at hand
NOTICE_MS = 10_000


@dataclass(frozen=True, slots=True)
class DigestEntry:
    """One line of the digest: an application (`application_id`) or a follow-up."""

    text: str
    application_id: int | None = None


class DigestDialog(QDialog):
    """My items that are, or turn, yellow or red this week; double-click opens one.
    Not modal, and shown without taking the focus from the window."""

    open_requested = Signal(int)

    def __init__(self, entries: list[DigestEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("今日到期提醒"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        # The late ones come first in it: the heading says so, not "due this week" alone.
        heading = QLabel(
            self.tr("您名下已超期或本周（%n 个工作日内）到期的事项：", None, WEEK_WORKDAYS)
        )
        heading.setWordWrap(True)
        self.entries = QListWidget()
        for entry in entries:
            item = QListWidgetItem(entry.text)
            item.setData(Qt.ItemDataRole.UserRole, entry.application_id)
            self.entries.addItem(item)
        # Each line whole where the screen has room (no sideways scrolling to read one).
        widest = self.entries.sizeHintForColumn(0) if entries else 0
        room = self.screen().availableGeometry().width() * 4 // 5
        self.setMinimumWidth(max(520, min(widest + 60, room)))
        self.entries.itemActivated.connect(self._activated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.entries)
        layout.addWidget(buttons)

    def _activated(self, item: QListWidgetItem) -> None:
        application_id = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(application_id, int):
            self.open_requested.emit(application_id)


class Reminders(QObject):
    """The digest on the first load of a day, and the tray (where the desktop has one):
    its tooltip counts my red and yellow items; a notice when one turns red or an intake
    clock reaches its last day. Off in 设置 (到期提醒（系统托盘）).

    `digest_shown(dialog)` when the digest comes up; `notify(title, text)` sends a notice.
    """

    digest_shown = Signal(object)
    open_requested = Signal(int)

    def __init__(
        self,
        ops: Operations,
        applications: ApplicationsController,
        settings: QSettings,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.ops = ops
        self.applications = applications
        self._settings = settings
        self._window = window
        self._alerts: dict[int, Alert] | None = None  # mine at the last look; None: not yet
        self._mine_was = ops.ws.mine()  # whose alerts were looked at last
        self.tooltip = ""
        self.tray: QSystemTrayIcon | None = None
        self.digest: DigestDialog | None = None
        applications.loaded.connect(self._loaded)
        ops.changed.connect(self._changed)
        self.apply_setting()

    # -- the setting ----------------------------------------------------------------------

    def enabled(self) -> bool:
        return options.REMINDERS.get(self._settings)

    def apply_setting(self) -> None:
        """The tray as the setting has it (after 设置 closed): shown or removed."""
        wanted = self.enabled() and QSystemTrayIcon.isSystemTrayAvailable()
        if wanted and self.tray is None:
            icon = self._window.windowIcon()
            if icon.isNull():
                icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self.tray = QSystemTrayIcon(QIcon(icon), self)
            self.tray.activated.connect(lambda _reason: self._raise_window())
            self.tray.messageClicked.connect(self._raise_window)
            self.tray.setToolTip(self.tooltip)
            self.tray.show()
        elif not wanted and self.tray is not None:
            self.tray.hide()
            self.tray.deleteLater()
            self.tray = None

    def _raise_window(self) -> None:
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()

    # -- my items ---------------------------------------------------------------------------

    def _mine(self, views: Iterable[ApplicationView]) -> dict[int, ApplicationView]:
        """The signed-in handler's running applications among `views`, by id, as 我的事项
        has them (a pass over every row of the list: the user asked for once)."""
        holds = self.ops.ws.mine().holds
        return {v.record.id: v for v in views if holds(v.record) and is_open(v.record)}

    def _warn(self, view: ApplicationView) -> int:
        reference = self.ops.reference
        rule = reference.rules.get(view.record.category) if reference is not None else None
        return rule.warn_workdays if rule is not None else DEFAULT_WARN

    def _loaded(self) -> None:
        """Every row is in (the first load, F5, a new day, a change that moved every
        countdown): compare with the last look, then the day's digest if not yet shown."""
        mine = self._mine(self.applications.running_views())
        self._look({key: alert_of(v.clock) for key, v in mine.items()}, mine, replace_all=True)
        if self.enabled() and options.LAST_DIGEST.get(self._settings) != self._today():
            options.LAST_DIGEST.set(self._settings, self._today())
            # Worked out with the follow-ups: the rules' warning days come with the
            # reference data, which a start reads after the list.
            self.ops.read(
                partial(open_follow_ups, self.ops.ws, today=self.ops.today()),
                partial(self._show_digest, mine),
                lambda _error: self._show_digest(mine, []),
            )

    def _changed(self, changes: ChangeSet) -> None:
        """One change set: only its applications are looked at again."""
        if changes.reload or self.applications.loading or self._alerts is None:
            return  # the controller loads again; `_loaded` looks then
        mine = self._mine(changes.applications)
        after = {key: alert_of(v.clock) for key, v in mine.items()}
        gone = {v.record.id for v in changes.applications} - after.keys()
        self._look(after, mine, gone=gone)

    def _look(
        self,
        after: dict[int, Alert],
        views: dict[int, ApplicationView],
        *,
        replace_all: bool = False,
        gone: set[int] | None = None,
    ) -> None:
        before = self._alerts
        mine = self.ops.ws.mine()
        if before is not None and mine == self._mine_was:
            self._notify_about(newly_alerting(before, after), views)
        self._mine_was = mine
        if replace_all or before is None:
            self._alerts = dict(after)
        else:
            for key in gone or ():
                before.pop(key, None)
            before.update(after)
        self._update_tooltip()

    def _update_tooltip(self) -> None:
        red, yellow = counts(self._alerts or {})
        self.tooltip = (
            self.tr("一次办结 — 我的事项：超期 %1 件，即将到期 %2 件")
            .replace("%1", str(red))
            .replace("%2", str(yellow))
        )
        if self.tray is not None:
            self.tray.setToolTip(self.tooltip)

    def _notify_about(
        self, found: list[tuple[int, Reason]], views: dict[int, ApplicationView]
    ) -> None:
        if not found or not self.enabled():
            return
        lines = []
        for key, reason in found:
            record = views[key].record
            what = (
                self.tr("已超期")
                if reason is Reason.TURNED_RED
                else self._intake_ending_text(views[key])
            )
            lines.append(self._entry_text(record, what))
        self.notify(self.tr("到期提醒"), "\n".join(lines))

    def notify(self, title: str, text: str) -> None:
        """A notice from the tray; none where the desktop has no tray."""
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, NOTICE_MS)

    # -- the digest -------------------------------------------------------------------------

    def _today(self) -> str:
        return self.ops.today().isoformat()

    def _entry(self, view: ApplicationView) -> DigestEntry | None:
        turns = turns_within(view.clock, self._warn(view), WEEK_WORKDAYS)
        ending = intake_ending(view.clock)
        if not turns and not ending:
            return None
        parts = [self._turn_text(t) for t in turns]
        if ending:
            parts.append(self._intake_ending_text(view))
        record = view.record
        joined = self.tr("，", "between the parts of one reminder").join(parts)
        return DigestEntry(self._entry_text(record, joined), record.id)

    def _entry_text(self, record: ApplicationRecord, what: str) -> str:
        """ "HP2026-00012 年产5万吨再生铝项目：已超期" """
        colon = self.tr("：", "between an application and what is due")
        return f"{record.number} {record.project}{colon}{what}"

    def _intake_ending_text(self, view: ApplicationView) -> str:
        left = view.clock.workdays_left
        assert left is not None  # an intake clock is ending only with its days known
        return self.tr("受理期限仅剩 %n 个工作日", None, left)

    def _turn_text(self, turn: Turn) -> str:
        if turn.in_workdays == 0:
            return self.tr("已超期") if turn.level is Level.RED else self.tr("即将到期")
        if turn.level is Level.RED:
            # Red the working day after the due date: said as the list says it (剩 3 个
            # 工作日), not as "4 个工作日后超期" beside a list saying 3.
            return strings.workdays_left_text(turn.in_workdays - 1)
        # It turns yellow then; "后即将到期" read as a due date in that many days.
        return self.tr("%n 个工作日后转为即将到期", None, turn.in_workdays)

    def _show_digest(self, mine: dict[int, ApplicationView], follow_ups: list[VisitView]) -> None:
        entries = [e for v in mine.values() if (e := self._entry(v)) is not None]
        actor = self.ops.ws.actor
        for found in follow_ups:
            form = found.visit.form
            turn = follow_up_turn(found.clock, WEEK_WORKDAYS)
            if not same_person(form.owner, actor) or turn is None:
                continue
            text = self.tr("企业服务日跟进：%1（%2）").replace("%2", self._turn_text(turn))
            entries.append(DigestEntry(text.replace("%1", form.enterprise_name)))
        if not entries:
            return
        if self.digest is not None:
            self.digest.close()
        self.digest = DigestDialog(entries, self._window)
        self.digest.open_requested.connect(self.open_requested)
        self.digest.destroyed.connect(lambda _obj=None: setattr(self, "digest", None))
        active = self._window.isActiveWindow()
        self.digest.show()
        if active:  # beside the window, not in its way: the keys stay with the window
            self._window.activateWindow()
        self.digest_shown.emit(self.digest)
