"""Files written on request never land in the journal's folder, on a link, device, pipe or folder,
and never replace a file unasked; the vault stays byte-identical (issue 19, item 1)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ipt_journal.services import data_safety
from ipt_journal.vault import targets
from ipt_journal.vault.atomic import atomic_write_bytes
from ipt_journal.vault.errors import TargetRefused
from tests.conftest import PASSPHRASE, snapshot
from tests.security._cli import run_cli

P = PASSPHRASE + "\n"


@pytest.fixture
def made(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    code, _out, err = run_cli(monkeypatch, "init", "--data-dir", str(data_dir), "--passphrase-file", "-", stdin=P)
    assert code == 0, err
    code, _out, err = run_cli(monkeypatch, "backup", "--data-dir", str(data_dir), "--to", str(data_dir),
                              "--passphrase-file", "-", stdin=P)
    assert code == 7 and "journal's own folder" in err  # the journal folder is no place for a manual backup
    (data_dir / "backups").mkdir(exist_ok=True)
    return data_dir


def _export(monkeypatch: pytest.MonkeyPatch, data_dir: Path, out: Path | str, *extra: str, fmt: str = "json") -> tuple[int, str]:
    code, _out, err = run_cli(monkeypatch, "export", "--data-dir", str(data_dir), "--format", fmt, "--out", str(out),
                              *extra, "--passphrase-file", "-", stdin=P)
    return code, err


@pytest.mark.parametrize("name", ["journal.key", "journal.db", "journal.db-wal", "journal.lock", "new.json", "backups/x.json"])
@pytest.mark.parametrize("fmt", ["json", "md", "pdf"])
def test_an_export_into_the_journal_folder_is_refused(made: Path, monkeypatch: pytest.MonkeyPatch, name: str, fmt: str) -> None:
    before = snapshot(made)
    code, err = _export(monkeypatch, made, made / name, "--force", fmt=fmt)
    assert code == 7 and "journal's own folder" in err, err
    assert snapshot(made) == before


def test_links_devices_pipes_and_folders_are_refused(made: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "to-key.json").symlink_to(made / "journal.key")
    (out / "elsewhere.json").symlink_to(out / "plain.json")
    os.mkfifo(out / "pipe.json")
    (out / "folder.json").mkdir()
    (tmp_path / "into-vault").symlink_to(made)  # a folder link into the journal's folder
    before = snapshot(made)
    cases = {
        out / "to-key.json": "link", out / "elsewhere.json": "link", out / "pipe.json": "device or a pipe",
        Path("/dev/null"): "device or a pipe", tmp_path / "into-vault" / "x.json": "journal's own folder",
    }
    for target, words in cases.items():
        code, err = _export(monkeypatch, made, target, "--force")
        assert code == 7 and words in err, (target, err)
    code, err = _export(monkeypatch, made, out / "folder.json")
    assert code == 2 and "is a folder" in err
    assert snapshot(made) == before
    assert not (out / "plain.json").exists() and (out / "pipe.json").is_fifo()


def test_an_existing_file_is_replaced_only_with_force(made: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dest = tmp_path / "mine.md"
    dest.write_text("keep me")
    os.chmod(dest, 0o400)
    code, err = _export(monkeypatch, made, dest, fmt="md")
    assert code == 7 and "--force" in err and dest.read_text() == "keep me"
    code, err = _export(monkeypatch, made, dest, "--force", fmt="md")
    assert code == 0, err
    assert dest.read_text().startswith("# My journal") and sorted(p.name for p in tmp_path.iterdir()) == ["mine.md", "vault"]


def test_every_writer_of_the_app_uses_the_same_check(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The GUI's paths: Markdown, PDF, the review page and recovery code (atomic_write_bytes), backups."""
    from ipt_journal.ui.pdf import write_document_pdf

    key_before = (vault.data_dir / "journal.key").read_bytes()
    names_before = sorted(str(p.relative_to(vault.data_dir)) for p in vault.data_dir.rglob("*"))
    doc = data_safety.plain_document(vault)
    for write in (
        lambda p: data_safety.write_markdown(doc, p),
        lambda p: write_document_pdf(doc, p),
        lambda p: atomic_write_bytes(p, b"IPT Journal recovery code"),
        lambda p: data_safety.export_to(vault, "json", p),
    ):
        for target in (vault.data_dir / "journal.key", vault.data_dir / "backups" / "a.pdf"):
            with pytest.raises(TargetRefused):
                write(target)
    with pytest.raises(TargetRefused):
        data_safety.back_up_to(vault, vault.data_dir / "backups")
    assert (vault.data_dir / "journal.key").read_bytes() == key_before
    assert sorted(str(p.relative_to(vault.data_dir)) for p in vault.data_dir.rglob("*")) == names_before


def test_another_journals_folder_is_recognised(tmp_path: Path) -> None:
    other = tmp_path / "someone"
    other.mkdir()
    (other / "journal.key").write_bytes(b"{}")
    with pytest.raises(TargetRefused):
        targets.check_target(other / "x.json", overwrite=False)
    assert targets.check_target(tmp_path / "x.json", overwrite=False) == tmp_path / "x.json"


def test_a_journal_file_higher_up_does_not_block_exports_below(tmp_path: Path) -> None:
    """Only the folder itself is recognised by its contents; folders above are compared with the
    journals this process opened."""
    (tmp_path / "journal.db").write_bytes(b"some other program's file")
    (tmp_path / "exports").mkdir()
    assert targets.check_target(tmp_path / "exports" / "x.json", overwrite=False) == tmp_path / "exports" / "x.json"
    with pytest.raises(TargetRefused):
        targets.check_target(tmp_path / "x.json", overwrite=False)


def test_a_bind_mount_of_the_journal_folder_is_recognised(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    sub = vault.data_dir / "inner"
    sub.mkdir()
    with pytest.raises(TargetRefused):  # a folder below the journal's folder
        targets.check_target(sub / "x.json", overwrite=False)
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    if subprocess.run(["mount", "--bind", str(vault.data_dir), str(mnt)], capture_output=True).returncode != 0:
        return  # no mounting here; the inode comparison is what the rest of this test shows
    try:
        with pytest.raises(TargetRefused):
            targets.check_target(mnt / "x.json", overwrite=False)
        assert targets._inside_journal(mnt, [vault.data_dir])
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)
