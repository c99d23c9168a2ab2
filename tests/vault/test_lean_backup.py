"""Backups without their indexes (format 2): what the archive holds, and that reading it makes them again.

Old archives (format 1, made the old way here: a full sqlcipher_export with the search indexes) still
verify and restore.
"""

from __future__ import annotations

import json
import os
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ipt_journal.domain.agenda import AgendaItem
from ipt_journal.domain.entries import Entry, Feeling
from ipt_journal.vault import backup, backups, db, keyfile
from ipt_journal.vault.agenda import AgendaRepository
from ipt_journal.vault.errors import VaultDamaged
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.search_index import FTS_TABLES
from ipt_journal.vault.vault import Vault
from tests.conftest import PASSPHRASE

START = datetime(2024, 3, 1, 19, 30).astimezone()


def fill(v: Vault, n: int = 12) -> None:
    repo = JournalRepository(v)
    for i in range(n):
        repo.save(Entry(kind="free", entry_at=START + timedelta(days=i), title=f"evening {i}",
                        body=f"In group I noticed the quiet {i}. Kettlewhistle", tags=("group", f"week{i % 3}"),
                        feelings=(Feeling("calm", 4), Feeling("tense", 2))))
    repo.save(Entry(kind="avoided", entry_at=START, fields={"held_back": "telling Sam about the move", "imagined": "fear"}))
    AgendaRepository(v).add(AgendaItem("Ask the group about silence"))


def schema(conn) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {(t, n, s or "") for t, n, s in conn.execute("SELECT type, name, sql FROM sqlite_master")}


def fts_rows(conn) -> dict[str, list[tuple]]:  # type: ignore[no-untyped-def, type-arg]
    return {name: conn.execute(f"SELECT rowid, * FROM {name} ORDER BY rowid").fetchall() for name in sorted(FTS_TABLES)}


def open_archive_db(path: Path, tmp: Path, secret: str = PASSPHRASE):  # type: ignore[no-untyped-def]
    """The database inside an archive, extracted and opened (the caller closes it)."""
    manifest, key_bytes, zf = backup.read_archive(path)
    with zf:
        backup.extract_database(zf, tmp / "inside.db")
    key = keyfile.unwrap(keyfile.parse(key_bytes, path), secret, "passphrase")
    return manifest, db.connect(tmp / "inside.db", key)


def old_format_backup(v: Vault, dest: Path) -> Path:
    """An archive as format 1 wrote it: every table with sqlcipher_export, indexes included."""
    copy = dest.with_name("old.db")
    key = v._key  # noqa: SLF001 (the test makes the archive the old code made)
    v.conn.execute(f"ATTACH DATABASE ? AS old_copy KEY \"x'{bytes(key).hex()}'\"", (str(copy),))
    v.conn.execute("SELECT sqlcipher_export('old_copy')").fetchall()
    version = v.conn.execute("PRAGMA main.user_version").fetchone()[0]
    v.conn.execute(f"PRAGMA old_copy.user_version = {version}")
    v.conn.execute("DETACH DATABASE old_copy")
    manifest = {"format": "ipt-journal-backup", "version": 1, "created_at": "2025-01-01T10:00:00+00:00",
                "schema_version": version}
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr(backup.MANIFEST, json.dumps(manifest))
        zf.writestr(backup.KEY_MEMBER, v._keyfile.to_bytes())  # noqa: SLF001
        zf.write(copy, backup.DB_MEMBER)
    copy.unlink()
    return dest


def test_a_new_backup_holds_no_search_index_and_no_ordinary_index(vault: Vault, tmp_path: Path) -> None:
    fill(vault)
    info = vault.backup_to(tmp_path / "lean.ijbackup")
    manifest, conn = open_archive_db(info.path, tmp_path)
    try:
        names = {n for _t, n, _s in schema(conn)}
        assert manifest["version"] == backup.FORMAT_VERSION == 2
        assert not any("_fts" in n for n in names), sorted(names)
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").fetchone()[0] == 0
        kept = {n for (n,) in conn.execute("SELECT name FROM search_index_definitions")}
        assert FTS_TABLES <= kept and "entries_timeline_lines" in kept
        assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 13
    finally:
        conn.close()
    full = old_format_backup(vault, tmp_path / "full.ijbackup")
    assert info.path.stat().st_size < full.stat().st_size


def test_a_new_backup_verifies_and_restores_with_every_index_rebuilt(vault: Vault, tmp_path: Path) -> None:
    fill(vault)
    live_schema, live_fts = schema(vault.conn), fts_rows(vault.conn)
    info = vault.backup_to(tmp_path / "lean.ijbackup")
    checked = backup.verify_backup(info.path, passphrase=PASSPHRASE)
    assert checked.counts == info.counts and checked.counts["entries"] == 13
    fresh = tmp_path / "fresh"
    backup.restore_backup(fresh, info.path, passphrase=PASSPHRASE)
    with Vault.open(fresh, passphrase=PASSPHRASE) as restored:
        assert schema(restored.conn) == live_schema  # every index and search index, as it was
        assert fts_rows(restored.conn) == live_fts  # the same rows the saves made, forms and feelings included
        rank = restored.conn.execute("SELECT v FROM entries_fts_config WHERE k = 'rank'").fetchone()
        assert rank == ("bm25(4.0, 1.0, 1.0)",)
        repo = JournalRepository(restored)
        assert len(repo.search("kettlewhistle")) == 12
        assert [h.kind for h in repo.search("Sam")] == ["avoided"]
        assert AgendaRepository(restored).search("silence")
        assert restored.integrity_problems() == []


def test_an_old_format_backup_with_its_indexes_still_verifies_and_restores(vault: Vault, tmp_path: Path) -> None:
    fill(vault)
    live_fts = fts_rows(vault.conn)
    old = old_format_backup(vault, tmp_path / "old.ijbackup")
    _manifest, conn = open_archive_db(old, tmp_path)
    try:
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'entries_fts'").fetchone()[0] == 1
    finally:
        conn.close()
    assert backup.verify_backup(old, passphrase=PASSPHRASE).counts["entries"] == 13
    fresh = tmp_path / "fresh"
    info = backup.restore_backup(fresh, old, passphrase=PASSPHRASE)
    assert info.counts["entries"] == 13
    with Vault.open(fresh, passphrase=PASSPHRASE) as restored:
        assert fts_rows(restored.conn) == live_fts
        assert len(JournalRepository(restored).search("kettlewhistle")) == 12


def test_an_archive_of_a_newer_format_is_refused_with_a_plain_sentence(vault: Vault, tmp_path: Path) -> None:
    fill(vault, 2)
    info = vault.backup_to(tmp_path / "lean.ijbackup")
    newer = tmp_path / "newer.ijbackup"
    with zipfile.ZipFile(info.path) as src, zipfile.ZipFile(newer, "w") as out:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == backup.MANIFEST:
                doc = json.loads(data)
                doc["version"] = backup.FORMAT_VERSION + 1
                data = json.dumps(doc).encode()
            out.writestr(item, data)
    with pytest.raises(VaultDamaged, match="newer version"):
        backup.verify_backup(newer, passphrase=PASSPHRASE)


def test_a_definition_that_is_not_ours_stops_the_restore_and_changes_nothing(vault: Vault, tmp_path: Path) -> None:
    fill(vault, 3)
    info = vault.backup_to(tmp_path / "lean.ijbackup")
    _manifest, conn = open_archive_db(info.path, tmp_path)
    try:
        conn.execute("UPDATE search_index_definitions SET sql = 'CREATE VIRTUAL TABLE entries_fts USING fts5vocab(x)' "
                     "WHERE name = 'entries_fts'")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        conn.close()
    tampered = tmp_path / "tampered.ijbackup"
    with zipfile.ZipFile(info.path) as src, zipfile.ZipFile(tampered, "w") as out:
        for item in src.infolist():
            out.writestr(item, (tmp_path / "inside.db").read_bytes() if item.filename == backup.DB_MEMBER else src.read(item))
    target = tmp_path / "target"
    other, _ = Vault.create(target, PASSPHRASE)
    JournalRepository(other).save(Entry(kind="free", entry_at=START, body="still here"))
    other.close()
    before = (target / "journal.db").read_bytes()
    with pytest.raises(VaultDamaged, match="search index"):
        backup.restore_backup(target, tampered, passphrase=PASSPHRASE)
    assert (target / "journal.db").read_bytes() == before
    assert not [p for p in os.listdir(target) if p.startswith(".restore-staged")]


def test_the_daily_read_back_catches_an_archive_that_changed_after_writing(vault: Vault, tmp_path: Path) -> None:
    fill(vault, 3)
    info = vault.backup_to(tmp_path / "lean.ijbackup")
    assert info.digest and vault.verify_own_backup(info.path, info.counts, info.digest).counts == info.counts
    raw = bytearray(info.path.read_bytes())
    at = raw.find(b"SQLite format 3") if b"SQLite format 3" in raw else len(raw) // 2
    raw[at + 5000] ^= 0x01  # one bit inside the database member
    info.path.write_bytes(bytes(raw))
    with pytest.raises(VaultDamaged):
        vault.verify_own_backup(info.path, info.counts, info.digest)


def test_the_daily_backup_is_lean_and_verified_before_rotation(vault: Vault) -> None:
    fill(vault, 3)
    made = backups.daily_backup(vault, now=datetime(2026, 1, 5, 9, 0).astimezone())
    assert made is not None and made.digest
    manifest, _key, zf = backup.read_archive(made.path)
    zf.close()
    assert manifest["version"] == 2
    assert backup.verify_backup(made.path, passphrase=PASSPHRASE).counts["entries"] == 4
