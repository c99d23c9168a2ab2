"""Tests for the Spanish prompt library (es.json): it parses, it mirrors en.json so the
rotation and phase logic behave the same, and it speaks to the member as "tú"."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from ipt_journal.domain.prompts import PHASES, TIMINGS, PromptLibrary, choose_prompt, parse_library
from ipt_journal.services.session import load_prompt_library
from tests.domain import test_prompts as en_checks

PROMPTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "prompts"


@pytest.fixture(scope="module")
def es() -> PromptLibrary:
    return parse_library((PROMPTS_DIR / "es.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def en() -> PromptLibrary:
    return parse_library((PROMPTS_DIR / "en.json").read_text(encoding="utf-8"))


def _all_texts(library: PromptLibrary) -> list[tuple[str, str]]:
    texts = [(p.id, p.text) for p in library.prompts]
    for g in library.groups:
        texts += [(g.key + ":title", g.title), (g.key + ":explanation", g.explanation)]
    return texts


# ---------------------------------------------------------------- the same library


def test_spanish_library_parses_and_loads_by_language(es):
    assert es.language == "es"
    assert len(es.prompts) >= 200
    assert load_prompt_library("es") == es


def test_same_groups_in_the_same_order(es, en):
    assert [(g.key, g.number) for g in es.groups] == [(g.key, g.number) for g in en.groups]
    assert tuple(g.key for g in es.suggestions) == en_checks.SUGGESTION_KEYS
    assert tuple(g.key for g in es.sets) == en_checks.SET_KEYS


def test_same_prompts_with_the_same_timings_and_phases(es, en):
    def shape(library):
        return [(p.id, p.suggestion, p.set_key, p.when, p.phases) for p in library.prompts]

    assert shape(es) == shape(en)


@pytest.mark.parametrize("phase", [*PHASES, None])
@pytest.mark.parametrize("timing", TIMINGS)
def test_rotation_picks_the_same_prompts_in_both_languages(es, en, timing, phase):
    last_written = {n: en_checks.NOW.replace(day=n) for n in range(1, 6)}

    def draws(library):
        rng = random.Random(f"{timing}-{phase}")
        previous = None
        ids = []
        for _ in range(150):
            prompt = choose_prompt(library, timing=timing, phase=phase, last_written=last_written,
                                   now=en_checks.NOW, previous_id=previous, rng=rng)
            previous = prompt.id
            ids.append(prompt.id)
        return ids

    assert draws(es) == draws(en)


# The structural checks of the English tests, run on the Spanish library.


def test_enough_prompts_per_suggestion(es):
    en_checks.test_shipped_suggestions_have_enough_prompts(es)
    en_checks.test_shipped_suggestions_cover_every_timing(es)
    en_checks.test_shipped_library_has_phase_specific_prompts(es)
    en_checks.test_shipped_sets_present(es)


@pytest.mark.parametrize("number", range(1, 11))
def test_every_suggestion_and_timing_cell_has_four_prompts(es, number):
    en_checks.test_every_suggestion_and_timing_cell_has_four_prompts(es, number)


@pytest.mark.parametrize("number", range(1, 11))
def test_every_suggestion_and_phase_cell_has_two_prompts(es, number):
    en_checks.test_every_suggestion_and_phase_cell_has_two_prompts(es, number)


def test_every_phase_has_its_own_prompts_at_every_timing(es):
    en_checks.test_every_phase_has_its_own_prompts_at_every_timing(es)
    en_checks.test_the_middle_phase_works_on_the_problem_areas(es)


def test_texts_are_short_and_tidy(es):
    en_checks.test_shipped_texts_are_short_and_tidy(es)


# ---------------------------------------------------------------- the Spanish words


def test_every_text_is_written_in_spanish(es, en):
    english = dict(_all_texts(en))
    for key, text in _all_texts(es):
        assert text != english[key], key
        assert not re.search(r"\b(the|you|your|what|group)\b", text, re.IGNORECASE), key


def test_questions_open_and_close_the_spanish_way(es):
    for key, text in _all_texts(es):
        assert text.count("¿") == text.count("?"), key
        assert text.count("«") == text.count("»"), key
        assert "'" not in text and '"' not in text, key


# Usted, vosotros and voseo forms; the member is always "tú".
_NOT_TU = re.compile(
    r"\b(?:usted|vosotros|vosotras|vuestro|vuestra|vuestros|vuestras|os|vos|sos|tenés|podés|querés"
    r"|sabés|decís)\b",
    re.IGNORECASE,
)
# An usted imperative opening a sentence ("Escriba...", "Fíjese...").
_USTED_IMPERATIVE = re.compile(
    r"(?:^|[.;:]\s+|¿)(?:escriba|piense|anote|elija|fíjese|respire|intente|recuerde|imagine|termine"
    r"|haga|mire|vuelva|descríbalo|obsérvelo|complete|deje)\b",
    re.IGNORECASE,
)
# Something in each prompt speaks to the member: a pronoun, an imperative or a tú verb.
_TU = re.compile(
    r"\b(?:te|ti|tu|tus|tú|contigo|tuyo|tuya|tuyos|tuyas)\b"
    r"|\b(?:elige|anota|escribe|piensa|imagina|fíjate|respira|vuelve|haz|termina|recuerda|intenta"
    r"|completa|deja|mira|has|vas|crees|notas|sueles|tienes|terminas|puedes|quieres|sientes|eres|estás)\b"
    r"|\b\w+(?:ás|aste|iste|ías|abas|aras|ieras)\b",
    re.IGNORECASE,
)


def test_every_text_says_tu_never_usted_or_vosotros(es):
    for key, text in _all_texts(es):
        assert not _NOT_TU.search(text), (key, _NOT_TU.search(text).group())
        assert not _USTED_IMPERATIVE.search(text), (key, _USTED_IMPERATIVE.search(text).group())
    for prompt in es.prompts:
        assert _TU.search(prompt.text), prompt.id


def test_the_member_is_not_given_a_gender_where_it_can_be_avoided(es):
    # "¿Te sentiste cómodo?" says the member is a man; the texts find other words.
    gendered = re.compile(r"\b(?:cómod|preparad|expuest|ignorad|removid|dispuest|sentad|enojad)[oa]\b",
                          re.IGNORECASE)
    for key, text in _all_texts(es):
        assert not gendered.search(text), key


def test_confidentiality_self_care_and_scripts_are_covered(es):
    private = [p for p in es.prompts if re.search(r"privacidad|se queda (?:aquí|ahí)|quién podría enterarse", p.text)]
    assert len(private) >= 4
    assert len(es.prompts_in("self_care")) >= 6
    assert len(es.prompts_in("scripts")) >= 6


def test_group_explanations_are_two_or_three_sentences(es):
    for g in es.suggestions:
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", g.explanation.strip()) if s]
        assert 2 <= len(sentences) <= 3, g.key
        assert g.title[:1].isupper() and not g.title.endswith("."), g.key
