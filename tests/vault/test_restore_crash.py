"""A restore interrupted at any point leaves a matching pair: the old one, or (once the
restore-pending marker is written) the new one, which the next Vault.open finishes.

Crashes are simulated in-process: every file operation (os.open, os.fsync, os.chmod,
os.replace, os.unlink) is counted and the K-th one raises; from then on every one of them
raises, as if the process were gone, so no clean-up code gets to run either. Then the
vault is opened as after a restart. A second test kills real child processes (SIGKILL)
that restore in a loop.
"""

from __future__ import annotations

import json
import os
import random
import shutil
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ipt_journal.domain.entries import Entry
from ipt_journal.services import data_safety
from ipt_journal.vault import backup
from ipt_journal.vault.errors import WrongPassphrase
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.vault import Vault, VaultState, db_path, key_path, state
from tests.conftest import snapshot
from tests.security._proc import LineReader, kill, spawn

A = "restore alpha quiet river"  # the backup's passphrase (5 entries)
B = "current bravo steady stone"  # the live journal's passphrase (3 entries)
COUNTS = {A: 5, B: 3}
OPS = ("open", "fsync", "chmod", "replace", "unlink")


class Crash(BaseException):
    """The process 'died' here."""


@contextmanager
def crash_at(k: int) -> Iterator[list[int]]:
    """Raise Crash just before the k-th file operation and at every one after it."""
    calls = [0]
    real = {name: getattr(os, name) for name in OPS}

    def wrap(name: str) -> Callable[..., object]:
        def op(*args: object, **kwargs: object) -> object:
            calls[0] += 1
            if calls[0] >= k:
                raise Crash(name)
            return real[name](*args, **kwargs)

        return op

    for name in OPS:
        setattr(os, name, wrap(name))
    try:
        yield calls
    finally:
        for name, fn in real.items():
            setattr(os, name, fn)


def make_vault(folder: Path, passphrase: str, n: int, word: str) -> Vault:
    v, _ = Vault.create(folder, passphrase)
    repo = JournalRepository(v)
    start = datetime(2024, 3, 1, 19, 30).astimezone()
    for i in range(n):
        repo.save(Entry(kind="free", entry_at=start + timedelta(days=i), body=f"{word} {i}"))
    return v


@pytest.fixture
def template(tmp_path: Path) -> tuple[Path, Path]:
    """(a data dir holding journal B, a backup of journal A)."""
    a = make_vault(tmp_path / "a", A, COUNTS[A], "alpha")
    archive = a.backup_to(tmp_path / "archives" / "a.ijbackup").path
    a.close()
    make_vault(tmp_path / "template", B, COUNTS[B], "bravo").close()
    return tmp_path / "template", archive


def which_opens(data_dir: Path) -> dict[str, int]:
    """Each passphrase that opens the journal -> its entry count (integrity checked)."""
    opened = {}
    for secret in (A, B):
        try:
            with Vault.open(data_dir, passphrase=secret) as v:
                assert v.integrity_problems() == []
                opened[secret] = int(v.conn.execute("SELECT count(*) FROM entries").fetchone()[0])
        except WrongPassphrase:
            pass
    return opened


def phase(data_dir: Path, old_db: bytes, old_key: bytes) -> str:
    marker = (data_dir / backup.PENDING_MARKER).exists()
    db_same = db_path(data_dir).exists() and db_path(data_dir).read_bytes() == old_db
    key_same = key_path(data_dir).exists() and key_path(data_dir).read_bytes() == old_key
    if not marker:
        return "untouched" if db_same and key_same else "done"
    if db_same and key_same:
        return "marked"
    if key_same:
        return "between renames"
    return "renamed, marker left"


def test_a_crash_at_every_step_leaves_a_matching_pair(template: tuple[Path, Path], tmp_path: Path) -> None:
    folder, archive = template
    old_db, old_key = db_path(folder).read_bytes(), key_path(folder).read_bytes()
    seen: Counter[str] = Counter()
    k = 0
    while True:
        k += 1
        data_dir = tmp_path / f"run-{k}"
        shutil.copytree(folder, data_dir)
        with crash_at(k) as calls:
            try:
                data_safety.restore(data_dir, archive, passphrase=A)
                finished = True
            except Crash:
                finished = False
        if finished:
            assert calls[0] < k
            assert which_opens(data_dir) == {A: COUNTS[A]}
            break
        where = phase(data_dir, old_db, old_key)
        seen[where] += 1
        # After the "restart": exactly one passphrase opens, and its journal matches its key file.
        opened = which_opens(data_dir)
        if where == "untouched":
            assert opened == {B: COUNTS[B]}, k
            assert db_path(data_dir).read_bytes() == old_db and key_path(data_dir).read_bytes() == old_key
        else:
            assert opened == {A: COUNTS[A]}, (k, where)  # rolled forward
        assert not (data_dir / backup.PENDING_MARKER).exists()
        assert not (data_dir / backup.STAGED_KEY).exists() or where == "untouched"
        # Whatever was left over does not stop the next restore, which leaves nothing behind.
        data_safety.restore(data_dir, archive, passphrase=A)
        assert which_opens(data_dir) == {A: COUNTS[A]}
        assert sorted(p.name for p in data_dir.iterdir() if p.name.startswith(".") or "restore" in p.name) == []
        shutil.rmtree(data_dir)
    print(f"\nrestore crash points: {k - 1} simulated crashes, phases {dict(seen)}")
    assert k > 10
    assert {"untouched", "marked", "between renames", "renamed, marker left"} <= set(seen)


def test_crash_between_the_renames_of_a_restore_into_an_empty_folder(template: tuple[Path, Path], tmp_path: Path) -> None:
    _folder, archive = template
    with crash_at(10**9) as calls:  # how many file operations a full restore takes
        data_safety.restore(tmp_path / "count", archive, passphrase=A)
    for k in range(1, calls[0] + 1):
        target = tmp_path / f"fresh-{k}"
        with crash_at(k):
            try:
                data_safety.restore(target, archive, passphrase=A)
            except Crash:
                pass
        if db_path(target).exists() and not key_path(target).exists():
            break
    else:
        raise AssertionError("no crash point left the database renamed and the key file not")
    assert state(target) is VaultState.PARTIAL and (target / backup.PENDING_MARKER).exists()
    # What the app asks first when it starts: the restore is finished, not mistaken for damage or a first run.
    from ipt_journal.services.session import Session

    assert Session(target).state() is VaultState.PRESENT and not (target / backup.PENDING_MARKER).exists()
    assert which_opens(target) == {A: COUNTS[A]}


def test_stale_or_foreign_markers_never_touch_the_live_pair(template: tuple[Path, Path], tmp_path: Path) -> None:
    folder, archive = template
    marker = folder / backup.PENDING_MARKER
    before = snapshot(folder)
    # 1. Staged files gone (the restore finished but its marker was left): only the marker goes.
    marker.write_text(json.dumps({"format": "ipt-journal-restore-pending", "version": 1, "db": backup.STAGED_DB,
                                  "key": backup.STAGED_KEY, "old_key": None, "new_key": "0" * 64}))
    assert backup.finish_pending_restore(folder) is False
    assert snapshot(folder) == before
    # 2. Damaged, or naming other files: removed, nothing followed.
    for text in ("{", json.dumps({"format": "ipt-journal-restore-pending", "version": 1, "db": "../journal.db",
                                   "key": "journal.key", "old_key": None, "new_key": "x"})):
        marker.write_text(text)
        (folder / backup.STAGED_DB).write_bytes(b"staged")
        assert which_opens(folder) == {B: COUNTS[B]}
        assert snapshot(folder) == before
    # 3. The live key file changed after the marker was written (a new journal was made after a
    #    crash mid-restore into an empty folder): the old restore must not overwrite it.
    stage = tmp_path / "stage"
    data_dir = tmp_path / "d"
    shutil.copytree(folder, data_dir)
    k = 1
    while True:  # the first crash point with the marker written and nothing renamed yet
        with crash_at(k):
            try:
                data_safety.restore(data_dir, archive, passphrase=A)
            except Crash:
                pass
        if phase(data_dir, db_path(folder).read_bytes(), key_path(folder).read_bytes()) == "marked":
            break
        shutil.rmtree(data_dir)
        shutil.copytree(folder, data_dir)
        k += 1
    make_vault(stage, B, 1, "new").close()
    shutil.copyfile(key_path(stage), key_path(data_dir))
    shutil.copyfile(db_path(stage), db_path(data_dir))
    for side in ("-wal", "-shm"):
        Path(f"{db_path(data_dir)}{side}").unlink(missing_ok=True)
    live = (db_path(data_dir).read_bytes(), key_path(data_dir).read_bytes())
    assert which_opens(data_dir) == {B: 1}
    assert (db_path(data_dir).read_bytes(), key_path(data_dir).read_bytes()) == live
    assert not (data_dir / backup.PENDING_MARKER).exists() and not (data_dir / backup.STAGED_DB).exists()


def test_two_restores_in_one_second_keep_both_copies(template: tuple[Path, Path]) -> None:
    folder, archive = template
    now = datetime(2024, 6, 1, 12, 0, 0)
    data_safety.restore(folder, archive, passphrase=A, now=now)
    data_safety.restore(folder, archive, passphrase=A, now=now)
    kept = sorted(p.name for p in (folder / "backups").glob(f"{backup.RESTORE_PREFIX}*"))
    assert kept == ["before-restore-20240601-120000-2.ijbackup", "before-restore-20240601-120000.ijbackup"]
    # The first copy still holds journal B, the one that was there before both restores.
    assert backup.verify_backup(folder / "backups" / kept[1], passphrase=B).counts["entries"] == COUNTS[B]


# -- real processes, killed with SIGKILL ---------------------------------------------

ROUNDS = 10


def test_sigkill_during_restores_never_leaves_a_mismatched_pair(template: tuple[Path, Path], tmp_path: Path) -> None:
    folder, arch_a = template
    b = Vault.open(folder, passphrase=B)
    arch_b = b.backup_to(tmp_path / "archives" / "b.ijbackup").path
    b.close()
    with crash_at(10**9) as calls:  # how many file operations one restore takes
        data_safety.restore(tmp_path / "count", arch_a, passphrase=A)
    per_restore = calls[0]
    rng = random.Random(2024)
    current = B
    for round_no in range(ROUNDS):
        first = rng.randint(0, 1)
        kill_at = rng.randint(1, 2 * per_restore)
        proc = spawn("-m", "tests.vault._restore_child", str(folder), str(arch_a), A, str(arch_b), B,
                     str(first), str(kill_at))
        reader = LineReader(proc)
        try:
            assert reader.readline() == "ready"
            lines = reader.lines_until_exit()
        finally:
            kill(proc)
        assert proc.returncode == -9, proc.returncode
        nxt = (A, B)[first]
        allowed = {current, nxt}
        for line in lines:
            assert line == ("A" if nxt == A else "B")
            current = nxt
            nxt = B if nxt == A else A
            allowed = {current, nxt}
        opened = which_opens(folder)
        assert len(opened) == 1, f"round {round_no}: {opened}"
        (secret, count), = opened.items()
        assert count == COUNTS[secret], f"round {round_no}: a database paired with the other key file"
        assert secret in allowed, round_no
        assert not (folder / backup.PENDING_MARKER).exists()
        current = secret
