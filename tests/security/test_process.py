"""Process hardening, private file modes, a refused shared folder, and two processes on one vault."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from ipt_journal.domain.entries import Entry
from ipt_journal.vault.backup import verify_backup
from ipt_journal.vault.errors import VaultDamaged
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.vault import Vault
from tests.conftest import PASSPHRASE, snapshot
from tests.security._cli import run_cli
from tests.security._proc import ROOT, LineReader, kill, spawn

HARDEN_PROBE = r"""
import ctypes, os, resource
from ipt_journal.hardening import harden_process
libc = ctypes.CDLL(None, use_errno=True)
PR_GET_DUMPABLE = 3
before = (resource.getrlimit(resource.RLIMIT_CORE), libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
harden_process()
umask = os.umask(0o022)
after = (resource.getrlimit(resource.RLIMIT_CORE), libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
print(repr((before, after, umask)))
"""


def test_harden_process_in_a_child() -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    res = subprocess.run([sys.executable, "-c", HARDEN_PROBE], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stderr
    before, after, umask = eval(res.stdout.strip())  # noqa: S307 - our own repr of ints and tuples
    assert before[1] == 1, "a fresh process is dumpable, so the check below means something"
    assert after[0] == (0, 0), f"RLIMIT_CORE after hardening: {after[0]}"
    assert after[1] == 0, "the process must not be dumpable after hardening"
    assert umask == 0o077


def test_backups_dir_and_files_are_private(vault: Vault) -> None:
    old = os.umask(0o022)  # a permissive umask must not matter
    try:
        first = vault.backup_to(vault.backups_dir() / "one.ijbackup").path
        second = vault.backup_to(vault.backups_dir() / "nested" / "two.ijbackup").path
    finally:
        os.umask(old)
    for folder in (vault.data_dir, vault.backups_dir(), second.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    for p in (first, second):
        assert stat.S_IMODE(p.stat().st_mode) == 0o600, p
    leftovers = [p.name for p in vault.backups_dir().rglob(".*")]
    assert leftovers == [], f"temporary backup files were left behind: {leftovers}"
    for p in vault.data_dir.iterdir():
        if p.is_file():
            assert stat.S_IMODE(p.stat().st_mode) == 0o600, p


@pytest.mark.parametrize("mode", [0o770, 0o707, 0o777, 0o730])
def test_folder_writable_by_others_is_refused(vault: Vault, mode: int, monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir = vault.data_dir
    vault.close()
    before = snapshot(data_dir)
    os.chmod(data_dir, mode)
    try:
        with pytest.raises(VaultDamaged, match="other users"):
            Vault.open(data_dir, passphrase=PASSPHRASE)
        rc, _out, err = run_cli(monkeypatch, "verify", "--data-dir", str(data_dir), "--passphrase-file", "-", stdin=PASSPHRASE + "\n")
        assert rc == 4 and "other users" in err and err.count("\n") == 1
        assert stat.S_IMODE(data_dir.stat().st_mode) == mode, "the folder must not be changed behind the member's back"
    finally:
        os.chmod(data_dir, 0o700)
    after = snapshot(data_dir)
    assert {k: v for k, v in after.items() if k != "journal.lock"} == before
    Vault.open(data_dir, passphrase=PASSPHRASE).close()


def test_second_process_is_refused_while_the_first_holds_the_vault(
    qtbot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    v, _code = Vault.create(data_dir, PASSPHRASE)
    JournalRepository(v).save(Entry(kind="free", entry_at=datetime.now().astimezone(), body="first"))
    v.close()
    with Vault.open(data_dir, passphrase=PASSPHRASE) as v:
        archive = v.backup_to(tmp_path / "archive" / "earlier.ijbackup").path
    jrnl = tmp_path / "jrnl.json"
    jrnl.write_text('{"entries": [{"date": "2020-01-01", "body": "imported"}]}')
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    proc = spawn("-m", "tests.security._holder", str(data_dir), PASSPHRASE, stdin=True)
    reader = LineReader(proc)
    try:
        assert reader.readline() == "holding"
        d = str(data_dir)
        refused = 0
        for argv in (
            ("verify", "--data-dir", d, "--passphrase-file", "-"),
            ("change-passphrase", "--data-dir", d, "--passphrase-file", "-", "--new-passphrase-file", "-"),
            ("backup", "--data-dir", d, "--to", str(out_dir), "--passphrase-file", "-"),
            ("restore", "--data-dir", d, str(archive), "--passphrase-file", "-"),
            ("export", "--data-dir", d, "--format", "json", "--out", str(out_dir / "x.json"), "--passphrase-file", "-"),
            ("import", "--data-dir", d, "--format", "jrnl", str(jrnl), "--passphrase-file", "-"),
        ):
            rc, out, err = run_cli(monkeypatch, *argv, stdin=PASSPHRASE + "\nsome other long passphrase\n")
            assert rc == 5, (argv, rc, out, err)
            assert err.count("\n") == 1 and "Traceback" not in err
            refused += 1
        assert list(out_dir.iterdir()) == [], "a refused command wrote something"
        assert not list((data_dir / "backups").glob("before-restore-*")), "a refused restore started"
        # a second window is refused too, with a calm message and exit code 5
        from ipt_journal import app

        told: list[str] = []
        monkeypatch.setattr(app.QMessageBox, "information", lambda _p, _t, text: told.append(text))
        assert app.run_gui(data_dir) == 5
        assert told and "already open" in told[0]
        refused += 1
        assert proc.stdin is not None
        proc.stdin.write(b"go\n")
        proc.stdin.flush()
        assert reader.readline() == "released"
        assert proc.wait(timeout=30) == 0
    finally:
        kill(proc)
    with Vault.open(data_dir, passphrase=PASSPHRASE) as vault:  # the refused change did not happen
        assert vault.integrity_problems() == []
        bodies = sorted(r[0] for r in vault.conn.execute("SELECT body FROM entries"))
        assert bodies == ["after", "first", "held"]
        info = vault.backup_to(vault.backups_dir() / "after-two.ijbackup")
    assert verify_backup(info.path, passphrase=PASSPHRASE).counts["entries"] == 3
    rc, out, _err = run_cli(monkeypatch, "verify", "--data-dir", str(data_dir), "--passphrase-file", "-", stdin=PASSPHRASE + "\n")
    assert rc == 0 and "intact" in out
    print(f"\ntwo-processes: {refused} second-process attempts refused (6 CLI commands + the GUI), exit 5, nothing changed")
