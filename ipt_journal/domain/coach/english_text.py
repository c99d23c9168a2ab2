"""One English sentence as tokens, with the small grammar helpers the rules share."""

from __future__ import annotations

from dataclasses import dataclass

from ipt_journal.domain.coach.registry import (
    RuleMatch,
    rule_match,
)
from ipt_journal.domain.coach.english_words import (
    _ADVERBS,
    _COMMON_LOWER,
    _DETERMINERS,
    _DOUBLING,
    _IRREGULAR_PAST,
    _LOWER_I,
    _NEUTRAL,
    _OTHER_SUBJECTS,
    _PAST_AUX,
    _PAST_FORMS,
    _PLACEHOLDER,
    _REASONS,
    _REASON_NO_REWRITE,
    _REASON_PLACEHOLDER,
    _SELF,
    _THIRD,
    _VOWELS,
    _WORD,
    _YOU_WORDS,
)

@dataclass(frozen=True)
class _Tok:
    low: str  # lower-cased, straight apostrophes
    start: int
    end: int
    text: str  # as written (apostrophes straightened)


@dataclass(frozen=True)
class _Subject:
    kind: str  # other | self | neutral | third | your | np | none
    first: int  # token index
    stop: int  # token index after the subject
    youish: bool  # "you", "you all", "any of you"...


def _past(verb: str) -> str:
    if verb in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[verb]
    if verb.endswith("e"):
        return verb + "d"
    if len(verb) > 1 and verb.endswith("y") and verb[-2] not in _VOWELS:
        return verb[:-1] + "ied"
    if (
        len(verb) >= 3
        and verb[-1] not in _VOWELS and verb[-1] not in "wxy"
        and verb[-2] in _VOWELS and verb[-3] not in _VOWELS
    ):
        syllables = sum(1 for a, b in zip(" " + verb, verb) if b in _VOWELS and a not in _VOWELS)
        if syllables == 1 or verb in _DOUBLING:
            return verb + verb[-1] + "ed"
    return verb + "ed"


def _third_person(verb: str) -> str:
    special = {"be": "is", "have": "has", "do": "does", "go": "goes"}
    if verb in special:
        return special[verb]
    if verb.endswith(("s", "x", "z", "ch", "sh", "o")):
        return verb + "es"
    if len(verb) > 1 and verb.endswith("y") and verb[-2] not in _VOWELS:
        return verb[:-1] + "ies"
    return verb + "s"


def _looks_past(low: str) -> bool:
    if low in _PAST_AUX or low in _PAST_FORMS:
        return True
    return len(low) > 3 and low.endswith("ed") and not low.endswith("eed")


class _Sentence:
    """One sentence prepared for the English rules."""

    def __init__(self, text: str, norm: str, body_end: int, is_q: bool) -> None:
        self.s = text
        self.norm = norm
        self.body_end = body_end
        self.is_q = is_q
        self.toks = [_Tok(m.group().lower(), m.start(), m.end(), m.group())
                     for m in _WORD.finditer(norm, 0, body_end)]

    def low(self, i: int) -> str:
        return self.toks[i].low if 0 <= i < len(self.toks) else ""

    def gap(self, i: int) -> str:
        """Text between token i and token i + 1."""
        toks = self.toks
        return self.norm[toks[i].end:toks[i + 1].start] if i + 1 < len(toks) else ""

    def has_you(self, i: int) -> bool:
        return any(t.low in _YOU_WORDS for t in self.toks[i:])

    def rest(self, char_pos: int) -> str:
        return self.s[char_pos:self.body_end]

    def subject(self, i: int) -> _Subject:
        toks = self.toks
        if i >= len(toks):
            return _Subject("none", i, i, False)
        lows = [t.low for t in toks[i:i + 4]]
        for phrase in _OTHER_SUBJECTS:
            if tuple(lows[:len(phrase)]) == phrase:
                youish = "you" in phrase or "y'all" in phrase
                return _Subject("other", i, i + len(phrase), youish)
        low = lows[0]
        if low in _SELF:
            return _Subject("self", i, i + 1, False)
        if low in _NEUTRAL:
            return _Subject("neutral", i, i + 1, False)
        if low in _THIRD:
            return _Subject("third", i, i + 1, False)
        if low == "your":
            return _Subject("your", i, i + 1, False)
        if low in _DETERMINERS:
            return _Subject("np", i, i + 1, False)
        if toks[i].text[:1].isupper() and low not in _COMMON_LOWER:
            return _Subject("third", i, i + 1, False)  # a name, e.g. "Did J notice?"
        return _Subject("none", i, i + 1, False)

    def subject_text(self, subj: _Subject) -> str:
        text = self.s[self.toks[subj.first].start:self.toks[subj.stop - 1].end]
        if subj.kind == "third" and self.toks[subj.first].low not in _THIRD:
            return text  # a name keeps its capital
        return text.lower()

    def verb_index(self, i: int) -> int:
        while i < len(self.toks) and self.toks[i].low in _ADVERBS:
            i += 1
        return i

    def decap(self, i: int, text: str) -> str:
        tok = self.toks[i]
        if tok.low in _COMMON_LOWER and tok.text != "I":
            return text[:1].lower() + text[1:]
        return text


def _join(head: str, rest: str) -> str:
    rest = rest.strip()
    if not rest:
        return head
    if rest[0] in ",;:":
        return head + rest
    return head + " " + rest


def _finish(prefix: str, core: str) -> str:
    i = 0
    while i < len(prefix) and not prefix[i].isalnum():
        i += 1  # stray leading punctuation: "(Were you ..." or "... were you"
    text = (prefix[i:] + core).strip()
    if not text.endswith(_PLACEHOLDER):
        text = text.rstrip(" ,;:-–—.") + "."
    text = _LOWER_I.sub("I", text)
    return text[:1].upper() + text[1:]


def _match(rule: str, rewrite: str | None, *, placeholder: bool = False) -> RuleMatch:
    return rule_match(rule, rewrite, _REASONS, no_rewrite=_REASON_NO_REWRITE,
                      placeholder_reason=_REASON_PLACEHOLDER, placeholder=placeholder)

