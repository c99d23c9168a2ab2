"""What the parts of the Next session screen share: the item-id role, the clock, a session's name."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt

from ipt_journal.domain.schedule import SessionSlot

Clock = Callable[[], datetime]


ItemIdRole = Qt.ItemDataRole.UserRole + 1
SUGGESTION_HINTS = (10, 6, 7)  # concerns about the group, what I avoid, feedback: the usual ones


def _now() -> datetime:
    return datetime.now().astimezone()


def slot_name(slot: SessionSlot) -> str:
    n = f"Session {slot.number}, " if slot.number else ""
    done = " (looked back on)" if slot.debriefed else ""
    return f"{n}{slot.starts_at.strftime('%a %d %b %Y, %H:%M')}{done}"
