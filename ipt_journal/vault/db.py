"""Opening a SQLCipher connection with a raw key, and refusing anything weaker than we expect."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

from ipt_journal.vault.errors import VaultDamaged, WeakSetup

DatabaseError = sqlcipher3.DatabaseError


def _pragma(conn: sqlcipher3.Connection, sql: str) -> object:
    row = conn.execute(sql).fetchone()
    return row[0] if row else None


def connect(path: Path, key: bytes | bytearray, *, create: bool = False) -> sqlcipher3.Connection:
    """Open the database at path with the raw 256-bit key and apply our pragmas.

    Raises VaultDamaged when the file cannot be read with this key (wrong file,
    damaged header or page) and WeakSetup when SQLCipher is not what we require.
    """
    if not create and not path.exists():
        raise VaultDamaged(f"The journal database {path} is missing; restore it from a backup.")
    if not create and path.stat().st_size == 0:
        raise VaultDamaged(f"The journal database {path} is empty or damaged; restore it from a backup.")
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        _key(conn, key, path)
        check_setup(conn)
        return conn
    except BaseException:
        conn.close()
        raise


def _key(conn: sqlcipher3.Connection, key: bytes | bytearray, path: Path) -> None:
    """Key the connection (the very first statement on it) and prove the key opens the file."""
    conn.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute("PRAGMA temp_store = MEMORY")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError:
        raise VaultDamaged(
            f"The journal database {path} is damaged or does not belong to this key file; "
            "restore it from a backup."
        ) from None


def connect_readonly(path: Path, key: bytes | bytearray) -> sqlcipher3.Connection:
    """The database file alone, opened immutable: SQLite reads no -wal, writes nothing, makes no -shm."""
    if not path.exists() or path.stat().st_size == 0:
        raise VaultDamaged(f"The journal database {path} is missing or empty; restore it from a backup.")
    from urllib.parse import quote

    conn = sqlcipher3.connect(f"file:{quote(str(path))}?immutable=1", uri=True, isolation_level=None, check_same_thread=False)
    try:
        _key(conn, key, path)
        return conn
    except BaseException:
        conn.close()
        raise


def check_setup(conn: sqlcipher3.Connection) -> None:
    version = str(_pragma(conn, "PRAGMA cipher_version") or "")
    if not version.startswith("4."):
        raise WeakSetup("This copy of SQLCipher is not version 4, so IPT Journal will not use it.")
    conn.execute("PRAGMA temp_store = MEMORY")
    mode = _pragma(conn, "PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    checks = {
        "temp_store": (_pragma(conn, "PRAGMA temp_store"), 2),
        "journal_mode": (str(mode).lower(), "wal"),
        "synchronous": (_pragma(conn, "PRAGMA synchronous"), 2),
        "foreign_keys": (_pragma(conn, "PRAGMA foreign_keys"), 1),
        "secure_delete": (_pragma(conn, "PRAGMA secure_delete"), 1),
    }
    for name, (got, want) in checks.items():
        if got != want:
            raise WeakSetup(f"The database setting {name} could not be made safe, so the journal was not opened.")


def quick_problems(conn: sqlcipher3.Connection) -> list[str]:
    """SQLite's quick_check: reads every page of every table (so SQLCipher checks each page's HMAC)
    without the slower index cross-checks. Run before anything writes; empty means healthy."""
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
    except DatabaseError as exc:
        return [f"check failed: {exc}"]
    return [] if rows == ["ok"] else [f"quick: {r}" for r in rows[:20]]


def page_problems(conn: sqlcipher3.Connection) -> list[str]:
    """SQLCipher's page check: every page of the file against its HMAC, without parsing the tables.

    Any changed byte of journal.db shows here. About 0.5 s at 10,000 entries (bench figures in
    SECURITY.md), so it runs before command-line writes and off the UI thread after unlock.
    """
    try:
        rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    except DatabaseError as exc:
        return [f"check failed: {exc}"]
    return [f"cipher: {r[0]}" for r in rows[:20]]


def integrity_problems(conn: sqlcipher3.Connection, *, checkpoint: bool = False) -> list[str]:
    """Run SQLite's and SQLCipher's integrity checks; an empty list means healthy.

    checkpoint=True only on a private copy (a backup being checked): on the live vault a
    checkpoint would write what is being diagnosed. SQLCipher's page check reads the file
    itself, so without a checkpoint pages still in the -wal are checked by integrity_check only.
    """
    problems: list[str] = []
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            problems.extend(f"integrity: {r}" for r in rows[:20])
        if checkpoint:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        problems.extend(f"cipher: {r[0]}" for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()[:20])
    except DatabaseError as exc:
        problems.append(f"check failed: {exc}")
    return problems
