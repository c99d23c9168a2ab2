"""Checks that never change the vault: the database alone, and a leftover -wal judged on a copy.

SQLite applies any -wal it finds beside the database. One that does not belong (left from an
earlier moment, or copied back by hand) would overwrite newer pages with older ones. So a
non-empty -wal is first tried on a private copy: if the result is damaged, or holds fewer rows
in some table than the database alone, it is stale and is moved into backups/ (kept, never
deleted) instead of being applied. (A session cut short that only deleted rows is judged stale
too: its -wal is then kept in backups/, the deleted entries are back; nothing is lost.)
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlcipher3

from ipt_journal.vault import db
from ipt_journal.vault.errors import VaultDamaged

@dataclass(frozen=True)
class View:
    healthy: bool
    counts: dict[str, int]


def wal_of(db_file: Path) -> Path:
    return Path(f"{db_file}-wal")


def has_wal(db_file: Path) -> bool:
    try:
        return wal_of(db_file).stat().st_size > 0
    except OSError:
        return False


def _view(conn: sqlcipher3.Connection) -> View:
    from ipt_journal.vault.backup import table_counts

    try:
        healthy = db.quick_problems(conn) == []
        counts = table_counts(conn) if healthy else {}
    except db.DatabaseError:
        return View(False, {})
    return View(healthy, counts)


def _view_of(connect) -> View:  # type: ignore[no-untyped-def]
    """What a connection sees (closed afterwards); a file the key cannot open is simply unhealthy."""
    try:
        conn = connect()
    except VaultDamaged:
        return View(False, {})
    try:
        return _view(conn)
    finally:
        conn.close()


def file_alone(db_file: Path, key: bytes | bytearray) -> View:
    """The database file by itself, opened immutable: no -wal is read, nothing is written."""
    return _view_of(lambda: db.connect_readonly(db_file, key))


@contextmanager
def _private_copy(db_file: Path) -> Iterator[Path]:
    """The database and its -wal copied to a scratch folder (both stay encrypted), removed afterwards,
    so SQLite may read and checkpoint the -wal there without touching the journal itself."""
    scratch = Path(tempfile.mkdtemp(prefix="ipt-journal-check-"))
    try:
        copy = scratch / "journal.db"
        shutil.copyfile(db_file, copy)
        shutil.copyfile(wal_of(db_file), wal_of(copy))
        yield copy
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def with_wal(db_file: Path, key: bytes | bytearray) -> View:
    """The database as SQLite would see it with its -wal, judged on a private copy."""
    with _private_copy(db_file) as copy:
        return _view_of(lambda: db.connect(copy, key))


def diagnose(conn, *, stale: bool, checkpoint: bool = False):  # type: ignore[no-untyped-def]
    """The full checks on an open connection, which is closed afterwards: a Diagnosis."""
    from ipt_journal.vault.vault import Diagnosis

    try:
        problems = db.integrity_problems(conn, checkpoint=checkpoint)
        entries = int(conn.execute("SELECT count(*) FROM entries").fetchone()[0]) if not problems else 0
    except db.DatabaseError as exc:
        problems, entries = [f"check failed: {exc}"], 0
    finally:
        conn.close()
    return Diagnosis(problems, entries, stale)


def full_check_with_wal(db_file: Path, key: bytes | bytearray):  # type: ignore[no-untyped-def]
    """verify with a -wal that belongs: the full checks, on a private copy (checkpointed there only)."""
    from ipt_journal.vault.vault import Diagnosis

    with _private_copy(db_file) as copy:
        try:
            conn = db.connect(copy, key)
        except VaultDamaged as exc:
            return Diagnosis([str(exc)], 0, False)
        return diagnose(conn, stale=False, checkpoint=True)


def wal_is_stale(alone: View, combined: View) -> bool:
    if not combined.healthy:
        return alone.healthy
    # Applying it would drop rows the file alone holds: it is from an earlier moment.
    return alone.healthy and any(combined.counts.get(t, 0) < n for t, n in alone.counts.items())


def set_aside_stale_wal(db_file: Path, backups: Path) -> Path:
    """Move a stale -wal (and its -shm) into backups/ under a dated name: kept, but no longer applied."""
    dest = backups / f"stale-wal-{datetime.now():%Y%m%d-%H%M%S}-{os.getpid()}.db-wal"
    os.replace(wal_of(db_file), dest)
    try:
        os.unlink(f"{db_file}-shm")
    except FileNotFoundError:
        pass
    return dest
