"""The vault: create, open (passphrase or recovery code), change passphrase, verify, close.

This is the only object that holds the vault key. The GUI and the command line
both go through it.
"""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from pathlib import Path

import sqlcipher3

from ipt_journal.paths import BACKUP_DIR, DB_NAME, KEY_NAME
from ipt_journal.vault import backup, db, keyfile, migrations, targets, walcheck
from ipt_journal.vault.atomic import FILE_MODE, ensure_private_dir
from ipt_journal.vault.errors import CannotWrite, NoVault, VaultDamaged, VaultExists, VaultLocked


class VaultState(Enum):
    NONE = "none"  # nothing here: first run
    PRESENT = "present"  # database and key file are both there
    PARTIAL = "partial"  # only one of them: damage, never a reason to start over


def db_path(data_dir: Path) -> Path:
    return data_dir / DB_NAME


def key_path(data_dir: Path) -> Path:
    return data_dir / KEY_NAME


def state(data_dir: Path) -> VaultState:
    has_db = db_path(data_dir).exists()
    has_key = key_path(data_dir).exists()
    if has_db and has_key:
        return VaultState.PRESENT
    if has_db or has_key:
        return VaultState.PARTIAL
    return VaultState.NONE


def check_folder_is_private(data_dir: Path) -> None:
    """Refuse a vault folder that other users could write to (they could swap our files)."""
    if os.name != "posix" or not os.path.lexists(data_dir):
        return
    if not data_dir.is_dir():
        raise CannotWrite(f"{data_dir} is a file, not a folder; choose a folder for the journal.")
    mode = data_dir.stat().st_mode
    if mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise VaultDamaged(
            f"The folder {data_dir} can be changed by other users, so the journal was not opened; "
            "make it private (chmod 700) and try again."
        )


def _require_present(data_dir: Path) -> None:
    current = state(data_dir)
    if current is VaultState.NONE:
        raise NoVault(f"There is no journal in {data_dir}.")
    if current is VaultState.PARTIAL:
        if not key_path(data_dir).exists():
            raise VaultDamaged(
                f"The key file {key_path(data_dir)} is missing, so the journal cannot be opened; "
                "restore it from a backup."
            )
        raise VaultDamaged(
            f"The journal database {db_path(data_dir)} is missing; restore it from a backup."
        )


@dataclass
class Vault:
    """An unlocked vault. Call close() (or lock) when done; it drops the key."""

    data_dir: Path
    _conn: sqlcipher3.Connection | None = field(repr=False)
    _key: bytearray = field(repr=False)  # never in a repr, a traceback or a log
    _keyfile: keyfile.KeyFile

    # -- lifecycle -------------------------------------------------------

    @classmethod
    def create(cls, data_dir: Path, passphrase: str, *, kdf: keyfile.KdfParams | None = None) -> tuple[Vault, str]:
        """Make a new vault; returns it open, with the recovery code to show the member once.

        A create that fails (a full disk, a read-only place) leaves nothing behind: no empty
        journal.db that would block the next try.
        """
        check_folder_is_private(data_dir)
        ensure_private_dir(data_dir)
        targets.protect(data_dir)
        if state(data_dir) is not VaultState.NONE:
            raise VaultExists(f"There is already a journal (or part of one) in {data_dir}.")
        key = bytearray(secrets.token_bytes(keyfile.KEY_BYTES))
        code = keyfile.new_recovery_code()
        kf = keyfile.create(bytes(key), passphrase, code, kdf)
        conn = None
        try:
            conn = db.connect(db_path(data_dir), key, create=True)
            os.chmod(db_path(data_dir), FILE_MODE)
            migrations.migrate(conn)
            # The key file is written last: a crash before this leaves only a database
            # nobody can open, which the next create refuses to overwrite silently.
            keyfile.write(key_path(data_dir), kf)
        except BaseException as exc:
            if conn is not None:
                conn.close()
            for p in data_dir.glob(DB_NAME + "*"):
                p.unlink(missing_ok=True)
            if isinstance(exc, OSError):
                raise targets.cannot_write(data_dir, exc) from None
            if isinstance(exc, db.DatabaseError) and "full" in str(exc).lower():
                raise CannotWrite(
                    f"The journal cannot be created in {data_dir} (there is no space left there); "
                    "nothing was left behind. Free some space or choose another folder."
                ) from None
            raise
        return cls(data_dir, conn, key, kf), code

    @classmethod
    def open(
        cls, data_dir: Path, *, passphrase: str | None = None, recovery_code: str | None = None,
        check_pages: bool = False,
    ) -> Vault:
        """Unlock. check_pages=True (the command line, before it writes) first checks every page of the
        file; the GUI leaves that to the background check after unlock (services.data_safety)."""
        check_folder_is_private(data_dir)  # before anything in the folder is read or written
        targets.protect(data_dir)
        backup.finish_pending_restore(data_dir)  # a restore stopped between its renames rolls forward
        _require_present(data_dir)
        kf = keyfile.read(key_path(data_dir))
        _remove_stale_key_copy(data_dir)
        _remove_stale_backup_parts(data_dir / BACKUP_DIR)
        if recovery_code is not None:
            raw = keyfile.unwrap(kf, recovery_code, "recovery")
        else:
            raw = keyfile.unwrap(kf, passphrase or "", "passphrase")
        key = bytearray(raw)
        settle_wal(data_dir, key)
        conn = db.connect(db_path(data_dir), key)
        vault = cls(data_dir, conn, key, kf)
        try:
            # Before anything writes: a damaged page (one flipped byte mid-file) stops here.
            if check_pages and db.page_problems(conn):
                raise VaultDamaged(
                    f"The journal database {db_path(data_dir)} is damaged, so nothing was changed; "
                    "restore it from a backup (your backups are in "
                    f"{data_dir / BACKUP_DIR})."
                )
            vault._migrate()
        except BaseException:
            vault.close(checkpoint=False)
            raise
        return vault



    def _migrate(self) -> None:
        version = migrations.current_version(self.conn)
        if version == 0:
            # A created vault is never left at version 0; an empty file here is damage,
            # and must not silently become a new, empty journal.
            raise VaultDamaged(
                f"The journal database {db_path(self.data_dir)} is empty or damaged; restore it from a backup."
            )
        if version > migrations.LATEST_VERSION:
            raise VaultDamaged("This journal was written by a newer version of IPT Journal; please update the app.")
        if not migrations.pending(self.conn):
            return
        self.backup_to(self.backups_dir() / f"before-migration-v{version}-{_stamp()}{backup.BACKUP_SUFFIX}")
        migrations.migrate(self.conn)

    def close(self, *, checkpoint: bool = True) -> None:
        """Checkpoint, close the connection and overwrite the key bytes we hold.

        The -wal checkpointed here is this session's own: Vault.open set aside any stale one
        and refused a damaged file before anything was written (checkpoint=False then).
        """
        conn, self._conn = self._conn, None
        if conn is not None:
            if checkpoint:
                try:
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
                except db.DatabaseError:
                    pass
            conn.close()
        for i in range(len(self._key)):
            self._key[i] = 0

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def conn(self) -> sqlcipher3.Connection:
        if self._conn is None:
            raise VaultLocked("The journal is locked.")
        return self._conn

    @property
    def vault_id(self) -> str:
        return self._keyfile.vault_id

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions ------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[sqlcipher3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT; nested calls join the outer transaction."""
        conn = self.conn
        if conn.in_transaction:
            yield conn
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:  # SQLite has already rolled back after some errors (a full disk)
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    # -- keys ----------------------------------------------------------------

    def change_passphrase(self, new_passphrase: str, *, kdf: keyfile.KdfParams | None = None) -> None:
        """Re-wrap the vault key with a new passphrase. The database is not rekeyed."""
        slot = keyfile.wrap(bytes(self._key), new_passphrase, "passphrase", self._keyfile.vault_id, kdf or keyfile.default_kdf)
        updated = self._keyfile.replace_slot(slot)
        keyfile.write(key_path(self.data_dir), updated)
        self._keyfile = updated

    # -- checks and backups ----------------------------------------------------

    def integrity_problems(self) -> list[str]:
        return db.integrity_problems(self.conn)

    def page_problems(self) -> list[str]:
        return db.page_problems(self.conn)

    def backups_dir(self) -> Path:
        return self.data_dir / BACKUP_DIR

    def backup_to(self, dest: Path, *, progress: backup.Progress | None = None) -> backup.BackupInfo:
        return backup.write_backup(self.conn, self._key, self._keyfile.to_bytes(), dest, progress=progress)

    def verify_own_backup(self, path: Path, expected: dict[str, int] | None = None, digest: str = "") -> backup.BackupInfo:
        """Read back a backup this vault wrote, with the key it holds (digest: see verify_backup_with_key)."""
        return backup.verify_backup_with_key(path, self._key, expected, digest)

    def worker_handle(self) -> Vault:
        """A second connection, with its own copy of the key, for one background task.

        A connection is never shared between threads while the UI uses it; the
        worker closes its handle (which wipes its key copy) when done.
        """
        if not self.is_open:
            raise VaultLocked("The journal was locked before this could start; unlock it and try again.")
        key = bytearray(self._key)
        conn = db.connect(db_path(self.data_dir), key)
        return Vault(self.data_dir, conn, key, self._keyfile)


@dataclass(frozen=True)
class Diagnosis:
    problems: list[str]
    entries: int
    stale_wal: bool  # a leftover -wal that does not belong; the next open sets it aside


def diagnose(data_dir: Path, *, passphrase: str | None = None, recovery_code: str | None = None) -> Diagnosis:
    """verify: every check, and nothing written. The file alone is opened immutable; a -wal is judged
    and checked on a private copy. Works on read-only media."""
    check_folder_is_private(data_dir)
    _require_present(data_dir)
    kf = keyfile.read(key_path(data_dir))
    secret, kind = (recovery_code, "recovery") if recovery_code is not None else (passphrase or "", "passphrase")
    key = bytearray(keyfile.unwrap(kf, secret, kind))
    dbf = db_path(data_dir)
    try:
        stale = walcheck.has_wal(dbf) and walcheck.wal_is_stale(
            walcheck.file_alone(dbf, key), walcheck.with_wal(dbf, key)
        )
        if walcheck.has_wal(dbf) and not stale:
            return walcheck.full_check_with_wal(dbf, key)
        return walcheck.diagnose(db.connect_readonly(dbf, key), stale=stale)
    finally:
        for i in range(len(key)):
            key[i] = 0


def settle_wal(data_dir: Path, key: bytes | bytearray) -> Path | None:
    """A leftover -wal that does not belong to the database is moved into backups/ before SQLite
    could apply it; one that belongs (a session cut short) is left for SQLite. Returns where a
    stale one went. Both damaged: VaultDamaged, and nothing is changed."""
    dbf = db_path(data_dir)
    if not walcheck.has_wal(dbf):
        return None
    alone, combined = walcheck.file_alone(dbf, key), walcheck.with_wal(dbf, key)
    if walcheck.wal_is_stale(alone, combined):
        ensure_private_dir(data_dir / BACKUP_DIR)
        return walcheck.set_aside_stale_wal(dbf, data_dir / BACKUP_DIR)
    if not combined.healthy:
        raise VaultDamaged(f"The journal database {dbf} is damaged, so nothing was changed; restore it from a backup.")
    return None


def _remove_stale_key_copy(data_dir: Path) -> None:
    """A crash between writing and renaming the key file leaves a wrapped copy behind; remove it."""
    try:
        (data_dir / f".{key_path(data_dir).name}.tmp").unlink()
    except FileNotFoundError:
        pass


def _remove_stale_backup_parts(folder: Path) -> None:
    """Half-written backups from a crash (encrypted, but useless and holding an old key file) are removed.

    Only our own temp names are touched; the instance lock keeps other writers away.
    """
    if not folder.is_dir():
        return
    import time

    for part in folder.glob(".*"):
        name = part.name
        if any(tag in name for tag in (".db-tmp", ".verify-tmp")) or name.endswith(".tmp"):
            try:
                # A backup of this very process may still be writing (lock, then unlock again
                # within seconds): only parts untouched for an hour are leftovers.
                if time.time() - part.stat().st_mtime > 3600:
                    part.unlink()
            except OSError:
                pass


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")
