"""Feelings and form choices are stored by key and shown by label; migration 7 rewrites old vaults."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from ipt_journal.domain import entries
from ipt_journal.domain.agenda import LEAVING_TEXT, AgendaItem
from ipt_journal.domain.entries import Entry, Feeling, TimelineFilter
from ipt_journal.vault import migrations
from ipt_journal.vault.agenda import AgendaRepository
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.settings import VaultSettings
from ipt_journal.vault.stored_keys import LEAVING_SETTING
from ipt_journal.vault.vault import Vault
from tests.conftest import PASSPHRASE

WHEN = datetime(2026, 10, 1, 21, 0, tzinfo=timezone.utc)
SPANISH = {"in_group": "en el grupo", "daily_life": "en la vida diaria", "left_out": "excluido",
           "sad": "triste", "asked_for": "pedido", "not_sure": "aún no lo sé"}


@pytest.fixture
def english():  # type: ignore[no-untyped-def]
    yield
    entries.use_labels(None)


def raw_row(vault: Vault, entry_id: int) -> tuple[dict, list[str]]:  # type: ignore[type-arg]
    fields = json.loads(vault.conn.execute("SELECT fields FROM entries WHERE id = ?", (entry_id,)).fetchone()[0])
    feelings = [r[0] for r in vault.conn.execute(
        "SELECT feeling FROM entry_feelings WHERE entry_id = ? ORDER BY feeling", (entry_id,))]
    return fields, feelings


def test_keys_are_stored_and_labels_shown(vault: Vault, english) -> None:  # type: ignore[no-untyped-def]
    journal = JournalRepository(vault)
    saved = journal.save(Entry(
        kind="moment", entry_at=WHEN, fields={"where": "in group", "thought": "in group"},
        feelings=(Feeling("left out", 6), Feeling("sad", 3), Feeling("wobbly", 2)),
    ))
    fields, feelings = raw_row(vault, saved.id)
    assert fields == {"where": "in_group", "thought": "in group"}  # free text is never keyed
    assert feelings == ["left_out", "sad", "wobbly"]  # the member's own word stays as typed
    shown = journal.get(saved.id)
    assert shown.fields["where"] == "in group"
    assert {f.name for f in shown.feelings} == {"left out", "sad", "wobbly"}
    assert saved.fields == shown.fields
    assert journal.all_feelings() == ["left out", "sad", "wobbly"]
    assert journal.count(TimelineFilter(feeling="left out")) == 1
    assert [h.entry_id for h in journal.search("left out")] == [saved.id]  # the index holds the words


def test_stored_keys_survive_a_language_switch(vault: Vault, english) -> None:  # type: ignore[no-untyped-def]
    journal = JournalRepository(vault)
    saved = journal.save(Entry(kind="feedback", entry_at=WHEN,
                               fields={"direction": "asked for", "agree": "not sure yet"},
                               feelings=(Feeling("left out", 5),)))
    entries.use_labels(SPANISH)
    seen = journal.get(saved.id)
    assert seen.fields == {"direction": "pedido", "agree": "aún no lo sé"}
    assert [f.name for f in seen.feelings] == ["excluido"]
    assert entries.FORMS["moment"].fields[0].choices == ("en el grupo", "en la vida diaria")
    journal.save(seen.with_changes(body="escrito en español"))  # saved back from the Spanish screen
    assert raw_row(vault, saved.id) == ({"agree": "not_sure", "direction": "asked_for"}, ["left_out"])
    assert journal.count(TimelineFilter(feeling="excluido")) == 1
    entries.use_labels(None)
    back = journal.get(saved.id)
    assert back.fields == {"direction": "asked for", "agree": "not sure yet"}
    assert [f.name for f in back.feelings] == ["left out"]


def test_every_offered_choice_and_feeling_has_a_key_and_a_label() -> None:
    for spec in entries.FORMS.values():
        for field in spec.fields:
            assert len(field.choices) == len(field.choice_keys)
            for key, shown in zip(field.choice_keys, field.choices, strict=True):
                assert " " not in key and "'" not in key, key
                assert entries.key_for(shown) == key
    assert entries.feeling_words()[-1] == "left out"
    assert all(entries.key_for(w) == k for w, k in zip(entries.feeling_words(), entries.FEELING_KEYS, strict=True))


@pytest.fixture
def schema3_dir(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """A vault made by the schema-3 app, holding labels as that version stored them."""
    old = tuple(m for m in migrations.MIGRATIONS if m.version <= 3)
    with monkeypatch.context() as m:
        m.setattr(migrations.migrate, "__defaults__", (old,))
        m.setattr(migrations, "LATEST_VERSION", 3)
        data_dir = tmp_path / "old"
        vault, _ = Vault.create(data_dir, PASSPHRASE)
    try:
        assert vault.conn.execute("PRAGMA user_version").fetchone()[0] == 3
        journal = JournalRepository(vault)
        # the schema-3 code wrote the English labels themselves
        a = journal.save(Entry(kind="moment", entry_at=WHEN, body="A", fields={"where": "in daily life"},
                               feelings=(Feeling("calm", 2),)))
        b = journal.save(Entry(kind="feedback", entry_at=WHEN, body="B"))
        with vault.transaction() as conn:
            conn.execute("UPDATE entries SET fields = ? WHERE id = ?",
                         (json.dumps({"where": "in daily life", "what_happened": "in daily life"}), a.id))
            conn.execute("UPDATE entries SET fields = ? WHERE id = ?",
                         (json.dumps({"direction": "asked for", "agree": "not sure yet", "who": "someone else's"}),
                          b.id))
            conn.execute("UPDATE entries SET fields = 'not json' WHERE id = ?",
                         (journal.save(Entry(kind="moment", entry_at=WHEN, body="C")).id,))
            conn.execute("DELETE FROM entry_feelings")
            conn.executemany("INSERT INTO entry_feelings (entry_id, feeling, intensity) VALUES (?,?,?)",
                             [(a.id, "left out", 7), (a.id, "left_out", 1), (b.id, "left out", 4),
                              (b.id, "my own word", 3)])
        agenda = AgendaRepository(vault)
        agenda.add(AgendaItem("Something else"))
        leaving = agenda.add(AgendaItem(LEAVING_TEXT, suggestion=10))
    finally:
        vault.close()
    return data_dir, a.id, b.id, leaving


def test_migration_7_rewrites_a_schema_3_vault(schema3_dir, english) -> None:  # type: ignore[no-untyped-def]
    data_dir, a_id, b_id, leaving = schema3_dir
    with Vault.open(data_dir, passphrase=PASSPHRASE) as v:
        assert v.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION
        assert raw_row(v, a_id) == ({"where": "daily_life", "what_happened": "in daily life"}, ["left_out"])
        assert raw_row(v, b_id) == ({"agree": "not_sure", "direction": "asked_for", "who": "someone else's"},
                                    ["left_out", "my own word"])
        assert v.conn.execute("SELECT count(*) FROM entries WHERE fields = 'not json'").fetchone()[0] == 1
        assert VaultSettings(v).get(LEAVING_SETTING) == {"id": leaving.id, "uid": leaving.uid}
        journal = JournalRepository(v)
        assert journal.get(a_id).fields["where"] == "in daily life"
        assert journal.all_feelings() == ["left out", "my own word"]
        assert journal.count(TimelineFilter(feeling="left out")) == 2
    assert list((data_dir / "backups").glob("before-migration-*"))  # the old vault was kept first
