"""Private settings and prompt preferences, kept inside the vault (never in QSettings)."""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any

from ipt_journal.vault.vault import Vault


class VaultSettings:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def get(self, key: str, default: Any = None) -> Any:
        row = self._vault.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        if row is None:
            return default
        try:
            return json.loads(row[0])
        except ValueError:
            return default

    def set(self, key: str, value: Any) -> None:
        with self._vault.transaction() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )


class PromptPrefs:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def hidden(self) -> set[str]:
        return {r[0] for r in self._vault.conn.execute("SELECT prompt_id FROM prompt_prefs WHERE hidden = 1")}

    def pinned(self) -> set[str]:
        return {r[0] for r in self._vault.conn.execute("SELECT prompt_id FROM prompt_prefs WHERE pinned = 1")}

    def _set(self, prompt_id: str, column: str, value: bool) -> None:
        assert column in ("hidden", "pinned")
        with self._vault.transaction() as conn:
            conn.execute("INSERT OR IGNORE INTO prompt_prefs (prompt_id) VALUES (?)", (prompt_id,))
            conn.execute(f"UPDATE prompt_prefs SET {column} = ? WHERE prompt_id = ?", (int(value), prompt_id))

    def set_hidden(self, prompt_id: str, hidden: bool) -> None:
        self._set(prompt_id, "hidden", hidden)

    def set_pinned(self, prompt_id: str, pinned: bool) -> None:
        self._set(prompt_id, "pinned", pinned)

    # custom prompts: (uid, text, suggestion)
    def custom(self) -> list[tuple[str, str, int | None]]:
        return [
            (r[0], r[1], r[2])
            for r in self._vault.conn.execute("SELECT uid, text, suggestion FROM custom_prompts ORDER BY id")
        ]

    def add_custom(self, text: str, suggestion: int | None = None) -> str:
        uid = uuid.uuid4().hex
        with self._vault.transaction() as conn:
            conn.execute(
                "INSERT INTO custom_prompts (uid, text, suggestion, created_at) VALUES (?,?,?,?)",
                (uid, text, suggestion, datetime.now().astimezone().isoformat(timespec="seconds")),
            )
        return uid

    def edit_custom(self, uid: str, text: str, suggestion: int | None = None) -> None:
        with self._vault.transaction() as conn:
            conn.execute("UPDATE custom_prompts SET text = ?, suggestion = ? WHERE uid = ?", (text, suggestion, uid))

    def delete_custom(self, uid: str) -> None:
        with self._vault.transaction() as conn:
            conn.execute("DELETE FROM custom_prompts WHERE uid = ?", (uid,))
