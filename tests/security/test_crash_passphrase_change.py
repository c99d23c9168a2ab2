"""Kill a process with SIGKILL while it changes the passphrase over and over: afterwards exactly one
of the two passphrases opens the vault, the recovery code always does, and leftovers do no harm."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from ipt_journal.vault import db
from ipt_journal.vault.errors import WrongPassphrase
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.vault import Vault, VaultState, key_path, state
from tests.security._proc import LineReader, kill, spawn

A = "first passphrase alpha river"
B = "second passphrase bravo stone"
ROUNDS = 20
SEED = 77031


def _opens(data_dir: Path, passphrase: str) -> bool:
    try:
        Vault.open(data_dir, passphrase=passphrase).close()
        return True
    except WrongPassphrase:
        return False


def test_sigkill_during_passphrase_changes(data_dir: Path) -> None:
    from datetime import datetime

    from ipt_journal.domain.entries import Entry

    v, code = Vault.create(data_dir, A)
    JournalRepository(v).save(Entry(kind="free", entry_at=datetime.now().astimezone(), body="kept"))
    v.close()
    rng = random.Random(SEED)
    current = A
    changes = 0
    for round_no in range(ROUNDS):
        other = B if current == A else A
        proc = spawn("-m", "tests.security._child", "passphrase", str(data_dir), current, other)
        reader = LineReader(proc)
        last = current
        try:
            assert reader.readline() == "ready"
            for _ in range(rng.randint(0, 12)):
                last = reader.readline()
                assert last in (A, B)
                changes += 1
        finally:
            kill(proc)

        assert state(data_dir) is VaultState.PRESENT
        opens_a, opens_b = _opens(data_dir, A), _opens(data_dir, B)
        assert opens_a != opens_b, f"round {round_no}: exactly one passphrase must open (A={opens_a}, B={opens_b})"
        current = A if opens_a else B
        # The last reported change was renamed into place; at most one more may have landed.
        assert current in (last, B if last == A else A)
        with Vault.open(data_dir, recovery_code=code) as vault:
            assert db.integrity_problems(vault.conn) == []
            assert vault.conn.execute("SELECT body FROM entries").fetchall() == [("kept",)]
        with pytest.raises(WrongPassphrase):
            Vault.open(data_dir, passphrase=B if current == A else A)

    leftovers = sorted(p.name for p in data_dir.iterdir() if p.name.startswith(f".{key_path(data_dir).name}.tmp-"))
    print(f"\npassphrase-crash: {ROUNDS} rounds, {changes} reported changes, {len(leftovers)} stray temp key files")
    # Stray temp files (from kills between write and rename) must never be mistaken for the key file.
    assert key_path(data_dir).read_bytes().startswith(b"{")
