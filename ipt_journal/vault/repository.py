"""What every repository shares: the vault it works on, that vault's connection, and saving a row."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ipt_journal.vault.errors import NotFound

if TYPE_CHECKING:  # vault.vault imports repositories for its own checks; only the type is needed here
    from ipt_journal.vault.vault import Vault


class Repository:
    """Base of the repositories: SQL in, domain dataclasses out, on one open vault."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    @property
    def _conn(self):  # type: ignore[no-untyped-def]
        return self._vault.conn


class SavedRow:
    """How a repository's save() writes one record's row: inserted with its uid when it has no id
    yet, otherwise updated by id (the uid is never changed)."""

    def __init__(self, table: str, columns: Sequence[str], missing: str) -> None:
        marks = ",".join("?" * (len(columns) + 1))
        self._insert = f"INSERT INTO {table} ({', '.join(columns)}, uid) VALUES ({marks})"
        self._update = f"UPDATE {table} SET {', '.join(c + '=?' for c in columns)} WHERE id=?"
        self._missing = missing  # NotFound's sentence when the row to update is gone

    def save(self, conn, values: Sequence[object], *, row_id: int | None, uid: str) -> int:  # type: ignore[no-untyped-def]
        """Write values (one per column, in order) in the caller's transaction; returns the row's id."""
        if row_id is None:
            return int(conn.execute(self._insert, (*values, uid)).lastrowid)
        if conn.execute(self._update, (*values, row_id)).rowcount != 1:
            raise NotFound(self._missing)
        return row_id
