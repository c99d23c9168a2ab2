"""One search result, whatever kind of record it came from (entries, goals, agenda, sessions, ...)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

# Every kind of record the member writes that search can find, in the order the filter chips show.
KINDS = ("entry", "goal", "agenda", "session", "person", "plan", "checkin")


@dataclass(frozen=True)
class Found:
    kind: str  # one of KINDS
    record_id: int  # the id in that kind's own table
    title: str  # the record's own title or first words (member text)
    snippet: str  # member text with MARK_START/MARK_END around the matched words
    when: datetime | None  # the record's date, for display and for ordering unranked results
    rank: float  # bm25 (lower is better); 0.0 when the match was not ranked
    detail: str = ""  # a kind-specific key: the form kind, a goal's status, an agenda item's status

    @property
    def ranked(self) -> bool:
        return self.rank != 0.0
