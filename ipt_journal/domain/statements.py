"""The statement coach under its old name; the rules live in ipt_journal.domain.coach."""

from __future__ import annotations

from ipt_journal.domain.coach import (
    CoachHint,
    EnglishRules,
    LanguageRules,
    RuleMatch,
    nothing_spotted,
    register_language,
    review,
    split_sentences,
    supported_languages,
)

__all__ = [
    "CoachHint",
    "EnglishRules",
    "LanguageRules",
    "RuleMatch",
    "nothing_spotted",
    "register_language",
    "review",
    "split_sentences",
    "supported_languages",
]
