"""People's words (names, answers, edits, merged and deleted people, search terms) never reach the disk in plaintext:
not in the vault files, backups, the settings dir or temp files; only in an export the member chose."""

from __future__ import annotations

import os
import time
import uuid
from datetime import datetime
from pathlib import Path

from ipt_journal.domain.entries import Entry
from ipt_journal.domain.people import ANSWERS, Person
from ipt_journal.services import data_safety
from ipt_journal.services import people as people_service
from ipt_journal.services.session import Session
from ipt_journal.vault.people import PeopleRepository
from ipt_journal.vault.vault import db_path
from tests.conftest import PASSPHRASE
from tests.security.test_no_plaintext import _files, _scan


def test_people_text_never_reaches_disk_in_plaintext(tmp_path: Path) -> None:
    since = time.time() - 1
    data_dir = tmp_path / "vault"
    markers: list[str] = []

    def mk(label: str) -> str:
        m = f"MRKPEOPLE{label.upper()}{uuid.uuid4().hex[:12]}"
        markers.append(m)
        return m

    session = Session(data_dir)
    session.create(PASSPHRASE)
    vault = session.vault
    repo = PeopleRepository(vault)
    assert session.journal is not None
    entry = session.journal.save(Entry(kind="free", entry_at=datetime.now().astimezone(), body="plain"))
    people = []
    for i, relation in enumerate(("partner", "group_member", "friend")):
        p = repo.save(Person(name=mk(f"name{i}"), relation=relation,
                             answers={key: mk(f"{key}{i}") for key in ANSWERS}))
        repo.place(int(p.id), i + 1)  # type: ignore[arg-type]
        repo.set_areas(int(p.id), {"grief"})  # type: ignore[arg-type]
        repo.link(int(p.id), "entry", int(entry.id))  # type: ignore[arg-type]
        people.append(p)
    repo.save(people[0].with_changes(answers={"good": mk("edited")}))  # the old words must not linger either
    repo.merge(int(people[0].id), int(people[2].id))  # type: ignore[arg-type]
    gone = repo.save(Person(name=mk("deleted"), answers={"hard": mk("deleted-answer")}))
    repo.delete(int(gone.id))  # type: ignore[arg-type]
    repo.archive(int(people[1].id))  # type: ignore[arg-type]
    for _ in range(3):
        assert repo.search(mk("search-term")) == []
    assert [h.person_id for h in repo.search(people[1].answer("hard"))] == [people[1].id]
    people_service.Invitation(vault).dismiss()

    info = vault.backup_to(vault.backups_dir() / "people.ijbackup")
    exports = tmp_path / "exports"
    exports.mkdir()
    assert data_safety.export_to(vault, "json", exports / "all.json") > 0
    people_service.write_look_back(vault, exports / "look-back.md")
    exported = (exports / "all.json").read_bytes()
    assert people[1].answer("hard").encode() in exported, "the JSON export holds the people (so a copy would show)"
    assert people[1].name.encode() in (exports / "look-back.md").read_bytes()
    for p in list(exports.iterdir()):
        p.unlink()

    config_dir = Path(os.environ["XDG_CONFIG_HOME"])
    folders = [tmp_path, data_dir, config_dir, Path(os.environ["HOME"])]
    assert {db_path(data_dir), info.path} <= _files(folders)
    scanned_open, hits_open = _scan(folders, markers, since)
    session.lock()
    scanned_closed, hits_closed = _scan(folders, markers, since)
    print(f"\npeople-no-plaintext: {len(markers)} markers, {scanned_open} files scanned open, {scanned_closed} closed")
    assert hits_open == {} and hits_closed == {}
    assert len(markers) >= 25 and scanned_open >= 4
    (tmp_path / "probe.txt").write_bytes(markers[0].encode("utf-8"))  # the scan does find a marker that is there
    assert _scan([tmp_path], [markers[0]], since)[1] == {markers[0]: [str(tmp_path / "probe.txt")]}
