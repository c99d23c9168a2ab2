"""The Goals screen with a real vault: empty state, guided start, editing, check-ins, chart, links, search, Today."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
)

from ipt_journal.domain.entries import Entry
from ipt_journal.domain.goals import CheckIn, Goal, reason
from ipt_journal.services.session import Session
from ipt_journal.ui import dialogs
from ipt_journal.ui import goals as goals_ui
from ipt_journal.ui.goals import EntryRole, GoalIdRole, GoalsScreen, WeeklyCheckIn
from ipt_journal.ui.search import GoalHitRole
from ipt_journal.ui.style import STYLE
from ipt_journal.ui.today import TodayScreen
from ipt_journal.ui.workspace import Workspace
from ipt_journal.vault.vault import Vault
from tests.conftest import PASSPHRASE


@pytest.fixture
def screen(qtbot, session: Session):  # type: ignore[no-untyped-def]
    w = GoalsScreen(session)
    qtbot.addWidget(w)
    w.setStyleSheet(STYLE)
    w.resize(900, 600)
    w.show()
    yield w
    w.save_pending()


@pytest.fixture
def workspace(qtbot, session: Session):  # type: ignore[no-untyped-def]
    ws = Workspace(session, QSettings())
    qtbot.addWidget(ws)
    ws.resize(1000, 700)
    ws.show()
    yield ws
    ws.save_pending()


def _now() -> datetime:
    return datetime.now().astimezone()


def test_empty_state_explains_goals_in_two_sentences(screen: GoalsScreen) -> None:
    assert screen.stack.currentWidget() is screen.intro
    text = screen.empty_text.text()
    assert text.count(". ") + text.endswith(".") == 2 and "you" in text
    assert screen.intro_guide.isVisible() and screen.intro_new.isVisible()
    image = screen.grab().toImage()
    area = screen.empty_text.geometry().translated(screen.empty_text.parentWidget().mapTo(screen, screen.rect().topLeft()))
    assert screen.rect().contains(area)  # the explanation is on screen, not pushed out of it
    colours = {image.pixel(x, y) for x in range(area.left(), area.right(), 3) for y in range(area.top(), area.bottom(), 2)}
    assert len(colours) > 2  # its words were painted, not a blank rectangle


def test_guided_start_turns_ticked_reasons_into_draft_goals(qtbot, screen: GoalsScreen, session: Session) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(screen.intro_guide, Qt.MouseButton.LeftButton)
    assert screen.stack.currentWidget() is screen.guide
    assert not screen.guide.make.isEnabled()
    screen.guide.boxes["pleasing"].setFocus()
    qtbot.keyClick(screen.guide.boxes["pleasing"], Qt.Key.Key_Space)  # keyboard works as well as the mouse
    screen.guide.boxes["loneliness"].setChecked(True)
    assert screen.guide.make.isEnabled() and screen.guide.make.text() == "Make 2 draft goals"
    qtbot.mouseClick(screen.guide.make, Qt.MouseButton.LeftButton)
    stored = session.goals.list()
    assert {g.title for g in stored} == {reason("pleasing").title, reason("loneliness").title}
    assert screen.stack.currentWidget() is screen.browser
    # the first draft is open, its title selected so typing rewords it
    assert screen.page.goal.title == reason("pleasing").title and screen.page.title.hasSelectedText()
    assert [screen.list.item(i).text() for i in range(screen.list.count())] == [
        "Short-term", reason("pleasing").title, "Long-term", reason("loneliness").title,
    ]
    screen.page.title.setText("Say no to my mother when I mean no")
    screen.page.save_now()
    assert session.goals.get(screen.page.goal.id).title == "Say no to my mother when I mean no"


def test_guided_start_not_now_makes_nothing(qtbot, screen: GoalsScreen, session: Session) -> None:  # type: ignore[no-untyped-def]
    screen.show_guide()
    screen.guide.boxes["trust"].setChecked(True)
    qtbot.mouseClick(screen.guide.skip, Qt.MouseButton.LeftButton)
    assert session.goals.count() == 0 and screen.stack.currentWidget() is screen.intro
    screen.show_guide()
    assert screen.guide.chosen() == []  # a fresh start each time


def test_new_goal_is_saved_once_it_has_a_title(qtbot, screen: GoalsScreen, session: Session) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(screen.intro_new, Qt.MouseButton.LeftButton)
    page = screen.page
    assert screen.right.currentWidget() is page and page.goal.id is None
    assert page.checkin_card.isHidden() and page.link_button.isHidden()  # nothing to check in on or link yet
    assert "title" in page.chart_hint.text()
    page.why.setPlainText("so that I am not alone with it")
    page.save_now()
    assert session.goals.count() == 0 and "title" in page.saved_label.text()
    qtbot.keyClicks(page.title, "Speak up once per session")
    with qtbot.waitSignal(page.saved, timeout=3000):  # the debounced autosave
        pass
    goal = session.goals.get(page.goal.id)
    assert goal.title == "Speak up once per session" and goal.why == "so that I am not alone with it"
    page.horizon.setCurrentIndex(1)
    page.relationships["people in group"].setChecked(True)
    page.suggestions.item(4).setCheckState(Qt.CheckState.Checked)
    page.has_target.setChecked(True)
    page.save_now()
    goal = session.goals.get(goal.id)
    assert goal.horizon == "long" and goal.relationships == ("people in group",) and goal.suggestions == (5,)
    assert goal.target_date is not None
    assert screen.goal_ids() == [goal.id] and not page.checkin_card.isHidden() and not page.link_button.isHidden()


def test_checkins_from_the_goal_page_fill_the_chart_and_history(qtbot, screen: GoalsScreen, session: Session) -> None:  # type: ignore[no-untyped-def]
    goal = session.goals.create(Goal(title="Say when I disagree"))
    screen.refresh()
    screen.open_goal(goal.id)
    page = screen.page
    assert page.chart.isHidden() and "No check-ins yet" in page.chart_hint.text()
    page.save_checkin()  # nothing chosen: nothing saved, a gentle hint instead
    assert session.goals.checkins(goal.id) == [] and "mark" in page.saved_label.text()
    qtbot.mouseClick(page.direction_buttons[1], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.note, "told my sister I saw it differently")
    qtbot.mouseClick(page.checkin_button, Qt.MouseButton.LeftButton)
    page.direction_buttons[0].setChecked(True)
    page.direction_buttons[-1].setChecked(True)  # one mark at a time
    assert page.checkin_direction() == -1
    page.score.setCurrentIndex(page.score.findData(8))
    page.save_checkin()
    stored = session.goals.checkins(goal.id)
    assert [(c.direction, c.score) for c in stored] == [(1, None), (-1, 8)]
    assert stored[0].note == "told my sister I saw it differently"
    assert page.chart.values() == [6.0, 8.0] and not page.chart.isHidden()
    assert page.history.count() == 2 and "8/10" in page.history.item(0).text()
    assert page.note.text() == "" and page.checkin_direction() is None  # the form is ready for next time
    assert session.goals.search("sister")[0].goal_id == goal.id
    row = screen.list.item(screen.goal_ids().index(goal.id) + 1)
    assert row.data(goals_ui.SparkRole) == [6.0, 8.0] and "8/10" in row.data(goals_ui.DetailRole)


def test_achieving_asks_one_reflection_and_closed_goals_stay_browsable(qtbot, screen: GoalsScreen, session: Session, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    goal = session.goals.create(Goal(title="Trust people more"))
    other = session.goals.create(Goal(title="Another", horizon="long"))
    screen.refresh()
    screen.open_goal(goal.id)
    asked = []
    monkeypatch.setattr(goals_ui.dialogs, "ask_closing_reflection", lambda parent, title, status: asked.append(status))
    screen.page.achieve_button.click()  # cancelled: nothing changes
    assert asked == ["achieved"] and session.goals.get(goal.id).status == "active"
    monkeypatch.setattr(goals_ui.dialogs, "ask_closing_reflection", lambda *a: "I let Sam see I was hurt")
    screen.page.achieve_button.click()
    closed = session.goals.get(goal.id)
    assert closed.status == "achieved" and closed.closing_reflection == "I let Sam see I was hurt"
    assert screen.page.reflection.toPlainText() == "I let Sam see I was hurt" and not screen.page.reflection.isHidden()
    assert screen.page.checkin_card.isHidden() and not screen.page.reopen_button.isHidden()
    texts = [screen.list.item(i).text() for i in range(screen.list.count())]
    assert texts == ["Long-term", "Another", "Closed", "Trust people more"]
    screen.open_goal(other.id)
    screen.page.pause_button.click()
    assert session.goals.get(other.id).status == "paused" and screen.page.pause_button.text() == "Resume"
    screen.page.pause_button.click()
    assert session.goals.get(other.id).status == "active"
    screen.page.let_go_button.click()
    assert session.goals.get(other.id).status == "let_go"
    screen.open_goal(goal.id)
    screen.page.reopen_button.click()
    assert session.goals.get(goal.id).status == "active" and session.goals.get(goal.id).closed_at is None


def test_delete_goal_asks_first(qtbot, screen: GoalsScreen, session: Session, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    goal = session.goals.create(Goal(title="To be deleted"))
    keep = session.goals.create(Goal(title="To be kept"))
    screen.refresh()
    screen.open_goal(goal.id)
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: False)
    screen.page.delete_button.click()
    assert session.goals.count() == 2
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    screen.page.delete_button.click()
    assert [g.id for g in session.goals.list()] == [keep.id] and screen.goal_ids() == [keep.id]
    assert screen.right.currentWidget() is screen.none_chosen


def test_linked_entries_open_in_the_journal_and_survive_deletion(qtbot, workspace: Workspace, session: Session, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    goal = session.goals.create(Goal(title="Say no when I mean no"))
    entry = session.journal.save(Entry(kind="free", entry_at=_now(), body="I said no at work today"))
    workspace.nav.setCurrentRow(3)
    workspace.goals.open_goal(goal.id)
    page = workspace.goals.page
    assert not page.entries_hint.isHidden()
    monkeypatch.setattr(goals_ui.dialogs, "pick_entry", lambda parent, session: entry.id)
    page.link_button.click()
    assert page.entries.count() == 1 and page.entries.item(0).data(EntryRole) == entry.id
    assert "I said no at work today" in page.entries.item(0).text()
    assert [g.id for g in session.goals.goals_for_entry(entry.id)] == [goal.id]
    with qtbot.waitSignal(page.open_entry, timeout=1000) as blocker:
        page.entries.itemDoubleClicked.emit(page.entries.item(0))
    assert blocker.args == [entry.id]
    workspace.nav.setCurrentRow(3)
    page.entries.setFocus()
    page.entries.setCurrentRow(0)
    qtbot.keyClick(page.entries, Qt.Key.Key_Return)  # Enter opens it too
    assert workspace.stack.currentWidget() is workspace.journal
    assert workspace.journal.editor.entry.id == entry.id
    session.journal.move_to_trash(entry.id)
    session.journal.empty_trash()
    workspace.nav.setCurrentRow(3)
    workspace.goals.open_goal(goal.id)
    assert session.goals.get(goal.id).title == "Say no when I mean no" and page.entries.count() == 0


def test_entry_picker_lists_and_searches_entries(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    a = session.journal.save(Entry(kind="free", entry_at=_now(), body="about my brother"))
    session.journal.save(Entry(kind="free", entry_at=_now() - timedelta(days=1), body="about work"))
    picker = goals_ui.EntryPicker(session)
    qtbot.addWidget(picker)
    assert picker.list.count() == 2
    picker.query.setText("brother")
    assert picker.list.count() == 1
    picker.list.itemActivated.emit(picker.list.item(0))
    assert picker.chosen == a.id and picker.result() == picker.DialogCode.Accepted


def test_search_lists_goals_beside_entries_and_opens_the_goal(qtbot, workspace: Workspace, session: Session) -> None:  # type: ignore[no-untyped-def]
    session.journal.save(Entry(kind="free", entry_at=_now(), body="my sister called"))
    goal = session.goals.create(Goal(title="Disagree out loud", observable="I tell my sister when I see it differently"))
    session.goals.set_status(goal.id, "let_go", reflection="not now")
    workspace.search_field.setText("sister")
    workspace.search.run()
    results = workspace.search.results
    assert results.count() == 2 and workspace.search.heading.text() == "1 entry and 1 goal found"
    row = next(i for i in range(results.count()) if results.item(i).data(GoalHitRole) == goal.id)
    assert "Goal · Let go · Disagree out loud" in results.item(row).text()  # a real item a screen reader reads
    results.itemClicked.emit(results.item(row))
    assert workspace.stack.currentWidget() is workspace.goals and workspace.goals.page.goal.id == goal.id


def test_keyboard_moves_through_the_list_skipping_headings(qtbot, screen: GoalsScreen, session: Session) -> None:  # type: ignore[no-untyped-def]
    first = session.goals.create(Goal(title="First"))
    second = session.goals.create(Goal(title="Second", horizon="long"))
    screen.refresh()
    screen.list.setFocus()
    screen.list.setCurrentRow(1)
    assert screen.page.goal.id == first.id == screen.list.item(1).data(GoalIdRole)
    qtbot.keyClick(screen.list, Qt.Key.Key_Down)  # over the "Long-term" heading
    assert screen.page.goal.id == second.id
    assert not (screen.list.item(2).flags() & Qt.ItemFlag.ItemIsSelectable)


def test_every_control_has_an_accessible_name(qtbot, screen: GoalsScreen, session: Session) -> None:  # type: ignore[no-untyped-def]
    goal = session.goals.create(Goal(title="x"))
    screen.refresh()
    screen.open_goal(goal.id)
    kinds = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QDateEdit, QAbstractItemView)
    unnamed = [
        f"{type(w).__name__} {getattr(w, 'text', lambda: '')()}"
        for kind in kinds for w in screen.findChildren(kind)
        if not w.accessibleName() and w.window() is screen.window()  # popups of combo boxes are Qt's own
        and not isinstance(w.parent(), (QComboBox, QDateEdit))  # their inner line edit and buttons
    ]
    assert unnamed == []
    assert screen.page.chart.accessibleName()


def test_long_text_fits_without_clipping(qtbot, screen: GoalsScreen, session: Session) -> None:  # type: ignore[no-untyped-def]
    title = "I want to tell the people I love what I really feel, even when I am scared " * 3
    goal = session.goals.create(Goal(title=title, why="Because I keep it all in. " * 80, observable="One true sentence. " * 30))
    for i in range(12):
        session.goals.add_checkin(CheckIn(goal.id, _now() - timedelta(days=7 * (12 - i)), score=i % 11, note="n" * 300))
    screen.refresh()
    screen.open_goal(goal.id)
    for size in ((900, 600), (1200, 800)):
        screen.resize(*size)
        qtbot.waitUntil(lambda: screen.page.scroll.widget().width() <= screen.page.scroll.viewport().width(), timeout=2000)
        inner, width = screen.page.scroll.widget(), screen.page.scroll.viewport().width()
        for w in (screen.page.title, screen.page.why, screen.page.observable, screen.page.chart, screen.page.history):
            assert w.isVisible() and w.mapTo(inner, w.rect().topRight()).x() < width  # nothing runs off the right
    page = screen.page
    assert page.title.cursorPosition() == 0 and page.title.toolTip() == session.goals.get(goal.id).title
    assert len(page.chart.values()) == 12 and page.history.count() == 12
    assert page.why.toPlainText().startswith("Because I keep it all in.")


def test_goal_page_fits_its_width_after_coming_from_another_screen(qtbot, workspace: Workspace, session: Session) -> None:  # type: ignore[no-untyped-def]
    session.goals.create(Goal(title="Stay present"))
    workspace.resize(900, 600)
    workspace.nav.setCurrentRow(0)
    workspace.nav.setCurrentRow(3)
    workspace.goals.new_goal()
    page = workspace.goals.page
    qtbot.waitUntil(lambda: page.title.geometry().right() < page.scroll.viewport().width(), timeout=2000)
    assert page.observable.geometry().right() < page.scroll.viewport().width()


def test_today_offers_a_checkin_when_goals_wait(qtbot, session: Session, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    today = TodayScreen(session)
    qtbot.addWidget(today)
    assert today.goal_card.isHidden()  # no goals, no card
    goal = session.goals.create(Goal(title="Feel less alone"))
    session.goals.add_checkin(CheckIn(goal.id, _now() - timedelta(days=8), direction=0))
    today.refresh()
    assert not today.goal_card.isHidden()

    def check_in(parent, s):  # type: ignore[no-untyped-def]
        s.goals.add_checkin(CheckIn(goal.id, _now(), direction=1))
        return 1

    monkeypatch.setattr(goals_ui, "weekly_checkin", check_in)
    today.goal_button.click()
    assert today.goal_card.isHidden()
    session.goals.set_status(goal.id, "paused")
    today.refresh()
    assert today.goal_card.isHidden()


def test_weekly_checkin_dialog_saves_only_what_was_marked(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    a = session.goals.create(Goal(title="A"))
    b = session.goals.create(Goal(title="B"))
    paused = session.goals.create(Goal(title="C"))
    session.goals.set_status(paused.id, "paused")
    dialog = WeeklyCheckIn(session)
    qtbot.addWidget(dialog)
    assert [g.id for g, _, _ in dialog.rows] == [a.id, b.id]
    goal, mark, note = dialog.rows[0]
    mark.setCurrentIndex(mark.findData(1))
    note.setText("a good week")
    dialog.save()
    assert dialog.saved_count == 1
    assert [(c.direction, c.note) for c in session.goals.checkins(a.id)] == [(1, "a good week")]
    assert session.goals.checkins(b.id) == []


def test_lock_saves_what_was_typed(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    from ipt_journal.app import MainWindow
    from ipt_journal.vault.goals import GoalRepository

    data_dir = vault.data_dir
    vault.close()
    window = MainWindow(Session(data_dir))
    qtbot.addWidget(window)
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.try_unlock()
    window.workspace.nav.setCurrentRow(3)
    window.workspace.goals.new_goal()
    qtbot.keyClicks(window.workspace.goals.page.title, "typed right before locking")
    assert window.workspace.goals.page._timer.isActive()  # not saved yet: the autosave is still waiting
    window.lock()
    assert window.workspace is None and not window.session.is_unlocked
    assert window.pages.currentWidget() is window.unlock_screen
    with Vault.open(data_dir, passphrase=PASSPHRASE) as v:
        assert [g.title for g in GoalRepository(v).list()] == ["typed right before locking"]


def test_shortcuts_on_the_goals_screen(qtbot, workspace: Workspace, session: Session) -> None:  # type: ignore[no-untyped-def]
    goal = session.goals.create(Goal(title="Speak up"))
    workspace.activateWindow()
    qtbot.waitUntil(workspace.isActiveWindow, timeout=2000)
    workspace.nav.setFocus()
    qtbot.keyClick(workspace.nav, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert workspace.stack.currentWidget() is workspace.goals
    workspace.goals.open_goal(goal.id)
    qtbot.keyClick(workspace.goals.list, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert workspace.goals.page.direction_buttons[1].hasFocus()  # straight to "moving toward"
    qtbot.keyClick(workspace.goals.page.direction_buttons[1], Qt.Key.Key_Space)
    assert workspace.goals.page.checkin_direction() == 1
    qtbot.keyClick(workspace.goals.page.direction_buttons[1], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(session.goals.checkins(goal.id)) == 1, timeout=2000)  # buttons animate the click
    assert [c.direction for c in session.goals.checkins(goal.id)] == [1]
    qtbot.keyClick(workspace.goals.list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert workspace.goals.page.goal.id is None and workspace.goals.page.title.hasFocus()
    assert workspace.journal.editor.entry is None  # the Journal's own Ctrl+N did not fire
