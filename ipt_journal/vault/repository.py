"""What every repository shares: the vault it works on and that vault's connection."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # vault.vault imports repositories for its own checks; only the type is needed here
    from ipt_journal.vault.vault import Vault


class Repository:
    """Base of the repositories: SQL in, domain dataclasses out, on one open vault."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    @property
    def _conn(self):  # type: ignore[no-untyped-def]
        return self._vault.conn
