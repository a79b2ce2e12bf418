"""The reporter's name and phone are personal data: whole only for the roles that call
back and decide (clerk, manager); masked for everyone else and in exports unless asked.
A desk without sign-in is one clerk's own: shown whole there."""

from __future__ import annotations

from approvals_gui.domain.access import Role, User

SEES_REPORTER = frozenset({Role.CLERK, Role.MANAGER})


def sees_reporter(user: User | None) -> bool:
    return user is None or user.role in SEES_REPORTER


def mask_phone(phone: str) -> str:
    """13812345678 → 138****5678; a short number keeps only its last two digits."""
    digits = phone.strip()
    if len(digits) >= 7:
        return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]
    return "*" * max(len(digits) - 2, 0) + digits[-2:]


def mask_name(name: str) -> str:
    """张三丰 → 张**: the family name only."""
    name = name.strip()
    return name[:1] + "*" * (len(name) - 1) if name else ""
