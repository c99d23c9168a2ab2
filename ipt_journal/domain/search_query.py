"""Turns whatever a member types into a safe FTS5 query (or says there is nothing to search for)."""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_QUERY_CHARS = 500
MAX_TERMS = 16
_WORD = re.compile(r"[\w']+", re.UNICODE)


@dataclass(frozen=True)
class ParsedQuery:
    fts: str | None  # a MATCH expression, or None when no searchable word is left
    plain: str  # the trimmed text, for a plain substring fallback


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def parse(text: str) -> ParsedQuery:
    """Quoted phrases stay phrases; -word excludes; every other word matches as a prefix.

    Operators the member did not mean (NEAR, AND, OR, brackets, stars, colons)
    are treated as plain words, so no input can be a syntax error.
    """
    text = (text or "")[:MAX_QUERY_CHARS].replace("\x00", " ")
    plain = " ".join(text.split())
    positives: list[str] = []
    negatives: list[str] = []
    for match in re.finditer(r'(-?)"([^"]*)"|(\S+)', text):
        if len(positives) + len(negatives) >= MAX_TERMS:
            break
        if match.group(2) is not None:
            words = _WORD.findall(match.group(2))
            if not words:
                continue
            phrase = _quote(" ".join(words))
            (negatives if match.group(1) else positives).append(phrase)
            continue
        token = match.group(3)
        negate = token.startswith("-") and len(token) > 1
        words = _WORD.findall(token.lstrip("-") if negate else token)
        for i, word in enumerate(words):
            word = word.strip("'")
            if not word:
                continue
            term = _quote(word) + "*"
            (negatives if negate and i == 0 else positives).append(term)
    if not positives:
        return ParsedQuery(None, plain)
    expr = " AND ".join(positives)
    if negatives:
        expr = f"({expr}) NOT ({' OR '.join(negatives)})"
    return ParsedQuery(expr, plain)
