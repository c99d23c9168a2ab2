"""services/session.Session on a real vault: create, unlock, lock, wrong secrets, and the repositories' lifetime."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from ipt_journal.domain.entries import Entry
from ipt_journal.services.session import Session, load_prompt_library
from ipt_journal.vault.errors import NoVault, VaultExists, VaultLocked, WrongPassphrase
from ipt_journal.vault.vault import VaultState
from tests.conftest import PASSPHRASE, snapshot

REPOSITORIES = ("journal", "goals", "settings", "prompt_prefs", "sessions", "agenda", "people", "support_plan", "checkins")


def _all_locked(s: Session) -> bool:
    """Every repository accessor raises VaultLocked with the one plain sentence."""
    for name in REPOSITORIES:
        with pytest.raises(VaultLocked, match=r"^The journal is locked\.$"):
            getattr(s, name)
    return True


def _entry(body: str) -> Entry:
    return Entry(kind="free", entry_at=datetime.now().astimezone().replace(microsecond=0), body=body)


def test_a_new_session_is_locked_with_no_repositories(data_dir: Path) -> None:
    s = Session(data_dir)
    assert s.state() is VaultState.NONE and not s.is_unlocked
    assert _all_locked(s)
    with pytest.raises(VaultLocked):
        _ = s.vault
    with pytest.raises(NoVault):
        s.unlock(PASSPHRASE)
    assert not data_dir.exists() or not any(data_dir.iterdir())  # a failed unlock creates nothing


def test_create_unlocks_and_returns_the_recovery_code(data_dir: Path) -> None:
    s = Session(data_dir)
    code = s.create(PASSPHRASE)
    try:
        assert len(code) == 29 and code.count("-") == 5
        assert s.is_unlocked and s.state() is VaultState.PRESENT
        assert all(getattr(s, name) is not None for name in REPOSITORIES)
        with pytest.raises(VaultExists):
            Session(data_dir).create("another passphrase entirely")
    finally:
        s.lock()


def test_unlock_lock_and_unlock_again_keeps_what_was_written(session: Session) -> None:
    saved = session.journal.save(_entry("written before locking"))
    session.lock()
    assert not session.is_unlocked
    assert _all_locked(session)
    with pytest.raises(VaultLocked):
        _ = session.vault
    session.lock()  # locking twice is harmless
    session.unlock(PASSPHRASE)
    assert session.is_unlocked
    assert session.journal.get(saved.id).body == "written before locking"


def test_a_repository_kept_from_before_the_lock_cannot_read(session: Session) -> None:
    journal = session.journal
    journal.save(_entry("private words"))
    session.lock()
    with pytest.raises(VaultLocked) as caught:  # the vault's connection is closed: no reading through an old handle
        journal.timeline(limit=10)
    assert "private words" not in str(caught.value)


def test_wrong_passphrase_and_wrong_code_change_nothing(session: Session) -> None:
    data_dir = session.data_dir
    session.lock()
    before = snapshot(data_dir)
    s = Session(data_dir)
    with pytest.raises(WrongPassphrase) as caught:
        s.unlock("not the passphrase at all")
    assert "not the passphrase" not in str(caught.value)  # the secret is never in the message
    with pytest.raises(WrongPassphrase):
        s.unlock_with_recovery_code("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")
    assert not s.is_unlocked and _all_locked(s)
    assert snapshot(data_dir) == before
    s.unlock(PASSPHRASE)  # the right one still works afterwards
    assert s.is_unlocked
    s.lock()


def test_recovery_code_unlocks_and_a_new_passphrase_replaces_the_old(data_dir: Path) -> None:
    s = Session(data_dir)
    code = s.create(PASSPHRASE)
    s.lock()
    s.unlock_with_recovery_code(code.lower().replace("-", " "))  # dashes and case do not matter
    s.change_passphrase("a brand new passphrase here")
    s.lock()
    with pytest.raises(WrongPassphrase):
        s.unlock(PASSPHRASE)
    s.unlock("a brand new passphrase here")
    assert s.is_unlocked
    s.lock()
    with pytest.raises(VaultLocked):
        s.change_passphrase("while locked, nothing changes")


def test_the_prompt_library_loads_once_per_session(session: Session) -> None:
    assert session.library is session.library
    assert session.library.suggestions and load_prompt_library().suggestions == session.library.suggestions


def test_each_repository_is_made_once_per_unlock_and_not_kept_across_a_lock(data_dir: Path) -> None:
    from ipt_journal.vault.people import PeopleRepository

    s = Session(data_dir)
    s.create(PASSPHRASE)
    first = s.people
    assert isinstance(first, PeopleRepository) and s.people is first and s.repository(PeopleRepository) is first
    s.lock()
    s.unlock(PASSPHRASE)
    try:
        assert s.people is not first and s.people.vault is s.vault  # the new vault, not the closed one
    finally:
        s.lock()


def test_the_library_follows_the_language_and_falls_back_to_english(data_dir: Path) -> None:
    s = Session(data_dir)
    english = s.library
    assert s.library is english  # loaded once
    s.language = "es"
    spanish = s.library
    assert spanish is not english and spanish == load_prompt_library("es") and spanish != english
    s.language = "xx"  # no such file: English
    assert s.library == load_prompt_library("en")
