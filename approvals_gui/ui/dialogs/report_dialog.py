"""登记举报: a report as the clerk takes it down, validated as typed; while the enterprise
or the address is typed, the open cases it may repeat are looked up (by whoever opened
the dialog, off the UI thread) and offered to join (合并办理)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from approvals_gui.domain.applications import EnterpriseEntry
from approvals_gui.domain.credit_code import normalize
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.hotline.cases import Channel, Topic
from approvals_gui.domain.hotline.repeats import OpenCase
from approvals_gui.domain.hotline.reports import NewReport, report_problems
from approvals_gui.ui import hotline_strings as names
from approvals_gui.ui import strings
from approvals_gui.ui.completer import SearchCompleter
from approvals_gui.ui.date_field import DateField, TimeField
from approvals_gui.ui.dialogs.form_problems import FieldErrors, SavingForm, blocking_text
from approvals_gui.ui.enterprise_pick import DistrictFill, offer_enterprises
from approvals_gui.ui.labels import CAUTION_STYLE, ERROR_STYLE, plain_label

# Marked *: what about and what; where (an address or the enterprise, one at least);
# and, unless anonymous, whom to answer (a name or a phone, one at least).
REQUIRED = (
    "topic",
    "content",
    "address",
    "enterprise_name",
    "reporter_name",
    "reporter_phone",
)
LOOKUP_DELAY_MS = 400  # typing pauses this long before the repeats are looked up


class ReportDialog(SavingForm):
    """`repeats_wanted(credit_code, address, received_on)` asks for the open cases the
    report may repeat (answered with `set_repeats`); `submitted(report, merge_into)`
    asks for the save, answered with `accept()` or `show_failure(text)`."""

    repeats_wanted = Signal(str, str, object)
    submitted = Signal(object, object)  # NewReport, the case to join or None

    def __init__(
        self,
        enterprises: Sequence[EnterpriseEntry],
        districts: Sequence[str],
        now: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._now = now
        self._enterprises = enterprises
        self._by_code = {e.credit_code: e for e in enterprises}
        self._touched: set[str] = set()
        self._asked: tuple[str, str, date] | None = None
        self.setWindowTitle(self.tr("登记举报"))
        self.setMinimumWidth(820)
        self._lookup = QTimer(self)
        self._lookup.setSingleShot(True)
        self._lookup.setInterval(LOOKUP_DELAY_MS)
        self._lookup.timeout.connect(self._ask_repeats)
        self._build(districts)
        self._validate()

    def _build(self, districts: Sequence[str]) -> None:
        # The day as a date field takes it (QDateTimeEdit dropped a year typed over its
        # text: 2025-06-01 became 2026-06-01), and the time of day beside it.
        now = self._now
        self.received = DateField(now.date())
        self.received_time = TimeField(QTime(now.hour, now.minute))
        received = QWidget()
        when = QHBoxLayout(received)
        when.setContentsMargins(0, 0, 0, 0)
        when.addWidget(self.received, 1)
        when.addWidget(self.received_time)
        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem(names.channel_name(channel), channel.value)
        self.topic = QComboBox()
        self.topic.addItem(self.tr("请选择"), None)  # no default: each report is filed on purpose
        for topic in Topic:
            self.topic.addItem(names.topic_name(topic), topic.value)
        self.content = QPlainTextEdit()
        self.content.setFixedHeight(80)
        self.address = QLineEdit()
        self.district = QLineEdit()
        self.district.setCompleter(SearchCompleter(districts, self))  # "城东": "城东区"
        self._district_fill = DistrictFill(self.district)
        self.anonymous = QCheckBox(self.tr("匿名举报（不登记姓名和电话）"))
        self.reporter_name = QLineEdit()
        self.reporter_phone = QLineEdit()
        self.enterprise_name = QLineEdit()
        self.enterprise_name.setPlaceholderText(self.tr("输入名称或信用代码，从企业名录中选择"))
        offer_enterprises(self.enterprise_name, self._enterprises, self._enterprise_picked)
        self.credit_code = QLineEdit()
        self.credit_code.setPlaceholderText(self.tr("18位，可不填"))
        self.merge_label = plain_label(self.tr("可能是重复举报"))
        self.merge = QComboBox()
        self.merge.setObjectName("merge_choice")
        self.form = QFormLayout()
        self.fields = FieldErrors(self.form)
        self.errors = self.fields.labels
        rows = [
            ("received_at", self.tr("收到时间"), received),
            ("channel", self.tr("渠道"), self.channel),
            ("topic", self.tr("类别"), self.topic),
            ("content", self.tr("举报内容"), self.content),
            ("address", self.tr("地址"), self.address),
            ("district", self.tr("区县"), self.district),
            ("anonymous", "", self.anonymous),
            ("reporter_name", self.tr("举报人姓名"), self.reporter_name),
            ("reporter_phone", self.tr("联系电话"), self.reporter_phone),
            ("enterprise_name", self.tr("被举报企业"), self.enterprise_name),
            ("credit_code", self.tr("统一社会信用代码"), self.credit_code),
        ]
        self._labels = {key: label for key, label, _w in rows}
        self._labels["address"] = self.tr("地址或被举报企业")
        self._labels["reporter_name"] = self.tr("举报人姓名或联系电话")
        for key, label, widget in rows:
            self.fields.add_row(key, f"{label} *" if key in REQUIRED else label, widget)
        self.form.addRow(self.merge_label, self.merge)
        self._show_merge([])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("登记"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.cancel)
        self.missing = plain_label()
        self.missing.setObjectName("missing_fields")
        self.missing.setStyleSheet(CAUTION_STYLE)
        self.missing.setWordWrap(True)
        self.failure = plain_label()
        self.failure.setStyleSheet(ERROR_STYLE)
        self.failure.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)  # the room a problem no longer takes, under the form
        required = plain_label(
            self.tr(
                "带 * 的为必填项：地址和被举报企业至少填一项；"
                "举报人姓名和联系电话至少填一项，匿名举报的不填。"
            )
        )
        required.setWordWrap(True)
        layout.addWidget(required)
        layout.addWidget(self.missing)
        layout.addWidget(self.failure)
        layout.addWidget(self.buttons)
        self._connect()

    def _connect(self) -> None:
        for key, edit in (
            ("address", self.address),
            ("district", self.district),
            ("reporter_name", self.reporter_name),
            ("reporter_phone", self.reporter_phone),
            ("enterprise_name", self.enterprise_name),
            ("credit_code", self.credit_code),
        ):
            edit.textChanged.connect(lambda _t, k=key: self._edited(k))
        self.content.textChanged.connect(lambda: self._edited("content"))
        self.topic.currentIndexChanged.connect(lambda _i: self._edited("topic"))
        self.received.dateChanged.connect(lambda _d: self._edited("received_at"))
        self.received_time.timeChanged.connect(lambda _t: self._edited("received_at"))
        self.anonymous.toggled.connect(self._anonymous_toggled)
        self.credit_code.textEdited.connect(self._code_typed)
        for edit in (self.address, self.enterprise_name, self.credit_code):
            edit.textChanged.connect(lambda _t: self._lookup.start())
        self.received.dateChanged.connect(lambda _d: self._lookup.start())

    # -- the enterprise, the reporter -------------------------------------------------------

    def _enterprise_picked(self, entry: EnterpriseEntry) -> None:
        self.credit_code.setText(entry.credit_code)
        self._district_fill.fill(entry.district)

    def _code_typed(self, text: str) -> None:
        entry = self._by_code.get(normalize(text))
        if entry is not None and not self.enterprise_name.text():
            self.enterprise_name.setText(entry.name)

    def _anonymous_toggled(self, on: bool) -> None:
        for key in ("reporter_name", "reporter_phone"):
            self.fields.set_row_visible(key, not on)
        self._validate()

    # -- repeats ----------------------------------------------------------------------------

    def _ask_repeats(self) -> None:
        """Ask for the open cases about this enterprise or address, once per change."""
        report = self.report()
        key = (normalize(report.credit_code), report.address.strip(), report.received_at.date())
        if key == self._asked:
            return
        self._asked = key
        if not key[0] and not key[1]:
            self._show_merge([])
            return
        self.repeats_wanted.emit(key[0], key[1], key[2])

    def set_repeats(self, credit_code: str, address: str, cases: Sequence[OpenCase]) -> None:
        """The open cases the report may repeat, as found for what was typed then; an
        answer for something typed since is dropped (a newer one is on its way)."""
        if self._asked is None or self._asked[:2] != (credit_code, address):
            return
        self._show_merge(cases)

    def _show_merge(self, cases: Sequence[OpenCase]) -> None:
        chosen = self.merge.currentData()
        self.merge.clear()
        self.merge.addItem(self.tr("不合并，登记为新案件"), None)
        code = normalize(self.credit_code.text())
        received = self.received_at().date()
        for case in cases:
            same = code and normalize(case.place.credit_code) == code
            what = self.tr("同一企业") if same else self.tr("同一地址")
            days = (received - case.received_on).days
            ago = self.tr("当天") if days == 0 else self.tr("%n 天前", "", days)
            text = (
                self.tr("合并到 %1（%2，%3）")
                .replace("%1", case.number)
                .replace("%2", what)
                .replace("%3", ago)
            )
            self.merge.addItem(text, case.case_id)
        if chosen is not None and (i := self.merge.findData(chosen)) >= 0:
            self.merge.setCurrentIndex(i)
        self.form.setRowVisible(self.merge, bool(cases))

    # -- validation and saving -----------------------------------------------------------

    def report(self) -> NewReport:
        return NewReport(
            received_at=self.received_at(),
            channel=Channel(self.channel.currentData()),
            topic=Topic(chosen) if (chosen := self.topic.currentData()) else None,
            content=self.content.toPlainText(),
            address=self.address.text(),
            district=self.district.text(),
            anonymous=self.anonymous.isChecked(),
            reporter_name="" if self.anonymous.isChecked() else self.reporter_name.text(),
            reporter_phone="" if self.anonymous.isChecked() else self.reporter_phone.text(),
            credit_code=self.credit_code.text(),
            enterprise_name=self.enterprise_name.text(),
        )

    def received_at(self) -> datetime:
        """To the minute, as typed. While the day typed is none, the dialog's own day
        stands in: that the text is no date is said beside the field (`_problems`)."""
        day = self._now.date() if self.received.problem() else self.received.day()
        t = self.received_time.time()
        return datetime(day.year, day.month, day.day, t.hour(), t.minute())

    def merge_into(self) -> int | None:
        data = self.merge.currentData() if self.merge.count() > 1 else None
        return int(data) if data is not None else None

    def _edited(self, key: str) -> None:
        self._touched.add(key)
        self._validate()

    def _problems(self) -> dict[str, DomainError]:
        problems = report_problems(self.report(), self._now)
        if (typed := self.received.problem()) is not None:
            problems["received_at"] = typed
        return problems

    def _validate(self, show_all: bool = False) -> bool:
        problems = self._problems()
        for key in self.errors:
            shown = key in problems and (show_all or key in self._touched)
            self.fields.say(key, self._problem_text(problems[key]) if shown else "")
        return self._show_blocking(problems, self._blocking_text(problems))

    def _problem_text(self, problem: DomainError) -> str:
        if problem.params.get("field") == "address":
            return self.tr("请填写地址，或选择被举报企业。")
        if problem.params.get("field") == "reporter_name":
            return self.tr("请填写举报人姓名或联系电话；都不留的，请勾选“匿名举报”。")
        return strings.error_text(problem)

    def _blocking_text(self, problems: dict[str, DomainError]) -> str:
        keys = self.fields.in_order(problems)  # the form's order
        empty = [k for k in keys if problems[k].code is ErrorCode.REQUIRED_FIELD]
        wrong = [self._labels.get(k, k) for k in keys if k not in empty]
        return blocking_text([self._labels[k] for k in empty], wrong)

    def save(self) -> None:
        if self._start_saving():
            self.submitted.emit(self.report(), self.merge_into())
