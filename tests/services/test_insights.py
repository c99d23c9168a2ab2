"""The one feelings series and the looking-back reads, on a real vault."""

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from ipt_journal.domain.agenda import AgendaItem, Outcome
from ipt_journal.domain.entries import Entry, Feeling
from ipt_journal.domain.feelings import ChosenWord, new_checkin
from ipt_journal.domain.goals import CheckIn, Goal
from ipt_journal.domain.schedule import GroupSchedule
from ipt_journal.services import insights as svc
from ipt_journal.services.group import Group
from ipt_journal.services.session import Session
from ipt_journal.vault.checkins import CheckinRepository

BERLIN = ZoneInfo("Europe/Berlin")
TOKYO = ZoneInfo("Asia/Tokyo")
NEW_YORK = ZoneInfo("America/New_York")


def at(y: int, m: int, d: int, h: int = 12, mi: int = 0, tz=BERLIN) -> datetime:  # type: ignore[no-untyped-def]
    return datetime(y, m, d, h, mi, tzinfo=tz)


def test_one_series_from_checkins_forms_and_debriefs(session: Session) -> None:
    journal, agenda = session.journal, session.agenda
    assert journal is not None and agenda is not None
    form = journal.save(Entry(kind="moment", entry_at=at(2026, 5, 4, 20), suggestion=1,
                              feelings=(Feeling("sad", 3), Feeling("Left out", 6), Feeling("my own word", 2))))
    trashed = journal.save(Entry(kind="moment", entry_at=at(2026, 5, 4, 21), feelings=(Feeling("angry", 9),)))
    journal.move_to_trash(trashed.id)
    item = agenda.add(AgendaItem(text="tell them", suggestion=6), now=at(2026, 5, 1))
    agenda.record_outcome(Outcome(item.id, "raised", at(2026, 5, 5, 20), felt="Some anger, then relief."))  # type: ignore[arg-type]
    agenda.record_outcome(Outcome(item.id, "carried", at(2026, 5, 6, 20), felt=""))  # type: ignore[arg-type]
    ci = CheckinRepository(session.vault).add(new_checkin(at(2026, 5, 6, 9), valence=2, energy=-1,
                                                          words=(ChosenWord("calm", 4),), person_name="Ana"))
    points = svc.Insights(session, BERLIN).series()
    got = [(p.source, p.word, p.known, p.intensity, p.valence, p.day) for p in points]
    assert [g[0] for g in got] == ["entry"] * 3 + ["debrief"] * 2 + ["checkin"] * 2  # in time order
    assert sorted(got, key=lambda g: (g[5], g[0], str(g[1]))) == [
        ("entry", "left_out", True, 6, -3, date(2026, 5, 4)),
        ("entry", "my own word", False, 2, None, date(2026, 5, 4)),
        ("entry", "sad", True, 3, -3, date(2026, 5, 4)),
        ("debrief", "angry", True, None, -4, date(2026, 5, 5)),
        ("debrief", "relieved", True, None, 3, date(2026, 5, 5)),
        ("checkin", None, True, None, 2.0, date(2026, 5, 6)),
        ("checkin", "calm", True, 4, 3, date(2026, 5, 6)),
    ]
    assert {p.ref_id for p in points if p.source == "entry"} == {form.id}
    assert {p.ref_id for p in points if p.source == "checkin"} == {ci.id}
    assert {p.suggestion for p in points if p.source == "debrief"} == {6}
    moods = svc.day_moods(points)
    assert moods[date(2026, 5, 4)].count == 3 and moods[date(2026, 5, 4)].pleasantness == -3
    assert moods[date(2026, 5, 6)].pleasantness == pytest.approx(2.5)
    assert svc.top_words(points, 2) == [("angry", True, 1), ("calm", True, 1)]
    assert [(r.key, r.count) for r in svc.by_suggestion(points)] == [("1", 3), ("6", 2)]
    assert [(r.key, r.words) for r in svc.by_person(points)] == [("Ana", ("calm",))]
    # a range reads only those days
    assert {p.day for p in svc.Insights(session, BERLIN).series(date(2026, 5, 5), date(2026, 5, 5))} == {date(2026, 5, 5)}


def test_days_are_the_members_own_across_time_zones_and_dst(session: Session) -> None:
    repo = CheckinRepository(session.vault)
    # made at 23:30 in New York on the night the clocks went back: still 1 November wherever it is read
    repo.add(new_checkin(datetime(2026, 11, 1, 23, 30, tzinfo=NEW_YORK), valence=-3, energy=1))
    journal = session.journal
    assert journal is not None
    journal.save(Entry(kind="moment", entry_at=at(2026, 3, 28, 23, 30), feelings=(Feeling("calm"),)))  # UTC+1
    journal.save(Entry(kind="moment", entry_at=at(2026, 3, 29, 23, 30), feelings=(Feeling("sad"),)))  # UTC+2 now
    for tz in (TOKYO, BERLIN, timezone.utc):
        year = svc.Insights(session, tz).year(2026)
        assert year[date(2026, 11, 1)].pleasantness == -3 and date(2026, 11, 2) not in year
    berlin = svc.Insights(session, BERLIN).year(2026)
    assert berlin[date(2026, 3, 28)].pleasantness == 3 and berlin[date(2026, 3, 29)].pleasantness == -3
    tokyo = svc.Insights(session, TOKYO).year(2026)  # entries have no stored zone: read in the zone given
    assert date(2026, 3, 28) not in tokyo and tokyo[date(2026, 3, 29)].count == 1


def _stuff_between(session: Session, since_session_end: datetime, now: datetime) -> dict[str, object]:
    journal, agenda, goals = session.journal, session.agenda, session.goals
    assert journal is not None and agenda is not None and goals is not None
    before = since_session_end - timedelta(hours=1)
    after = since_session_end + timedelta(hours=2)
    journal.save(Entry(kind="free", entry_at=before, title="before"))
    e = journal.save(Entry(kind="free", entry_at=after, title="after"))
    CheckinRepository(session.vault).add(new_checkin(before, valence=0, energy=0))
    c = CheckinRepository(session.vault).add(new_checkin(after, valence=1, energy=1))
    agenda.add(AgendaItem(text="old item"), now=before)
    item = agenda.add(AgendaItem(text="new item"), now=after)
    goal = goals.create(Goal(title="speak up once"), now=before)
    goals.add_checkin(CheckIn(goal.id, before, 1, 4, "older"))  # type: ignore[arg-type]
    goals.add_checkin(CheckIn(goal.id, after, 1, 6, "newer"))  # type: ignore[arg-type]
    return {"entry": e.id, "checkin": c.id, "item": item.id}


def test_since_last_session_without_a_schedule_or_before_the_first(session: Session) -> None:
    now = at(2026, 6, 10, 12)
    assert svc.Insights(session, BERLIN).since_last_session(now).state == "no_schedule"
    group = Group(session, BERLIN)
    group.set_schedule(GroupSchedule(3, time(18, 0), date(2026, 6, 11)), now)
    since = svc.Insights(session, BERLIN, group).since_last_session(now)
    assert since.state == "no_session_yet" and since.since is None and since.empty


def test_since_last_session_lists_what_came_after_the_last_held_group(session: Session) -> None:
    now = at(2026, 6, 10, 12)
    group = Group(session, BERLIN)
    group.set_schedule(GroupSchedule(0, time(18, 0), date(2026, 5, 1)), now)  # Mondays; last held 8 June
    end = at(2026, 6, 8, 19, 30)
    ids = _stuff_between(session, end, now)
    since = svc.Insights(session, BERLIN, group).since_last_session(now)
    assert since.state == "ok" and since.since == end
    assert [e[0] for e in since.entries] == [ids["entry"]] and [e[3] for e in since.entries] == ["after"]
    assert [c.id for c in since.checkins] == [ids["checkin"]]
    assert [a[0] for a in since.agenda] == [ids["item"]]
    assert [(g[4], g[5]) for g in since.goal_checkins] == [(6, "newer")]
    assert since.session_number == 6


def test_a_cancelled_or_moved_session_does_not_count_where_it_was(session: Session) -> None:
    now = at(2026, 6, 10, 12)
    group = Group(session, BERLIN)
    group.set_schedule(GroupSchedule(0, time(18, 0), date(2026, 5, 1)), now)
    sessions = session.sessions
    assert sessions is not None
    last = next(s for s in sessions.all() if s.starts_at == at(2026, 6, 8, 18))
    sessions.set_cancelled(last.id, True)  # type: ignore[arg-type]
    group.forget()
    since = svc.Insights(session, BERLIN, group).since_last_session(now)
    assert since.since == at(2026, 6, 1, 19, 30)  # the one before
    sessions.set_cancelled(last.id, False)  # type: ignore[arg-type]
    sessions.move(last.id, at(2026, 6, 9, 17), 60)  # type: ignore[arg-type]  # moved to Tuesday, an hour
    group.forget()
    assert svc.Insights(session, BERLIN, group).since_last_session(now).since == at(2026, 6, 9, 18)
    sessions.move(last.id, at(2026, 6, 11, 18))  # type: ignore[arg-type]  # postponed past now
    group.forget()
    assert svc.Insights(session, BERLIN, group).since_last_session(now).since == at(2026, 6, 1, 19, 30)


def test_on_this_day_with_leap_days_and_hidden_when_nothing(session: Session) -> None:
    journal = session.journal
    assert journal is not None
    for d, title in ((date(2028, 1, 29), "a month"), (date(2027, 8, 29), "six months"),
                     (date(2027, 2, 28), "a year"), (date(2027, 3, 1), "not shown")):
        journal.save(Entry(kind="free", entry_at=at(d.year, d.month, d.day, 23, 50), title=title))
    CheckinRepository(session.vault).add(new_checkin(at(2027, 2, 28, 8), words=(ChosenWord("tired"),)))
    found = svc.Insights(session, BERLIN).on_this_day(date(2028, 2, 29))
    assert [(f.key, f.day, [e[3] for e in f.entries], len(f.checkins)) for f in found] == [
        ("month", date(2028, 1, 29), ["a month"], 0),
        ("six_months", date(2027, 8, 29), ["six months"], 0),
        ("year", date(2027, 2, 28), ["a year"], 1),
    ]
    assert svc.Insights(session, BERLIN).on_this_day(date(2030, 6, 15)) == []


def test_feelings_around_group_days(session: Session) -> None:
    now = at(2026, 6, 10, 12)
    group = Group(session, BERLIN)
    group.set_schedule(GroupSchedule(0, time(18, 0), date(2026, 6, 1)), now)  # 1 and 8 June held
    repo = CheckinRepository(session.vault)
    repo.add(new_checkin(at(2026, 5, 31, 20), valence=-4, energy=3))  # day before
    repo.add(new_checkin(at(2026, 6, 8, 21), valence=2, energy=0))  # day of
    repo.add(new_checkin(at(2026, 6, 3, 9), valence=4, energy=0))  # two days after
    repo.add(new_checkin(at(2026, 6, 5, 9), valence=0, energy=0))  # other
    bars = {b.bucket: (b.count, b.pleasantness) for b in svc.Insights(session, BERLIN, group).around_group_days(now)}
    assert bars == {"before": (1, -4), "day_of": (1, 2), "after": (1, 4), "other": (1, 0)}
    assert all(b.count == 0 for b in svc.group_day_bars(svc.Insights(session, BERLIN).series(), set()))


def test_weekly_review_is_saved_as_an_entry_and_empty_is_not(session: Session) -> None:
    ins = svc.Insights(session, BERLIN)
    journal = session.journal
    assert journal is not None
    with pytest.raises(ValueError):
        ins.save_weekly_review("Weekly review", [("One?", "  "), ("Two?", "")], at(2026, 6, 7))
    assert journal.count() == 0
    entry = ins.save_weekly_review("Weekly review", [("One?", "a calm week"), ("Two?", ""), ("Three?", "raise it")],
                                   at(2026, 6, 7))
    back = journal.get(entry.id)  # type: ignore[arg-type]
    assert back.title == "Weekly review" and "**One?**" in back.body and "raise it" in back.body
    assert "Two?" not in back.body and back.tags == ("weekly review",)
