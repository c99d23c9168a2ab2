"""People: migration to schema 4, bad input, the circle's history, links both ways, merge, archive, delete,
search, the JSON round trip and merge, names replaced in Markdown, and the invitation and look-back services."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ipt_journal.domain.agenda import AgendaItem, LEAVING_TEXT
from ipt_journal.domain.entries import Entry, Feeling
from ipt_journal.domain.goals import Goal
from ipt_journal.domain.people import InvalidPerson, Person, initials, same_name, suggested_name
from ipt_journal.services import people as people_service
from ipt_journal.vault import backup, export, migrations
from ipt_journal.vault.agenda import AgendaRepository
from ipt_journal.vault.errors import NotFound
from ipt_journal.vault.goals import GoalRepository
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.people import PeopleRepository
from ipt_journal.vault.vault import Vault
from tests.conftest import PASSPHRASE

T0 = datetime(2024, 3, 4, 19, 0).astimezone()


def _person(repo: PeopleRepository, name: str, **kw: object) -> Person:
    return repo.save(Person(name=name, **kw))  # type: ignore[arg-type]


def test_migration_from_schema_3_keeps_everything_and_backs_up_first(data_dir: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    three = tuple(m for m in migrations.MIGRATIONS if m.version <= 3)
    with monkeypatch.context() as m:
        m.setattr(migrations.migrate, "__defaults__", (three,))
        v, _code = Vault.create(data_dir, PASSPHRASE)
        assert migrations.current_version(v.conn) == 3
        entry = JournalRepository(v).save(Entry(kind="free", entry_at=T0, title="before people", body="kept words"))
        GoalRepository(v).create(Goal(title="a goal from before"))
        v.close()
    with Vault.open(data_dir, passphrase=PASSPHRASE) as v:
        assert migrations.current_version(v.conn) == migrations.LATEST_VERSION
        assert JournalRepository(v).get(int(entry.id)).body == "kept words"  # type: ignore[arg-type]
        assert [g.title for g in GoalRepository(v).list()] == ["a goal from before"]
        repo = PeopleRepository(v)
        person = _person(repo, "Robin")
        repo.link(int(person.id), "entry", int(entry.id))  # type: ignore[arg-type]
        assert [link.target_id for link in repo.links(int(person.id))] == [entry.id]  # type: ignore[arg-type]
    backups = list((data_dir / "backups").glob("before-migration-v3-*"))
    assert len(backups) == 1
    info = backup.verify_backup(backups[0], passphrase=PASSPHRASE)
    assert info.schema_version == 3 and info.counts["entries"] == 1


def test_bad_input_gets_a_reason_and_loses_nothing(vault: Vault) -> None:
    repo = PeopleRepository(vault)
    for name in ("", "   \n "):
        with pytest.raises(InvalidPerson) as err:
            repo.save(Person(name=name))
        assert err.value.reason == "empty_name"
    with pytest.raises(InvalidPerson) as err:
        repo.save(Person(name="x" * 10_000))
    assert err.value.reason == "long_name"
    assert repo.all() == []
    long = "a long answer " * 715  # 10,010 characters
    saved = repo.save(Person(name="  Sam   Lee ", answers={answer: long for answer in ("good", "hard", "notes")}))
    again = repo.get(int(saved.id))  # type: ignore[arg-type]
    assert again.name == "Sam Lee" and again.answer("hard") == long.rstrip() and len(again.answer("good")) > 10_000
    twin = repo.save(Person(name="sam lee", relation="colleague"))  # two people with one name: both kept
    assert {p.id for p in repo.list()} == {saved.id, twin.id}
    assert [p.id for p in same_name(repo.list(), "SAM LEE", other_than=twin.id)] == [saved.id]
    with pytest.raises(InvalidPerson):
        repo.save(Person(name="Pat", relation="boss"))
    with pytest.raises(InvalidPerson):
        repo.place(int(saved.id), 7)  # type: ignore[arg-type]
    with pytest.raises(NotFound):
        repo.place(9999, 1)


def test_group_members_default_to_initials_or_a_pseudonym() -> None:
    assert initials("Jamie Lee Ortiz") == "J. L. O."
    assert initials("Jo") == "Jo"
    assert suggested_name("group_member", "jamie  ortiz") == "J. O."
    assert suggested_name("group_member", "", {"Group member 1"}) == "Group member 2"
    assert suggested_name("friend", "Jamie Ortiz") == "Jamie Ortiz"


def test_the_circle_has_a_history(vault: Vault) -> None:
    repo = PeopleRepository(vault)
    a, b = _person(repo, "Ana"), _person(repo, "Ben")
    aid, bid = int(a.id), int(b.id)  # type: ignore[arg-type]
    repo.place(aid, 3, at=T0)
    repo.place(bid, 1, at=T0 + timedelta(days=1))
    repo.place(aid, 1, at=T0 + timedelta(days=10))
    repo.place(bid, None, at=T0 + timedelta(days=20))  # taken off the circle
    assert repo.circle_at(T0 - timedelta(days=1)) == {}
    assert repo.circle_at(T0 + timedelta(days=2)) == {aid: 3, bid: 1}
    assert repo.circle_at(T0 + timedelta(days=11)) == {aid: 1, bid: 1}
    assert repo.circle_at(T0 + timedelta(days=21)) == {aid: 1}
    assert repo.first_and_latest() == {aid: (3, 1), bid: (1, None)}
    assert [p.ring for p in repo.placements(aid)] == [3, 1]
    assert repo.first_placement_at() == T0
    # archiving keeps the history: gone from today's circle, still there on earlier dates
    repo.archive(aid, now=T0 + timedelta(days=30))
    assert aid not in repo.circle_at(T0 + timedelta(days=31)) and repo.circle_at(T0 + timedelta(days=11))[aid] == 1
    assert [p.id for p in repo.list()] == [bid] and [p.id for p in repo.list(archived=True)] == [aid]
    assert [p.ring for p in repo.placements(aid)] == [3, 1]
    repo.unarchive(aid)
    assert aid in repo.circle_at()


def test_linking_both_ways_and_deleting_a_linked_person(vault: Vault) -> None:
    repo, journal, agenda, goals = PeopleRepository(vault), JournalRepository(vault), AgendaRepository(vault), GoalRepository(vault)
    old = journal.save(Entry(kind="free", entry_at=T0, body="older words", feelings=(Feeling("sad", 4),)))
    new = journal.save(Entry(kind="free", entry_at=T0 + timedelta(days=3), title="newer", feelings=(Feeling("sad"),
                                                                                                     Feeling("warm"))))
    item = agenda.add(AgendaItem("tell Kim how that felt"))
    goal = goals.create(Goal(title="call Kim once a week"))
    kim, lou = _person(repo, "Kim"), _person(repo, "Lou")
    kid, lid = int(kim.id), int(lou.id)  # type: ignore[arg-type]
    for kind, target in (("entry", old.id), ("entry", new.id), ("agenda_item", item.id), ("goal", goal.id)):
        repo.link(kid, kind, int(target))  # type: ignore[arg-type]
    repo.link(kid, "entry", int(new.id))  # type: ignore[arg-type]  # again: no second link
    repo.set_people_for("entry", int(new.id), [kid, lid])  # type: ignore[arg-type]
    links = repo.links(kid)
    assert [(link.kind, link.target_id) for link in links][-2:] == [("entry", new.id), ("entry", old.id)]
    assert [link.at for link in links] == sorted((link.at for link in links), reverse=True)
    assert {link.kind for link in links} == {"entry", "agenda_item", "goal"} and len(links) == 4
    assert [p.name for p in repo.people_for("entry", int(new.id))] == ["Kim", "Lou"]  # type: ignore[arg-type]
    assert repo.feelings_with(kid) == [("sad", 2), ("warm", 1)]
    repo.set_people_for("entry", int(new.id), [lid])  # type: ignore[arg-type]
    assert [p.name for p in repo.people_for("entry", int(new.id))] == ["Lou"]  # type: ignore[arg-type]
    repo.unlink(kid, "goal", int(goal.id))  # type: ignore[arg-type]
    assert repo.people_for("goal", int(goal.id)) == []  # type: ignore[arg-type]
    journal.move_to_trash(int(old.id))  # type: ignore[arg-type]
    assert [link.kind for link in repo.links(kid)] == ["agenda_item"]
    with pytest.raises(NotFound):
        repo.link(kid, "entry", 99_999)
    # deleting a linked person: the links go, the entries and items stay
    repo.delete(lid)
    assert journal.get(int(new.id)).title == "newer" and agenda.get(int(item.id)).text  # type: ignore[arg-type]
    assert repo.people_for("entry", int(new.id)) == []  # type: ignore[arg-type]
    assert vault.conn.execute("SELECT count(*) FROM person_links WHERE person_id = ?", (lid,)).fetchone()[0] == 0
    with pytest.raises(NotFound):
        repo.get(lid)
    # deleting the entry for good removes only the link
    agenda.delete(int(item.id))  # type: ignore[arg-type]
    assert repo.links(kid) == [] and repo.get(kid).name == "Kim"


def test_merge_moves_everything_to_the_one_kept(vault: Vault) -> None:
    repo, journal = PeopleRepository(vault), JournalRepository(vault)
    e1 = journal.save(Entry(kind="free", entry_at=T0, body="one"))
    e2 = journal.save(Entry(kind="free", entry_at=T0 + timedelta(days=1), body="two"))
    keep = _person(repo, "Mum", relation="parent", answers={"good": "she listens"})
    drop = _person(repo, "Mother", answers={"good": "we laugh", "hard": "money"}, contact="weekly")
    k, d = int(keep.id), int(drop.id)  # type: ignore[arg-type]
    repo.place(k, 2, at=T0)
    repo.place(d, 3, at=T0 + timedelta(days=2))
    repo.set_areas(k, {"grief"})
    repo.set_areas(d, {"grief", "role_disputes"})
    repo.link(k, "entry", int(e1.id))  # type: ignore[arg-type]
    repo.link(d, "entry", int(e1.id))  # type: ignore[arg-type]
    repo.link(d, "entry", int(e2.id))  # type: ignore[arg-type]
    with pytest.raises(InvalidPerson):
        repo.merge(k, k)
    kept = repo.merge(k, d)
    assert kept.answer("good") == "she listens\n\nwe laugh" and kept.answer("hard") == "money"
    assert kept.contact == "weekly" and kept.relation == "parent"
    assert [p.ring for p in repo.placements(k)] == [2, 3]
    assert repo.areas(k) == ["grief", "role_disputes"]
    assert sorted(link.target_id for link in repo.links(k)) == sorted([e1.id, e2.id])
    with pytest.raises(NotFound):
        repo.get(d)
    assert [h.person_id for h in repo.search("money")] == [k]


def test_search_finds_a_persons_notes_with_a_snippet(vault: Vault) -> None:
    repo = PeopleRepository(vault)
    p = _person(repo, "Noor", answers={"change": "I would like us to talk about the move without shouting"})
    _person(repo, "Other", answers={"good": "walks"})
    hits = repo.search("shouting")
    assert [h.person_id for h in hits] == [p.id] and "shouting" in hits[0].snippet and "\x02" not in hits[0].name
    assert [h.person_id for h in repo.search("noo")] == [p.id]  # a prefix
    for odd in ('"', "AND OR", "NEAR(", "*", "'; DROP TABLE people; --", "x" * 5000):
        repo.search(odd)  # never an error
    assert repo.search("nothing-like-this") == []
    repo.save(p.with_changes(answers={}))
    assert repo.search("shouting") == []


def test_json_round_trip_and_merge_into_a_vault_in_use(vault: Vault, tmp_path: Path) -> None:
    repo, journal = PeopleRepository(vault), JournalRepository(vault)
    entry = journal.save(Entry(kind="free", entry_at=T0, body="about Quinn"))
    q = _person(repo, "Quinn", relation="sibling", answers={"hard": "old arguments"})
    repo.place(int(q.id), 2, at=T0)  # type: ignore[arg-type]
    repo.set_areas(int(q.id), {"role_transitions"})  # type: ignore[arg-type]
    repo.link(int(q.id), "entry", int(entry.id))  # type: ignore[arg-type]
    out = tmp_path / "all.json"
    export.write_json_export(vault, out)
    other_dir = tmp_path / "other"
    v2, _ = Vault.create(other_dir, PASSPHRASE)
    try:
        mine = JournalRepository(v2).save(Entry(kind="free", entry_at=T0 - timedelta(days=9), body="mine"))
        r2 = PeopleRepository(v2)
        own = _person(r2, "Rae")
        r2.link(int(own.id), "entry", int(mine.id))  # type: ignore[arg-type]
        report = export.import_json(v2, out)
        assert report.added["people"] == 1 and report.added["person_links"] == 1
        again = export.import_json(v2, out)  # merging twice adds nothing
        assert again.added.get("people", 0) == 0 and again.skipped["people"] == 1
        quinn = next(p for p in r2.list() if p.name == "Quinn")
        qid = int(quinn.id)  # type: ignore[arg-type]
        assert quinn.uid == q.uid and quinn.answer("hard") == "old arguments"
        assert r2.circle_at() == {qid: 2} and r2.areas(qid) == ["role_transitions"]
        linked = r2.links(qid)
        assert len(linked) == 1 and JournalRepository(v2).get(linked[0].target_id).body == "about Quinn"
        assert [link.target_id for link in r2.links(int(own.id))] == [mine.id]  # type: ignore[arg-type]
        assert [h.person_id for h in r2.search("arguments")] == [qid]  # search rows rebuilt on import
    finally:
        v2.close()


def test_markdown_export_replaces_group_members_and_marked_people(vault: Vault, tmp_path: Path) -> None:
    journal, repo = JournalRepository(vault), PeopleRepository(vault)
    _person(repo, "Tove", relation="group_member")
    _person(repo, "Uma", redact=True)
    _person(repo, "Vic", relation="friend")
    journal.save(Entry(kind="free", entry_at=T0, body="Tove spoke, then uma and Vic. Later Tove again; Wes too."))
    journal.save(Entry(kind="feedback", entry_at=T0 + timedelta(days=1), fields={"who": "Wes", "what": "Uma nodded"}))
    out = tmp_path / "out.md"
    export.write_markdown_export(vault, out, names=[])
    text = out.read_text()
    assert "Tove" not in text and "Uma" not in text and "uma" not in text and "Wes" not in text
    assert "Member A spoke, then Member B and Vic. Later Member A again; Member C too." in text
    export.write_markdown_export(vault, out, what="goals", names=[])
    goal = GoalRepository(vault).create(Goal(title="ask Tove for feedback"))
    assert goal.id
    export.write_markdown_export(vault, out, what="goals", names=[])
    assert "ask Member A for feedback" in out.read_text()  # the same label in another export kind
    export.write_markdown_export(vault, out)  # names kept unless asked
    assert "Tove spoke" in out.read_text()


def test_invitation_and_look_back(vault: Vault, tmp_path: Path) -> None:
    invite = people_service.Invitation(vault)
    assert invite.should_invite("beginning") and not invite.should_invite("middle")
    invite.dismiss()
    assert invite.dismissed() and not invite.should_invite("beginning")
    assert not invite.should_offer_look_back("middle") and invite.should_offer_look_back("ending")
    AgendaRepository(vault).add(AgendaItem(LEAVING_TEXT))
    assert invite.should_offer_look_back("middle")
    repo = PeopleRepository(vault)
    x = _person(repo, "Xan", relation="group_member")
    repo.place(int(x.id), 4, at=T0)  # type: ignore[arg-type]
    repo.place(int(x.id), 2, at=T0 + timedelta(days=60))  # type: ignore[arg-type]
    repo.set_areas(int(x.id), {"interpersonal_deficits"})  # type: ignore[arg-type]
    item = AgendaRepository(vault).add(AgendaItem("tell Xan thanks"))
    repo.link(int(x.id), "agenda_item", int(item.id))  # type: ignore[arg-type]
    g = GoalRepository(vault).create(Goal(title="speak up once"))
    GoalRepository(vault).set_status(int(g.id), "achieved")  # type: ignore[arg-type]
    review = people_service.look_back(vault)
    assert [(p.ring_then, p.ring_now, p.linked) for p in review.people] == [(4, 2, {"agenda_item": 1})]
    assert review.goals_reached == ("speak up once",)
    out = tmp_path / "look-back.md"
    assert people_service.write_look_back(vault, out, names=[]) == 1
    text = out.read_text()
    assert "### Member A" in text and "from distant to close" in text and "Xan" not in text
    assert "loneliness and connection" in text and "1 agenda item" in text and "- speak up once" in text


def test_names_for_an_at_completion(vault: Vault) -> None:
    repo = PeopleRepository(vault)
    for name in ("Sam Lee", "Alex Sam", "samira", "Bo"):
        _person(repo, name)
    gone = _person(repo, "Sammy")
    repo.archive(int(gone.id))  # type: ignore[arg-type]
    assert [n for _i, n in repo.matching("sam")] == ["Sam Lee", "samira", "Alex Sam"]
    assert [n for _i, n in repo.matching("SAM L")] == ["Sam Lee"]
    assert repo.matching("zz") == [] and len(repo.matching("", limit=2)) == 2
