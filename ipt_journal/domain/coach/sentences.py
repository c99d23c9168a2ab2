"""Splitting a journal text into sentences the coach can look at, one pass and no regex."""

from __future__ import annotations


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
