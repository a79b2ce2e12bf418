"""An enterprise as the directory edits it, and what makes it acceptable."""

from __future__ import annotations

from dataclasses import dataclass, replace

from approvals_gui.domain.credit_code import validate_credit_code
from approvals_gui.domain.errors import DomainError, ErrorCode
from approvals_gui.domain.text import (
    CONTACT,
    DISTRICT,
    ENTERPRISE_NAME,
    PHONE,
    clean_form,
    phone_problem,
)


@dataclass(frozen=True, slots=True)
class EnterpriseForm:
    name: str
    credit_code: str
    district: str = ""
    contact: str = ""
    phone: str = ""


TEXT_FIELDS = {"name": ENTERPRISE_NAME, "district": DISTRICT, "contact": CONTACT, "phone": PHONE}


def enterprise_problems(form: EnterpriseForm) -> dict[str, DomainError]:
    """Every problem by field; empty when it can be saved. Whether another enterprise
    already has the code is the store's to say (the column is unique)."""
    form, problems = clean_form(form, TEXT_FIELDS)
    if "name" not in problems and not form.name:
        problems["name"] = DomainError(ErrorCode.REQUIRED_FIELD, "name is required")
    try:
        validate_credit_code(form.credit_code)
    except DomainError as exc:
        problems["credit_code"] = exc
    if "phone" not in problems and (wrong := phone_problem(form.phone)) is not None:
        problems["phone"] = wrong
    return problems


def checked_enterprise(form: EnterpriseForm) -> EnterpriseForm:
    """The form as it is kept (clean texts, the normalised code); raises its first
    problem, if any."""
    problems = enterprise_problems(form)
    if problems:
        raise next(iter(problems.values()))
    cleaned = clean_form(form, TEXT_FIELDS)[0]
    return replace(cleaned, credit_code=validate_credit_code(form.credit_code))
