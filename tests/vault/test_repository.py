"""SavedRow, the insert-or-update that the journal's, goals' and people's save() share."""

from datetime import datetime

import pytest

from ipt_journal.domain.entries import Entry
from ipt_journal.domain.goals import Goal
from ipt_journal.domain.people import Person
from ipt_journal.vault.errors import NotFound
from ipt_journal.vault.goals import GoalRepository
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.people import PeopleRepository
from ipt_journal.vault.repository import SavedRow
from ipt_journal.vault.vault import Vault

T0 = datetime(2026, 3, 1, 20, 30).astimezone()
_PROMPT_ROW = SavedRow("custom_prompts", ("text", "suggestion", "created_at"), "That prompt no longer exists.")


def _prompts(vault: Vault) -> list[tuple]:  # type: ignore[type-arg]
    return vault.conn.execute("SELECT id, uid, text, suggestion, created_at FROM custom_prompts ORDER BY id").fetchall()


def test_a_new_row_gets_its_uid_and_an_update_keeps_it(vault: Vault) -> None:
    with vault.transaction() as conn:
        first = _PROMPT_ROW.save(conn, ("first words", 3, "2026-03-01T19:30:00+00:00"), row_id=None, uid="uid-1")
        second = _PROMPT_ROW.save(conn, ("other words", None, "2026-03-01T19:31:00+00:00"), row_id=None, uid="uid-2")
    assert first != second
    with vault.transaction() as conn:
        same = _PROMPT_ROW.save(conn, ("new words", 5, "2026-03-02T08:00:00+00:00"), row_id=first, uid="not-used")
    assert same == first
    assert _prompts(vault) == [
        (first, "uid-1", "new words", 5, "2026-03-02T08:00:00+00:00"),
        (second, "uid-2", "other words", None, "2026-03-01T19:31:00+00:00"),
    ]


def test_updating_a_row_that_is_gone_says_so_and_writes_nothing(vault: Vault) -> None:
    with vault.transaction() as conn:
        kept = _PROMPT_ROW.save(conn, ("kept", None, "2026-03-01T19:30:00+00:00"), row_id=None, uid="uid-1")
    before = _prompts(vault)
    with pytest.raises(NotFound, match="^That prompt no longer exists.$"):
        with vault.transaction() as conn:
            _PROMPT_ROW.save(conn, ("lost", None, "2026-03-01T19:30:00+00:00"), row_id=kept + 100, uid="uid-2")
    assert _prompts(vault) == before


def test_each_repository_reports_its_own_vanished_record(vault: Vault) -> None:
    journal, goals, people = JournalRepository(vault), GoalRepository(vault), PeopleRepository(vault)
    entry = journal.save(Entry(kind="free", entry_at=T0, title="kept", body="kept body"))
    goal = goals.save(Goal(title="Say no sooner"))
    person = people.save(Person(name="Sam", relation="friend"))
    cases = (
        (lambda: journal.save(entry.with_changes(id=entry.id + 50, body="lost")), "That entry no longer exists."),
        (lambda: goals.save(goal.with_changes(id=goal.id + 50, title="lost")), "That goal no longer exists."),
        (lambda: people.save(person.with_changes(id=person.id + 50, name="lost")),
         "That person is no longer in your journal."),
    )
    for save, said in cases:
        with pytest.raises(NotFound) as caught:
            save()
        assert str(caught.value) == said
    assert journal.get(entry.id).body == "kept body" and journal.count() == 1
    assert goals.get(goal.id).title == "Say no sooner" and goals.count() == 1
    assert [p.name for p in people.list()] == ["Sam"]
