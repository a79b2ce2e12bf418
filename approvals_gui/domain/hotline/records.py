"""A stored case as the services read it: the report and the facts of its history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from approvals_gui.domain.hotline.cases import CaseFacts, Channel, Topic


@dataclass(frozen=True, slots=True)
class CaseRecord:
    id: int
    number: str
    received_at: datetime
    channel: Channel
    topic: Topic
    anonymous: bool
    reporter_name: str  # masked for roles that may not see it (services/hotline.py)
    reporter_phone: str
    content: str
    address: str
    district: str
    credit_code: str  # the enterprise named, "" if none
    enterprise_name: str
    enterprise_id: int | None
    received_by: str  # the unit that took the report
    version: int
    facts: CaseFacts
