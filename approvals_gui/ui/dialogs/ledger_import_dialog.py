"""Bring a ledger in: map its columns, see every row that cannot be imported, choose.

The rows are checked again whenever a column mapping changes; nothing is written
here. The window imports `entries()` after the dialog is accepted.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from approvals_gui.domain.errors import DomainError
from approvals_gui.domain.ledger_import import (
    FIELD_NAMES,
    REQUIRED,
    KnownApplications,
    LedgerCheck,
    LedgerEntry,
    LedgerField,
    Mapping_,
    guess_mapping,
    handlers_off_staff,
    missing_fields,
)
from approvals_gui.domain.rules import TimeLimitRule
from approvals_gui.domain.units import Authority, Unit, deciding_unit, unplaced_districts
from approvals_gui.services.ledger import LedgerSheet, check_ledger
from approvals_gui.ui import strings
from approvals_gui.ui.dialogs.modal import ok_cancel
from approvals_gui.ui.labels import CAUTION_STYLE
from approvals_gui.ui.row_tables import fill_table, make_table, problem_rows

PREVIEW_ROWS = 200


def field_label(field: LedgerField) -> str:
    text = QCoreApplication.translate("ledger", FIELD_NAMES[field][0])
    return text + (" *" if field in REQUIRED else "")


NAMED_HANDLERS = 10  # named in the caution; more are counted


class LedgerImportDialog(QDialog):
    def __init__(
        self,
        sheet: LedgerSheet,
        file_name: str,
        remembered: Mapping[str, str],
        *,
        rules: Mapping[str, TimeLimitRule],
        authorities: Mapping[str, Authority],
        units: Sequence[Unit],
        now: datetime,
        parent: QWidget | None = None,
        staff: Mapping[str, Sequence[str]] | None = None,
        known: KnownApplications | None = None,
    ) -> None:
        """`remembered`: field → heading, from the last import (columns are mapped once).
        Rows are checked against `rules` and the 审批权限 table (`authorities`) as they
        would be imported at `now`; each is shown with the unit of `units` that will
        decide it. `staff`: who may be a 承办人 at each unit, where people sign in.
        `known`: what the database holds already, set aside before anything is counted."""
        super().__init__(parent)
        self._rules, self._authorities, self._now = rules, authorities, now
        self._known = KnownApplications() if known is None else known
        self._units, self._staff = units, staff
        self._unit_names = {u.code: u.name for u in units}
        self._sheet = sheet
        self.check: LedgerCheck | None = None
        self.setWindowTitle(self.tr("导入台账 — %1").replace("%1", file_name))
        self.resize(1000, 700)
        self.combos: dict[LedgerField, QComboBox] = {}
        mapping = _initial_mapping(sheet.headers, remembered)
        form_box = QGroupBox(self.tr("列对应（带 * 的为必填）"))
        form = QFormLayout(form_box)
        fields = list(LedgerField)
        columns = QHBoxLayout()
        halves = (fields[: (len(fields) + 1) // 2], fields[(len(fields) + 1) // 2 :])
        for half in halves:
            part = QFormLayout()
            for field in half:
                combo = QComboBox(self)  # owned by the dialog, not by Python's collector
                combo.addItem(self.tr("（不导入）"), -1)
                for index, header in enumerate(sheet.headers):
                    if header:
                        combo.addItem(header, index)
                combo.setCurrentIndex(max(0, combo.findData(mapping.get(field, -1))))
                combo.currentIndexChanged.connect(self.recheck)
                self.combos[field] = combo
                part.addRow(field_label(field), combo)
            columns.addLayout(part)
        form.addRow(columns)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.caution = QLabel()  # rows the city bureau will decide only for want of a branch
        self.caution.setWordWrap(True)
        self.caution.setStyleSheet(CAUTION_STYLE)
        self.caution.hide()
        # Open rows whose 承办人 is no user of the deciding unit: nobody's 我的事项.
        self.staff_caution = QLabel()
        self.staff_caution.setTextFormat(Qt.TextFormat.PlainText)  # it names people
        self.staff_caution.setWordWrap(True)
        self.staff_caution.setStyleSheet(CAUTION_STYLE)
        self.staff_caution.hide()
        self.problems = make_table([self.tr("行号"), self.tr("列"), self.tr("原因")])
        self.preview = make_table(
            [
                self.tr("行号"),
                self.tr("项目名称"),
                self.tr("建设单位"),
                self.tr("类别"),
                self.tr("收件日期"),
                self.tr("审批单位"),
                self.tr("审批决定"),
            ]
        )
        self.skip_bad = QCheckBox()
        self.skip_bad.toggled.connect(self._update_button)
        self.buttons, self.import_button = ok_cancel(self, self.tr("导入"))
        layout = QVBoxLayout(self)
        layout.addWidget(form_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.caution)
        layout.addWidget(self.staff_caution)
        layout.addWidget(QLabel(self.tr("无法导入的行：")))
        layout.addWidget(self.problems, 1)
        layout.addWidget(QLabel(self.tr("将导入的行（预览）：")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.skip_bad)
        layout.addWidget(self.buttons)
        self.recheck()

    def mapping(self) -> Mapping_:
        return {
            field: int(combo.currentData())
            for field, combo in self.combos.items()
            if int(combo.currentData()) >= 0
        }

    def mapping_by_heading(self) -> dict[str, str]:
        """What to remember for the next ledger: field → heading."""
        return {field.value: self._sheet.headers[i] for field, i in self.mapping().items()}

    def recheck(self) -> None:
        mapping = self.mapping()
        missing = missing_fields(mapping)
        self.problems.setRowCount(0)
        self.preview.setRowCount(0)
        self.caution.hide()
        self.staff_caution.hide()
        if missing:
            self.check = None
            self.summary.setText(
                self.tr("请先为以下必填项选择对应的列：%1").replace(
                    "%1", strings.listing(field_label(f).rstrip(" *") for f in missing)
                )
            )
            self._update_button()
            return
        self.check = check = check_ledger(
            self._sheet,
            mapping,
            self._rules,
            self._now,
            authorities=self._authorities,
            known=self._known,
        )
        good, bad, held = len(check.entries), len(check.bad_rows), len(check.already_imported)
        summary = (
            self.tr("共检查 %1 行：可导入 %2 行，有问题 %3 行。")
            .replace("%1", str(good + bad + held))
            .replace("%2", str(good))
            .replace("%3", str(bad))
        )
        if held:
            summary += self.tr(
                "另有 %n 行已在数据库中（编号相同，或单位、项目与收件日期相同），将跳过。",
                None,
                held,
            )
        if check.problem_count > len(check.problems):
            unlisted = check.problem_count - len(check.problems)
            summary += self.tr("下表列出前 %1 个问题，另有 %n 个未列出。", None, unlisted).replace(
                "%1", str(len(check.problems))
            )
        self.summary.setText(summary)
        self._caution(check.entries)
        self._staff_caution(check.entries)
        fill_table(
            self.problems,
            problem_rows(check.problems),
        )
        fill_table(self.preview, [self._preview_row(e) for e in check.entries[:PREVIEW_ROWS]])
        self.skip_bad.setText(
            self.tr("跳过有问题的 %1 行，只导入其余 %2 行")
            .replace("%1", str(bad))
            .replace("%2", str(good))
        )
        self.skip_bad.setVisible(bad > 0 and good > 0)  # not to import nothing
        self._update_button()

    def _preview_row(self, entry: LedgerEntry) -> tuple[str, ...]:
        app = entry.application
        rule = self._rules[app.category]
        decision = ""
        if entry.decided_on is not None and entry.outcome is not None:
            decision = f"{strings.action_name(entry.outcome)} {entry.decided_on.isoformat()}"
        return (
            str(entry.row),
            app.project,
            app.enterprise_name,
            strings.category_name(rule.category, rule.name),
            app.received_on.isoformat(),
            self._deciding_name(app.category, app.district),
            decision,
        )

    def _deciding_name(self, category: str, district: str) -> str:
        try:
            code = deciding_unit(category, district, self._authorities, self._units).unit
        except DomainError:  # no active city bureau: the import says so
            return ""
        return self._unit_names.get(code, code)

    def _caution(self, entries: Sequence[LedgerEntry]) -> None:
        """Rows of a delegated category whose district no branch covers: the city bureau
        will decide them, which is right for a district without a branch and wrong for
        a misspelt one."""
        places = ((e.application.category, e.application.district) for e in entries)
        try:
            unplaced = unplaced_districts(places, self._authorities, self._units)
        except DomainError:
            return
        if not unplaced:
            return
        named = strings.listing(
            self.tr("%1（%n 行）", None, count).replace("%1", district)
            for district, count in unplaced.items()
        )
        text = self.tr(
            "注意：%n 行的区县没有对应的分局，将由市局审批：%1。如是区县名称写错，请先在台账中改正再导入。",  # noqa: E501
            None,
            sum(unplaced.values()),
        )
        self.caution.setText(text.replace("%1", named))
        self.caution.show()

    def _staff_caution(self, entries: Sequence[LedgerEntry]) -> None:
        """Open rows whose 承办人 is not a user of the unit that will decide them, named
        with that unit (the first few: a ledger of old names would fill the dialog)."""
        if self._staff is None:  # nobody signs in here: any name goes
            return
        found = handlers_off_staff(entries, self._authorities, self._units, self._staff)
        if not found:
            return
        named = [
            self.tr("%1（%2，%n 行）", None, count)
            .replace("%2", self._unit_names.get(unit, unit))
            .replace("%1", handler)
            for (handler, unit), count in found.items()
        ]
        listed = strings.listing(named[:NAMED_HANDLERS])
        if len(named) > NAMED_HANDLERS:
            listed = self.tr("%1 等 %n 人", None, len(named)).replace("%1", listed)
        text = self.tr(
            "注意：%n 行在办申请的承办人不是其审批单位的在岗用户：%1。"
            "导入后这些申请不在任何人的“我的事项”中：请管理员在“单位与用户”中添加、"
            "启用这些用户或调整其所在单位，或导入后由审批单位改派。",
            None,
            sum(found.values()),
        )
        self.staff_caution.setText(text.replace("%1", listed))
        self.staff_caution.show()

    def _update_button(self) -> None:
        check = self.check
        ready = check is not None and bool(check.entries)
        if check is not None and check.problems:
            ready = ready and self.skip_bad.isChecked()
        self.import_button.setEnabled(ready)
        count = len(check.entries) if check is not None else 0
        self.import_button.setText(self.tr("导入 %1 件").replace("%1", str(count)))

    def entries(self) -> list[LedgerEntry]:
        return self.check.entries if self.check is not None else []


def _initial_mapping(headers: list[str], remembered: Mapping[str, str]) -> Mapping_:
    mapping = guess_mapping(headers)
    for field in LedgerField:
        heading = remembered.get(field.value)
        if heading and heading in headers:
            mapping[field] = headers.index(heading)
    return mapping
