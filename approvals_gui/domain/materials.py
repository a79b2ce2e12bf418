"""The materials a one-time supplement notice (一次性告知补正) most often asks for, offered
as a checklist: an EIA document's (环境影响评价文件), or another licence's (辐射安全许可证,
排污许可证…), which no 报告书 belongs to. Stored and printed in this source text, shown
translated (context "strings"); the clerk adds any other."""

from __future__ import annotations

from approvals_gui.domain.labels import QT_TRANSLATE_NOOP
from approvals_gui.domain.notices import approves_eia_document
from approvals_gui.domain.rules import TimeLimitRule

EIA_MATERIALS = (
    QT_TRANSLATE_NOOP("strings", "建设项目环境影响评价文件审批申请表"),
    QT_TRANSLATE_NOOP("strings", "环境影响报告书（表）报批稿"),
    QT_TRANSLATE_NOOP("strings", "公众参与说明"),
    QT_TRANSLATE_NOOP("strings", "环评文件编制单位和编制人员情况"),
    QT_TRANSLATE_NOOP("strings", "项目审批、核准或备案文件"),
    QT_TRANSLATE_NOOP("strings", "规划环评审查意见或规划符合性说明"),
    QT_TRANSLATE_NOOP("strings", "主要污染物排放总量指标来源说明"),
    QT_TRANSLATE_NOOP("strings", "建设项目用地预审或选址意见"),
    QT_TRANSLATE_NOOP("strings", "删除涉密内容的公开版本及删除依据"),
)

# What an application for any other licence is asked to bring (申请书, the applicant's
# standing, its EIA approval, and the technical and management papers the licence rests on).
LICENCE_MATERIALS = (
    QT_TRANSLATE_NOOP("strings", "许可申请表"),
    QT_TRANSLATE_NOOP("strings", "营业执照或法人登记证书"),
    QT_TRANSLATE_NOOP("strings", "法定代表人授权委托书及经办人身份证明"),
    QT_TRANSLATE_NOOP("strings", "建设项目环境影响评价文件批复"),
    QT_TRANSLATE_NOOP("strings", "与申请事项有关的技术资料"),
    QT_TRANSLATE_NOOP("strings", "管理制度及相关人员资质证明"),
)


def common_materials(rule: TimeLimitRule) -> tuple[str, ...]:
    """The checklist for an application under `rule`."""
    return EIA_MATERIALS if approves_eia_document(rule) else LICENCE_MATERIALS
