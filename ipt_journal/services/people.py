"""People as the screens need them: when Today invites the member to map relationships, and the look-back review
(the circle then and now, problem areas, goals reached, what was raised about each person) with its Markdown export."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ipt_journal.domain.agenda import LEAVING_TEXT
from ipt_journal.vault.agenda import AgendaRepository
from ipt_journal.vault.atomic import atomic_write_bytes
from ipt_journal.vault.export import (
    PlainDocument,
    Section,
    document_markdown,
    journal_member_names,
    pseudonymizer,
)
from ipt_journal.vault.goals import GoalRepository
from ipt_journal.vault.people import PeopleRepository, with_people
from ipt_journal.vault.settings import VaultSettings
from ipt_journal.vault.vault import Vault

INVITATION_DISMISSED = "people_invitation_dismissed"  # vault setting: True once the member said "not now"

# Words of the Markdown review; like the other exports' words they are written into the file as they are.
RING_WORDS = {1: "closest", 2: "close", 3: "further out", 4: "distant", None: "not on the circle"}
AREA_WORDS = {"grief": "grief and loss", "role_disputes": "disagreements about what we expect of each other",
              "role_transitions": "life changes", "interpersonal_deficits": "loneliness and connection"}
KIND_WORDS = {"entry": ("entry", "entries"), "agenda_item": ("agenda item", "agenda items"),
              "goal": ("goal", "goals"), "outcome": ("session note", "session notes")}


class Invitation:
    """Today's one-time invitation (beginning phase) and the look-back offer (ending phase, or leaving)."""

    def __init__(self, vault: Vault) -> None:
        self._people = PeopleRepository(vault)
        self._settings = VaultSettings(vault)
        self._agenda = AgendaRepository(vault)

    def should_invite(self, phase: str | None) -> bool:
        """In the beginning phase, until the member dismisses it or adds someone."""
        return phase == "beginning" and not self.dismissed() and self._people.count() == 0

    def dismissed(self) -> bool:
        return bool(self._settings.get(INVITATION_DISMISSED, False))

    def dismiss(self) -> None:
        self._settings.set(INVITATION_DISMISSED, True)

    def thinking_of_leaving(self) -> bool:
        return any(item.text == LEAVING_TEXT for item in self._agenda.open_items())

    def should_offer_look_back(self, phase: str | None) -> bool:
        """The last sessions of a time-limited group, or when the member said they are thinking of leaving."""
        return phase == "ending" or self.thinking_of_leaving()


@dataclass(frozen=True)
class PersonLookBack:
    person_id: int
    name: str
    ring_then: int | None
    ring_now: int | None
    areas: tuple[str, ...]
    linked: dict[str, int]  # link kind -> how many


@dataclass(frozen=True)
class LookBack:
    started: datetime | None  # the first placement on the circle
    people: tuple[PersonLookBack, ...]
    goals_reached: tuple[str, ...]


def look_back(vault: Vault) -> LookBack:
    repo = PeopleRepository(vault)
    rings = repo.first_and_latest()
    areas = repo.all_areas()
    counts = repo.link_counts()
    rows = []
    for person in repo.list() + repo.list(archived=True):  # people archived since were part of it
        then, now = rings.get(int(person.id), (None, None))  # type: ignore[arg-type]
        rows.append(PersonLookBack(int(person.id), person.name, then, now,  # type: ignore[arg-type]
                                   tuple(areas.get(int(person.id), ())), counts.get(int(person.id), {})))  # type: ignore[arg-type]
    goals = tuple(g.title for g in GoalRepository(vault).list(statuses=("achieved",)))
    return LookBack(repo.first_placement_at(), tuple(rows), goals)


def _count_words(linked: dict[str, int]) -> str:
    parts = []
    for kind, (one, many) in KIND_WORDS.items():
        n = linked.get(kind, 0)
        if n:
            parts.append(f"{n} {one if n == 1 else many}")
    return ", ".join(parts)


def look_back_document(vault: Vault, *, names: Iterable[str] | None = None, now: datetime | None = None) -> PlainDocument:
    """The review as Markdown/PDF sections; names=None keeps names, a list replaces them (as the other exports)."""
    now = now or datetime.now().astimezone()
    review = look_back(vault)
    replace = pseudonymizer(with_people(vault, journal_member_names(vault, names))) if names is not None else str
    since = f"since {review.started.astimezone().strftime('%a %d %b %Y')}" if review.started else "so far"
    secs = [Section("The circle then and now", "", () if review.people else ((None, "No one is on your circle yet."),))]
    for p in review.people:
        moved = ("stayed " + RING_WORDS[p.ring_now]) if p.ring_then == p.ring_now else (
            f"from {RING_WORDS[p.ring_then]} to {RING_WORDS[p.ring_now]}")
        parts: list[tuple[str | None, str]] = []
        if p.areas:
            parts.append(("What we worked on", ", ".join(AREA_WORDS[a] for a in p.areas)))
        if p.linked:
            parts.append(("Written or raised about them", _count_words(p.linked)))
        secs.append(Section(replace(p.name), moved, tuple(parts), level=3))
    secs.append(Section("Goals reached", "", tuple((None, "- " + replace(t)) for t in review.goals_reached)
                        or ((None, "No goal is marked as reached yet."),)))
    return PlainDocument("Looking back", f"How your relationships moved {since}. Written out on "
                         f"{now.strftime('%a %d %b %Y')}.", tuple(secs), len(review.people),
                         f"{len(review.people)} people")


def write_look_back(vault: Vault, dest: Path, *, names: Iterable[str] | None = None) -> int:
    """The look-back review as Markdown, written atomically to dest; returns how many people it covers."""
    doc = look_back_document(vault, names=names)
    atomic_write_bytes(dest, document_markdown(doc))
    return doc.count
