"""The coach's public side: hints, the per-language registry and review(); no language rules here."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from ipt_journal.domain.coach.sentences import split_sentences

# Sentences longer than this are left alone: real questions are short, and it keeps
# review() linear on pasted walls of text.
MAX_SENTENCE_CHARS = 600


@dataclass(frozen=True)
class CoachHint:
    start: int  # char offset of the sentence in the text
    end: int  # end offset (exclusive)
    sentence: str  # the sentence as written
    rewrite: str | None  # offered statement, or None when no good rewrite is possible
    reason: str  # one short, kind sentence explaining why it was spotted
    rule: str  # machine name of the rule that fired


@dataclass(frozen=True)
class RuleMatch:
    """What a language's rules say about one sentence."""

    rule: str
    rewrite: str | None
    reason: str


class LanguageRules(Protocol):
    """One language's rules; register an instance with register_language()."""

    code: str
    abbreviations: frozenset[str]  # lower-case, without the final dot ("mr", "e.g")

    nothing_spotted: str  # what to say when nothing was flagged: never more than that

    def check(self, sentence: str) -> RuleMatch | None: ...


_REGISTRY: dict[str, LanguageRules] = {}


def _lang_key(language: object) -> str:
    if not isinstance(language, str):
        return ""
    return language.strip().lower().replace("_", "-").split("-", 1)[0]


def register_language(rules: LanguageRules) -> None:
    _REGISTRY[_lang_key(rules.code)] = rules


def supported_languages() -> tuple[str, ...]:
    return tuple(sorted(_REGISTRY))


def nothing_spotted(language: str = "en") -> str:
    """The one honest sentence for text with no hint: it was not spotted, not that it is fine."""
    rules = _REGISTRY.get(_lang_key(language)) or _REGISTRY.get("en")
    return str(getattr(rules, "nothing_spotted", "")) or "No question to others was spotted."


def review(text: str, language: str = "en") -> list[CoachHint]:
    """Hints for the sentences of `text` that read as questions to others."""
    if not isinstance(text, str) or not text:
        return []
    rules = _REGISTRY.get(_lang_key(language))
    if rules is None:
        return []
    hints: list[CoachHint] = []
    for start, end in split_sentences(text, rules.abbreviations):
        sentence = text[start:end]
        if len(sentence) > MAX_SENTENCE_CHARS:
            continue
        try:
            match = rules.check(sentence)
        except Exception:  # noqa: BLE001 - a coaching rule must never get in the way of writing
            continue
        if match is not None:
            hints.append(CoachHint(start, end, sentence, match.rewrite, match.reason, match.rule))
    return hints


# -- steps every language's rules share --------------------------------------------


def rule_match(rule: str, rewrite: str | None, reasons: dict[str, str], *, no_rewrite: str,
               placeholder_reason: str, placeholder: bool = False) -> RuleMatch:
    """A flagged sentence with the reason for its rule (another reason when no rewrite is safe)."""
    if rewrite is None:
        reason = no_rewrite
    elif placeholder:
        reason = placeholder_reason
    else:
        reason = reasons[rule]
    return RuleMatch(rule, rewrite, reason)


def blame_match(rule: str, rewrite: str | None, reasons: dict[str, str], *, soften, placeholder: str,  # type: ignore[no-untyped-def]
                placeholder_reason: str) -> RuleMatch:
    """A jab, sweeping word or accusation: the rewrite softened, and told where to put a feeling."""
    reason = reasons[rule]
    if rewrite is not None:
        rewrite = soften(rewrite)
        if rewrite.endswith(placeholder):
            reason += placeholder_reason
    return RuleMatch(rule, rewrite, reason)


def after_comma(sent, k: int) -> int | None:  # type: ignore[no-untyped-def]
    """The token after the first comma within 15 tokens of k (a sentence with .toks and .gap(i))."""
    for i in range(k, min(len(sent.toks) - 1, k + 15)):
        if "," in sent.gap(i):
            return i + 1
    return None
