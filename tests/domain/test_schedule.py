from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from ipt_journal.domain import reminders
from ipt_journal.domain.agenda import AgendaItem, gentle_mirror, title_from_selection
from ipt_journal.domain.schedule import (
    GroupSchedule,
    SessionSlot,
    debrief_due,
    describe_when,
    is_review_time,
    last_session,
    localize,
    next_session,
    number_sessions,
    phase_for,
    slot_dates,
)

BERLIN = ZoneInfo("Europe/Berlin")
THURSDAY_6PM = GroupSchedule(weekday=3, start=time(18, 0), first_date=date(2026, 9, 1), total_sessions=16)


def slots_for(schedule: GroupSchedule, until: date, tz=BERLIN) -> list[SessionSlot]:  # type: ignore[no-untyped-def]
    return number_sessions(
        [SessionSlot(i, localize(d, schedule.start, tz), schedule.length_minutes)
         for i, d in enumerate(slot_dates(schedule, until), start=1)]
    )


def test_weekly_dates_start_on_the_right_weekday_and_stop_when_time_limited() -> None:
    days = slot_dates(THURSDAY_6PM, date(2027, 6, 1))
    assert days[0] == date(2026, 9, 3) and all(d.weekday() == 3 for d in days)
    assert len(days) == 16 and days[-1] == date(2026, 12, 17)
    ongoing = GroupSchedule(weekday=0, start=time(19, 0), first_date=date(2026, 9, 7))
    assert len(slot_dates(ongoing, date(2026, 12, 31))) == 17


def test_phases() -> None:
    assert [phase_for(n, 16) for n in (1, 3, 4, 14, 15, 16)] == [
        "beginning", "beginning", "middle", "middle", "ending", "ending"]
    assert phase_for(17, 16) is None and phase_for(None, 16) is None
    assert [phase_for(n, None) for n in (1, 3, 4, 200)] == ["beginning", "beginning", "middle", "middle"]
    assert phase_for(1, 2) == "ending"  # a two-session group is all ending


@pytest.mark.parametrize(
    ("number", "total", "leaving", "expected"),
    [(n, 16, False, "beginning") for n in (1, 2, 3)]
    + [(n, 16, False, "middle") for n in range(4, 15)]
    + [(n, 16, False, "ending") for n in (15, 16)]
    + [(17, 16, False, None), (0, 16, False, None), (None, 16, False, None)]
    # an ongoing group: no end in sight, so never an ending on its own
    + [(n, None, False, "beginning") for n in (1, 2, 3)]
    + [(n, None, False, "middle") for n in (4, 10, 52, 300)]
    # an ongoing group whose member set a last session (number 30)
    + [(28, 30, False, "middle"), (29, 30, False, "ending"), (30, 30, False, "ending"), (31, 30, False, None)]
    # thinking of leaving starts the ending, whatever the session number
    + [(n, total, True, "ending") for n in (1, 3, 4, 9, 40) for total in (None, 60)]
    + [(None, None, True, "ending"), (17, 16, True, None)],
)
def test_phase_for_each_session_number(number, total, leaving, expected) -> None:  # type: ignore[no-untyped-def]
    assert phase_for(number, total, leaving=leaving) == expected


def test_last_date_ends_an_ongoing_group_and_round_trips() -> None:
    ongoing = GroupSchedule(weekday=0, start=time(19, 0), first_date=date(2026, 9, 7), last_date=date(2026, 10, 5))
    assert slot_dates(ongoing, date(2027, 1, 1))[-1] == date(2026, 10, 5)
    assert len(slot_dates(ongoing, date(2027, 1, 1))) == 5
    assert GroupSchedule.from_dict(ongoing.as_dict()) == ongoing
    # a time-limited group's length wins over a stray last date
    raw = {**THURSDAY_6PM.as_dict(), "last_date": "2026-10-01"}
    assert GroupSchedule.from_dict(raw).last_date is None
    assert GroupSchedule.from_dict({**ongoing.as_dict(), "last_date": "not a date"}) is None
    # settings written before last_date existed still read
    old = {k: v for k, v in ongoing.as_dict().items() if k != "last_date"}
    assert GroupSchedule.from_dict(old).last_date is None


def test_wall_clock_time_survives_dst_change() -> None:
    # Berlin leaves summer time on 25 Oct 2026: the session stays at 18:00 local time.
    slots = slots_for(THURSDAY_6PM, date(2026, 11, 30))
    before = next(s for s in slots if s.starts_at.date() == date(2026, 10, 22))
    after = next(s for s in slots if s.starts_at.date() == date(2026, 10, 29))
    assert before.starts_at.hour == after.starts_at.hour == 18
    utc = ZoneInfo("UTC")
    assert after.starts_at.astimezone(utc) - before.starts_at.astimezone(utc) == timedelta(days=7, hours=1)


def test_next_and_last_session_around_now() -> None:
    slots = slots_for(THURSDAY_6PM, date(2026, 12, 31))
    now = datetime(2026, 10, 6, 12, 0, tzinfo=BERLIN)  # a Tuesday
    nxt, last = next_session(slots, now), last_session(slots, now)
    assert nxt.starts_at.date() == date(2026, 10, 8) and nxt.number == 6
    assert last.starts_at.date() == date(2026, 10, 1) and last.number == 5
    during = datetime(2026, 10, 8, 18, 30, tzinfo=BERLIN)
    assert next_session(slots, during).number == 6
    assert describe_when(nxt, now) == "Thursday 18:00, in 2 days"
    assert describe_when(nxt, datetime(2026, 10, 7, 9, 0, tzinfo=BERLIN)) == "tomorrow at 18:00"
    assert describe_when(nxt, during).startswith("happening now")
    assert next_session(slots, datetime(2027, 1, 1, tzinfo=BERLIN)) is None


def test_moved_cancelled_and_extra_sessions_renumber() -> None:
    from dataclasses import replace

    slots = slots_for(THURSDAY_6PM, date(2026, 9, 30))
    slots[1] = replace(slots[1], cancelled=True)
    slots.append(SessionSlot(99, datetime(2026, 9, 12, 10, 0, tzinfo=BERLIN), 60, extra=True))
    numbered = number_sessions(slots)
    by_id = {s.id: s.number for s in numbered}
    assert by_id[2] is None and by_id[99] == 2 and by_id[3] == 3


def test_group_that_started_in_the_past() -> None:
    schedule = GroupSchedule(weekday=2, start=time(17, 30), first_date=date(2024, 1, 1))
    slots = slots_for(schedule, date(2026, 11, 30))
    nxt = next_session(slots, datetime(2026, 11, 24, 9, 0, tzinfo=BERLIN))
    assert nxt.starts_at.date() == date(2026, 11, 25) and nxt.number == len(slots)


def test_review_and_debrief_windows() -> None:
    slot = SessionSlot(1, datetime(2026, 10, 8, 18, 0, tzinfo=BERLIN), 90)
    assert not is_review_time(slot, datetime(2026, 10, 6, 20, 0, tzinfo=BERLIN))
    assert is_review_time(slot, datetime(2026, 10, 7, 8, 0, tzinfo=BERLIN))
    assert is_review_time(slot, datetime(2026, 10, 8, 17, 59, tzinfo=BERLIN))
    assert not is_review_time(slot, datetime(2026, 10, 8, 18, 1, tzinfo=BERLIN))
    assert debrief_due(slot, datetime(2026, 10, 8, 20, 0, tzinfo=BERLIN))
    assert not debrief_due(slot, datetime(2026, 10, 20, 20, 0, tzinfo=BERLIN))
    from dataclasses import replace

    assert not debrief_due(replace(slot, debriefed=True), datetime(2026, 10, 8, 20, 0, tzinfo=BERLIN))


def test_schedule_settings_are_read_leniently() -> None:
    assert GroupSchedule.from_dict(THURSDAY_6PM.as_dict()) == THURSDAY_6PM
    for bad in (None, [], {"weekday": "x"}, {"weekday": 1, "start": "25:99", "first_date": "2026-01-01"}):
        assert GroupSchedule.from_dict(bad) is None


def test_reminders_timing_and_no_member_text() -> None:
    last = SessionSlot(5, datetime(2026, 10, 1, 18, 0, tzinfo=BERLIN), 90)
    nxt = SessionSlot(6, datetime(2026, 10, 8, 18, 0, tzinfo=BERLIN), 90)
    planned = reminders.planned(nxt, last, frozenset(reminders.KINDS))
    at = {r.kind: r.at for r in planned}
    assert at["review"] == datetime(2026, 10, 7, 19, 0, tzinfo=BERLIN)
    assert at["debrief"] == datetime(2026, 10, 1, 20, 0, tzinfo=BERLIN)
    assert at["midweek"] == datetime(2026, 10, 5, 12, 0, tzinfo=BERLIN)  # halfway: 5 Oct, 06:00
    assert {r.text for r in planned} == set(reminders.TEXTS.values())
    due = reminders.due(planned, datetime(2026, 10, 7, 19, 5, tzinfo=BERLIN), shown=set())
    assert [r.kind for r in due] == ["review"]
    assert reminders.due(planned, datetime(2026, 10, 7, 19, 5, tzinfo=BERLIN), shown={due[0].key}) == []
    assert reminders.due(planned, datetime(2026, 10, 8, 9, 0, tzinfo=BERLIN), shown=set()) == []  # too late now
    assert [r.kind for r in reminders.planned(nxt, last, frozenset({"midweek"}))] == ["midweek"]


def test_reminders_say_nothing_about_a_group_unless_the_member_chose_it() -> None:
    last = SessionSlot(5, datetime(2026, 10, 1, 18, 0, tzinfo=BERLIN), 90)
    nxt = SessionSlot(6, datetime(2026, 10, 8, 18, 0, tzinfo=BERLIN), 90)
    neutral = reminders.planned(nxt, last, frozenset(reminders.KINDS))
    assert all("group" not in r.text.lower() and "therap" not in r.text.lower() for r in neutral)
    assert {r.kind: r.text for r in neutral}["review"] == "A moment for your journal, to look ahead."
    chosen = reminders.planned(nxt, last, frozenset(reminders.KINDS), group_words=True)
    assert {r.kind: r.text for r in chosen}["review"] == "Time to prepare for group."
    assert [r.key for r in chosen] == [r.key for r in neutral]  # same moments, other words


def test_past_sessions_and_waiting_items_are_named_kindly() -> None:
    from ipt_journal.domain.agenda import waiting_words
    from ipt_journal.domain.schedule import session_words

    slot = SessionSlot(1, datetime(2026, 10, 1, 18, 0, tzinfo=BERLIN), 90)
    assert session_words(slot, 0) == ""
    assert session_words(replace(slot, debriefed=True), 0) == "looked back on"
    assert session_words(slot, 1) == "you raised one thing"
    assert session_words(slot, 3) == "you raised 3 things"
    assert session_words(replace(slot, attended=False), 0) == "you were away"
    assert session_words(replace(slot, cancelled=True), 2) == "cancelled"
    assert all("missed" not in session_words(replace(slot, attended=a), n) for a in (None, False) for n in (0, 1))
    assert waiting_words(AgendaItem("x", carried=1)) == ""
    assert waiting_words(AgendaItem("x", carried=2)) == "waiting 2 sessions"


def test_gentle_mirror_after_three_carries() -> None:
    assert gentle_mirror(AgendaItem("x", carried=2)) is None
    assert "three sessions" in (gentle_mirror(AgendaItem("x", carried=3)) or "")
    assert title_from_selection("  a\n b  ") == "a b"
    assert len(title_from_selection("w " * 500)) == 200


def test_evening_before_reminder_follows_dst_in_the_machines_zone(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import time as _time

    monkeypatch.setenv("TZ", "Europe/Berlin")
    _time.tzset()
    try:
        # Sunday 25 Oct 2026, 18:00 after clocks went back overnight; stored times come back as fixed offsets.
        start = datetime(2026, 10, 25, 18, 0, tzinfo=BERLIN).astimezone()
        (review,) = reminders.planned(SessionSlot(1, start, 90), None, frozenset({"review"}))
        assert review.at.astimezone(BERLIN).replace(tzinfo=None) == datetime(2026, 10, 24, 19, 0)
    finally:
        monkeypatch.undo()
        _time.tzset()
