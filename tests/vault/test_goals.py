"""Goals through a real vault: lifecycle, check-ins, links both ways, search and the index."""

from datetime import date, datetime, timedelta

import pytest

from ipt_journal.domain.entries import Entry
from ipt_journal.domain.goals import CheckIn, Goal, InvalidGoal, progress_series
from ipt_journal.vault.errors import NotFound
from ipt_journal.vault.goals import GoalRepository
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.vault import Vault
from tests.conftest import PASSPHRASE

NOW = datetime(2026, 3, 2, 20, 0).astimezone()


@pytest.fixture
def repo(vault: Vault) -> GoalRepository:
    return GoalRepository(vault)


def _goal(**kw) -> Goal:  # type: ignore[no-untyped-def]
    base = dict(title="Say no when I mean no", why="I end up resentful", observable="I turn down a request",
                relationships=("partner",), suggestions=(2,), target_date=date(2026, 5, 1))
    base.update(kw)
    return Goal(**base)  # type: ignore[arg-type]


def test_goal_lifecycle_survives_reopening(vault: Vault, repo: GoalRepository) -> None:
    goal = repo.create(_goal(), now=NOW)
    assert goal.id is not None and goal.status == "active" and goal.created_at == NOW
    goal = repo.update(goal.with_changes(horizon="long", title="Say no, kindly"), now=NOW + timedelta(hours=1))
    assert goal.updated_at == NOW + timedelta(hours=1) and goal.created_at == NOW
    paused = repo.set_status(goal.id, "paused")
    assert paused.status == "paused" and paused.closed_at is None
    done = repo.set_status(goal.id, "achieved", reflection="  I said no to my sister twice.  ", now=NOW + timedelta(days=30))
    assert done.closed_at == NOW + timedelta(days=30) and done.closing_reflection == "I said no to my sister twice."
    data_dir = vault.data_dir
    vault.close()
    with Vault.open(data_dir, passphrase=PASSPHRASE) as v:
        again = GoalRepository(v).get(goal.id)
        assert again == done
        assert again.target_date == date(2026, 5, 1) and again.relationships == ("partner",)
        assert again.suggestions == (2,)
        reopened = GoalRepository(v).set_status(goal.id, "active")
        assert reopened.closed_at is None and reopened.closing_reflection == "I said no to my sister twice."


def test_invalid_goals_are_refused_and_missing_ones_reported(repo: GoalRepository) -> None:
    with pytest.raises(InvalidGoal):
        repo.create(Goal(title="  "))
    assert repo.count() == 0
    with pytest.raises(NotFound):
        repo.get(99)
    with pytest.raises(NotFound):
        repo.update(_goal(id=99))
    with pytest.raises(NotFound):
        repo.add_checkin(CheckIn(99, NOW, direction=1))


def test_list_orders_short_active_first_and_closed_last(repo: GoalRepository) -> None:
    long_ = repo.create(_goal(title="long one", horizon="long"))
    closed = repo.create(_goal(title="closed one"))
    repo.set_status(closed.id, "let_go", reflection="not for now")
    paused = repo.create(_goal(title="paused one"))
    repo.set_status(paused.id, "paused")
    short = repo.create(_goal(title="short one"))
    assert [x.id for x in repo.list()] == [short.id, paused.id, long_.id, closed.id]
    assert [x.id for x in repo.list(statuses=("active",))] == [short.id, long_.id]


def test_checkins_history_and_chart_data(repo: GoalRepository) -> None:
    goal = repo.create(_goal())
    assert repo.checkins(goal.id) == [] and repo.last_active_checkin_at() is None
    repo.add_checkin(CheckIn(goal.id, NOW + timedelta(days=7), direction=1, note="said it once"))
    first = repo.add_checkin(CheckIn(goal.id, NOW, score=3))
    repo.add_checkin(CheckIn(goal.id, NOW + timedelta(days=14), direction=-1, score=None, note="a hard week"))
    history = repo.checkins(goal.id)
    assert [c.at for c in history] == [NOW, NOW + timedelta(days=7), NOW + timedelta(days=14)]
    assert history[0] == first
    assert [v for _, v in progress_series(history)] == [3.0, 4.0, 3.0]
    assert repo.last_checkins()[goal.id].note == "a hard week"
    assert repo.last_active_checkin_at() == NOW + timedelta(days=14)
    repo.set_status(goal.id, "paused")
    assert repo.last_active_checkin_at() is None  # only active goals count for Today
    repo.delete_checkin(history[-1].id)
    assert len(repo.checkins(goal.id)) == 2 and repo.search("hard week") == []


def test_links_both_ways_and_deleting_an_entry_keeps_the_goal(vault: Vault, repo: GoalRepository) -> None:
    journal = JournalRepository(vault)
    goal = repo.create(_goal())
    other = repo.create(_goal(title="another goal"))
    e1 = journal.save(Entry(kind="free", entry_at=NOW, body="I said no to my sister"))
    e2 = journal.save(Entry(kind="free", entry_at=NOW + timedelta(days=1), title="later", body="x"))
    repo.link_entry(goal.id, e1.id)
    repo.link_entry(goal.id, e1.id)  # twice is still once
    repo.link_entry(goal.id, e2.id)
    repo.link_entry(other.id, e1.id)
    assert [s.id for s in repo.linked_entries(goal.id)] == [e2.id, e1.id]
    assert repo.linked_entries(goal.id)[1].first_line == "I said no to my sister"
    assert {x.id for x in repo.goals_for_entry(e1.id)} == {goal.id, other.id}
    repo.unlink_entry(other.id, e1.id)
    assert [x.id for x in repo.goals_for_entry(e1.id)] == [goal.id]
    journal.move_to_trash(e1.id)
    assert [s.id for s in repo.linked_entries(goal.id)] == [e2.id]  # trashed entries are not shown
    journal.empty_trash()
    assert repo.get(goal.id).title == "Say no when I mean no"
    assert [s.id for s in repo.linked_entries(goal.id)] == [e2.id]
    assert repo.goals_for_entry(e1.id) == []
    with pytest.raises(NotFound):
        repo.link_entry(goal.id, e1.id)  # the entry is gone for good
    repo.delete(goal.id)
    assert journal.get(e2.id).title == "later"  # deleting a goal never deletes entries
    assert repo.goals_for_entry(e2.id) == []


def test_agenda_item_links(vault: Vault, repo: GoalRepository) -> None:
    goal = repo.create(_goal())
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO agenda_items (uid, created_at, updated_at, text) VALUES ('a1', ?, ?, 'Tell J I felt ignored')",
            (NOW.isoformat(), NOW.isoformat()),
        )
        item_id = conn.execute("SELECT id FROM agenda_items WHERE uid = 'a1'").fetchone()[0]
    repo.link_agenda_item(goal.id, item_id)
    assert [(i.id, i.text) for i in repo.linked_agenda_items(goal.id)] == [(item_id, "Tell J I felt ignored")]
    assert [x.id for x in repo.goals_for_agenda_item(item_id)] == [goal.id]
    repo.unlink_agenda_item(goal.id, item_id)
    assert repo.linked_agenda_items(goal.id) == []


def test_search_covers_every_field_and_closed_goals(repo: GoalRepository) -> None:
    goal = repo.create(_goal(title="Trust people more", why="walls everywhere", observable="I share one secret"))
    repo.add_checkin(CheckIn(goal.id, NOW, direction=1, note="told Maya about the weekend"))
    repo.set_status(goal.id, "achieved", reflection="the group felt warmer")
    for query in ("trust", "walls", "secret", "Maya", "warmer", '"one secret"'):
        hits = repo.search(query)
        assert [h.goal_id for h in hits] == [goal.id], query
    hit = repo.search("walls")[0]
    assert hit.status == "achieved" and "\ue000walls\ue001" in hit.snippet
    assert repo.search("trust -walls") == []
    for odd in ['"', "NEAR(", "-", "😊", "x" * 3000, "AND OR"]:
        repo.search(odd)  # never a syntax error
    assert repo.search("%") == []
    goal = repo.update(repo.get(goal.id).with_changes(why="bridges now"))
    assert repo.search("walls") == [] and repo.search("bridges")[0].goal_id == goal.id
    repo.delete(goal.id)
    assert repo.search("trust") == []


def test_index_is_updated_in_the_same_transaction(vault: Vault, repo: GoalRepository) -> None:
    goal = repo.create(_goal(title="Speak up once per session"))
    with pytest.raises(RuntimeError):
        with vault.transaction():
            repo.update(goal.with_changes(title="Something else"))
            raise RuntimeError("crash before commit")
    assert repo.get(goal.id).title == "Speak up once per session"
    assert [h.goal_id for h in repo.search("speak")] == [goal.id] and repo.search("else") == []
