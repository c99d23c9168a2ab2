"""What every repository's search shares: the member's words to FTS5 first, a plain match if that fails.

Each repository keeps its own SQL (its tables differ); this module holds the steps they all take,
so that phrases, exclusions, prefixes and odd input behave the same for every kind of record.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from ipt_journal.domain.entries import MARK_END, MARK_START
from ipt_journal.domain.search_query import parse as parse_query
from ipt_journal.vault import db

T = TypeVar("T")

FTS_OPTIONS = "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'"  # as every index since schema 1


def like_pattern(text: str) -> str:
    """A LIKE pattern matching text anywhere, with LIKE's own wildcards taken literally (ESCAPE '\\')."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def marked_snippet(full: str, needle: str, context: int = 60) -> str:
    """A piece of full around the first match of needle, the match between our private markers."""
    at = full.casefold().find(needle.casefold())
    if at < 0:
        return full[: context * 2]
    start = max(at - context, 0)
    piece = full[start : at + len(needle) + context]
    rel = at - start
    return piece[:rel] + MARK_START + piece[rel : rel + len(needle)] + MARK_END + piece[rel + len(needle) :]


def search(text: str, fts: Callable[[str], list[T]], plain: Callable[[str], list[T]]) -> list[T]:
    """Run fts(match) for the parsed query; if FTS5 cannot take it, plain(text) as a substring match.

    Nothing searchable (only punctuation, say) gives [] rather than everything.
    """
    query = parse_query(text)
    if query.fts is not None:
        try:
            return fts(query.fts)
        except db.DatabaseError:
            pass  # fall through to the plain match
    if not query.plain:
        return []
    return plain(query.plain)
