"""What the member wants to raise in group, and what happened when they did. No Qt, no SQL."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime

OUTCOMES = ("raised", "carried", "dropped")
OUTCOME_WORDS = {"raised": "I raised it", "carried": "Not this time", "dropped": "No longer needed"}
MAX_CHOSEN = 3
LEAVING_TEXT = "Tell the group I am thinking of leaving"


@dataclass(frozen=True)
class AgendaItem:
    text: str
    why: str = ""
    draft: str = ""
    entry_id: int | None = None
    suggestion: int | None = None
    status: str = "open"  # open | raised | dropped
    chosen: bool = False
    feeling_note: str = ""
    position: int = 0
    id: int | None = None
    uid: str = field(default_factory=lambda: uuid.uuid4().hex)
    created_at: datetime | None = None
    carried: int = 0  # how many sessions it has waited through


@dataclass(frozen=True)
class Outcome:
    item_id: int
    outcome: str
    at: datetime
    session_id: int | None = None
    what_happened: str = ""
    felt: str = ""
    feedback: str = ""


def gentle_mirror(item: AgendaItem) -> str | None:
    """Named kindly once an item has waited three or more sessions."""
    if item.carried < 3:
        return None
    words = {3: "three", 4: "four", 5: "five", 6: "six"}.get(item.carried, str(item.carried))
    return (f"This has waited {words} sessions. If something makes it hard to bring up, that is worth "
            "noticing too, and it can wait as long as you need.")


def waiting_words(item: AgendaItem) -> str:
    """A quiet mark for an item carried over more than once; one carry-over is just next time."""
    return f"waiting {item.carried} sessions" if item.carried >= 2 else ""


def title_from_selection(text: str, limit: int = 200) -> str:
    """A readable one-line item from selected entry text."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def debrief_text(stored: str) -> str:
    """Every piece of text in a stored debrief (a JSON object, possibly nested), for the search index."""
    try:
        value = json.loads(stored or "{}")
    except ValueError:
        return ""
    parts: list[str] = []

    def walk(v: object) -> None:
        if isinstance(v, str):
            if v.strip():
                parts.append(v)
        elif isinstance(v, dict):
            for item in v.values():
                walk(item)
        elif isinstance(v, list):
            for item in v:
                walk(item)

    walk(value)
    return "\n".join(parts)
