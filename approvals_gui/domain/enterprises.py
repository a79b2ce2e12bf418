"""An enterprise as the directory edits it, and what makes it acceptable."""

from __future__ import annotations

from dataclasses import dataclass

from approvals_gui.domain.credit_code import validate_credit_code
from approvals_gui.domain.errors import DomainError, ErrorCode


@dataclass(frozen=True, slots=True)
class EnterpriseForm:
    name: str
    credit_code: str
    district: str = ""
    contact: str = ""
    phone: str = ""


def enterprise_problems(form: EnterpriseForm) -> dict[str, DomainError]:
    """Every problem by field; empty when it can be saved. Whether another enterprise
    already has the code is the store's to say (the column is unique)."""
    problems: dict[str, DomainError] = {}
    if not form.name.strip():
        problems["name"] = DomainError(ErrorCode.REQUIRED_FIELD, "name is required")
    try:
        validate_credit_code(form.credit_code)
    except DomainError as exc:
        problems["credit_code"] = exc
    return problems
