"""The coach's public side: hints, the per-language registry and review(); no language rules here."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
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


SKIP = RuleMatch("", None, "")  # a rule's "definitely not a question to others": stop looking


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


@dataclass(frozen=True)
class BlameWords:
    """One language's words for a jab, a sweeping word or an accusation: why, and how a rewrite is softened."""

    reasons: Mapping[str, str]  # rule -> why it may be hard to hear
    placeholder: str  # what a rewrite ends with where the member's own feeling goes
    placeholder_reason: str  # added to the reason when it does
    soften: Callable[[str], str]  # fewer absolutes in a rewrite

    def match(self, rule: str, rewrite: str | None) -> RuleMatch:
        """The rewrite softened, and told where to put a feeling."""
        reason = self.reasons[rule]
        if rewrite is not None:
            rewrite = self.soften(rewrite)
            if rewrite.endswith(self.placeholder):
                reason += self.placeholder_reason
        return RuleMatch(rule, rewrite, reason)


def after_comma(sent, k: int) -> int | None:  # type: ignore[no-untyped-def]
    """The token after the first comma within 15 tokens of k (a sentence with .toks and .gap(i))."""
    for i in range(k, min(len(sent.toks) - 1, k + 15)):
        if "," in sent.gap(i):
            return i + 1
    return None


def core_after_opener(sent, k: int, core: Callable[..., RuleMatch | None], *,  # type: ignore[no-untyped-def]
                      opener: bool) -> RuleMatch | None:
    """core(sent, k); when nothing fits and the sentence opens with a time ("Yesterday, why did you..."),
    core again from the token after the opener's comma."""
    found = core(sent, k)
    if found is None and opener:
        k2 = after_comma(sent, k)
        if k2 is not None:
            found = core(sent, k2)
    return found


def blame_or_question(sent, k: int, tail: str, *,  # type: ignore[no-untyped-def]
                      blame: Callable[..., RuleMatch | None], question: Callable[..., RuleMatch | None],
                      soften: Callable[[str], str]) -> RuleMatch | None:
    """The steps of every language's check() once the sentence's first word k is found.

    A jab, a sweeping word or an accusation (blame) is worth a word even without a "?", and goes
    before the question rules, which would otherwise make it firmer; other exclamations are not
    questions. A question rule's SKIP means none; its rewrite is softened.
    """
    if k >= len(sent.toks):
        return None
    found = blame(sent, k)
    if found is not None:
        return found
    if not sent.is_q and ("!" in tail or "！" in tail):
        return None
    found = question(sent, k)
    if found is None or found is SKIP:
        return None
    if found.rewrite is not None:
        found = RuleMatch(found.rule, soften(found.rewrite), found.reason)
    return found


def first_blame(sent, k: int, *, jabs: re.Pattern[str], obvious: re.Pattern[str],  # type: ignore[no-untyped-def]
                sweeping: Sequence[re.Pattern[str]], rules: Sequence[Callable[..., RuleMatch | None]],
                blame: Callable[[str, str | None], RuleMatch]) -> RuleMatch | None:
    """The blame checks in every language's order: a jab; a question asking the others to agree that
    something is obvious; a sweeping "nobody/everyone ..."; then each of rules(sent, k). None if none fits.

    sent needs .norm (folded text), .body_end and .is_q; blame(rule, rewrite) makes the language's match.
    """
    body = sent.norm[:sent.body_end]
    if jabs.search(body):
        return blame("jab", None)
    if sent.is_q and obvious.search(body):
        return blame("sweeping", None)
    if any(pattern.search(body) for pattern in sweeping):
        return blame("sweeping", None)
    for rule in rules:
        found = rule(sent, k)
        if found is not None:
            return found
    return None
