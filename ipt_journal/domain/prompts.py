"""The prompt library (the ten suggestions and the problem-area sets): parsing,
validation, and choosing which prompt to offer the member next."""

from __future__ import annotations

import json
import random
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

TIMINGS = ("after", "midweek", "before")
PHASES = ("beginning", "middle", "ending")

SUGGESTION_COUNT = 10
MIN_PROMPTS_PER_SUGGESTION = 6
MIN_PROMPTS_PER_SET = 1

# A session counts as "recent" or "coming up" within this window: the evening
# and the next day after group, or the day before and the day of the next one.
TIMING_WINDOW = timedelta(hours=36)

# Weights for choose_prompt. Each group (a suggestion, a set, the member's own
# prompts) gets one weight that is shared by its eligible prompts, so a
# suggestion with ten prompts is not favoured over one with seven.
NEVER_WRITTEN_WEIGHT = 30.0
MAX_DAYS_COUNTED = 28.0
SET_WEIGHT = 3.0  # about the pull of a suggestion last used two days ago
CUSTOM_WEIGHT = 6.0  # for the member's own prompts not tied to a suggestion
# A pinned prompt counts triple, and never less than a suggestion last used
# about five days ago, so it keeps coming back even when its suggestion is fresh.
PINNED_FACTOR = 3.0
PINNED_MIN_WEIGHT = 6.0
# In a known phase, this share of the prompts offered is written for that phase (when
# any fits), so the first sessions, the middle work and the ending each feel like
# themselves; the rest of the time the general prompts keep the suggestions rotating.
PHASE_SHARE = 0.7


class PromptLibraryError(ValueError):
    """The prompt library text is not valid; the message says what is wrong."""


@dataclass(frozen=True)
class Prompt:
    id: str
    text: str
    suggestion: int | None  # 1..10, or None for a set prompt
    set_key: str  # key of the group the prompt belongs to (suggestion or set)
    when: frozenset[str]  # subset of TIMINGS; empty = any time (custom prompts)
    phases: frozenset[str]  # subset of PHASES; empty = any phase
    custom: bool = False


@dataclass(frozen=True)
class PromptGroup:
    key: str
    title: str
    explanation: str
    number: int | None  # 1..10 for the ten suggestions, None for sets


@dataclass(frozen=True)
class PromptLibrary:
    language: str
    groups: tuple[PromptGroup, ...]
    prompts: tuple[Prompt, ...]
    _by_id: dict[str, Prompt] = field(init=False, repr=False, compare=False)
    _groups_by_key: dict[str, PromptGroup] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {p.id: p for p in self.prompts})
        object.__setattr__(self, "_groups_by_key", {g.key: g for g in self.groups})

    @property
    def suggestions(self) -> tuple[PromptGroup, ...]:
        return tuple(g for g in self.groups if g.number is not None)

    @property
    def sets(self) -> tuple[PromptGroup, ...]:
        return tuple(g for g in self.groups if g.number is None)

    def by_id(self, prompt_id: str) -> Prompt | None:
        return self._by_id.get(prompt_id)

    def group(self, key: str) -> PromptGroup | None:
        return self._groups_by_key.get(key)

    def suggestion(self, number: int) -> PromptGroup | None:
        for g in self.groups:
            if g.number is not None and g.number == number:
                return g
        return None

    def prompts_in(self, key: str) -> tuple[Prompt, ...]:
        return tuple(p for p in self.prompts if p.set_key == key)


# ---------------------------------------------------------------- parsing


def parse_library(text: str) -> PromptLibrary:
    """Parse and validate a prompt library; any problem is a PromptLibraryError."""
    if not isinstance(text, str):
        raise PromptLibraryError("The prompt library must be given as text.")
    try:
        data = json.loads(text)
    except RecursionError:
        raise PromptLibraryError("The prompt library is nested too deeply to read.") from None
    except ValueError as exc:  # JSONDecodeError is a ValueError
        raise PromptLibraryError(f"The prompt library is not valid JSON ({exc}).") from None
    try:
        return _build_library(data)
    except PromptLibraryError:
        raise
    except Exception as exc:  # a safety net: callers rely on the one exception type
        raise PromptLibraryError(f"The prompt library could not be read ({exc!r}).") from None


def _require(obj: Mapping[str, Any], key: str, where: str) -> Any:
    if key not in obj:
        raise PromptLibraryError(f"{where} is missing '{key}'.")
    return obj[key]


def _text(obj: Mapping[str, Any], key: str, where: str) -> str:
    value = _require(obj, key, where)
    if not isinstance(value, str):
        raise PromptLibraryError(f"'{key}' in {where} must be text.")
    if not value.strip():
        raise PromptLibraryError(f"'{key}' in {where} is empty.")
    return value


def _object(value: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise PromptLibraryError(f"{where} must be a JSON object.")
    return value


def _list(obj: Mapping[str, Any], key: str, where: str) -> list[Any]:
    value = _require(obj, key, where)
    if not isinstance(value, list):
        raise PromptLibraryError(f"'{key}' in {where} must be a list.")
    return value


def _int(obj: Mapping[str, Any], key: str, where: str) -> int:
    value = _require(obj, key, where)
    # bool is an int subclass; true/false is never a valid number here
    if not isinstance(value, int) or isinstance(value, bool):
        raise PromptLibraryError(f"'{key}' in {where} must be a whole number.")
    return value


def _choices(
    obj: Mapping[str, Any], key: str, allowed: tuple[str, ...], where: str
) -> frozenset[str]:
    values = _list(obj, key, where)
    for v in values:
        if not isinstance(v, str) or v not in allowed:
            raise PromptLibraryError(
                f"'{key}' in {where} has {v!r}; use only {', '.join(allowed)}."
            )
    return frozenset(values)


def _build_prompts(
    raw: Any, group_where: str, set_key: str, number: int | None, seen: set[str]
) -> list[Prompt]:
    prompts = []
    for i, item in enumerate(raw, start=1):
        where = f"prompt {i} of {group_where}"
        obj = _object(item, where.capitalize())
        prompt_id = _text(obj, "id", where)
        if prompt_id in seen:
            raise PromptLibraryError(f"The prompt id '{prompt_id}' is used more than once.")
        seen.add(prompt_id)
        where = f"prompt '{prompt_id}'"
        text = _text(obj, "text", where)
        when = _choices(obj, "when", TIMINGS, where)
        if not when:
            raise PromptLibraryError(f"'when' in {where} must name at least one timing.")
        phases = _choices(obj, "phases", PHASES, where)
        prompts.append(Prompt(prompt_id, text, number, set_key, when, phases))
    return prompts


def _build_library(data: Any) -> PromptLibrary:
    top = _object(data, "The prompt library")
    language = _text(top, "language", "the prompt library")
    version = _int(top, "version", "the prompt library")
    if version < 1:
        raise PromptLibraryError("'version' in the prompt library must be 1 or more.")

    groups: list[PromptGroup] = []
    prompts: list[Prompt] = []
    seen_ids: set[str] = set()
    seen_keys: set[str] = set()

    def add_group_header(obj: Mapping[str, Any], where: str, number: int | None) -> str:
        key = _text(obj, "key", where)
        if key in seen_keys:
            raise PromptLibraryError(f"The group key '{key}' is used more than once.")
        seen_keys.add(key)
        title = _text(obj, "title", where)
        explanation = _text(obj, "explanation", where)
        groups.append(PromptGroup(key, title, explanation, number))
        return key

    raw_suggestions = _list(top, "suggestions", "the prompt library")
    if len(raw_suggestions) != SUGGESTION_COUNT:
        raise PromptLibraryError(
            f"The prompt library must have {SUGGESTION_COUNT} suggestions, "
            f"not {len(raw_suggestions)}."
        )
    suggestion_objs: dict[int, Mapping[str, Any]] = {}
    for i, item in enumerate(raw_suggestions, start=1):
        obj = _object(item, f"Suggestion {i}")
        number = _int(obj, "number", f"suggestion {i}")
        if not 1 <= number <= SUGGESTION_COUNT:
            raise PromptLibraryError(
                f"Suggestion {i} has number {number}; numbers run from 1 to {SUGGESTION_COUNT}."
            )
        if number in suggestion_objs:
            raise PromptLibraryError(f"Suggestion number {number} appears more than once.")
        suggestion_objs[number] = obj

    for number in range(1, SUGGESTION_COUNT + 1):
        obj = suggestion_objs[number]
        where = f"suggestion {number}"
        key = add_group_header(obj, where, number)
        raw_prompts = _list(obj, "prompts", where)
        if len(raw_prompts) < MIN_PROMPTS_PER_SUGGESTION:
            raise PromptLibraryError(
                f"Suggestion {number} has {len(raw_prompts)} prompts; it needs at least "
                f"{MIN_PROMPTS_PER_SUGGESTION}."
            )
        prompts.extend(_build_prompts(raw_prompts, where, key, number, seen_ids))

    for i, item in enumerate(_list(top, "sets", "the prompt library"), start=1):
        obj = _object(item, f"Set {i}")
        where = f"set {i}"
        key = add_group_header(obj, where, None)
        where = f"set '{key}'"
        raw_prompts = _list(obj, "prompts", where)
        if len(raw_prompts) < MIN_PROMPTS_PER_SET:
            raise PromptLibraryError(f"The {where} has no prompts.")
        prompts.extend(_build_prompts(raw_prompts, where, key, None, seen_ids))

    return PromptLibrary(language=language, groups=tuple(groups), prompts=tuple(prompts))


# ---------------------------------------------------------------- timing


def timing_for(now: datetime, last_session: datetime | None, next_session: datetime | None) -> str:
    """Which part of the week `now` falls in: "after", "before" or "midweek".

    `last_session` is when the most recent session ended, `next_session` when the
    next one starts. A `next_session` already in the past (the schedule has not
    moved on yet) counts as a session that has just happened. Use aware datetimes
    throughout, or naive ones throughout.
    """
    since_last: timedelta | None = None
    until_next: timedelta | None = None
    for moment in (last_session, next_session):
        if moment is None:
            continue
        delta = now - moment
        if delta >= timedelta(0):
            if since_last is None or delta < since_last:
                since_last = delta
        elif moment is next_session:
            until_next = -delta
    recent = since_last is not None and since_last <= TIMING_WINDOW
    upcoming = until_next is not None and until_next <= TIMING_WINDOW
    if recent and upcoming:
        return "before" if until_next < since_last else "after"
    if upcoming:
        return "before"
    if recent:
        return "after"
    return "midweek"


# ---------------------------------------------------------------- choosing


def _fits_timing(prompt: Prompt, timing: str) -> bool:
    return not prompt.when or timing in prompt.when


def _fits_phase(prompt: Prompt, phase: str | None) -> bool:
    # With no known phase (an ongoing group), prompts written for a particular
    # phase ("these first sessions", "as the group ends") would read oddly.
    if not prompt.phases:
        return True
    return phase is not None and phase in prompt.phases


def _group_weight(prompt: Prompt, last_written: Mapping[int, datetime], now: datetime) -> float:
    if prompt.suggestion is None:
        return CUSTOM_WEIGHT if prompt.custom else SET_WEIGHT
    last = last_written.get(prompt.suggestion)
    if last is None:
        return NEVER_WRITTEN_WEIGHT
    days = max(0.0, (now - last).total_seconds() / 86400.0)
    return min(days, MAX_DAYS_COUNTED) + 1.0


def _group_id(prompt: Prompt) -> tuple[str, object]:
    if prompt.suggestion is not None:
        return ("suggestion", prompt.suggestion)
    return ("custom" if prompt.custom else "set", prompt.set_key)


def choose_prompt(
    library: PromptLibrary,
    *,
    timing: str,
    phase: str | None,
    last_written: Mapping[int, datetime],
    now: datetime,
    hidden: Collection[str] = (),
    pinned: Collection[str] = (),
    custom: Sequence[Prompt] = (),
    previous_id: str | None = None,
    rng: random.Random,
) -> Prompt | None:
    """Pick one prompt to offer, favouring suggestions the member has not used lately.

    Returns None only when every prompt is hidden. The same rng state always
    gives the same choice.
    """
    if timing not in TIMINGS:
        raise ValueError(f"Unknown timing {timing!r}; use one of {', '.join(TIMINGS)}.")
    if phase is not None and phase not in PHASES:
        raise ValueError(f"Unknown phase {phase!r}; use one of {', '.join(PHASES)} or None.")

    hidden_ids = set(hidden)
    pinned_ids = set(pinned)
    candidates: list[Prompt] = []
    seen: set[str] = set()
    for prompt in (*library.prompts, *custom):
        if prompt.id in hidden_ids or prompt.id in seen:
            continue
        seen.add(prompt.id)
        candidates.append(prompt)
    if not candidates:
        return None
    if previous_id is not None and len(candidates) > 1:
        candidates = [p for p in candidates if p.id != previous_id]

    # Prefer the best fit, but never come back empty-handed while prompts exist.
    pool: list[Prompt] = []
    for fits in (
        lambda p: _fits_timing(p, timing) and _fits_phase(p, phase),
        lambda p: _fits_timing(p, timing),
        lambda p: _fits_phase(p, phase),
        lambda p: True,
    ):
        pool = [p for p in candidates if fits(p)]
        if pool:
            break

    if phase is not None:
        own = [p for p in pool if phase in p.phases]
        general = [p for p in pool if phase not in p.phases]
        if own and general:
            pool = own if rng.random() < PHASE_SHARE else general

    group_sizes: dict[tuple[str, object], int] = {}
    for prompt in pool:
        gid = _group_id(prompt)
        group_sizes[gid] = group_sizes.get(gid, 0) + 1

    weights: list[float] = []
    for prompt in pool:
        weight = _group_weight(prompt, last_written, now) / group_sizes[_group_id(prompt)]
        if prompt.id in pinned_ids:
            weight = max(weight * PINNED_FACTOR, PINNED_MIN_WEIGHT)
        weights.append(weight)

    return rng.choices(pool, weights=weights, k=1)[0]
