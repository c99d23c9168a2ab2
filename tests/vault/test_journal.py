from datetime import datetime, timedelta

import pytest

from ipt_journal.domain.entries import FORMS, MARK_END, MARK_START, Entry, Feeling, TimelineFilter
from ipt_journal.vault.errors import NotFound
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.settings import PromptPrefs
from ipt_journal.vault.vault import Vault

T0 = datetime(2026, 3, 1, 20, 30).astimezone()


def sample_fields(kind: str) -> dict[str, str]:
    fields = {}
    for spec in FORMS[kind].fields:
        if spec.kind == "choice":
            fields[spec.key] = spec.choices[-1]
        elif spec.kind != "feelings":
            fields[spec.key] = f"{kind} {spec.key} text ✓ עברית 😊"
    return fields


@pytest.mark.parametrize("kind", list(FORMS))
def test_every_form_round_trips(vault: Vault, kind: str) -> None:
    repo = JournalRepository(vault)
    entry = Entry(
        kind=kind, entry_at=T0, title="A title", body="Some **bold** words", fields=sample_fields(kind),
        tags=("family", "Group"), feelings=(Feeling("sad", 6), Feeling("my own words", None)),
        suggestion=FORMS[kind].suggestion, prompt_id="moment-01", bring_to_group=True,
    )
    saved = repo.save(entry)
    got = repo.get(saved.id)
    assert got.fields == entry.fields
    assert got.kind == kind and got.title == "A title" and got.body == entry.body
    assert set(got.tags) == {"family", "Group"}
    assert set(got.feelings) == set(entry.feelings)
    assert got.bring_to_group and got.prompt_id == "moment-01" and got.suggestion == FORMS[kind].suggestion
    assert got.entry_at == T0
    for value in entry.fields.values():  # every field is searchable
        word = value.split()[1] if " " in value else value
        assert any(h.entry_id == saved.id for h in repo.search(word))


def test_update_replaces_tags_feelings_and_index(vault: Vault) -> None:
    repo = JournalRepository(vault)
    e = repo.save(Entry(kind="free", entry_at=T0, body="apples", tags=("one",), feelings=(Feeling("calm", 2),)))
    repo.save(e.with_changes(body="pears", tags=("two",), feelings=()))
    got = repo.get(e.id)
    assert got.tags == ("two",) and got.feelings == ()
    assert repo.search("apples") == [] and len(repo.search("pears")) == 1
    assert repo.all_tags() == ["two"]


def test_trash_restore_and_empty(vault: Vault) -> None:
    repo = JournalRepository(vault)
    keep = repo.save(Entry(kind="free", entry_at=T0, body="keep me"))
    gone = repo.save(Entry(kind="free", entry_at=T0, body="secretword in the trash", tags=("old",)))
    repo.move_to_trash(gone.id)
    assert repo.count() == 1 and repo.count(trashed=True) == 1
    assert repo.search("secretword") == []
    repo.restore(gone.id)
    assert repo.count() == 2
    repo.move_to_trash(gone.id)
    assert repo.empty_trash() == 1
    with pytest.raises(NotFound):
        repo.get(gone.id)
    assert vault.conn.execute("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH 'secretword'").fetchone()[0] == 0
    assert repo.all_tags() == [] and repo.get(keep.id).body == "keep me"
    with pytest.raises(NotFound):
        repo.restore(gone.id)


def test_timeline_order_paging_and_filters(vault: Vault) -> None:
    repo = JournalRepository(vault)
    with vault.transaction():
        for i in range(450):
            repo.save(
                Entry(
                    kind="moment" if i % 3 == 0 else "free", entry_at=T0 + timedelta(hours=i), body=f"entry {i}",
                    tags=("even",) if i % 2 == 0 else (), feelings=(Feeling("angry", 5),) if i % 5 == 0 else (),
                    suggestion=1 if i % 3 == 0 else None,
                )
            )
    first = repo.timeline(limit=10)
    assert [s.first_line for s in first[:2]] == ["entry 449", "entry 448"]
    assert len(repo.timeline(offset=440, limit=200)) == 10
    assert repo.count(TimelineFilter(kind="moment")) == 150
    assert repo.count(TimelineFilter(tag="even")) == 225
    assert repo.count(TimelineFilter(feeling="angry")) == 90
    assert repo.count(TimelineFilter(suggestion=1, tag="even")) == 75
    assert repo.count(TimelineFilter(date_from=T0 + timedelta(hours=400))) == 50
    # jump to a day: the row of the newest entry on or before the day's end
    row = repo.position_of_date(T0 + timedelta(hours=400))
    assert repo.timeline(offset=row, limit=1)[0].first_line == "entry 399"
    assert repo.last_written_by_suggestion()[1] == T0 + timedelta(hours=447)


def test_search_ranks_highlights_and_handles_odd_queries(vault: Vault) -> None:
    repo = JournalRepository(vault)
    a = repo.save(Entry(kind="free", entry_at=T0, title="Sister", body="I felt unseen when my sister left early."))
    repo.save(Entry(kind="free", entry_at=T0, body="Work was fine. Nothing about family."))
    hits = repo.search("sist")
    assert hits[0].entry_id == a.id and MARK_START in hits[0].snippet and MARK_END in hits[0].snippet
    assert [h.entry_id for h in repo.search('"my sister"')] == [a.id]
    assert [h.entry_id for h in repo.search("felt -sister")] == []
    for odd in ['"unbalanced', "NEAR(", "(((", "*", "-", "AND OR NOT", "😊", "x" * 5000, "a:b", "sister)"]:
        assert isinstance(repo.search(odd), list)
    assert [h.entry_id for h in repo.search("sister)")] == [a.id]


def test_custom_prompts_and_prefs(vault: Vault) -> None:
    prefs = PromptPrefs(vault)
    uid = prefs.add_custom("What did I want from the group tonight?", 10)
    prefs.edit_custom(uid, "What did I want tonight?", None)
    assert prefs.custom() == [(uid, "What did I want tonight?", None)]
    prefs.set_hidden("moment-01", True)
    prefs.set_pinned("moment-02", True)
    assert prefs.hidden() == {"moment-01"} and prefs.pinned() == {"moment-02"}
    prefs.set_hidden("moment-01", False)
    prefs.delete_custom(uid)
    assert prefs.hidden() == set() and prefs.custom() == []


def test_keyset_paging_with_equal_times_misses_nothing(vault: Vault) -> None:
    repo = JournalRepository(vault)
    with vault.transaction():
        for i in range(25):
            repo.save(Entry(kind="free", entry_at=T0 + timedelta(hours=i // 5), body=f"e{i}"))
    seen, last = [], None
    while True:
        page = repo.timeline(limit=4, after=last)
        if not page:
            break
        seen.extend(s.first_line for s in page)
        last = page[-1]
    assert sorted(seen) == sorted(f"e{i}" for i in range(25)) and len(seen) == 25


def test_timeline_keys_page_like_the_timeline_and_start_a_page_anywhere(vault: Vault) -> None:
    repo = JournalRepository(vault)
    with vault.transaction():
        for i in range(25):
            repo.save(Entry(kind="free", entry_at=T0 + timedelta(hours=i // 5), body=f"e{i}"))
        repo.move_to_trash(repo.timeline(limit=1)[0].id)
    keys, last = [], None
    while more := repo.timeline_keys(limit=7, after=last):
        keys.extend(more)
        last = more[-1]
    whole = repo.timeline(limit=100)
    assert [k[1] for k in keys] == [s.id for s in whole] and len(keys) == 24  # the trashed one is not there
    for start in (0, 3, 11, 23):  # equal times: the id decides, so a page starts exactly at its row
        page = repo.timeline(limit=5, start=keys[start])
        assert [s.id for s in page] == [s.id for s in whole[start:start + 5]]
        assert all(s.first_line for s in page)  # later pages read no form fields, yet keep their first lines
    flt = TimelineFilter(date_from=T0 + timedelta(hours=3))
    assert [k[1] for k in repo.timeline_keys(flt)] == [s.id for s in repo.timeline(flt)]


def test_very_common_words_list_newest_first(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = JournalRepository(vault)
    ids = [repo.save(Entry(kind="free", entry_at=T0, title="group" if i == 0 else "", body=f"group night {i}")).id
           for i in range(4)]
    assert repo.search("group")[0].entry_id == ids[0]  # ranked: the title match wins
    monkeypatch.setattr(JournalRepository, "RANK_LIMIT", 2)
    assert [h.entry_id for h in repo.search("group")] == ids[::-1]  # too common to rank: newest first
    repo.move_to_trash(ids[3])
    assert ids[3] not in [h.entry_id for h in repo.search("group")]


def test_a_common_word_as_typed_is_looked_up_before_its_prefix(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = JournalRepository(vault)
    monkeypatch.setattr(JournalRepository, "RANK_LIMIT", 2)
    exact = [repo.save(Entry(kind="free", entry_at=T0, body=f"an answer {i}")).id for i in range(4)]
    assert [h.entry_id for h in repo.search("answer", limit=3)] == exact[::-1][:3]  # the word itself, newest first
    longer = repo.save(Entry(kind="free", entry_at=T0, body="I answered at last")).id
    # many entries hold the word as typed: their newest serve, the prefix list is not merged
    assert longer not in [h.entry_id for h in repo.search("answer", limit=3)]
    assert [h.entry_id for h in repo.search("answe", limit=9)] == [longer, *exact[::-1]]  # a word being typed
    lastly = repo.save(Entry(kind="free", entry_at=T0, body="an answer, lastly")).id
    kept = [h.entry_id for h in repo.search("answer -last", limit=3)]
    assert lastly not in kept and kept == exact[::-1][:3]  # an exclusion still excludes its prefix ("lastly")
    few = repo.save(Entry(kind="free", entry_at=T0, body="a rare lighthouse")).id
    repo.save(Entry(kind="free", entry_at=T0, body="two lighthouses"))
    assert few in [h.entry_id for h in repo.search("lighthouse")] and len(repo.search("lighthouse")) == 2  # few: prefix too


def test_an_untitled_form_entry_reads_its_main_field_on_every_page(vault: Vault) -> None:
    repo = JournalRepository(vault)
    held = repo.save(Entry(kind="avoided", entry_at=T0, fields={
        "held_back": "That I was hurt when J. left early", "feeling": "anger"})).id
    with vault.transaction():
        for i in range(5):
            repo.save(Entry(kind="free", entry_at=T0 + timedelta(hours=i + 1), body=f"later {i}"))
    first_page = {s.id: s.first_line for s in repo.timeline(limit=10)}
    keys = repo.timeline_keys()
    later_page = {s.id: s.first_line for s in repo.timeline(limit=2, start=keys[-2])}  # no form fields read
    assert first_page[held] == later_page[held] == "That I was hurt when J. left early"
