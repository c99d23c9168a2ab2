"""Unique markers written through every feature must never appear in plaintext on disk
(UTF-8, UTF-16-LE or UTF-16-BE) in the data dir, the test's temp dir or the settings dir."""

from __future__ import annotations

import json
import os
import tempfile
import time
import uuid
from dataclasses import replace
from datetime import datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

from ipt_journal.domain.agenda import AgendaItem, Outcome
from ipt_journal.domain.entries import FORMS, Entry, Feeling
from ipt_journal.domain.goals import CheckIn, Goal
from ipt_journal.domain.schedule import GroupSchedule
from ipt_journal.services import data_safety
from ipt_journal.services.group import Group
from ipt_journal.services.session import Session
from ipt_journal.vault.backups import auto_backups, daily_backup
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.settings import PromptPrefs, VaultSettings
from ipt_journal.vault.vault import db_path, key_path
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


def _files(folders: list[Path]) -> set[Path]:
    return {p for folder in folders if folder.exists() for p in folder.rglob("*") if p.is_file()}


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

    session = Session(data_dir)
    session.create(PASSPHRASE)
    vault = session.vault
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

    # -- group schedule, sessions, agenda, outcomes, debrief -------------------------------
    assert session.agenda is not None and session.sessions is not None and session.goals is not None
    group = Group(session)
    schedule = GroupSchedule(weekday=now.weekday(), start=clock_time(0, 1), first_date=(now - timedelta(days=35)).date(),
                             total_sessions=20)
    group.set_schedule(schedule, now)
    assert group.schedule() == schedule  # the real schedule setting (numbers only) ...
    settings.set("group_schedule_note", mk("schedule-note"))  # ... and member text next to it
    past = [s for s in group.slots(now) if s.starts_at <= now]
    assert len(past) >= 5
    session_id = int(past[-1].id)  # type: ignore[arg-type]
    agenda = session.agenda
    items = [
        agenda.add(AgendaItem(mk(f"agenda-text{i}"), why=mk(f"agenda-why{i}"), draft=mk(f"agenda-draft{i}"),
                              entry_id=saved[0].id, suggestion=3))
        for i in range(4)
    ]
    agenda.update(replace(items[0], feeling_note=mk("agenda-feeling"), chosen=True))
    agenda.update(replace(items[1], text=mk("agenda-text-edited"), draft=mk("agenda-draft-edited")))
    agenda.move(items[3].id, 0)  # type: ignore[arg-type]
    agenda.record_outcome(Outcome(int(items[0].id), "raised", now, session_id,  # type: ignore[arg-type]
                                  mk("outcome-happened"), mk("outcome-felt"), mk("outcome-feedback")))
    agenda.record_outcome(Outcome(int(items[1].id), "carried", now, session_id,  # type: ignore[arg-type]
                                  mk("carried-happened"), mk("carried-felt"), mk("carried-feedback")))
    agenda.delete(int(items[2].id))  # type: ignore[arg-type]
    session.sessions.set_attended(session_id, True)
    session.sessions.save_debrief(session_id, {"noticed": mk("debrief-noticed")}, now=now)
    extra_id = session.sessions.add_extra(now + timedelta(days=2), 60)
    session.sessions.save_debrief(extra_id, {"noticed": mk("debrief-extra")}, now=now)
    # -- goals and check-ins ------------------------------------------------------------------
    goals = session.goals
    goal = goals.create(Goal(title=mk("goal-title"), why=mk("goal-why"), observable=mk("goal-observable"),
                             relationships=("people in group",), suggestions=(4,)))
    goals.add_checkin(CheckIn(int(goal.id), now, direction=1, score=6, note=mk("checkin-note")))  # type: ignore[arg-type]
    deleted_checkin = goals.add_checkin(CheckIn(int(goal.id), now, score=2, note=mk("checkin-deleted")))  # type: ignore[arg-type]
    goals.delete_checkin(int(deleted_checkin.id))  # type: ignore[arg-type]
    goals.link_entry(int(goal.id), saved[0].id)  # type: ignore[arg-type]
    goals.link_agenda_item(int(goal.id), int(items[0].id))  # type: ignore[arg-type]
    goals.update(goal.with_changes(why=mk("goal-why-edited")))
    goals.set_status(int(goal.id), "achieved", reflection=mk("goal-reflection"))  # type: ignore[arg-type]
    gone = goals.create(Goal(title=mk("goal-deleted"), why=mk("goal-deleted-why")))
    goals.delete(int(gone.id))  # type: ignore[arg-type]
    # -- search terms through the agenda and goals searches (never stored) ---------------------
    for _ in range(2):
        assert agenda.search(mk("agenda-search")) == []
        assert goals.search(mk("goal-search")) == []
        assert goals.search(mk("goal-search") + "*") == []
    assert [i.id for i in agenda.search(items[0].text)] == [items[0].id]
    assert [h.goal_id for h in goals.search(goal.title)] == [goal.id]
    # -- an import: the member's source file is plain text by nature; it is deleted before the scan
    exports = tmp_path / "exports"
    exports.mkdir()
    jrnl = exports / "from-jrnl.json"
    jrnl.write_text(json.dumps({"entries": [{"date": "2021-02-03", "time": "08:00", "title": mk("import-title"),
                                            "body": mk("import-body"), "tags": [mk("import-tag")]}]}))
    assert data_safety.import_from(vault, "jrnl", [jrnl]).added == 1
    jrnl.unlink()

    info = vault.backup_to(vault.backups_dir() / "security.ijbackup")
    assert info.path.exists()
    daily = daily_backup(vault, now=now)
    assert daily is not None and auto_backups(vault.backups_dir())
    (tmp_path / "usb-stick").mkdir()
    folder_copy = data_safety.back_up_to(vault, tmp_path / "usb-stick")
    assert folder_copy.path.exists()
    # -- plain exports are the member's explicit choice: written, then deleted; nothing else may hold them
    assert data_safety.export_to(vault, "json", exports / "everything.json") > 0
    assert data_safety.export_to(vault, "md", exports / "journal.md") > 0
    exported = (exports / "everything.json").read_bytes() + (exports / "journal.md").read_bytes()
    for label in ("GOAL-REFLECTION", "OUTCOME-FEEDBACK", "DEBRIEF-NOTICED", "CHECKIN-NOTE", "IMPORT-BODY"):
        marker = next(m for m in markers if m.startswith(f"MRK{label}"))
        assert marker.encode() in exported, f"the export should hold {label} (so the scan could catch a copy)"
    for p in list(exports.iterdir()):
        p.unlink()
    # -- the QSettings file (window geometry, idle minutes): written for real, then scanned
    from ipt_journal.app import preferences

    prefs = preferences()
    prefs.setValue("idle_lock_minutes", 7)
    prefs.setValue("geometry", b"\x01\x02geometry")
    prefs.sync()
    assert Path(prefs.fileName()).is_file() and Path(prefs.fileName()).is_relative_to(config_dir)

    folders = [tmp_path, data_dir, config_dir, home_dir]
    expected = {db_path(data_dir), key_path(data_dir), info.path, daily.path, folder_copy.path, Path(prefs.fileName())}
    scanned_open, hits_open = _scan(folders, markers, since)
    open_files = _files(folders)
    assert expected <= open_files, f"not scanned: {expected - open_files}"
    assert Path(f"{db_path(data_dir)}-wal") in open_files, "the -wal must exist (and be scanned) while open"
    session.lock()
    scanned_closed, hits_closed = _scan(folders, markers, since)
    assert list(exports.iterdir()) == [], "no temporary copy of an export may be left behind"
    print(f"\nno-plaintext: {len(markers)} markers, {scanned_open} files scanned open, {scanned_closed} closed")
    assert hits_open == {}, f"plaintext while open: {hits_open}"
    assert hits_closed == {}, f"plaintext after close: {hits_closed}"
    assert scanned_open >= 8 and scanned_closed >= 6  # db, -wal, -shm, key, 3 archives, settings; -wal/-shm go at close
    assert len(markers) >= 90
    assert not db_path(data_dir).read_bytes().startswith(b"SQLite format 3")
    # Sanity: the scanner does find a marker when one is there (so a pass means something).
    (tmp_path / "probe.txt").write_bytes(markers[0].encode("utf-16-le"))
    assert _scan([tmp_path], [markers[0]], since)[1] == {markers[0]: [str(tmp_path / "probe.txt")]}
