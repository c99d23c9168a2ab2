"""Journal entries and the reflection forms: what each kind of entry holds. No Qt, no SQL."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from ipt_journal.domain.translatable import QT_TRANSLATE_NOOP

# Feelings and form choices are stored by stable key and shown by label: a key never
# changes, a label may be reworded or translated. Keys not listed show as themselves,
# and a member's own feeling words are kept exactly as typed.
FEELING_KEYS = (
    "calm", "relieved", "hopeful", "grateful", "warm", "appreciative", "happy", "proud",
    "sad", "lonely", "hurt", "disappointed", "ashamed", "embarrassed", "guilty",
    "anxious", "afraid", "tense", "overwhelmed", "confused", "numb",
    "angry", "frustrated", "irritated", "resentful", "jealous",
    "curious", "tender", "unseen", "left_out",
)  # fmt: skip

AVOIDED_FEELINGS = ("sadness", "anger", "happiness", "frustration", "appreciation", "fear", "shame", "other")
MIRRORS = ("partner", "parent", "sibling", "friend", "colleague", "other")

ENGLISH_LABELS: dict[str, str] = {
    "left_out": "left out",
    "in_group": "in group", "daily_life": "in daily life",
    "mine": "mine", "someone_else": "someone else's",
    "asked_for": "asked for", "given": "given", "received": "received",
    "yes": "yes", "partly": "partly", "no": "no", "not_sure": "not sure yet",
}
_labels: dict[str, str] = dict(ENGLISH_LABELS)


def use_labels(table: dict[str, str] | None) -> None:
    """Show keys in another language (a translation's key -> label table); None for English."""
    global _labels
    _labels = {**ENGLISH_LABELS, **(table or {})}


def label(key: str) -> str:
    """What the member sees for a stored key, in the language in use."""
    return _labels.get(key, key)


def key_for(text: str, *, english_only: bool = False) -> str:
    """The stable key for a label (in the language in use, or English), or the text itself."""
    if text in ENGLISH_LABELS or (not english_only and text in _labels):
        return text
    folded = text.casefold().strip()
    tables = (ENGLISH_LABELS,) if english_only else (_labels, ENGLISH_LABELS)
    for table in tables:
        for key, shown in table.items():
            if shown.casefold() == folded:
                return key
    return text


def feeling_words() -> tuple[str, ...]:
    """The feeling words to offer, as labels in the language in use."""
    return tuple(label(k) for k in FEELING_KEYS)


FEELING_WORDS = tuple(ENGLISH_LABELS.get(k, k) for k in FEELING_KEYS)  # the English labels, for old callers


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str
    kind: str = "line"  # line | text | choice | feelings
    choice_keys: tuple[str, ...] = ()  # stored values of a choice field
    placeholder: str = ""

    @property
    def choices(self) -> tuple[str, ...]:
        """The choices as the member sees them."""
        return tuple(label(k) for k in self.choice_keys)


@dataclass(frozen=True)
class FormSpec:
    kind: str
    title: str
    suggestion: int | None
    intro: str
    fields: tuple[FieldSpec, ...]


FORMS: dict[str, FormSpec] = {
    spec.kind: spec
    for spec in (
        FormSpec(
            "free", QT_TRANSLATE_NOOP("Forms", "Free writing"), None,
            QT_TRANSLATE_NOOP("Forms", "Write whatever is here for you right now."), (),
        ),
        FormSpec(
            "moment", QT_TRANSLATE_NOOP("Forms", "Something I noticed"), 1,
            QT_TRANSLATE_NOOP("Forms", "Catch one moment while it is fresh: what happened, and what went on in you."),
            (
                FieldSpec("where", QT_TRANSLATE_NOOP("Forms", "Where"), "choice", ("in_group", "daily_life")),
                FieldSpec("what_happened", QT_TRANSLATE_NOOP("Forms", "What happened"), "text"),
                FieldSpec("thought", QT_TRANSLATE_NOOP("Forms", "What I thought"), "text"),
                FieldSpec("feelings", QT_TRANSLATE_NOOP("Forms", "What I felt"), "feelings"),
                FieldSpec("body", QT_TRANSLATE_NOOP("Forms", "What I felt in my body"), "line",
                          placeholder=QT_TRANSLATE_NOOP("Forms", "e.g. tight chest, warm face")),
                FieldSpec("action", QT_TRANSLATE_NOOP("Forms", "What I did, or wanted to do"), "text"),
            ),
        ),
        FormSpec(
            "nonverbal", QT_TRANSLATE_NOOP("Forms", "Without words"), 3,
            QT_TRANSLATE_NOOP("Forms", "Faces, voices and posture say a lot. What did you notice in yourself or in others?"),
            (
                FieldSpec("whose", QT_TRANSLATE_NOOP("Forms", "Whose"), "choice", ("mine", "someone_else")),
                FieldSpec("face", QT_TRANSLATE_NOOP("Forms", "Face"), "line"),
                FieldSpec("voice", QT_TRANSLATE_NOOP("Forms", "Voice"), "line"),
                FieldSpec("posture", QT_TRANSLATE_NOOP("Forms", "Posture"), "line"),
                FieldSpec("meaning", QT_TRANSLATE_NOOP("Forms", "What it might be saying"), "text"),
            ),
        ),
        FormSpec(
            "avoided", QT_TRANSLATE_NOOP("Forms", "Something I held back"), 6,
            QT_TRANSLATE_NOOP("Forms", "Noticing what stays unsaid is a step of its own. Nobody sees this but you."),
            (
                FieldSpec("held_back", QT_TRANSLATE_NOOP("Forms", "What I held back"), "text"),
                FieldSpec("feeling", QT_TRANSLATE_NOOP("Forms", "The feeling in it"), "choice", AVOIDED_FEELINGS),
                FieldSpec("imagined", QT_TRANSLATE_NOOP("Forms", "What I imagine would happen if I said it"), "text"),
            ),
        ),
        FormSpec(
            "feedback", QT_TRANSLATE_NOOP("Forms", "Feedback"), 7,
            QT_TRANSLATE_NOOP("Forms", "Feedback you asked for, gave or received, and how it landed."),
            (
                FieldSpec("direction", QT_TRANSLATE_NOOP("Forms", "It was"),
                          "choice", ("asked_for", "given", "received")),
                FieldSpec("who", QT_TRANSLATE_NOOP("Forms", "With whom"),
                          "line", placeholder=QT_TRANSLATE_NOOP("Forms", "initials or a made-up name")),
                FieldSpec("said", QT_TRANSLATE_NOOP("Forms", "What was said"), "text"),
                FieldSpec("reaction", QT_TRANSLATE_NOOP("Forms", "My reaction"), "text"),
                FieldSpec("agree", QT_TRANSLATE_NOOP("Forms", "Do I agree?"),
                          "choice", ("yes", "partly", "no", "not_sure")),
            ),
        ),
        FormSpec(
            "pattern", QT_TRANSLATE_NOOP("Forms", "A pattern I see"), 8,
            QT_TRANSLATE_NOOP("Forms", "Sometimes the way we relate in group echoes someone from our life."),
            (
                FieldSpec("pattern", QT_TRANSLATE_NOOP("Forms", "The pattern"), "text"),
                FieldSpec("mirrors", QT_TRANSLATE_NOOP("Forms", "Who in my life it reminds me of"), "choice", MIRRORS),
                FieldSpec("in_group", QT_TRANSLATE_NOOP("Forms", "Where it showed up in group"), "text"),
            ),
        ),
        FormSpec(
            "unformed", QT_TRANSLATE_NOOP("Forms", "A thought that doesn't make sense yet"), 9,
            QT_TRANSLATE_NOOP("Forms", "It does not need to be clear. Half-formed is welcome here."),
            (FieldSpec("thought", QT_TRANSLATE_NOOP("Forms", "The thought"), "text"),),
        ),
        FormSpec(
            "concern", QT_TRANSLATE_NOOP("Forms", "A concern about the group"), 10,
            QT_TRANSLATE_NOOP("Forms", "Something about how the group works that bothers you or puzzles you."),
            (
                FieldSpec("concern", QT_TRANSLATE_NOOP("Forms", "The concern"), "text"),
                FieldSpec("wish", QT_TRANSLATE_NOOP("Forms", "What I wish were different"), "text"),
            ),
        ),
        FormSpec(
            "trigger", QT_TRANSLATE_NOOP("Forms", "A trigger I noticed"), None,
            QT_TRANSLATE_NOOP("Forms", "Something stirred up an old pull. Looking at it afterwards, gently, is worth doing."),
            (
                FieldSpec("what_happened", QT_TRANSLATE_NOOP("Forms", "What happened, and with whom"), "text"),
                FieldSpec("feelings", QT_TRANSLATE_NOOP("Forms", "What I felt"), "feelings"),
                FieldSpec("urge", QT_TRANSLATE_NOOP("Forms", "The urge"), "line",
                          placeholder=QT_TRANSLATE_NOOP("Forms", "what I felt pulled to do")),
                FieldSpec("urge_strength", QT_TRANSLATE_NOOP("Forms", "How strong it was (0-10)"), "choice",
                          tuple(str(n) for n in range(11))),
                FieldSpec("signs", QT_TRANSLATE_NOOP("Forms", "What told me it was building"), "text"),
                FieldSpec("instead", QT_TRANSLATE_NOOP("Forms", "What I did instead"), "text"),
                FieldSpec("helped", QT_TRANSLATE_NOOP("Forms", "What helped"), "text"),
            ),
        ),
    )
}


@dataclass(frozen=True)
class Feeling:
    name: str
    intensity: int | None = None  # 0..10


@dataclass(frozen=True)
class Entry:
    kind: str
    entry_at: datetime
    body: str = ""
    title: str = ""
    fields: dict[str, Any] = field(default_factory=dict)
    tags: tuple[str, ...] = ()
    feelings: tuple[Feeling, ...] = ()
    suggestion: int | None = None
    prompt_id: str | None = None
    bring_to_group: bool = False
    id: int | None = None
    uid: str = field(default_factory=lambda: uuid.uuid4().hex)
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None

    def with_changes(self, **changes: Any) -> Entry:
        return replace(self, **changes)

    def searchable_extra(self) -> str:
        """Form fields, tags and feelings as one text, for the search index."""
        parts: list[str] = []
        for value in self.fields.values():
            if isinstance(value, str):
                parts.append(value)
        parts.extend(self.tags)
        parts.extend(f.name for f in self.feelings)
        return "\n".join(p for p in parts if p)

    def first_line(self) -> str:
        return first_line_of(self.kind, self.title, self.body, self.fields)


def first_line_of(kind: str, title: str, body: str, fields: dict[str, Any]) -> str:
    """What the timeline, search and every list show for an entry: the title, else the body, else
    the form's first written field in the form's order (fields are stored with sorted keys), else
    a choice; the first line of it with Markdown marks left off."""
    spec = FORMS.get(kind)
    specs = spec.fields if spec else ()
    keys = [f.key for f in specs if f.kind != "choice"] + [f.key for f in specs if f.kind == "choice"]
    keys += [k for k in fields if k not in keys]  # fields of an old import, last
    for text in (title, body, *[v for k in keys if isinstance(v := fields.get(k), str)]):
        for line in text.splitlines():
            stripped = line.strip().lstrip("#>*-+ ").strip()
            if stripped:
                return stripped[:200]
    return ""


def _choice_fields(kind: str) -> frozenset[str]:
    spec = FORMS.get(kind)
    return frozenset(f.key for f in spec.fields if f.kind == "choice") if spec else frozenset()


def stored_fields(kind: str, fields: dict[str, Any], *, english_only: bool = False) -> dict[str, Any]:
    """Choice values as their keys; other fields untouched."""
    choices = _choice_fields(kind)
    return {k: key_for(v, english_only=english_only) if k in choices and isinstance(v, str) else v
            for k, v in fields.items()}


def shown_fields(kind: str, fields: dict[str, Any]) -> dict[str, Any]:
    """Choice keys as the labels the member sees."""
    choices = _choice_fields(kind)
    return {k: label(v) if k in choices and isinstance(v, str) else v for k, v in fields.items()}


def stored(entry: Entry) -> Entry:
    """The entry as the vault keeps it: keys for choices and offered feeling words."""
    feelings = tuple(Feeling(key_for(f.name), f.intensity) for f in entry.feelings)
    return entry.with_changes(fields=stored_fields(entry.kind, entry.fields), feelings=feelings)


def shown(entry: Entry) -> Entry:
    """The entry as the member sees it: labels in the language in use."""
    feelings = tuple(Feeling(label(f.name), f.intensity) for f in entry.feelings)
    return entry.with_changes(fields=shown_fields(entry.kind, entry.fields), feelings=feelings)


def normalize_tags(raw: str | list[str] | tuple[str, ...]) -> tuple[str, ...]:
    items = raw.split(",") if isinstance(raw, str) else list(raw)
    seen: dict[str, str] = {}
    for item in items:
        tag = " ".join(item.strip().lstrip("#@").split())[:60]  # "#work", "@work" (jrnl) and "work" are one tag
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return tuple(seen.values())


@dataclass(frozen=True)
class EntrySummary:
    """One row of the timeline."""

    id: int
    kind: str
    entry_at: datetime
    first_line: str
    tags: tuple[str, ...]
    suggestion: int | None


@dataclass(frozen=True)
class TimelineFilter:
    kind: str | None = None
    suggestion: int | None = None
    tag: str | None = None
    feeling: str | None = None
    date_from: datetime | None = None
    date_to: datetime | None = None  # exclusive


@dataclass(frozen=True)
class SearchHit:
    entry_id: int
    kind: str
    entry_at: datetime
    title: str
    snippet: str  # member text with MARK_START/MARK_END around matches
    rank: float


MARK_START = "\ue000"
MARK_END = "\ue001"


def word_count(text: str) -> int:
    return len(text.split())
