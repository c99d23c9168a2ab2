"""The people in the member's life: relations, the closeness circle's rings, problem areas, names and checks.

Only keys live here; the words the member reads for them are in ui/people/words.py (translated).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime

# Relation keys, in the order the picker offers them.
RELATIONS = (
    "partner", "parent", "child", "sibling", "friend", "colleague", "sponsor", "therapist", "group_member", "other",
)
GROUP_MEMBER = "group_member"

# How often the member and this person are in touch ("" = not said).
CONTACT = ("", "daily", "weekly", "monthly", "rarely", "not_now")

# The closeness circle: ring 1 is closest to the member at the centre, ring 4 the most distant.
RINGS = (1, 2, 3, 4)

# The four problem areas; the keys are also the prompt library's set keys, so their prompts can be offered.
AREAS = ("grief", "role_disputes", "role_transitions", "interpersonal_deficits")
# Prompt sets offered on a person's page besides the areas (the library's problem-area sets).
OTHER_PROMPT_SETS = ("recovery",)

# The free-text answers, in the order the page shows them.
ANSWERS = ("good", "hard", "can_talk", "cannot_talk", "expectations", "change", "notes")

MAX_NAME = 120  # a display name longer than this is a sentence, not a name
MAX_TEXT = 100_000  # one free-text answer (a 10,000-character answer is fine)


class InvalidPerson(ValueError):
    """A person cannot be saved as given. `reason` is a key the screen turns into words; str() is English."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class Person:
    name: str
    relation: str = "other"
    contact: str = ""
    answers: dict[str, str] = field(default_factory=dict)  # ANSWERS key -> the member's words
    redact: bool = False  # replaced by "Member A"… in exports with names replaced
    id: int | None = None
    uid: str = field(default_factory=lambda: uuid.uuid4().hex)
    created_at: datetime | None = None
    updated_at: datetime | None = None
    archived_at: datetime | None = None

    def with_changes(self, **changes: object) -> Person:
        return replace(self, **changes)  # type: ignore[arg-type]

    def answer(self, key: str) -> str:
        return self.answers.get(key, "")

    @property
    def archived(self) -> bool:
        return self.archived_at is not None

    @property
    def redacted_in_exports(self) -> bool:
        """Other group members always are; anyone else when the member marked them."""
        return self.redact or self.relation == GROUP_MEMBER

    def searchable_extra(self) -> str:
        return "\n".join(v for k in ANSWERS if (v := self.answers.get(k, "").strip()))


@dataclass(frozen=True)
class Placement:
    """The person was put on `ring` (None: taken off the circle) at `at`."""

    person_id: int
    at: datetime
    ring: int | None
    id: int | None = None
    uid: str = field(default_factory=lambda: uuid.uuid4().hex)


@dataclass(frozen=True)
class PersonLink:
    """One thing that names a person: kind is entry, agenda_item, goal or outcome; newest first by `at`."""

    person_id: int
    kind: str
    target_id: int
    at: datetime | None  # when the linked item was written or last changed
    title: str = ""


@dataclass(frozen=True)
class PersonHit:
    person_id: int
    name: str
    snippet: str
    rank: float


LINK_KINDS = ("entry", "agenda_item", "goal", "outcome")


def validate(person: Person) -> Person:
    """The person as it will be stored (name trimmed, unknown keys kept out); raises InvalidPerson."""
    name = " ".join(person.name.split())
    if not name:
        raise InvalidPerson("empty_name", "A person needs a name; initials or a nickname are enough.")
    if len(name) > MAX_NAME:
        raise InvalidPerson("long_name", f"A name can be at most {MAX_NAME} characters; the rest fits in the notes.")
    if person.relation not in RELATIONS:
        raise InvalidPerson("relation", "Choose how this person is related to you from the list.")
    if person.contact not in CONTACT:
        raise InvalidPerson("contact", "Choose how often you are in touch from the list.")
    answers = {}
    for key, value in person.answers.items():
        if key not in ANSWERS or not isinstance(value, str):
            continue
        if len(value) > MAX_TEXT:
            raise InvalidPerson("long_text", f"One answer is longer than {MAX_TEXT:,} characters; please shorten it.")
        if value.strip():
            answers[key] = value.rstrip()
    return person.with_changes(name=name, answers=answers)


def validate_ring(ring: int | None) -> int | None:
    if ring is not None and ring not in RINGS:
        raise InvalidPerson("ring", "A person goes on one of the four rings.")
    return ring


def initials(name: str) -> str:
    """'Jamie Lee Ortiz' -> 'J. L. O.'; a single short word (a nickname) stays as it is."""
    words = [w for w in name.replace(".", " ").split() if w]
    if not words:
        return ""
    if len(words) == 1 and len(words[0]) <= 3:
        return words[0]
    return " ".join(w[0].upper() + "." for w in words[:4])


def suggested_name(relation: str, typed: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """What the name field is filled with for other group members: their initials, or a pseudonym.

    Other people keep what the member typed. A pseudonym is 'Group member N', the first N not taken.
    """
    typed = " ".join(typed.split())
    if relation != GROUP_MEMBER:
        return typed
    if typed:
        return initials(typed)
    folded = {t.casefold() for t in taken}
    n = 1
    while f"group member {n}" in folded:
        n += 1
    return f"Group member {n}"


def merged(keep: Person, drop: Person) -> Person:
    """What is kept when two entries turn out to be one person: nothing the member wrote is lost."""
    answers = dict(keep.answers)
    for key, text in drop.answers.items():
        mine = answers.get(key, "")
        if not mine.strip():
            answers[key] = text
        elif text.strip() and text.strip() not in mine:
            answers[key] = mine.rstrip() + "\n\n" + text
    return keep.with_changes(
        answers=answers,
        contact=keep.contact or drop.contact,
        redact=keep.redact or drop.redact,
        relation=keep.relation if keep.relation != "other" else drop.relation,
    )


def ring_at(placements: list[Placement], when: datetime) -> int | None:
    """The ring of the newest placement at or before `when` (placements oldest first)."""
    ring = None
    for p in placements:
        if p.at <= when:
            ring = p.ring
        else:
            break
    return ring


def same_name(people: list[Person], name: str, *, other_than: int | None = None) -> list[Person]:
    folded = " ".join(name.split()).casefold()
    return [p for p in people if p.name.casefold() == folded and p.id != other_than]
