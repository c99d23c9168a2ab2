"""Goals as plain data: validation, the guided-start reasons, ordering, check-in timing and chart data."""

from datetime import datetime, timedelta, timezone

import pytest

from ipt_journal.domain import goals as g
from ipt_journal.domain.goals import CheckIn, Goal, InvalidGoal

T0 = datetime(2026, 3, 2, 19, 0, tzinfo=timezone.utc)  # a Monday evening


def test_validate_trims_and_refuses_nonsense() -> None:
    goal = g.validate(Goal(title="  Say   no \n when I mean no ", relationships=("partner", "stranger", "partner"),
                           suggestions=(5, 11, 2, 5)))
    assert goal.title == "Say no when I mean no"
    assert goal.relationships == ("partner",) and goal.suggestions == (2, 5)
    for bad in (Goal(title="   "), Goal(title="x", horizon="forever"), Goal(title="x", status="done")):
        with pytest.raises(InvalidGoal):
            g.validate(bad)
    with pytest.raises(InvalidGoal):
        g.validate_checkin(CheckIn(1, T0))  # no mark and no note
    with pytest.raises(InvalidGoal):
        g.validate_checkin(CheckIn(1, T0, score=11))
    assert g.validate_checkin(CheckIn(1, T0, note="  only words  ")).note == "only words"


def test_join_reasons_are_complete_and_in_our_own_words() -> None:
    keys = [r.key for r in g.JOIN_REASONS]
    assert len(keys) == len(set(keys)) >= 10
    for wanted in ("trust", "pleasing", "expressing", "loneliness", "anger", "substances", "self_esteem"):
        assert wanted in keys
    seed_lines = ("Having issues with trusting other people", "Often feeling that you have to please others",
                  "Depending on drugs or alcohol to socialize", "Experiencing loneliness frequently")
    for r in g.JOIN_REASONS:
        draft = r.draft()
        g.validate(draft)  # every draft can be stored as it is
        assert draft.observable and draft.why and draft.horizon in g.HORIZONS
        assert set(draft.relationships) <= set(g.RELATIONSHIPS)
        assert all(line.casefold() not in (r.label + r.title).casefold() for line in seed_lines)
    assert g.reason("anger").draft().title.startswith("Notice")


def test_relationship_words_reuse_the_pattern_form() -> None:
    from ipt_journal.domain.entries import MIRRORS

    assert set(MIRRORS) <= set(g.RELATIONSHIPS) and g.RELATIONSHIPS[-1] == "other"


def test_ordering_short_before_long_active_first_closed_last() -> None:
    later = T0 + timedelta(days=3)
    goals = [
        Goal("closed early", id=1, status="achieved", closed_at=T0),
        Goal("long active", id=2, horizon="long", position=1),
        Goal("short paused", id=3, status="paused", position=0),
        Goal("short active b", id=4, position=5),
        Goal("short active a", id=5, position=2),
        Goal("closed late", id=6, status="let_go", closed_at=later, horizon="long"),
    ]
    assert [x.title for x in g.ordered(goals)] == [
        "short active a", "short active b", "short paused", "long active", "closed late", "closed early",
    ]
    assert [g.section_of(x) for x in g.ordered(goals)] == ["short", "short", "short", "long", "closed", "closed"]


def test_checkin_due_without_a_schedule_is_weekly() -> None:
    assert g.goal_checkin_due(T0, None, None)
    assert not g.goal_checkin_due(T0, T0 - timedelta(days=5, hours=23), None)
    assert g.goal_checkin_due(T0, T0 - timedelta(days=6), None)


def test_checkin_due_the_day_before_group() -> None:
    session = datetime(2026, 3, 5, 18, 0, tzinfo=timezone.utc)  # Thursday
    tuesday = datetime(2026, 3, 3, 20, 0, tzinfo=timezone.utc)
    wednesday = datetime(2026, 3, 4, 9, 0, tzinfo=timezone.utc)
    assert not g.goal_checkin_due(tuesday, None, session)  # too early in the week
    assert g.goal_checkin_due(wednesday, None, session)
    assert g.goal_checkin_due(wednesday, wednesday - timedelta(days=4), session)
    assert not g.goal_checkin_due(wednesday, wednesday - timedelta(hours=30), session)  # just checked in
    assert g.goal_checkin_due(session - timedelta(hours=2), None, session)  # the day itself, before it starts
    assert not g.goal_checkin_due(session + timedelta(minutes=1), None, session)


def test_progress_series_mixes_numbers_and_directions() -> None:
    checks = [
        CheckIn(1, T0 + timedelta(days=2), direction=1, id=2),
        CheckIn(1, T0, score=3, id=1),  # out of order on purpose
        CheckIn(1, T0 + timedelta(days=4), direction=1, id=3),
        CheckIn(1, T0 + timedelta(days=5), note="just a note", id=4),
        CheckIn(1, T0 + timedelta(days=6), direction=-1, id=5),
        CheckIn(1, T0 + timedelta(days=7), score=10, direction=1, id=6),
        CheckIn(1, T0 + timedelta(days=8), direction=1, id=7),  # stays within 0-10
    ]
    series = g.progress_series(checks)
    assert [v for _, v in series] == [3.0, 4.0, 5.0, 4.0, 10.0, 10.0]
    assert series[0][0] == T0
    assert g.progress_series([CheckIn(1, T0, direction=0)]) == [(T0, g.START_LEVEL)]


def test_sparkline_uses_a_fixed_scale() -> None:
    assert g.sparkline([0, 5, 10]) == "▁▅█"
    assert g.sparkline([5, 5, 5]) == "▅▅▅"  # flat stays flat, not stretched
    assert len(g.sparkline([float(i % 11) for i in range(40)], width=12)) == 12
    assert g.sparkline([]) == ""


def test_describing_a_checkin() -> None:
    today = (T0 + timedelta(days=1)).date()
    assert g.describe_last(None, today) == "No check-ins yet"
    text = g.describe_last(CheckIn(1, T0, direction=1, score=6), today)
    assert text == "Yesterday: moving toward · 6/10"
    assert CheckIn(1, T0, note="x").describe() == "a note"
