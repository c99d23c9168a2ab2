"""The group service on a real vault: which phase the journal is in, session by session."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from ipt_journal.domain.agenda import Outcome
from ipt_journal.domain.schedule import GroupSchedule, phase_for
from ipt_journal.services.group import Group
from ipt_journal.services.prompts import prompt_for_now

BERLIN = ZoneInfo("Europe/Berlin")
FIRST = date(2026, 9, 3)  # a Thursday; sessions 18:00-19:30
SIXTEEN = GroupSchedule(3, time(18, 0), FIRST, 90, 16)
ONGOING = GroupSchedule(3, time(18, 0), FIRST, 90, None)


def session_day(number: int) -> date:
    return FIRST + timedelta(days=7 * (number - 1))


def evening_after(number: int) -> datetime:
    return datetime.combine(session_day(number), time(21, 0), tzinfo=BERLIN)


def day_before(number: int) -> datetime:
    return datetime.combine(session_day(number) - timedelta(days=1), time(20, 0), tzinfo=BERLIN)


def midweek_after(number: int) -> datetime:
    return datetime.combine(session_day(number) + timedelta(days=3), time(12, 0), tzinfo=BERLIN)


@pytest.fixture
def group(session):  # type: ignore[no-untyped-def]
    return Group(session, tz=BERLIN)


@pytest.mark.parametrize("number", range(1, 17))
def test_after_group_follows_the_session_just_held(group: Group, number: int) -> None:
    group.set_schedule(SIXTEEN, evening_after(1))
    now = evening_after(number)
    assert group.prompt_timing(now) == "after"
    assert group.phase(now) == phase_for(number, 16)


def test_after_session_three_is_still_the_beginning_and_the_day_before_four_is_the_middle(group: Group) -> None:
    group.set_schedule(SIXTEEN, evening_after(1))
    assert group.phase(evening_after(3)) == "beginning"
    assert group.prompt_timing(midweek_after(3)) == "midweek" and group.phase(midweek_after(3)) == "middle"
    assert group.prompt_timing(day_before(4)) == "before" and group.phase(day_before(4)) == "middle"
    assert group.phase(evening_after(14)) == "middle"
    assert group.phase(day_before(15)) == "ending"


def test_an_ongoing_group_never_ends_by_itself(group: Group) -> None:
    group.set_schedule(ONGOING, evening_after(1))
    assert [group.phase(evening_after(n)) for n in (1, 3, 4, 20, 60)] == [
        "beginning", "beginning", "middle", "middle", "middle"]
    assert group.total() is None


def test_an_ongoing_group_ends_once_the_member_sets_a_last_session(group: Group) -> None:
    now = evening_after(20)
    group.set_schedule(ONGOING, now)
    assert group.phase(now) == "middle"
    last = session_day(24)
    group.set_schedule(GroupSchedule(3, time(18, 0), FIRST, 90, None, last_date=last), now)
    assert group.total() == 24
    assert [group.phase(evening_after(n)) for n in (20, 22, 23, 24)] == ["middle", "middle", "ending", "ending"]
    assert "session 23 of 24" in group.status_line(day_before(23))
    assert group.next(evening_after(24) + timedelta(days=1)) is None


def test_thinking_of_leaving_starts_the_ending_until_it_is_set_aside(group: Group, session) -> None:  # type: ignore[no-untyped-def]
    now = evening_after(6)
    group.set_schedule(ONGOING, now)
    assert group.phase(now) == "middle" and not group.leaving(now)
    item = group.start_leaving(now)
    assert group.start_leaving(now).id == item.id  # once only
    assert group.leaving(now)
    assert [group.phase(t) for t in (now, midweek_after(6), day_before(7))] == ["ending"] * 3
    assert "the ending" in group.status_line(now)
    # the member edits the words of the item: it is still the leaving item
    session.agenda.update(session.agenda.get(item.id).__class__(
        **{**session.agenda.get(item.id).__dict__, "text": "Say I might stop coming in March"}))
    assert group.phase(now) == "ending"
    # raised in group: the goodbye sessions stay in the ending, then it is over
    session.agenda.record_outcome(Outcome(item.id, "raised", day_before(8) + timedelta(days=1, hours=-1)))
    assert group.phase(evening_after(9)) == "ending"
    assert group.phase(evening_after(14)) == "middle"


def test_a_leaving_item_no_longer_needed_ends_the_ending(group: Group, session) -> None:  # type: ignore[no-untyped-def]
    now = evening_after(6)
    group.set_schedule(SIXTEEN, now)
    item = group.start_leaving(now)
    session.agenda.record_outcome(Outcome(item.id, "dropped", now))
    assert group.phase(now) == "middle"
    # a plain item with the same words is not a decision to leave
    from ipt_journal.domain.agenda import LEAVING_TEXT, AgendaItem

    session.agenda.add(AgendaItem(LEAVING_TEXT))
    assert group.phase(now) == "middle"
    session.agenda.delete(item.id)
    assert not group.leaving(now)


def test_prompts_offered_after_session_three_are_beginning_prompts(group: Group, session) -> None:  # type: ignore[no-untyped-def]
    group.set_schedule(SIXTEEN, evening_after(1))
    rng = random.Random(18)
    offered = [prompt_for_now(session, previous_id=None, rng=rng, now=evening_after(3), group=group)
               for _ in range(200)]
    assert all(not p.phases or "beginning" in p.phases for p in offered)
    assert sum("beginning" in p.phases for p in offered) >= 0.6 * len(offered)
