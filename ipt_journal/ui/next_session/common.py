"""What the parts of the Next session screen share: the item-id role, the clock, a session's name."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt


Clock = Callable[[], datetime]


ItemIdRole = Qt.ItemDataRole.UserRole + 1
SUGGESTION_HINTS = (10, 6, 7)  # concerns about the group, what I avoid, feedback: the usual ones


def _now() -> datetime:
    return datetime.now().astimezone()


from ipt_journal.ui.next_session.words import slot_name  # noqa: E402  (kept here for older imports)

__all__ = ["ItemIdRole", "SUGGESTION_HINTS", "Clock", "slot_name"]
