"""Statement coach: spots sentences phrased as questions to other group members and
offers a gentle rewrite as a statement about the member's own experience (local rules)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

__all__ = [
    "CoachHint",
    "EnglishRules",
    "LanguageRules",
    "RuleMatch",
    "register_language",
    "review",
    "split_sentences",
    "supported_languages",
]

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


# --------------------------------------------------------------------------- splitting

_TERMINATORS = frozenset(".?!…？！。؟")
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
_BULLETS = frozenset("-*•‣◦+–—·")


def _after_marker(text: str, i: int) -> int:
    """Index after a list marker ("- ", "• ", "1. ", "2) ") at i, or i if there is none."""
    n = len(text)
    j = i
    if text[i] in _BULLETS:
        j = i + 1
    else:
        while j < n and j - i < 3 and "0" <= text[j] <= "9":
            j += 1
        if j == i or j >= n or text[j] not in ".)":
            return i
        j += 1
    if j >= n or not text[j].isspace() or text[j] in _LINE_BREAKS:
        return i
    while j < n and text[j].isspace() and text[j] not in _LINE_BREAKS:
        j += 1
    return j


def _word_before(text: str, i: int) -> str:
    """The word (letters and inner dots) just before position i, lower-cased."""
    j = i
    while j > 0 and i - j < 12 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    return text[j:i].lower()


def split_sentences(text: str, abbreviations: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences in text, whitespace and list markers trimmed.

    One pass, no regex: line breaks always end a sentence; . ? ! … end one when followed
    by white space, except after an abbreviation, after an ellipsis running on in
    lower case, or inside a quotation. Heading (#) and quote (>) lines are skipped.
    """
    spans: list[tuple[int, int]] = []
    n = len(text)
    i = 0
    start = -1
    in_quote = False
    line_start = True

    def close(end: int) -> None:
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))

    while i < n:
        ch = text[i]
        if ch in _LINE_BREAKS:
            if start >= 0:
                close(i)
                start = -1
            in_quote = False
            line_start = True
            i += 1
            continue
        if start < 0:
            if ch.isspace():
                i += 1
                continue
            if line_start:
                line_start = False
                if ch in "#>":  # a heading or a quoted line: never coached
                    while i < n and text[i] not in _LINE_BREAKS:
                        i += 1
                    continue
                j = _after_marker(text, i)
                if j != i:
                    i = j
                    continue
            start = i
        if ch == '"':
            in_quote = not in_quote
        elif ch in "“„«":
            in_quote = not (ch == "“" and in_quote)
        elif ch in "”»":
            in_quote = False
        elif ch in _TERMINATORS:
            j = i
            while j < n and text[j] in _TERMINATORS:
                j += 1
            run = text[i:j]
            closed_quote = False
            while j < n and text[j] in "\"”»'’)]}":
                c = text[j]
                if c == '"':
                    if not in_quote:
                        break  # an opening quote of what follows
                    in_quote = False
                elif c in "”»":
                    in_quote = False
                if c in "\"”»'’":
                    closed_quote = True
                j += 1
            if in_quote or (j < n and not text[j].isspace()):
                i = j
                continue
            k = j
            while k < n and text[k].isspace() and text[k] not in _LINE_BREAKS:
                k += 1
            boundary = True
            if k < n and text[k] not in _LINE_BREAKS:
                nxt = text[k]
                if closed_quote and (nxt.islower() or nxt in ",;:-–—"):
                    boundary = False  # "Were you angry?" she asked.
                elif run == ".":
                    boundary = _word_before(text, i) not in abbreviations
                elif set(run) <= frozenset(".…"):
                    boundary = not nxt.islower()  # "I don't know... maybe"
            if boundary:
                close(j)
                start = -1
            i = j
            continue
        i += 1
    if start >= 0:
        close(n)
    return spans


# --------------------------------------------------------------------------- English

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\uff07": "'"})
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
_QUOTE_MARKS = re.compile(r"[\"“”„‟«»‹›「」『』]")
_SINGLE_QUOTE_OPEN = re.compile(r"(?:^|[\s(\[:,])'(?=\w)")
_FEEDBACK = re.compile(r"\bfeedback\b|\b(?:come|comes|came|coming)\s+across\b", re.IGNORECASE)
_OR_NOT = re.compile(r"[\s,]+or\s+not$", re.IGNORECASE)
_LOWER_I = re.compile(r"(?<![\w'’])i(?=$|[\s,;:!?)]|['’](?:m|ve|d|ll)\b)")
_TRAILING = frozenset(".?!…？！:;,-–—)]}*_~ ")
_PLACEHOLDER = "…"

_NEG_TO_POS = {
    "aren't": "are", "isn't": "is", "wasn't": "was", "weren't": "were", "ain't": "are",
    "don't": "do", "doesn't": "does", "didn't": "did",
    "haven't": "have", "hasn't": "has", "hadn't": "had",
    "can't": "can", "couldn't": "could", "won't": "will", "wouldn't": "would",
    "shouldn't": "should", "shan't": "shall", "mightn't": "might", "mustn't": "must",
}
_AUX_FAMILY = {
    "am": "be", "is": "be", "are": "be", "was": "be", "were": "be",
    "do": "do", "does": "do", "did": "do",
    "have": "have", "has": "have", "had": "have",
    "can": "modal", "could": "modal", "will": "modal", "would": "modal", "should": "modal",
    "shall": "modal", "may": "modal", "might": "modal", "must": "modal",
}
_AUX = frozenset(_AUX_FAMILY) | frozenset(_NEG_TO_POS)
_PAST_AUX = frozenset({"was", "were", "did", "had", "wasn't", "weren't", "didn't", "hadn't"})
_WH = frozenset({"why", "what", "how", "when", "where", "who", "whom", "which", "whose"})
_WH_CONTRACTIONS = {
    "what's": ("what", "is"), "who's": ("who", "is"), "where's": ("where", "is"),
    "how's": ("how", "is"), "why's": ("why", "is"), "when's": ("when", "is"),
    "what're": ("what", "are"), "who're": ("who", "are"), "where're": ("where", "are"),
    "how're": ("how", "are"), "why're": ("why", "are"),
    "what'd": ("what", "did"), "who'd": ("who", "did"), "where'd": ("where", "did"),
    "how'd": ("how", "did"), "why'd": ("why", "did"),
}
_YOU_WORDS = frozenset({
    "you", "your", "yours", "yourself", "yourselves", "y'all",
    "you're", "you've", "you'd", "you'll",
})
_YOU_CONTRACTIONS = frozenset({"you're", "you've", "you'd", "you'll"})
_SELF = frozenset({
    "i", "we", "me", "us", "myself", "ourselves",
    "i'm", "i've", "i'd", "i'll", "we're", "we've", "we'd", "we'll",
})
_NEUTRAL = frozenset({"it", "that", "this", "there"})
_THIRD = frozenset({"he", "she", "they"})
_DETERMINERS = frozenset({"the", "a", "an", "my", "his", "her", "their", "our", "its", "some", "any"})
# Subjects that point at the person spoken to or at the group; longest first.
_OTHER_SUBJECTS: tuple[tuple[str, ...], ...] = tuple(sorted((
    ("the", "rest", "of", "you"), ("any", "of", "you"), ("all", "of", "you"),
    ("each", "of", "you"), ("either", "of", "you"), ("none", "of", "you"),
    ("one", "of", "you"), ("you", "all"), ("you", "guys"), ("you", "two"),
    ("you", "both"), ("you", "folks"), ("anyone", "else"), ("anybody", "else"),
    ("everyone", "else"), ("everybody", "else"), ("someone", "else"), ("somebody", "else"),
    ("no", "one", "else"), ("nobody", "else"), ("no", "one"), ("the", "group"),
    ("you",), ("y'all",), ("anyone",), ("anybody",), ("everyone",), ("everybody",),
    ("someone",), ("somebody",), ("nobody",),
), key=len, reverse=True))
_DISCOURSE = frozenset({
    "and", "but", "so", "also", "then", "well", "okay", "ok", "oh", "um", "uh", "hey",
    "honestly", "seriously", "really", "anyway", "look", "listen", "now", "yeah", "yes",
    "no", "sorry", "like", "or",
})
# Openers of a time clause we keep in front of the rewrite ("When J came in late, ...").
_TIME_OPENERS = frozenset({
    "when", "after", "before", "while", "earlier", "today", "tonight", "yesterday",
    "last", "during", "at", "in", "on", "this", "back", "once",
})
_ADVERBS = frozenset({
    "ever", "even", "really", "actually", "still", "just", "also", "honestly", "truly",
    "always", "never", "sometimes", "often", "seriously", "genuinely", "already",
    "usually", "both", "all", "kind", "sort", "of",
})
_OPINION = frozenset({"think", "believe", "feel", "suppose", "imagine", "assume", "reckon", "agree"})
_LEADING_OPINION = {"think": "think", "believe": "believe", "feel": "feel", "find": "find",
                    "agree": "think", "reckon": "think", "say": "think"}
_HEAR_VERBS = frozenset({"tell", "say", "share", "explain", "talk"})
_HEAR_STARTERS = _WH | frozenset({"more", "about", "if", "whether"})
_NP_BOUNDARY = frozenset({
    "when", "to", "about", "on", "of", "with", "after", "before", "if", "because", "in",
    "at", "for", "during", "while", "since", "as", "that", "toward", "towards", "from",
})
_HOW_DEGREE = frozenset({"long", "often", "much", "many", "far", "soon", "old", "close"})
_FILLERS = frozenset({"you know what", "you know what i mean", "you know what i'm saying"})
_TAG_PRONOUNS = frozenset({"you", "it", "that", "this", "they", "he", "she", "there", "we", "i"})
_TAG_WORDS = frozenset({"right", "yeah", "no", "huh", "eh", "okay", "ok", "yes", "correct", "true"})

_IRREGULAR_PAST = {
    "be": "was", "bear": "bore", "beat": "beat", "become": "became", "begin": "began",
    "bend": "bent", "bet": "bet", "bite": "bit", "bleed": "bled", "blow": "blew",
    "break": "broke", "breed": "bred", "bring": "brought", "build": "built", "buy": "bought",
    "catch": "caught", "choose": "chose", "come": "came", "cost": "cost", "cut": "cut",
    "deal": "dealt", "dig": "dug", "do": "did", "draw": "drew", "drink": "drank",
    "drive": "drove", "eat": "ate", "fall": "fell", "feed": "fed", "feel": "felt",
    "fight": "fought", "find": "found", "flee": "fled", "fly": "flew", "forbid": "forbade",
    "forget": "forgot", "forgive": "forgave", "freeze": "froze", "get": "got", "give": "gave",
    "go": "went", "grow": "grew", "hang": "hung", "have": "had", "hear": "heard",
    "hide": "hid", "hit": "hit", "hold": "held", "hurt": "hurt", "keep": "kept",
    "kneel": "knelt", "know": "knew", "lay": "laid", "lead": "led", "leave": "left",
    "lend": "lent", "let": "let", "lie": "lied", "light": "lit", "lose": "lost",
    "make": "made", "mean": "meant", "meet": "met", "mislead": "misled",
    "misunderstand": "misunderstood", "overcome": "overcame", "overhear": "overheard",
    "panic": "panicked", "pay": "paid", "put": "put", "quit": "quit", "read": "read",
    "rethink": "rethought", "ride": "rode", "ring": "rang", "rise": "rose", "run": "ran",
    "say": "said", "see": "saw", "seek": "sought", "sell": "sold", "send": "sent",
    "set": "set", "shake": "shook", "shed": "shed", "shine": "shone", "shoot": "shot",
    "shut": "shut", "sing": "sang", "sink": "sank", "sit": "sat", "sleep": "slept",
    "slide": "slid", "speak": "spoke", "spend": "spent", "split": "split", "spread": "spread",
    "stand": "stood", "steal": "stole", "stick": "stuck", "sting": "stung", "strike": "struck",
    "swear": "swore", "sweep": "swept", "swim": "swam", "take": "took", "teach": "taught",
    "tear": "tore", "tell": "told", "think": "thought", "throw": "threw",
    "understand": "understood", "undo": "undid", "upset": "upset", "wake": "woke",
    "wear": "wore", "weep": "wept", "win": "won", "withdraw": "withdrew",
    "withhold": "withheld", "write": "wrote",
}
_PAST_FORMS = frozenset(_IRREGULAR_PAST.values())
# Verbs of two or more syllables that double their last consonant (stress at the end).
_DOUBLING = frozenset({
    "admit", "commit", "omit", "permit", "submit", "transmit", "regret", "prefer", "refer",
    "confer", "defer", "infer", "deter", "occur", "control", "patrol", "compel", "expel",
    "propel", "rebel", "excel", "equip", "acquit", "forbid",
})
_VOWELS = frozenset("aeiou")
_COMMON_LOWER = (
    _AUX | _WH | frozenset(_WH_CONTRACTIONS) | _YOU_WORDS | _NEUTRAL | _THIRD | _DETERMINERS
    | _DISCOURSE | frozenset({
        "it's", "that's", "there's", "he's", "she's", "they're", "they've",
        "everyone", "everybody", "anyone", "anybody", "someone", "somebody", "nobody", "none",
        "all", "each", "either", "one", "not", "if", "whether",
    })
)
_NOT_VERBS = _AUX | _WH | _YOU_WORDS | _SELF | _NEUTRAL | _THIRD | _DETERMINERS | frozenset({"not"})

_REASONS = {
    "yes_no_question_to_other": "This is phrased as a question to someone else; saying what "
    "you imagine or wonder keeps the focus on your own experience.",
    "wh_question_to_other": "This asks someone else to explain; saying what you would like "
    "to hear keeps you speaking from your own experience.",
    "tag_question": "The ending asks others to agree; letting it stand as what you imagine "
    "or think keeps it your own.",
    "leading_question": "This question already carries your own view; saying it as yours "
    "might feel more direct.",
}
_REASON_PLACEHOLDER = ("This asks someone else to explain; you could say what you noticed "
                       "instead, and put your own feeling where the … is.")
_REASON_NO_REWRITE = ("This reads as a question to someone else; if you like, try saying "
                      "what you imagine or feel instead.")


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
    if rewrite is None:
        reason = _REASON_NO_REWRITE
    elif placeholder:
        reason = _REASON_PLACEHOLDER
    else:
        reason = _REASONS[rule]
    return RuleMatch(rule, rewrite, reason)


_SKIP = RuleMatch("", None, "")  # "definitely not a question to others": stop looking


class EnglishRules:
    code = "en"
    abbreviations = frozenset({
        "mr", "mrs", "ms", "mx", "dr", "prof", "sr", "jr", "st", "vs", "e.g", "i.e",
        "cf", "approx", "dept", "fig", "no",
    })

    def check(self, sentence: str) -> RuleMatch | None:
        if not sentence or len(sentence) > MAX_SENTENCE_CHARS:
            return None
        norm = sentence.translate(_APOSTROPHES)
        head = norm.lstrip()
        if not head or head[0] in "#>":
            return None
        if _QUOTE_MARKS.search(norm) or _SINGLE_QUOTE_OPEN.search(norm):
            return None  # quoting someone, not asking
        if _FEEDBACK.search(norm):
            return None  # asking for feedback is encouraged (suggestion 7)
        end = len(norm)
        while end > 0 and (norm[end - 1] in _TRAILING or norm[end - 1].isspace()):
            end -= 1
        tail = norm[end:]
        is_q = "?" in tail or "？" in tail
        if not is_q and ("!" in tail or "！" in tail):
            return None  # exclamations are not questions
        if "?" in norm[:end] or "？" in norm[:end]:
            return None  # several questions run together: too tangled to coach well
        m = _OR_NOT.search(norm, max(0, end - 12), end)
        if m and is_q:
            end = m.start()
        sent = _Sentence(sentence, norm, end, is_q)
        if len(sent.toks) < 2:
            return None
        k = _skip_discourse(sent)
        if k >= len(sent.toks):
            return None
        found = _tag_question(sent, k)
        if found is None:
            found = _core(sent, k)
            if found is None and sent.low(k) in _TIME_OPENERS:
                k2 = _after_comma(sent, k)
                if k2 is not None:
                    found = _core(sent, k2)
        if found is None or found is _SKIP:
            return None
        return found


def _skip_discourse(sent: _Sentence) -> int:
    k = 0
    toks = sent.toks
    while k < len(toks) - 1 and k < 4:
        tok = toks[k]
        if tok.low in _DISCOURSE:
            k += 1
        elif (tok.text[:1].isupper() and tok.low not in _COMMON_LOWER
              and sent.gap(k).strip().startswith(",")):
            k += 1  # "Sam, were you ...": talking to Sam
        else:
            break
    return k


def _after_comma(sent: _Sentence, k: int) -> int | None:
    for i in range(k, min(len(sent.toks) - 1, k + 15)):
        if "," in sent.gap(i):
            return i + 1
    return None


def _tag_question(sent: _Sentence, k: int) -> RuleMatch | None:
    toks = sent.toks
    n = len(toks)
    if n - k < 3:
        return None
    last, prev = toks[-1].low, toks[-2].low
    if prev in _AUX and last in _TAG_PRONOUNS:
        tag, pronoun, aux = n - 2, last, prev
    elif last in _LEADING_OPINION and prev == "you" and toks[-3].low in _AUX:
        tag, pronoun, aux = n - 3, "you", toks[-3].low  # ", don't you think?"
    elif last in _TAG_WORDS and sent.is_q:
        tag, pronoun, aux = n - 1, None, None
    else:
        return None
    if tag - k < 2 or "," not in sent.gap(tag - 1):
        return None
    if not sent.is_q and aux not in _NEG_TO_POS:
        return None
    first = toks[k].low
    if first in _AUX or first in _WH or first in _WH_CONTRACTIONS:
        return None  # a real question with something at its end, not a tag
    if pronoun in ("i", "we"):
        return _SKIP  # "I was rude, wasn't I?" is about the writer
    subj = sent.subject(k)
    stmt = sent.s[toks[k].start:toks[tag - 1].end]
    prefix = sent.s[:toks[k].start]
    if subj.kind == "self" or first in _SELF:
        if pronoun != "you":
            return _SKIP
        return _match("tag_question", _finish(prefix, stmt))  # "I think X, don't you?"
    stmt = sent.decap(k, stmt)
    if subj.youish or first in _YOU_CONTRACTIONS:
        past = aux in _PAST_AUX if aux else _looks_past(sent.low(sent.verb_index(subj.stop)))
        lead = "I imagined " if past else "I imagine "
    else:
        lead = "I think "
    return _match("tag_question", _finish(prefix, lead + stmt))


def _core(sent: _Sentence, k: int) -> RuleMatch | None:
    first = sent.low(k)
    if first == "how" and sent.low(k + 1) == "come":
        return _how_come(sent, k)
    if first in _WH_CONTRACTIONS:
        wh, aux = _WH_CONTRACTIONS[first]
        return _wh_question(sent, k, wh, aux, k + 1)
    if first == "how" and sent.low(k + 1) in _HOW_DEGREE and sent.low(k + 2) in _AUX:
        wh = "how " + sent.low(k + 1)  # "How long have you been sober?"
        return _wh_question(sent, k, wh, sent.low(k + 2), k + 3)
    if first in _WH:
        if sent.low(k + 1) in _AUX:
            return _wh_question(sent, k, first, sent.low(k + 1), k + 2)
        return _wh_subject(sent, k, k + 1)
    if first in _AUX:
        return _yes_no(sent, k)
    return _declarative(sent, k)


def _clause(sent: _Sentence, subj: _Subject, aux: str, *, keep_negation: bool,
            subject_text: str | None = None) -> str | None:
    """The question's words in statement order: "were you angry" -> "you were angry"."""
    toks = sent.toks
    who = subject_text if subject_text is not None else sent.subject_text(subj)
    after_subject = toks[subj.stop - 1].end
    pos = _NEG_TO_POS.get(aux, aux)
    if keep_negation and aux in _NEG_TO_POS:
        return _join(f"{who} {aux}", sent.rest(after_subject))
    if _AUX_FAMILY.get(pos) != "do":
        return _join(f"{who} {pos}", sent.rest(after_subject))
    v = sent.verb_index(subj.stop)
    if v >= len(toks):
        return None
    verb = toks[v]
    if verb.low in _NOT_VERBS or not verb.low.isalpha():
        return _join(f"{who} {pos}", sent.rest(after_subject))  # "you did not hear me"
    if pos == "did":
        new = _past(verb.low)
    elif pos == "does":
        new = _third_person(verb.low)
    else:
        new = verb.low
    adverbs = sent.s[after_subject:verb.start].strip()  # "ever really", as written
    head = f"{who} {adverbs} {new}" if adverbs else f"{who} {new}"
    return _join(head, sent.rest(verb.end))


def _yes_no(sent: _Sentence, k: int) -> RuleMatch | None:
    aux = sent.low(k)
    negated = aux in _NEG_TO_POS
    pos = _NEG_TO_POS.get(aux, aux)
    family = _AUX_FAMILY[pos]
    subj = sent.subject(k + 1)
    if subj.kind == "self":
        return None
    if not sent.is_q:
        if negated:
            return None  # "Don't you dare ..." is not a question
        if pos in ("had", "were", "should") and "," in sent.norm:
            return None  # "Had you told me, I would have ..."
    prefix = sent.s[:sent.toks[k].start]
    rule = "leading_question" if negated else "yes_no_question_to_other"
    after_subject = sent.toks[subj.stop - 1].end if subj.stop - 1 < len(sent.toks) else sent.body_end
    if subj.kind in ("other", "neutral") and (
        not sent.rest(after_subject).strip()
        or any(t.low == "or" and sent.low(i + 1) in _AUX
               for i, t in enumerate(sent.toks[subj.stop:], subj.stop))
    ):
        # "Were you?" or "Did you like it or did you hate it?": flag, but no tidy rewrite
        if subj.kind == "other" or sent.has_you(subj.stop):
            return _match(rule, None)
        return None  # "Is it?", "Isn't it?"
    if subj.kind == "other":
        v = sent.verb_index(subj.stop)
        verb = sent.low(v)
        if negated and subj.youish and family in ("do", "modal"):
            lead = _leading_opinion(sent, v, past=(pos == "did"))
            if lead is not None:
                return _match(rule, _finish(prefix, lead))
        if family == "modal" and subj.youish and not negated:
            if verb == "please":
                who = sent.subject_text(subj)
                return _match(rule, _finish(prefix, _join(f"I'd like {who} to",
                                                          sent.rest(sent.toks[v].end))))
            hear = _hear_rest(sent, v)
            if hear is not None:
                return _match(rule, _finish(prefix, "I'd like to hear " + hear))
        clause = _clause(sent, subj, aux, keep_negation=False)
        if clause is None:
            return _match(rule, None)
        if family == "be" and subj.youish:
            lead = "I imagined " if pos in _PAST_AUX else "I imagine "
        else:
            lead = "I wonder if "
        return _match(rule, _finish(prefix, lead + clause))
    if subj.kind == "neutral":
        you_later = sent.has_you(subj.stop)
        if not you_later and not negated:
            return None  # "Is it okay if I leave early?"
        clause = _clause(sent, subj, aux, keep_negation=False)
        if clause is None:
            return _match(rule, None)
        lead = "I wonder if " if you_later else "I think "
        return _match(rule, _finish(prefix, lead + clause))
    if subj.kind == "your" and sent.is_q:
        return _match(rule, None)  # "Is your mom okay?": no safe word order to offer
    return None


def _leading_opinion(sent: _Sentence, v: int, *, past: bool) -> str | None:
    """"Don't you think that's unfair?" -> "I think that's unfair."."""
    verb = sent.low(v)
    if verb not in _LEADING_OPINION or v + 1 >= len(sent.toks):
        return None
    nxt = sent.low(v + 1)
    if nxt in ("about", "of", "so", "with", "me", "us") or (verb == "agree" and nxt != "that"):
        return None
    mine = _LEADING_OPINION[verb]
    if past:
        mine = _past(mine)
    return _join("I " + mine, sent.rest(sent.toks[v].end))


def _hear_rest(sent: _Sentence, v: int) -> str | None:
    """"Can you tell me what you meant?" -> "what you meant"."""
    if sent.low(v) not in _HEAR_VERBS:
        return None
    j = v + 1
    if sent.low(v) == "tell":
        if sent.low(j) not in ("me", "us"):
            return None
        j += 1
    if j >= len(sent.toks) or sent.low(j) not in _HEAR_STARTERS:
        return None
    return sent.rest(sent.toks[j].start).strip()


def _noticed(clause: str, past: bool) -> str:
    return f"I {'noticed' if past else 'notice'} {clause}, and I {'felt' if past else 'feel'} {_PLACEHOLDER}"


def _bare_prefix(sent: _Sentence, k: int) -> str:
    """The text before token k, minus a lone "and"/"so" (the rewrite brings its own "and")."""
    prefix = sent.s[:sent.toks[k].start]
    if all(t.low in ("and", "or", "so") for t in sent.toks[:k]) and not any(c.isdigit() for c in prefix):
        return ""
    return prefix


def _how_come(sent: _Sentence, k: int) -> RuleMatch | None:
    subj = sent.subject(k + 2)
    if subj.kind == "self" or subj.kind == "none" or k + 2 >= len(sent.toks):
        return None
    if subj.kind != "other" and not sent.has_you(subj.stop):
        return None
    who = sent.subject_text(subj)
    clause = _join(who, sent.rest(sent.toks[subj.stop - 1].end))
    past = _looks_past(sent.low(sent.verb_index(subj.stop)))
    return _match("wh_question_to_other", _finish(_bare_prefix(sent, k), _noticed(clause, past)),
                  placeholder=True)


def _wh_question(sent: _Sentence, k: int, wh: str, aux: str, after: int) -> RuleMatch | None:
    rule = "wh_question_to_other"
    negated = aux in _NEG_TO_POS
    pos = _NEG_TO_POS.get(aux, aux)
    family = _AUX_FAMILY[pos]
    subj = sent.subject(after)
    prefix = sent.s[:sent.toks[k].start]
    if subj.kind == "self":
        return None  # "Why do I always do this?"
    if subj.kind == "none":
        return _wh_subject(sent, k, after)  # "What is going on with you?"
    if subj.kind == "your":
        if family != "be":
            return _match(rule, None) if sent.is_q else None
        j = subj.stop
        while j < len(sent.toks) and j - subj.first < 5 and sent.low(j) not in _NP_BOUNDARY:
            j += 1
        if j == subj.stop:
            return _match(rule, None)
        noun_phrase = sent.s[sent.toks[subj.first].start:sent.toks[j - 1].end]
        noun_phrase = noun_phrase[:1].lower() + noun_phrase[1:]
        clause = _join(f"{noun_phrase} {aux if negated else pos}", sent.rest(sent.toks[j - 1].end))
        return _match(rule, _finish(prefix, f"I'd like to hear {wh} {clause}"))
    if subj.kind != "other" and not sent.has_you(subj.stop):
        return None  # "Why is this so hard?"
    if subj.kind == "np":
        return _match(rule, None) if sent.is_q else None
    verb = sent.low(sent.verb_index(subj.stop))
    if wh == "why" and family in ("be", "do") and verb not in _OPINION:
        who = None
        if negated and sent.low(subj.first) in ("anyone", "anybody"):
            who = "nobody" + (" else" if subj.stop - subj.first > 1 else "")
        clause = _clause(sent, subj, aux, keep_negation=negated and who is None, subject_text=who)
        if clause is None:
            return _match(rule, None)
        return _match(rule, _finish(_bare_prefix(sent, k), _noticed(clause, pos in _PAST_AUX)),
                      placeholder=True)
    clause = _clause(sent, subj, aux, keep_negation=negated)
    if clause is None:
        return _match(rule, None)
    return _match(rule, _finish(prefix, f"I'd like to hear {wh} {clause}"))


def _wh_subject(sent: _Sentence, k: int, nxt: int) -> RuleMatch | None:
    """"Who else felt that way?", "What happened to you?" (the wh-word is the subject)."""
    wh = sent.low(k)
    wh = _WH_CONTRACTIONS.get(wh, (wh, ""))[0]
    if not sent.is_q or wh not in ("who", "what") or nxt >= len(sent.toks):
        return None
    group = sent.low(nxt) in ("else", "here")
    if group:
        nxt += 1
    verb = sent.low(nxt)
    verbish = (sent.low(k) in _WH_CONTRACTIONS or verb in _AUX or _looks_past(verb)
               or (verb.endswith("s") and not verb.endswith("ss")))
    if not verbish or verb in _SELF or not (group or sent.has_you(nxt)):
        return None
    prefix = sent.s[:sent.toks[k].start]
    question = sent.decap(k, sent.rest(sent.toks[k].start))
    return _match("wh_question_to_other", _finish(prefix, "I'd like to hear " + question))


def _declarative(sent: _Sentence, k: int) -> RuleMatch | None:
    """"You think I talk too much?" and "Anyone else feel that way?"."""
    if not sent.is_q or len(sent.toks) - k < 3:
        return None
    subj = sent.subject(k)
    prefix = sent.s[:sent.toks[k].start]
    rule = "yes_no_question_to_other"
    if subj.youish or sent.low(k) in _YOU_CONTRACTIONS:
        if " ".join(t.low for t in sent.toks[k:]) in _FILLERS:
            return None
        statement = sent.decap(k, sent.rest(sent.toks[k].start))
        return _match(rule, _finish(prefix, "I imagine " + statement))
    if subj.kind == "other" and sent.low(subj.first) in ("anyone", "anybody"):
        v = sent.verb_index(subj.stop)
        if v >= len(sent.toks):
            return None
        verb = sent.toks[v]
        if verb.low in _AUX or verb.low.endswith("s") or not verb.low.isalpha():
            return None
        new = verb.low if _looks_past(verb.low) else _third_person(verb.low)
        who = sent.s[sent.toks[subj.first].start:verb.start].strip().lower()
        return _match(rule, _finish(prefix, _join(f"I wonder if {who} {new}", sent.rest(verb.end))))
    return None


register_language(EnglishRules())
