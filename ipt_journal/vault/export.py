"""Plain exports of the vault: a table-driven JSON document (for moving and merging) and Markdown.

The JSON export reads the table list from sqlite_master, so tables added by later
migrations are included without touching this module. Full-text tables (and their
shadow tables) are left out and rebuilt from the entries on import.
Every export is written atomically straight to its target; nothing plain goes elsewhere.
"""

from __future__ import annotations

import base64
import json
import math
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import sqlcipher3

from ipt_journal.domain.agenda import OUTCOME_WORDS
from ipt_journal.domain.entries import FORMS, Entry, TimelineFilter
from ipt_journal.domain.goals import HORIZON_LABELS, SECTION_TITLES, STATUS_LABELS, section_of
from ipt_journal.vault import migrations, search_index
from ipt_journal.vault.agenda import AgendaRepository, SessionRepository
from ipt_journal.vault.targets import requested_file, write_requested
from ipt_journal.vault.errors import NotFound, VaultError
from ipt_journal.vault.goals import GoalRepository
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.people import with_people
from ipt_journal.vault.progress import Cancelled, Progress  # noqa: F401 (re-exported)
from ipt_journal.vault.vault import Vault

FORMAT = "ipt-journal-export"
VERSION = 1
MAX_IMPORT_BYTES = 256 * 1024 * 1024
MAX_TEXT = 10 * 1024 * 1024  # one value




class ImportFailed(VaultError):
    """A file to import was rejected; nothing was imported. str() names the file and the problem."""


# -- the tables ---------------------------------------------------------------


def _virtual_tables(conn: sqlcipher3.Connection) -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND upper(sql) LIKE 'CREATE VIRTUAL TABLE%'"
        )
    ]


def exportable_tables(conn: sqlcipher3.Connection) -> list[str]:
    """Every ordinary table, parents before children (foreign keys), without FTS tables and their shadows."""
    virtual = _virtual_tables(conn)
    names = [
        r[0]
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    ]
    tables = [n for n in names if n not in virtual and not any(n.startswith(v + "_") for v in virtual)]
    return _parents_first(conn, tables)


def _parents_first(conn: sqlcipher3.Connection, tables: list[str]) -> list[str]:
    deps = {t: {fk.parent for fk in foreign_keys(conn, t) if fk.parent in tables and fk.parent != t} for t in tables}
    ordered: list[str] = []
    while deps:
        ready = sorted(t for t, d in deps.items() if not d - set(ordered))
        if not ready:  # a cycle: keep the rest alphabetical (foreign keys are deferred on import anyway)
            ready = sorted(deps)
        for t in ready:
            ordered.append(t)
            deps.pop(t)
    return ordered


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@dataclass(frozen=True)
class ForeignKey:
    parent: str
    column: str  # in the child
    parent_column: str


@dataclass
class TableInfo:
    name: str
    columns: list[str]
    pk: list[str]
    rowid_alias: str | None  # an INTEGER PRIMARY KEY column
    fks: list[ForeignKey] = field(default_factory=list)
    unique_sets: list[list[str]] = field(default_factory=list)
    without_rowid: bool = False


def foreign_keys(conn: sqlcipher3.Connection, table: str) -> list[ForeignKey]:
    out = []
    for r in conn.execute(f"PRAGMA foreign_key_list({_q(table)})"):
        # (id, seq, table, from, to, on_update, on_delete, match)
        out.append(ForeignKey(r[2], r[3], r[4] or "id"))
    return out


def table_info(conn: sqlcipher3.Connection, table: str) -> TableInfo:
    rows = conn.execute(f"PRAGMA table_info({_q(table)})").fetchall()  # cid, name, type, notnull, dflt, pk
    columns = [r[1] for r in rows]
    pk = [r[1] for r in sorted((r for r in rows if r[5]), key=lambda r: r[5])]
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE type='table' AND name=?", (table,)).fetchone()[0] or ""
    without_rowid = bool(re.search(r"WITHOUT\s+ROWID\s*$", sql.strip(), re.IGNORECASE))
    alias = None
    if len(pk) == 1 and not without_rowid:
        ptype = next(r[2] for r in rows if r[1] == pk[0])
        if ptype.upper() == "INTEGER":
            alias = pk[0]
    uniques = []
    for idx in conn.execute(f"PRAGMA index_list({_q(table)})").fetchall():  # seq, name, unique, origin, partial
        if idx[2] and not idx[4]:
            cols = [c[2] for c in conn.execute(f"PRAGMA index_info({_q(idx[1])})").fetchall()]
            if cols and all(c is not None for c in cols):
                uniques.append(cols)
    return TableInfo(table, columns, pk, alias, foreign_keys(conn, table), uniques, without_rowid)


def _order_by(info: TableInfo) -> str:
    if info.pk:
        return ", ".join(_q(c) for c in info.pk)
    return "rowid"


# -- JSON export ----------------------------------------------------------------


def _cell(value: object) -> object:
    if isinstance(value, bytes):
        return {"base64": base64.b64encode(value).decode("ascii")}
    return value


BATCH = 500  # progress is reported every this many rows (and at the end of each table)
WRITE_CHARS = 1 << 16  # text gathered before it is encoded and written


@dataclass
class _Snapshot:
    """The tables of one consistent read of the vault, read a row at a time."""

    conn: sqlcipher3.Connection
    tables: list[str]
    infos: dict[str, TableInfo]
    total: int
    schema: int
    progress: Progress | None = None
    done: int = 0

    def rows(self, table: str) -> Iterator[list[object]]:
        """The rows of one table in key order, as JSON-ready cells, read one at a time.

        Progress is reported after every BATCH rows and after a table's last rows, each time once
        the caller has dealt with them, so a Cancel stops the work there.
        """
        info = self.infos[table]
        cur = self.conn.execute(f"SELECT {', '.join(_q(c) for c in info.columns)} FROM {_q(table)} ORDER BY {_order_by(info)}")
        since = 0
        try:
            for r in cur:
                yield [_cell(v) for v in r]
                since += 1
                if since == BATCH:
                    self._report(since)
                    since = 0
        finally:
            cur.close()
        if since:
            self._report(since)

    def _report(self, rows: int) -> None:
        self.done += rows
        if self.progress:
            self.progress(self.done, self.total)


@contextmanager
def _snapshot(vault: Vault, progress: Progress | None) -> Iterator[_Snapshot]:
    conn = vault.conn
    conn.execute("BEGIN")  # one consistent read snapshot
    try:
        tables = exportable_tables(conn)
        infos = {t: table_info(conn, t) for t in tables}
        total = sum(int(conn.execute(f"SELECT count(*) FROM {_q(t)}").fetchone()[0]) for t in tables)
        yield _Snapshot(conn, tables, infos, total, migrations.current_version(conn), progress)
    finally:
        conn.execute("COMMIT")


def _head(schema: int, now: datetime | None) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "schema_version": schema,
        "exported_at": (now or datetime.now().astimezone()).isoformat(timespec="seconds"),
    }


def export_document(vault: Vault, *, now: datetime | None = None, progress: Progress | None = None) -> dict[str, Any]:
    """The whole vault as one self-describing document (read in one snapshot), in memory.

    write_json_export streams the same document to a file without holding it.
    """
    with _snapshot(vault, progress) as snap:
        out: dict[str, Any] = {}
        for t in snap.tables:
            out[t] = {"columns": snap.infos[t].columns, "rows": list(snap.rows(t))}
        doc = _head(snap.schema, now)
    doc["tables"] = out
    return doc


def dumps(doc: dict[str, Any]) -> bytes:
    """The export format: what write_json_export streams, byte for byte."""
    return (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode("utf-8")


# The streamed document is laid out exactly as dumps() lays it out (indent=1, ", "/": " separators,
# ensure_ascii=False): the tables sit at depth 2, their "columns" and "rows" at depth 3, each row at
# depth 4. JSON strings never hold a raw newline, so a value dumped alone with indent=1 is moved to
# its depth by indenting every line after its first.
_ROW_INDENT = " " * 4
# A row of plain values (no bytes) is dumped by the C encoder with the indented layout's item separator,
# then given the brackets' line breaks: the same text as the pure-Python indent=1 encoder, much faster.
_FLAT_ROW = json.JSONEncoder(ensure_ascii=False, check_circular=False, separators=(",\n" + _ROW_INDENT + " ", ": "))


def _indented(value: object, depth: int) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n" + " " * depth)


def _row_text(row: list[object]) -> str:
    if not row or any(isinstance(v, (dict, list)) for v in row):
        return _indented(row, 4)
    flat = _FLAT_ROW.encode(row)
    return "[\n" + _ROW_INDENT + " " + flat[1:-1] + "\n" + _ROW_INDENT + "]"


def _json_chunks(snap: _Snapshot, now: datetime | None) -> Iterator[str]:
    """The export document as text, a row at a time (progress is reported every BATCH rows)."""
    head = json.dumps(_head(snap.schema, now), ensure_ascii=False, indent=1)
    yield head[: -len("\n}")] + ',\n "tables": '
    if not snap.tables:
        yield "{}\n}\n"
        return
    for i, t in enumerate(snap.tables):
        opening = "{\n  " if i == 0 else ",\n  "
        yield (
            f"{opening}{json.dumps(t, ensure_ascii=False)}: {{\n"
            f'   "columns": {_indented(snap.infos[t].columns, 3)},\n   "rows": '
        )
        before = "[\n" + _ROW_INDENT
        for row in snap.rows(t):
            yield before + _row_text(row)
            before = ",\n" + _ROW_INDENT
        yield "[]\n  }" if before.startswith("[") else "\n   ]\n  }"
    yield "\n }\n}\n"


def write_json_export(
    vault: Vault, dest: Path, *, now: datetime | None = None, progress: Progress | None = None, overwrite: bool = True
) -> int:
    """Stream the JSON export to dest atomically, a batch of rows at a time; returns the number of rows written.

    The file is byte for byte dumps(export_document(...)), without the document ever being held in memory.
    It appears complete or not at all (vault.targets), and never inside the journal's folder.
    """
    with (
        _snapshot(vault, progress) as snap,
        requested_file(dest, overwrite=overwrite, protected=[vault.data_dir]) as fh,
        closing(_json_chunks(snap, now)) as chunks,
    ):
        pending: list[str] = []
        size = 0
        for chunk in chunks:
            pending.append(chunk)
            size += len(chunk)
            if size >= WRITE_CHARS:
                fh.write("".join(pending).encode("utf-8"))
                pending.clear()
                size = 0
        fh.write("".join(pending).encode("utf-8"))
        return snap.done


# -- JSON import ----------------------------------------------------------------


def _fail(path: Path | str, problem: str) -> ImportFailed:
    return ImportFailed(f"{Path(path).name} was not imported: {problem}; nothing was changed.")


def read_regular(path: Path, cap: int) -> tuple[bytes, os.stat_result]:
    """At most cap bytes of a regular file, never more than cap + 1 read; ImportFailed otherwise.

    Opened without blocking (a pipe would otherwise wait forever, with the journal open and
    locked), then fstat says whether it is a regular file: a link to /dev/zero, a device, a
    pipe or a folder is refused before a byte is read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise _fail(path, "the file does not exist") from None
    except IsADirectoryError:
        raise _fail(path, "it is a folder, not a file") from None
    except OSError as exc:
        raise _fail(path, f"it could not be read ({exc.strerror})") from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise _fail(path, "it is a folder, not a file")
        if not stat.S_ISREG(st.st_mode):
            raise _fail(path, "it is a device or a pipe, not a file")
        if st.st_size > cap:
            raise _fail(path, f"it is larger than {cap // (1024 * 1024)} MB")
        parts: list[bytes] = []
        left = cap + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            parts.append(chunk)
            left -= len(chunk)
        if left <= 0:  # it grew while being read
            raise _fail(path, f"it is larger than {cap // (1024 * 1024)} MB")
        return b"".join(parts), st
    except OSError as exc:
        raise _fail(path, f"it could not be read ({exc.strerror})") from None
    finally:
        os.close(fd)


def read_json_file(path: Path, max_bytes: int = MAX_IMPORT_BYTES) -> Any:
    """Read and parse a JSON file with a size cap; damage becomes ImportFailed naming the file."""
    data, _st = read_regular(path, max_bytes)
    return parse_json_bytes(data, path)


# Memory: a parsed JSON document costs Python objects per value. A run of tiny records ("[],"
# is three bytes, and a list object about 60) would turn a 20 MB file into more than a gigabyte.
# So a document may hold at most one list or object per MIN_BYTES_PER_RECORD bytes (our exports
# write 25 or more per row, text included); with that, an import holds at most MEMORY_FACTOR times the file's size
# (measured in tests/security/test_hostile_import.py).
MIN_BYTES_PER_RECORD = 12
MEMORY_FACTOR = 30


FIRST_YEAR, LAST_YEAR = 1900, 2200  # dates outside these are typing slips or damage, and break time zones


def check_year(when: datetime, path: Path | str, which: int) -> datetime:
    """An imported date must lie in FIRST_YEAR..LAST_YEAR; otherwise ImportFailed names the entry."""
    if not FIRST_YEAR <= when.year <= LAST_YEAR:
        raise _fail(
            path, f"entry {which} is dated {when.date().isoformat()}, outside the years {FIRST_YEAR}-{LAST_YEAR} this app accepts"
        )
    return when


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


def parse_json_bytes(data: bytes, path: Path | str) -> Any:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _fail(path, "it is a binary file, not JSON")
    records = data.count(b"[") + data.count(b"{")
    if records * MIN_BYTES_PER_RECORD > len(data) + 4096:
        raise _fail(path, "it holds far more empty records than any journal export (it may be built to use up memory)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _fail(path, "it is not UTF-8 text") from None
    try:
        return json.loads(text)
    except RecursionError:
        raise _fail(path, "it is nested too deeply") from None
    except ValueError:
        raise _fail(path, "it is not valid JSON (it may be cut short)") from None


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


def is_empty(vault: Vault) -> bool:
    conn = vault.conn
    return all(conn.execute(f"SELECT 1 FROM {_q(t)} LIMIT 1").fetchone() is None for t in exportable_tables(conn))


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
                    sql = f"INSERT INTO {_q(t)} ({', '.join(_q(c) for c in columns)}) VALUES ({', '.join('?' * len(columns))})"
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
                f"SELECT {_q(key_col) if key_col else '1'} FROM {_q(t)} WHERE uid = ?", (values["uid"],)
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
            f"INSERT INTO {_q(t)} ({', '.join(_q(c) for c in cols)}) VALUES ({', '.join('?' * len(cols))}) "
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
            where = " AND ".join(f"{_q(c)} = ?" for c in cols)
            row = conn.execute(
                f"SELECT {_q(info.rowid_alias or 'rowid')} FROM {_q(info.name)} WHERE {where}", [values[c] for c in cols]
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


# -- Markdown (and the sections the PDF shares) ------------------------------------

WHAT = ("entries", "agenda", "goals")
TITLES = {"entries": "My journal", "agenda": "My list for next session", "goals": "My goals"}


@dataclass(frozen=True)
class Section:
    """One heading with a line of details and labelled parts, ready for Markdown or PDF.

    level is the heading level under the document's title (1): an entry is 2; the agenda
    and goals group their items under level-2 headings (Open items, Short-term…) at level 3.
    Parts are (label or None, text); a text whose lines all start with "- " is a list.
    """

    heading: str
    details: str
    parts: tuple[tuple[str | None, str], ...]
    level: int = 2


@dataclass(frozen=True)
class PlainDocument:
    """What a Markdown or PDF export holds: a title, a dated line, the sections, and a count in words."""

    title: str
    subtitle: str
    sections: tuple[Section, ...]
    count: int  # entries, agenda items plus sessions, or goals
    summary: str  # "12 entries", "3 open items and 5 past sessions", "1 goal"


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def select_entries(
    vault: Vault,
    *,
    date_from: datetime | None = None,
    date_to: datetime | None = None,
    ids: Iterable[int] | None = None,
    progress: Progress | None = None,
) -> list[Entry]:
    """Entries (not in the trash) oldest first: a date range [from, to) or a chosen list.

    A chosen entry deleted for good since it was picked is left out.
    """
    repo = JournalRepository(vault)
    if ids is not None:
        wanted = list(dict.fromkeys(ids))
    else:
        flt = TimelineFilter(date_from=date_from, date_to=date_to)
        wanted = [s.id for s in reversed(repo.timeline(flt, limit=10**9))]
    out = []
    for i, entry_id in enumerate(wanted, 1):
        try:
            entry = repo.get(entry_id)
        except NotFound:
            entry = None
        if entry is not None and entry.deleted_at is None:
            out.append(entry)
        if progress and (i % 50 == 0 or i == len(wanted)):
            progress(i, len(wanted))
    out.sort(key=lambda e: (e.entry_at.astimezone(timezone.utc), e.id or 0))
    return out


def _label(n: int) -> str:
    letters = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        letters = chr(ord("A") + r) + letters
    return f"Member {letters}"


def member_names(entries: Iterable[Entry], extra: Iterable[str] = ()) -> dict[str, str]:
    """Names of other members -> neutral labels, in order of first appearance.

    Names come from the feedback form's 'who' field and from the member's own list.
    """
    return _names_to_labels((e.fields.get("who", "") for e in entries if e.kind == "feedback"), extra)


def _names_to_labels(from_forms: Iterable[object], extra: Iterable[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    seen: list[str] = []
    found = [(raw, True) for raw in from_forms] + [(n, False) for n in extra]
    for raw, from_form in found:
        if not isinstance(raw, str):
            continue
        for name in re.split(r"[,;/&]|\band\b", raw):
            name = " ".join(name.split()).strip(".")
            if from_form and (len(name) > 40 or name.count(" ") > 2):
                continue  # a sentence written in the field, not a name
            if name and name.casefold() not in {s.casefold() for s in seen}:
                seen.append(name)
    for i, name in enumerate(seen):
        mapping[name] = _label(i)
    return mapping


def journal_member_names(vault: Vault, extra: Iterable[str] = ()) -> dict[str, str]:
    """member_names over every feedback form in the journal (for the agenda and goals, which name no one)."""
    whos = []
    for (raw,) in vault.conn.execute(
        "SELECT fields FROM entries WHERE kind = 'feedback' AND deleted_at IS NULL ORDER BY entry_at, id"
    ):
        try:
            fields = json.loads(raw)
        except ValueError:
            continue
        if isinstance(fields, dict):
            whos.append(fields.get("who", ""))
    return _names_to_labels(whos, extra)


def pseudonymizer(mapping: dict[str, str]) -> Callable[[str], str]:
    """A function replacing whole-word, any-case occurrences of each name in one pass."""
    if not mapping:
        return lambda text: text
    by_fold = {k.casefold(): v for k, v in mapping.items()}
    names = sorted(mapping, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in names) + r")(?!\w)", re.IGNORECASE)
    return lambda text: pattern.sub(lambda m: by_fold.get(m.group(1).casefold(), m.group(1)), text)


def _same(text: str) -> str:
    return text


def _day(when: datetime | date) -> str:
    return when.strftime("%a %d %b %Y")


def _when(when: datetime) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def sections(entries: Iterable[Entry], replace: Callable[[str], str] = _same) -> list[Section]:
    out = []
    for e in entries:
        spec = FORMS.get(e.kind)
        when = _when(e.entry_at)
        title = replace(e.title.strip()) or (spec.title if spec and e.kind != "free" else "")
        heading = f"{when} — {title}" if title else when
        details = []
        if spec and e.kind != "free":
            details.append(spec.title)
        if e.tags:
            details.append("tags: " + ", ".join(replace(t) for t in e.tags))
        if e.feelings:
            details.append(
                "feelings: "
                + ", ".join(f.name if f.intensity is None else f"{f.name} ({f.intensity}/10)" for f in e.feelings)
            )
        if e.bring_to_group:
            details.append("to bring to group")
        parts: list[tuple[str | None, str]] = []
        labels = {f.key: f.label for f in spec.fields} if spec else {}
        ordered_keys = [k for k in labels if k in e.fields] + [k for k in e.fields if k not in labels]
        for key in ordered_keys:
            value = e.fields[key]
            text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
            if text.strip():
                parts.append((labels.get(key, key), replace(text.strip())))
        if e.body.strip():
            parts.append((None, replace(e.body.strip())))
        out.append(Section(heading, " · ".join(details), tuple(parts)))
    return out


def _labelled(replace: Callable[[str], str], *pairs: tuple[str, str]) -> tuple[tuple[str | None, str], ...]:
    return tuple((label, replace(text.strip())) for label, text in pairs if text and text.strip())


def _one_line(text: str) -> str:
    return " ".join(text.split())


def agenda_sections(
    vault: Vault, replace: Callable[[str], str] = _same, *, now: datetime | None = None,
    progress: Progress | None = None,
) -> tuple[list[Section], int, int]:
    """The list for next session (open items in order) and past sessions with what happened.

    Returns (sections, open items, sessions). Sessions are listed oldest first when
    something was recorded for them; outcomes not tied to a session come last.
    """
    now = now or datetime.now().astimezone()
    agenda, sessions = AgendaRepository(vault), SessionRepository(vault)
    items = agenda.open_items()
    slots = [s for s in sessions.all() if s.starts_at <= now or s.debriefed]
    total, done = len(items) + len(slots), 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress and (done % 20 == 0 or done == total):
            progress(done, total)

    out = [Section("Open items", "", () if items else ((None, "Nothing is waiting on your list."),))]
    for n, item in enumerate(items, 1):
        details = [f"added {_day(item.created_at)}" if item.created_at else ""]
        if item.chosen:
            details.append("one of the things that matter most this time")
        if item.carried:
            details.append(f"waited {_plural(item.carried, 'session')}")
        parts = list(_labelled(
            replace, ("Why it matters to me", item.why), ("How I might say it", item.draft),
            ("How I feel about raising it", item.feeling_note),
        ))
        earlier = [o for o in agenda.outcomes(int(item.id)) if o.what_happened or o.felt or o.feedback]  # type: ignore[arg-type]
        if earlier:
            parts.append(("Earlier sessions", "\n".join(
                f"- {_day(o.at)}: " + replace(" · ".join(_one_line(t) for t in (o.what_happened, o.felt, o.feedback) if t))
                for o in earlier
            )))
        out.append(Section(f"{n}. {replace(_one_line(item.text))}", " · ".join(d for d in details if d), tuple(parts),
                           level=3))
        step()

    past: list[Section] = []
    seen_outcomes = 0
    for slot in slots:
        recorded = agenda.for_session(int(slot.id))  # type: ignore[arg-type]
        noticed = sessions.debrief(int(slot.id)).get("noticed", "")  # type: ignore[arg-type]
        step()
        if not recorded and not (isinstance(noticed, str) and noticed.strip()):
            continue
        seen_outcomes += len(recorded)
        name = f"Session {slot.number}, " if slot.number else ""
        details = ["extra session" if slot.extra else "", "cancelled" if slot.cancelled else "",
                   {True: "I was there", False: "I could not be there", None: ""}[slot.attended]]
        said: list[tuple[str | None, str]] = []
        for item, outcome in recorded:
            lines = [f"- {label}: {replace(_one_line(text))}" for label, text in (
                ("What happened", outcome.what_happened), ("What I felt", outcome.felt), ("Feedback", outcome.feedback),
            ) if text.strip()]
            said.append((f"{replace(_one_line(item.text))} — {OUTCOME_WORDS.get(outcome.outcome, outcome.outcome)}",
                         "\n".join(lines)))
        if isinstance(noticed, str) and noticed.strip():
            said.append(("What I noticed", replace(noticed.strip())))
        past.append(Section(f"{name}{slot.starts_at.astimezone().strftime('%a %d %b %Y, %H:%M')}",
                            " · ".join(d for d in details if d), tuple(said), level=3))
    loose = _outcomes_without_session(vault, agenda, replace)
    out.append(Section("Past sessions", "", () if past or loose else ((None, "Nothing is recorded from past sessions yet."),)))
    out.extend(past)
    out.extend(loose)
    return out, len(items), len(past)


def _outcomes_without_session(
    vault: Vault, agenda: AgendaRepository, replace: Callable[[str], str]
) -> list[Section]:
    """Outcomes whose session was removed: one section per day they were recorded."""
    item_ids = [r[0] for r in vault.conn.execute(
        "SELECT DISTINCT item_id FROM agenda_outcomes WHERE session_id IS NULL ORDER BY item_id")]
    by_day: dict[date, list[str]] = {}
    for item_id in item_ids:
        item = agenda.get(item_id)
        for o in agenda.outcomes(item_id):
            if o.session_id is None:
                said = " · ".join(_one_line(t) for t in (o.what_happened, o.felt, o.feedback) if t.strip())
                line = f"- {_one_line(item.text)} — {OUTCOME_WORDS.get(o.outcome, o.outcome)}" + (f": {said}" if said else "")
                by_day.setdefault(o.at.astimezone().date(), []).append(replace(line))
    return [Section(_day(day), "not tied to a session", ((None, "\n".join(lines)),), level=3)
            for day, lines in sorted(by_day.items())]


def goal_sections(
    vault: Vault, replace: Callable[[str], str] = _same, *, progress: Progress | None = None,
) -> tuple[list[Section], int]:
    """Every goal under the Goals screen's headings, with its check-ins oldest first. Returns (sections, goals)."""
    repo = GoalRepository(vault)
    goals = repo.list()
    if not goals:
        return [Section("No goals yet", "", ((None, "You have not written down any goals yet."),))], 0
    out: list[Section] = []
    heading = None
    for i, goal in enumerate(goals, 1):
        group = SECTION_TITLES[section_of(goal)]
        if group != heading:
            out.append(Section(group, "", ()))
            heading = group
        details = [HORIZON_LABELS.get(goal.horizon, goal.horizon), STATUS_LABELS.get(goal.status, goal.status)]
        if goal.created_at:
            details.append(f"set {_day(goal.created_at)}")
        if goal.target_date and not goal.is_closed:
            details.append(f"hoping by {_day(goal.target_date)}")
        if goal.closed_at and goal.is_closed:
            details.append(f"{STATUS_LABELS[goal.status].lower()} {_day(goal.closed_at)}")
        if goal.relationships:
            details.append("about: " + ", ".join(goal.relationships))
        parts = list(_labelled(replace, ("Why it matters", goal.why), ("How I will notice it happening", goal.observable)))
        checkins = repo.checkins(int(goal.id))  # type: ignore[arg-type]
        if checkins:
            lines = []
            for c in checkins:
                mark = c.describe() if (c.direction is not None or c.score is not None) else ""
                note = replace(_one_line(c.note)) if c.note.strip() else ""
                lines.append(f"- {_day(c.at)}: " + " — ".join(p for p in (mark, note) if p))
            parts.append(("Check-ins", "\n".join(lines)))
        parts.extend(_labelled(replace, ("Looking back", goal.closing_reflection)))
        out.append(Section(replace(goal.title), " · ".join(details), tuple(parts), level=3))
        if progress and (i % 10 == 0 or i == len(goals)):
            progress(i, len(goals))
    return out, len(goals)


def plain_document(
    vault: Vault,
    what: str = "entries",
    *,
    date_from: datetime | None = None,
    date_to: datetime | None = None,
    ids: Iterable[int] | None = None,
    names: Iterable[str] | None = None,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> PlainDocument:
    """The sections of a Markdown or PDF export: entries (a date range or chosen ones), the agenda, or goals.

    names=None keeps names as written; a list (even empty) replaces the names of other
    members found in feedback forms, and the names given, with Member A, Member B…
    """
    if what not in WHAT:
        raise ValueError(f"unknown export selection {what}")
    if what != "entries" and (date_from or date_to or ids is not None):
        raise ValueError("dates and chosen entries apply to entries only")
    now = now or datetime.now().astimezone()
    subtitle = f"Written out on {_day(now)}."
    if what == "entries":
        entries = select_entries(vault, date_from=date_from, date_to=date_to, ids=ids, progress=progress)
        replace = pseudonymizer(with_people(vault, member_names(entries, names))) if names is not None else _same
        if date_from or date_to:
            first = _day(date_from) if date_from else "the beginning"
            last = _day(date_to - timedelta(seconds=1)) if date_to else _day(now)
            subtitle = f"Entries from {first} to {last}. " + subtitle
        secs = sections(entries, replace)
        return PlainDocument(TITLES[what], subtitle, tuple(secs), len(entries), _plural(len(entries), "entry", "entries"))
    replace = pseudonymizer(with_people(vault, journal_member_names(vault, names))) if names is not None else _same
    if what == "agenda":
        secs, n_items, n_sessions = agenda_sections(vault, replace, now=now, progress=progress)
        summary = f"{_plural(n_items, 'open item')} and {_plural(n_sessions, 'past session')}"
        return PlainDocument(TITLES[what], subtitle, tuple(secs), n_items + n_sessions, summary)
    secs, n_goals = goal_sections(vault, replace, progress=progress)
    return PlainDocument(TITLES[what], subtitle, tuple(secs), n_goals, _plural(n_goals, "goal"))


def render_markdown(secs: Iterable[Section], *, title: str = "My journal", subtitle: str = "") -> str:
    lines = [f"# {title}", ""]
    if subtitle:
        lines.extend([f"*{subtitle}*", ""])
    for s in secs:
        lines.append(f"{'#' * s.level} {s.heading}")
        lines.append("")
        if s.details:
            lines.extend([f"*{s.details}*", ""])
        for label, text in s.parts:
            if label:
                lines.append(f"**{label}:**" if text else f"**{label}**")
            if text:
                lines.append(text)
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def document_markdown(doc: PlainDocument) -> bytes:
    return render_markdown(doc.sections, title=doc.title, subtitle=doc.subtitle).encode("utf-8")


def write_markdown_export(
    vault: Vault,
    dest: Path,
    *,
    what: str = "entries",
    date_from: datetime | None = None,
    date_to: datetime | None = None,
    ids: Iterable[int] | None = None,
    names: Iterable[str] | None = None,
    progress: Progress | None = None,
    overwrite: bool = True,
) -> int:
    """Markdown of the chosen entries, the agenda or goals, written atomically to dest; names=None keeps names.

    Returns the number of entries (agenda: open items plus sessions; goals: goals) written.
    """
    doc = plain_document(vault, what, date_from=date_from, date_to=date_to, ids=ids, names=names, progress=progress)
    write_requested(dest, document_markdown(doc), overwrite=overwrite, protected=[vault.data_dir])
    return doc.count
