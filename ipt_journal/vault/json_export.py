"""The JSON export: the whole vault as one self-describing document, streamed to its file a row at a time.

The file appears complete or not at all (vault.targets); nothing plain goes anywhere else.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from ipt_journal.vault import migrations
from ipt_journal.vault.progress import Progress
from ipt_journal.vault.tables import TableInfo, exportable_tables, order_by, q, table_info
from ipt_journal.vault.targets import requested_file
from ipt_journal.vault.vault import Vault

FORMAT = "ipt-journal-export"
VERSION = 1


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
        cur = self.conn.execute(f"SELECT {', '.join(q(c) for c in info.columns)} FROM {q(table)} ORDER BY {order_by(info)}")
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
        total = sum(int(conn.execute(f"SELECT count(*) FROM {q(t)}").fetchone()[0]) for t in tables)
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

