"""Tests for the prompt library: the shipped en.json, parsing, timing and choosing."""

from __future__ import annotations

import copy
import json
import random
import re
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipt_journal.domain.prompts import (
    PHASES,
    TIMINGS,
    Prompt,
    PromptLibrary,
    PromptLibraryError,
    choose_prompt,
    parse_library,
    timing_for,
)

EN_JSON = Path(__file__).resolve().parents[2] / "resources" / "prompts" / "en.json"

SUGGESTION_KEYS = (
    "moment", "authentic", "nonverbal", "curiosity", "statements",
    "avoided", "feedback", "patterns", "unformed", "concerns",
)
SET_KEYS = (
    "grief", "role_disputes", "role_transitions", "interpersonal_deficits", "recovery",
    "self_care", "scripts",
)
PROBLEM_AREAS = ("grief", "role_disputes", "role_transitions", "interpersonal_deficits")

NOW = datetime(2025, 3, 12, 23, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def raw_text() -> str:
    return EN_JSON.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def raw(raw_text) -> dict:
    return json.loads(raw_text)


@pytest.fixture(scope="module")
def library(raw_text) -> PromptLibrary:
    return parse_library(raw_text)


def dumps(data) -> str:
    return json.dumps(data)


def choose(library, **kwargs):
    args = dict(timing="midweek", phase="middle", last_written={}, now=NOW, rng=random.Random(1))
    args.update(kwargs)
    return choose_prompt(library, **args)


# ---------------------------------------------------------------- the shipped library


def test_shipped_library_has_ten_suggestions_in_order(library):
    suggestions = library.suggestions
    assert [g.number for g in suggestions] == list(range(1, 11))
    assert tuple(g.key for g in suggestions) == SUGGESTION_KEYS
    assert library.language == "en"
    for g in suggestions:
        assert library.suggestion(g.number) is g
        assert library.group(g.key) is g


def test_shipped_suggestions_have_enough_prompts(library):
    total = 0
    for number in range(1, 11):
        key = library.suggestion(number).key
        prompts = library.prompts_in(key)
        assert len(prompts) >= 7, key  # the parser needs 6; we ship more
        assert all(p.suggestion == number for p in prompts)
        total += len(prompts)
    assert total >= 70


def test_shipped_suggestions_cover_every_timing(library):
    for g in library.suggestions:
        covered = set().union(*(p.when for p in library.prompts_in(g.key)))
        assert covered == set(TIMINGS), g.key


def test_shipped_library_has_phase_specific_prompts(library):
    phases = Counter(ph for p in library.prompts for ph in p.phases)
    assert phases["beginning"] >= 20
    assert phases["middle"] >= 20
    assert phases["ending"] >= 20
    # the general prompts still outnumber those written for one phase
    assert sum(1 for p in library.prompts if not p.phases) > len(library.prompts) * 0.5


def _cell(library, number, *, timing=None, phase=None):
    prompts = library.prompts_in(library.suggestion(number).key)
    return sum(1 for p in prompts if (timing is None or timing in p.when) and (phase is None or phase in p.phases))


@pytest.mark.parametrize("number", range(1, 11))
def test_every_suggestion_and_timing_cell_has_four_prompts(library, number):
    counts = {timing: _cell(library, number, timing=timing) for timing in TIMINGS}
    assert min(counts.values()) >= 4, counts


@pytest.mark.parametrize("number", range(1, 11))
def test_every_suggestion_and_phase_cell_has_two_prompts(library, number):
    counts = {phase: _cell(library, number, phase=phase) for phase in PHASES}
    assert min(counts.values()) >= 2, counts


def test_every_phase_has_its_own_prompts_at_every_timing(library):
    for phase in PHASES:
        for timing in TIMINGS:
            own = [p for p in library.prompts if phase in p.phases and timing in p.when]
            assert len(own) >= 8, (phase, timing, len(own))


def test_the_middle_phase_works_on_the_problem_areas(library):
    middle = [p for p in library.prompts if "middle" in p.phases]
    assert len(middle) >= 20
    for key in PROBLEM_AREAS:
        assert sum(1 for p in middle if p.set_key == key) >= 2, key


def test_self_care_scripts_and_confidentiality_are_covered(library):
    assert len(library.prompts_in("self_care")) >= 6
    assert len(library.prompts_in("scripts")) >= 6
    private = [p for p in library.prompts if re.search(r"\bstays\b|\bprivate\b|who might hear", p.text)]
    assert len(private) >= 4


def test_explanations_do_not_read_motives_into_the_member(library):
    for group in library.groups:
        assert "spotlight" not in group.explanation, group.key


def test_shipped_sets_present(library):
    assert tuple(g.key for g in library.sets) == SET_KEYS
    for key in SET_KEYS:
        group = library.group(key)
        assert group.number is None
        prompts = library.prompts_in(key)
        assert len(prompts) >= 4, key
        assert all(p.suggestion is None for p in prompts)


def test_shipped_ids_unique_and_well_formed(library, raw):
    ids = [p["id"] for part in ("suggestions", "sets") for g in raw[part] for p in g["prompts"]]
    assert len(ids) == len(set(ids))
    for p in library.prompts:
        assert re.fullmatch(rf"{re.escape(p.set_key)}-\d\d", p.id), p.id
        assert library.by_id(p.id) is p
    assert library.by_id("no-such-prompt") is None


def test_shipped_texts_are_short_and_tidy(library):
    for p in library.prompts:
        assert p.text == p.text.strip()
        assert len(p.text) <= 200, p.id
        assert "  " not in p.text, p.id
    for g in library.groups:
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", g.explanation.strip()) if s]
        if g.number is not None:
            assert 2 <= len(sentences) <= 3, g.key


# ---------------------------------------------------------------- parse errors


def assert_rejected(text, match: str | None = None):
    with pytest.raises(PromptLibraryError, match=match) as info:
        parse_library(text)
    assert type(info.value) is PromptLibraryError
    assert str(info.value)  # always says what is wrong


@pytest.mark.parametrize(
    "text",
    ["", "{", "not json", "[1, 2", '{"language": "en",}', "\x00", "[" * 100_000 + "]" * 100_000],
)
def test_invalid_json_rejected(text):
    assert_rejected(text)


@pytest.mark.parametrize("value", [None, b"{}", 42, {"language": "en"}])
def test_non_text_rejected(value):
    assert_rejected(value)


@pytest.mark.parametrize("text", ["[]", "null", "3", '"en"', "true"])
def test_top_level_must_be_object(text):
    assert_rejected(text, "object")


@pytest.mark.parametrize("key", ["language", "version", "suggestions", "sets"])
def test_missing_top_level_key(raw, key):
    data = copy.deepcopy(raw)
    del data[key]
    assert_rejected(dumps(data), key)


@pytest.mark.parametrize("key", ["number", "key", "title", "explanation", "prompts"])
def test_missing_suggestion_key(raw, key):
    data = copy.deepcopy(raw)
    del data["suggestions"][4][key]
    assert_rejected(dumps(data), key)


@pytest.mark.parametrize("key", ["id", "text", "when", "phases"])
def test_missing_prompt_key(raw, key):
    data = copy.deepcopy(raw)
    del data["suggestions"][2]["prompts"][0][key]
    assert_rejected(dumps(data), key)


def test_duplicate_prompt_id(raw):
    data = copy.deepcopy(raw)
    data["sets"][0]["prompts"][0]["id"] = "moment-01"
    assert_rejected(dumps(data), "moment-01")


def test_duplicate_group_key(raw):
    data = copy.deepcopy(raw)
    data["sets"][1]["key"] = "grief"
    assert_rejected(dumps(data), "grief")


def test_nine_suggestions(raw):
    data = copy.deepcopy(raw)
    del data["suggestions"][9]
    assert_rejected(dumps(data), "10 suggestions")


def test_duplicate_and_out_of_range_numbers(raw):
    data = copy.deepcopy(raw)
    data["suggestions"][9]["number"] = 9
    assert_rejected(dumps(data), "more than once")
    data["suggestions"][9]["number"] = 11
    assert_rejected(dumps(data), "11")


def test_too_few_prompts_in_suggestion(raw):
    data = copy.deepcopy(raw)
    data["suggestions"][0]["prompts"] = data["suggestions"][0]["prompts"][:5]
    assert_rejected(dumps(data), "at least 6")


@pytest.mark.parametrize(
    "path, value",
    [
        (("language",), 5),
        (("language",), "   "),
        (("version",), "1"),
        (("version",), True),
        (("version",), 0),
        (("suggestions",), {}),
        (("sets",), "grief"),
        (("suggestions", 0), []),
        (("suggestions", 0, "number"), 1.0),
        (("suggestions", 0, "number"), "1"),
        (("suggestions", 0, "title"), ""),
        (("suggestions", 0, "title"), None),
        (("suggestions", 0, "prompts"), "moment-01"),
        (("suggestions", 0, "prompts", 0), "text"),
        (("suggestions", 0, "prompts", 0, "text"), ["a"]),
        (("suggestions", 0, "prompts", 0, "text"), ""),
        (("suggestions", 0, "prompts", 0, "id"), 1),
        (("suggestions", 0, "prompts", 0, "when"), "after"),
        (("suggestions", 0, "prompts", 0, "when"), []),
        (("suggestions", 0, "prompts", 0, "when"), ["tonight"]),
        (("suggestions", 0, "prompts", 0, "when"), [["after"]]),
        (("suggestions", 0, "prompts", 0, "phases"), ["start"]),
        (("suggestions", 0, "prompts", 0, "phases"), None),
        (("sets", 0, "prompts"), []),
        (("sets", 0, "explanation"), 3),
    ],
)
def test_wrong_types_and_values(raw, path, value):
    data = copy.deepcopy(raw)
    target = data
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    assert_rejected(dumps(data))


def test_minimal_valid_library_parses():
    data = {
        "language": "xx",
        "version": 1,
        "suggestions": [
            {
                "number": n,
                "key": f"s{n}",
                "title": "T",
                "explanation": "E.",
                "prompts": [
                    {"id": f"s{n}-{i}", "text": "Q?", "when": ["after"], "phases": []}
                    for i in range(6)
                ],
            }
            for n in reversed(range(1, 11))  # order in the file does not matter
        ],
        "sets": [],
    }
    lib = parse_library(dumps(data))
    assert [g.number for g in lib.groups] == list(range(1, 11))
    assert len(lib.prompts) == 60
    assert lib.sets == ()


# ---------------------------------------------------------------- hypothesis

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=5)
    | st.dictionaries(st.text(max_size=12), children, max_size=5),
    max_leaves=30,
)


def _check_only_library_error(text):
    try:
        parse_library(text)
    except PromptLibraryError:
        pass


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_only_raises_library_error(text):
    _check_only_library_error(text)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_arbitrary_json_only_raises_library_error(value):
    _check_only_library_error(json.dumps(value))


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, prefix + (i,))


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_mutated_library_only_raises_library_error(raw, data):
    # Replacing one value deep inside a real library reaches the checks that
    # random JSON almost never gets past.
    doc = copy.deepcopy(raw)
    paths = [p for p in _paths(doc) if p]
    path = data.draw(st.sampled_from(paths))
    target = doc
    for step in path[:-1]:
        target = target[step]
    if data.draw(st.booleans()) and isinstance(target, dict):
        del target[path[-1]]
    else:
        target[path[-1]] = data.draw(json_values)
    _check_only_library_error(json.dumps(doc))


# ---------------------------------------------------------------- timing_for

H = timedelta(hours=1)


@pytest.mark.parametrize(
    "since_last, until_next, expected",
    [
        (2 * H, 6 * 24 * H, "after"),
        (35 * H, 5 * 24 * H, "after"),
        (36 * H, 5 * 24 * H, "after"),
        (37 * H, 5 * 24 * H, "midweek"),
        (3 * 24 * H, 4 * 24 * H, "midweek"),
        (5 * 24 * H, 37 * H, "midweek"),
        (5 * 24 * H, 36 * H, "before"),
        (6 * 24 * H, 2 * H, "before"),
        (10 * H, 30 * H, "after"),  # both apply; the last one is closer
        (30 * H, 10 * H, "before"),  # both apply; the next one is closer
        (20 * H, 20 * H, "after"),  # a tie stays with the debrief
        (None, None, "midweek"),
        (None, 5 * H, "before"),
        (5 * H, None, "after"),
        (None, 3 * 24 * H, "midweek"),
    ],
)
def test_timing_for(since_last, until_next, expected):
    last = None if since_last is None else NOW - since_last
    nxt = None if until_next is None else NOW + until_next
    assert timing_for(NOW, last, nxt) == expected


def test_timing_for_mixed_time_zones():
    berlin = timezone(timedelta(hours=1))
    new_york = timezone(timedelta(hours=-5))
    now = datetime(2025, 3, 12, 23, 0, tzinfo=berlin)
    # 20:30 in New York on the 11th is 02:30 in Berlin on the 12th: 20.5 hours ago
    last = datetime(2025, 3, 11, 20, 30, tzinfo=new_york)
    assert timing_for(now, last, None) == "after"
    # 10:00 UTC on the 14th is 34 hours after 23:00 Berlin (22:00 UTC) on the 12th
    assert timing_for(now, None, datetime(2025, 3, 14, 8, 0, tzinfo=timezone.utc)) == "before"
    assert timing_for(now, None, datetime(2025, 3, 14, 12, 0, tzinfo=timezone.utc)) == "midweek"


def test_timing_for_next_session_already_started_counts_as_recent():
    assert timing_for(NOW, None, NOW - 2 * H) == "after"
    assert timing_for(NOW, NOW - 7 * 24 * H, NOW - 3 * H) == "after"


def test_timing_for_ignores_a_last_session_in_the_future():
    assert timing_for(NOW, NOW + 2 * H, None) == "midweek"


# ---------------------------------------------------------------- choose_prompt


def test_choose_is_deterministic(library):
    a = [choose(library, rng=random.Random(7)).id for _ in range(3)]
    b = [choose(library, rng=random.Random(7)).id for _ in range(3)]
    assert a == b


def test_no_immediate_repeat_over_200_draws(library):
    rng = random.Random(2025)
    previous = None
    seen = []
    for _ in range(200):
        prompt = choose(library, rng=rng, previous_id=previous)
        assert prompt is not None
        assert prompt.id != previous
        previous = prompt.id
        seen.append(prompt.id)
    assert len(set(seen)) > 30  # it rotates, not ping-pongs


def test_no_repeat_even_when_only_two_candidates(library):
    keep = {"moment-01", "moment-02"}
    hidden = [p.id for p in library.prompts if p.id not in keep]
    rng = random.Random(3)
    previous = None
    for _ in range(50):
        prompt = choose(library, rng=rng, hidden=hidden, previous_id=previous)
        assert prompt.id in keep and prompt.id != previous
        previous = prompt.id


def test_previous_returned_when_it_is_the_only_candidate(library):
    hidden = [p.id for p in library.prompts if p.id != "moment-01"]
    prompt = choose(library, hidden=hidden, previous_id="moment-01")
    assert prompt.id == "moment-01"


def _suggestion_counts(library, last_written, draws=3000, seed=11, **kwargs):
    rng = random.Random(seed)
    counts = Counter()
    for _ in range(draws):
        counts[choose(library, rng=rng, last_written=last_written, **kwargs).suggestion] += 1
    return counts


def test_unwritten_suggestion_chosen_much_more_than_yesterdays(library):
    yesterday = NOW - timedelta(days=1)
    last_written = {n: yesterday for n in range(1, 11) if n != 3}
    counts = _suggestion_counts(library, last_written)
    assert counts[3] > 5 * counts[4]
    assert counts[3] > 5 * counts[9]


def test_weight_grows_with_days_since_writing(library):
    last_written = {n: NOW - timedelta(days=1) for n in range(1, 11)}
    last_written[5] = NOW - timedelta(days=20)
    counts = _suggestion_counts(library, last_written)
    assert counts[5] > 4 * counts[6]


def test_set_prompts_get_a_modest_share(library):
    never = _suggestion_counts(library, {})
    assert 0 < never[None] < 0.15 * sum(never.values())


def test_hidden_prompts_never_chosen(library):
    hidden = {p.id for p in library.prompts if p.suggestion in (1, 2, 3)} | {"grief-01"}
    rng = random.Random(5)
    for _ in range(500):
        prompt = choose(library, rng=rng, hidden=hidden)
        assert prompt.id not in hidden


def test_all_hidden_gives_none(library):
    hidden = [p.id for p in library.prompts]
    assert choose(library, hidden=hidden) is None


@pytest.mark.parametrize("timing", TIMINGS)
def test_timing_filter(library, timing):
    rng = random.Random(9)
    for _ in range(300):
        prompt = choose(library, rng=rng, timing=timing)
        assert timing in prompt.when


def test_phase_filter(library):
    rng = random.Random(4)
    for phase in PHASES:
        for _ in range(200):
            prompt = choose(library, rng=rng, phase=phase)
            assert not prompt.phases or phase in prompt.phases
    for _ in range(200):
        # an ongoing group has no phase: leave out phase-specific prompts
        assert not choose(library, rng=rng, phase=None).phases


@pytest.mark.parametrize("phase", PHASES)
@pytest.mark.parametrize("timing", TIMINGS)
def test_phase_prompts_are_most_of_what_a_phase_offers(library, phase, timing):
    rng = random.Random(f"{phase}-{timing}")
    draws = [choose(library, rng=rng, phase=phase, timing=timing) for _ in range(1000)]
    own = sum(1 for p in draws if phase in p.phases)
    assert own >= 600, own
    assert all(timing in p.when for p in draws)
    assert len({p.suggestion for p in draws if phase in p.phases}) >= 8  # still rotating


def test_beginning_phase_brings_inventory_prompts(library):
    rng = random.Random(8)
    ids = {choose(library, rng=rng, phase="beginning").id for _ in range(1500)}
    assert "patterns-07" in ids


def test_falls_back_when_nothing_fits_the_timing(library):
    hidden = [p.id for p in library.prompts if "before" in p.when]
    prompt = choose(library, timing="before", hidden=hidden)
    assert prompt is not None and prompt.id not in hidden


def test_pinned_prompt_comes_up_more(library):
    rng = random.Random(12)
    draws = [choose(library, rng=rng, pinned={"feedback-04"}).id for _ in range(2000)]
    pinned = draws.count("feedback-04")
    sibling = draws.count("feedback-05")  # same suggestion and timing
    assert pinned > 1.5 * max(sibling, 1)  # expected about 3x


def test_custom_prompts_can_be_chosen(library):
    mine = Prompt(
        id="custom-1", text="What do I want to tell Sam?", suggestion=None, set_key="custom",
        when=frozenset(), phases=frozenset(), custom=True,
    )
    tied = Prompt(
        id="custom-2", text="How did I sit today?", suggestion=3, set_key="nonverbal",
        when=frozenset({"midweek"}), phases=frozenset(), custom=True,
    )
    rng = random.Random(6)
    ids = Counter(
        choose(library, rng=rng, custom=[mine, tied]).id for _ in range(2000)
    )
    assert ids["custom-1"] > 0
    assert ids["custom-2"] > 0
    # with everything else hidden, a custom prompt is still offered
    hidden = [p.id for p in library.prompts]
    assert choose(library, hidden=hidden, custom=[mine]).id == "custom-1"
    assert choose(library, hidden=hidden + ["custom-1"], custom=[mine]) is None


def test_unknown_timing_or_phase_is_a_programming_error(library):
    with pytest.raises(ValueError):
        choose(library, timing="tonight")
    with pytest.raises(ValueError):
        choose(library, phase="late")
