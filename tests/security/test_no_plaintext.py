"""Unique markers written through every feature must never appear in plaintext on disk
(UTF-8, UTF-16-LE or UTF-16-BE) in the data dir, the test's temp dir or the settings dir."""

from __future__ import annotations

import os
import tempfile
import time
import uuid
from datetime import datetime
from pathlib import Path

from ipt_journal.domain.entries import FORMS, Entry, Feeling
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.settings import PromptPrefs, VaultSettings
from ipt_journal.vault.vault import Vault, db_path
from tests.conftest import PASSPHRASE


def _marker(label: str) -> str:
    return f"MRK{label.upper()}{uuid.uuid4().hex[:12]}"


def _scan(folders: list[Path], markers: list[str], since: float) -> tuple[int, dict[str, list[str]]]:
    needles = {m: (m.encode("utf-8"), m.encode("utf-16-le"), m.encode("utf-16-be")) for m in markers}
    seen: set[Path] = set()
    hits: dict[str, list[str]] = {}
    files: list[Path] = []
    for folder in folders:
        if folder.exists():
            files.extend(p for p in folder.rglob("*") if p.is_file())
    # SQLite/SQLCipher temp files would land in the system temp dir; look at what appeared there.
    sys_tmp = Path(tempfile.gettempdir())
    for p in sys_tmp.iterdir():
        try:
            if p.is_file() and p.stat().st_mtime >= since and os.access(p, os.R_OK):
                files.append(p)
        except OSError:
            continue
    for p in files:
        if p in seen:
            continue
        seen.add(p)
        try:
            data = p.read_bytes()
        except OSError:
            continue
        for m, ns in needles.items():
            if any(n in data for n in ns):
                hits.setdefault(m, []).append(str(p))
    return len(seen), hits


def test_no_marker_reaches_disk_in_plaintext(tmp_path: Path) -> None:
    since = time.time() - 1
    data_dir = tmp_path / "vault"
    config_dir = Path(os.environ["XDG_CONFIG_HOME"])
    home_dir = Path(os.environ["HOME"])
    markers: list[str] = []

    def mk(label: str) -> str:
        m = _marker(label)
        markers.append(m)
        return m

    vault, _code = Vault.create(data_dir, PASSPHRASE)
    repo = JournalRepository(vault)
    now = datetime.now().astimezone()
    saved = []
    for kind, spec in FORMS.items():
        fields = {f.key: mk(f"{kind}-{f.key}") for f in spec.fields if f.kind != "feelings"}
        entry = Entry(
            kind=kind, entry_at=now, title=mk(f"{kind}-title"), body=mk(f"{kind}-body") + " and more words",
            fields=fields, tags=(mk(f"{kind}-tag"), mk(f"{kind}-tag2")),
            feelings=(Feeling(mk(f"{kind}-feeling"), 5), Feeling("calm", None)), suggestion=spec.suggestion,
        )
        saved.append(repo.save(entry))
    # An edit overwrites the old text; the old text must not linger in plaintext either.
    first = saved[0]
    repo.save(first.with_changes(body=mk("edited-body")))
    prefs = PromptPrefs(vault)
    uid = prefs.add_custom(mk("custom-prompt"), 3)
    prefs.edit_custom(uid, mk("custom-prompt-edited"), 4)
    prefs.add_custom(mk("custom-prompt-deleted"))
    prefs.delete_custom(prefs.custom()[-1][0])
    settings = VaultSettings(vault)
    settings.set("group_schedule", {"note": mk("setting-value"), "day": "Tuesday"})
    settings.set(mk("setting-key"), [mk("setting-list")])
    # search terms: typed by the member, never stored
    for _ in range(3):
        assert repo.search(mk("search-term")) == []
    hit_target = saved[3].title
    assert [h.entry_id for h in repo.search(hit_target)] == [saved[3].id]  # a real hit with a snippet
    assert [h.entry_id for h in repo.search(saved[3].tags[0])] == [saved[3].id]
    # trash, restore, and empty the trash
    repo.move_to_trash(saved[1].id)
    repo.restore(saved[1].id)
    repo.move_to_trash(saved[2].id)
    assert repo.empty_trash() == 1
    trashed = repo.save(Entry(kind="free", entry_at=now, body=mk("trashed-body")))
    repo.move_to_trash(trashed.id)
    info = vault.backup_to(vault.backups_dir() / "security.ijbackup")
    assert info.path.exists()

    folders = [tmp_path, data_dir, config_dir, home_dir]
    scanned_open, hits_open = _scan(folders, markers, since)
    vault.close()
    scanned_closed, hits_closed = _scan(folders, markers, since)
    print(f"\nno-plaintext: {len(markers)} markers, {scanned_open} files scanned open, {scanned_closed} closed")
    assert hits_open == {}, f"plaintext while open: {hits_open}"
    assert hits_closed == {}, f"plaintext after close: {hits_closed}"
    assert scanned_open >= 3 and scanned_closed >= 3  # db, key file, backup at the least
    assert len(markers) >= 40
    assert not db_path(data_dir).read_bytes().startswith(b"SQLite format 3")
    # Sanity: the scanner does find a marker when one is there (so a pass means something).
    (tmp_path / "probe.txt").write_bytes(markers[0].encode("utf-16-le"))
    assert _scan([tmp_path], [markers[0]], since)[1] == {markers[0]: [str(tmp_path / "probe.txt")]}
