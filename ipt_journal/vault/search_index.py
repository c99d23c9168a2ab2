"""The search indexes and who owns them: one registry, so imports, restores and backups rebuild alike.

Every FTS5 table is derived data: each row is made by its owning repository's
`_reindex(conn, id)` from the stored record, in the caller's transaction. An import rebuilds the
rows of what it added; a restore (or a backup made without its indexes) rebuilds everything.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ipt_journal.vault.vault import Vault


@dataclass(frozen=True)
class Index:
    table: str  # the base table whose rows are indexed
    fts: str  # its FTS5 table
    module: str  # the repository that writes the index rows
    repository: str


INDEXES: tuple[Index, ...] = (
    Index("entries", "entries_fts", "ipt_journal.vault.journal", "JournalRepository"),
    Index("agenda_items", "agenda_fts", "ipt_journal.vault.agenda", "AgendaRepository"),
    Index("goals", "goals_fts", "ipt_journal.vault.goals", "GoalRepository"),
    Index("sessions", "sessions_fts", "ipt_journal.vault.agenda", "SessionRepository"),
    Index("support_plan_items", "support_plan_fts", "ipt_journal.vault.support_plan", "SupportPlanRepository"),
    Index("checkins", "checkins_fts", "ipt_journal.vault.checkins", "CheckinRepository"),
    Index("people", "people_fts", "ipt_journal.vault.people", "PeopleRepository"),
)

FTS_TABLES = frozenset(i.fts for i in INDEXES)


def _reindexer(vault: Vault, index: Index) -> Callable[[int], None]:
    repo = getattr(importlib.import_module(index.module), index.repository)(vault)
    return lambda row_id: repo._reindex(vault.conn, row_id)  # noqa: SLF001 (the owner's own step)


def reindex(vault: Vault, new_ids: dict[str, list[int]]) -> None:
    """Rebuild the index rows of these base-table ids (the caller holds the transaction)."""
    for index in INDEXES:
        ids = new_ids.get(index.table) or []
        if ids:
            step = _reindexer(vault, index)
            for row_id in ids:
                step(row_id)


def rebuild_all(vault: Vault, *, tables: Iterable[str] | None = None) -> dict[str, int]:
    """Empty and refill every index (or those of tables) in one transaction; returns rows per table."""
    wanted = set(tables) if tables is not None else None
    done: dict[str, int] = {}
    with vault.transaction() as conn:
        for index in INDEXES:
            if wanted is not None and index.table not in wanted:
                continue
            conn.execute(f"DELETE FROM {index.fts}")
            ids = [r[0] for r in conn.execute(f"SELECT id FROM {index.table}")]
            step = _reindexer(vault, index)
            for row_id in ids:
                step(row_id)
            done[index.table] = len(ids)
    return done
