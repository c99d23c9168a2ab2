"""services/group.Group on a real vault: the schedule becomes sessions, numbers, phases and the status line."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from ipt_journal.domain.schedule import GroupSchedule
from ipt_journal.services.group import SCHEDULE_KEY, Group
from ipt_journal.services.session import Session
from ipt_journal.vault.vault import Vault
from tests.conftest import PASSPHRASE

BERLIN = ZoneInfo("Europe/Berlin")


def test_group_service_builds_sessions_from_the_schedule(vault: Vault) -> None:
    data_dir = vault.data_dir
    vault.close()
    session = Session(data_dir)
    session.unlock(PASSPHRASE)
    try:
        group = Group(session, tz=BERLIN)
        now = datetime(2026, 10, 6, 12, 0, tzinfo=BERLIN)
        assert "Add your group" in group.status_line(now)
        group.set_schedule(GroupSchedule(3, time(18, 0), date(2026, 9, 1), 90, 16), now)
        assert group.status_line(now) .startswith("Next group: Thursday 18:00, in 2 days · session 6 of 16")
        assert group.phase(now) == "middle" and group.prompt_timing(now) == "midweek"
        assert group.prompt_timing(datetime(2026, 10, 7, 20, 0, tzinfo=BERLIN)) == "before"
        assert group.prompt_timing(datetime(2026, 10, 1, 21, 0, tzinfo=BERLIN)) == "after"
        # only sessions up to about a week ahead of the latest 'now' (7 Oct) are recorded: 3 Sep .. 15 Oct
        assert len(session.sessions.all()) == 7
        # moving the group to Tuesdays redraws future sessions but keeps the past
        group.set_schedule(GroupSchedule(1, time(18, 0), date(2026, 9, 1), 90, 16), now)
        nxt = group.next(now)
        assert nxt.starts_at.weekday() == 1 and nxt.starts_at.date() == date(2026, 10, 6)
        assert group.phase(datetime(2026, 12, 20, 12, 0, tzinfo=BERLIN)) == "ending"
    finally:
        session.lock()


def test_extra_sessions_lengthen_a_time_limited_group_and_the_end_is_said(session: Session) -> None:
    group = Group(session, tz=BERLIN)
    now = datetime(2026, 10, 6, 12, 0, tzinfo=BERLIN)
    group.set_schedule(GroupSchedule(3, time(18, 0), date(2026, 9, 3), 90, 6), now)
    assert group.total() == 6
    extra = session.sessions.add_extra(datetime(2026, 10, 10, 10, 0, tzinfo=BERLIN), 60)
    group.forget()
    assert group.total() == 7
    session.sessions.set_cancelled(extra, True)  # a cancelled extra does not count
    assert group.total() == 6
    after_the_end = datetime(2026, 11, 1, 12, 0, tzinfo=BERLIN)
    assert group.next(after_the_end) is None
    assert group.status_line(after_the_end) == "Your group's sessions have come to an end."


def test_a_damaged_schedule_setting_means_no_schedule_not_a_crash(session: Session) -> None:
    session.settings.set(SCHEDULE_KEY, {"weekday": "Thursday", "start": "late"})
    group = Group(session, tz=BERLIN)
    now = datetime(2026, 10, 6, 12, 0, tzinfo=BERLIN)
    assert group.schedule() is None and group.next(now) is None
    assert group.status_line(now).startswith("Add your group's day and time")
    assert group.prompt_timing(now) == "midweek"


def test_slots_are_read_once_a_minute_until_forgotten(session: Session) -> None:
    group = Group(session, tz=BERLIN)
    now = datetime(2026, 10, 6, 12, 0, 5, tzinfo=BERLIN)
    group.set_schedule(GroupSchedule(3, time(18, 0), date(2026, 9, 3), 90, None), now)
    first = group.slots(now)
    assert group.slots(now + timedelta(seconds=30)) is first  # same minute: the same list, not a new query
    session.sessions.add_extra(datetime(2026, 10, 9, 18, 0, tzinfo=BERLIN), 90)
    assert len(group.slots(now)) == len(first)  # still the cached list
    group.forget()
    assert len(group.slots(now)) == len(first) + 1
    assert group.total() is None and group.phase(now) == "middle"
    assert group.phase(datetime(2027, 9, 1, 12, 0, tzinfo=BERLIN)) == "middle"  # an ongoing group never reaches an ending
