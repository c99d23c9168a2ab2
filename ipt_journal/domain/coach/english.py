"""The English coach: questions to others, read as statements about your own experience."""

from __future__ import annotations

from ipt_journal.domain.coach.registry import MAX_SENTENCE_CHARS, SKIP, RuleMatch, blame_or_question, core_after_opener, register_language
from ipt_journal.domain.coach.english_words import (
    _APOSTROPHES,
    _AUX,
    _AUX_FAMILY,
    _COMMON_LOWER,
    _DISCOURSE,
    _FEEDBACK,
    _FILLERS,
    _HEAR_STARTERS,
    _HEAR_VERBS,
    _HOW_DEGREE,
    _LEADING_OPINION,
    _NEG_TO_POS,
    _NOT_VERBS,
    _NP_BOUNDARY,
    _OPINION,
    _OR_NOT,
    _PAST_AUX,
    _PLACEHOLDER,
    _QUOTE_MARKS,
    _SELF,
    _SINGLE_QUOTE_OPEN,
    _TAG_PRONOUNS,
    _TAG_WORDS,
    _TIME_OPENERS,
    _TRAILING,
    _WH,
    _WH_CONTRACTIONS,
    _YOU_CONTRACTIONS,
)
from ipt_journal.domain.coach.english_blame import check_blame, soften
from ipt_journal.domain.coach.english_text import (
    _Sentence,
    _Subject,
    _finish,
    _join,
    _looks_past,
    _match,
    _past,
    _third_person,
)

class EnglishRules:
    code = "en"
    nothing_spotted = "No question to others was spotted."
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
        if "?" in norm[:end] or "？" in norm[:end]:
            return None  # several questions run together: too tangled to coach well
        m = _OR_NOT.search(norm, max(0, end - 12), end)
        if m and is_q:
            end = m.start()
        sent = _Sentence(sentence, norm, end, is_q)
        if len(sent.toks) < 2:
            return None
        return blame_or_question(sent, _skip_discourse(sent), tail, blame=check_blame, question=_question,
                                 soften=soften)


def _question(sent: _Sentence, k: int) -> RuleMatch | None:
    """A tag question ("..., didn't you?") first, then the core rules."""
    found = _tag_question(sent, k)
    if found is None:
        found = core_after_opener(sent, k, _core, opener=sent.low(k) in _TIME_OPENERS)
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
        return SKIP  # "I was rude, wasn't I?" is about the writer
    subj = sent.subject(k)
    stmt = sent.s[toks[k].start:toks[tag - 1].end]
    prefix = sent.s[:toks[k].start]
    if subj.kind == "self" or first in _SELF:
        if pronoun != "you":
            return SKIP
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
