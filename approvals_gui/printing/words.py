"""The words of the program's printed tables that a line should not break inside: those
of its headings, and those its values are made of (statuses, steps, categories, units,
the usual parts of enterprise and project names, the figures' definitions). Printed
texts are Chinese in either language of the window."""

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
    # enterprises and projects, and the places named in a visit or a report
    "有限公司", "有限责任公司", "股份", "集团", "公司", "科技", "建设", "工程", "改造",
    "扩建", "生产线", "汽车", "零部件", "医药", "食品", "建材", "化工", "环保", "纺织",
    "印染", "精密", "机械", "光伏", "能源", "电子", "材料", "新材料", "再生", "资源",
    "分布式", "发电", "千瓦", "研发", "产业化", "资源化", "综合利用", "服务大厅", "整改",
    "设施", "治理",
    "公开", "物流", "仓储", "基地",
    # the figures' definitions
    "申请", "作出", "比例", "折算", "缩短", "延期", "要求", "不计", "通知", "不超过",
    "一次性", "优化", "营商", "条例", "统计", "尚未", "所选", "期间", "限制", "登记",
    "视为", "举报", "案件", "重复", "合计", "届满", "予以", "平均",
)  # fmt: skip
# An article of a law, or a part of one, in Chinese numerals: 第三十六条, 第二款.
ARTICLE = "第[〇零一二三四五六七八九十百千]+[条款项章节]"
# Read from the left, the longest word at each place (超承诺/未超/法定, not 超法定 inside).
_WORD = re.compile("|".join((ARTICLE, *map(re.escape, sorted(WORDS, key=len, reverse=True)))))


# The title of a law or a document, in book-title marks: 《优化营商环境条例》.
_TITLE = re.compile("《[^《》]*》")


def inside_words(text: str) -> set[int]:
    """The places in `text` (a break before the character at it) inside a word."""
    return _inside(_WORD, text)


def inside_titles(text: str) -> set[int]:
    """The places in `text` inside a title in book-title marks: a line may break there
    between words, but better before the title (a title is read as one name)."""
    return _inside(_TITLE, text)


def _inside(pattern: re.Pattern[str], text: str) -> set[int]:
    inside: set[int] = set()
    for found in pattern.finditer(text):
        inside.update(range(found.start() + 1, found.end()))
    return inside
