"""Encrypted backups: one zip holding an encrypted copy of the database and the key file it needs.

The live database, -wal and -shm are never copied raw: the copy is made with
sqlcipher_export into a new file keyed with the same vault key.
"""

from __future__ import annotations

import json
import os
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlcipher3

from ipt_journal.vault import db, keyfile
from ipt_journal.vault.atomic import FILE_MODE, ensure_private_dir, fsync_dir
from ipt_journal.vault.errors import VaultDamaged

MANIFEST = "ipt-journal-backup.json"
DB_MEMBER = "journal.db"
KEY_MEMBER = "journal.key"
BACKUP_SUFFIX = ".ijbackup"
MAX_MEMBER_BYTES = 8 * 1024 * 1024 * 1024


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: str
    schema_version: int
    counts: dict[str, int]


def table_counts(conn: sqlcipher3.Connection) -> dict[str, int]:
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%fts_%' ORDER BY name"
        )
    ]
    return {name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names}


def _export_copy(conn: sqlcipher3.Connection, key: bytes | bytearray, dest: Path) -> None:
    if dest.exists():
        dest.unlink()
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    conn.execute(f"ATTACH DATABASE ? AS backup_copy KEY \"x'{bytes(key).hex()}'\"", (str(dest),))
    try:
        conn.execute("SELECT sqlcipher_export('backup_copy')").fetchall()
        conn.execute(f"PRAGMA backup_copy.user_version = {version}")
    finally:
        conn.execute("DETACH DATABASE backup_copy")
    os.chmod(dest, FILE_MODE)


def write_backup(
    conn: sqlcipher3.Connection, key: bytes | bytearray, key_bytes: bytes, dest: Path, *, now: datetime | None = None
) -> BackupInfo:
    """Write an encrypted, verified backup archive to dest atomically."""
    ensure_private_dir(dest.parent)
    stamp = (now or datetime.now().astimezone()).isoformat(timespec="seconds")
    tmp_db = dest.with_name(f".{dest.name}.db-tmp")
    tmp_zip = dest.with_name(f".{dest.name}.tmp")
    try:
        _export_copy(conn, key, tmp_db)
        counts = table_counts(conn)
        schema = int(conn.execute("PRAGMA user_version").fetchone()[0])
        check = db.connect(tmp_db, key)
        try:
            problems = db.integrity_problems(check)
            copied = table_counts(check)
        finally:
            check.close()
        if problems or copied != counts:
            raise VaultDamaged("The backup copy did not match the journal, so it was not kept.")
        manifest = {"format": "ipt-journal-backup", "version": 1, "created_at": stamp, "schema_version": schema}
        fd = os.open(tmp_zip, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED) as zf:
            zf.writestr(MANIFEST, json.dumps(manifest, sort_keys=True))
            zf.writestr(KEY_MEMBER, key_bytes)
            zf.write(tmp_db, DB_MEMBER)
            zf.fp.flush()  # type: ignore[union-attr]
            os.fsync(raw.fileno())
        os.replace(tmp_zip, dest)
        fsync_dir(dest.parent)
        return BackupInfo(dest, stamp, schema, counts)
    finally:
        for leftover in (tmp_db, tmp_zip, Path(f"{tmp_db}-wal"), Path(f"{tmp_db}-shm")):
            try:
                leftover.unlink()
            except FileNotFoundError:
                pass


def read_archive(path: Path) -> tuple[dict[str, object], bytes, zipfile.ZipFile]:
    """Open a backup archive; returns (manifest, key file bytes, zipfile). Damage -> VaultDamaged."""
    try:
        zf = zipfile.ZipFile(path)
        infos = {i.filename: i for i in zf.infolist()}
        if set(infos) != {MANIFEST, DB_MEMBER, KEY_MEMBER}:
            raise ValueError("members")
        if infos[MANIFEST].file_size > 64 * 1024 or infos[KEY_MEMBER].file_size > 64 * 1024:
            raise ValueError("size")
        if infos[DB_MEMBER].file_size > MAX_MEMBER_BYTES:
            raise ValueError("size")
        manifest = json.loads(zf.read(MANIFEST))
        if not isinstance(manifest, dict) or manifest.get("format") != "ipt-journal-backup":
            raise ValueError("manifest")
        return manifest, zf.read(KEY_MEMBER), zf
    except FileNotFoundError:
        raise VaultDamaged(f"There is no backup file at {path}.") from None
    except (OSError, ValueError, zipfile.BadZipFile, KeyError, RuntimeError, EOFError):
        raise VaultDamaged(f"The backup file {path} is damaged or is not an IPT Journal backup.") from None


def extract_database(zf: zipfile.ZipFile, dest: Path) -> None:
    fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as out, zf.open(DB_MEMBER) as src:
            while chunk := src.read(1 << 20):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise VaultDamaged(f"The backup's database could not be read ({type(exc).__name__}).") from None


def verify_backup(path: Path, *, passphrase: str | None = None, recovery_code: str | None = None) -> BackupInfo:
    """Open a backup with the passphrase or recovery code and run the integrity checks."""
    manifest, key_bytes, zf = read_archive(path)
    with zf:
        kf = keyfile.parse(key_bytes, path)
        key = keyfile.unwrap(kf, recovery_code, "recovery") if recovery_code else keyfile.unwrap(kf, passphrase or "", "passphrase")
        scratch = path.with_name(f".{path.name}.verify-tmp")
        try:
            extract_database(zf, scratch)
            conn = db.connect(scratch, key)
            try:
                problems = db.integrity_problems(conn)
                counts = table_counts(conn)
                schema = int(conn.execute("PRAGMA user_version").fetchone()[0])
            finally:
                conn.close()
        finally:
            for leftover in (scratch, Path(f"{scratch}-wal"), Path(f"{scratch}-shm")):
                try:
                    leftover.unlink()
                except FileNotFoundError:
                    pass
    if problems:
        raise VaultDamaged(f"The backup file {path} is damaged: its integrity check failed.")
    return BackupInfo(path, str(manifest.get("created_at", "")), schema, counts)
