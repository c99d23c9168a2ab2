"""Check-ins in the vault: round trip, search, nothing-chosen not saved, schema rules, JSON export/import."""

from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from ipt_journal.domain.feelings import ChosenWord, InvalidCheckIn, new_checkin
from ipt_journal.vault import db, export
from ipt_journal.vault.checkins import CheckinRepository
from ipt_journal.vault.errors import NotFound
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.vault import Vault
from tests.conftest import PASSPHRASE

LISBON = ZoneInfo("Europe/Lisbon")
T0 = datetime(2026, 3, 29, 0, 30, tzinfo=LISBON)  # the night the clocks go forward


def test_round_trip_keeps_everything(vault: Vault) -> None:
    repo = CheckinRepository(vault)
    saved = repo.add(new_checkin(T0, valence=-2, energy=4, words=(ChosenWord("anxious", 7), ChosenWord("tense")),
                                 person_name="  Sam   R ", note="  before the call  "))
    back = repo.get(saved.id)
    assert back.uid == saved.uid and back.id == saved.id
    assert back.at == T0.astimezone(timezone.utc)
    assert back.local_date == date(2026, 3, 29) and back.utc_offset_minutes == 0
    assert (back.valence, back.energy) == (-2, 4)
    assert set(back.words) == {ChosenWord("anxious", 7), ChosenWord("tense", None)}
    assert back.person_name == "Sam R" and back.note == "before the call"
    assert repo.count() == 1 and repo.people() == ["Sam R"]
    assert [c.id for c in repo.on_days(date(2026, 3, 29), date(2026, 3, 29))] == [saved.id]
    assert repo.on_days(date(2026, 3, 30), date(2026, 3, 31)) == []
    assert [c.id for c in repo.between(T0 - timedelta(minutes=1), T0 + timedelta(minutes=1))] == [saved.id]
    repo.delete(saved.id)
    with pytest.raises(NotFound):
        repo.get(saved.id)
    assert repo.search("call") == []


def test_nothing_chosen_is_not_saved(vault: Vault) -> None:
    repo = CheckinRepository(vault)
    with pytest.raises(InvalidCheckIn):
        repo.add(new_checkin(T0, note="just words, no feeling picked"))
    with pytest.raises(InvalidCheckIn):  # one bad check-in in a batch: none is saved
        repo.add_many([new_checkin(T0, valence=1, energy=1), new_checkin(T0)])
    assert repo.count() == 0
    assert vault.conn.execute("SELECT count(*) FROM checkins_fts").fetchone()[0] == 0


def test_schema_rules_hold_even_past_the_repository(vault: Vault) -> None:
    assert vault.conn.execute("PRAGMA user_version").fetchone()[0] >= 6
    with pytest.raises(db.DatabaseError):
        with vault.transaction() as conn:
            conn.execute("INSERT INTO checkins (uid, at, local_date, valence, energy, created_at) "
                         "VALUES ('x', '2026-01-01', '2026-01-01', 9, 0, '2026-01-01')")


def test_search_by_note_person_and_word_and_odd_queries(vault: Vault) -> None:
    repo = CheckinRepository(vault)
    a = repo.add(new_checkin(T0, words=(ChosenWord("left_out", 6),), note="at the dinner table"))
    b = repo.add(new_checkin(T0 + timedelta(hours=1), valence=3, energy=-2, person_name="Ana"))
    assert [h.checkin_id for h in repo.search("dinner")] == [a.id]
    assert [h.checkin_id for h in repo.search("left out")] == [a.id]
    assert [h.checkin_id for h in repo.search("ana")] == [b.id]
    assert "\ue000" in repo.search("dinner")[0].snippet
    for odd in ('"', "AND OR NOT", "*", "(((", "-", "x" * 5000, "NEAR(a b)"):
        assert isinstance(repo.search(odd), list)


def test_json_export_and_import_round_trip_and_merge(vault: Vault, tmp_path: Path) -> None:
    repo = CheckinRepository(vault)
    repo.add(new_checkin(T0, valence=1, energy=2, words=(ChosenWord("hopeful", 5),), note="the walk home"))
    repo.add(new_checkin(T0 + timedelta(days=1), words=(ChosenWord("my own word", 2),), person_name="Mum"))
    out = tmp_path / "all.json"
    export.write_json_export(vault, out)
    target, _ = Vault.create(tmp_path / "target", PASSPHRASE)
    with target:
        export.import_json(target, out)
        there = CheckinRepository(target)
        assert [(c.uid, c.words, c.note, c.local_date) for c in there.between()] == [
            (c.uid, c.words, c.note, c.local_date) for c in repo.between()]
        assert [h.note for h in (there.get(x.checkin_id) for x in there.search("walk"))] == ["the walk home"]
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE)
    with other:
        mine = CheckinRepository(other).add(new_checkin(T0, valence=-1, energy=-1, note="mine already"))
        first = export.import_json(other, out)
        again = export.import_json(other, out)
        assert first.added["checkins"] == 2 and again.added["checkins"] == 0 and again.skipped["checkins"] == 2
        there = CheckinRepository(other)
        assert there.count() == 3 and there.get(mine.id).note == "mine already"
        assert len(there.search("walk")) == 1  # the merged row is searchable, once
        words = {c.note: c.words for c in there.between()}
        assert words["the walk home"] == (ChosenWord("hopeful", 5),)


def test_a_vault_from_before_checkins_is_backed_up_then_migrated(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ipt_journal.domain.entries import Entry
    from ipt_journal.vault import migrations
    from tests.conftest import vault_at_schema

    vault = vault_at_schema(tmp_path / "old", 3)
    JournalRepository(vault).save(Entry(kind="free", entry_at=T0, body="written before check-ins existed"))
    data_dir = vault.data_dir
    vault.close()
    again = Vault.open(data_dir, passphrase=PASSPHRASE)
    with again:
        assert again.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION
        assert list(again.backups_dir().glob("before-migration-v3-*"))
        assert JournalRepository(again).count() == 1
        assert CheckinRepository(again).add(new_checkin(T0, valence=0, energy=0)).id == 1
