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
    EVENT_BEFORE_PREVIOUS = "event_before_previous"
    DATE_IN_FUTURE = "date_in_future"
    REQUIRED_FIELD = "required_field"
    INVALID_NUMBER = "invalid_number"
    INVALID_RULE = "invalid_rule"
    INVALID_DATE = "invalid_date"
    UNKNOWN_DAY_KIND = "unknown_day_kind"
    DUPLICATE_ENTRY = "duplicate_entry"
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


class DomainError(ValueError):
    """A refused input or action. `code` says why; `params` fill the message."""

    def __init__(self, code: ErrorCode, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.params = params
