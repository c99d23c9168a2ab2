"""The English coach's honest side: jabs, sweeping "always/never/nobody", questions about
someone in the room, and plain accusations, which a question rule alone would let pass
or even make firmer; and the softening every English rewrite goes through."""

from __future__ import annotations

import re

from ipt_journal.domain.coach.english_text import _Sentence, _Subject, _finish, _looks_past
from ipt_journal.domain.coach.english_words import _AUX, _AUX_FAMILY, _NEG_TO_POS, _PAST_AUX, _PLACEHOLDER, _WH
from ipt_journal.domain.coach.registry import BlameWords, RuleMatch, first_blame

# Said in anger, these land as a jab whatever their grammar; no tidy rewrite exists.
_JABS = re.compile(
    r"\bwhat(?:'s| is| was) (?:wrong with you|the matter with you|your problem)\b"
    r"|\bwhat(?:'s| is) (?:up with you|with you)\b"
    r"|\bwho do you think you are\b"
    r"|\bwhat were you thinking\b"
    r"|\bwould it kill you\b"
    r"|\bis (?:that|it) too much to ask\b"
    r"|\bare you (?:even|ever|actually) listening\b"
    r"|\b(?:can't|cannot|couldn't|won't|wouldn't) you (?:just )?\w+ for once\b"
    r"|\bfor once in your life\b"
    r"|\b(?:wouldn't|would|isn't|wasn't) it (?:be )?(?:better|easier|nicer) if you (?:just )?"
    r"|\bif you (?:just|only) \w+ for once\b"
    r"|\bgrow up\b|\bget over it\b|\bget a grip\b",
    re.IGNORECASE,
)
# Asking the others to agree that something is plain to see ("Isn't it obvious that nobody listens to me here?").
_OBVIOUS = re.compile(r"\b(?:obvious|clear|plain to see)\b(?: to (?:everyone|everybody|anyone))? that\b", re.IGNORECASE)
# "Nobody here ever listens to me."
_EVERYONE_AGAINST_ME = re.compile(
    r"\b(?:nobody|no one|no-one|everyone|everybody)(?: else)?(?: here| in (?:this|the) group)?"
    r"(?: (?:ever|really|even|actually))? (?:listens|cares|understands|notices|hears|gets it|likes|wants|sees)\b",
    re.IGNORECASE,
)
_FREQUENCY = re.compile(r"\b(?:always|never|constantly|all the time)\b", re.IGNORECASE)
_SOFTER = {"always": "often", "never": "rarely", "constantly": "often", "all the time": "often"}
# "You always make me laugh" is warmth, not blame.
_WARM = frozenset({
    "help", "helps", "support", "supports", "encourage", "encourages", "make", "makes", "listen", "listens",
    "remember", "remembers", "notice", "notices", "show", "shows", "bring", "brings", "know", "knows",
    "say", "says", "find", "finds", "get", "gets",
})
_ACCUSING = frozenset({
    "interrupt", "interrupted", "ignore", "ignored", "dismiss", "dismissed", "judge", "judged", "blame",
    "blamed", "mock", "mocked", "criticize", "criticise", "criticized", "criticised", "talk", "talked",
    "act", "acted", "pretend", "pretended", "lie", "lied", "make", "made", "twist", "twisted",
})
_ACCUSING_AFTER = frozenset({"care", "listen", "understand", "get", "respect", "let", "see", "hear", "try"})
_SO_WORDS = frozenset({"so", "such", "too", "being"})
# Sayings and kindnesses that only look sweeping.
_HARMLESS = re.compile(r"^you (?:never|always) (?:know|can tell|can)\b|^you never (?:have|need) to\b"
                       r"|^you always (?:have|had) my\b", re.IGNORECASE)
# People sitting in the same room, spoken about rather than to.
_ROOM_SUBJECTS: tuple[tuple[str, ...], ...] = tuple(sorted((
    ("the", "leader"), ("the", "leaders"), ("our", "leader"), ("the", "therapist"), ("our", "therapist"),
    ("the", "therapists"), ("the", "facilitator"), ("the", "counselor"), ("the", "counsellor"),
    ("the", "others"), ("the", "other", "members"), ("the", "rest", "of", "the", "group"),
    ("people", "here"), ("everyone", "here"), ("everybody", "here"), ("nobody", "here"), ("no", "one", "here"),
    ("the", "group", "leader"), ("the", "new", "member"), ("the", "new", "guy"), ("the", "new", "girl"),
), key=len, reverse=True))

_REASONS = {
    "jab": "This may land as a jab more than a question. Saying what you felt, and what you would like, "
    "is often easier for the other person to hear.",
    "sweeping": "Words like 'always', 'never' or 'nobody' can leave the others defending the exceptions; "
    "saying what happened and how it felt to you may be easier to hear.",
    "about_someone_in_the_room": "This asks about someone in the room rather than speaking to them; telling "
    "them what you notice, and how it is for you, keeps it yours.",
    "accusation": "This says what the other person does wrong; saying what you noticed and what you felt "
    "may be easier for them to take in.",
}


def soften(text: str) -> str:
    """'always' becomes 'often', 'never' 'rarely': fewer absolutes in a rewrite."""

    def swap(m: re.Match[str]) -> str:
        word = _SOFTER[m.group().lower()]
        return word.capitalize() if m.group()[0].isupper() else word

    return _FREQUENCY.sub(swap, text)


def _room_subject(sent: _Sentence, i: int) -> _Subject | None:
    lows = tuple(sent.low(j) for j in range(i, i + 5))
    for phrase in _ROOM_SUBJECTS:
        if lows[:len(phrase)] == phrase:
            return _Subject("third", i, i + len(phrase), False)
    return None


def _noticed(clause: str, past: bool) -> str:
    return f"I {'noticed' if past else 'notice'} {clause}, and I {'felt' if past else 'feel'} {_PLACEHOLDER}"


def _about_room(sent: _Sentence, k: int) -> RuleMatch | None:
    """'Why does the leader never say anything?', 'Is the therapist going to step in?'."""
    from ipt_journal.domain.coach.english import _clause  # the question grammar lives there

    if not sent.is_q:
        return None
    first = sent.low(k)
    if first in _WH and sent.low(k + 1) in _AUX:
        aux, at = sent.low(k + 1), k + 2
    elif first in _AUX:
        aux, at = first, k + 1
    else:
        return None
    subj = _room_subject(sent, at)
    if subj is None:
        return None
    pos = _NEG_TO_POS.get(aux, aux)
    negated = aux in _NEG_TO_POS
    clause = _clause(sent, subj, aux, keep_negation=negated)
    if clause is None:
        return _blame("about_someone_in_the_room", None)
    clause = clause[:1].lower() + clause[1:]
    prefix = sent.s[:sent.toks[k].start]
    if first == "why" and _AUX_FAMILY.get(pos) in ("be", "do"):
        return _blame("about_someone_in_the_room", _finish(prefix, _noticed(clause, pos in _PAST_AUX)))
    if first in _WH:
        return _blame("about_someone_in_the_room", _finish(prefix, f"I'd like to hear {first} {clause}"))
    return _blame("about_someone_in_the_room", _finish(prefix, "I wonder if " + clause))


def _accusation(sent: _Sentence, k: int) -> RuleMatch | None:
    """'You always interrupt me.', 'You never listen!', 'You're so selfish.'."""
    if sent.is_q or sent.low(k) not in ("you", "you're"):
        return None
    words = [sent.low(j) for j in range(k + 1, min(len(sent.toks), k + 5))]
    if not words or _HARMLESS.search(sent.norm[sent.toks[k].start:sent.body_end]):
        return None
    sweeping = bool(_FREQUENCY.search(sent.rest(sent.toks[k].end)))
    if sent.low(k) == "you're" or words[0] in ("are", "were"):
        rest = words[1:] if sent.low(k) == "you" else words
        if not rest or rest[0] not in _SO_WORDS:
            return None  # "You were right about that."
        return _blame("accusation", None)
    verbs = [w for w in words[:3] if w not in ("always", "never", "constantly", "just", "really", "all", "the", "time")]
    verb = verbs[0] if verbs else ""
    negated = verb in _NEG_TO_POS and len(verbs) > 1 and verbs[1] in _ACCUSING_AFTER
    if "always" in words[:2] and verb in _WARM and not negated:
        return None  # "You always make me laugh."
    if not (sweeping or negated or verb in _ACCUSING):
        return None
    if verb in ("make", "made") and "feel" not in words and not sweeping:
        return None  # "You made dinner."
    statement = soften(sent.rest(sent.toks[k].start).strip())
    statement = statement[:1].lower() + statement[1:]
    past = _looks_past(verb) or verb in ("didn't", "wasn't", "weren't")
    rule = "sweeping" if sweeping else "accusation"
    prefix = sent.s[:sent.toks[k].start]
    if negated:  # "You don't care": what you imagine, not what they are
        lead = f"I {'imagined' if past else 'imagine'} {statement}, and I {'felt' if past else 'feel'} {_PLACEHOLDER}"
        return _blame(rule, _finish(prefix, lead))
    return _blame(rule, _finish(prefix, _noticed(statement, past)))


def _own_side_but_sweeping(sent: _Sentence, k: int) -> RuleMatch | None:
    """'I notice you always interrupt me.': the frame is right, the 'always' is not."""
    if sent.low(k) not in ("i", "i've") or sent.is_q:
        return None
    lows = [t.low for t in sent.toks[k:]]
    if "you" not in lows:
        return None
    after_you = " ".join(lows[lows.index("you") + 1:lows.index("you") + 3])
    if not _FREQUENCY.search(after_you):
        return None  # "I always get nervous", "I never told you"
    return _blame("sweeping", _finish(sent.s[:sent.toks[k].start], soften(sent.rest(sent.toks[k].start))))


def check_blame(sent: _Sentence, k: int) -> RuleMatch | None:
    """The rules a member's wording needs before the question rules run; None if none fits."""
    return first_blame(sent, k, jabs=_JABS, obvious=_OBVIOUS, sweeping=(_EVERYONE_AGAINST_ME,),
                       rules=(_about_room, _accusation, _own_side_but_sweeping), blame=_blame)


_blame = BlameWords(_REASONS, _PLACEHOLDER, " Put your own feeling where the … is.", soften).match
