"""Schema 4: people, their dated places on the closeness circle, problem areas, links and search.

Kept apart from vault/people.py so that migrations.py can import it without importing the vault.
"""

SCHEMA_V4 = """
CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    relation TEXT NOT NULL DEFAULT 'other',
    contact TEXT NOT NULL DEFAULT '',
    answers TEXT NOT NULL DEFAULT '{}',
    redact INTEGER NOT NULL DEFAULT 0,
    archived_at TEXT
);
CREATE INDEX people_by_name ON people (archived_at, name COLLATE NOCASE);
CREATE TABLE person_placements (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    ring INTEGER CHECK (ring IS NULL OR ring BETWEEN 1 AND 4)
);
CREATE INDEX person_placements_by_person ON person_placements (person_id, at);
CREATE TABLE person_areas (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    area TEXT NOT NULL CHECK (area IN ('grief', 'role_disputes', 'role_transitions', 'interpersonal_deficits')),
    added_at TEXT NOT NULL,
    UNIQUE (person_id, area)
);
CREATE TABLE person_links (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    entry_id INTEGER REFERENCES entries (id) ON DELETE CASCADE,
    agenda_item_id INTEGER REFERENCES agenda_items (id) ON DELETE CASCADE,
    goal_id INTEGER REFERENCES goals (id) ON DELETE CASCADE,
    outcome_id INTEGER REFERENCES agenda_outcomes (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    CHECK ((entry_id IS NOT NULL) + (agenda_item_id IS NOT NULL) + (goal_id IS NOT NULL) + (outcome_id IS NOT NULL) = 1)
);
CREATE UNIQUE INDEX person_links_entry ON person_links (person_id, entry_id) WHERE entry_id IS NOT NULL;
CREATE UNIQUE INDEX person_links_agenda ON person_links (person_id, agenda_item_id) WHERE agenda_item_id IS NOT NULL;
CREATE UNIQUE INDEX person_links_goal ON person_links (person_id, goal_id) WHERE goal_id IS NOT NULL;
CREATE UNIQUE INDEX person_links_outcome ON person_links (person_id, outcome_id) WHERE outcome_id IS NOT NULL;
CREATE INDEX person_links_by_person ON person_links (person_id);
CREATE INDEX person_links_by_entry ON person_links (entry_id);
CREATE INDEX person_links_by_agenda ON person_links (agenda_item_id);
CREATE INDEX person_links_by_goal ON person_links (goal_id);
CREATE INDEX person_links_by_outcome ON person_links (outcome_id);
CREATE VIRTUAL TABLE people_fts USING fts5 (
    name, extra,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
)
"""
