"""The group's schedule, sessions and phase as the screens need them; no Qt, no SQL."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from ipt_journal.domain import schedule as sched
from ipt_journal.domain.agenda import LEAVING_TEXT, AgendaItem
from ipt_journal.domain.prompts import timing_for
from ipt_journal.domain.schedule import GroupSchedule, SessionSlot
from ipt_journal.services.session import Session
from ipt_journal.vault.errors import NotFound
from ipt_journal.vault.stored_keys import LEAVING_SETTING

SCHEDULE_KEY = "group_schedule"
# The agenda item that says "I am thinking of leaving", by id and uid: matched by what it
# is, never by its words, which the member may edit and a translation will change.
LEAVING_KEY = LEAVING_SETTING
# After the member has told the group, the goodbye sessions still belong to the ending.
LEAVING_AFTER_RAISED = timedelta(days=28)


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
        """The number of the last session: a time-limited group's length, or the last session
        the member set in an ongoing group; None while no end is set."""
        schedule = self.schedule()
        if schedule is None:
            return None
        recorded = self.sessions.all()
        if schedule.total_sessions is not None:
            # extra sessions lengthen a time-limited group
            extras = sum(1 for s in recorded if s.extra and not s.cancelled)
            return schedule.total_sessions + extras
        if schedule.last_date is None:
            return None
        last_day = schedule.last_date
        held = max((s.number for s in recorded if s.number and s.starts_at.date() <= last_day), default=0)
        latest = max((s.starts_at.date() for s in recorded if not s.extra), default=None)
        still_to_record = [d for d in sched.slot_dates(schedule, last_day) if latest is None or d > latest]
        return held + len(still_to_record) or None

    def start_leaving(self, now: datetime) -> AgendaItem:
        """Put "thinking of leaving" on the list (once) and let the ending phase begin."""
        assert self.session.agenda is not None
        current = self._leaving_item()
        if current is not None and current.status == "open":
            return current
        item = self.session.agenda.add(AgendaItem(LEAVING_TEXT, suggestion=10), now=now)
        self.settings.set(LEAVING_KEY, {"id": item.id, "uid": item.uid})
        return item

    def _leaving_item(self) -> AgendaItem | None:
        assert self.session.agenda is not None
        raw = self.settings.get(LEAVING_KEY)
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), int):
            return None
        try:
            item = self.session.agenda.get(raw["id"])
        except NotFound:
            return None
        return item if item.uid == raw.get("uid") else None

    def leaving(self, now: datetime) -> bool:
        """The member is thinking of leaving: the item is still on the list, or was raised lately."""
        item = self._leaving_item()
        if item is None or item.status == "dropped":
            return False
        if item.status == "open":
            return True
        assert self.session.agenda is not None and item.id is not None
        raised = [o.at for o in self.session.agenda.outcomes(item.id) if o.outcome == "raised"]
        return bool(raised) and now - max(raised) <= LEAVING_AFTER_RAISED

    def phase(self, now: datetime, timing: str | None = None) -> str | None:
        """After group, the phase of the session just held; otherwise of the one coming up."""
        if timing is None:
            timing = self.prompt_timing(now)
        last, nxt = self.last(now), self.next(now)
        slot = (last or nxt) if timing == "after" else (nxt or last)
        return sched.phase_for(slot.number if slot else None, self.total(), leaving=self.leaving(now))

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
        phase = sched.phase_for(nxt.number, total, leaving=self.leaving(now))
        if phase:
            text += f" · {sched.PHASE_WORDS[phase]}"
        return text
