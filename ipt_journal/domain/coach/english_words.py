"""The English coach's word lists and the kind sentences it explains itself with."""

from __future__ import annotations

import re


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

# Irregular verbs, as "verb:past".
_IRREGULAR_PAST = dict(pair.split(":") for pair in """
    be:was bear:bore beat:beat become:became begin:began bend:bent bet:bet bite:bit bleed:bled blow:blew
    break:broke breed:bred bring:brought build:built buy:bought catch:caught choose:chose come:came
    cost:cost cut:cut deal:dealt dig:dug do:did draw:drew drink:drank drive:drove eat:ate fall:fell
    feed:fed feel:felt fight:fought find:found flee:fled fly:flew forbid:forbade forget:forgot
    forgive:forgave freeze:froze get:got give:gave go:went grow:grew hang:hung have:had hear:heard
    hide:hid hit:hit hold:held hurt:hurt keep:kept kneel:knelt know:knew lay:laid lead:led leave:left
    lend:lent let:let lie:lied light:lit lose:lost make:made mean:meant meet:met mislead:misled
    misunderstand:misunderstood overcome:overcame overhear:overheard panic:panicked pay:paid put:put
    quit:quit read:read rethink:rethought ride:rode ring:rang rise:rose run:ran say:said see:saw
    seek:sought sell:sold send:sent set:set shake:shook shed:shed shine:shone shoot:shot shut:shut
    sing:sang sink:sank sit:sat sleep:slept slide:slid speak:spoke spend:spent split:split spread:spread
    stand:stood steal:stole stick:stuck sting:stung strike:struck swear:swore sweep:swept swim:swam
    take:took teach:taught tear:tore tell:told think:thought throw:threw understand:understood
    undo:undid upset:upset wake:woke wear:wore weep:wept win:won withdraw:withdrew withhold:withheld
    write:wrote
""".split())
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
