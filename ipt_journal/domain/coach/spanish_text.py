"""One Spanish sentence as folded tokens (accents and case set aside, offsets kept), with
the small grammar helpers the Spanish rules share: whose verb it is, past or present,
softening "siempre/nunca", and putting a rewrite together."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ipt_journal.domain.coach.registry import RuleMatch, rule_match
from ipt_journal.domain.coach.spanish_words import (
    _BARE_PREFIX,
    _COMMON,
    _FIRST_PERSON,
    _GROUP_SUBJECTS,
    _ME_TO_YOU,
    _NOT_VERBS_S,
    _NOT_VERBS_STE,
    _PLACEHOLDER,
    _REASON_NO_REWRITE,
    _REASON_PLACEHOLDER,
    _REASONS,
    _SECOND_PERSON,
    _SKIP_BEFORE_VERB,
    _SOFTER,
    _SUBJUNCTIVE_STEMS,
    _THIRD_PERSON,
    _YOU_WORDS,
)

_WORD = re.compile(r"[^\W\d_]+")
_NOT_VERBS_N = frozenset({"bien", "tambien", "quien", "alguien", "joven", "orden", "imagen", "examen",
                          "origen", "crimen", "volumen", "resumen", "tren", "sien", "almacen", "desden"})
# Words after which a tú form is a verb, not a plural noun ("las cosas").
_BEFORE_A_VERB = _SKIP_BEFORE_VERB | frozenset({"que", "si", "cuando", "porque", "y", "o", "pero", "como",
                                                 "donde", "quien", "cual", "cuanto", "mientras"})


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    low = ch.lower()
    if len(low) != 1:
        return ch  # keeps offsets: a character that lower-cases to two stays as it is
    if low in "ñ":
        return low
    base = unicodedata.normalize("NFD", low)[:1]
    return base if base.isascii() and base.isalpha() else low


def fold(text: str) -> str:
    """Lower case without accents, one character for one: "¿Por Qué?" -> "¿por que?"."""
    return "".join(_fold_char(c) for c in text)


@dataclass(frozen=True)
class _Tok:
    low: str  # folded
    start: int
    end: int
    text: str  # as written


class _Sentence:
    """One sentence prepared for the Spanish rules; body_end leaves out the closing marks."""

    def __init__(self, text: str, body_end: int, is_q: bool) -> None:
        self.s = text
        self.norm = fold(text)
        self.body_end = body_end
        self.is_q = is_q
        self.toks = [_Tok(m.group(), m.start(), m.end(), text[m.start():m.end()])
                     for m in _WORD.finditer(self.norm, 0, body_end)]

    def low(self, i: int) -> str:
        return self.toks[i].low if 0 <= i < len(self.toks) else ""

    def lows(self, i: int, n: int) -> tuple[str, ...]:
        return tuple(t.low for t in self.toks[i:i + n])

    def gap(self, i: int) -> str:
        """Text between token i and token i + 1."""
        toks = self.toks
        return self.s[toks[i].end:toks[i + 1].start] if i + 1 < len(toks) else ""

    def rest(self, i: int) -> str:
        """The sentence as written from token i to the end of its body."""
        if i >= len(self.toks):
            return ""
        return self.s[self.toks[i].start:self.body_end].strip()

    def accented(self, i: int) -> bool:
        return 0 <= i < len(self.toks) and self.toks[i].text.lower() != self.toks[i].low

    def has_you(self, i: int = 0) -> bool:
        """Something in the sentence from token i speaks to "you": a pronoun or a tú verb."""
        for j in range(i, len(self.toks)):
            low = self.toks[j].low
            if low in _YOU_WORDS:
                return True
            if person_at(self, j) == "2" and (j == i or self.low(j - 1) in _BEFORE_A_VERB):
                return True
        return False

    def group_subject(self, i: int) -> int:
        """Index after a group subject ("alguien más", "alguno de ustedes") at i, or i."""
        for phrase in _GROUP_SUBJECTS:
            if self.lows(i, len(phrase)) == phrase:
                return i + len(phrase)
        return i

    def verb_slot(self, i: int) -> int:
        """Index of the first verb from i: clitics, "no", "tú" and adverbs come before it."""
        j = i
        while j < len(self.toks) and j - i < 6 and (self.low(j) in _SKIP_BEFORE_VERB or self.low(j).endswith("mente")):
            j += 1
        return j

    def is_name(self, i: int) -> bool:
        tok = self.toks[i] if 0 <= i < len(self.toks) else None
        if tok is None or not tok.text[:1].isupper() or tok.low in _COMMON:
            return False
        return person(tok.low) == "3" or len(tok.text) == 1


def person(low: str) -> str:
    """'1', '2', '3', '1p' or '3p' (ellos, ustedes) for a folded verb form; a guess by its ending."""
    if not low or not low.isalpha():
        return ""
    if low in _FIRST_PERSON:
        return "1"
    if low in _SECOND_PERSON:
        return "2"
    if low in _THIRD_PERSON:
        return "3"
    if low.endswith("ste") and low not in _NOT_VERBS_STE and len(low) > 4:
        return "2"  # dijiste, llegaste
    if low.endswith("mos") and len(low) > 4:
        return "1p"
    if low.endswith("s") and not low.endswith("os") and len(low) > 2 and low not in _NOT_VERBS_S:
        return "2"  # estás, crees, tenías
    if low.endswith(("an", "en")) and len(low) > 2 and low not in _NOT_VERBS_N:
        return "3p"  # están, dijeron
    if low.endswith("o") and len(low) > 2 and low not in ("como", "pero", "todo", "algo", "poco", "mucho",
                                                         "tanto", "eso", "esto", "solo", "nuevo", "otro"):
        return "1"  # hablo, creo (an unaccented "habló" reads as "hablo": the accent decides)
    return "3"


def person_at(sent: _Sentence, i: int) -> str:
    """Like person(), but an accented final -ó or -é is past tense: habló is 3, hablé is 1."""
    if not 0 <= i < len(sent.toks):
        return ""
    text = sent.toks[i].text.lower()
    if text.endswith("ó"):
        return "3"
    if text.endswith("é") and len(text) > 2:
        return "1"
    if sent.toks[i].low in _ME_TO_YOU and sent.low(i - 1) == "te":
        return "2"
    return person(sent.toks[i].low)


def looks_past(low: str) -> bool:
    """Preterite or imperfect: llegaste, estabas, tenías, dijo, habló (folded)."""
    if low in ("fue", "fuiste", "fui", "era", "eras", "estuvo", "dijo", "hizo", "tuvo", "pudo", "quiso",
               "vino", "supo", "puso", "trajo", "hubo", "estaba", "estabas", "habia", "habias"):
        return True
    if low.endswith("ste") and low not in _NOT_VERBS_STE:
        return True
    if low.endswith(("abas", "aba", "aban", "ieron", "aron")):
        return True
    return low.endswith(("ias", "ian")) and not low.endswith(("rias", "rian"))


def soften(text: str) -> str:
    """"siempre" becomes "a menudo", "nunca" "rara vez": fewer absolutes in a rewrite."""
    def no_nunca(m: re.Match[str]) -> str:
        return "rara vez " + m.group(1)

    text = re.sub(r"\bno\s+((?:\w+\s+){0,3}?\w+)\s+(?:nunca|jamás|jamas)\b", no_nunca, text, flags=re.IGNORECASE)

    def swap(m: re.Match[str]) -> str:
        word = _SOFTER.get(m.group().lower(), "a menudo")
        return word[:1].upper() + word[1:] if m.group()[0].isupper() else word

    return re.sub(r"(?<!casi )(?<!Casi )\b(?:siempre|nunca|jamás|jamas|constantemente|todo el tiempo|todo el rato)\b",
                  swap, text, flags=re.IGNORECASE)


def without_sweeping(text: str) -> str:
    """The clause with its "siempre/nunca" taken out: "nunca me escuchas" -> "no me escuchas"."""
    text = re.sub(r"\s+(?:todo el tiempo|todo el rato|constantemente)\b", "", text, flags=re.IGNORECASE)
    text = re.sub(r"\b(?:nunca|jamás|jamas)\s+", "no ", text, flags=re.IGNORECASE)
    text = re.sub(r"\bno\s+((?:\w+\s+){0,3}?\w+)\s+no\b", r"no \1", text, flags=re.IGNORECASE)
    text = re.sub(r"\b(?:siempre|constantemente)\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"\s+(?:siempre|nunca|jamás|jamas)\b", "", text, flags=re.IGNORECASE)
    return re.sub(r"\s{2,}", " ", text).strip()


def subjunctive(infinitive: str, ending: str) -> str | None:
    """Past subjunctive for "Me gustaría que ...": dejar -> dejaras (ending "s") or dejaran ("n")."""
    if infinitive in _SUBJUNCTIVE_STEMS:
        return _SUBJUNCTIVE_STEMS[infinitive] + "ra" + ending  # dije -> dijeras, fue -> fueras
    if infinitive.endswith("ar"):
        return infinitive[:-2] + "ara" + ending
    if infinitive.endswith(("er", "ir")):
        return infinitive[:-2] + "iera" + ending
    return None


def split_enclitics(low: str) -> tuple[str, str]:
    """"interrumpirme" -> ("interrumpir", "me"); "decirmelo" -> ("decir", "me lo")."""
    m = re.fullmatch(r"(.+?[aei]r)((?:me|te|se|nos|le|les|lo|la|los|las)*)", low)
    if not m:
        return low, ""
    found = re.findall(r"nos|les|los|las|me|te|se|le|lo|la", m.group(2))
    return m.group(1), " ".join(found)


def lower_first(sent: _Sentence, i: int, text: str) -> str:
    """The text starting at token i, with its first letter lowered unless it is a name."""
    if sent.is_name(i) or not text:
        return text
    return text[:1].lower() + text[1:]


def prefix_before(sent: _Sentence, i: int) -> str:
    """What the member wrote before token i ("Oye, ", "Cuando J llegó, "), minus a lone "y"."""
    if i >= len(sent.toks):
        return ""
    prefix = sent.s[:sent.toks[i].start]
    if i > 0 and all(t.low in _BARE_PREFIX for t in sent.toks[:i]):
        return ""
    return prefix.replace("¿", "").replace("¡", "")


def finish(prefix: str, core: str) -> str:
    i = 0
    while i < len(prefix) and not prefix[i].isalnum():
        i += 1  # stray leading punctuation: "(¿Estabas ..." or "... estabas"
    prefix = prefix[i:]
    text = (prefix + core).strip()
    text = text.replace("¿", "").replace("¡", "").replace("?", "")
    text = re.sub(r"\s{2,}", " ", text)
    if not text.endswith(_PLACEHOLDER):
        text = text.rstrip(" ,;:-–—.!") + "."
    return text[:1].upper() + text[1:]


def match(rule: str, rewrite: str | None, *, placeholder: bool = False) -> RuleMatch:
    return rule_match(rule, rewrite, _REASONS, no_rewrite=_REASON_NO_REWRITE,
                      placeholder_reason=_REASON_PLACEHOLDER, placeholder=placeholder)


def noticed(clause: str, past: bool) -> str:
    if past:
        return f"me di cuenta de que {clause}, y me sentí {_PLACEHOLDER}"
    return f"me doy cuenta de que {clause}, y me siento {_PLACEHOLDER}"

