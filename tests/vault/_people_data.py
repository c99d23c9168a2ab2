"""People rows for the export tests' fill_everything: one of each record the people tables keep."""

from __future__ import annotations

from datetime import datetime, timedelta

from ipt_journal.domain.people import Person
from ipt_journal.vault.people import PeopleRepository
from ipt_journal.vault.vault import Vault


def fill_people(v: Vault, text: str, entry_id: int, item_id: int, goal_id: int, at: datetime) -> None:
    repo = PeopleRepository(v)
    person = repo.save(Person(name=f"{text} friend", relation="friend", contact="weekly",
                              answers={"good": f"{text} good", "hard": f"{text} hard"}))
    assert person.id is not None
    repo.place(person.id, 2, at=at)
    repo.place(person.id, 1, at=at + timedelta(days=7))
    repo.set_areas(person.id, {"grief"})
    repo.link(person.id, "entry", entry_id)
    repo.link(person.id, "agenda_item", item_id)
    repo.link(person.id, "goal", goal_id)
