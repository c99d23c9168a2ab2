"""When to remind the member about group, in words that are safe on a locked screen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from ipt_journal.domain.schedule import SessionSlot

KINDS = ("review", "debrief", "midweek")
# Shown on a screen others may see: by default they say nothing about a group.
TEXTS = {
    "review": "A moment for your journal, to look ahead.",
    "debrief": "A moment for your journal, to look back.",
    "midweek": "A moment to check in with yourself.",
}
# The member's choice, for a screen that is only theirs.
GROUP_TEXTS = {
    "review": "Time to prepare for group.",
    "debrief": "A moment to look back on group.",
    "midweek": "A moment to check in with yourself.",
}
EVENING = time(19, 0)
SHOW_FOR = timedelta(hours=12)


@dataclass(frozen=True)
class Reminder:
    key: str  # unique per kind and session, to show each only once
    kind: str
    at: datetime
    text: str  # never member text


def _at(day, clock: time, like: datetime) -> datetime:  # type: ignore[no-untyped-def]
    """Wall-clock time on a day in the member's zone, DST included.

    A real zone (ZoneInfo) is used as it is; a fixed offset, as read back from storage,
    stands for the machine's own zone, whose rules Python applies via astimezone().
    """
    from datetime import timezone

    if like.tzinfo is not None and not isinstance(like.tzinfo, timezone):
        return datetime.combine(day, clock, tzinfo=like.tzinfo)
    return datetime.combine(day, clock).astimezone()


def planned(next_slot: SessionSlot | None, last_slot: SessionSlot | None, enabled: frozenset[str],
            *, group_words: bool = False) -> list[Reminder]:
    """The reminders for around these sessions; `group_words` only if the member chose them."""
    texts = GROUP_TEXTS if group_words else TEXTS
    out: list[Reminder] = []
    if next_slot is not None and "review" in enabled:
        start = next_slot.starts_at
        evening_before = _at(start.date() - timedelta(days=1), EVENING, start)
        out.append(Reminder(f"review:{next_slot.id}:{start.isoformat()}", "review", evening_before, texts["review"]))
    if last_slot is not None and "debrief" in enabled and not last_slot.debriefed:
        at = last_slot.ends_at + timedelta(minutes=30)
        out.append(Reminder(f"debrief:{last_slot.id}", "debrief", at, texts["debrief"]))
    if last_slot is not None and next_slot is not None and "midweek" in enabled:
        middle = last_slot.starts_at + (next_slot.starts_at - last_slot.starts_at) / 2
        at = _at(middle.date(), time(12, 0), middle)
        out.append(Reminder(f"midweek:{last_slot.id}", "midweek", at, texts["midweek"]))
    return out


def due(reminders: list[Reminder], now: datetime, shown: set[str]) -> list[Reminder]:
    return [r for r in reminders if r.key not in shown and r.at <= now < r.at + SHOW_FOR]
