"""The member's own support plan for a hard moment: its sections and items. No Qt, no SQL.

The sections follow the Stanley-Brown safety plan; their titles and descriptions are
user-facing words and live in the ui layer, where they go through tr().
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from typing import Any

# Stable keys, stored in the vault: never rename one.
WARNING_SIGNS = "warning_signs"
ON_MY_OWN = "on_my_own"
DISTRACTIONS = "distractions"
PEOPLE = "people"
PROFESSIONALS = "professionals"
SAFER = "safer_surroundings"
REASONS = "reasons"

SECTIONS: tuple[str, ...] = (WARNING_SIGNS, ON_MY_OWN, DISTRACTIONS, PEOPLE, PROFESSIONALS, SAFER, REASONS)
# Sections whose items are a name and how to reach them; the others are plain lines.
CONTACT_SECTIONS: frozenset[str] = frozenset({PEOPLE, PROFESSIONALS})
# The only sections the member may choose to keep readable on the lock screen.
LOCK_CARD_SECTIONS: tuple[str, ...] = (PEOPLE, PROFESSIONALS)

MAX_TEXT = 2000  # one item: a line in a plan, not an essay
MAX_REACH = 300
MAX_ITEMS = 200  # per section


class InvalidPlan(ValueError):
    """A plan item that cannot be kept as it is (an unknown section)."""


@dataclass(frozen=True)
class PlanItem:
    section: str
    text: str  # the line itself, or the name of a person or service
    reach: str = ""  # how to reach them (contact sections only)
    id: int | None = None
    uid: str = field(default_factory=lambda: uuid.uuid4().hex)

    def with_changes(self, **changes: Any) -> PlanItem:
        return replace(self, **changes)

    @property
    def is_empty(self) -> bool:
        return not self.text.strip() and not self.reach.strip()


@dataclass(frozen=True)
class SupportPlan:
    items: tuple[PlanItem, ...] = ()

    def section(self, key: str) -> tuple[PlanItem, ...]:
        return tuple(i for i in self.items if i.section == key)

    @property
    def is_empty(self) -> bool:
        return not self.items

    def with_section(self, key: str, items: list[PlanItem] | tuple[PlanItem, ...]) -> SupportPlan:
        """The plan with one section's items replaced, keeping the section order."""
        others = [i for i in self.items if i.section != key]
        fresh = [i.with_changes(section=key) for i in items]
        return SupportPlan(tuple(sorted([*others, *fresh], key=lambda i: SECTIONS.index(i.section))))


@dataclass(frozen=True)
class PlanHit:
    item_id: int
    section: str
    text: str
    snippet: str
    rank: float


def clean_item(item: PlanItem) -> PlanItem:
    """Trim and cap an item; raises InvalidPlan for a section we do not know."""
    if item.section not in SECTIONS:
        raise InvalidPlan("That part of the plan is not known to this version of the journal.")
    text = " ".join(item.text.split())[:MAX_TEXT]
    reach = " ".join(item.reach.split())[:MAX_REACH] if item.section in CONTACT_SECTIONS else ""
    return item.with_changes(text=text, reach=reach)


def clean_plan(plan: SupportPlan) -> SupportPlan:
    """Every section in order, empty items dropped, at most MAX_ITEMS each (any section may be empty)."""
    out: list[PlanItem] = []
    for key in SECTIONS:
        kept = [clean_item(i) for i in plan.items if i.section == key]
        out.extend([i for i in kept if not i.is_empty][:MAX_ITEMS])
    for item in plan.items:
        if item.section not in SECTIONS:
            raise InvalidPlan("That part of the plan is not known to this version of the journal.")
    return SupportPlan(tuple(out))


def lines_to_items(key: str, text: str, keep: tuple[PlanItem, ...] = ()) -> list[PlanItem]:
    """One item per non-empty line; a line that is unchanged keeps its item's id and uid."""
    unused = list(keep)
    out = []
    for line in text.splitlines():
        line = " ".join(line.strip().lstrip("-•*").split())
        if not line:
            continue
        match = next((i for i in unused if i.text == line), None)
        if match is not None:
            unused.remove(match)
            out.append(match)
        else:
            out.append(PlanItem(key, line))
    return out


def new_warning_signs(plan: SupportPlan, signs: list[str]) -> list[PlanItem]:
    """The signs not yet in the plan's warning signs (compared without case or extra spaces)."""
    have = {" ".join(i.text.split()).casefold() for i in plan.section(WARNING_SIGNS)}
    out = []
    for sign in signs:
        tidy = " ".join(sign.split())
        if tidy and tidy.casefold() not in have:
            have.add(tidy.casefold())
            out.append(PlanItem(WARNING_SIGNS, tidy))
    return out


def urge_strength(value: object) -> int | None:
    """The 0-10 urge mark of a trigger entry's field, or None when it was left empty or is odd."""
    try:
        n = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return n if 0 <= n <= 10 else None


STRONG_URGE = 7
