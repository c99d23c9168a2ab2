"""The JSON import: our own export read back, exactly into an empty vault or merged by uid into one in use.

One transaction: any problem raises ImportFailed and nothing is imported.
"""

from __future__ import annotations

import base64
import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from ipt_journal.vault import migrations, search_index
from ipt_journal.vault.import_files import FIRST_YEAR, LAST_YEAR, _fail, read_json_file
from ipt_journal.vault.json_export import FORMAT, VERSION
from ipt_journal.vault.progress import Progress
from ipt_journal.vault.tables import TableInfo, exportable_tables, is_empty, q, table_info
from ipt_journal.vault.vault import Vault

MAX_TEXT = 10 * 1024 * 1024  # one value


def _check_stored_dates(name: str, columns: list[str], rows: list[list[object]], path: Path) -> None:
    """Our own export: every *_at column of every row (entries, goals, sessions…) in the accepted years."""
    for c, col in enumerate(columns):
        if not col.endswith("_at"):
            continue
        for r, row in enumerate(rows, 1):
            value = row[c]
            if isinstance(value, str) and value:
                try:
                    when = datetime.fromisoformat(value)
                except ValueError:
                    continue  # a value of the wrong kind is refused when the rows are read back
                if not FIRST_YEAR <= when.year <= LAST_YEAR:
                    raise _fail(
                        path, f"row {r} of its table {name} is dated {when.date().isoformat()}, outside the years "
                        f"{FIRST_YEAR}-{LAST_YEAR} this app accepts"
                    )



def _uncell(value: object, path: Path) -> object:
    if value is None:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        if not -(2**63) <= value < 2**63:
            raise _fail(path, "it holds a number too large for the journal")
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(path, "it holds a number that is not finite")
        return value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, str):
        if len(value) > MAX_TEXT:
            raise _fail(path, "one of its texts is too long")
        return value
    if isinstance(value, dict) and set(value) == {"base64"} and isinstance(value["base64"], str):
        try:
            return base64.b64decode(value["base64"], validate=True)
        except ValueError:
            raise _fail(path, "it holds a damaged binary value") from None
    raise _fail(path, "it holds a value of the wrong type")


@dataclass(frozen=True)
class ImportReport:
    added: dict[str, int]
    skipped: dict[str, int]

    @property
    def entries_added(self) -> int:
        return self.added.get("entries", 0)

    @property
    def entries_skipped(self) -> int:
        return self.skipped.get("entries", 0)


def _validate_document(doc: Any, path: Path, conn: sqlcipher3.Connection) -> dict[str, tuple[list[str], list[list[object]]]]:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise _fail(path, "it is not an IPT Journal export")
    if doc.get("version") != VERSION:
        raise _fail(path, "it was made by a different version of IPT Journal")
    schema = doc.get("schema_version")
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        raise _fail(path, "its schema version is missing")
    if schema > migrations.current_version(conn):
        raise _fail(path, "it was made by a newer version of IPT Journal; please update the app")
    tables = doc.get("tables")
    if not isinstance(tables, dict):
        raise _fail(path, "its list of tables is missing")
    known = set(exportable_tables(conn))
    out: dict[str, tuple[list[str], list[list[object]]]] = {}
    for name, body in tables.items():
        if name not in known:
            raise _fail(path, f"it has a table this version does not know ({str(name)[:40]})")
        if not isinstance(body, dict) or not isinstance(body.get("columns"), list) or not isinstance(body.get("rows"), list):
            raise _fail(path, f"its table {name} is not in the expected shape")
        columns = body["columns"]
        have = set(table_info(conn, name).columns)
        if not all(isinstance(c, str) for c in columns) or len(set(columns)) != len(columns):
            raise _fail(path, f"its table {name} has damaged column names")
        if not set(columns) <= have:
            raise _fail(path, f"its table {name} has columns this version does not know")
        rows = []
        for row in body["rows"]:
            if not isinstance(row, list) or len(row) != len(columns):
                raise _fail(path, f"a row of its table {name} is not in the expected shape")
            rows.append([_uncell(v, path) for v in row])
        _check_stored_dates(name, columns, rows, path)
        out[name] = (columns, rows)
    return out



def import_json(vault: Vault, path: Path, *, progress: Progress | None = None) -> ImportReport:
    """Import our JSON export: exactly into an empty vault, or merged (by uid) into one in use.

    One transaction: any problem raises ImportFailed and nothing is imported.
    """
    doc = read_json_file(path)
    return import_document(vault, doc, path, progress=progress)


def import_document(vault: Vault, doc: Any, path: Path, *, progress: Progress | None = None) -> ImportReport:
    conn = vault.conn
    data = _validate_document(doc, path, conn)
    order = [t for t in exportable_tables(conn) if t in data]
    total = sum(len(rows) for _c, rows in data.values())
    empty = is_empty(vault)
    added: dict[str, int] = {}
    skipped: dict[str, int] = {}
    try:
        with vault.transaction() as tx:
            tx.execute("PRAGMA defer_foreign_keys = ON")
            done = 0
            new_ids: dict[str, list[int]] = {}
            id_maps: dict[str, dict[object, object]] = {}
            dropped: dict[str, set[object]] = {}
            for t in order:
                columns, rows = data[t]
                info = table_info(tx, t)
                if empty:
                    sql = f"INSERT INTO {q(t)} ({', '.join(q(c) for c in columns)}) VALUES ({', '.join('?' * len(columns))})"
                    for row in rows:
                        tx.execute(sql, row)
                    added[t] = len(rows)
                    if info.rowid_alias and info.rowid_alias in columns:
                        at = columns.index(info.rowid_alias)
                        new_ids[t] = [int(r[at]) for r in rows]  # type: ignore[call-overload]
                else:
                    a, s, ids = _merge_table(tx, info, columns, rows, id_maps, dropped)
                    added[t], skipped[t] = a, s
                    new_ids[t] = ids
                done += len(rows)
                if progress:
                    progress(done, total)
            bad = tx.execute("PRAGMA foreign_key_check").fetchone()
            if bad is not None:
                raise _fail(path, "its rows point at records that are not there")
            rebuild_search(vault, new_ids)
    except sqlcipher3.IntegrityError:
        raise _fail(path, "a value in it breaks a rule of the journal (a duplicate or a missing field)") from None
    except sqlcipher3.DatabaseError:
        raise _fail(path, "its rows do not fit this journal") from None
    except (TypeError, ValueError, AttributeError, KeyError):
        # A cell of the wrong kind (an id that is not a number, a date that is not a date, bytes
        # where text belongs) shows when the rows are read back to rebuild search; the
        # transaction has been rolled back by then.
        raise _fail(path, "a value in it is not of the kind the journal expects") from None
    return ImportReport(added, skipped)


def _merge_table(
    conn: sqlcipher3.Connection,
    info: TableInfo,
    columns: list[str],
    rows: list[list[object]],
    id_maps: dict[str, dict[object, object]],
    dropped: dict[str, set[object]],
) -> tuple[int, int, list[int]]:
    """Add rows that are not already there. Returns (added, skipped, new rowids).

    Rows with a uid already in the vault are skipped, and so are rows that belong
    to a skipped row (a foreign key to it). Integer ids are given anew and every
    foreign key pointing at them is translated.
    """
    t = info.name
    my_map = id_maps.setdefault(t, {})
    my_dropped = dropped.setdefault(t, set())
    added = skipped = 0
    new_ids: list[int] = []
    key_col = info.rowid_alias or (info.pk[0] if len(info.pk) == 1 else None)
    for row in rows:
        values = dict(zip(columns, row))
        old_key = values.get(key_col) if key_col else None
        skip = False
        for fk in info.fks:
            if fk.column in values and values[fk.column] is not None:
                old = values[fk.column]
                if old in dropped.get(fk.parent, set()):
                    skip = True
                    break
                values[fk.column] = id_maps.get(fk.parent, {}).get(old, old)
        if not skip and "uid" in values and values["uid"] is not None:
            found = conn.execute(
                f"SELECT {q(key_col) if key_col else '1'} FROM {q(t)} WHERE uid = ?", (values["uid"],)
            ).fetchone()
            if found is not None:
                skip = True
                if old_key is not None:
                    my_map[old_key] = found[0]
        if skip:
            if old_key is not None:
                my_dropped.add(old_key)
            skipped += 1
            continue
        if info.rowid_alias and info.rowid_alias in values:
            values.pop(info.rowid_alias)
        cols = list(values)
        cur = conn.execute(
            # ON CONFLICT DO NOTHING covers uniqueness only (unlike OR IGNORE, which would also
            # drop a row breaking a CHECK or NOT NULL rule without a word).
            f"INSERT INTO {q(t)} ({', '.join(q(c) for c in cols)}) VALUES ({', '.join('?' * len(cols))}) "
            "ON CONFLICT DO NOTHING",
            [values[c] for c in cols],
        )
        if cur.rowcount == 1:
            added += 1
            if info.rowid_alias:
                new_id = int(cur.lastrowid)
                if old_key is not None:
                    my_map[old_key] = new_id
                new_ids.append(new_id)
        else:
            # Already there by another unique key (a tag of the same name, a setting):
            # keep the member's current row and point children at it.
            skipped += 1
            if info.rowid_alias and old_key is not None:
                existing = _find_by_unique(conn, info, values)
                if existing is not None:
                    my_map[old_key] = existing
    return added, skipped, new_ids


def _find_by_unique(conn: sqlcipher3.Connection, info: TableInfo, values: dict[str, object]) -> object | None:
    for cols in info.unique_sets:
        if all(c in values for c in cols):
            where = " AND ".join(f"{q(c)} = ?" for c in cols)
            row = conn.execute(
                f"SELECT {q(info.rowid_alias or 'rowid')} FROM {q(info.name)} WHERE {where}", [values[c] for c in cols]
            ).fetchone()
            if row is not None:
                return row[0]
    return None


def reindex_entries(vault: Vault, entry_ids: Iterable[int]) -> None:
    """(Re)build the search index rows of these entries from the stored entries."""
    with vault.transaction():
        search_index.reindex(vault, {"entries": list(entry_ids)})


def rebuild_search(vault: Vault, new_ids: dict[str, list[int]]) -> None:
    search_index.reindex(vault, new_ids)


