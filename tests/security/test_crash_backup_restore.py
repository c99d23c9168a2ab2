"""SIGKILL a process at random points while it makes backups (all three ways) or restores backups.

Afterwards the vault opens with exactly one of the possible passphrases (and the recovery code),
passes its integrity checks, leftovers from the kill do not get in the way, and every archive
under its final name in backups/ (or the chosen folder) verifies: a half-written archive is
never left under a final name.
"""

from __future__ import annotations

import random
from datetime import datetime
from pathlib import Path

import pytest

from ipt_journal.domain.entries import Entry
from ipt_journal.vault import db
from ipt_journal.vault.backup import BACKUP_SUFFIX, read_archive, verify_backup
from ipt_journal.vault.errors import WrongPassphrase
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.vault import Vault, VaultState, state
from tests.conftest import PASSPHRASE
from tests.security._child import SELF_KILL_ENV
from tests.security._proc import LineReader, kill, spawn

BACKUP_ROUNDS = 16
RESTORE_ROUNDS = 16
A = "restore passphrase alpha river"
B = "restore passphrase bravo stone"


def _run_round(rng: random.Random, args: list[str], max_step: int, max_lines: int) -> tuple[list[str], str]:
    """One child, killed one of two ways: by the parent right after a random number of reported
    operations, or by itself just before a random file operation (open, fsync, chmod, rename,
    unlink, archive member). Returns the lines it reported and how it was killed."""
    self_kill = rng.random() < 0.6
    extra = {SELF_KILL_ENV: str(rng.randint(1, max_step))} if self_kill else {}
    proc = spawn("-m", "tests.security._child", *args, extra_env=extra)
    reader = LineReader(proc)
    try:
        assert reader.readline() == "ready"
        if self_kill:
            lines = reader.lines_until_exit()
        else:
            lines = [reader.readline() for _ in range(rng.randint(0, max_lines))]
    finally:
        kill(proc)
    assert proc.returncode == -9, f"the child must die by SIGKILL, not {proc.returncode}"
    return lines, "self" if self_kill else "parent"


def _archives(folder: Path) -> list[Path]:
    """Files under their final archive name (temp files start with a dot)."""
    return sorted(p for p in folder.rglob(f"*{BACKUP_SUFFIX}") if not p.name.startswith("."))


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob(".*") if p.is_file())


def _verify_new(folders: list[Path], verified: set[tuple[str, int, int]], **secret: str) -> int:
    """Verify every archive not verified before (an archive is never rewritten under the same name,
    except a before-restore one in the same second, which the key (name, size, mtime) catches)."""
    n = 0
    for folder in folders:
        for p in _archives(folder):
            st = p.stat()
            key = (str(p), st.st_size, st.st_mtime_ns)
            if key in verified:
                continue
            info = verify_backup(p, **secret)
            assert info.counts.get("entries", 0) >= 1, p
            verified.add(key)
            n += 1
    return n


def test_sigkill_during_backups(data_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    v, code = Vault.create(data_dir, PASSPHRASE)
    JournalRepository(v).save(Entry(kind="free", entry_at=datetime.now().astimezone(), body="before any backup"))
    v.close()
    rng = random.Random(5150)
    n = 0
    saved: list[str] = []
    reported: dict[str, list[Path]] = {"manual": [], "daily": [], "folder": []}
    verified: set[tuple[str, int, int]] = set()
    kills = {"self": 0, "parent": 0}
    kills_mid_backup = 0
    for round_no in range(BACKUP_ROUNDS):
        lines, how = _run_round(rng, ["backup", str(data_dir), PASSPHRASE, str(folder), str(n)], 70, 8)
        kills[how] += 1
        for line in lines:
            kind, value = line.split(" ", 1)
            if kind == "saved":
                saved.append(value)
                n += 1
            else:
                reported[kind].append(Path(value))
        kills_mid_backup += bool(lines) and lines[-1].startswith("saved")  # the backup after that save was running

        assert state(data_dir) is VaultState.PRESENT
        with Vault.open(data_dir, passphrase=PASSPHRASE) as vault:
            assert db.integrity_problems(vault.conn) == [], f"round {round_no}"
            present = {r[0] for r in vault.conn.execute("SELECT uid FROM entries")}
            n = max(n, len(present) - 1)  # a save may have committed unreported: never reuse its number
        assert set(saved) <= present, f"round {round_no}: a reported save was lost"
        Vault.open(data_dir, recovery_code=code).close()
        with pytest.raises(WrongPassphrase):
            Vault.open(data_dir, passphrase=A)
        # every archive under a final name verifies, wherever the kill landed
        _verify_new([data_dir / "backups", folder], verified, passphrase=PASSPHRASE)
        for kind in ("manual", "folder"):
            for p in reported[kind]:
                assert p.exists(), f"a reported {kind} backup disappeared: {p.name}"
        # the newest reported automatic backup is never rotated away
        if reported["daily"]:
            assert reported["daily"][-1].exists()

    leftovers = _leftovers(data_dir / "backups") + _leftovers(folder)
    print(
        f"\nbackup-crash: {BACKUP_ROUNDS} rounds, {BACKUP_ROUNDS} SIGKILLs {kills} ({kills_mid_backup} during a backup), "
        f"{sum(map(len, reported.values()))} reported backups {({k: len(v) for k, v in reported.items()})}, "
        f"{len(verified)} archives verified, {len(leftovers)} stray temp files"
    )
    assert kills_mid_backup > 0, "at least one kill must land inside a backup"
    assert kills["self"] > 0 and kills["parent"] > 0
    assert all(reported.values()), "every way of backing up must have completed at least once"
    assert len(verified) >= sum(len(reported[k]) for k in ("manual", "folder"))
    # stray temp files never carry a final archive name and do not stop the next backup
    assert all(name.startswith(".") for name in leftovers)
    for kind in ("manual", "folder"):
        for p in reported[kind]:
            assert read_archive(p)[0]["version"] == 2  # made without the search index (verified above with it rebuilt)
    with Vault.open(data_dir, passphrase=PASSPHRASE) as vault:
        assert verify_backup(vault.backup_to(vault.backups_dir() / "after.ijbackup").path, passphrase=PASSPHRASE)


def test_sigkill_during_restores(data_dir: Path, tmp_path: Path) -> None:
    # Two backups of one journal from different states, made with different passphrases.
    v, code = Vault.create(data_dir, A)
    repo = JournalRepository(v)
    now = datetime.now().astimezone()
    for i in range(20):
        repo.save(Entry(kind="free", entry_at=now, body=f"state A {i} " * 30))
    store = tmp_path / "archives"
    arch_a = v.backup_to(store / "a.ijbackup").path
    v.change_passphrase(B)
    for i in range(15):
        repo.save(Entry(kind="free", entry_at=now, body=f"state B {i} " * 30))
    arch_b = v.backup_to(store / "b.ijbackup").path
    v.close()
    for arch in (arch_a, arch_b):
        assert read_archive(arch)[0]["version"] == 2  # without the search index: each restore rebuilds it
    expected = {"A": 20, "B": 35}
    secrets = {"A": A, "B": B}
    rng = random.Random(8086)
    verified: set[tuple[str, int, int]] = set()
    current = "B"  # the live vault is state B, opened by B
    restores = mismatched = 0
    kills = {"self": 0, "parent": 0}
    for round_no in range(RESTORE_ROUNDS):
        first = rng.randint(0, 1)
        args = ["restore", str(data_dir), "A", str(arch_a), A, "B", str(arch_b), B, str(first)]
        lines, how = _run_round(rng, args, 90, 5)
        kills[how] += 1
        last = None
        nxt = "AB"[first]
        for line in lines:
            assert line == nxt
            last = line
            nxt = "B" if last == "A" else "A"
            restores += 1

        assert state(data_dir) is VaultState.PRESENT
        opens = {}
        for label, secret in secrets.items():
            try:
                with Vault.open(data_dir, passphrase=secret) as vault:
                    assert db.integrity_problems(vault.conn) == [], f"round {round_no}"
                    opens[label] = vault.conn.execute("SELECT count(*) FROM entries").fetchone()[0]
                    # the archives leave their search index out: whatever restore is in place has it rebuilt
                    indexed = vault.conn.execute("SELECT count(*) FROM entries_fts").fetchone()[0]
                    assert indexed == opens[label], f"round {round_no}: {indexed} index rows"
                    assert len(JournalRepository(vault).search(f"state {label.lower()}")) == opens[label] - (
                        20 if label == "B" else 0), f"round {round_no}: search after the restore"
            except WrongPassphrase:
                pass
        assert len(opens) == 1, f"round {round_no}: exactly one passphrase must open, got {sorted(opens)}"
        (label, count), = opens.items()
        assert count in expected.values()
        # The restore marker promises the pair is swapped as one: never a database from one archive
        # with the key file of the other, whenever the kill came.
        mismatched += count != expected[label]
        assert count == expected[label], f"round {round_no}: {label}'s key file opened a database of {count} entries"
        # the last reported restore is in place, or the one in flight finished too
        allowed = {last, nxt} if last else {current, nxt}
        assert label in allowed, f"round {round_no}: {label} not in {allowed}"
        current = label
        with Vault.open(data_dir, recovery_code=code) as vault:
            assert vault.integrity_problems() == []
        _verify_new([data_dir / "backups"], verified, recovery_code=code)
        assert verify_backup(arch_a, passphrase=A).counts["entries"] == 20
        assert verify_backup(arch_b, passphrase=B).counts["entries"] == 35

    leftovers = _leftovers(data_dir)
    print(
        f"\nrestore-crash: {RESTORE_ROUNDS} rounds, {RESTORE_ROUNDS} SIGKILLs {kills}, {restores} reported restores, "
        f"{len(verified)} before-restore archives verified, {mismatched} mismatched pairs, "
        f"{len(leftovers)} stray temp files"
    )
    assert restores > 0 and len(verified) > 0
    assert kills["self"] > 0 and kills["parent"] > 0
    assert mismatched == 0
