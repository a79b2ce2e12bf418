"""Errors the services raise themselves; kept apart from the code that raises them so
that showing one needs neither openpyxl nor the ledger reader."""

from __future__ import annotations

from pathlib import Path


class LedgerFileError(OSError):
    """The file is not a workbook openpyxl can read (or has no sheet with headings)."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.message = message
        self.filename = path.name

    def __str__(self) -> str:
        return self.message
