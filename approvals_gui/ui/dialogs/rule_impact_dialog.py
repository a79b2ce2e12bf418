"""Before a rule change is saved: what it would have meant, from the stored histories."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from approvals_gui.domain.rule_impact import ImpactCounts, RuleImpact
from approvals_gui.domain.rules import TimeLimitRule
from approvals_gui.domain.timelimits import Limit, Unit
from approvals_gui.ui import strings


class RuleImpactDialog(QDialog):
    """Shows the evidence; accepted means "save the rule"."""

    def __init__(
        self,
        old: TimeLimitRule,
        proposed: TimeLimitRule,
        impact: RuleImpact,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        name = strings.category_name(proposed.category, proposed.name)
        self.setWindowTitle(self.tr("保存时限规则 — %1").replace("%1", name))
        self.summary = QLabel(self._summary(old, proposed, impact))
        self.summary.setWordWrap(True)
        tabs = QTabWidget()
        self.tables = (
            self._table(impact.by_handler, impact.total),
            self._table(impact.by_unit, impact.total),
        )
        tables = self.tables
        tabs.addTab(tables[0], self.tr("按承办人"))
        tabs.addTab(tables[1], self.tr("按区县（单位）"))
        # Every column of the tables in view, in either language, as far as the screen
        # allows (the English headings are the wider).
        need = max(t.horizontalHeader().length() for t in tables) + 60
        room = self.screen().availableGeometry().width() - 40
        self.resize(max(1100, min(need, room)), 560)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存规则"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(tabs, 1)
        note = QLabel(
            self.tr(
                "以上数字由已存办理过程按拟定规则重新计算得出。保存后，在办申请立即按新规则"
                "计算倒计时；已作出决定的申请仍按当时适用的规则统计。"
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _summary(self, old: TimeLimitRule, proposed: TimeLimitRule, impact: RuleImpact) -> str:
        t = impact.total
        changes = self.tr("；").join(self._changes(old, proposed))
        lines = [
            self.tr("修改内容：%1。").replace("%1", changes),
            self.tr("%1 至今作出决定 %2 件：在现行承诺时限内 %3 件，按拟定规则将为 %4 件。")
            .replace("%1", impact.first.isoformat())
            .replace("%2", str(t.decided))
            .replace("%3", str(t.within_promise_now))
            .replace("%4", str(t.within_promise_proposed)),
            self.tr(
                "在办 %1 件：即将到期 %2 → %3 件，超承诺未超法定 %4 → %5 件，"
                "超法定期限 %6 → %7 件；其中 %8 件将立即变得更紧急。"
            )
            .replace("%1", str(t.running))
            .replace("%2", str(t.yellow_now))
            .replace("%3", str(t.yellow_proposed))
            .replace("%4", str(t.red_now))
            .replace("%5", str(t.red_proposed))
            .replace("%6", str(t.breach_now))
            .replace("%7", str(t.breach_proposed))
            .replace("%8", str(t.worse)),
        ]
        return "\n".join(lines)

    def _changes(self, old: TimeLimitRule, new: TimeLimitRule) -> list[str]:
        """Each changed setting, named as the form names it: before → after."""

        none, never, days = self.tr("不要求"), self.tr("不得延期"), strings.workdays_or

        def settings(rule: TimeLimitRule) -> list[tuple[str, str]]:
            return [
                (self.tr("法定时限"), strings.limit_text(rule.statutory)),
                (self.tr("承诺时限"), strings.limit_text(rule.promised)),
                (self.tr("预警"), strings.limit_text(Limit(rule.warn_workdays, Unit.WORKDAYS))),
                (self.tr("法定时限不计算的环节"), strings.stages_text(rule.statutory_pauses)),
                (self.tr("承诺时限不计算的环节"), strings.stages_text(rule.promised_pauses)),
                (self.tr("延期最长"), days(rule.extension_workdays, never)),
                (self.tr("受理公示期"), days(rule.acceptance_publicity_workdays, none)),
                (self.tr("拟批准公示期（批准前）"), days(rule.approval_notice_workdays, none)),
                (self.tr("法律依据"), self.tr("“%1”").replace("%1", rule.legal_basis)),
            ]

        return [
            self.tr("%1 %2 → %3").replace("%1", name).replace("%2", before).replace("%3", after)
            for (name, before), (_name, after) in zip(settings(old), settings(new), strict=True)
            if before != after
        ]

    def _table(self, groups: dict[str, ImpactCounts], total: ImpactCounts) -> QTableWidget:
        """A row a group, the most made urgent first, and the whole on the last."""
        headers = [
            self.tr("名称"),
            self.tr("近12个月决定"),
            self.tr("承诺期内（现行→拟定）"),
            self.tr("在办"),
            self.tr("即将到期（现行→拟定）"),
            self.tr("超承诺未超法定（现行→拟定）"),
            self.tr("超法定期限（现行→拟定）"),
            self.tr("立即变紧急"),
        ]
        table = QTableWidget(len(groups) + 1, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        rows = [
            *(
                (key or self.tr("（未填）"), c)
                for key, c in sorted(groups.items(), key=_urgent_first)
            ),
            (self.tr("合计"), total),
        ]
        bold = table.font()
        bold.setBold(True)
        for row, (name, c) in enumerate(rows):
            cells = (
                name,
                str(c.decided),
                f"{c.within_promise_now} → {c.within_promise_proposed}",
                str(c.running),
                f"{c.yellow_now} → {c.yellow_proposed}",
                f"{c.red_now} → {c.red_proposed}",
                f"{c.breach_now} → {c.breach_proposed}",
                str(c.worse),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row == len(groups):
                    item.setFont(bold)
                table.setItem(row, column, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.resizeColumnsToContents()  # widths known now: the dialog is sized by them
        return table


def _urgent_first(group: tuple[str, ImpactCounts]) -> tuple[int, str]:
    return -group[1].worse, group[0]
