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
WAL_MEMBER = "journal.db-wal"  # only in before-restore copies of a vault that was not checkpointed
BACKUP_SUFFIX = ".ijbackup"
MAX_MEMBER_BYTES = 8 * 1024 * 1024 * 1024


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: str
    schema_version: int
    counts: dict[str, int]


def table_counts(conn: sqlcipher3.Connection) -> dict[str, int]:
    """Rows per table, FTS shadow tables left out (their layout is SQLite's business)."""
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")]
    names = [
        name
        for name, _sql in rows
        if not name.startswith("sqlite_") and not any(name.startswith(f"{v}_") for v in virtual)
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
        if set(infos) - {WAL_MEMBER} != {MANIFEST, DB_MEMBER, KEY_MEMBER}:
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
    members = [(DB_MEMBER, dest)]
    if WAL_MEMBER in zf.namelist():
        members.append((WAL_MEMBER, Path(f"{dest}-wal")))
    try:
        for member, target in members:
            _extract_member(zf, member, target)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise VaultDamaged(f"The backup's database could not be read ({type(exc).__name__}).") from None


def _check_extracted(path: Path, zf: zipfile.ZipFile, key: bytes | bytearray, scratch: Path) -> tuple[list[str], dict[str, int], int]:
    try:
        extract_database(zf, scratch)
        conn = db.connect(scratch, key)
        try:
            problems = db.integrity_problems(conn)
            counts = table_counts(conn)
            schema = int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except db.DatabaseError:
        raise VaultDamaged(f"The backup file {path} is damaged: its database cannot be read.") from None
    return problems, counts, schema


def _remove(*paths: Path) -> None:
    for p in paths:
        for leftover in (p, Path(f"{p}-wal"), Path(f"{p}-shm"), Path(f"{p}-journal")):
            try:
                leftover.unlink()
            except FileNotFoundError:
                pass


def _extract_member(zf: zipfile.ZipFile, member: str, dest: Path) -> None:
    limit = zf.getinfo(member).file_size
    written = 0
    fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    with os.fdopen(fd, "wb") as out, zf.open(member) as src:
        while chunk := src.read(1 << 20):
            written += len(chunk)
            if written > limit:  # the header lied about the size
                raise EOFError("size")
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())


def verify_backup(path: Path, *, passphrase: str | None = None, recovery_code: str | None = None) -> BackupInfo:
    """Open a backup with the passphrase or recovery code and run the integrity checks."""
    manifest, key_bytes, zf = read_archive(path)
    with zf:
        kf = keyfile.parse(key_bytes, path)
        key = keyfile.unwrap(kf, recovery_code, "recovery") if recovery_code else keyfile.unwrap(kf, passphrase or "", "passphrase")
        scratch = path.with_name(f".{path.name}.verify-tmp")
        try:
            problems, counts, schema = _check_extracted(path, zf, key, scratch)
        finally:
            _remove(scratch)
    if problems:
        raise VaultDamaged(f"The backup file {path} is damaged: its integrity check failed.")
    return BackupInfo(path, str(manifest.get("created_at", "")), schema, counts)


def verify_backup_with_key(path: Path, key: bytes | bytearray, expected: dict[str, int] | None = None) -> BackupInfo:
    """Re-read a backup we just wrote, with the vault key we hold (no key derivation needed)."""
    manifest, _key_bytes, zf = read_archive(path)
    with zf:
        scratch = path.with_name(f".{path.name}.verify-tmp")
        try:
            problems, counts, schema = _check_extracted(path, zf, key, scratch)
        finally:
            _remove(scratch)
    if problems or (expected is not None and counts != expected):
        raise VaultDamaged(f"The backup file {path} did not read back intact.")
    return BackupInfo(path, str(manifest.get("created_at", "")), schema, counts)


# -- restoring ------------------------------------------------------------------

RESTORE_PREFIX = "before-restore-"


def _stamp(now: datetime | None) -> str:
    return (now or datetime.now()).strftime("%Y%m%d-%H%M%S")


def keep_current_files(data_dir: Path, dest: Path, *, now: datetime | None = None) -> Path | None:
    """Put the vault's current files, exactly as they are on disk, into an archive in backups/.

    Used before a restore: the current vault may be damaged or open with another
    passphrase, so it is copied byte for byte (it is already encrypted) rather than
    through sqlcipher_export. A non-empty -wal is kept beside the database.
    """
    from ipt_journal.paths import DB_NAME, KEY_NAME

    db_file, key_file = data_dir / DB_NAME, data_dir / KEY_NAME
    wal = Path(f"{db_file}-wal")
    present = [p for p in (db_file, key_file) if p.exists()]
    if not present:
        return None
    ensure_private_dir(dest.parent)
    stamp = (now or datetime.now().astimezone()).isoformat(timespec="seconds")
    tmp_zip = dest.with_name(f".{dest.name}.tmp")
    manifest = {"format": "ipt-journal-backup", "version": 1, "created_at": stamp, "kind": "before-restore"}
    try:
        fd = os.open(tmp_zip, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED) as zf:
            zf.writestr(MANIFEST, json.dumps(manifest, sort_keys=True))
            if key_file.exists():
                zf.write(key_file, KEY_MEMBER)
            if db_file.exists():
                zf.write(db_file, DB_MEMBER)
            if wal.exists() and wal.stat().st_size > 0:
                zf.write(wal, WAL_MEMBER)
            zf.fp.flush()  # type: ignore[union-attr]
            os.fsync(raw.fileno())
        os.replace(tmp_zip, dest)
        fsync_dir(dest.parent)
    finally:
        _remove(tmp_zip)
    return dest


def restore_backup(
    data_dir: Path,
    archive: Path,
    *,
    passphrase: str | None = None,
    recovery_code: str | None = None,
    latest_schema: int | None = None,
    now: datetime | None = None,
) -> BackupInfo:
    """Replace the vault in data_dir with the one in archive.

    The caller holds the instance lock and has closed the live vault. Order:
    verify the backup completely (secret, integrity, schema) into temporary files in
    data_dir; keep the current files in backups/before-restore-*.ijbackup; then
    rename the database and the key file into place. Anything failing before the
    renames leaves the current vault byte-identical.
    """
    from ipt_journal.paths import BACKUP_DIR, DB_NAME, KEY_NAME

    manifest, key_bytes, zf = read_archive(archive)
    ensure_private_dir(data_dir)
    tag = f"{os.getpid()}-{_stamp(now)}"
    new_db = data_dir / f".restore-{tag}.db"
    new_key = data_dir / f".restore-{tag}.key"
    try:
        with zf:
            kf = keyfile.parse(key_bytes, archive)
            if recovery_code is not None:
                key = keyfile.unwrap(kf, recovery_code, "recovery")
            else:
                key = keyfile.unwrap(kf, passphrase or "", "passphrase")
            problems, counts, schema = _check_extracted(archive, zf, key, new_db)
        if problems:
            raise VaultDamaged(f"The backup file {archive} is damaged: its integrity check failed.")
        if schema == 0:
            raise VaultDamaged(f"The backup file {archive} holds an empty database.")
        if latest_schema is not None and schema > latest_schema:
            raise VaultDamaged(f"The backup file {archive} was made by a newer version of IPT Journal; please update the app.")
        _remove_sidecars(new_db)
        atomic_write_bytes_private(new_key, kf.to_bytes())
        keep_current_files(data_dir, data_dir / BACKUP_DIR / f"{RESTORE_PREFIX}{_stamp(now)}{BACKUP_SUFFIX}", now=now)
        live_db = data_dir / DB_NAME
        # The live vault is closed and its copy kept; stale -wal/-shm of the old database
        # must not be applied to the new one.
        for side in (Path(f"{live_db}-wal"), Path(f"{live_db}-shm")):
            try:
                side.unlink()
            except FileNotFoundError:
                pass
        # A crash between these two renames leaves a mismatched pair; the
        # before-restore archive still holds the complete old pair.
        os.replace(new_db, live_db)
        os.replace(new_key, data_dir / KEY_NAME)
        fsync_dir(data_dir)
        return BackupInfo(archive, str(manifest.get("created_at", "")), schema, counts)
    finally:
        _remove(new_db, new_key)


def _remove_sidecars(path: Path) -> None:
    for side in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            side.unlink()
        except FileNotFoundError:
            pass


def atomic_write_bytes_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
