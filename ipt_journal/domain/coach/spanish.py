"""The Spanish coach: questions to others ("¿Por qué...?", "¿No crees que...?", "¿Puedes...?"),
with or without the opening "¿" and the accents, read as statements about your own experience."""

from __future__ import annotations

from ipt_journal.domain.coach.registry import MAX_SENTENCE_CHARS, SKIP, RuleMatch, blame_or_question, core_after_opener, register_language
from ipt_journal.domain.coach.spanish_blame import check_blame
from ipt_journal.domain.coach.spanish_text import (
    _Sentence,
    finish,
    fold,
    looks_past,
    lower_first,
    match,
    noticed,
    person,
    person_at,
    prefix_before,
    soften,
    split_enclitics,
    subjunctive,
)
from ipt_journal.domain.coach.spanish_words import (
    _CLITICS,
    _DISCOURSE,
    _DISCOURSE_PAIRS,
    _FEEDBACK,
    _GREETINGS,
    _HEAR_VERBS,
    _LEADING_FRAMES,
    _OPINION_VERBS,
    _OR_NOT,
    _QUOTE_MARKS,
    _REQUEST_MODALS,
    _TAGS,
    _TAGS_ASKING_YOU,
    _TIME_OPENERS,
    _TRAILING,
    _WH,
    _WH_ACCENTED,
    _WH_PREPOSITIONS,
)

# "¡Qué bien!", "Qué pena que te vayas": exclamations, not questions.
_EXCLAIMED = frozenset({
    "bien", "bueno", "buena", "lindo", "linda", "pena", "alegria", "horror", "rabia", "suerte", "lastima",
    "gusto", "raro", "rara", "triste", "feo", "fea", "maravilla", "miedo", "verguenza", "duro", "dura",
    "dificil", "fuerte", "tan", "mal", "mas", "increible", "barbaridad", "bonito", "bonita", "alivio",
    "emocion", "orgullo", "cansancio", "tristeza", "locura",
})
_WH_BEFORE_NOUN = frozenset({"cuanto", "cuanta", "cuantos", "cuantas", "que", "cual", "cuales"})
_BE_YOU = frozenset({"estas", "estabas", "estuviste", "eres", "eras", "fuiste", "estarias", "serias"})
_HEAR_MORE = frozenset({"mas", "un", "sobre", "de", "acerca"})


class SpanishRules:
    code = "es"
    nothing_spotted = "No se encontró ninguna pregunta dirigida a otras personas."
    abbreviations = frozenset({
        "sr", "sra", "srta", "dr", "dra", "lic", "ing", "prof", "ej", "p.ej", "aprox", "dpto", "depto",
        "ud", "uds", "vs", "pág", "pag", "núm", "num", "tel", "av",
    })

    def check(self, sentence: str) -> RuleMatch | None:
        if not sentence or len(sentence) > MAX_SENTENCE_CHARS:
            return None
        head = sentence.lstrip()
        if not head or head[0] in "#>" or _QUOTE_MARKS.search(sentence):
            return None  # a heading, a quote, or quoting someone
        norm = fold(sentence)
        if _FEEDBACK.search(norm):
            return None  # asking how you come across is encouraged (suggestion 7)
        end = len(sentence)
        while end > 0 and (sentence[end - 1] in _TRAILING or sentence[end - 1].isspace()):
            end -= 1
        tail, body = sentence[end:], sentence[:end]
        if "?" in body or "？" in body or body.count("¿") > 1:
            return None  # several questions run together: too tangled to coach well
        is_q = "?" in tail or "？" in tail or "¿" in body
        m = _OR_NOT.search(norm, max(0, end - 10), end)
        if m and is_q:
            end = m.start()  # "¿Estabas enojado o no?"
        sent = _Sentence(sentence, end, is_q)
        if len(sent.toks) < 2:
            return None
        k = _skip_discourse(sent, 0)
        tag_at = None
        q = body.find("¿")
        if q >= 0:
            after = next((i for i, t in enumerate(sent.toks) if t.start > q), len(sent.toks))
            if after > k and _is_tag(sent, after):
                tag_at = after
            elif after < len(sent.toks):
                k = _skip_discourse(sent, after)
        elif is_q:
            tag_at = _tag_without_mark(sent)

        def question(sent: _Sentence, k: int) -> RuleMatch | None:
            if tag_at is not None:
                return _tag_question(sent, k, tag_at)
            return core_after_opener(sent, k, _core, opener=sent.low(k) in _TIME_OPENERS and not sent.accented(k))

        return blame_or_question(sent, k, tail, blame=check_blame, question=question, soften=soften)


def _skip_discourse(sent: _Sentence, k: int) -> int:
    start = k
    while k < len(sent.toks) - 1 and k - start < 4:
        if sent.lows(k, 2) in _DISCOURSE_PAIRS:
            k += 2
        elif sent.low(k) in _DISCOURSE:
            k += 1
        elif sent.is_name(k) and sent.gap(k).strip().startswith(","):
            k += 1  # "Sam, ¿estabas...": talking to Sam
        else:
            break
    return k


def _is_tag(sent: _Sentence, i: int) -> bool:
    rest = sent.lows(i, 5)
    return rest in _TAGS and i > 0


def _tag_without_mark(sent: _Sentence) -> int | None:
    """"Estabas enojado, no?": the tag's first token, when a comma sets it off."""
    n = len(sent.toks)
    for tag in _TAGS:
        i = n - len(tag)
        if i >= 2 and sent.lows(i, len(tag)) == tag and "," in sent.gap(i - 1):
            return i
    return None


def _tag_question(sent: _Sentence, k: int, tag_at: int) -> RuleMatch | None:
    if tag_at - k < 2 or sent.low(k) in _WH or sent.low(k) == "por":
        return None  # a real question with something at its end, not a tag
    tag = sent.lows(tag_at, 5)
    statement = sent.s[sent.toks[k].start:sent.toks[tag_at - 1].end]
    prefix = prefix_before(sent, k)
    v = sent.verb_slot(k)
    if person_at(sent, v) in ("1", "1p") or sent.low(k) == "yo":
        if tag in _TAGS_ASKING_YOU:
            return match("tag_question", finish(prefix, statement))  # "Creo que es injusto, ¿no crees?"
        return SKIP  # "Fui grosero, ¿no?" is about the writer
    if sent.has_you(k):
        return match("tag_question", finish(prefix, "me imagino que " + lower_first(sent, k, statement)))
    return match("tag_question", finish(prefix, "creo que " + lower_first(sent, k, statement)))


def _core(sent: _Sentence, k: int) -> RuleMatch | None:
    first = sent.low(k)
    why = first == "por" and sent.low(k + 1) == "que"
    wh_at = None
    if why:
        wh_at = k + 2
    elif first in _WH_PREPOSITIONS and sent.low(k + 1) in _WH:
        wh_at = k + 2  # "¿Con quién...?", "¿Para qué...?"
    elif first in _WH:
        wh_at = k + 1
    if wh_at is not None:
        if not sent.is_q and not why and not sent.accented(wh_at - 1):
            return None  # "Cuando llegaste, ...", "Como te dije, ...": not questions
        if sent.low(wh_at - 1) == "que" and sent.low(wh_at) in _EXCLAIMED:
            return None
        if " ".join(t.low for t in sent.toks[k:]) in _GREETINGS:
            return None
        return _why(sent, k, wh_at) if why else _wh(sent, k, wh_at)
    if not sent.is_q:
        return None
    if first in ("tu", "ustedes", "usted") and sent.low(k + 1) in _WH and k + 2 < len(sent.toks):
        wh = _WH_ACCENTED[sent.low(k + 1)]  # "¿Ustedes qué piensan?" -> "... qué piensan ustedes."
        who = sent.toks[k].text.lower()
        return match("wh_question_to_other",
                     finish(prefix_before(sent, k), f"me gustaría saber {wh} {sent.rest(k + 2)} {who}"))
    if " ".join(t.low for t in sent.toks[k:]) in _GREETINGS:
        return None  # "¿Estás bien?" is care, not a question to work on
    if first == "puedo":
        return _permission(sent, k)
    if first == "no":
        return _leading(sent, k)
    return _yes_no(sent, k, negated=False)


def _why(sent: _Sentence, k: int, b: int) -> RuleMatch | None:
    rule = "wh_question_to_other"
    if b >= len(sent.toks):
        return None
    end = sent.group_subject(b)
    group = end > b or any(t.low in ("nadie", "alguien") for t in sent.toks[b:])  # "¿Por qué no dijo nadie nada?"
    v = sent.verb_slot(end)
    if not group:
        if person_at(sent, v) in ("1", "1p") or not sent.has_you(b):
            return None  # "¿Por qué siempre hago esto?", "¿Por qué es tan difícil?"
    verb = sent.low(v)
    prefix = prefix_before(sent, k)
    if verb in _OPINION_VERBS or verb.endswith(("rias", "rian")):
        return match(rule, finish(prefix, "me gustaría saber por qué " + sent.rest(b)))
    past = looks_past(verb) or sent.toks[min(v, len(sent.toks) - 1)].text.lower().endswith("ó")
    clause = lower_first(sent, b, sent.rest(b))
    return match(rule, finish(prefix, noticed(clause, past)), placeholder=True)


def _wh(sent: _Sentence, k: int, b: int) -> RuleMatch | None:
    if b >= len(sent.toks):
        return None
    group = sent.low(b - 1) in ("quien", "quienes") and sent.low(b) == "mas"
    if not group:
        v = sent.verb_slot(b)
        if sent.low(b - 1) in _WH_BEFORE_NOUN and person_at(sent, v) in ("1", "1p", "3") and sent.has_you(b + 1):
            v = sent.verb_slot(b + 1)  # "¿Cuánto tiempo llevas...?": the noun comes before the verb
        you = sent.has_you(b) or sent.has_you(v)
        if person_at(sent, v) in ("1", "1p") or not (you or sent.group_subject(v + 1) > v + 1):
            return None  # "¿Qué me pasa?", "¿Qué hago?", "¿Quién va primero?"
    wh = " ".join(_WH_ACCENTED.get(t.low, t.text.lower()) for t in sent.toks[k:b])
    rest = sent.rest(b)
    return match("wh_question_to_other", finish(prefix_before(sent, k), f"me gustaría saber {wh} {rest}"))


def _permission(sent: _Sentence, k: int) -> RuleMatch | None:
    """"¿Puedo decir algo?" -> "Me gustaría decir algo."."""
    inf, _ = split_enclitics(sent.low(k + 1))
    if not inf.endswith(("ar", "er", "ir")):
        return None
    return match("permission_question", finish(prefix_before(sent, k), "me gustaría " + sent.rest(k + 1)))


def _leading(sent: _Sentence, k: int) -> RuleMatch | None:
    """"¿No crees que es injusto?" -> "Creo que es injusto."."""
    prefix = prefix_before(sent, k)
    for frame, mine in _LEADING_FRAMES:
        n = len(frame)
        if sent.lows(k, n) == frame and k + n < len(sent.toks):
            return match("leading_question", finish(prefix, f"{mine} {sent.rest(k + n)}"))
    if sent.low(k + 1) in ("es", "era", "fue", "seria", "esta") and not sent.has_you(k) and k + 2 < len(sent.toks):
        return match("leading_question", finish(prefix, "creo que " + sent.rest(k + 1)))  # "¿No es injusto?"
    return _yes_no(sent, k + 1, negated=True)


def _yes_no(sent: _Sentence, k: int, *, negated: bool) -> RuleMatch | None:
    rule = "leading_question" if negated else "yes_no_question_to_other"
    prefix = prefix_before(sent, k - 1 if negated else k)
    if k >= len(sent.toks):
        return None
    if sent.lows(k, 4) == ("te", "das", "cuenta", "de") and sent.low(k + 4) == "que" and k + 5 < len(sent.toks):
        return match("leading_question", finish(prefix, noticed(sent.rest(k + 5), False)), placeholder=True)
    if sent.group_subject(k) > k:
        return match(rule, finish(prefix, "me pregunto si " + lower_first(sent, k, sent.rest(k))))
    if sent.low(k) == "tu" and not sent.accented(k) and person(sent.low(k + 1)) != "2":
        return match(rule, finish(prefix, "me pregunto si " + lower_first(sent, k, sent.rest(k))))  # "¿Tu mamá está bien?"
    v = sent.verb_slot(k)
    to_group = v == k and sent.low(v) in ("pueden", "podrian")  # "¿Pueden decirme...?" asks the group
    if v >= len(sent.toks) or person_at(sent, v) in ("1", "1p") or not (to_group or sent.has_you(k)):
        return None  # "¿Soy demasiado?", "¿Está bien si me voy antes?", "¿J se dio cuenta?"
    verb = sent.low(v)
    if sent.low(k) in ("nunca", "jamas"):
        return match(rule, None)  # "¿Nunca te cansas de...?": no fair rewrite keeps the meaning
    for i in range(v + 1, len(sent.toks) - 1):
        if sent.low(i) == "o" and person_at(sent, sent.verb_slot(i + 1)) == "2":
            return match(rule, None)  # "¿Te gustó o lo odiaste?": no tidy rewrite
    if verb in _REQUEST_MODALS and v + 1 < len(sent.toks) and not negated:
        found = _request(sent, k, v, prefix)
        if found is not None:
            return found
    lead = "me imagino que " if verb in _BE_YOU else "me pregunto si "
    return match(rule, finish(prefix, lead + lower_first(sent, k, sent.rest(k))))


def _request(sent: _Sentence, k: int, v: int, prefix: str) -> RuleMatch | None:
    """"¿Podrías dejar de interrumpirme?" -> "Me gustaría que dejaras de interrumpirme."."""
    rule = "yes_no_question_to_other"
    i = v + 1
    if sent.lows(i, 2) == ("por", "favor"):
        i += 2
    if i >= len(sent.toks):
        return None
    inf, clitics = split_enclitics(sent.low(i))
    if not inf.endswith(("ar", "er", "ir")):
        return None
    before = " ".join(t.low for t in sent.toks[k:v] if t.low in _CLITICS)  # "¿Me lo puedes repetir?"
    clitics = f"{before} {clitics}".strip()
    after = sent.rest(i + 1)
    if inf in _HEAR_VERBS and after:
        nxt = sent.low(i + 1)
        if nxt in _HEAR_MORE:
            return match(rule, finish(prefix, "me gustaría escuchar " + after))
        if nxt in _WH or nxt in ("si", "por"):
            words = after.split(" ", 1)
            words[0] = _WH_ACCENTED.get(fold(words[0]), words[0])
            return match(rule, finish(prefix, "me gustaría saber " + " ".join(words)))
    form = subjunctive(inf, _REQUEST_MODALS[sent.low(v)])
    if form is None:
        return None
    head = f"me gustaría que {clitics} {form}" if clitics else f"me gustaría que {form}"
    return match(rule, finish(prefix, f"{head} {after}".strip()))


register_language(SpanishRules())
