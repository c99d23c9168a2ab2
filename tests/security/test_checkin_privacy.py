"""Feeling check-ins never reach disk in plaintext: notes, names and own words, through saving, search,
the Insights reads, the UI (the check-in dialog and the Insights screen), backups and deletion."""

from __future__ import annotations

import os
import time
from datetime import datetime, timedelta
from pathlib import Path

from ipt_journal.domain.entries import Entry, Feeling
from ipt_journal.domain.feelings import ChosenWord, new_checkin
from ipt_journal.services import data_safety
from ipt_journal.services.insights import Insights
from ipt_journal.services.session import Session
from ipt_journal.vault.backups import daily_backup
from ipt_journal.vault.checkins import CheckinRepository
from ipt_journal.vault.vault import db_path, key_path
from tests.conftest import PASSPHRASE
from tests.security.test_no_plaintext import _files, _marker, _scan


def test_checkin_markers_never_reach_disk_in_plaintext(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    since = time.time() - 1
    data_dir = tmp_path / "vault"
    config_dir = Path(os.environ["XDG_CONFIG_HOME"])
    markers: list[str] = []

    def mk(label: str) -> str:
        m = _marker(label)
        markers.append(m)
        return m

    session = Session(data_dir)
    session.create(PASSPHRASE)
    vault = session.vault
    repo = CheckinRepository(vault)
    now = datetime.now().astimezone()
    saved = [
        repo.add(new_checkin(now - timedelta(days=i), valence=(i % 11) - 5, energy=0,
                             words=(ChosenWord(mk(f"own-word{i}").lower(), 4), ChosenWord("calm", 2)),
                             person_name=mk(f"checkin-person{i}"), note=mk(f"checkin-note{i}") + " and more"))
        for i in range(5)
    ]
    deleted = repo.add(new_checkin(now, words=(ChosenWord("sad"),), note=mk("checkin-deleted")))
    repo.delete(deleted.id)  # type: ignore[arg-type]
    assert session.journal is not None
    session.journal.save(Entry(kind="moment", entry_at=now, feelings=(Feeling(mk("form-feeling")),),
                               fields={"what_happened": mk("form-text")}))
    # search terms are typed, never stored; real hits make snippets
    for _ in range(3):
        assert repo.search(mk("checkin-search")) == []
    assert [h.checkin_id for h in repo.search(saved[0].note.split()[0])] == [saved[0].id]
    # the Insights reads and the screens that show them
    insights = Insights(session)
    assert len(insights.series()) >= 15 and insights.day(now.date())[1]
    from ipt_journal.ui.insights.checkin import CheckInDialog
    from ipt_journal.ui.insights.screen import InsightsScreen

    screen = InsightsScreen(session)
    qtbot.addWidget(screen)
    screen.show()
    screen.open_day(now.date())
    assert screen.day_list.count() >= 2
    dialog = CheckInDialog(people=repo.people())
    qtbot.addWidget(dialog)
    dialog.note.setPlainText(mk("dialog-note"))
    dialog.person.setText(mk("dialog-person"))
    dialog.choose_word("tired", 3)
    dialog.save()
    assert dialog.result_checkin is not None
    repo.add(dialog.result_checkin)
    screen.refresh()
    # backups hold check-ins encrypted
    info = vault.backup_to(vault.backups_dir() / "checkins.ijbackup")
    daily = daily_backup(vault, now=now)
    assert daily is not None
    # an explicit JSON export does hold them (so the scan could catch a copy); then it is deleted
    exports = tmp_path / "exports"
    exports.mkdir()
    assert data_safety.export_to(vault, "json", exports / "everything.json") > 0
    exported = (exports / "everything.json").read_bytes()
    for m in (markers[0], markers[1], markers[-1]):
        assert m.encode() in exported or m.lower().encode() in exported
    (exports / "everything.json").unlink()

    folders = [tmp_path, data_dir, config_dir]
    needles = markers + [m.lower() for m in markers]  # own words are stored as typed (lower-cased here)
    expected = {db_path(data_dir), key_path(data_dir), info.path, daily.path}
    scanned_open, hits_open = _scan(folders, needles, since)
    assert expected <= _files(folders)
    assert Path(f"{db_path(data_dir)}-wal") in _files(folders)
    session.lock()
    scanned_closed, hits_closed = _scan(folders, needles, since)
    assert hits_open == {}, f"plaintext while open: {hits_open}"
    assert hits_closed == {}, f"plaintext after close: {hits_closed}"
    assert scanned_open >= 5 and scanned_closed >= 4 and len(markers) >= 20
    # the scanner does find a marker when one is there
    (tmp_path / "probe.txt").write_bytes(markers[2].encode("utf-16-be"))
    assert _scan([tmp_path], [markers[2]], since)[1] == {markers[2]: [str(tmp_path / "probe.txt")]}
