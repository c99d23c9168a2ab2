"""The honest statement coach: spots questions to others (and jabs, sweeping words and
accusations) and offers, where it can, a statement about the member's own experience.

One module per part: registry (hints, languages, review), sentences (splitting), and one
set of modules per language (english_*, spanish_*); a language registers itself on import.
"""

from __future__ import annotations

from ipt_journal.domain.coach import english as _english  # noqa: F401 - registers English
from ipt_journal.domain.coach import spanish as _spanish  # noqa: F401 - registers Spanish
from ipt_journal.domain.coach.english import EnglishRules
from ipt_journal.domain.coach.registry import (
    CoachHint,
    LanguageRules,
    RuleMatch,
    nothing_spotted,
    register_language,
    review,
    supported_languages,
)
from ipt_journal.domain.coach.sentences import split_sentences
from ipt_journal.domain.coach.spanish import SpanishRules

__all__ = [
    "CoachHint",
    "EnglishRules",
    "LanguageRules",
    "RuleMatch",
    "SpanishRules",
    "nothing_spotted",
    "register_language",
    "review",
    "split_sentences",
    "supported_languages",
]
