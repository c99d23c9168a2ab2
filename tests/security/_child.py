"""Child processes for the crash tests. Run as: python -m tests.security._child MODE DATA_DIR ARGS...

Every line is printed and flushed only after the operation it reports has returned,
so a reported line means the operation was committed (database) or renamed into
place (key file).
"""

from __future__ import annotations

import os
import signal
import sys
import zipfile
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

from ipt_journal.domain.entries import Entry
from ipt_journal.vault import keyfile
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.vault import Vault

# Same cheap profile as tests/conftest.py (that module imports pytest, so it is not imported here).
FAST_KDF = keyfile.KdfParams(memory_kib=1024, time_cost=1, parallelism=1)


SELF_KILL_ENV = "IPT_TEST_SELF_KILL_AT"


def arm_self_kill() -> None:
    """With IPT_TEST_SELF_KILL_AT=K, SIGKILL this process just before its K-th file operation.

    Counted: os.open, os.fsync, os.chmod, os.replace, os.unlink and every archive member written,
    so a kill can land precisely between any two steps of a backup or restore (for example
    between its two renames), not only where the parent happens to be scheduled.
    """
    at = int(os.environ.get(SELF_KILL_ENV, "0"))
    if at <= 0:
        return
    count = [0]

    def hook(fn: Callable[..., object]) -> Callable[..., object]:
        def wrapped(*args: object, **kwargs: object) -> object:
            count[0] += 1
            if count[0] >= at:
                os.kill(os.getpid(), signal.SIGKILL)
            return fn(*args, **kwargs)

        return wrapped

    for name in ("open", "fsync", "chmod", "replace", "unlink"):
        setattr(os, name, hook(getattr(os, name)))
    zipfile.ZipFile.write = hook(zipfile.ZipFile.write)  # type: ignore[method-assign]
    zipfile.ZipFile.writestr = hook(zipfile.ZipFile.writestr)  # type: ignore[method-assign]


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


BASE_CLOCK = datetime(2030, 1, 7, 12, 0, tzinfo=timezone.utc)  # injected clock for backup names


def backup_loop(data_dir: Path, passphrase: str, folder: Path, start: int) -> None:
    """Save an entry, then one backup; the three ways round in turn. Prints "kind path" after each returns."""
    from ipt_journal.services.data_safety import back_up_to
    from ipt_journal.vault.backups import daily_backup

    vault = Vault.open(data_dir, passphrase=passphrase)
    repo = JournalRepository(vault)
    print("ready", flush=True)
    arm_self_kill()
    n = start
    while True:
        n += 1
        entry = repo.save(Entry(kind="free", entry_at=datetime.now().astimezone(), body=f"backed up {n} " * 30))
        print(f"saved {entry.uid}", flush=True)
        if n % 3 == 0:
            info = vault.backup_to(vault.backups_dir() / f"manual-{n:06d}.ijbackup")
            print(f"manual {info.path}", flush=True)
        elif n % 3 == 1:
            made = daily_backup(vault, now=(BASE_CLOCK + timedelta(days=n)).astimezone())
            assert made is not None, "one new day per call: a backup must be made"
            print(f"daily {made.path}", flush=True)
        else:
            info = back_up_to(vault, folder, now=BASE_CLOCK.replace(tzinfo=None) + timedelta(seconds=n))
            print(f"folder {info.path}", flush=True)


def restore_loop(data_dir: Path, archives: list[tuple[str, Path, str]], first: int) -> None:
    """Restore the two archives in turn (holding the instance lock, vault closed). Prints the label after each."""
    from ipt_journal.services.data_safety import restore
    from ipt_journal.vault.instance import InstanceLock

    with InstanceLock(data_dir):
        print("ready", flush=True)
        arm_self_kill()
        i = first
        while True:
            label, archive, secret = archives[i % 2]
            restore(data_dir, archive, passphrase=secret)
            print(label, flush=True)
            i += 1


if __name__ == "__main__":
    mode, folder = sys.argv[1], Path(sys.argv[2])
    if mode == "save":
        save_loop(folder, sys.argv[3], sys.argv[4] == "gated")
    elif mode == "passphrase":
        passphrase_loop(folder, sys.argv[3], sys.argv[4])
    elif mode == "backup":
        backup_loop(folder, sys.argv[3], Path(sys.argv[4]), int(sys.argv[5]))
    elif mode == "restore":
        # restore DATA_DIR LABEL_A ARCHIVE_A SECRET_A LABEL_B ARCHIVE_B SECRET_B FIRST
        a = (sys.argv[3], Path(sys.argv[4]), sys.argv[5])
        b = (sys.argv[6], Path(sys.argv[7]), sys.argv[8])
        restore_loop(folder, [a, b], int(sys.argv[9]))
    else:
        raise SystemExit(f"unknown mode {mode}")
