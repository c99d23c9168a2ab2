"""Damaged files give VaultDamaged (or failed integrity checks), never a crash, never a new empty
vault, and never an overwrite of the damaged file; a backup taken before the damage still verifies."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from ipt_journal.domain.entries import Entry
from ipt_journal.vault.backup import verify_backup
from ipt_journal.vault.errors import VaultDamaged, VaultExists
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.vault import Vault, VaultState, db_path, key_path, state
from tests.conftest import PASSPHRASE
from tests.security._cli import run_cli

PAGE = 4096


def _flip_middle_page(p: Path) -> None:
    data = bytearray(p.read_bytes())
    pages = len(data) // PAGE
    assert pages >= 8, "the test vault must have enough pages to pick a middle one"
    start = (pages // 2) * PAGE + 1000
    for i in range(start, start + 32):
        data[i] ^= 0x5A
    p.write_bytes(bytes(data))


def _truncate_half(p: Path) -> None:
    data = p.read_bytes()
    p.write_bytes(data[: len(data) // 2 + 123])


def _truncate_to_header(p: Path) -> None:
    p.write_bytes(p.read_bytes()[:100])


def _zero_first_16(p: Path) -> None:
    data = bytearray(p.read_bytes())
    data[:16] = bytes(16)
    p.write_bytes(bytes(data))


def _key_not_json(p: Path) -> None:
    p.write_bytes(p.read_bytes()[:57])


def _key_garbage(p: Path) -> None:
    p.write_bytes(os.urandom(300))


def _key_bad_base64(p: Path) -> None:
    p.write_text(p.read_text().replace('"wrapped": "', '"wrapped": "!!', 1))


def _key_weak_kdf(p: Path) -> None:
    p.write_text(p.read_text().replace('"memory_kib": 1024', '"memory_kib": 1', 1))


DB_DAMAGE: list[tuple[str, Callable[[Path], None]]] = [
    ("flip-middle-page", _flip_middle_page),
    ("truncate-half", _truncate_half),
    ("truncate-to-header", _truncate_to_header),
    ("zero-first-16-bytes", _zero_first_16),
]
KEY_DAMAGE: list[tuple[str, Callable[[Path], None]]] = [
    ("key-not-json", _key_not_json),
    ("key-garbage", _key_garbage),
    ("key-bad-base64", _key_bad_base64),
    ("key-weak-kdf", _key_weak_kdf),
]


@pytest.fixture
def filled(data_dir: Path) -> tuple[Path, str, Path]:
    v, code = Vault.create(data_dir, PASSPHRASE)
    repo = JournalRepository(v)
    now = datetime.now().astimezone()
    for i in range(120):
        repo.save(Entry(kind="free", entry_at=now, title=f"t{i}", body=f"body {i} " * 60, tags=(f"tag{i % 7}",)))
    backup = v.backup_to(v.backups_dir() / "before-damage.ijbackup").path
    v.close()
    return data_dir, code, backup


@pytest.mark.parametrize("name,damage", DB_DAMAGE + KEY_DAMAGE, ids=[n for n, _ in DB_DAMAGE + KEY_DAMAGE])
def test_damage_is_reported_not_repaired_over(
    filled: tuple[Path, str, Path], name: str, damage: Callable[[Path], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir, code, backup = filled
    target = key_path(data_dir) if name.startswith("key-") else db_path(data_dir)
    damage(target)
    damaged = target.read_bytes()
    other = (db_path(data_dir) if target == key_path(data_dir) else key_path(data_dir)).read_bytes()

    outcomes = []
    for secret in ({"passphrase": PASSPHRASE}, {"recovery_code": code}):
        try:
            vault = Vault.open(data_dir, **secret)
        except VaultDamaged as exc:
            assert str(exc) and "Traceback" not in str(exc)
            outcomes.append("refused")
        else:
            with vault:
                problems = vault.integrity_problems()
            assert problems, f"{name}: opened and passed the checks although damaged"
            outcomes.append("problems")
        # never a new empty vault, never an overwrite of what is there
        assert state(data_dir) in (VaultState.PRESENT, VaultState.PARTIAL)
        assert target.read_bytes() == damaged, f"{name}: the damaged file was changed by a failed open"
    with pytest.raises(VaultExists):
        Vault.create(data_dir, PASSPHRASE)
    assert target.read_bytes() == damaged
    assert (db_path(data_dir) if target == key_path(data_dir) else key_path(data_dir)).read_bytes() == other

    rc, out, err = run_cli(monkeypatch, "verify", "--data-dir", str(data_dir), "--passphrase-file", "-", stdin=PASSPHRASE + "\n")
    assert rc == 4, (name, rc, out, err)
    assert "Traceback" not in out + err
    assert err.count("\n") == 1 and err.startswith("ipt-journal: "), (
        f"{name}: verify should explain on stderr in one line; got stdout={out!r} stderr={err!r}"
    )
    assert target.read_bytes() == damaged

    info = verify_backup(backup, passphrase=PASSPHRASE)
    assert info.counts["entries"] == 120
    assert verify_backup(backup, recovery_code=code).counts["entries"] == 120
    rc, out, err = run_cli(
        monkeypatch, "verify", "--data-dir", str(data_dir), "--backup", str(backup), "--passphrase-file", "-",
        stdin=PASSPHRASE + "\n",
    )
    assert rc == 0 and "120 entries" in out, (rc, out, err)


def test_damaged_backup_is_refused(filled: tuple[Path, str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir, _code, backup = filled
    data = bytearray(backup.read_bytes())
    mid = len(data) // 2
    data[mid : mid + 64] = bytes(64)
    backup.write_bytes(bytes(data))
    with pytest.raises(VaultDamaged):
        verify_backup(backup, passphrase=PASSPHRASE)
    rc, out, err = run_cli(
        monkeypatch, "verify", "--data-dir", str(data_dir), "--backup", str(backup), "--passphrase-file", "-",
        stdin=PASSPHRASE + "\n",
    )
    assert rc == 4 and err.count("\n") == 1 and "Traceback" not in err
    # the live vault is untouched by all this
    with Vault.open(data_dir, passphrase=PASSPHRASE) as v:
        assert v.integrity_problems() == []


# -- the way back: the unlock screen offers a restore, and it works ----------------------------


def _entries_unreadable(data_dir: Path) -> None:
    """The subtlest damage: the file opens (header, schema and key are fine) but the entries table's
    root page fails its HMAC, so the first read of an entry fails."""
    with Vault.open(data_dir, passphrase=PASSPHRASE) as v:
        root = int(v.conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'entries'").fetchone()[0])
    p = db_path(data_dir)
    data = bytearray(p.read_bytes())
    start = (root - 1) * PAGE + 200
    for i in range(start, start + 16):
        data[i] ^= 0xA5
    p.write_bytes(bytes(data))


UI_DAMAGE: list[tuple[str, Callable[[Path], None]]] = [
    ("db-truncated", lambda d: _truncate_half(db_path(d))),
    ("db-missing", lambda d: db_path(d).unlink()),
    ("key-garbage", lambda d: _key_garbage(key_path(d))),
    ("key-missing", lambda d: key_path(d).unlink()),
    ("entries-table-unreadable", _entries_unreadable),
]


@pytest.mark.parametrize("name,damage", UI_DAMAGE, ids=[n for n, _ in UI_DAMAGE])
def test_unlock_screen_offers_restore_and_it_brings_the_journal_back(
    qtbot, filled: tuple[Path, str, Path], name: str, damage: Callable[[Path], None], monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    import zipfile

    from ipt_journal.app import MainWindow
    from ipt_journal.services.session import Session
    from ipt_journal.ui import data_safety as safety
    from ipt_journal.ui import dialogs
    from ipt_journal.vault.backup import DB_MEMBER, KEY_MEMBER

    data_dir, _code, backup = filled
    damage(data_dir)
    damaged = {m: p.read_bytes() for m, p in ((DB_MEMBER, db_path(data_dir)), (KEY_MEMBER, key_path(data_dir))) if p.exists()}

    window = MainWindow(Session(data_dir))
    qtbot.addWidget(window)
    window.show()
    screen = window.unlock_screen
    assert window.first_run is None, f"{name}: a damaged journal must never look like a first run"
    screen.passphrase.setText(PASSPHRASE)
    screen.try_unlock()
    assert not window.session.is_unlocked and window.workspace is None, f"{name}: the damaged journal was opened"
    message = screen.message.text()
    assert ("damaged" in message or "missing" in message) and "Traceback" not in message, message
    assert not screen.restore_button.isHidden(), f"{name}: 'Restore from a backup…' must be offered"
    assert state(data_dir) is not VaultState.NONE

    # the real restore code; only the thin dialogs are replaced
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *_a: str(backup))
    monkeypatch.setattr(safety.restoring, "ask_backup_secret", lambda _p: ("passphrase", PASSPHRASE))
    monkeypatch.setattr(dialogs, "confirm", lambda *_a, **_k: True)
    screen.restore_button.click()
    job = screen.restore_job
    if job.running:
        with qtbot.waitSignal(job.finished, timeout=20_000):
            pass
    assert job.error is None, job.error
    assert "restored" in screen.message.text() and screen.restore_button.isHidden()

    screen.passphrase.setText(PASSPHRASE)
    screen.try_unlock()
    assert window.session.is_unlocked and window.workspace is not None
    assert window.session.journal is not None and window.session.journal.count() == 120
    assert window.session.vault.integrity_problems() == []
    window.lock()
    window.wait_for_background_work()
    # the damaged files were kept, byte for byte, not thrown away
    kept = sorted((data_dir / "backups").glob("before-restore-*.ijbackup"))
    assert len(kept) == 1
    with zipfile.ZipFile(kept[0]) as zf:
        for member, data in damaged.items():
            assert zf.read(member) == data, f"{name}: {member} was not kept as it was"
