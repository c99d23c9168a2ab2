"""Migration 7: feeling words and form choices stored by key, and the leaving item marked by id."""

from __future__ import annotations

import json

import sqlcipher3

from ipt_journal.domain.agenda import LEAVING_TEXT
from ipt_journal.domain.entries import key_for, stored_fields

# The settings row naming the agenda item that says "I am thinking of leaving".
LEAVING_SETTING = "leaving_item"


def rewrite_labels_as_keys(conn: sqlcipher3.Connection) -> None:
    """Existing vaults kept English labels; from now on the keys are stored. The search index
    keeps the words as shown, so it needs no change."""
    for entry_id, kind, raw in conn.execute("SELECT id, kind, fields FROM entries").fetchall():
        try:
            fields = json.loads(raw)
        except ValueError:
            continue  # a damaged field text stays as it is; the entry still opens
        if not isinstance(fields, dict):
            continue
        keyed = stored_fields(kind, fields, english_only=True)
        if keyed != fields:
            conn.execute("UPDATE entries SET fields = ? WHERE id = ?",
                         (json.dumps(keyed, ensure_ascii=False, sort_keys=True), entry_id))
    for (name,) in conn.execute("SELECT DISTINCT feeling FROM entry_feelings").fetchall():
        key = key_for(name, english_only=True)
        if key != name:
            # an entry holding both the label and the key keeps the key's row
            conn.execute("UPDATE OR IGNORE entry_feelings SET feeling = ? WHERE feeling = ?", (key, name))
            conn.execute("DELETE FROM entry_feelings WHERE feeling = ?", (name,))
    if conn.execute("SELECT 1 FROM settings WHERE key = ?", (LEAVING_SETTING,)).fetchone() is None:
        row = conn.execute(
            "SELECT id, uid FROM agenda_items WHERE text = ? AND status = 'open' ORDER BY id DESC LIMIT 1",
            (LEAVING_TEXT,),
        ).fetchone()
        if row is not None:
            conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)",
                         (LEAVING_SETTING, json.dumps({"id": row[0], "uid": row[1]})))
