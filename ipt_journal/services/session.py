"""The member's session with one vault: create, unlock, lock, and the repositories while unlocked.

Both the GUI and scripts use this; it holds no Qt and no SQL of its own.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from ipt_journal.domain.prompts import PromptLibrary, parse_library
from ipt_journal.paths import resources_dir
from ipt_journal.vault.agenda import AgendaRepository, SessionRepository
from ipt_journal.vault.errors import VaultLocked
from ipt_journal.vault.goals import GoalRepository
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.settings import PromptPrefs, VaultSettings
from ipt_journal.vault.vault import Vault, VaultState, state


def load_prompt_library(language: str = "en") -> PromptLibrary:
    path = resources_dir() / "prompts" / f"{language}.json"
    return parse_library(path.read_text(encoding="utf-8"))


class Session:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._vault: Vault | None = None
        self.journal: JournalRepository | None = None
        self.goals: GoalRepository | None = None
        self.settings: VaultSettings | None = None
        self.prompt_prefs: PromptPrefs | None = None
        self.sessions: SessionRepository | None = None
        self.agenda: AgendaRepository | None = None

    @cached_property
    def library(self) -> PromptLibrary:
        return load_prompt_library()

    def state(self) -> VaultState:
        from ipt_journal.vault.backup import finish_pending_restore

        if self.data_dir.exists():
            finish_pending_restore(self.data_dir)  # a restore cut short must not look like a first run
        return state(self.data_dir)

    @property
    def is_unlocked(self) -> bool:
        return self._vault is not None and self._vault.is_open

    @property
    def vault(self) -> Vault:
        if self._vault is None:
            raise VaultLocked("The journal is locked.")
        return self._vault

    def _attach(self, vault: Vault) -> None:
        self._vault = vault
        self.journal = JournalRepository(vault)
        self.goals = GoalRepository(vault)
        self.settings = VaultSettings(vault)
        self.prompt_prefs = PromptPrefs(vault)
        self.sessions = SessionRepository(vault)
        self.agenda = AgendaRepository(vault)

    def create(self, passphrase: str) -> str:
        vault, code = Vault.create(self.data_dir, passphrase)
        self._attach(vault)
        return code

    def unlock(self, passphrase: str) -> None:
        self._attach(Vault.open(self.data_dir, passphrase=passphrase))

    def unlock_with_recovery_code(self, code: str) -> None:
        self._attach(Vault.open(self.data_dir, recovery_code=code))

    def change_passphrase(self, new_passphrase: str) -> None:
        self.vault.change_passphrase(new_passphrase)

    def lock(self) -> None:
        vault, self._vault = self._vault, None
        self.journal = self.settings = self.prompt_prefs = None
        self.goals = None
        self.sessions = self.agenda = None
        if vault is not None:
            vault.close()
