"""The command line says the right thing and loses nothing: full or read-only places, damaged key
files, shared folders, secrets in arguments, the lock (issue 19, items 5, 8, 9 and 10)."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from ipt_journal.vault import backup
from ipt_journal.vault.instance import InstanceLock
from tests.conftest import PASSPHRASE, snapshot
from tests.security._cli import run_cli
from tests.security._media import make_read_only, small_disk

P = PASSPHRASE + "\n"
SECRET = "hunter2-kettle-secret"


def run(monkeypatch: pytest.MonkeyPatch, *argv: str, stdin: str = P) -> tuple[int, str, str]:
    return run_cli(monkeypatch, *argv, stdin=stdin)


def init(monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> None:
    code, _out, err = run(monkeypatch, "init", "--data-dir", str(data_dir), "--passphrase-file", "-")
    assert code == 0, err


# -- 5. honest errors ------------------------------------------------------------------------


def test_init_on_a_full_disk_says_so_and_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with small_disk(tmp_path, monkeypatch, full=True) as disk:
        target = disk / "journal"
        code, out, err = run(monkeypatch, "init", "--data-dir", str(target), "--passphrase-file", "-")
        assert code == 7 and "cannot" in err and "no space" in err, err
        assert "damaged" not in err and "unexpected" not in err and out == ""
        assert not target.exists() or list(target.iterdir()) == []
        if (disk / "filler").exists():
            (disk / "filler").unlink()
            monkeypatch.undo()
            init(monkeypatch, target)  # once there is room, init works: nothing was left to block it


def test_an_export_to_a_full_disk_says_so_and_leaves_nothing(data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    init(monkeypatch, data_dir)
    before = snapshot(data_dir)
    with small_disk(tmp_path, monkeypatch, full=True) as disk:
        code, _out, err = run(monkeypatch, "export", "--data-dir", str(data_dir), "--format", "json",
                              "--out", str(disk / "x.json"), "--passphrase-file", "-")
        assert code == 7 and "no space" in err and "damaged" not in err, err
        assert sorted(p.name for p in disk.iterdir()) in ([], ["filler"])
    after = snapshot(data_dir)
    after.pop("journal.lock", None)
    before.pop("journal.lock", None)
    assert after == before


def test_verify_backup_works_on_read_only_media(data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    init(monkeypatch, data_dir)
    with small_disk(tmp_path, monkeypatch) as disk:
        code, out, err = run(monkeypatch, "backup", "--data-dir", str(data_dir), "--to", str(disk), "--passphrase-file", "-")
        assert code == 0, err
        (archive,) = disk.glob("*.ijbackup")
        make_read_only(disk, monkeypatch)
        code, out, err = run(monkeypatch, "verify", "--backup", str(archive), "--passphrase-file", "-")
        assert code == 0 and "is intact" in out, err
        code, _out, err = run(monkeypatch, "init", "--data-dir", str(disk / "new"), "--passphrase-file", "-")
        assert code == 7 and "read-only" in err, err


def test_a_file_given_as_the_data_folder_is_named_as_such(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    afile = tmp_path / "notes.txt"
    afile.write_text("x")
    for command in ("verify", "init", "export"):
        extra = ("--format", "json", "--out", str(tmp_path / "o.json")) if command == "export" else ()
        code, _out, err = run(monkeypatch, command, "--data-dir", str(afile), *extra, "--passphrase-file", "-")
        assert code == 7 and "is a file, not a folder" in err and "unexpected" not in err, (command, err)
    assert afile.read_text() == "x"


def _edit_key(data_dir: Path, change) -> None:  # type: ignore[no-untyped-def]
    path = data_dir / "journal.key"
    doc = json.loads(path.read_text())
    change(doc)
    path.write_text(json.dumps(doc, indent=2, sort_keys=True) + "\n")


def _flip_wrapped(doc: dict) -> None:  # type: ignore[type-arg]
    w = doc["slots"][0]["wrapped"]
    doc["slots"][0]["wrapped"] = ("B" if w[0] != "B" else "C") + w[1:]


def _swap_slots(doc: dict) -> None:  # type: ignore[type-arg]
    a, b = doc["slots"]
    a["kind"], b["kind"] = b["kind"], a["kind"]


@pytest.mark.parametrize("change", [_flip_wrapped, _swap_slots, lambda d: d.update(vault_id="0" * 32)],
                         ids=["flipped-bit", "swapped-slots", "changed-vault-id"])
def test_a_damaged_key_file_is_not_called_a_wrong_passphrase(data_dir: Path, monkeypatch: pytest.MonkeyPatch, change) -> None:  # type: ignore[no-untyped-def]
    init(monkeypatch, data_dir)
    _edit_key(data_dir, change)
    code, _out, err = run(monkeypatch, "verify", "--data-dir", str(data_dir), "--passphrase-file", "-")
    assert code == 4 and "key file" in err and "damaged" in err and "backup" in err, err
    assert "does not open" not in err


def test_a_wrong_passphrase_is_still_a_wrong_passphrase(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    init(monkeypatch, data_dir)
    code, _out, err = run(monkeypatch, "verify", "--data-dir", str(data_dir), "--passphrase-file", "-", stdin="not it at all\n")
    assert code == 3 and "does not open" in err


# -- 8. folders ----------------------------------------------------------------------------------


def test_a_shared_folder_is_refused_and_never_chmodded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)  # like /tmp
    code, _out, err = run(monkeypatch, "init", "--data-dir", str(shared), "--passphrase-file", "-")
    assert code == 4 and "other users" in err
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777 and list(shared.iterdir()) == []
    readable = tmp_path / "readable"
    readable.mkdir()
    os.chmod(readable, 0o755)
    init(monkeypatch, readable)
    assert stat.S_IMODE(readable.stat().st_mode) == 0o755  # an existing folder keeps its mode


def test_restore_into_a_group_writable_folder_is_refused_untouched(data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    init(monkeypatch, data_dir)
    code, _out, err = run(monkeypatch, "backup", "--data-dir", str(data_dir), "--to", str(tmp_path), "--passphrase-file", "-")
    assert code == 0, err
    (archive,) = tmp_path.glob("*.ijbackup")
    os.chmod(data_dir, 0o770)
    before = snapshot(data_dir)
    code, _out, err = run(monkeypatch, "restore", "--data-dir", str(data_dir), str(archive), "--passphrase-file", "-")
    assert code == 4 and "other users" in err
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o770 and snapshot(data_dir) == before


def test_a_restore_marker_in_a_shared_folder_is_not_carried_out(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    init(monkeypatch, data_dir)
    (data_dir / backup.STAGED_DB).write_bytes(b"planted database")
    (data_dir / backup.STAGED_KEY).write_bytes(b"planted key")
    backup._write_marker(data_dir, backup._digest(data_dir / "journal.key"), backup._digest(data_dir / backup.STAGED_KEY) or "")
    os.chmod(data_dir, 0o777)
    before = snapshot(data_dir)
    assert backup.finish_pending_restore(data_dir) is False
    code, _out, err = run(monkeypatch, "verify", "--data-dir", str(data_dir), "--passphrase-file", "-")
    assert code == 4 and "other users" in err
    assert snapshot(data_dir) == before


# -- 9. secrets ----------------------------------------------------------------------------------


@pytest.mark.parametrize("argv", [
    ("verify", "--passphrase", SECRET),
    ("verify", "--passphrase-f", SECRET),
    ("export", "--format", SECRET, "--out", "x"),
    ("verify", SECRET),
    ("--data", SECRET, "verify"),
])
def test_no_abbreviations_and_no_echo(monkeypatch: pytest.MonkeyPatch, data_dir: Path, argv: tuple[str, ...]) -> None:
    code, _out, err = run(monkeypatch, *argv, "--data-dir", str(data_dir))
    assert code == 2 and SECRET not in err, err


def test_a_secret_given_as_a_file_name_is_not_echoed(monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> None:
    init(monkeypatch, data_dir)
    code, _out, err = run(monkeypatch, "verify", "--data-dir", str(data_dir), "--passphrase-file", SECRET)
    assert code == 2 and SECRET not in err and "could not be read" in err


def test_a_byte_order_mark_is_not_part_of_the_passphrase(monkeypatch: pytest.MonkeyPatch, data_dir: Path, tmp_path: Path) -> None:
    init(monkeypatch, data_dir)
    secret = tmp_path / "p.txt"
    secret.write_bytes(b"\xef\xbb\xbf" + PASSPHRASE.encode() + b"\r\n")
    code, _out, err = run(monkeypatch, "verify", "--data-dir", str(data_dir), "--passphrase-file", str(secret))
    assert code == 0, err
    code, _out, err = run(monkeypatch, "verify", "--data-dir", str(data_dir), "--passphrase-file", "-", stdin="\ufeff" + P)
    assert code == 0, err


def test_an_empty_data_dir_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    for argv in (("verify", "--data-dir", ""), ("--data-dir", "")):
        code, _out, err = run(monkeypatch, *argv)
        assert code == 2 and "--data-dir is empty" in err
    assert not Path(os.environ["IPT_JOURNAL_DATA_DIR"]).exists()


# -- 10. the lock --------------------------------------------------------------------------------


def test_a_deleted_lock_file_does_not_let_a_restore_through(data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ipt_journal.services import data_safety
    from ipt_journal.vault.errors import VaultInUse

    init(monkeypatch, data_dir)
    code, _out, err = run(monkeypatch, "backup", "--data-dir", str(data_dir), "--to", str(tmp_path), "--passphrase-file", "-")
    assert code == 0, err
    (archive,) = tmp_path.glob("*.ijbackup")
    writer = InstanceLock(data_dir)
    writer.acquire()  # the GUI, writing
    try:
        (data_dir / "journal.lock").unlink()  # anyone who can write the folder
        before = snapshot(data_dir)
        code, _out, err = run(monkeypatch, "restore", "--data-dir", str(data_dir), str(archive), "--passphrase-file", "-")
        assert code == 5 and "already open" in err
        assert not writer.still_ours()
        with pytest.raises(VaultInUse):
            data_safety.restore(data_dir, archive, passphrase=PASSPHRASE, lock=writer)
        after = snapshot(data_dir)
        after.pop("journal.lock", None)
        assert after == before
    finally:
        writer.release()


def test_an_import_into_a_full_journal_says_cannot_write(data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite's own "database or disk is full" (here: the page limit reached, the same error a full
    disk gives) is a place that cannot be written, not damage and not an unexpected error."""
    from ipt_journal.vault import db

    init(monkeypatch, data_dir)
    src = tmp_path / "big.md"
    src.write_text("# Long\n\n" + "many words of text " * 40_000)
    real_connect = db.connect

    def no_room(*args, **kwargs):  # type: ignore[no-untyped-def]
        conn = real_connect(*args, **kwargs)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn

    monkeypatch.setattr(db, "connect", no_room)
    before = snapshot(data_dir)
    code, _out, err = run(monkeypatch, "import", "--data-dir", str(data_dir), "--format", "md", str(src), "--passphrase-file", "-")
    assert code == 7 and "cannot be written" in err and "no space" in err and "unexpected" not in err, err
    monkeypatch.setattr(db, "connect", real_connect)
    after = snapshot(data_dir)
    for name in ("journal.lock", "journal.db-wal", "journal.db-shm"):
        after.pop(name, None)
        before.pop(name, None)
    assert after == before


def test_an_empty_explicit_folder_is_never_the_default() -> None:
    from ipt_journal.paths import resolve_data_dir

    with pytest.raises(ValueError):
        resolve_data_dir("")
    assert resolve_data_dir(None) == Path(os.environ["IPT_JOURNAL_DATA_DIR"]).absolute()
