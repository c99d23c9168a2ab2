"""The Spanish coach's honest side: jabs, sweeping "siempre/nunca/nadie", questions about
someone in the room, and plain accusations, which a question rule alone would let pass."""

from __future__ import annotations

import re

from ipt_journal.domain.coach.registry import BlameWords, RuleMatch, first_blame
from ipt_journal.domain.coach.spanish_text import (
    _Sentence,
    finish,
    looks_past,
    lower_first,
    noticed,
    person_at,
    prefix_before,
    soften,
    without_sweeping,
)
from ipt_journal.domain.coach.spanish_words import (
    _CLITICS,
    _IDIOMS,
    _PLACEHOLDER,
    _ROOM_DETERMINERS,
    _ROOM_NOUNS,
    _ROOM_PHRASES,
    _SWEEPING,
    _WH,
    _WH_ACCENTED,
    _YOU_WORDS,
)

# Said in anger, these land as a jab whatever their grammar; no tidy rewrite exists.
_JABS = re.compile(
    r"\bque (?:diablos |demonios |rayos |carajo )?(?:te pasa|es lo que te pasa|les pasa)\b(?! (?:algo|a ti)\b)"
    r"|\bcual es tu problema\b|\bquien te (?:crees|has creido)\b|\ben que (?:estabas|estas) pensando\b"
    r"|\bte (?:costaria|cuesta) (?:tanto|mucho)\b|\bque te cuesta\b|\bte mataria\b"
    r"|\b(?:es|seria) (?:tanto|mucho) pedir\b"
    r"|\bcuantas veces (?:te lo|te tengo|tengo que)\b"
    r"|\bacaso me (?:escuchas|oyes|estas escuchando)\b|\bme estas escuchando siquiera\b"
    r"|\bsiquiera me (?:escuchas|estas escuchando)\b"
    r"|\bpor una vez en tu vida\b|\b(?:podrias|puedes|pudieras) (?:simplemente |solo )?\w+ por una vez\b"
    r"|\bno seria (?:mejor|mas facil) (?:si|que) (?:tu )?(?:simplemente |solo )?\w+"
    r"|^(?:ya )?madura\b|\bsuperalo\b|\bcrece de una vez\b|\bno seas (?:tan |asi\b|ridicul|exagerad|dramatic)"
)
# Asking the others to agree that something is plain to see ("¿No es obvio que nadie me escucha aquí?").
_OBVIOUS = re.compile(r"\b(?:es|no es|esta|no esta) (?:obvio|evidente|clarisimo|claro)(?: para (?:todos|todo el mundo))? que\b")
# "Nadie aquí me escucha."
_NOBODY = re.compile(
    r"\b(?:a )?nadie(?: mas)?(?: aqui| en (?:este|el) grupo)?(?: (?:nunca|jamas|realmente|de verdad|siquiera))?"
    r"(?: me| nos| le| les)? (?:escucha|entiende|importa|importo|importamos|nota|ve|quiere|hace caso|pregunta|"
    r"toma en serio|tiene en cuenta)\b"
)
_EVERYONE = re.compile(
    r"\b(?:todo el mundo|todos)(?: aqui| en (?:este|el) grupo)?(?: siempre)?(?: me| nos)? (?:ignora|ignoran|juzga|"
    r"juzgan|odia|odian|critica|critican|interrumpe|interrumpen|deja de lado|dejan de lado)\b"
)
# Warm when said with "siempre" ("Siempre me escuchas"), blame with "nunca".
_CARE = frozenset({
    "escuchar", "entender", "ayudar", "apoyar", "animar", "hacer", "saber", "tener", "estar", "encontrar",
    "recordar", "traer", "cuidar", "preguntar", "llamar", "respetar", "dejar", "ver", "notar", "poder",
    "contar", "acompañar", "acompanar", "sacar", "dar", "decir", "importar", "pensar", "creer", "querer",
})
# Blame when said with "siempre" or on their own, warm with "nunca" ("Nunca me juzgas").
_ACCUSING = frozenset({
    "interrumpir", "ignorar", "juzgar", "criticar", "culpar", "burlar", "mentir", "minimizar", "tergiversar",
    "despreciar", "gritar", "cortar", "fallar", "defraudar", "abandonar", "humillar", "atacar", "controlar",
    "manipular", "rechazar", "excluir", "evitar", "exagerar", "reir",
})
_NEGATIVE_TRAITS = frozenset({
    "egoista", "injusto", "injusta", "cruel", "frio", "fria", "falso", "falsa", "hipocrita", "insoportable",
    "pesado", "pesada", "exagerado", "exagerada", "dramatico", "dramatica", "mentiroso", "mentirosa", "malo",
    "mala", "egocentrico", "egocentrica", "controlador", "controladora", "manipulador", "manipuladora", "idiota",
    "tonto", "tonta", "ridiculo", "ridicula", "imposible", "grosero", "grosera", "irresponsable", "insensible",
    "terco", "terca", "agresivo", "agresiva", "desconsiderado", "desconsiderada", "maleducado", "maleducada",
    "cobarde", "egoistas", "injustos", "crueles", "hipocritas", "insoportables",
})
_SELF_FRAME_VERBS = frozenset({"duele", "molesta", "parece", "preocupa", "da", "pone", "cuesta", "frustra",
                               "entristece", "enoja", "enfada", "lastima", "hiere", "asusta", "gustaria"})

_REASONS = {
    "jab": "Esto puede sonar más a reproche que a pregunta. Decir lo que sentiste, y lo que te gustaría, "
    "suele ser más fácil de escuchar para la otra persona.",
    "sweeping": "Palabras como «siempre», «nunca» o «nadie» pueden dejar a los demás defendiendo las "
    "excepciones; contar lo que pasó y cómo lo viviste puede ser más fácil de escuchar.",
    "about_someone_in_the_room": "Esto pregunta por alguien que está en la sala en lugar de hablarle a esa "
    "persona; decirle lo que notas, y cómo es para ti, lo mantiene como algo tuyo.",
    "accusation": "Esto dice lo que la otra persona hace mal; contar lo que notaste y lo que sentiste "
    "puede hacer que le resulte más fácil recibirlo.",
}


def infinitive_of(low: str) -> str:
    """A rough infinitive for a tú/ustedes form, enough to look it up: interrumpes -> interrumpir."""
    irregular = {"haces": "hacer", "hiciste": "hacer", "hacen": "hacer", "sabes": "saber", "tienes": "tener",
                 "tuviste": "tener", "estas": "estar", "estuviste": "estar", "puedes": "poder", "pueden": "poder",
                 "dices": "decir", "dijiste": "decir", "dicen": "decir", "das": "dar", "diste": "dar",
                 "ves": "ver", "viste": "ver", "quieres": "querer", "quisiste": "querer", "piensas": "pensar",
                 "cuentas": "contar", "mientes": "mentir", "mentiste": "mentir", "ries": "reir", "reiste": "reir",
                 "rien": "reir", "importa": "importar", "importo": "importar", "entiendes": "entender",
                 "recuerdas": "recordar", "fallas": "fallar", "fallaste": "fallar", "juzgas": "juzgar"}
    if low in irregular:
        return irregular[low]
    for ending, inf in (("aste", "ar"), ("abas", "ar"), ("iste", "ir"), ("ias", "er"), ("as", "ar"), ("es", "er"),
                        ("an", "ar"), ("en", "er"), ("aron", "ar"), ("ieron", "er")):
        if low.endswith(ending) and len(low) > len(ending) + 1:
            stem = low[: -len(ending)]
            if stem + "ir" in _ACCUSING or stem + "ir" in _CARE:
                return stem + "ir"
            return stem + inf
    return low


def _room_subject(sent: _Sentence, start: int) -> bool:
    """A person in the room is spoken about ("el terapeuta", "los demás") from token start on."""
    for i in range(start, len(sent.toks)):
        if sent.low(i) in _ROOM_DETERMINERS and sent.low(i + 1) in _ROOM_NOUNS:
            return True
        for phrase in _ROOM_PHRASES:
            if sent.lows(i, len(phrase)) == phrase:
                return True
    return False


def _about_room(sent: _Sentence, k: int) -> RuleMatch | None:
    """"¿Por qué el terapeuta nunca dice nada?", "¿Va a intervenir la terapeuta?"."""
    if not sent.is_q or not _room_subject(sent, k) or sent.has_you(k):
        return None
    rule = "about_someone_in_the_room"
    prefix = prefix_before(sent, k)
    if sent.low(k) == "por" and sent.low(k + 1) == "que":
        clause = lower_first(sent, k + 2, sent.rest(k + 2))
        if not clause:
            return _blame(rule, None)
        past = any(looks_past(t.low) or t.text.lower().endswith("ó") for t in sent.toks[k + 2:k + 8])
        return _blame(rule, finish(prefix, noticed(clause, past)))
    if sent.low(k) in _WH:
        wh = _WH_ACCENTED.get(sent.low(k), sent.low(k))
        return _blame(rule, finish(prefix, f"me gustaría saber {wh} {sent.rest(k + 1)}"))
    return _blame(rule, finish(prefix, "me pregunto si " + lower_first(sent, k, sent.rest(k))))


def _verb_after(sent: _Sentence, k: int) -> tuple[int, bool, bool]:
    """(index of the verb, negated, sweeping before it) for a clause starting at k."""
    j = k
    negated = sweeping = False
    while j < len(sent.toks) and j - k < 6:
        low = sent.low(j)
        if low == "no":
            negated = True
        elif low in ("siempre", "nunca", "jamas", "constantemente"):
            sweeping = True
            negated = negated or low in ("nunca", "jamas")
        elif low not in _CLITICS and low not in ("tu", "ustedes", "ya", "tambien", "todavia", "aun", "realmente"):
            break
        j += 1
    return j, negated, sweeping


def _accusation(sent: _Sentence, k: int) -> RuleMatch | None:
    """"Siempre me interrumpes.", "Me ignoraste la semana pasada.", "Eres tan egoísta."."""
    if sent.is_q:
        return None
    v, negated, sweeping_before = _verb_after(sent, k)
    if v >= len(sent.toks):
        return None
    verb = sent.low(v)
    plural = sent.low(k) == "ustedes" or (k > 0 and sent.low(k - 1) == "ustedes")
    who = person_at(sent, v)
    if verb in ("eres", "estas", "son", "sos"):
        nxt = [sent.low(j) for j in range(v + 1, min(len(sent.toks), v + 4))]
        if nxt[:1] == ["siendo"] or any(w in _NEGATIVE_TRAITS for w in nxt):
            return _blame("accusation", None)  # "Eres tan egoísta.": no tidy rewrite
        return None
    if verb in ("importa", "importo", "importamos") and sent.low(v - 1) == "te" and negated:
        who = "2"  # "No te importo."
    if not (who == "2" or (plural and who == "3p")):
        return None
    clause_text = sent.rest(k)
    clause_low = sent.norm[sent.toks[k].start:sent.body_end]
    if _IDIOMS.search(clause_low):
        return None
    sweeping = sweeping_before or bool(_SWEEPING.search(clause_low))
    inf = infinitive_of(verb)
    past = looks_past(verb)
    accusing = inf in _ACCUSING or (inf == "hacer" and sent.low(v + 1) == "sentir") or inf == "burlar"
    caring = inf in _CARE and not accusing
    nunca = bool(re.search(r"\b(?:nunca|jamas)\b", clause_low))
    prefix = prefix_before(sent, k)
    own = _own_feeling_after(sent, v)
    if own is not None and (sweeping or (accusing and not negated)) and not (caring and not nunca):
        # "Me ignoraste y me dolió." -> "Cuando me ignoraste, me dolió.": the member's own words
        said = sent.s[sent.toks[k].start:sent.toks[own].start].rstrip(" ,")
        said = said[:-1].rstrip(" ,") if said.endswith(" y") else said
        said = without_sweeping(said) if sweeping else said
        rule = "sweeping" if sweeping else "accusation"
        return _blame(rule, finish(prefix, f"cuando {lower_first(sent, k, said)}, {sent.rest(own)}"))
    if sweeping:
        if (caring and not nunca and not negated) or (accusing and nunca):
            return None  # "Siempre me escuchas.", "Nunca me juzgas.": warmth
        clause = lower_first(sent, k, without_sweeping(clause_text))
        if "cuando" in clause_low or not clause:
            clause = soften(lower_first(sent, k, clause_text))
            return _blame("sweeping", finish(prefix, noticed(clause, past)))
        feel = "me sentí" if past else "me siento"
        return _blame("sweeping", finish(prefix, f"cuando {clause}, {feel} {_PLACEHOLDER}"))
    if inf == "hacer" and sent.low(v + 1) == "sentir" and v + 2 < len(sent.toks):
        feel = "Me sentí" if past else "Me siento"
        return _blame("accusation", finish(prefix, f"{feel} {sent.rest(v + 2)}"))  # "Me hiciste sentir pequeña."
    if negated and caring:
        lead = "me pareció que" if past else "me imagino que"
        feel = "me sentí" if past else "me siento"
        return _blame("accusation", finish(prefix, f"{lead} {lower_first(sent, k, clause_text)}, y {feel} {_PLACEHOLDER}"))
    if accusing and not negated:
        feel = "me sentí" if past else "me siento"
        if "cuando" in clause_low:
            return _blame("accusation", finish(prefix, noticed(lower_first(sent, k, clause_text), past)))
        return _blame("accusation", finish(prefix, f"cuando {lower_first(sent, k, clause_text)}, {feel} {_PLACEHOLDER}"))
    return None


def _own_feeling_after(sent: _Sentence, v: int) -> int | None:
    """Index of the member's own words after "y" in "Me ignoraste y me dolió", or None."""
    for j in range(v + 1, len(sent.toks) - 1):
        if sent.low(j) == "y":
            nxt = j + 1
            if sent.low(nxt) in ("me", "yo"):
                return nxt
            if person_at(sent, nxt) == "1":
                return nxt
            return None
    return None


def _own_side_but_sweeping(sent: _Sentence, k: int) -> RuleMatch | None:
    """"Me doy cuenta de que siempre me interrumpes.": the frame is right, the "siempre" is not."""
    if sent.is_q:
        return None
    v = k + 1 if sent.low(k) in ("me", "yo", "a") else k
    if sent.low(k) == "a" and sent.low(k + 1) == "mi":
        v = k + 3 if sent.low(k + 2) == "me" else k + 2
    first = person_at(sent, v)
    if not (first == "1" or (sent.low(k) == "me" and sent.low(v) in _SELF_FRAME_VERBS)):
        return None
    for i in range(v + 1, len(sent.toks)):
        if sent.low(i) not in ("siempre", "nunca", "jamas", "constantemente"):
            continue
        if sent.low(i - 1) == "casi" or _IDIOMS.search(sent.norm[sent.toks[i - 1].start:sent.toks[i].end + 6]):
            continue
        near = range(max(v + 1, i - 2), min(len(sent.toks), i + 4))
        if any(person_at(sent, j) == "2" or sent.low(j) in _YOU_WORDS for j in near):
            return _blame("sweeping", finish(prefix_before(sent, k), soften(sent.rest(k))))
    return None


def check_blame(sent: _Sentence, k: int) -> RuleMatch | None:
    """The rules a member's wording needs before the question rules run; None if none fits."""
    return first_blame(sent, k, jabs=_JABS, obvious=_OBVIOUS, sweeping=(_NOBODY, _EVERYONE),
                       rules=(_about_room, _accusation, _own_side_but_sweeping), blame=_blame)


_blame = BlameWords(_REASONS, _PLACEHOLDER, " Pon tu propio sentimiento donde está el «…».", soften).match
