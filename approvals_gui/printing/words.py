"""The words of the program's printed tables that a line should not break inside: those
of its headings, and those its values are made of (statuses, steps, categories, units,
the usual parts of enterprise and project names). Printed texts are Chinese in either
language of the window."""

from __future__ import annotations

import re

WORDS = (
    # headings
    "工作日", "到期日", "到期", "天数", "日期", "期限", "单位", "代码", "信用", "责任人",
    "承办人", "办理", "办结", "期限内", "期内", "件数", "合并", "公示", "超期", "用时",
    "占比", "决定", "环节", "类别", "编号", "名称", "项目", "企业", "跟进", "剩余",
    "收件", "受理", "送达", "审批", "承诺", "法定",
    # statuses and steps
    "超法定", "超承诺", "未超", "待送达", "即将", "正常", "暂停", "计时", "已终止",
    "计算", "时限", "补正", "技术", "评估", "审查", "听证", "告知", "拟批准", "批准",
    "不予", "撤回", "已受理", "已交办", "已调查", "已反馈", "处理",
    # categories and units
    "环境", "影响", "报告书", "报告表", "登记表", "辐射", "安全", "许可证", "核发",
    "排污", "许可", "承诺制", "分局", "市局", "中心",
    # enterprises and projects
    "有限公司", "有限责任公司", "股份", "集团", "公司", "科技", "建设", "工程", "改造",
    "扩建", "生产线",
)  # fmt: skip
# At each place, the longest word that starts there (words may overlap: 超承诺未超法定).
_STARTING = re.compile(
    "(?=(" + "|".join(map(re.escape, sorted(WORDS, key=len, reverse=True))) + "))"
)


def inside_words(text: str) -> set[int]:
    """The places in `text` (a break before the character at it) inside a word."""
    inside: set[int] = set()
    for found in _STARTING.finditer(text):
        inside.update(range(found.start() + 1, found.start() + len(found[1])))
    return inside
