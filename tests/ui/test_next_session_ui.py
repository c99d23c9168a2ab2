"""Next session with a real vault and an injected clock: agenda, review, debrief, history, leaving."""

from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from ipt_journal.domain.agenda import LEAVING_TEXT, AgendaItem, Outcome
from ipt_journal.domain.entries import Entry
from ipt_journal.domain.schedule import GroupSchedule
from ipt_journal.services.session import Session
from ipt_journal.ui import dialogs, next_session
from ipt_journal.ui.next_session import ItemIdRole, NextSessionScreen

BERLIN = ZoneInfo("Europe/Berlin")
THURSDAYS = GroupSchedule(weekday=3, start=time(18, 0), first_date=date(2026, 9, 1), total_sessions=16)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(autouse=True)
def _berlin(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The machine's own zone is the member's zone; make it Berlin so DST and clocks line up."""
    import time as _time

    monkeypatch.setenv("TZ", "Europe/Berlin")
    _time.tzset()
    yield
    monkeypatch.undo()
    _time.tzset()


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 10, 5, 12, 0, tzinfo=BERLIN))  # a Monday; group on Thursday


@pytest.fixture
def screen(qtbot, session: Session, clock: Clock):  # type: ignore[no-untyped-def]
    s = NextSessionScreen(session, clock=clock, tz=BERLIN)
    qtbot.addWidget(s)
    s.resize(1000, 700)
    s.show()
    s.apply_schedule(THURSDAYS)
    yield s
    s.save_current()


def texts(screen: NextSessionScreen) -> list[str]:
    return [screen.agenda.get(int(screen.items.item(i).data(ItemIdRole))).text for i in range(screen.items.count())]


def test_status_line_and_phase(screen: NextSessionScreen) -> None:
    assert screen.status.text().startswith("Next group: Thursday 18:00, in 3 days · session 6 of 16")
    assert "middle" in screen.status.text()
    assert not screen.review_mode and screen.f_chosen.isHidden()


def test_add_edit_and_reorder_with_keyboard(qtbot, screen: NextSessionScreen) -> None:  # type: ignore[no-untyped-def]
    for text in ("I feel ignored by M", "Ask how I come across", "Thank L"):
        qtbot.keyClicks(screen.new_item, text)
        qtbot.keyClick(screen.new_item, Qt.Key.Key_Return)
    assert texts(screen) == ["I feel ignored by M", "Ask how I come across", "Thank L"]
    screen.items.setCurrentRow(2)
    qtbot.keyClicks(screen.f_why, "She was honest with me")
    screen.items.move_current(-1)
    screen.items.move_current(-1)
    assert texts(screen) == ["Thank L", "I feel ignored by M", "Ask how I come across"]
    assert [i.text for i in screen.agenda.open_items()] == texts(screen)  # stored order follows
    thank = screen.agenda.open_items()[0]
    assert thank.why == "She was honest with me"  # saved when the selection moved


def test_draft_coach(screen: NextSessionScreen) -> None:
    screen.add_item(AgendaItem("M and the chairs"))
    screen.f_draft.setPlainText("Were you angry when I moved your chair?")
    screen.run_coach()
    assert "I imagined you were angry" in screen.coach_hint.text()


def test_coach_with_no_draft_checks_the_item_and_never_reassures(screen: NextSessionScreen) -> None:
    screen.add_item(AgendaItem("Why does the leader never say anything?"))
    assert screen.f_draft.toPlainText() == ""
    screen.run_coach()
    assert "someone in the room" in screen.coach_hint.text()
    assert "your side" not in screen.coach_hint.text()
    screen.f_draft.setPlainText("I felt alone when the room went quiet.")
    screen.run_coach()
    assert screen.coach_hint.text() == "No question to others was spotted."


def test_review_day_before_choose_up_to_three_and_pdf(qtbot, screen: NextSessionScreen, clock: Clock,
                                                       tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for n in range(4):
        screen.add_item(AgendaItem(f"item {n}", why=f"reason {n}"))
    clock.now = datetime(2026, 10, 7, 20, 0, tzinfo=BERLIN)  # Wednesday evening
    screen.refresh(choose_tab=True)
    assert screen.review_mode and not screen.f_chosen.isHidden() and "choose one to three" in screen.mode_hint.text()
    for row in range(4):
        screen.items.setCurrentRow(row)
        screen.f_chosen.setChecked(True)
    assert sum(i.chosen for i in screen.agenda.open_items()) == 3
    assert "three already" in screen.coach_hint.text()
    screen.items.setCurrentRow(0)
    screen.f_feeling.setText("nervous but ready")
    screen.save_current(force=True)
    html_text = screen.review_html()
    assert "nervous but ready" in html_text and "item 3" not in html_text
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: asked.append(a[2]) or True)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: str(tmp_path / "review.pdf"))
    screen.save_review_pdf()
    assert "not be encrypted" in asked[0]
    assert (tmp_path / "review.pdf").read_bytes().startswith(b"%PDF")


def test_debrief_after_the_session_carries_over_and_names_long_waits(qtbot, screen: NextSessionScreen,
                                                                     clock: Clock) -> None:  # type: ignore[no-untyped-def]
    hard = screen.add_item(AgendaItem("Tell M I feel ignored"))
    easy = screen.add_item(AgendaItem("Thank L"))
    for week, day in enumerate((8, 15, 22)):
        clock.now = datetime(2026, 10, day, 20, 0, tzinfo=BERLIN)
        screen.refresh(choose_tab=True)
        assert screen.debrief_mode and screen.tabs.currentIndex() == 1
        row = screen.debrief_row(hard.id)
        next(b for b in row[1].buttons() if b.property("outcome") == "carried").setChecked(True)
        if week == 0:
            erow = screen.debrief_row(easy.id)
            next(b for b in erow[1].buttons() if b.property("outcome") == "raised").setChecked(True)
            erow[2].setText("L smiled and said thanks")
            screen.noticed.setPlainText("My hands were cold the whole time")
        screen.save_debrief()
        assert not screen.debrief_mode
    item = screen.agenda.get(hard.id)
    assert item.carried == 3 and item.status == "open"
    screen.tabs.setCurrentIndex(0)
    screen._fill_items(select_id=hard.id)
    assert "waited three sessions" in screen.mirror.text() and not screen.mirror.isHidden()
    assert screen.agenda.get(easy.id).status == "raised"
    # history: searchable, with what happened
    screen.history_search.setText("smiled")
    assert screen.history.count() == 1
    screen.history.setCurrentRow(0)
    assert "L smiled" in screen.history_detail.toHtml() and "hands were cold" in screen.history_detail.toHtml()


def test_missed_session_and_moved_session(screen: NextSessionScreen, session: Session, clock: Clock) -> None:
    nxt = screen.group.next(clock.now)
    session.sessions.move(nxt.id, datetime(2026, 10, 9, 10, 0, tzinfo=BERLIN))
    screen.refresh()
    assert "Friday 10:00" in screen.status.text()
    clock.now = datetime(2026, 10, 9, 12, 0, tzinfo=BERLIN)
    screen.refresh(choose_tab=True)
    screen.attended.setChecked(False)
    screen.save_debrief()
    assert session.sessions.get(nxt.id).attended is False
    assert "you were away" in screen.history.item(0).text() and "missed" not in screen.history.item(0).text()


def test_thinking_of_leaving_adds_the_item_once(screen: NextSessionScreen, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(next_session.sessions, "ask_leaving", lambda parent: True)
    screen.thinking_of_leaving()
    screen.thinking_of_leaving()
    assert texts(screen) == [LEAVING_TEXT]
    assert "a session or two" in next_session.LEAVING_EXPLANATION


def test_bring_selected_text_to_group_from_the_editor(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QTextCursor

    from ipt_journal.ui.workspace import Workspace

    ws = Workspace(session, QSettings())
    qtbot.addWidget(ws)
    ws.show()
    ws.nav.setCurrentRow(1)
    ws.journal.start_entry("free")
    editor = ws.journal.editor
    editor.body.setPlainText("Tonight was long. I wanted to tell M that I felt left out. Then I went home.")
    cursor = editor.body.textCursor()
    start = editor.body.toPlainText().index("I wanted")
    cursor.setPosition(start)
    cursor.setPosition(start + len("I wanted to tell M that I felt left out."), QTextCursor.MoveMode.KeepAnchor)
    editor.body.setTextCursor(cursor)
    ws.activateWindow()
    qtbot.waitUntil(ws.isActiveWindow)
    editor.body.setFocus()
    qtbot.keyClick(editor.body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    items = session.agenda.open_items()
    assert [i.text for i in items] == ["I wanted to tell M that I felt left out."]
    assert items[0].entry_id == editor.entry.id and session.journal.get(editor.entry.id).body.startswith("Tonight")
    # the whole-entry flag does the same, once
    editor.bring.setChecked(True)
    editor.save_now()
    assert len(session.agenda.open_items()) == 1
    ws.journal.start_entry("avoided")
    editor._field_widgets["held_back"].setPlainText("That I was hurt")
    editor.bring.setChecked(True)
    editor.save_now()
    assert [i.text for i in session.agenda.open_items()][-1] == "That I was hurt"
    ws.save_pending()


def test_agenda_items_are_linked_to_entries_that_survive_deletion(session: Session) -> None:
    entry = session.journal.save(Entry(kind="free", entry_at=datetime.now().astimezone(), body="x"))
    item = session.agenda.add(AgendaItem("from an entry", entry_id=entry.id))
    session.journal.move_to_trash(entry.id)
    session.journal.empty_trash()
    assert session.agenda.get(item.id).entry_id is None


def test_reminders_use_the_clock_and_never_show_member_text(qtbot, session: Session, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from ipt_journal.domain import reminders
    from ipt_journal.services.group import Group
    from ipt_journal.ui.reminders import ReminderController

    group = Group(session, tz=BERLIN)
    group.set_schedule(THURSDAYS, clock.now)
    session.agenda.add(AgendaItem("SECRET-AGENDA-TEXT"))
    prefs = QSettings()
    controller = ReminderController(prefs, clock)
    shown: list[str] = []
    controller.show_text.connect(shown.append)
    clock.now = datetime(2026, 10, 5, 12, 30, tzinfo=BERLIN)
    controller.plan(group.next(clock.now), group.last(clock.now))  # Monday noon: the mid-week check-in
    assert shown == [reminders.TEXTS["midweek"]]
    assert controller.check() == []
    clock.now = datetime(2026, 10, 7, 19, 30, tzinfo=BERLIN)
    assert [r.kind for r in controller.check()] == ["review"]
    assert controller.check() == []  # once only
    clock.now = datetime(2026, 10, 8, 20, 0, tzinfo=BERLIN)
    controller.plan(group.next(clock.now), group.last(clock.now))
    assert shown == [reminders.TEXTS["midweek"], reminders.TEXTS["review"], reminders.TEXTS["debrief"]]
    assert all("SECRET" not in text for text in shown)
    prefs.setValue("reminder_debrief", "false")
    controller.shown.clear()
    controller.plan(group.next(clock.now), group.last(clock.now))
    assert shown[-1] == reminders.TEXTS["debrief"] and len(shown) == 3
    controller.timer.stop()


def test_item_serves_a_goal_and_long_waits_invite_writing(qtbot, screen: NextSessionScreen, session: Session) -> None:  # type: ignore[no-untyped-def]
    from ipt_journal.domain.goals import Goal

    goal = session.goals.create(Goal(title="Say when I disagree"))
    item = screen.add_item(AgendaItem("Tell M I disagree"))
    index = screen.f_goal.findData(goal.id)
    screen.f_goal.setCurrentIndex(index)
    screen.f_goal.activated.emit(index)
    assert [g.id for g in session.goals.goals_for_agenda_item(item.id)] == [goal.id]
    assert [i.id for i in session.goals.linked_agenda_items(goal.id)] == [item.id]
    screen.f_goal.activated.emit(0)
    assert session.goals.goals_for_agenda_item(item.id) == []
    for n in range(3):
        session.agenda.record_outcome(Outcome(item.id, "carried", datetime(2026, 10, 8 + n, 20, 0, tzinfo=BERLIN)))
    screen._fill_items(select_id=item.id)
    assert not screen.mirror_write.isHidden()
    with qtbot.waitSignal(screen.write_requested) as signal:
        screen.mirror_write.click()
    assert signal.args[0] == "avoided" and signal.args[2] == 6 and "Tell M I disagree" in signal.args[3]


def test_a_half_written_debrief_survives_lock_and_asks_for_a_choice(qtbot, session: Session, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    screen = NextSessionScreen(session, clock=clock, tz=BERLIN)
    qtbot.addWidget(screen)
    screen.apply_schedule(THURSDAYS)
    item = screen.add_item(AgendaItem("Tell M I feel ignored"))
    clock.now = datetime(2026, 10, 8, 20, 0, tzinfo=BERLIN)
    screen.refresh(choose_tab=True)
    row = screen.debrief_row(item.id)
    row[2].setText("He listened, for once")
    screen.noticed.setPlainText("My hands were cold")
    screen.save_debrief()  # no choice made yet
    assert "Choose how it went" in screen.debrief_saved.text()
    assert screen.agenda.outcomes(item.id) == []
    screen.save_debrief_draft()  # what the workspace does before locking
    again = NextSessionScreen(session, clock=clock, tz=BERLIN)  # after unlocking again
    qtbot.addWidget(again)
    again.refresh(choose_tab=True)
    assert again.debrief_row(item.id)[2].text() == "He listened, for once"
    assert again.noticed.toPlainText() == "My hands were cold"
    next(b for b in again.debrief_row(item.id)[1].buttons() if b.property("outcome") == "raised").setChecked(True)
    again.save_debrief()
    assert "Saved" in again.debrief_saved.text()
    assert [o.what_happened for o in again.agenda.outcomes(item.id)] == ["He listened, for once"]


def test_removed_item_does_not_come_back_on_the_next_autosave(qtbot, session: Session, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from ipt_journal.ui.workspace import Workspace

    ws = Workspace(session, QSettings())
    qtbot.addWidget(ws)
    ws.journal.start_entry("free")
    editor = ws.journal.editor
    editor.body.setPlainText("Something for group")
    editor.bring.setChecked(True)
    editor.save_now()
    (item,) = session.agenda.open_items()
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    ws.next_session._fill_items(select_id=item.id)
    ws.next_session.delete_current()
    editor.body.setPlainText("Something for group, edited")
    editor.save_now()
    assert session.agenda.open_items() == []
    ws.journal.open_entry(editor.entry.id)  # opened again later, still ticked: nothing new
    editor.tags.setText("x")
    editor.save_now()
    assert session.agenda.open_items() == []
    ws.save_pending()


def test_debrief_rows_always_belong_to_the_session_shown(qtbot, screen: NextSessionScreen, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    item = screen.add_item(AgendaItem("Tell M I feel ignored"))
    clock.now = datetime(2026, 10, 8, 20, 0, tzinfo=BERLIN)
    screen.refresh(choose_tab=True)
    older = screen.debrief_session.itemData(1)  # the session a week before
    screen.debrief_session.setCurrentIndex(1)
    row = screen.debrief_row(item.id)
    row[2].setText("written about the older session")
    screen.refresh(choose_tab=True)  # e.g. back from another screen: the latest session is chosen again
    assert screen._debrief_sid == screen.debrief_session.currentData()
    assert screen.debrief_row(item.id)[2].text() == ""  # rows of the latest session, not the older one's
    screen.debrief_session.setCurrentIndex(screen.debrief_session.findData(older))
    assert screen.debrief_row(item.id)[2].text() == "written about the older session"  # kept as a draft
