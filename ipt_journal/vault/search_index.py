"""The search indexes and who owns them: one registry, so imports, restores and backups rebuild alike.

Every FTS5 table is derived data: each row is made by its owning repository's
`_reindex(conn, id)` from the stored record, in the caller's transaction. An import rebuilds the
rows of what it added; a restore (or a backup made without its indexes) rebuilds everything.
"""

from __future__ import annotations

import importlib
import json
import re
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

# A backup made without its indexes keeps, in this one small table of the (encrypted, authenticated)
# copy, how to make them again: each FTS5 table's CREATE statement and its settings (the rank function).
from ipt_journal.vault.backup_copy import DEFINITIONS  # noqa: E402 (defined beside the copy that writes it)

_CONFIG_KEYS = frozenset({"rank", "pgsz", "automerge", "crisismerge", "usermerge", "deletemerge", "secure-delete"})
_CREATE = re.compile(r"^CREATE VIRTUAL TABLE (\w+) USING fts5 ?\(", re.IGNORECASE)
# While every row is written again in one transaction: a large buffer of pending terms and no
# merging along the way, then one merge at the end ('optimize'); measured at 100,000 entries
# about three times faster than row by row with the defaults. The defaults come back afterwards.
_BULK = {"hashsize": 16 * 1024 * 1024, "automerge": 0, "crisismerge": 64}
_DEFAULTS = {"hashsize": 1024 * 1024, "automerge": 4, "crisismerge": 16}


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
    """Empty and refill every index (or those of tables) in one transaction; returns rows per table.

    A repository with a `_reindex_all(conn)` (one pass over its rows) uses it; the others go row by row.
    """
    wanted = set(tables) if tables is not None else None
    done: dict[str, int] = {}
    with vault.transaction() as conn:
        present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for index in INDEXES:
            if (wanted is not None and index.table not in wanted) or index.fts not in present:
                continue
            _configure(conn, index.fts, _BULK)
            conn.execute(f"DELETE FROM {index.fts}")
            repo = getattr(importlib.import_module(index.module), index.repository)(vault)
            if hasattr(repo, "_reindex_all"):
                done[index.table] = repo._reindex_all(conn)  # noqa: SLF001 (the owner's own step)
            else:
                ids = [r[0] for r in conn.execute(f"SELECT id FROM {index.table}")]
                for row_id in ids:
                    repo._reindex(conn, row_id)  # noqa: SLF001
                done[index.table] = len(ids)
            conn.execute(f"INSERT INTO {index.fts} ({index.fts}) VALUES ('optimize')")
            _configure(conn, index.fts, _DEFAULTS)
    return done


def _configure(conn, fts: str, values: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    for key, value in values.items():
        conn.execute(f"INSERT INTO {fts} ({fts}, rank) VALUES (?, ?)", (key, value))


# -- backups without their indexes -----------------------------------------------------------


def definitions(conn, schema: str = "main") -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """(name, CREATE statement, settings as JSON) of every FTS5 table in schema."""
    out = []
    for name, sql in conn.execute(
        f"SELECT name, sql FROM {schema}.sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE %'"
    ).fetchall():
        config = {
            k: v for k, v in conn.execute(f'SELECT k, v FROM {schema}."{name}_config"') if k in _CONFIG_KEYS
        }
        out.append((name, sql, json.dumps(config, sort_keys=True)))
    return out


def has_definitions(conn) -> bool:  # type: ignore[no-untyped-def]
    """True for a copy made without its indexes (its definitions table is there)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (DEFINITIONS,)).fetchone() is not None


def put_back(vault: Vault) -> dict[str, int]:
    """Make the indexes of a copy made without them again, from its definitions, and fill them.

    Only FTS5 tables this version knows are made; the definitions table is dropped afterwards.
    Raises ValueError when a definition is not one of ours (the copy is then not restored).
    """
    conn = vault.conn
    with vault.transaction():
        rows = conn.execute(f"SELECT name, sql, config FROM {DEFINITIONS}").fetchall()
        for name, sql, config in rows:
            match = _CREATE.match(sql or "")
            settings = json.loads(config)
            if name not in FTS_TABLES or match is None or match.group(1) != name or not isinstance(settings, dict):
                raise ValueError("an index definition is not one of ours")
            if set(settings) - _CONFIG_KEYS:
                raise ValueError("an index setting is not one of ours")
            conn.execute(sql)
            for key, value in settings.items():
                conn.execute(f"INSERT INTO {name} ({name}, rank) VALUES (?, ?)", (key, value))
        conn.execute(f"DROP TABLE {DEFINITIONS}")
        return rebuild_all(vault)
