"""Goals with a real vault: opening at a goal and a check-in (for search), people on a goal, kind words."""

from __future__ import annotations

from datetime import datetime, timedelta

from ipt_journal.domain.goals import CheckIn, Goal
from ipt_journal.domain.people import Person
from ipt_journal.services.session import Session
from ipt_journal.ui.editor.people import people_repo
from ipt_journal.ui.goals import GoalsScreen
from tests.ui.test_goals_ui import screen  # noqa: F401 (fixture)


def test_open_goal_chooses_the_check_in_asked_for(screen: GoalsScreen, session: Session) -> None:
    goal = session.goals.create(Goal(title="Say no when I mean no"))
    now = datetime.now().astimezone()
    first = session.goals.add_checkin(CheckIn(goal.id, now - timedelta(days=7), 1, 4, "a start"))
    session.goals.add_checkin(CheckIn(goal.id, now, 1, 6, "better"))
    screen.refresh()
    assert screen.open_goal(goal.id, checkin_id=first.id)
    assert screen.page.goal.id == goal.id
    assert "a start" in screen.page.history.currentItem().text()
    assert screen.open_goal(goal.id) and screen.open_goal(999_999) is False
    assert screen.open_goal(goal.id, checkin_id=999_999) is False  # the goal shows; the check-in is gone


def test_people_on_a_goal_are_shown_kept_and_removable(screen: GoalsScreen, session: Session) -> None:
    repo = people_repo(session)
    sis = repo.save(Person("My sister"))
    goal = session.goals.create(Goal(title="Say when I disagree"))
    screen.refresh()
    screen.open_goal(goal.id)
    picker = screen.page.goal_people
    assert not picker.isHidden()
    picker.field.setText("my sister")
    picker.add_typed()
    assert [p.id for p in repo.people_for("goal", goal.id)] == [sis.id]
    screen.new_goal()
    assert screen.page.goal_people.ids() == [] and screen.page.goal_people.isHidden()
    screen.open_goal(goal.id)
    assert picker.names() == ["My sister"]
    picker.list.setCurrentRow(0)
    picker.remove_current()
    assert repo.people_for("goal", goal.id) == []


def test_status_line_and_marks_in_words(screen: GoalsScreen, session: Session) -> None:
    goal = session.goals.create(Goal(title="Feel less alone", horizon="long"))
    session.goals.add_checkin(CheckIn(goal.id, datetime.now().astimezone(), 0, None, ""))
    screen.refresh()
    screen.open_goal(goal.id)
    assert screen.page.status_label.text() == "Long-term goal · Active"
    assert "about the same" in screen.page.history.item(0).text()
    assert screen.page.achieve_button.accessibleName() == "Achieved…"
    assert "achieved" in screen.page.achieve_button.accessibleDescription()
