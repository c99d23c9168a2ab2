"""What a JSON export holds: every ordinary table of the vault, parents first, and how each is keyed.

Read from sqlite_master, so tables added by later migrations are exported and imported without
touching the export code. Full-text tables and their shadows are derived data and left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import sqlcipher3

from ipt_journal.vault.vault import Vault


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


def q(name: str) -> str:
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
    for r in conn.execute(f"PRAGMA foreign_key_list({q(table)})"):
        # (id, seq, table, from, to, on_update, on_delete, match)
        out.append(ForeignKey(r[2], r[3], r[4] or "id"))
    return out


def table_info(conn: sqlcipher3.Connection, table: str) -> TableInfo:
    rows = conn.execute(f"PRAGMA table_info({q(table)})").fetchall()  # cid, name, type, notnull, dflt, pk
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
    for idx in conn.execute(f"PRAGMA index_list({q(table)})").fetchall():  # seq, name, unique, origin, partial
        if idx[2] and not idx[4]:
            cols = [c[2] for c in conn.execute(f"PRAGMA index_info({q(idx[1])})").fetchall()]
            if cols and all(c is not None for c in cols):
                uniques.append(cols)
    return TableInfo(table, columns, pk, alias, foreign_keys(conn, table), uniques, without_rowid)


def order_by(info: TableInfo) -> str:
    if info.pk:
        return ", ".join(q(c) for c in info.pk)
    return "rowid"




def is_empty(vault: Vault) -> bool:
    """True when no exportable table holds a row (an import then copies rows exactly, ids included)."""
    conn = vault.conn
    return all(conn.execute(f"SELECT 1 FROM {q(t)} LIMIT 1").fetchone() is None for t in exportable_tables(conn))
