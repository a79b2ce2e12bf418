"""Typed options over one INI file (QSettings), declared once here."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from approvals_gui.i18n import DEFAULT_LANGUAGE

T = TypeVar("T")


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: Callable[[], T]
    kind: type

    def get(self, settings: QSettings) -> T:
        value = settings.value(self.key)
        if value is None:
            return self.default()
        if self.kind is bool:
            return (value in (True, "true", "1", 1)) if not isinstance(value, bool) else value  # type: ignore[return-value]
        try:
            return self.kind(value)  # type: ignore[no-any-return]
        except (TypeError, ValueError):
            return self.default()

    def set(self, settings: QSettings, value: T) -> None:
        settings.setValue(self.key, value)


LANGUAGE = Option[str]("ui/language", lambda: DEFAULT_LANGUAGE, str)
# --lang: this run's language, over the desk's saved one, which it leaves as it is (as
# --db leaves the saved database): trying `--lang en` once must not leave a desk in English.
_run_language: str | None = None


def set_run_language(language: str | None) -> None:
    global _run_language
    _run_language = language


def language(settings: QSettings) -> str:
    """The language spoken now: this run's (--lang), else the desk's saved one."""
    return _run_language or LANGUAGE.get(settings)


def save_language(settings: QSettings, picked: str) -> None:
    """The language a dialog shows as chosen: if the user picked another than the one
    spoken, the desk's from now on, this run's included; left as shown, --lang stays
    this run's alone."""
    if picked != language(settings):
        set_run_language(None)
        LANGUAGE.set(settings, picked)


# This desk's database: empty for the default file; a path, or a postgresql:// address of
# the office's server (--db and APPROVALS_GUI_DB win over it).
DATABASE = Option[str]("database/location", str, str)
USER_NAME = Option[str]("user/name", getpass.getuser, str)
# The issuing authority's name was each desk's own; it is the database's now (every desk and
# the command line print the same). This one is read only to bring it to a database that
# has none (services/notices.py move_authority).
BUREAU_NAME = Option[str]("bureau/name", lambda: "市生态环境局", str)
# The folder a file was last saved to: the next save dialog opens there (ui/save_paths.py).
SAVE_FOLDER = Option[str]("files/save_folder", str, str)
GEOMETRY = Option[QByteArray]("main_window/geometry", QByteArray, QByteArray)
WINDOW_STATE = Option[QByteArray]("main_window/state", QByteArray, QByteArray)
# The navigation's and the detail pane's widths (the list takes the rest), and whether the
# detail pane is shown beside the list (#13); clamped when read (ui/splitter_sizes.py).
NAV_WIDTH = Option[int]("main_window/nav_width", lambda: 0, int)
DETAIL_WIDTH = Option[int]("main_window/detail_width", lambda: 0, int)
DETAIL_SHOWN = Option[bool]("main_window/detail_shown", lambda: True, bool)
# "_2": the columns were put in a new order (环节 to 所在单位 after 项目名称); a header
# saved for the old order would put its widths and sort on the wrong columns.
TABLE_HEADER = Option[QByteArray]("main_window/table_header_2", QByteArray, QByteArray)
# The least width of the list's project column (0: the default); the header holds what it
# stretched to, which the next start's screen may not have room for.
PROJECT_WIDTH = Option[int]("main_window/project_width", lambda: 0, int)
LAST_VIEW = Option[str]("filters/view", lambda: "mine", str)
# Each applications view (我的事项 "mine", 全部申请 "all") keeps its own search and quick
# filters (#13): the old shared keys ("filters/search", …) let a search typed in 全部申请
# hide items in 我的事项, and are no longer read.
FILTER_NAMES = ("search", "stage", "category", "handler", "status", "unit")
VIEW_FILTERS = {
    (view, name): Option[str](f"filters/{view}/{name}", str, str)
    for view in ("mine", "all")
    for name in FILTER_NAMES
}
# 我的事项 lists what is still to do; 全部申请 everything, finished included.
SHOW_FINISHED = {
    "mine": Option[bool]("filters/mine/show_finished", lambda: False, bool),
    "all": Option[bool]("filters/all/show_finished", lambda: True, bool),
}
# First-run setup (issue 13): set once the clerk accepted it; until then every start asks
# for the bureau's name and the clerk's own. The clerk's unit: a unit's code, or empty.
FIRST_RUN_DONE = Option[bool]("setup/first_run_done", lambda: False, bool)
USER_UNIT = Option[str]("user/unit", str, str)
# Reminders without looking (issue 13): the day's digest and the tray's notices; the last
# day the digest was shown (ISO), so that it comes once a day.
REMINDERS = Option[bool]("reminders/enabled", lambda: True, bool)
LAST_DIGEST = Option[str]("reminders/last_digest", str, str)
