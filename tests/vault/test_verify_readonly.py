"""verify diagnoses without writing; a stale -wal is recognised and set aside without loss; a damaged
page blocks every write (issue 19, items 3 and 4)."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ipt_journal.domain.entries import Entry
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.vault import Vault, db_path, key_path
from tests.conftest import PASSPHRASE
from tests.conftest import snapshot as _snapshot
from tests.security._cli import run_cli

P = PASSPHRASE + "\n"


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file with its bytes; the empty lock file the command line takes is not the vault."""
    return {k: v for k, v in _snapshot(folder).items() if k != "journal.lock"}


def _add(v: Vault, n: int, start: int = 0) -> None:
    repo = JournalRepository(v)
    t0 = datetime(2024, 3, 1, 19, 30).astimezone()
    for i in range(start, start + n):
        repo.save(Entry(kind="free", entry_at=t0 + timedelta(hours=i), body=f"words {i} " * 30))


def _count(data_dir: Path) -> int:
    with Vault.open(data_dir, passphrase=PASSPHRASE) as v:
        return int(v.conn.execute("SELECT count(*) FROM entries").fetchone()[0])


def _verify(monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> tuple[int, str, str]:
    return run_cli(monkeypatch, "verify", "--data-dir", str(data_dir), "--passphrase-file", "-", stdin=P)


@pytest.fixture
def with_stale_wal(data_dir: Path, tmp_path: Path) -> Path:
    """350 entries in journal.db, and beside it a -wal copied when there were 320."""
    v, _ = Vault.create(data_dir, PASSPHRASE)
    v.conn.execute("PRAGMA wal_autocheckpoint = 0")  # everything stays in the -wal until close
    _add(v, 320)
    shutil.copyfile(f"{db_path(data_dir)}-wal", tmp_path / "old-wal")
    _add(v, 30, start=320)
    v.close()
    shutil.copyfile(tmp_path / "old-wal", f"{db_path(data_dir)}-wal")
    return data_dir


def test_verify_with_a_stale_wal_changes_nothing_and_loses_nothing(with_stale_wal: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(with_stale_wal)
    code, out, err = _verify(monkeypatch, with_stale_wal)
    assert code == 0, err
    assert "350 entries" in out and "does not belong" in out
    assert snapshot(with_stale_wal) == before  # not a byte written, the -wal still there
    assert _count(with_stale_wal) == 350  # opening sets the stale -wal aside instead of applying it
    kept = list((with_stale_wal / "backups").glob("stale-wal-*.db-wal"))
    assert len(kept) == 1 and kept[0].read_bytes() == before["journal.db-wal"]
    assert _count(with_stale_wal) == 350


def test_a_wal_left_by_a_session_cut_short_is_applied(data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    v, _ = Vault.create(data_dir, PASSPHRASE)
    v.conn.execute("PRAGMA wal_autocheckpoint = 0")
    _add(v, 40)
    crashed = tmp_path / "crashed"
    shutil.copytree(data_dir, crashed, ignore=shutil.ignore_patterns("journal.lock"))  # the files as a kill leaves them
    v.close()
    before = snapshot(crashed)
    code, out, err = _verify(monkeypatch, crashed)
    assert code == 0 and "40 entries" in out and "does not belong" not in out, err
    assert snapshot(crashed) == before
    assert _count(crashed) == 40
    assert not (crashed / "backups").exists() or not list((crashed / "backups").glob("stale-wal-*"))


def _flip_mid_file(data_dir: Path) -> None:
    path = db_path(data_dir)
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) >= 8 * page
    middle = (len(data) // page // 2) * page + 700
    data[middle] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.fixture
def flipped(data_dir: Path) -> Path:
    v, _ = Vault.create(data_dir, PASSPHRASE)
    _add(v, 200)
    v.close()
    _flip_mid_file(data_dir)
    return data_dir


def test_a_flipped_byte_mid_file_blocks_every_write(flipped: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(flipped)
    src = tmp_path / "in.md"
    src.write_text("# A title\n\nsome words")
    new = tmp_path / "new.txt"
    new.write_text("a completely different passphrase here\n")
    args = ("--data-dir", str(flipped), "--passphrase-file", "-")
    for argv in (
        ("import", "--format", "md", str(src), *args),
        ("change-passphrase", *args, "--new-passphrase-file", str(new)),
        ("export", "--format", "json", "--out", str(tmp_path / "x.json"), *args),
        ("verify", *args),
    ):
        code, _out, err = run_cli(monkeypatch, *argv, stdin=P)
        assert code == 4 and ("damaged" in err or "problems" in err) and "backup" in err, (argv, err)
    assert snapshot(flipped) == before
    assert not (tmp_path / "x.json").exists()


def test_diagnosing_opens_nothing_for_writing(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    v, _ = Vault.create(data_dir, PASSPHRASE)
    _add(v, 5)
    v.close()
    before = snapshot(data_dir)
    names = sorted(p.name for p in data_dir.iterdir())
    code, out, _ = _verify(monkeypatch, data_dir)
    assert code == 0 and "5 entries" in out
    assert snapshot(data_dir) == before and sorted(p.name for p in data_dir.iterdir() if p.name != "journal.lock") == names
    assert key_path(data_dir).exists()


def test_the_check_after_unlock_finds_a_flipped_byte_and_makes_no_backup(flipped: Path) -> None:
    from ipt_journal.services.data_safety import daily_backup_quietly

    with Vault.open(flipped, passphrase=PASSPHRASE) as v:  # the GUI's unlock does not wait for the page check
        said = daily_backup_quietly(v)
    assert said is not None and "damaged" in said and "restore" in said
    assert not list((flipped / "backups").glob("auto-*")) if (flipped / "backups").exists() else True
