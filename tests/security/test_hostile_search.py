"""Whatever a member types into search: no exception, a list, and only live entries in it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ipt_journal.domain.entries import Entry, Feeling, SearchHit
from ipt_journal.domain.search_query import parse
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

FTS_NOISE = ['"', "'", "*", "-", "+", "^", ":", "(", ")", "[", "]", "{", "}", "NEAR", "NEAR/2", "AND", "OR", "NOT",
             "title:", "body:", "extra:", "\x00", "\\", "%", "_", "🙂", "👩‍👩‍👧", "\u0301", "\ufeff", "\ue000", "é", "ß"]

hostile_text = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(st.sampled_from(FTS_NOISE), st.text(min_size=1, max_size=8)), max_size=30).map(" ".join),
    st.lists(st.sampled_from(FTS_NOISE + ["sad", "group", "kettle", "feedback"]), max_size=40).map("".join),
    st.text(min_size=400, max_size=3000),
)


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[JournalRepository, set[int]]]:
    vault, _code = Vault.create(tmp_path_factory.mktemp("search") / "vault", PASSPHRASE, kdf=FAST_KDF)
    r = JournalRepository(vault)
    now = datetime.now().astimezone()
    live = set()
    for e in [
        Entry(kind="free", entry_at=now, title="Tuesday group", body='I felt sad when "NEAR" came up; (x) * - NOT'),
        Entry(kind="moment", entry_at=now, fields={"what_happened": "kettle 🙂 boiled", "where": "in group"},
              tags=("family", "work"), feelings=(Feeling("angry", 4),)),
        Entry(kind="feedback", entry_at=now, fields={"said": "You look away when you talk about your dad"}),
        Entry(kind="free", entry_at=now, body="naïve café ß straße 👩‍👩‍👧 \u0000 nul inside"),
    ]:
        live.add(r.save(e).id)
    gone = r.save(Entry(kind="free", entry_at=now, body="sad kettle group in the trash"))
    r.move_to_trash(gone.id)
    yield r, live
    vault.close()


def _check(hits: object, live: set[int]) -> None:
    assert isinstance(hits, list)
    for h in hits:
        assert isinstance(h, SearchHit)
        assert h.entry_id in live, "a hit for an entry that is not live (trashed or unknown)"
        assert isinstance(h.snippet, str)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=hostile_text)
@example(text='"')
@example(text='"unbalanced phrase')
@example(text="NEAR(sad kettle, 2)")
@example(text="sad*")
@example(text="-sad")
@example(text="- - -")
@example(text="title:sad OR body:kettle")
@example(text="\x00\x00")
@example(text="x" * 100_000)
@example(text="🙂")
@example(text="%_%\\")
def test_search_never_raises(repo: tuple[JournalRepository, set[int]], text: str) -> None:
    r, live = repo
    _check(r.search(text), live)
    _check(r.search(text, limit=1), live)


@settings(max_examples=200, deadline=None)
@given(text=hostile_text)
def test_parse_never_raises(text: str) -> None:
    q = parse(text)
    assert q.fts is None or isinstance(q.fts, str)
    assert isinstance(q.plain, str)


def test_search_finds_and_excludes(repo: tuple[JournalRepository, set[int]]) -> None:
    r, live = repo
    assert len(r.search("sad")) == 1  # the trashed "sad" entry is not found
    assert len(r.search("kettle")) == 1
    assert len(r.search("angry")) == 1  # feelings are searchable
    assert r.search("sad -group") == []
    assert r.search("NEAR") and r.search('"NEAR"')
    assert len(r.search("🙂")) == 1  # no word characters: the plain fallback finds it


# -- the agenda (history search) and goals searches take the same hostile input ------------------


@pytest.fixture(scope="module")
def other_repos(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from ipt_journal.domain.agenda import AgendaItem, Outcome
    from ipt_journal.domain.goals import CheckIn, Goal
    from ipt_journal.vault.agenda import AgendaRepository
    from ipt_journal.vault.goals import GoalRepository

    vault, _code = Vault.create(tmp_path_factory.mktemp("search-more") / "vault", PASSPHRASE, kdf=FAST_KDF)
    agenda, goals = AgendaRepository(vault), GoalRepository(vault)
    now = datetime.now().astimezone()
    items = {agenda.add(AgendaItem(t, why=w)).id for t, w in (("sad about NEAR", '"quoted" * -'), ("kettle 🙂", "group"))}
    agenda.record_outcome(Outcome(min(items), "carried", now, None, "feedback (x)", "felt sad", "NOT this"))  # type: ignore[arg-type]
    gids = {goals.create(Goal(title=t, why=w)).id for t, w in (("speak up", "sad * NEAR"), ("kettle goal", "ß é"))}
    goals.add_checkin(CheckIn(min(gids), now, note="group -note"))  # type: ignore[arg-type]
    yield agenda, goals, items, gids
    vault.close()


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=hostile_text)
@example(text='"')
@example(text="x" * 100_000)
@example(text="NEAR(sad kettle, 2)")
@example(text="%_%\\")
def test_agenda_and_goal_search_never_raise(other_repos, text: str) -> None:  # type: ignore[no-untyped-def]
    agenda, goals, items, gids = other_repos
    found = agenda.search(text)
    assert isinstance(found, list) and {i.id for i in found} <= items
    hits = goals.search(text)
    assert isinstance(hits, list) and {h.goal_id for h in hits} <= gids
    assert all(isinstance(h.snippet, str) for h in hits)


def test_agenda_and_goal_search_find(other_repos) -> None:  # type: ignore[no-untyped-def]
    agenda, goals, items, gids = other_repos
    assert len(agenda.search("sad")) == 1 and len(agenda.search("feedback")) == 1
    assert len(goals.search("kettle")) == 1 and len(goals.search("note")) == 1
    assert agenda.search("🙂") and goals.search("ß")
