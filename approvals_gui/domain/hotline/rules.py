"""The hotline's time limits: calendar days, each with its legal basis, all editable.

《环保举报热线工作管理办法》(环境保护部令第15号) gives 60 days to 办结 from 受理, and one
extension of at most 30 days approved by the head; 《信访工作条例》(2022) 第二十二条 15 days
to tell the reporter whether the report is accepted, 第三十四条 the same 60 + 30 days,
第三十五、三十六条 30 days each for 复查 and 复核. A period ending on a rest day ends on the
next working day, as for approvals.
"""

from __future__ import annotations

from dataclasses import dataclass

from approvals_gui.domain.errors import DomainError, ErrorCode

ACCEPT_BASIS = "《信访工作条例》第二十二条"
CLOSE_BASIS = "《环保举报热线工作管理办法》（环境保护部令第15号）；《信访工作条例》第三十四条"
REVIEW_BASIS = "《信访工作条例》第三十五条"
RECHECK_BASIS = "《信访工作条例》第三十六条"


@dataclass(frozen=True, slots=True)
class HotlineRule:
    accept_days: int = 15  # 受理告知
    close_days: int = 60  # 办结, from 受理
    max_extension_days: int = 30  # one extension, with a reason
    review_days: int = 30  # 复查, from the request
    recheck_days: int = 30  # 复核, from the request
    warn_days: int = 5  # yellow when at most this many calendar days are left
    repeat_window_days: int = 30  # a report this soon after an open case's is a repeat
    accept_basis: str = ACCEPT_BASIS
    close_basis: str = CLOSE_BASIS
    review_basis: str = REVIEW_BASIS
    recheck_basis: str = RECHECK_BASIS

    def __post_init__(self) -> None:
        for name in ("accept_days", "close_days", "review_days", "recheck_days"):
            if not 1 <= getattr(self, name) <= 365:
                raise DomainError(ErrorCode.INVALID_RULE, f"{name} must be 1–365 days", field=name)
        for name in ("max_extension_days", "warn_days", "repeat_window_days"):
            if not 0 <= getattr(self, name) <= 365:
                raise DomainError(ErrorCode.INVALID_RULE, f"{name} must be 0–365 days", field=name)


DEFAULT_HOTLINE_RULE = HotlineRule()
