"""Numbered schema migrations; each runs in one transaction together with its user_version bump."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import sqlcipher3

SCHEMA_V1 = """
CREATE TABLE entries (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL DEFAULT 'free',
    entry_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    fields TEXT NOT NULL DEFAULT '{}',
    suggestion INTEGER CHECK (suggestion IS NULL OR suggestion BETWEEN 1 AND 10),
    prompt_id TEXT,
    bring_to_group INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX entries_timeline ON entries (deleted_at, entry_at DESC, id DESC);
CREATE INDEX entries_by_suggestion ON entries (suggestion, entry_at);
CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE entry_tags (
    entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (entry_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX entry_tags_by_tag ON entry_tags (tag_id, entry_id);
CREATE TABLE entry_feelings (
    entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    feeling TEXT NOT NULL,
    intensity INTEGER CHECK (intensity IS NULL OR intensity BETWEEN 0 AND 10),
    PRIMARY KEY (entry_id, feeling)
) WITHOUT ROWID;
CREATE INDEX entry_feelings_by_feeling ON entry_feelings (feeling, entry_id);
CREATE VIRTUAL TABLE entries_fts USING fts5 (
    title, body, extra,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
CREATE TABLE prompt_prefs (
    prompt_id TEXT PRIMARY KEY,
    hidden INTEGER NOT NULL DEFAULT 0,
    pinned INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE TABLE custom_prompts (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,
    suggestion INTEGER CHECK (suggestion IS NULL OR suggestion BETWEEN 1 AND 10),
    created_at TEXT NOT NULL
);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID
"""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[sqlcipher3.Connection], None]


def _run_script(script: str) -> Callable[[sqlcipher3.Connection], None]:
    # executescript() would COMMIT behind our back, so statements run one by one
    # inside the migration's own transaction. The scripts contain no triggers.
    statements = [s.strip() for s in script.split(";") if s.strip()]

    def apply(conn: sqlcipher3.Connection) -> None:
        for statement in statements:
            conn.execute(statement)

    return apply


MIGRATIONS: tuple[Migration, ...] = (Migration(1, "initial schema", _run_script(SCHEMA_V1)),)

LATEST_VERSION = MIGRATIONS[-1].version


def current_version(conn: sqlcipher3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def pending(conn: sqlcipher3.Connection, migrations: tuple[Migration, ...] = MIGRATIONS) -> list[Migration]:
    version = current_version(conn)
    return [m for m in migrations if m.version > version]


def migrate(conn: sqlcipher3.Connection, migrations: tuple[Migration, ...] = MIGRATIONS) -> list[int]:
    """Apply every pending migration, each atomically. Returns the versions applied."""
    applied = []
    for migration in pending(conn, migrations):
        conn.execute("BEGIN IMMEDIATE")
        try:
            migration.apply(conn)
            conn.execute(f"PRAGMA user_version = {int(migration.version)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(migration.version)
    return applied
