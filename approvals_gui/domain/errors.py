"""Domain errors. Each carries a stable code the UI maps to translated text."""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class ErrorCode(StrEnum):
    """Every reason the domain refuses something; the UI translates these."""

    CREDIT_CODE_LENGTH = "credit_code_length"
    CREDIT_CODE_CHARACTER = "credit_code_character"
    CREDIT_CODE_REGISTRAR = "credit_code_registrar"
    CREDIT_CODE_CHECK = "credit_code_check"
    DATE_OUT_OF_RANGE = "date_out_of_range"
    END_BEFORE_START = "end_before_start"
    NEGATIVE_AMOUNT = "negative_amount"
    UNKNOWN_UNIT = "unknown_unit"
    UNKNOWN_CATEGORY = "unknown_category"
    TRANSITION_NOT_ALLOWED = "transition_not_allowed"
    MISSING_MATERIALS = "missing_materials"
    MISSING_REASON = "missing_reason"
    MISSING_DOCUMENT_NUMBER = "missing_document_number"
    NOTHING_TO_UNDO = "nothing_to_undo"
    ALREADY_EXTENDED = "already_extended"
    EXTENSION_TOO_LONG = "extension_too_long"
    EXTENSION_NOT_ALLOWED = "extension_not_allowed"
    EXTENSION_TOO_LATE = "extension_too_late"
    SECOND_SUPPLEMENT_REASON = "second_supplement_reason"
    APPROVAL_NOTICE_REQUIRED = "approval_notice_required"
    NOTICE_PERIOD_RUNNING = "notice_period_running"
    EVENT_BEFORE_PREVIOUS = "event_before_previous"
    DATE_IN_FUTURE = "date_in_future"
    TIME_IN_FUTURE = "time_in_future"  # today, at a time still to come
    REQUIRED_FIELD = "required_field"
    DISTRICT_NEEDED = "district_needed"  # a delegated category: the district decides who
    INVALID_NUMBER = "invalid_number"
    INVESTMENT_TOO_LARGE = "investment_too_large"
    INVALID_PHONE = "invalid_phone"
    INVALID_RULE = "invalid_rule"
    CATEGORY_NAME_TAKEN = "category_name_taken"
    CATEGORY_BUILT_IN = "category_built_in"  # a shipped category: not renamed or removed
    CATEGORY_IN_USE = "category_in_use"  # applications are registered in it
    CATEGORY_REMOVED = "category_removed"  # offered by a desk, removed meanwhile
    INVALID_DATE = "invalid_date"
    NO_SUCH_DAY = "no_such_day"  # the form of a date, a day past its month's end
    NO_SUCH_MONTH = "no_such_month"  # the form of a date, a month not 1 to 12
    UNKNOWN_DAY_KIND = "unknown_day_kind"
    DUPLICATE_ENTRY = "duplicate_entry"
    SECOND_THOUGHTS = "second_thoughts"  # registration.second_thoughts: asked first
    DAY_CONTRADICTED = "day_contradicted"  # a day one row makes a holiday, another a workday
    EMPTY_FILE = "empty_file"
    UNKNOWN_OUTCOME = "unknown_outcome"
    TEXT_TOO_LONG = "text_too_long"
    TOO_MANY_ROWS = "too_many_rows"
    TOO_MANY_COLUMNS = "too_many_columns"
    FILE_TOO_LARGE = "file_too_large"
    FORMULA_WITHOUT_VALUE = "formula_without_value"
    FORMULA_ERROR = "formula_error"
    BAD_CSV_ROW = "bad_csv_row"
    UNKNOWN_ENCODING = "unknown_encoding"
    # units, people and roles
    ONE_CITY_BUREAU = "one_city_bureau"
    DISTRICT_TAKEN = "district_taken"  # two active branches for one district
    UNIT_CODE_TAKEN = "unit_code_taken"
    NO_SUCH_UNIT = "no_such_unit"
    SAME_UNIT = "same_unit"
    SAME_HANDLER = "same_handler"
    NOTHING_CORRECTED = "nothing_corrected"  # a correction that changes nothing
    NOT_STAFF = "not_staff"  # a 承办人 who is not an active user of the unit
    USER_NAME_TAKEN = "user_name_taken"  # a user of that name (`person_name`) exists
    NOT_PERMITTED = "not_permitted"
    NO_ADMIN = "no_admin"
    UNIT_IN_USE = "unit_in_use"
    SIGN_IN_FAILED = "sign_in_failed"
    ACCOUNT_LOCKED = "account_locked"
    ACCOUNT_DISABLED = "account_disabled"
    PASSWORD_TOO_SHORT = "password_too_short"
    # the 12369 hotline
    UNIT_DUE_AFTER_CLOSE = "unit_due_after_close"
    CASE_EXTENSION_TOO_LONG = "case_extension_too_long"
    CASE_EXTENSION_TOO_LATE = "case_extension_too_late"
    # written notices
    NOTICE_NOT_ACCEPTED = "notice_not_accepted"
    NOTICE_DEEMED_NOT_RECORDED = "notice_deemed_not_recorded"
    NOTICE_NO_SUPPLEMENT_REQUEST = "notice_no_supplement_request"
    NOTICE_NOT_REJECTED = "notice_not_rejected"
    NOTICE_NO_SPECIAL_PROCEDURE = "notice_no_special_procedure"
    NOTICE_NOT_EXTENDED = "notice_not_extended"
    NOTICE_EXTENSION_NOT_IN_RULE = "notice_extension_not_in_rule"
    NOTICE_NOT_REFUSED = "notice_not_refused"
    NOTICE_PATTERN_INVALID = "notice_pattern_invalid"
    NOTICE_PATTERN_WITHOUT_NUMBER = "notice_pattern_without_number"
    NOTICE_DAYS_OUT_OF_RANGE = "notice_days_out_of_range"


class DomainError(ValueError):
    """A refused input or action. `code` says why; `params` fill the message."""

    def __init__(self, code: ErrorCode, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.params = params

    # Equal when they say the same thing: a refusal is a value a detail carries.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DomainError):
            return NotImplemented
        same = (self.code, str(self), self.params)
        return same == (other.code, str(other), other.params)

    def __hash__(self) -> int:
        return hash((self.code, str(self)))
