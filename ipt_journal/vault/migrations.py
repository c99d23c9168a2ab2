"""Numbered schema migrations; each runs in one transaction together with its user_version bump."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import sqlcipher3

from ipt_journal.vault.stored_keys import rewrite_labels_as_keys
from ipt_journal.vault.support_plan import SCHEMA_V5 as SUPPORT_PLAN_SCHEMA
from ipt_journal.vault.checkins import SCHEMA_V6
from ipt_journal.vault.people_schema import SCHEMA_V4

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


SCHEMA_V2 = """
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    starts_at TEXT NOT NULL,
    length_minutes INTEGER NOT NULL DEFAULT 90,
    kind TEXT NOT NULL DEFAULT 'scheduled' CHECK (kind IN ('scheduled', 'extra')),
    cancelled INTEGER NOT NULL DEFAULT 0,
    attended INTEGER CHECK (attended IS NULL OR attended IN (0, 1)),
    slot TEXT UNIQUE,
    notes TEXT NOT NULL DEFAULT '',
    debrief TEXT NOT NULL DEFAULT '{}',
    debriefed_at TEXT
);
CREATE INDEX sessions_by_time ON sessions (starts_at);
CREATE TABLE agenda_items (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    text TEXT NOT NULL,
    why TEXT NOT NULL DEFAULT '',
    draft TEXT NOT NULL DEFAULT '',
    entry_id INTEGER REFERENCES entries (id) ON DELETE SET NULL,
    suggestion INTEGER CHECK (suggestion IS NULL OR suggestion BETWEEN 1 AND 10),
    position INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'raised', 'dropped')),
    chosen INTEGER NOT NULL DEFAULT 0,
    feeling_note TEXT NOT NULL DEFAULT '',
    closed_at TEXT
);
CREATE INDEX agenda_by_status ON agenda_items (status, position);
CREATE TABLE agenda_outcomes (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    item_id INTEGER NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
    session_id INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
    at TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('raised', 'carried', 'dropped')),
    what_happened TEXT NOT NULL DEFAULT '',
    felt TEXT NOT NULL DEFAULT '',
    feedback TEXT NOT NULL DEFAULT ''
);
CREATE INDEX agenda_outcomes_by_item ON agenda_outcomes (item_id, at);
CREATE INDEX agenda_outcomes_by_session ON agenda_outcomes (session_id);
CREATE VIRTUAL TABLE agenda_fts USING fts5 (
    text, extra,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
CREATE TABLE goals (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    title TEXT NOT NULL,
    why TEXT NOT NULL DEFAULT '',
    observable TEXT NOT NULL DEFAULT '',
    horizon TEXT NOT NULL DEFAULT 'short' CHECK (horizon IN ('short', 'long')),
    target_date TEXT,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'achieved', 'paused', 'let_go')),
    relationships TEXT NOT NULL DEFAULT '[]',
    suggestions TEXT NOT NULL DEFAULT '[]',
    closing_reflection TEXT NOT NULL DEFAULT '',
    closed_at TEXT,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX goals_by_status ON goals (status, horizon, position);
CREATE TABLE goal_checkins (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    direction INTEGER CHECK (direction IS NULL OR direction IN (-1, 0, 1)),
    score INTEGER CHECK (score IS NULL OR score BETWEEN 0 AND 10),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX goal_checkins_by_goal ON goal_checkins (goal_id, at);
CREATE TABLE goal_links (
    goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    entry_id INTEGER REFERENCES entries (id) ON DELETE CASCADE,
    agenda_item_id INTEGER REFERENCES agenda_items (id) ON DELETE CASCADE,
    CHECK ((entry_id IS NULL) != (agenda_item_id IS NULL))
);
CREATE UNIQUE INDEX goal_links_entry ON goal_links (goal_id, entry_id) WHERE entry_id IS NOT NULL;
CREATE UNIQUE INDEX goal_links_agenda ON goal_links (goal_id, agenda_item_id) WHERE agenda_item_id IS NOT NULL;
CREATE INDEX goal_links_by_entry ON goal_links (entry_id);
CREATE INDEX goal_links_by_agenda ON goal_links (agenda_item_id);
CREATE VIRTUAL TABLE goals_fts USING fts5 (
    text, extra,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
)
"""


SCHEMA_V3 = """
CREATE INDEX entries_suggestion_recent ON entries (deleted_at, suggestion, entry_at);
INSERT INTO entries_fts (entries_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0, 1.0)')
"""


# The timeline reads its rows from this index alone (no page of the entries table, which holds
# whole bodies): fetching all 100,000 rows took 2.8 s through the table. The first 400 characters
# of the body are what the list's first line is made from (JournalRepository.timeline).
SCHEMA_V9 = """
CREATE INDEX entries_timeline_lines ON entries (
    deleted_at, entry_at DESC, id DESC, kind, suggestion, title, substr(body, 1, 400)
)
"""


def _index_debriefs(conn: sqlcipher3.Connection) -> None:
    """Schema 8: session debriefs join search (until now only items and their outcomes were indexed)."""
    from ipt_journal.domain.agenda import debrief_text

    conn.execute(
        "CREATE VIRTUAL TABLE sessions_fts USING fts5 (text, tokenize = 'unicode61 remove_diacritics 2', "
        "prefix = '2 3')"
    )
    for session_id, stored in conn.execute("SELECT id, debrief FROM sessions").fetchall():
        text = debrief_text(stored)
        if text:
            conn.execute("INSERT INTO sessions_fts (rowid, text) VALUES (?,?)", (session_id, text))


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


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", _run_script(SCHEMA_V1)),
    Migration(2, "group sessions, agenda and goals", _run_script(SCHEMA_V2)),
    Migration(3, "faster search ranking and prompt rotation", _run_script(SCHEMA_V3)),
    Migration(4, "people, the closeness circle and problem areas", _run_script(SCHEMA_V4)),
    Migration(5, "support plan", _run_script(SUPPORT_PLAN_SCHEMA)),
    Migration(6, "feeling check-ins", _run_script(SCHEMA_V6)),
    Migration(7, "feelings and form choices stored by key; the leaving item by id", rewrite_labels_as_keys),
    Migration(8, "session debriefs in search", _index_debriefs),
    Migration(9, "the timeline's rows from one index", _run_script(SCHEMA_V9)),
)

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
