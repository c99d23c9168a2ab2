"""The group's schedule, sessions and phase as the screens need them; no Qt, no SQL."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from ipt_journal.domain import schedule as sched
from ipt_journal.domain.prompts import timing_for
from ipt_journal.domain.schedule import GroupSchedule, SessionSlot
from ipt_journal.services.session import Session

SCHEDULE_KEY = "group_schedule"


class Group:
    """One member's group. `tz` is for tests; the app uses the system's zone."""

    def __init__(self, session: Session, tz: tzinfo | None = None) -> None:
        assert session.settings is not None and session.sessions is not None
        self.session = session
        self.settings = session.settings
        self.sessions = session.sessions
        self.tz = tz
        self._cache: tuple[datetime, list[SessionSlot]] | None = None  # slots as of one minute

    def schedule(self) -> GroupSchedule | None:
        return GroupSchedule.from_dict(self.settings.get(SCHEDULE_KEY))

    def set_schedule(self, schedule: GroupSchedule | None, now: datetime) -> None:
        self._cache = None
        self.settings.set(SCHEDULE_KEY, schedule.as_dict() if schedule else None)
        self.sessions.forget_unused_future(now)
        self.sync(now)

    def sync(self, now: datetime) -> None:
        """Record scheduled sessions up to the first one after now."""
        schedule = self.schedule()
        if schedule is None:
            return
        horizon = (now + timedelta(days=8)).date()
        # Never backfill before what is already recorded: after a change of weekday the
        # past stays as it happened, and only later sessions follow the new rhythm.
        latest = max((s.starts_at for s in self.sessions.all() if not s.extra), default=None)
        slots = []
        for day in sched.slot_dates(schedule, horizon):
            start = sched.localize(day, schedule.start, self.tz)
            if latest is None or start > latest:
                slots.append((day, start, schedule.length_minutes))
        self.sessions.ensure_scheduled(slots)

    def slots(self, now: datetime) -> list[SessionSlot]:
        """Every session, recorded up to about a week after now; cached for the same minute."""
        minute = now.replace(second=0, microsecond=0)
        if self._cache is not None and self._cache[0] == minute:
            return self._cache[1]
        self.sync(now)
        slots = self.sessions.all()
        self._cache = (minute, slots)
        return slots

    def forget(self) -> None:
        """Sessions were edited directly (moved, cancelled, debriefed): read them again next time."""
        self._cache = None

    def next(self, now: datetime) -> SessionSlot | None:
        return sched.next_session(self.slots(now), now)

    def last(self, now: datetime) -> SessionSlot | None:
        return sched.last_session(self.slots(now), now)

    def total(self) -> int | None:
        schedule = self.schedule()
        if schedule is None or schedule.total_sessions is None:
            return None
        # extra sessions lengthen a time-limited group
        extras = sum(1 for s in self.sessions.all() if s.extra and not s.cancelled)
        return schedule.total_sessions + extras

    def phase(self, now: datetime) -> str | None:
        upcoming = self.next(now) or self.last(now)
        return sched.phase_for(upcoming.number if upcoming else None, self.total())

    def prompt_timing(self, now: datetime) -> str:
        last, nxt = self.last(now), self.next(now)
        return timing_for(now, last.ends_at if last else None, nxt.starts_at if nxt else None)

    def status_line(self, now: datetime) -> str:
        """'Next group: Thursday 18:00, in 2 days · session 5 of 16, the middle' or a gentle nudge."""
        if self.schedule() is None:
            return "Add your group's day and time to see when the next session is."
        nxt = self.next(now)
        if nxt is None:
            return "Your group's sessions have come to an end."
        text = f"Next group: {sched.describe_when(nxt, now)}"
        total = self.total()
        if nxt.number is not None:
            text += f" · session {nxt.number}" + (f" of {total}" if total else "")
        phase = sched.phase_for(nxt.number, total)
        if phase:
            text += f" · {sched.PHASE_WORDS[phase]}"
        return text
