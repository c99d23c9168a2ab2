"""Child for test_process: hold the instance lock with the vault open until told to stop."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from ipt_journal.domain.entries import Entry
from ipt_journal.vault.instance import InstanceLock
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.vault import Vault

if __name__ == "__main__":
    data_dir, passphrase = Path(sys.argv[1]), sys.argv[2]
    with InstanceLock(data_dir), Vault.open(data_dir, passphrase=passphrase) as vault:
        JournalRepository(vault).save(Entry(kind="free", entry_at=datetime.now().astimezone(), body="held"))
        print("holding", flush=True)
        sys.stdin.readline()
        JournalRepository(vault).save(Entry(kind="free", entry_at=datetime.now().astimezone(), body="after"))
    print("released", flush=True)
