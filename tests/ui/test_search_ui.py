"""The search screen: one list of real items, filters by kind, Enter opens the record's own screen."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QSettings, Qt

from ipt_journal.domain.agenda import AgendaItem, Outcome
from ipt_journal.domain.entries import Entry
from ipt_journal.services.session import Session
from ipt_journal.ui.search import FoundRole
from ipt_journal.ui.workspace import Workspace


@pytest.fixture
def workspace(qtbot, session: Session):  # type: ignore[no-untyped-def]
    ws = Workspace(session, QSettings())
    qtbot.addWidget(ws)
    ws.resize(1000, 700)
    ws.show()
    now = datetime.now(timezone.utc)
    session.journal.save(Entry(kind="free", entry_at=now, title="Tuesday", body="the river was loud"))  # type: ignore[union-attr]
    item = session.agenda.add(AgendaItem(text="Say the river thing out loud"))  # type: ignore[union-attr]
    session.sessions.ensure_scheduled([(now.date(), now - timedelta(hours=3), 90)])  # type: ignore[union-attr]
    slot = session.sessions.all()[0]  # type: ignore[union-attr]
    session.agenda.record_outcome(Outcome(item_id=item.id, outcome="raised", at=now, session_id=slot.id))  # type: ignore[union-attr,arg-type]
    session.sessions.save_debrief(slot.id, {"noticed": "I thought of the river during the silence"})  # type: ignore[union-attr,arg-type]
    return ws


def shown_kinds(ws: Workspace) -> list[str]:
    r = ws.search.results
    return [r.item(i).data(FoundRole)[0] for i in range(r.count())]


def test_one_list_with_every_kind_and_chips_that_filter(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    workspace.search_field.setText("river")
    workspace.search.run()
    assert sorted(shown_kinds(workspace)) == ["agenda", "entry", "session"]
    assert workspace.search.heading.text() == "1 entry, 1 agenda item and 1 session found"
    chips = workspace.search._chip_buttons
    assert not chips["goal"].isVisibleTo(workspace) and chips["session"].isVisibleTo(workspace)
    chips["session"].click()
    assert shown_kinds(workspace) == ["session"]
    chips[""].click()
    assert len(shown_kinds(workspace)) == 3


def test_results_are_items_with_text_a_screen_reader_reads(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    workspace.search_field.setText("river")
    workspace.search.run()
    texts = [workspace.search.results.item(i).text() for i in range(workspace.search.results.count())]
    assert any(t.startswith("Session · ") and "river during the silence" in t for t in texts)
    assert any(t.startswith("Agenda item · ") and "Say the river thing" in t for t in texts)


def test_enter_on_a_session_opens_next_session(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    workspace.search_field.setText("silence")
    workspace.search.run()
    workspace.search.focus_results()
    with qtbot.waitSignal(workspace.search.open_session) as got:
        qtbot.keyClick(workspace.search.results, Qt.Key.Key_Return)
    assert got.args == [workspace.session.sessions.all()[0].id]  # type: ignore[union-attr]
    assert workspace.stack.currentWidget() is workspace.next_session


def test_enter_on_an_entry_opens_it_in_the_journal(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    workspace.search_field.setText("loud")
    workspace.search.run()
    row = shown_kinds(workspace).index("entry")
    workspace.search.results.setCurrentRow(row)
    workspace.search.results.setFocus()
    qtbot.keyClick(workspace.search.results, Qt.Key.Key_Return)
    assert workspace.stack.currentWidget() is workspace.journal
    assert workspace.journal.editor.entry.title == "Tuesday"


def _enter_on(qtbot, ws: Workspace, query: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    ws.search_field.setText(query)
    ws.search.run()
    ws.search.results.setCurrentRow(shown_kinds(ws).index(kind))
    ws.search.results.setFocus()
    qtbot.keyClick(ws.search.results, Qt.Key.Key_Return)


@pytest.fixture
def caring(workspace: Workspace) -> Workspace:
    from ipt_journal.domain.feelings import ChosenWord, new_checkin
    from ipt_journal.domain.people import Person
    from ipt_journal.domain.support import ON_MY_OWN, PlanItem, SupportPlan
    from ipt_journal.vault.checkins import CheckinRepository
    from ipt_journal.vault.people import PeopleRepository
    from ipt_journal.vault.support_plan import SupportPlanRepository

    vault = workspace.session.vault
    PeopleRepository(vault).save(Person(name="Somebody else"))
    workspace.robin = PeopleRepository(vault).save(Person(name="Robin", answers={"hard": "the marmalade jar by the lantern"}))  # type: ignore[attr-defined]
    SupportPlanRepository(vault).save(SupportPlan((PlanItem(ON_MY_OWN, "walk to the harbour lantern"),)))
    at = datetime(2025, 3, 14, 21, 30).astimezone()
    CheckinRepository(vault).add(new_checkin(at, words=(ChosenWord("calm", 4),), note="after the accordion, lantern lit"))
    return workspace


def test_people_plan_and_checkins_are_listed_with_their_kind(qtbot, caring: Workspace) -> None:  # type: ignore[no-untyped-def]
    caring.search_field.setText("lantern")
    caring.search.run()
    assert sorted(shown_kinds(caring)) == ["checkin", "person", "plan"]
    texts = [caring.search.results.item(i).text() for i in range(caring.search.results.count())]
    assert any(t.startswith("Person · Robin") for t in texts)
    assert any(t.startswith("Support plan · Things I can do on my own\n") and "harbour" in t for t in texts)
    assert any(t.startswith("Check-in · ") and "2025" in t for t in texts)
    assert caring.search._chip_buttons["person"].isVisibleTo(caring)


def test_enter_on_a_person_opens_their_page(qtbot, caring: Workspace) -> None:  # type: ignore[no-untyped-def]
    _enter_on(qtbot, caring, "marmalade", "person")
    assert caring.stack.currentWidget() is caring.people
    assert caring.people.selected_id() == caring.robin.id  # type: ignore[attr-defined]
    assert caring.people.page.person.name == "Robin"


def test_enter_on_the_plan_opens_the_support_page(qtbot, caring: Workspace) -> None:  # type: ignore[no-untyped-def]
    from ipt_journal.ui.support.page import SupportDialog

    _enter_on(qtbot, caring, "harbour", "plan")
    page = caring.window()._support_page  # type: ignore[attr-defined]
    qtbot.addWidget(page)
    assert isinstance(page, SupportDialog) and page.isVisible()


def test_enter_on_a_checkin_opens_insights_on_that_day(qtbot, caring: Workspace) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    _enter_on(qtbot, caring, "accordion", "checkin")
    assert caring.stack.currentWidget() is caring.insights
    assert caring.insights.heat.current == date(2025, 3, 14)
    day = [caring.insights.day_list.item(i).text() for i in range(caring.insights.day_list.count())]
    assert any("accordion" in t or "Check-in" in t for t in day)


def test_enter_on_an_agenda_item_and_a_session_reach_next_session_at_their_place(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    calls: list[tuple[str, int]] = []
    workspace.next_session.show_item = lambda i: calls.append(("item", i))  # type: ignore[attr-defined]
    workspace.next_session.show_session = lambda i: calls.append(("session", i))  # type: ignore[attr-defined]
    _enter_on(qtbot, workspace, "river thing", "agenda")
    assert workspace.stack.currentWidget() is workspace.next_session
    _enter_on(qtbot, workspace, "silence", "session")
    assert calls == [("item", calls[0][1]), ("session", workspace.session.sessions.all()[0].id)]  # type: ignore[union-attr]
    assert calls[0][1] == workspace.session.agenda.search_found("river thing")[0].record_id  # type: ignore[union-attr]


def test_enter_on_a_goal_opens_it(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    from ipt_journal.domain.goals import Goal

    goal = workspace.session.goals.create(Goal(title="Speak up about the lighthouse"))  # type: ignore[union-attr]
    _enter_on(qtbot, workspace, "lighthouse", "goal")
    assert workspace.stack.currentWidget() is workspace.goals
    assert workspace.goals.page.goal is not None and workspace.goals.page.goal.id == goal.id


def test_counts_at_the_cap_say_or_more() -> None:
    from ipt_journal.ui.search import PER_KIND, count_text

    assert count_text("entry", 1) == "1 entry" and count_text("entry", 7) == "7 entries"
    assert count_text("entry", PER_KIND) == f"{PER_KIND}+ entries"


def test_typing_searches_off_the_ui_thread_and_shows_only_the_newest_answer(qtbot, workspace: Workspace,  # type: ignore[no-untyped-def]
                                                                           monkeypatch) -> None:
    import threading

    from ipt_journal.services import search as everything

    seen: list[tuple[str, str]] = []
    real = everything.search_everything

    def recorded(session, text, **kw):  # type: ignore[no-untyped-def]
        seen.append((threading.current_thread().name, text))
        return real(session, text, **kw)

    monkeypatch.setattr(everything, "search_everything", recorded)
    workspace.search.set_query("riv")
    workspace.search.set_query("rive")
    workspace.search_field.setText("river")  # typed on within the pause: one query runs, for the last text
    qtbot.waitUntil(lambda: len(shown_kinds(workspace)) == 3, timeout=5000)
    assert [text for _name, text in seen] == ["river"]
    assert seen[0][0] != threading.main_thread().name
    assert sorted(shown_kinds(workspace)) == ["agenda", "entry", "session"]
    assert workspace.search.heading.text() == "1 entry, 1 agenda item and 1 session found"


def test_an_answer_that_comes_after_newer_typing_is_dropped(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    screen = workspace.search
    screen._latest[0] = 5
    screen._background_found(4, "river", [])  # an older query's answer
    assert screen.heading.text() != "Nothing matches that yet. Try fewer or shorter words."
    screen._background_found(5, "river", None)  # the newest one failed: said calmly
    assert "could not finish" in screen.heading.text() and "Error" not in screen.heading.text()


def test_locking_while_a_search_runs_in_the_background_is_safe(qtbot, vault) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_foundation_ui import unlocked_window

    window = unlocked_window(qtbot, vault)
    ws = window.workspace
    ws.search_field.setText("river")
    ws.search.run_in_background()  # a query on its own connection, now
    pool = ws.search._pool
    window.lock()
    qtbot.waitUntil(lambda: window.workspace is None)
    try:
        pool.waitForDone(5000)
    except RuntimeError:
        pass  # already gone with the screen, which waited for its query first
    assert not window.session.is_unlocked


def test_a_goal_found_by_a_check_in_note_opens_on_that_check_in(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    from ipt_journal.domain.goals import CheckIn, Goal

    goals = workspace.session.goals
    goal = goals.create(Goal(title="Speak first once"))
    now = datetime.now(timezone.utc)
    goals.add_checkin(CheckIn(goal_id=goal.id, at=now - timedelta(days=7), direction=0, note="quiet week"))  # type: ignore[arg-type]
    wanted = goals.add_checkin(CheckIn(goal_id=goal.id, at=now - timedelta(days=1), direction=1,  # type: ignore[arg-type]
                                       note="I spoke about the lighthouse first"))
    goals.add_checkin(CheckIn(goal_id=goal.id, at=now, direction=1, note="steady"))  # type: ignore[arg-type]
    assert goals.checkin_matching(int(goal.id), "lighthouse -storm") == wanted.id  # type: ignore[arg-type]
    assert goals.checkin_matching(int(goal.id), "first -lighthouse") is None  # type: ignore[arg-type]
    workspace.search_field.setText("lighthouse")
    workspace.search.run()
    row = shown_kinds(workspace).index("goal")
    with qtbot.waitSignal(workspace.search.open_goal_checkin) as got:
        workspace.search.results.itemActivated.emit(workspace.search.results.item(row))
    assert got.args == [goal.id, wanted.id]
    assert workspace.stack.currentWidget() is workspace.goals and workspace.goals.page.goal.id == goal.id
