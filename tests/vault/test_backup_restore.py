"""Backups, rotation and restore on real vaults (fast Argon2 profile)."""

from __future__ import annotations

import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ipt_journal.domain.entries import Entry, Feeling
from ipt_journal.services import data_safety
from ipt_journal.services.session import Session
from ipt_journal.vault import backup, backups, export
from ipt_journal.vault.errors import VaultDamaged, WrongPassphrase
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.settings import PromptPrefs, VaultSettings
from ipt_journal.vault.vault import Vault, db_path, key_path
from tests.conftest import PASSPHRASE, snapshot

OTHER = "another calm passphrase words"


def fill(v: Vault, n: int = 5, marker: str = "note") -> None:
    repo = JournalRepository(v)
    start = datetime(2024, 3, 1, 19, 30).astimezone()
    for i in range(n):
        repo.save(
            Entry(kind="free", entry_at=start + timedelta(days=i), title=f"{marker} {i}", body=f"{marker} body {i} ✨",
                  tags=("group",), feelings=(Feeling("calm", 4),))
        )
    VaultSettings(v).set("schedule", {"weekday": 2})
    PromptPrefs(v).add_custom("What did I hold back?", 6)


def doc_of(v: Vault) -> dict:
    doc = export.export_document(v)
    doc.pop("exported_at")
    return doc


def test_backup_then_restore_on_fresh_data_dir_gives_identical_export(vault_with_code, tmp_path: Path) -> None:
    v, code = vault_with_code
    fill(v)
    before = doc_of(v)
    info = data_safety.back_up_to(v, tmp_path)
    assert info.counts["entries"] == 5
    assert backup.verify_backup(info.path, passphrase=PASSPHRASE).counts == info.counts
    fresh = tmp_path / "new-laptop"
    data_safety.restore(fresh, info.path, recovery_code=code)
    with Vault.open(fresh, passphrase=PASSPHRASE) as restored:
        assert doc_of(restored) == before
        assert JournalRepository(restored).search("note")
    with Vault.open(fresh, recovery_code=code) as restored:
        assert restored.integrity_problems() == []


def test_restore_replaces_vault_keeps_current_and_opens_with_backups_secret(data_dir: Path, tmp_path: Path) -> None:
    old, _ = Vault.create(tmp_path / "old", OTHER)
    fill(old, 3, "from backup")
    archive = data_safety.back_up_to(old, tmp_path).path
    old_doc = doc_of(old)
    old.close()

    current, _ = Vault.create(data_dir, PASSPHRASE)
    fill(current, 2, "current")
    current_doc = doc_of(current)
    current.close()

    data_safety.restore(data_dir, archive, passphrase=OTHER)
    assert not Path(f"{db_path(data_dir)}-wal").exists() or Path(f"{db_path(data_dir)}-wal").stat().st_size == 0
    with pytest.raises(WrongPassphrase):
        Vault.open(data_dir, passphrase=PASSPHRASE)
    with Vault.open(data_dir, passphrase=OTHER) as v:
        assert doc_of(v) == old_doc
    kept = list((data_dir / "backups").glob(f"{backup.RESTORE_PREFIX}*"))
    assert len(kept) == 1
    # The copy of the replaced vault is itself a backup that restores (with ITS passphrase).
    data_safety.restore(data_dir, kept[0], passphrase=PASSPHRASE)
    with Vault.open(data_dir, passphrase=PASSPHRASE) as v:
        assert doc_of(v) == current_doc
    assert leftovers(data_dir) == []


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(".")]


def _damage_db_member(src: Path, dest: Path) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w") as zout:
        for info in zin.infolist():
            data = bytearray(zin.read(info))
            if info.filename == backup.DB_MEMBER:
                for i in range(len(data) - 3000, len(data) - 2990):
                    data[i] ^= 0xFF
            zout.writestr(info, bytes(data))


def test_damaged_backup_is_detected_at_verify(vault: Vault, tmp_path: Path) -> None:
    fill(vault, 40)
    archive = data_safety.back_up_to(vault, tmp_path).path
    flipped = tmp_path / "flipped.ijbackup"
    _damage_db_member(archive, flipped)
    with pytest.raises(VaultDamaged):
        backup.verify_backup(flipped, passphrase=PASSPHRASE)
    cut = tmp_path / "cut.ijbackup"
    cut.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    with pytest.raises(VaultDamaged, match="damaged"):
        backup.verify_backup(cut, passphrase=PASSPHRASE)
    with pytest.raises(VaultDamaged):
        vault.verify_own_backup(flipped)


@pytest.mark.parametrize("problem", ["wrong-passphrase", "flipped-page", "truncated", "not-a-backup", "newer-schema"])
def test_failed_restore_leaves_vault_byte_identical(vault: Vault, tmp_path: Path, problem: str, monkeypatch) -> None:
    fill(vault, 40)
    archive = data_safety.back_up_to(vault, tmp_path).path
    data_dir = vault.data_dir
    vault.close()
    before = snapshot(data_dir)
    kwargs = {"passphrase": PASSPHRASE}
    bad = tmp_path / "bad.ijbackup"
    if problem == "wrong-passphrase":
        bad, kwargs = archive, {"passphrase": "not the right one at all"}
        expected = WrongPassphrase
    elif problem == "flipped-page":
        _damage_db_member(archive, bad)
        expected = VaultDamaged
    elif problem == "truncated":
        bad.write_bytes(archive.read_bytes()[:5000])
        expected = VaultDamaged
    elif problem == "not-a-backup":
        bad.write_bytes(b"just some text, not a zip")
        expected = VaultDamaged
    else:
        from ipt_journal.vault import migrations

        monkeypatch.setattr(migrations, "LATEST_VERSION", 0)
        bad = archive
        expected = VaultDamaged
    with pytest.raises(expected):
        data_safety.restore(data_dir, bad, **kwargs)
    assert snapshot(data_dir) == before
    monkeypatch.undo()
    with Vault.open(data_dir, passphrase=PASSPHRASE) as again:
        assert again.integrity_problems() == []


# -- automatic daily backups and rotation ----------------------------------------


def test_to_keep_is_7_daily_and_8_weekly() -> None:
    start = datetime(2024, 1, 1, 8, 0)  # a Monday
    made = [start + timedelta(days=i, hours=i % 3) for i in range(120)]
    keep = backups.to_keep(made)
    newest_days = sorted({m.date() for m in made})[-7:]
    assert {m.date() for m in keep} >= set(newest_days)
    weeks = sorted({tuple(m.isocalendar())[:2] for m in made})[-8:]
    for week in weeks:  # the newest backup of each of the last 8 weeks
        assert max(m for m in made if tuple(m.isocalendar())[:2] == week) in keep
    daily = {m for m in made if m.date() in newest_days}
    weekly = {max(m for m in made if tuple(m.isocalendar())[:2] == w) for w in weeks}
    assert keep == daily | weekly
    # The last day is a Monday: the daily window covers two weeks' newest, so 7 + 6 more.
    assert len(keep) == 13
    assert backups.to_keep(made[:3]) == set(made[:3])


def test_daily_backup_once_a_day_verified_then_rotated(vault: Vault) -> None:
    folder = vault.backups_dir()
    folder.mkdir(parents=True, exist_ok=True)
    today = datetime(2024, 6, 30, 21, 15).astimezone()
    for i in range(1, 90):  # placeholders for earlier days; rotation judges by name only
        (folder / f"auto-{(today - timedelta(days=i)):%Y%m%d-%H%M%S}.ijbackup").write_bytes(b"old")
    (folder / "before-migration-v1-20240101-000000.ijbackup").write_bytes(b"kept")
    (folder / "mine.ijbackup").write_bytes(b"kept")
    info = backups.daily_backup(vault, now=today)
    assert info is not None
    assert backups.daily_backup(vault, now=today + timedelta(hours=2)) is None  # once a day
    autos = backups.auto_backups(folder)
    assert len(autos) == 14
    assert len([b for b in autos if b.made.date() > (today - timedelta(days=7)).date()]) == 7
    assert (folder / "before-migration-v1-20240101-000000.ijbackup").exists()
    assert (folder / "mine.ijbackup").exists()
    assert backup.verify_backup(info.path, passphrase=PASSPHRASE).counts == info.counts


def test_failed_verification_removes_nothing_older(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = vault.backups_dir()
    folder.mkdir(parents=True, exist_ok=True)
    today = datetime(2024, 6, 30, 9, 0).astimezone()
    for i in range(1, 40):
        (folder / f"auto-{(today - timedelta(days=i)):%Y%m%d-%H%M%S}.ijbackup").write_bytes(b"old")
    before = sorted(p.name for p in folder.iterdir())

    def broken(*_a, **_k):  # type: ignore[no-untyped-def]
        raise VaultDamaged("The backup did not read back intact.")

    monkeypatch.setattr(Vault, "verify_own_backup", broken)
    problem = data_safety.daily_backup_quietly(vault, now=today)
    assert problem is not None and "fine" in problem
    assert sorted(p.name for p in folder.iterdir()) == before


def test_unlock_makes_todays_backup_in_the_background(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    from ipt_journal.app import MainWindow

    data_dir = vault.data_dir
    vault.close()
    window = MainWindow(Session(data_dir))
    qtbot.addWidget(window)
    for _ in range(2):
        window.unlock_screen.passphrase.setText(PASSPHRASE)
        window.unlock_screen.try_unlock()
        assert window.workspace is not None  # unlocking did not wait for the backup
        qtbot.waitUntil(lambda: window.daily_backup is not None and not window.tasks.running(), timeout=10000)
        window.lock()
    assert len(backups.auto_backups(data_dir / "backups")) == 1  # once a day
    window.close()


def test_backup_archives_hold_no_plaintext(vault: Vault, tmp_path: Path) -> None:
    fill(vault, 10, "ZEBRA-MARKER-51")
    archive = data_safety.back_up_to(vault, tmp_path).path
    assert b"ZEBRA-MARKER-51" not in archive.read_bytes()
    assert key_path(vault.data_dir).read_bytes() in archive.read_bytes()


def test_a_save_during_a_backup_does_not_make_the_copy_look_damaged(vault: Vault, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The copy and its row counts come from one snapshot: the member may keep writing on another connection."""
    fill(vault, 3)
    worker = vault.worker_handle()  # the daily backup runs on its own connection
    real_counts = backup.table_counts
    calls = []

    def counts_after_a_save(conn):  # type: ignore[no-untyped-def]
        if not calls:  # the first count is the one taken for the copy: the member saves just before it
            JournalRepository(vault).save(Entry(kind="free", entry_at=datetime.now().astimezone(), body="meanwhile"))
        calls.append(conn)
        return real_counts(conn)

    monkeypatch.setattr(backup, "table_counts", counts_after_a_save)
    try:
        info = data_safety.back_up_to(worker, tmp_path)
    finally:
        worker.close()
    assert info.counts["entries"] == 3
    assert backup.verify_backup(info.path, passphrase=PASSPHRASE).counts["entries"] == 3
    assert JournalRepository(vault).count() == 4


def test_half_written_backups_are_swept_on_open(vault: Vault) -> None:
    data_dir = vault.data_dir
    folder = data_dir / "backups"
    folder.mkdir(exist_ok=True)
    vault.backup_to(folder / "kept.ijbackup")
    vault.close()
    leftovers = [".auto-20261124-010101.ijbackup.db-tmp", ".auto-20261124-010101.ijbackup.db-tmp-journal",
                 ".auto-20261124-010101.ijbackup.tmp", ".x.ijbackup.verify-tmp-wal"]
    import os
    import time

    for name in leftovers:
        (folder / name).write_bytes(b"encrypted junk")
        os.utime(folder / name, (time.time() - 7200, time.time() - 7200))
    (folder / ".auto-20261124-090000.ijbackup.db-tmp").write_bytes(b"a backup still being written")
    (folder / "notes.txt").write_text("the member's own file")
    with Vault.open(data_dir, passphrase=PASSPHRASE):
        pass
    assert sorted(p.name for p in folder.iterdir()) == [
        ".auto-20261124-090000.ijbackup.db-tmp", "kept.ijbackup", "notes.txt"]  # a fresh part is left alone


def test_a_backup_can_be_cancelled_and_leaves_nothing(vault: Vault, tmp_path: Path) -> None:
    from ipt_journal.vault.progress import Cancelled

    fill(vault, 300, "cancel me")
    calls = []

    def progress(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) >= 2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        data_safety.back_up_to(vault, tmp_path / "out", progress=progress)
    assert list((tmp_path / "out").iterdir()) == []  # no archive, no temp copy
    info = data_safety.back_up_to(vault, tmp_path / "out", progress=lambda d, t: None)
    assert backup.verify_backup(info.path, passphrase=PASSPHRASE).counts["entries"] == 300
