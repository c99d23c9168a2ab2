"""The member's session with one vault: create, unlock, lock, and the repositories while unlocked.

Both the GUI and scripts use this; it holds no Qt and no SQL of its own.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from ipt_journal.domain.prompts import PromptLibrary, parse_library
from ipt_journal.paths import resources_dir
from ipt_journal.vault.agenda import AgendaRepository, SessionRepository
from ipt_journal.vault.checkins import CheckinRepository
from ipt_journal.vault.errors import VaultLocked
from ipt_journal.vault.goals import GoalRepository
from ipt_journal.vault.journal import JournalRepository, StorageError
from ipt_journal.vault.people import PeopleRepository
from ipt_journal.vault.settings import PromptPrefs, VaultSettings
from ipt_journal.vault.support_plan import SupportPlanRepository
from ipt_journal.vault.vault import Vault, VaultState, state


def load_prompt_library(language: str = "en") -> PromptLibrary:
    """The prompt library in a language (resources/prompts/<language>.json), or in English if there is none."""
    path = resources_dir() / "prompts" / f"{language}.json"
    if not path.is_file():
        path = resources_dir() / "prompts" / "en.json"
    return parse_library(path.read_text(encoding="utf-8"))


Repo = TypeVar("Repo")

# What the UI needs of the vault beside its errors, handed on here so ui never imports vault internals.
__all__ = ["Session", "StorageError", "Vault", "VaultLocked", "VaultState", "load_prompt_library"]


class Session:
    """One vault's lifetime: while unlocked it hands out its repositories; while locked each raises VaultLocked."""

    def __init__(self, data_dir: Path, *, language: str = "en") -> None:
        self.data_dir = data_dir
        self.language = language  # the prompt library's language; the UI sets it from its own
        self._vault: Vault | None = None
        self._repos: dict[type, object] = {}
        self._library: tuple[str, PromptLibrary] | None = None

    @property
    def library(self) -> PromptLibrary:
        """The prompt library in self.language (loaded again when the language changes)."""
        if self._library is None or self._library[0] != self.language:
            self._library = (self.language, load_prompt_library(self.language))
        return self._library[1]

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
        if self._vault is None or not self._vault.is_open:
            raise VaultLocked("The journal is locked.")
        return self._vault

    def repository(self, kind: type[Repo]) -> Repo:
        """The one accessor: this vault's repository of a kind, made once per unlock; VaultLocked when locked."""
        vault = self.vault
        repo = self._repos.get(kind)
        if repo is None:
            repo = self._repos[kind] = kind(vault)  # type: ignore[call-arg]
        return repo  # type: ignore[return-value]

    # The repositories by name, for the screens and services (each raises VaultLocked when locked).
    journal = property(lambda self: self.repository(JournalRepository), doc="The entries.")
    goals = property(lambda self: self.repository(GoalRepository), doc="Goals and their check-ins.")
    settings = property(lambda self: self.repository(VaultSettings), doc="Settings kept in the vault.")
    prompt_prefs = property(lambda self: self.repository(PromptPrefs), doc="Prompts shown, skipped, written.")
    sessions = property(lambda self: self.repository(SessionRepository), doc="Group sessions and debriefs.")
    agenda = property(lambda self: self.repository(AgendaRepository), doc="The list for next session.")
    people = property(lambda self: self.repository(PeopleRepository), doc="The people in the member's life.")
    support_plan = property(lambda self: self.repository(SupportPlanRepository), doc="The support plan.")
    checkins = property(lambda self: self.repository(CheckinRepository), doc="Feeling check-ins.")

    def _attach(self, vault: Vault) -> None:
        self._repos = {}
        self._vault = vault

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
        self._repos = {}
        if vault is not None:
            vault.close()
