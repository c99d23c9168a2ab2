"""Feelings: the two-axis grid, the vocabulary (stable keys in six families), check-ins and their local day.

Keys only; the words the member reads come from the ui layer's label table, so a second
language is a translation file. No Qt, no SQL.
"""

from __future__ import annotations

import calendar
import re
import uuid
from functools import lru_cache
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone, tzinfo

GRID_MIN, GRID_MAX = -5, 5  # both axes: unpleasant..pleasant, low..high energy
MAX_NOTE = 20_000
MAX_PERSON = 200
MAX_WORDS = 24


@dataclass(frozen=True)
class Family:
    key: str
    valence: int  # where its words sit on the grid, -5..5
    energy: int
    words: tuple[str, ...]  # finer words; the family's own key comes first


# Every word of the reflection forms (entries.FEELING_WORDS) is here, so forms and
# check-ins read as one series. Spaces in a word become "_" in its key.
FAMILIES: tuple[Family, ...] = (
    Family("joyful", 4, 3, ("joyful", "happy", "excited", "proud", "hopeful", "playful", "confident",
                            "appreciative", "grateful", "curious")),
    Family("peaceful", 3, -3, ("peaceful", "calm", "relieved", "content", "safe", "warm", "tender",
                               "close", "accepted", "rested")),
    Family("sad", -3, -3, ("sad", "lonely", "hurt", "disappointed", "unseen", "left_out", "numb",
                           "tired", "homesick", "grieving")),
    Family("afraid", -3, 4, ("afraid", "anxious", "tense", "overwhelmed", "nervous", "insecure",
                             "confused", "worried", "panicky", "unsure")),
    Family("angry", -4, 4, ("angry", "frustrated", "irritated", "resentful", "jealous", "annoyed",
                            "impatient", "bitter", "defensive", "furious")),
    Family("ashamed", -3, -1, ("ashamed", "embarrassed", "guilty", "exposed", "self_conscious", "small",
                               "foolish", "regretful", "awkward", "unworthy")),
)  # fmt: skip

WORDS: dict[str, Family] = {w: f for f in FAMILIES for w in f.words}
# Nouns and near forms the member may type in a debrief's "what I felt": read as the word.
ALIASES = {
    "sadness": "sad", "anger": "angry", "happiness": "happy", "frustration": "frustrated", "fear": "afraid",
    "shame": "ashamed", "appreciation": "appreciative", "joy": "joyful", "anxiety": "anxious", "scared": "afraid",
    "guilt": "guilty", "hope": "hopeful", "peace": "peaceful", "relief": "relieved", "loneliness": "lonely",
    "jealousy": "jealous", "pride": "proud", "gratitude": "grateful", "embarrassment": "embarrassed",
    "left out": "left_out", "self-conscious": "self_conscious", "self conscious": "self_conscious",
}  # fmt: skip


class InvalidCheckIn(ValueError):
    """A check-in that cannot be saved; str() is a kind sentence for the member."""


NOTHING_CHOSEN = ("There is nothing to save yet: pick a spot on the grid or a word first. "
                  "Anything you typed is still here.")


@lru_cache(maxsize=4096)
def key_for(name: str) -> str | None:
    """The vocabulary key of a word as written ("Left out", "anger"), or None when it is the member's own word."""
    text = " ".join(name.casefold().split())
    if text in ALIASES:
        return ALIASES[text]
    key = text.replace(" ", "_").replace("-", "_")
    return key if key in WORDS else None


def word_place(key: str) -> tuple[int, int] | None:
    fam = WORDS.get(key)
    return (fam.valence, fam.energy) if fam else None


_FINDER = re.compile(
    r"\b(" + "|".join(sorted((re.escape(w.replace("_", " ")) for w in [*WORDS, *ALIASES]), key=len, reverse=True))
    + r")\b", re.IGNORECASE)


def words_in_text(text: str) -> list[str]:
    """Vocabulary keys named in free text, each once, in order: how a debrief's "what I felt" joins the series."""
    seen: dict[str, None] = {}
    for m in _FINDER.finditer(text.replace("-", " ")):
        key = key_for(m.group(1))
        if key:
            seen.setdefault(key, None)
    return list(seen)


@dataclass(frozen=True)
class ChosenWord:
    key: str
    intensity: int | None = None  # 0..10


@dataclass(frozen=True)
class CheckIn:
    """One quick check-in. `at` is the moment (stored in UTC); local_date and utc_offset_minutes
    record the member's own day and clock then, so travel and DST never move it to another day."""

    at: datetime
    local_date: date
    utc_offset_minutes: int
    valence: int | None = None
    energy: int | None = None
    words: tuple[ChosenWord, ...] = ()
    person_name: str | None = None
    note: str = ""
    id: int | None = None
    uid: str = field(default_factory=lambda: uuid.uuid4().hex)

    def with_changes(self, **changes: object) -> CheckIn:
        return replace(self, **changes)  # type: ignore[arg-type]

    @property
    def pleasantness(self) -> float | None:
        """The grid's left-right value if placed, else the mean of the chosen words' families."""
        if self.valence is not None:
            return float(self.valence)
        places = [word_place(w.key) for w in self.words]
        vals = [p[0] for p in places if p]
        return sum(vals) / len(vals) if vals else None


def new_checkin(at: datetime, *, valence: int | None = None, energy: int | None = None,
                words: tuple[ChosenWord, ...] = (), person_name: str | None = None, note: str = "") -> CheckIn:
    """A check-in made now, where the member is: the local day and offset come from `at`'s own zone."""
    if at.tzinfo is None:
        at = at.astimezone()
    offset = at.utcoffset() or timedelta(0)
    return CheckIn(at=at.astimezone(timezone.utc), local_date=at.date(), utc_offset_minutes=int(offset.total_seconds() // 60),
                   valence=valence, energy=energy, words=words, person_name=person_name, note=note)


def validate(checkin: CheckIn) -> CheckIn:
    """Tidy and check; raises InvalidCheckIn with a sentence the member can act on."""
    words: dict[str, ChosenWord] = {}
    for w in checkin.words:
        key = (w.key or "").strip()[:60]
        if not key:
            continue
        if w.intensity is not None and not 0 <= w.intensity <= 10:
            raise InvalidCheckIn("How strong a feeling is goes from 0 to 10.")
        words[key] = ChosenWord(key, w.intensity)
    if len(words) > MAX_WORDS:
        raise InvalidCheckIn(f"Please choose at most {MAX_WORDS} words for one check-in.")
    for v in (checkin.valence, checkin.energy):
        if v is not None and not GRID_MIN <= v <= GRID_MAX:
            raise InvalidCheckIn("That spot is outside the grid; please place it again.")
    if (checkin.valence is None) != (checkin.energy is None):
        raise InvalidCheckIn("A spot on the grid needs both directions; please place it again.")
    if checkin.valence is None and not words:
        raise InvalidCheckIn(NOTHING_CHOSEN)
    if len(checkin.note) > MAX_NOTE:
        raise InvalidCheckIn(f"The note is longer than {MAX_NOTE:,} characters; please shorten it. Nothing was lost.")
    person = " ".join((checkin.person_name or "").split())
    if len(person) > MAX_PERSON:
        raise InvalidCheckIn("That name is very long; a first name or initials are plenty.")
    return checkin.with_changes(words=tuple(words.values()), person_name=person or None, note=checkin.note.strip())


def clamp(value: int) -> int:
    return max(GRID_MIN, min(GRID_MAX, value))


# -- days --------------------------------------------------------------------------


def local_day(at: datetime, tz: tzinfo | None = None) -> date:
    """The calendar day of a moment in the given zone (the machine's when None)."""
    if at.tzinfo is None:
        at = at.astimezone()
    return (at.astimezone(tz) if tz is not None else at.astimezone()).date()


def months_back(day: date, months: int) -> date:
    """The same day `months` earlier; a day that month lacks (31st, 29 February) becomes its last day."""
    total = day.year * 12 + (day.month - 1) - months
    year, month = divmod(total, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


ON_THIS_DAY = (("month", 1), ("six_months", 6), ("year", 12))


def on_this_day_dates(today: date) -> list[tuple[str, date]]:
    return [(key, months_back(today, n)) for key, n in ON_THIS_DAY]
