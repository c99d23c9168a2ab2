"""The database copy inside a backup: every table and row, without the indexes, which a restore rebuilds.

The FTS5 search tables are derived data (vault/search_index.py) and were about two thirds of the
file; the ordinary indexes are derived too and cost a pass over every entry each to build. The copy
keeps their definitions in one small table so that reading the backup can make them again.
"""

from __future__ import annotations

import re
from pathlib import Path

import sqlcipher3

from ipt_journal.vault import db, keyfile

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
