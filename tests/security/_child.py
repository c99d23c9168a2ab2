"""Child processes for the crash tests. Run as: python -m tests.security._child MODE DATA_DIR ARGS...

Every line is printed and flushed only after the operation it reports has returned,
so a reported line means the operation was committed (database) or renamed into
place (key file).
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from ipt_journal.domain.entries import Entry
from ipt_journal.vault import keyfile
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.vault import Vault

# Same cheap profile as tests/conftest.py (that module imports pytest, so it is not imported here).
FAST_KDF = keyfile.KdfParams(memory_kib=1024, time_cost=1, parallelism=1)


def save_loop(data_dir: Path, passphrase: str, gated: bool) -> None:
    vault = Vault.open(data_dir, passphrase=passphrase)
    repo = JournalRepository(vault)
    print("ready", flush=True)
    n = 0
    while True:
        if gated and not sys.stdin.readline():
            break
        n += 1
        entry = repo.save(Entry(kind="free", entry_at=datetime.now().astimezone(), body=f"entry {n} " * 40))
        print(entry.uid, flush=True)


def passphrase_loop(data_dir: Path, current: str, other: str) -> None:
    vault = Vault.open(data_dir, passphrase=current)
    print("ready", flush=True)
    while True:
        vault.change_passphrase(other, kdf=FAST_KDF)
        print(other, flush=True)
        current, other = other, current


if __name__ == "__main__":
    mode, folder = sys.argv[1], Path(sys.argv[2])
    if mode == "save":
        save_loop(folder, sys.argv[3], sys.argv[4] == "gated")
    elif mode == "passphrase":
        passphrase_loop(folder, sys.argv[3], sys.argv[4])
    else:
        raise SystemExit(f"unknown mode {mode}")
