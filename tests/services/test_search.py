"""One search over every kind of record: entries, goals (and check-in notes), agenda outcomes, debriefs."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from ipt_journal.domain.agenda import AgendaItem, Outcome
from ipt_journal.domain.entries import MARK_START, Entry
from ipt_journal.domain.goals import CheckIn, Goal
from ipt_journal.services import search as everything
from ipt_journal.services.session import Session
from ipt_journal.vault import migrations
from ipt_journal.vault.vault import Vault
from tests.conftest import PASSPHRASE


def _now() -> datetime:
    return datetime.now(timezone.utc)


@pytest.fixture
def filled(session: Session) -> Session:
    j, g, a, s = session.journal, session.goals, session.agenda, session.sessions
    assert j and g and a and s
    j.save(Entry(kind="free", entry_at=_now() - timedelta(days=3), title="Ignored", body="I felt ignored by M. again"))
    goal = g.create(Goal(title="Speak up once per session"))
    g.add_checkin(CheckIn(goal_id=goal.id, at=_now(), direction=1, note="I spoke about the lighthouse dream"))  # type: ignore[arg-type]
    item = a.add(AgendaItem(text="Tell M. how the silence lands"))
    s.ensure_scheduled([(_now().date(), _now() - timedelta(hours=2), 90)])
    slot = s.all()[0]
    a.record_outcome(Outcome(item_id=item.id, outcome="raised", at=_now(), session_id=slot.id,  # type: ignore[arg-type]
                             what_happened="M. nodded", felt="relief", feedback="Others said the saxophone story helped"))
    s.save_debrief(slot.id, {"noticed": "My hands went cold when the kettle story came up"})  # type: ignore[arg-type]
    return session


def kinds(hits: list) -> list[str]:  # type: ignore[type-arg]
    return [h.kind for h in hits]


def test_finds_each_kind_with_highlighted_words(filled: Session) -> None:
    assert kinds(everything.search_everything(filled, "ignored")) == ["entry"]
    assert kinds(everything.search_everything(filled, "lighthouse")) == ["goal"]  # a check-in note
    assert kinds(everything.search_everything(filled, "saxophone")) == ["agenda"]  # an outcome's feedback
    hits = everything.search_everything(filled, "kettle")  # a session debrief
    assert kinds(hits) == ["session"] and MARK_START in hits[0].snippet and hits[0].when is not None


def test_one_list_across_kinds_and_a_filter_by_kind(filled: Session) -> None:
    hits = everything.search_everything(filled, "M.")
    assert {"entry", "agenda"} <= set(kinds(hits))
    assert kinds(everything.search_everything(filled, "M.", kinds=["agenda"])) == ["agenda"]


@pytest.mark.parametrize("query", ['"felt ignored"', "ignor", "ignored -nothing", "(ignored", "ignored*"])
def test_the_query_forms_work_for_entries(filled: Session, query: str) -> None:
    assert "entry" in kinds(everything.search_everything(filled, query))


@pytest.mark.parametrize("query", ['"the saxophone story"', "saxo", "saxophone -violin", "saxophone:"])
def test_the_query_forms_work_for_agenda_outcomes(filled: Session, query: str) -> None:
    assert kinds(everything.search_everything(filled, query)) == ["agenda"]


@pytest.mark.parametrize("query", ['"kettle story"', "kett", "kettle -violin", "(kettle"])
def test_the_query_forms_work_for_debriefs(filled: Session, query: str) -> None:
    assert kinds(everything.search_everything(filled, query)) == ["session"]


def test_exclusions_exclude_across_kinds(filled: Session) -> None:
    assert everything.search_everything(filled, "saxophone -nodded") == []


@pytest.mark.parametrize("query", ["ignored OR violin", "NEAR(ignored violin)", "saxophone OR violin"])
def test_operators_typed_as_words_are_words(filled: Session, query: str) -> None:
    assert everything.search_everything(filled, query) == []  # a real OR/NEAR would have matched


@pytest.mark.parametrize("odd", ["", "   ", "-", '"', "😊", "%", "_", "x" * 3000, "*:^"])
def test_odd_input_never_fails(filled: Session, odd: str) -> None:
    assert isinstance(everything.search_everything(filled, odd), list)


def test_a_draft_debrief_is_searchable_and_follows_edits(filled: Session) -> None:
    s = filled.sessions
    assert s is not None
    slot = s.all()[0]
    s.save_debrief_draft(slot.id, {"noticed": "a half thought about the harbour"})  # type: ignore[arg-type]
    assert kinds(everything.search_everything(filled, "harbour")) == ["session"]
    assert everything.search_everything(filled, "kettle") == []  # the index follows the stored text


def test_ranked_hits_come_first_then_newest(filled: Session) -> None:
    from ipt_journal.domain.found import Found

    old, new = _now() - timedelta(days=9), _now()
    merged = everything.merge([[Found("entry", 1, "", "", old, 0.0), Found("entry", 2, "", "", new, 0.0)],
                               [Found("goal", 3, "", "", None, -2.0), Found("agenda", 4, "", "", old, -5.0)]], 10)
    assert [f.record_id for f in merged] == [4, 3, 2, 1]
    assert len(everything.merge([[Found("entry", i, "", "", new, -1.0) for i in range(9)]], 5)) == 5


def test_schema_3_vault_gets_its_debriefs_indexed(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    upto3 = tuple(m for m in migrations.MIGRATIONS if m.version <= 3)
    monkeypatch.setattr(migrations.migrate, "__defaults__", (upto3,))
    monkeypatch.setattr(migrations.pending, "__defaults__", (upto3,))
    v, _code = Vault.create(data_dir, PASSPHRASE)
    v.conn.execute("BEGIN")
    v.conn.execute("INSERT INTO sessions (uid, starts_at, length_minutes, kind, slot, debrief) VALUES "
                   "('u1', '2026-01-08T17:00:00+00:00', 90, 'scheduled', '2026-01-08', ?)",
                   ('{"noticed": "the window rattled", "items": {"3": {"felt": "warm"}}}',))
    v.conn.execute("COMMIT")
    v.close()
    monkeypatch.undo()
    s = Session(data_dir)
    s.unlock(PASSPHRASE)
    try:
        assert kinds(everything.search_everything(s, "rattled")) == ["session"]
        assert kinds(everything.search_everything(s, "warm")) == ["session"]
        assert list((data_dir / "backups").glob("*.ijbackup"))  # the migration backed up first
    finally:
        s.lock()


@pytest.fixture
def caring(session: Session) -> Session:
    """A person with notes, a line of the support plan and a check-in note (issue 17's later kinds)."""
    from ipt_journal.domain.feelings import ChosenWord, new_checkin
    from ipt_journal.domain.people import Person
    from ipt_journal.domain.support import ON_MY_OWN, PlanItem, SupportPlan
    from ipt_journal.vault.checkins import CheckinRepository
    from ipt_journal.vault.people import PeopleRepository
    from ipt_journal.vault.support_plan import SupportPlanRepository

    PeopleRepository(session.vault).save(Person(name="Robin", answers={"hard": "we argue about the marmalade jar"}))
    SupportPlanRepository(session.vault).save(SupportPlan((PlanItem(ON_MY_OWN, "walk to the harbour wall"),)))
    CheckinRepository(session.vault).add(new_checkin(_now() - timedelta(days=1), words=(ChosenWord("calm", 4),),
                                                     note="quiet after the accordion practice"))
    return session


def test_finds_a_persons_notes_a_plan_line_and_a_checkin_note(caring: Session) -> None:
    person = everything.search_everything(caring, "marmalade")
    assert kinds(person) == ["person"] and person[0].title == "Robin" and MARK_START in person[0].snippet
    plan = everything.search_everything(caring, "harbour")
    assert kinds(plan) == ["plan"] and plan[0].detail == "on_my_own" and plan[0].title == "walk to the harbour wall"
    checkin = everything.search_everything(caring, "accordion")
    assert kinds(checkin) == ["checkin"] and checkin[0].when is not None and checkin[0].ranked
    assert checkin[0].detail == (_now() - timedelta(days=1)).astimezone().date().isoformat()


@pytest.mark.parametrize("query", ['"marmalade jar"', "marma", "marmalade -toast", "(marmalade", "marmalade*", "OR"])
def test_the_query_forms_work_for_the_new_kinds(caring: Session, query: str) -> None:
    found = kinds(everything.search_everything(caring, query))
    assert found == ([] if query == "OR" else ["person"])


def test_each_kind_is_asked_for_no_more_than_per_kind(session: Session) -> None:
    assert session.journal is not None
    for i in range(7):
        session.journal.save(Entry(kind="free", entry_at=_now() - timedelta(hours=i), title=f"Day {i}",
                                   body="the heron came back"))
    assert len(everything.search_everything(session, "heron", limit=20, per_kind=3)) == 3
    assert len(everything.search_everything(session, "heron", limit=20)) == 7
