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
from ipt_journal.vault import backup, db, keyfile, migrations
from ipt_journal.vault.atomic import FILE_MODE, ensure_private_dir
from ipt_journal.vault.errors import NoVault, VaultDamaged, VaultExists, VaultLocked


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
    if os.name != "posix" or not data_dir.exists():
        return
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
        """Make a new vault; returns it open, with the recovery code to show the member once."""
        ensure_private_dir(data_dir)
        check_folder_is_private(data_dir)
        if state(data_dir) is not VaultState.NONE:
            raise VaultExists(f"There is already a journal (or part of one) in {data_dir}.")
        key = bytearray(secrets.token_bytes(keyfile.KEY_BYTES))
        code = keyfile.new_recovery_code()
        kf = keyfile.create(bytes(key), passphrase, code, kdf)
        conn = db.connect(db_path(data_dir), key, create=True)
        try:
            os.chmod(db_path(data_dir), FILE_MODE)
            migrations.migrate(conn)
        except BaseException:
            conn.close()
            for p in data_dir.glob(DB_NAME + "*"):
                p.unlink()
            raise
        # The key file is written last: a crash before this leaves only a database
        # nobody can open, which the next create refuses to overwrite silently.
        keyfile.write(key_path(data_dir), kf)
        return cls(data_dir, conn, key, kf), code

    @classmethod
    def open(cls, data_dir: Path, *, passphrase: str | None = None, recovery_code: str | None = None) -> Vault:
        check_folder_is_private(data_dir)
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
        conn = db.connect(db_path(data_dir), key)
        vault = cls(data_dir, conn, key, kf)
        try:
            vault._migrate()
        except BaseException:
            vault.close()
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

    def close(self) -> None:
        """Checkpoint, close the connection and overwrite the key bytes we hold."""
        conn, self._conn = self._conn, None
        if conn is not None:
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

    def backups_dir(self) -> Path:
        return self.data_dir / BACKUP_DIR

    def backup_to(self, dest: Path, *, progress: backup.Progress | None = None) -> backup.BackupInfo:
        return backup.write_backup(self.conn, self._key, self._keyfile.to_bytes(), dest, progress=progress)

    def verify_own_backup(self, path: Path, expected: dict[str, int] | None = None) -> backup.BackupInfo:
        """Read back a backup this vault wrote, with the key it holds."""
        return backup.verify_backup_with_key(path, self._key, expected)

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
