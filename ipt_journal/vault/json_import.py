"""The JSON import: our own export read back, exactly into an empty vault or merged by uid into one in use.

Streamed: each row is checked and inserted as it is read (vault/json_stream.py), so memory stays small
whatever the file's size. One transaction: any problem raises ImportFailed and nothing is imported.
"""

from __future__ import annotations

import base64
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from ipt_journal.vault import import_files, migrations, search_index
from ipt_journal.vault.import_files import FIRST_YEAR, LAST_YEAR, QT_TRANSLATE_NOOP, ImportFailed, _fail, open_regular
from ipt_journal.vault.json_export import FORMAT, VERSION
from ipt_journal.vault.json_stream import JsonStream
from ipt_journal.vault.progress import Progress
from ipt_journal.vault.tables import TableInfo, exportable_tables, is_empty, q, table_info
from ipt_journal.vault.vault import Vault

MAX_TEXT = 10 * 1024 * 1024  # one value
MAX_ROW_CHARS = 6 * MAX_TEXT  # one row as written (escapes make text longer), read whole
BATCH = 500  # progress is reported (and a Cancel honoured) every this many rows


def _uncell(value: object, path: Path) -> object:
    if value is None:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        if not -(2**63) <= value < 2**63:
            raise _fail(path, QT_TRANSLATE_NOOP("ImportProblems", "it holds a number too large for the journal"))
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(path, QT_TRANSLATE_NOOP("ImportProblems", "it holds a number that is not finite"))
        return value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, str):
        if len(value) > MAX_TEXT:
            raise _fail(path, QT_TRANSLATE_NOOP("ImportProblems", "one of its texts is too long"))
        return value
    if isinstance(value, dict) and set(value) == {"base64"} and isinstance(value["base64"], str):
        try:
            return base64.b64decode(value["base64"], validate=True)
        except ValueError:
            raise _fail(path, QT_TRANSLATE_NOOP("ImportProblems", "it holds a damaged binary value")) from None
    raise _fail(path, QT_TRANSLATE_NOOP("ImportProblems", "it holds a value of the wrong type"))


def _out_of_shape(path: Path, name: object) -> ImportFailed:
    return _fail(
        path, QT_TRANSLATE_NOOP("ImportProblems", "its table {table} is not in the expected shape"), table=str(name)[:40]
    )


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


def _check_header(header: dict[str, Any], path: Path, conn: sqlcipher3.Connection) -> None:
    if header.get("format") != FORMAT:
        raise _fail(path, QT_TRANSLATE_NOOP("ImportProblems", "it is not an IPT Journal export"))
    if header.get("version") != VERSION:
        raise _fail(path, QT_TRANSLATE_NOOP("ImportProblems", "it was made by a different version of IPT Journal"))
    schema = header.get("schema_version")
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        raise _fail(path, QT_TRANSLATE_NOOP("ImportProblems", "its schema version is missing"))
    if schema > migrations.current_version(conn):
        raise _fail(
            path, QT_TRANSLATE_NOOP("ImportProblems", "it was made by a newer version of IPT Journal; please update the app")
        )


@dataclass
class _Table:
    """One table of the document as it is read: its columns checked, its rows going in one by one."""

    info: TableInfo
    columns: list[str]
    dates: list[int]  # the places of the *_at columns
    insert_sql: str
    rows: int = 0
    added: int = 0
    skipped: int = 0


@dataclass
class _Importer:
    """Takes a document's tables and rows in order and puts them in the vault (the caller's transaction)."""

    vault: Vault
    path: Path
    progress: Progress | None
    size: int  # for progress: the file's bytes (or the rows of a document in memory)
    empty: bool = False
    known: list[str] = field(default_factory=list)
    seen: list[str] = field(default_factory=list)
    new_ids: dict[str, list[int]] = field(default_factory=dict)
    id_maps: dict[str, dict[object, object]] = field(default_factory=dict)
    dropped: dict[str, set[object]] = field(default_factory=dict)
    added: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    rows: int = 0

    def __post_init__(self) -> None:
        self.conn = self.vault.conn
        self.empty = is_empty(self.vault)
        self.known = exportable_tables(self.conn)

    def table(self, name: object, columns: object) -> _Table:
        path = self.path
        if name not in self.known:
            raise _fail(
                path, QT_TRANSLATE_NOOP("ImportProblems", "it has a table this version does not know ({table})"),
                table=str(name)[:40],
            )
        assert isinstance(name, str)
        if name in self.seen:
            raise _fail(path, QT_TRANSLATE_NOOP("ImportProblems", "its table {table} is there twice"), table=name)
        if not isinstance(columns, list):
            raise _out_of_shape(path, name)
        info = table_info(self.conn, name)
        if not all(isinstance(c, str) for c in columns) or len(set(columns)) != len(columns):
            raise _fail(path, QT_TRANSLATE_NOOP("ImportProblems", "its table {table} has damaged column names"), table=name)
        if not set(columns) <= set(info.columns):
            raise _fail(
                path, QT_TRANSLATE_NOOP("ImportProblems", "its table {table} has columns this version does not know"),
                table=name,
            )
        if not self.empty and any(fk.parent in self.known and fk.parent != name and fk.parent not in self.seen
                                  for fk in info.fks):
            # Merging translates ids parent first; our exports always list parents first.
            raise _fail(
                path, QT_TRANSLATE_NOOP("ImportProblems", "its table {table} comes before a table it belongs to"), table=name
            )
        self.seen.append(name)
        sql = f"INSERT INTO {q(name)} ({', '.join(q(c) for c in columns)}) VALUES ({', '.join('?' * len(columns))})"
        return _Table(info, columns, [i for i, c in enumerate(columns) if c.endswith("_at")], sql)

    def row(self, table: _Table, raw: object) -> None:
        name = table.info.name
        if not isinstance(raw, list) or len(raw) != len(table.columns):
            raise _fail(
                self.path, QT_TRANSLATE_NOOP("ImportProblems", "a row of its table {table} is not in the expected shape"),
                table=name,
            )
        row = [_uncell(v, self.path) for v in raw]
        table.rows += 1
        self._check_dates(table, row)
        if self.empty:
            self.conn.execute(table.insert_sql, row)
            table.added += 1
            alias = table.info.rowid_alias
            if alias and alias in table.columns:
                self.new_ids.setdefault(name, []).append(int(row[table.columns.index(alias)]))  # type: ignore[call-overload]
        else:
            self._merge(table, row)
        self.rows += 1
        if self.rows % BATCH == 0:
            self.report()

    def _check_dates(self, table: _Table, row: list[object]) -> None:
        """Our own export: every *_at column (entries, goals, sessions…) in the accepted years."""
        for c in table.dates:
            value = row[c]
            if isinstance(value, str) and value:
                try:
                    when = datetime.fromisoformat(value)
                except ValueError:
                    continue  # a value of the wrong kind is refused when the rows are read back
                if not FIRST_YEAR <= when.year <= LAST_YEAR:
                    raise _fail(
                        self.path, QT_TRANSLATE_NOOP("ImportProblems", "row {row} of its table {table} is dated {date}, "
                                                      "outside the years {first}-{last} this app accepts"),
                        row=table.rows, table=table.info.name, date=when.date().isoformat(),
                        first=FIRST_YEAR, last=LAST_YEAR,
                    )

    def end_table(self, table: _Table) -> None:
        name = table.info.name
        self.added[name] = self.added.get(name, 0) + table.added
        if not self.empty:
            self.skipped[name] = self.skipped.get(name, 0) + table.skipped
            self.new_ids.setdefault(name, [])
        self.report()

    def report(self, done: int | None = None) -> None:
        if self.progress:
            self.progress(self.rows if done is None else done, self.size)

    def finish(self) -> ImportReport:
        if self.conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise _fail(self.path, QT_TRANSLATE_NOOP("ImportProblems", "its rows point at records that are not there"))
        rebuild_search(self.vault, self.new_ids)
        return ImportReport(self.added, self.skipped)

    def _merge(self, table: _Table, row: list[object]) -> None:
        """Add a row that is not already there.

        Rows with a uid already in the vault are skipped, and so are rows that belong
        to a skipped row (a foreign key to it). Integer ids are given anew and every
        foreign key pointing at them is translated.
        """
        info, conn = table.info, self.conn
        t = info.name
        my_map = self.id_maps.setdefault(t, {})
        my_dropped = self.dropped.setdefault(t, set())
        key_col = info.rowid_alias or (info.pk[0] if len(info.pk) == 1 else None)
        values = dict(zip(table.columns, row))
        old_key = values.get(key_col) if key_col else None
        skip = False
        for fk in info.fks:
            if fk.column in values and values[fk.column] is not None:
                old = values[fk.column]
                if old in self.dropped.get(fk.parent, set()):
                    skip = True
                    break
                values[fk.column] = self.id_maps.get(fk.parent, {}).get(old, old)
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
            table.skipped += 1
            return
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
            table.added += 1
            if info.rowid_alias:
                new_id = int(cur.lastrowid)
                if old_key is not None:
                    my_map[old_key] = new_id
                self.new_ids.setdefault(t, []).append(new_id)
        else:
            # Already there by another unique key (a tag of the same name, a setting):
            # keep the member's current row and point children at it.
            table.skipped += 1
            if info.rowid_alias and old_key is not None:
                existing = _find_by_unique(conn, info, values)
                if existing is not None:
                    my_map[old_key] = existing


def _import(vault: Vault, path: Path, read: Any, importer_size: int, progress: Progress | None) -> ImportReport:
    """Run one import in one transaction; read(importer) drives the importer through the document."""
    try:
        with vault.transaction() as tx:
            tx.execute("PRAGMA defer_foreign_keys = ON")
            importer = _Importer(vault, path, progress, importer_size)
            read(importer)
            return importer.finish()
    except sqlcipher3.IntegrityError:
        raise _fail(
            path, QT_TRANSLATE_NOOP("ImportProblems", "a value in it breaks a rule of the journal "
                                    "(a duplicate or a missing field)")
        ) from None
    except sqlcipher3.DatabaseError:
        raise _fail(path, QT_TRANSLATE_NOOP("ImportProblems", "its rows do not fit this journal")) from None
    except (TypeError, ValueError, AttributeError, KeyError):
        # A cell of the wrong kind (an id that is not a number, a date that is not a date, bytes
        # where text belongs) shows when the rows are read back to rebuild search; the
        # transaction has been rolled back by then.
        raise _fail(
            path, QT_TRANSLATE_NOOP("ImportProblems", "a value in it is not of the kind the journal expects")
        ) from None


def _read_stream(stream: JsonStream, importer: _Importer) -> None:
    """Our export's layout: {"format", "version", "schema_version", "exported_at", "tables": {name: {"columns", "rows"}}}."""
    path = importer.path
    if stream.peek() != "{":
        raise _fail(path, QT_TRANSLATE_NOOP("ImportProblems", "it is not an IPT Journal export"))
    header: dict[str, Any] = {}
    tables_read = False
    for key in stream.members():
        if key != "tables" or tables_read:
            value = stream.value()
            if not tables_read:
                header[key] = value
            elif key == "tables":
                raise _fail(path, QT_TRANSLATE_NOOP("ImportProblems", "its list of tables is there twice"))
            continue
        _check_header(header, path, importer.conn)
        if stream.peek() != "{":
            raise _fail(path, QT_TRANSLATE_NOOP("ImportProblems", "its list of tables is missing"))
        for name in stream.members():
            if stream.peek() != "{":
                raise _out_of_shape(path, name)
            table = None
            for part in stream.members():
                if part == "columns" and table is None:
                    table = importer.table(name, stream.value())
                elif part == "rows" and table is not None:
                    if stream.peek() != "[":
                        raise _out_of_shape(path, name)
                    for raw in stream.items():
                        importer.row(table, raw)
                    importer.end_table(table)
                    table = None
                    name = None  # its rows are in; a second "rows" is out of shape
                elif part in ("columns", "rows"):
                    raise _out_of_shape(path, name)
                else:
                    stream.value()  # a field a later version may add
            if table is not None or name is not None:  # columns without rows, or neither
                raise _out_of_shape(path, name)
            importer.report(stream.bytes_read)
        tables_read = True
    stream.end()
    if not tables_read:
        _check_header(header, path, importer.conn)
        raise _fail(path, QT_TRANSLATE_NOOP("ImportProblems", "its list of tables is missing"))


def import_json(vault: Vault, path: Path, *, progress: Progress | None = None) -> ImportReport:
    """Import our JSON export: exactly into an empty vault, or merged (by uid) into one in use.

    Read as it is imported, a row at a time; progress is (bytes read, file size). One transaction:
    any problem raises ImportFailed and nothing is imported.
    """
    cap = import_files.MAX_IMPORT_BYTES
    with open_regular(path, cap) as (fd, st):
        stream = JsonStream(fd, path, cap, MAX_ROW_CHARS)
        return _import(vault, path, lambda importer: _read_stream(stream, importer), st.st_size, progress)


def import_document(vault: Vault, doc: Any, path: Path, *, progress: Progress | None = None) -> ImportReport:
    """The same import from a document already in memory (a parsed export)."""

    def read(importer: _Importer) -> None:
        if not isinstance(doc, dict):
            raise _fail(path, QT_TRANSLATE_NOOP("ImportProblems", "it is not an IPT Journal export"))
        _check_header(doc, path, importer.conn)
        tables = doc.get("tables")
        if not isinstance(tables, dict):
            raise _fail(path, QT_TRANSLATE_NOOP("ImportProblems", "its list of tables is missing"))
        order = {t: i for i, t in enumerate(importer.known)}  # parents first, as an export lists them
        for name, body in sorted(tables.items(), key=lambda kv: order.get(kv[0], -1)):
            if not isinstance(body, dict) or not isinstance(body.get("rows"), list):
                raise _out_of_shape(path, name)
            table = importer.table(name, body.get("columns"))
            for raw in body["rows"]:
                importer.row(table, raw)
            importer.end_table(table)

    return _import(vault, path, read, 0, progress)


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


