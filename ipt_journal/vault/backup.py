"""Encrypted backups: one zip holding an encrypted copy of the database and the key file it needs.

The live database, -wal and -shm are never copied raw: the copy is made inside SQLite into a new
file keyed with the same vault key. Since format 2 it leaves out the search indexes, which reading
the backup (restore, verify) rebuilds (vault/backup_copy.py); format 1 archives hold them.
"""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlcipher3

from ipt_journal.vault import backup_copy, db, keyfile
from ipt_journal.vault.backup_copy import extract_database
from ipt_journal.vault.atomic import (
    FILE_MODE,
    ensure_private_dir,
    fsync_dir,
    remove_sidecars,
    unused_name,
    write_internal_bytes,
    write_private_file,
)
from ipt_journal.vault.errors import VaultDamaged
from ipt_journal.vault.progress import Cancelled, Progress

MANIFEST = "ipt-journal-backup.json"
DB_MEMBER = "journal.db"
KEY_MEMBER = "journal.key"
WAL_MEMBER = "journal.db-wal"  # only in before-restore copies of a vault that was not checkpointed
BACKUP_SUFFIX = ".ijbackup"
MAX_MEMBER_BYTES = 8 * 1024 * 1024 * 1024
FORMAT_VERSION = 2  # 2: the search indexes are left out and rebuilt on reading; 1: a full copy


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: str
    schema_version: int
    counts: dict[str, int]
    digest: str = ""  # SHA-256 of the database member as written (empty when not known)


def table_counts(conn: sqlcipher3.Connection) -> dict[str, int]:
    """Rows per table, FTS shadow tables left out (their layout is SQLite's business)."""
    rows = conn.execute("SELECT name, sql FROM main.sqlite_master WHERE type = 'table' ORDER BY name").fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")]
    names = [
        name
        for name, _sql in rows
        if not name.startswith("sqlite_") and not any(name.startswith(f"{v}_") for v in virtual)
        and name != backup_copy.DEFINITIONS
    ]
    return {name: int(conn.execute(f'SELECT count(*) FROM main."{name}"').fetchone()[0]) for name in names}


def kept_counts(conn: sqlcipher3.Connection) -> dict[str, int]:
    """table_counts without the search indexes: what a backup keeps (and compares) whatever its format."""
    derived = backup_copy.derived_tables(conn)
    return {name: n for name, n in table_counts(conn).items() if name not in derived}


def _export_copy(
    conn: sqlcipher3.Connection, key: bytes | bytearray, dest: Path, progress: Progress | None = None
) -> tuple[dict[str, int], int, bool]:
    """Copy the database into dest; returns the row counts and schema version of what was copied,
    and whether the search indexes were left out.

    The copy and the counts come from one read transaction: another connection (the
    member writing while a backup runs in the background) cannot slip a row in between,
    which would make a good copy look damaged.
    """
    from ipt_journal.vault.migrations import LATEST_VERSION

    if dest.exists():
        dest.unlink()
    foreign_keys = int(conn.execute("PRAGMA foreign_keys").fetchone()[0])
    conn.execute(f"ATTACH DATABASE ? AS backup_copy KEY \"x'{bytes(key).hex()}'\"", (str(dest),))
    try:
        # A scratch file, checked and then zipped: it needs no journal of its own, and the archive
        # is what gets synced to disk.
        conn.execute("PRAGMA backup_copy.journal_mode = OFF").fetchall()
        conn.execute("PRAGMA backup_copy.synchronous = OFF")
        conn.execute("PRAGMA foreign_keys = OFF")  # the rows are copied as they are; ON again below
        conn.execute("BEGIN")
        try:
            version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
            # Only a vault of this version's schema leaves its indexes out: the restore rebuilds them
            # with this version's code. (A copy made before a migration keeps them, as format 1 did.)
            lean = version == LATEST_VERSION
            # SQLite's progress handler does not reach inside these calls, so the chances to
            # cancel come right after them, during the check and while zipping.
            if lean:
                backup_copy.copy_without_indexes(conn, "backup_copy")
            else:
                conn.execute("SELECT sqlcipher_export('backup_copy')").fetchall()
            conn.execute(f"PRAGMA backup_copy.user_version = {version}")
            counts = kept_counts(conn)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    finally:
        conn.execute(f"PRAGMA foreign_keys = {1 if foreign_keys else 0}")
        conn.execute("DETACH DATABASE backup_copy")
    os.chmod(dest, FILE_MODE)
    return counts, version, lean


def write_backup(
    conn: sqlcipher3.Connection, key: bytes | bytearray, key_bytes: bytes, dest: Path, *, now: datetime | None = None,
    progress: Progress | None = None,
) -> BackupInfo:
    """Write an encrypted, verified backup archive to dest atomically. `progress` may cancel (nothing is kept)."""
    ensure_private_dir(dest.parent)
    stamp = (now or datetime.now().astimezone()).isoformat(timespec="seconds")
    tmp_db = dest.with_name(f".{dest.name}.db-tmp")
    tmp_zip = dest.with_name(f".{dest.name}.tmp")
    try:
        counts, schema, lean = _export_copy(conn, key, tmp_db, progress)
        if progress is not None:
            progress(1, 0)  # a last chance to cancel before verifying and writing the archive
        check = db.connect(tmp_db, key)
        try:
            stop = backup_copy.cancellable(check, progress)
            problems = db.integrity_problems(check, checkpoint=True)
            if stop:
                raise stop[0]
            copied = kept_counts(check)
        finally:
            check.close()
        if problems or copied != counts:
            raise VaultDamaged("The backup copy did not match the journal, so it was not kept.")
        manifest = {"format": "ipt-journal-backup", "version": FORMAT_VERSION if lean else 1, "created_at": stamp,
                    "schema_version": schema}
        digest = hashlib.sha256()
        fd = os.open(tmp_zip, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        with os.fdopen(fd, "wb") as raw:
            with zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED) as zf:
                zf.writestr(MANIFEST, json.dumps(manifest, sort_keys=True))
                zf.writestr(KEY_MEMBER, key_bytes)
                with open(tmp_db, "rb") as src, zf.open(DB_MEMBER, "w", force_zip64=True) as out:
                    done = 0
                    while chunk := src.read(4 << 20):
                        out.write(chunk)
                        digest.update(chunk)
                        done += len(chunk)
                        if progress is not None:
                            progress(done, 0)
            # The central directory is written when the ZipFile closes: sync after that.
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(tmp_zip, dest)
        fsync_dir(dest.parent)
        return BackupInfo(dest, stamp, schema, counts, digest.hexdigest())
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
        version = manifest.get("version", 1)
        if not isinstance(version, int) or version < 1:
            raise ValueError("manifest")
        if version > FORMAT_VERSION:
            zf.close()
            raise VaultDamaged(
                f"The backup file {path} was made by a newer version of IPT Journal; please update the app."
            )
        return manifest, zf.read(KEY_MEMBER), zf
    except FileNotFoundError:
        raise VaultDamaged(f"There is no backup file at {path}.") from None
    except (OSError, ValueError, zipfile.BadZipFile, KeyError, RuntimeError, EOFError):
        raise VaultDamaged(f"The backup file {path} is damaged or is not an IPT Journal backup.") from None


def _check_extracted(
    path: Path, zf: zipfile.ZipFile, key: bytes | bytearray, scratch: Path, rebuild_with: keyfile.KeyFile | None = None,
) -> tuple[list[str], dict[str, int], int]:
    """Extract and check the database; with rebuild_with, also rebuild the search indexes of a copy made
    without them (a restore, a verify), so that what is checked is what the member will search."""
    from ipt_journal.vault.migrations import LATEST_VERSION

    try:
        extract_database(zf, scratch)
        conn = db.connect(scratch, key)
        try:
            problems = db.integrity_problems(conn, checkpoint=True)
            counts = kept_counts(conn)
            schema = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if (
                rebuild_with is not None and not problems and 0 < schema <= LATEST_VERSION
                and backup_copy.search_index_missing(conn)
            ):
                backup_copy.rebuild_indexes(conn, key, rebuild_with, scratch.parent)
        finally:
            conn.close()
    except ValueError:
        raise VaultDamaged(f"The backup file {path} is damaged: its search index cannot be made again.") from None
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


def verify_backup(path: Path, *, passphrase: str | None = None, recovery_code: str | None = None) -> BackupInfo:
    """Open a backup with the passphrase or recovery code and run the integrity checks."""
    manifest, key_bytes, zf = read_archive(path)
    with zf:
        kf = keyfile.parse(key_bytes, path)
        key = keyfile.unwrap(kf, recovery_code, "recovery") if recovery_code else keyfile.unwrap(kf, passphrase or "", "passphrase")
        # The encrypted copy is checked in a private temp folder, not beside the backup: that
        # place may be read-only (a DVD, a write-protected stick).
        import shutil
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="ipt-journal-verify-"))
        try:
            problems, counts, schema = _check_extracted(path, zf, key, folder / "journal.db", rebuild_with=kf)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    if problems:
        raise VaultDamaged(f"The backup file {path} is damaged: its integrity check failed.")
    return BackupInfo(path, str(manifest.get("created_at", "")), schema, counts)


def verify_backup_with_key(
    path: Path, key: bytes | bytearray, expected: dict[str, int] | None = None, digest: str = "",
) -> BackupInfo:
    """Re-read a backup we just wrote, with the vault key we hold (no key derivation needed).

    With the digest write_backup returned, the archive is read back whole and its database must be
    byte for byte the copy write_backup checked (integrity and row counts) before zipping it; that
    copy is not checked a second time. Without it the copy is extracted and checked again.
    """
    manifest, _key_bytes, zf = read_archive(path)
    if digest:
        with zf:
            got = backup_copy.member_digest(zf, DB_MEMBER)
        if got != digest:
            raise VaultDamaged(f"The backup file {path} did not read back intact.")
        schema = manifest.get("schema_version")
        return BackupInfo(path, str(manifest.get("created_at", "")), schema if isinstance(schema, int) else 0,
                          dict(expected or {}), digest)
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
# A restore stages the verified pair under fixed names, then writes the marker naming them,
# then renames database and key file into place and removes the marker. Whoever opens the
# vault next finishes a restore the marker says is pending (finish_pending_restore).
PENDING_MARKER = "restore-pending"
STAGED_DB = ".restore-staged.db"
STAGED_KEY = ".restore-staged.key"
_MARKER_FORMAT = "ipt-journal-restore-pending"
_MAX_KEY_FILE = 1024 * 1024


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
        with os.fdopen(fd, "wb") as raw:
            with zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED) as zf:
                zf.writestr(MANIFEST, json.dumps(manifest, sort_keys=True))
                if key_file.exists():
                    zf.write(key_file, KEY_MEMBER)
                if db_file.exists():
                    zf.write(db_file, DB_MEMBER)
                if wal.exists() and wal.stat().st_size > 0:
                    zf.write(wal, WAL_MEMBER)
            raw.flush()  # after the central directory, written when the ZipFile closed
            os.fsync(raw.fileno())
        os.replace(tmp_zip, dest)
        fsync_dir(dest.parent)
    finally:
        _remove(tmp_zip)
    return dest


def _digest(path: Path) -> str | None:
    """SHA-256 of a (small) key file, or None when there is none."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(_MAX_KEY_FILE + 1)
    except FileNotFoundError:
        return None
    return hashlib.sha256(data).hexdigest()


def _read_marker(path: Path) -> dict[str, str | None] | None:
    """The marker's contents, or None when it is damaged or not ours (then it is stale)."""
    try:
        with open(path, "rb") as fh:
            doc = json.loads(fh.read(64 * 1024))
    except (OSError, ValueError):
        return None
    if (
        not isinstance(doc, dict) or doc.get("format") != _MARKER_FORMAT or doc.get("version") != 1
        or doc.get("db") != STAGED_DB or doc.get("key") != STAGED_KEY
        or not isinstance(doc.get("new_key"), str) or not isinstance(doc.get("old_key"), (str, type(None)))
    ):
        return None
    return {"new_key": doc["new_key"], "old_key": doc["old_key"]}


def _write_marker(data_dir: Path, old_key: str | None, new_key: str) -> None:
    doc = {"format": _MARKER_FORMAT, "version": 1, "db": STAGED_DB, "key": STAGED_KEY,
           "old_key": old_key, "new_key": new_key}
    write_internal_bytes(data_dir / PENDING_MARKER, json.dumps(doc, sort_keys=True).encode("ascii"))


def finish_pending_restore(data_dir: Path) -> bool:
    """Finish a restore that stopped after staging its files (a crash, a kill); True if one was finished.

    Rolls forward only when the marker is intact, the staged key file is the one it names,
    and the live key file is still the one the restore was replacing (or still absent).
    Otherwise the marker is stale: it is removed with any staged file, and the live
    database and key file are not touched. Called by Vault.open before it reads the key
    file, and at the start of every restore. The caller holds the instance lock.
    """
    from ipt_journal.paths import DB_NAME, KEY_NAME

    marker = data_dir / PENDING_MARKER
    if not marker.exists():
        return False
    if _shared_folder(data_dir):
        return False  # others could have planted the marker or the staged files: never carried out
    info = _read_marker(marker)
    staged_db, staged_key = data_dir / STAGED_DB, data_dir / STAGED_KEY
    live_db, live_key = data_dir / DB_NAME, data_dir / KEY_NAME
    pending = (
        info is not None and _digest(staged_key) == info["new_key"] and _digest(live_key) == info["old_key"]
    )
    if not pending:
        _remove(staged_db, staged_key)
        marker.unlink(missing_ok=True)
        fsync_dir(data_dir)
        return False
    if staged_db.exists():
        # The old database's -wal/-shm must never be applied to the restored one.
        remove_sidecars(live_db)
        os.replace(staged_db, live_db)
        fsync_dir(data_dir)  # the database is in place on disk before its key file follows
    os.replace(staged_key, live_key)
    fsync_dir(data_dir)
    marker.unlink()
    fsync_dir(data_dir)
    return True


def _shared_folder(folder: Path) -> bool:
    import stat

    if os.name != "posix":
        return False
    try:
        mode = os.stat(folder).st_mode
    except OSError:
        return True
    return bool(mode & (stat.S_IWGRP | stat.S_IWOTH))


def restore_backup(
    data_dir: Path,
    archive: Path,
    *,
    passphrase: str | None = None,
    recovery_code: str | None = None,
    latest_schema: int | None = None,
    now: datetime | None = None,
    before_replacing: Callable[[], None] | None = None,
) -> BackupInfo:
    """Replace the vault in data_dir with the one in archive.

    before_replacing() runs first and again right before the marker is written (the caller re-checks its lock).

    The caller holds the instance lock and has closed the live vault. Order: verify the
    backup completely (secret, integrity, schema) into staged files in data_dir; keep the
    current files in backups/before-restore-*.ijbackup; write the restore-pending marker;
    rename the database, then the key file into place; remove the marker. Anything failing
    before the marker leaves the current vault byte-identical; from the marker on, the
    restore rolls forward, here or in the next Vault.open.
    """
    from ipt_journal.paths import BACKUP_DIR, KEY_NAME

    from ipt_journal.vault.vault import check_folder_is_private

    check_folder_is_private(data_dir)  # before anything in the folder is read or written
    if before_replacing is not None:
        before_replacing()
    manifest, key_bytes, zf = read_archive(archive)
    staged_db, staged_key = data_dir / STAGED_DB, data_dir / STAGED_KEY
    marked = False
    try:
        with zf:
            ensure_private_dir(data_dir)
            # An earlier restore that was interrupted is finished first, so the pair kept below matches.
            finish_pending_restore(data_dir)
            _remove(staged_db, staged_key)  # left by a restore stopped before its marker
            kf = keyfile.parse(key_bytes, archive)
            if recovery_code is not None:
                key = keyfile.unwrap(kf, recovery_code, "recovery")
            else:
                key = keyfile.unwrap(kf, passphrase or "", "passphrase")
            problems, counts, schema = _check_extracted(archive, zf, key, staged_db, rebuild_with=kf)
        if problems:
            raise VaultDamaged(f"The backup file {archive} is damaged: its integrity check failed.")
        if schema == 0:
            raise VaultDamaged(f"The backup file {archive} holds an empty database.")
        if latest_schema is not None and schema > latest_schema:
            raise VaultDamaged(f"The backup file {archive} was made by a newer version of IPT Journal; please update the app.")
        remove_sidecars(staged_db)
        write_private_file(staged_key, kf.to_bytes())
        keep_current_files(
            data_dir, unused_name(data_dir / BACKUP_DIR / f"{RESTORE_PREFIX}{_stamp(now)}{BACKUP_SUFFIX}"), now=now
        )
        fsync_dir(data_dir)  # both staged files are on disk under their names before the marker names them
        if before_replacing is not None:
            before_replacing()
        _write_marker(data_dir, _digest(data_dir / KEY_NAME), _digest(staged_key) or "")
        marked = True
        if not finish_pending_restore(data_dir):
            raise VaultDamaged("The restore could not be finished because the journal's files changed while it ran.")
        return BackupInfo(archive, str(manifest.get("created_at", "")), schema, counts)
    finally:
        if not marked:
            _remove(staged_db, staged_key)
