"""Retake the README's screenshots on a demo database (run under Xvfb at 1366×768; the
notices need poppler-utils' pdftoppm).

xvfb-run -a -s "-screen 0 1366x768x24" uv run python docs/screenshots/make_screenshots.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from approvals_gui.domain.access import Role, User  # noqa: E402
from approvals_gui.domain.hotline.figures import hotline_figures  # noqa: E402
from approvals_gui.domain.notices import NoticeKind, NoticeSettings, why_not  # noqa: E402
from approvals_gui.printing import reports  # noqa: E402
from approvals_gui.printing.hotline_report import write_hotline_report_pdf  # noqa: E402
from approvals_gui.printing.notice_text import compose  # noqa: E402
from approvals_gui.printing.notices import write_notice_pdf  # noqa: E402
from approvals_gui.services.applications import detail, list_applications  # noqa: E402
from approvals_gui.services.changes import load_reference  # noqa: E402
from approvals_gui.services.demo import generate  # noqa: E402
from approvals_gui.services.hotline import list_cases, summaries  # noqa: E402
from approvals_gui.services.notices import notice_settings, save_notice_settings  # noqa: E402
from approvals_gui.services.service_days import month_report  # noqa: E402
from approvals_gui.services.users import add_user, users  # noqa: E402
from approvals_gui.services.workspace import Workspace  # noqa: E402
from approvals_gui.store.database import open_database  # noqa: E402
from approvals_gui.ui import settings as options  # noqa: E402
from approvals_gui.ui.controllers.applications import ALL, MINE  # noqa: E402
from approvals_gui.ui.dialogs.register_dialog import RegisterDialog  # noqa: E402
from approvals_gui.ui.dialogs.sign_in_dialog import SignInDialog  # noqa: E402
from approvals_gui.ui.main_window import (  # noqa: E402
    BOARD,
    CALENDAR,
    ENTERPRISES,
    FIGURES,
    HOTLINE,
    RULES,
    SERVICE,
    UNITS,
    MainWindow,  # noqa: E402
)
from approvals_gui.ui.shell import Shell  # noqa: E402
from approvals_gui.ui.today import Today  # noqa: E402
from approvals_gui.ui.workers import Worker  # noqa: E402

OUT = Path(__file__).resolve().parent
CHECK = Path(tempfile.gettempdir())  # shots to look at that the README does not show
TODAY = date(2026, 11, 25)


def wait(app: QApplication, condition: object, rounds: int = 2000) -> None:
    for _ in range(rounds):
        app.processEvents()
        if condition():  # type: ignore[operator]
            return
        QApplication.instance().thread().msleep(5)  # type: ignore[union-attr]


def first_page(pdf: Path, name: str) -> None:
    """The first page of `pdf` as printed, at 100 dpi, drawn by poppler's pdftoppm."""
    page = ["pdftoppm", "-r", "100", "-png", "-singlefile", str(pdf), str(OUT / name)]
    subprocess.run(page, check=True)


def notice_images(ws: Workspace, folder: Path) -> None:
    """An acceptance notice (notice.png) and a supplement notice (supplement_notice.png)
    as printed: the first page of each PDF at 100 dpi, drawn by poppler's pdftoppm."""
    save_notice_settings(
        ws, NoticeSettings("江城市生态环境局", contact="周杰", phone="0591-87654321")
    )
    settings = notice_settings(ws)
    # The most urgent few hundred hold both kinds; reading every detail would take long.
    views = list_applications(ws, today=TODAY)[:300]
    details = [detail(ws, v.record.id, today=TODAY) for v in views]
    for kind, name in (
        (NoticeKind.ACCEPTANCE, "notice"),
        (NoticeKind.SUPPLEMENT, "supplement_notice"),
    ):
        found = next(d for d in details if why_not(kind, d.events, extension_workdays=0) is None)
        notice = compose(kind, found, settings, ws.calendar())
        first_page(write_notice_pdf(notice, folder / f"{name}.pdf"), name)


# Who may sign in to the demo database: an admin, and staff of the city bureau and a branch.
DEMO_USERS = (
    User("郑华", "city", Role.ADMIN),
    User("张伟", "city", Role.MANAGER),
    User("王芳", "city", Role.CLERK),
    User("刘洋", "chengdong", Role.CLERK),
    User("周杰", "qingshan", Role.MANAGER),
)


def add_demo_users(ws: Workspace) -> None:
    admin = ws.signed_in(DEMO_USERS[0])
    for user in DEMO_USERS:
        add_user(admin, user, "demo-password")


def units_and_sign_in(app: QApplication, window: MainWindow, ws: Workspace) -> None:
    """The 单位与用户 page (units.png) and the sign-in dialog after a refusal
    (sign_in.png)."""
    window.show_view(UNITS)
    page = window.units.page
    wait(app, lambda: page.units.table.rowCount() > 1 and page.authorities.levels)
    page.units.table.selectRow(1)
    settle(app)
    window.grab().save(str(OUT / "units.png"))
    page.tabs.setCurrentWidget(page.authorities)
    settle(app)
    window.grab().save(str(CHECK / "units_authorities.png"))  # looked at, not published
    page.tabs.setCurrentWidget(page.users)
    wait(app, lambda: page.users.table.rowCount() == len(DEMO_USERS))
    settle(app)
    window.grab().save(str(CHECK / "units_users.png"))
    dialog = SignInDialog(ws, window.ops.worker, window)
    dialog.show()
    dialog.name.setText("王芳")
    dialog.password.setText("not-the-password")
    answered: list[bool] = []
    dialog.answered.connect(lambda: answered.append(True))
    dialog.sign_in_button.click()
    wait(app, lambda: bool(answered))
    settle(app)
    dialog.grab().save(str(OUT / "sign_in.png"))
    dialog.close()


def settle(app: QApplication) -> None:
    """Let pending layouts and paints finish before a grab."""
    for _ in range(40):
        app.processEvents()
        QApplication.instance().thread().msleep(5)  # type: ignore[union-attr]


def hotline_shots(app: QApplication, window: MainWindow, ws: Workspace) -> None:
    """The 12369 page with a late case handed to a branch, the case's dates, and the
    first page of the month's report."""
    window.show_view(HOTLINE)
    page = window.hotline.page
    wait(app, lambda: not window.hotline.loading and page.proxy.rowCount() > 0)
    late = next(
        (r for r in range(page.proxy.rowCount()) if "超期" in str(page.proxy.index(r, 1).data())),
        0,
    )
    page.table.selectRow(late)
    wait(app, lambda: page.pane.detail is not None)
    settle(app)
    window.grab().save(str(OUT / "hotline.png"))
    page.pane.tabs.setCurrentIndex(1)  # 时限
    settle(app)
    window.grab().save(str(OUT / "hotline_case.png"))
    page.pane.tabs.setCurrentIndex(0)
    views = list_cases(ws, today=TODAY)
    figures = hotline_figures(summaries(views), date(2026, 10, 1), date(2026, 10, 31), TODAY)
    units = {u.code: u.name for u in ws.units()}
    pdf = Path(tempfile.mkdtemp()) / "hotline_report.pdf"
    write_hotline_report_pdf(figures, views, "江城市生态环境局", units, pdf, TODAY)
    first_page(pdf, "hotline_report")


def english_detail(app: QApplication, shell: Shell) -> None:
    """The window in English: 全部申请 with an application's history open."""
    shell.switch_language("en")
    window = shell.window
    window.resize(1366, 768)
    window.show_view(ALL)
    wait(
        app,
        lambda: not window.applications.loading and window.applications.page.proxy.rowCount(),
    )
    window.applications.page.table.selectRow(3)
    wait(app, lambda: window.applications.detail_pane.detail is not None)
    window.detail_pane.tabs.setCurrentIndex(2)
    settle(app)
    window.grab().save(str(OUT / "detail_en.png"))


def main() -> None:
    app = QApplication(sys.argv)
    folder = Path(tempfile.mkdtemp())
    ws = Workspace(open_database(folder / "demo.sqlite3", create=True), "周杰")
    generate(ws, 3000, today=TODAY)
    if not users(ws):
        add_demo_users(ws)
    settings = QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)
    options.USER_NAME.set(settings, "周杰")
    options.BUREAU_NAME.set(settings, "江城市生态环境局")
    workers = (Worker(app), Worker(app))
    day = Today(lambda: TODAY, app)
    shell = Shell(app, ws, workers, day, settings, str(folder / "demo.sqlite3"))
    window = shell.window
    window.resize(1366, 768)
    window.show()
    wait(
        app,
        lambda: (
            "正在载入" not in window.counts_label.text()
            and window.applications.page.proxy.rowCount()
        ),
    )
    window.applications.page.table.selectRow(0)
    wait(app, lambda: window.applications.detail_pane.detail is not None)
    settle(app)
    window.grab().save(str(OUT / "main_window.png"))
    window.show_view(MINE)  # 周杰's own open items, the first thing a clerk sees
    window.applications.page.table.selectRow(0)
    wait(app, lambda: window.applications.detail_pane.detail is not None)
    window.detail_pane.tabs.setCurrentIndex(2)  # 办理过程
    settle(app)
    window.grab().save(str(OUT / "mine.png"))
    window.detail_pane.tabs.setCurrentIndex(0)

    window.show_view(BOARD)
    wait(app, lambda: window.board.page.model.rowCount() > 0)
    window.board.page.view.setCurrentIndex(window.board.page.model.index(1))
    settle(app)
    window.grab().save(str(OUT / "board.png"))
    colour = window.board.page.colour
    colour.setCurrentIndex(1)  # the reddest first: past the statutory limit
    settle(app)
    window.grab().save(str(OUT / "board_filtered.png"))
    colour.setCurrentIndex(0)
    window.show_view(FIGURES)
    window.figures.page.kind.setCurrentIndex(window.figures.page.kind.findData("year"))
    wait(
        app,
        lambda: (
            window.figures.page.report is not None
            and window.figures.page.report.figures.first == date(2026, 1, 1)
        ),
    )
    settle(app)
    window.grab().save(str(OUT / "figures.png"))
    window.show_view(RULES)
    window.rules.page.select_category("report_form")
    settle(app)
    window.grab().save(str(OUT / "rules.png"))
    window.show_view(CALENDAR)
    wait(
        app,
        lambda: (cell := window.calendar.page.grid.item(9, 0)) is not None and bool(cell.text()),
    )
    window.calendar.page.select_day(date(2026, 10, 1))
    settle(app)
    window.grab().save(str(OUT / "calendar.png"))
    window.show_view(SERVICE)
    wait(
        app,
        lambda: (
            window.service_days.page.days.count() > 0
            and window.service_days.page.visits.rowCount() > 0
        ),
    )
    window.service_days.page.visits.selectRow(0)
    settle(app)
    window.grab().save(str(OUT / "service_days.png"))
    window.show_view(ENTERPRISES)
    wait(app, lambda: window.directory.page.table.rowCount() > 0)
    window.directory.page.table.selectRow(0)
    wait(app, lambda: window.directory.page.applications.rowCount() > 0)
    settle(app)
    window.grab().save(str(OUT / "enterprises.png"))
    hotline_shots(app, window, ws)
    units_and_sign_in(app, window, ws)
    window.show_view(ALL)
    report = month_report(ws, date(2026, 10, 1), today=TODAY)
    first_page(
        reports.write_service_report_pdf(report, "江城市生态环境局", folder / "service.pdf"),
        "service_report",
    )

    dialog = RegisterDialog(load_reference(ws), "周杰", TODAY, window)
    dialog.show()
    dialog.project.setText("年产2万吨锂电池正极材料项目")
    dialog.enterprise_name.setText("临江新材料有限公司")
    dialog.credit_code.setText("91330110MA2H3K4L5X")
    dialog.investment.setText("26800")
    dialog._validate(show_all=True)
    app.processEvents()
    dialog.grab().save(str(OUT / "register.png"))
    dialog.close()

    notice_images(ws, folder)
    english_detail(app, shell)
    sys.stdout.flush()
    os._exit(0)  # PySide6 may crash tearing Qt down at exit; the files are written


if __name__ == "__main__":
    main()
