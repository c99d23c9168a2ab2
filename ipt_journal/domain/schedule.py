"""The group's rhythm: weekly sessions, their numbers and phases, and what 'next group' means now."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

PHASES = ("beginning", "middle", "ending")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
BEGINNING_SESSIONS = 3
ENDING_SESSIONS = 2


@dataclass(frozen=True)
class GroupSchedule:
    weekday: int  # Monday = 0
    start: time
    first_date: date  # the first session, or the day the member joined
    length_minutes: int = 90
    total_sessions: int | None = None  # None: an ongoing group
    last_date: date | None = None  # an ongoing group: the last session the member set, if any

    def as_dict(self) -> dict[str, object]:
        return {
            "weekday": self.weekday, "start": self.start.strftime("%H:%M"), "first_date": self.first_date.isoformat(),
            "length_minutes": self.length_minutes, "total_sessions": self.total_sessions,
            "last_date": self.last_date.isoformat() if self.last_date else None,
        }

    @classmethod
    def from_dict(cls, raw: object) -> GroupSchedule | None:
        """Lenient: a damaged or missing setting means 'no schedule yet', never a crash."""
        if not isinstance(raw, dict):
            return None
        try:
            total = raw.get("total_sessions")
            last = raw.get("last_date")
            schedule = cls(
                weekday=int(raw["weekday"]) % 7,
                start=time.fromisoformat(str(raw["start"])),
                first_date=date.fromisoformat(str(raw["first_date"])),
                length_minutes=max(15, min(int(raw.get("length_minutes", 90)), 600)),
                total_sessions=int(total) if total else None,
                last_date=date.fromisoformat(str(last)) if last and not total else None,
            )
        except (KeyError, TypeError, ValueError):
            return None
        return schedule

    @property
    def time_limited(self) -> bool:
        return self.total_sessions is not None


def localize(day: date, at: time, tz: tzinfo | None = None) -> datetime:
    """Wall-clock time on a day, made aware. Without tz, the system's zone (DST included)."""
    if tz is not None:
        return datetime.combine(day, at, tzinfo=tz)
    return datetime.combine(day, at).astimezone()


def first_slot_date(schedule: GroupSchedule) -> date:
    return schedule.first_date + timedelta(days=(schedule.weekday - schedule.first_date.weekday()) % 7)


def slot_dates(schedule: GroupSchedule, until: date) -> list[date]:
    """Every scheduled session date from the first up to and including `until` (capped if time-limited)."""
    out = []
    day = first_slot_date(schedule)
    while day <= until:
        if schedule.total_sessions is not None and len(out) >= schedule.total_sessions:
            break
        if schedule.last_date is not None and day > schedule.last_date:
            break
        out.append(day)
        day += timedelta(days=7)
    return out


def phase_for(number: int | None, total: int | None, *, leaving: bool = False) -> str | None:
    """Beginning: the first three sessions; ending: the last two sessions once the group (or
    the member's time in it) has a last session, and whenever the member is thinking of leaving.

    `total` is the number of the last session: a time-limited group's length, or the last
    session an ongoing group's member has set; None while no end is in sight.
    """
    if leaving and (number is None or total is None or number <= total):
        return "ending"
    if number is None or number < 1:
        return None
    if total is not None and number > total - ENDING_SESSIONS and number <= total:
        return "ending"
    if number <= BEGINNING_SESSIONS:
        return "beginning"
    if total is not None and number > total:
        return None
    return "middle"


PHASE_WORDS = {
    "beginning": "the beginning: getting to know the group and mapping the people who matter in your life",
    "middle": "the middle: the main work of the group",
    "ending": "the ending: what ending brings up, and looking back",
}


@dataclass(frozen=True)
class SessionSlot:
    """A meeting as the rest of the app sees it."""

    id: int | None
    starts_at: datetime
    length_minutes: int
    number: int | None = None
    cancelled: bool = False
    extra: bool = False
    attended: bool | None = None
    debriefed: bool = False

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.length_minutes)


def number_sessions(slots: list[SessionSlot]) -> list[SessionSlot]:
    """Numbers follow time order; cancelled meetings get none."""
    from dataclasses import replace

    out, n = [], 0
    for slot in sorted(slots, key=lambda s: s.starts_at):
        if slot.cancelled:
            out.append(replace(slot, number=None))
        else:
            n += 1
            out.append(replace(slot, number=n))
    return out


def next_session(slots: list[SessionSlot], now: datetime) -> SessionSlot | None:
    """The meeting still to come (or happening now)."""
    upcoming = [s for s in slots if not s.cancelled and s.ends_at > now]
    return min(upcoming, key=lambda s: s.starts_at, default=None)


def last_session(slots: list[SessionSlot], now: datetime) -> SessionSlot | None:
    past = [s for s in slots if not s.cancelled and s.ends_at <= now]
    return max(past, key=lambda s: s.starts_at, default=None)


def describe_when(slot: SessionSlot, now: datetime) -> str:
    """'Thursday 18:00, in 2 days' in plain words."""
    start = slot.starts_at.astimezone(now.tzinfo) if now.tzinfo else slot.starts_at
    clock = start.strftime("%H:%M")
    if start <= now < slot.ends_at:
        return f"happening now (started {clock})"
    days = (start.date() - now.date()).days
    if days == 0:
        return f"today at {clock}"
    if days == 1:
        return f"tomorrow at {clock}"
    if days < 7:
        return f"{WEEKDAYS[start.weekday()]} {clock}, in {days} days"
    return f"{WEEKDAYS[start.weekday()]} {start.day} {start.strftime('%B')} {clock}, in {days} days"


def session_words(slot: SessionSlot, raised: int) -> str:
    """How a past session is named in the list: never 'missed', never a count of nought."""
    if slot.cancelled:
        return "cancelled"
    if slot.attended is False:
        return "you were away"
    if raised == 1:
        return "you raised one thing"
    if raised > 1:
        return f"you raised {raised} things"
    return "looked back on" if slot.debriefed else ""


def is_review_time(next_slot: SessionSlot | None, now: datetime) -> bool:
    """The day before the group and the day itself, until it starts."""
    if next_slot is None or now >= next_slot.starts_at:
        return False
    return (next_slot.starts_at.date() - now.date()).days <= 1


def debrief_due(last_slot: SessionSlot | None, now: datetime, *, within_days: int = 7) -> bool:
    return (
        last_slot is not None
        and not last_slot.debriefed
        and last_slot.attended is not False
        and now - last_slot.ends_at <= timedelta(days=within_days)
    )
