"""The database copy inside a backup: every table and row, without the indexes, which a restore rebuilds.

The FTS5 search tables are derived data (vault/search_index.py) and were about two thirds of the
file; the ordinary indexes are derived too and cost a pass over every entry each to build. The copy
keeps their definitions in one small table so that reading the backup can make them again.
"""

from __future__ import annotations

import hashlib
import os
import re
import zipfile
from pathlib import Path

import sqlcipher3

from ipt_journal.vault import db, keyfile
from ipt_journal.vault.atomic import FILE_MODE
from ipt_journal.vault.errors import VaultDamaged
from ipt_journal.vault.progress import Cancelled, Progress

DEFINITIONS = "search_index_definitions"
_TABLE = re.compile(r'^CREATE TABLE ("?)(\w+)\1 ?\(')
_INDEX = re.compile(r'^CREATE (UNIQUE )?INDEX ("?)(\w+)\2 ON ')


def derived_tables(conn: sqlcipher3.Connection, schema: str = "main") -> set[str]:
    """The FTS5 tables of schema and the shadow tables SQLite keeps for them."""
    rows = conn.execute(f"SELECT name, sql FROM {schema}.sqlite_master WHERE type = 'table'").fetchall()
    virtual = {name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")}
    return virtual | {name for name, _sql in rows if any(name.startswith(f"{v}_") for v in virtual)}


def copy_without_indexes(conn: sqlcipher3.Connection, target: str) -> None:
    """Copy main into the attached, empty database `target`: its tables and their rows, and the
    definitions of its indexes and search indexes in place of the indexes themselves. The caller holds
    one read transaction over both (so the copy is of one moment), foreign keys off (the rows are
    copied as they are, which lets SQLite copy them whole), and sets user_version."""
    from ipt_journal.vault import search_index

    derived = derived_tables(conn)
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM main.sqlite_master ORDER BY rowid").fetchall()
    for kind, name, _table, sql in rows:
        if kind == "table" and sql and not name.startswith("sqlite_") and name not in derived:
            m = _TABLE.match(sql)
            if m is None or m.group(2) != name:
                raise db.DatabaseError(f"unexpected table definition for {name}")
            conn.execute(f"CREATE TABLE {target}." + sql[len("CREATE TABLE "):])  # stored as it was, unqualified
            conn.execute(f'INSERT INTO {target}."{name}" SELECT * FROM main."{name}"')
        elif kind in ("view", "trigger"):
            raise db.DatabaseError(f"the journal holds a {kind}, which a backup copy does not expect")
    conn.execute(f"CREATE TABLE {target}.{DEFINITIONS} (name TEXT PRIMARY KEY, sql TEXT NOT NULL, config TEXT NOT NULL)")
    indexes = [(name, sql, "{}") for kind, name, table, sql in rows if kind == "index" and sql and table not in derived]
    for name, sql, _config in indexes:
        m = _INDEX.match(sql)
        if m is None or m.group(3) != name:
            raise db.DatabaseError(f"unexpected index definition for {name}")
    conn.executemany(
        f"INSERT INTO {target}.{DEFINITIONS} (name, sql, config) VALUES (?,?,?)",
        indexes + search_index.definitions(conn),
    )


def rebuild_indexes(conn: sqlcipher3.Connection, key: bytes | bytearray, kf: keyfile.KeyFile, folder: Path) -> None:
    """Make the search indexes of a copy made without them, on conn (the copy, open with key).

    Everything is on disk in the file itself when this returns (the -wal checkpointed).
    """
    from ipt_journal.vault import search_index
    from ipt_journal.vault.vault import Vault

    copy = Vault(folder, conn, bytearray(key), kf)
    try:
        with copy.transaction():
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            for name, sql in conn.execute(f"SELECT name, sql FROM {DEFINITIONS} WHERE sql LIKE 'CREATE %INDEX %'").fetchall():
                m = _INDEX.match(sql or "")
                if m is None or m.group(3) != name or not re.match(r'"?(\w+)"? ?\(', sql[m.end():]):
                    raise ValueError("an index definition is not one of ours")
                if sql[m.end():].split("(")[0].strip().strip('"') not in tables:
                    raise ValueError("an index definition is not one of ours")
                conn.execute(sql)
            conn.execute(f"DELETE FROM {DEFINITIONS} WHERE sql LIKE 'CREATE %INDEX %'")
            search_index.put_back(copy)
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy is None or busy[0] != 0:
            raise db.DatabaseError("the rebuilt copy could not be checkpointed")
    finally:
        for i in range(len(copy._key)):  # noqa: SLF001 (our own copy of the key)
            copy._key[i] = 0  # noqa: SLF001


def cancellable(conn: sqlcipher3.Connection, progress: Progress | None) -> list[BaseException]:
    """Let `progress` stop long statements on conn; returns the list that holds a Cancelled, if one came."""
    stop: list[BaseException] = []
    if progress is None:
        return stop
    steps = [0]

    def tick() -> int:
        steps[0] += 1
        try:
            progress(steps[0], 0)
        except Cancelled as exc:  # cannot raise through SQLite: ask it to stop instead
            stop.append(exc)
            return 1
        return 0

    conn.set_progress_handler(tick, 20_000)
    return stop


# -- reading a copy back out of its archive ------------------------------------------------------


def extract_database(zf: zipfile.ZipFile, dest: Path, db_member: str = "journal.db", wal_member: str = "journal.db-wal") -> None:
    """The archive's database (and a -wal member, if one) written to dest; damage -> VaultDamaged."""
    members = [(db_member, dest)]
    if wal_member in zf.namelist():
        members.append((wal_member, Path(f"{dest}-wal")))
    try:
        for member, target in members:
            _extract_member(zf, member, target)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise VaultDamaged(f"The backup's database could not be read ({type(exc).__name__}).") from None


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


def search_index_missing(conn: sqlcipher3.Connection) -> bool:
    """True for a copy made without its search indexes (format 2), which must be rebuilt before use."""
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (DEFINITIONS,)
    ).fetchone()
    return row is not None


def member_digest(zf: zipfile.ZipFile, member: str) -> str:
    """SHA-256 of one archive member as read back (zipfile checks its CRC at the end); "" if unreadable."""
    got = hashlib.sha256()
    try:
        with zf.open(member) as src:
            while chunk := src.read(4 << 20):
                got.update(chunk)
    except (zipfile.BadZipFile, OSError, EOFError, KeyError):
        return ""
    return got.hexdigest()
