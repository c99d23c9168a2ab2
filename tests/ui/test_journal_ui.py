"""The journal screens with a real vault: Today, the editor's autosave, timeline, search, coach."""

import random
from datetime import date, datetime, timedelta

import pytest

from ipt_journal.domain.entries import Entry
from ipt_journal.services.session import Session
from ipt_journal.ui import dialogs
from ipt_journal.ui.journal import JournalScreen, TrashDialog
from ipt_journal.ui.models import EntryIdRole
from ipt_journal.ui.today import TodayScreen
from ipt_journal.ui.search import RichRole
from ipt_journal.ui.workspace import Workspace
from ipt_journal.vault.vault import Vault
from tests.conftest import PASSPHRASE


@pytest.fixture
def workspace(qtbot, session: Session):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    ws = Workspace(session, QSettings())
    qtbot.addWidget(ws)
    ws.resize(1000, 700)
    ws.show()
    yield ws
    ws.save_pending()  # as the app does before it locks: nothing may fire after the vault closes


def test_today_never_repeats_and_favours_neglected(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    today = TodayScreen(session, rng=random.Random(7))
    qtbot.addWidget(today)
    seen = []
    for _ in range(60):
        today.next_prompt()
        seen.append(today.prompt.id)
    assert all(a != b for a, b in zip(seen, seen[1:]))
    assert len(set(seen)) > 20
    assert today.prompt_text.text() == today.prompt.text


def test_hide_and_pin_from_today(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    today = TodayScreen(session, rng=random.Random(1))
    qtbot.addWidget(today)
    hidden = today.prompt.id
    today.hide_prompt()
    assert hidden in session.prompt_prefs.hidden() and today.prompt.id != hidden
    today.toggle_pin()
    assert today.prompt.id in session.prompt_prefs.pinned() and today.pin_button.text() == "Unpin"
    for _ in range(200):
        today.next_prompt()
        assert today.prompt.id != hidden


def test_write_about_prompt_saves_an_entry_linked_to_it(qtbot, workspace: Workspace, session: Session) -> None:  # type: ignore[no-untyped-def]
    prompt = workspace.today.prompt
    workspace.today.write_about_prompt()
    assert workspace.stack.currentWidget() is workspace.journal
    editor = workspace.journal.editor
    assert editor.prompt_label.text() == prompt.text
    assert session.journal.count() == 0  # nothing is saved before something is written
    qtbot.keyClicks(editor.body, "It reminded me of home")
    with qtbot.waitSignal(editor.saved, timeout=3000):  # the debounced autosave
        pass
    saved = session.journal.get(editor.entry.id)
    assert saved.prompt_id == prompt.id and saved.suggestion == prompt.suggestion
    assert "It reminded me of home" in saved.body
    assert workspace.journal.model.rowCount() == 1


def test_switching_entries_saves_the_one_before(qtbot, workspace: Workspace, session: Session) -> None:  # type: ignore[no-untyped-def]
    journal = workspace.journal
    first = session.journal.save(Entry(kind="free", entry_at=datetime.now().astimezone(), body="first"))
    second = session.journal.save(Entry(kind="free", entry_at=datetime.now().astimezone(), body="second"))
    journal.model.reload()
    journal.open_entry(first.id)
    journal.editor.body.moveCursor(journal.editor.body.textCursor().MoveOperation.End)
    qtbot.keyClicks(journal.editor.body, " edited")
    journal.open_entry(second.id)  # no waiting for the timer
    assert session.journal.get(first.id).body == "first edited"
    assert journal.editor.entry.id == second.id


def test_form_entry_with_feelings_and_tags(qtbot, workspace: Workspace, session: Session) -> None:  # type: ignore[no-untyped-def]
    journal = workspace.journal
    journal.start_entry("moment")
    editor = journal.editor
    editor._field_widgets["what_happened"].setPlainText("J came in late and nobody said anything")
    editor._field_widgets["where"].setCurrentText("in group")
    feelings = editor._field_widgets["feelings"]
    feelings.word.setCurrentText("anxious")
    feelings.intensity.setValue(7)
    feelings._add()
    qtbot.keyClicks(editor.tags, "group, late")
    editor.bring.setChecked(True)
    editor.save_now()
    entry = session.journal.get(editor.entry.id)
    assert entry.kind == "moment" and entry.suggestion == 1 and entry.bring_to_group
    assert entry.fields == {"what_happened": "J came in late and nobody said anything", "where": "in group"}
    assert [(f.name, f.intensity) for f in entry.feelings] == [("anxious", 7)]
    assert entry.tags == ("group", "late")
    # the filters offer what was used
    assert journal.feeling.findData("anxious") >= 0 and journal.tag.findData("late") >= 0
    journal.feeling.setCurrentIndex(journal.feeling.findData("anxious"))
    assert journal.model.rowCount() == 1


def test_markdown_formatting_round_trips(qtbot, workspace: Workspace, session: Session) -> None:  # type: ignore[no-untyped-def]
    journal = workspace.journal
    journal.start_entry("free")
    editor = journal.editor
    editor.body.setFocus()
    editor._bold()
    qtbot.keyClicks(editor.body, "strong words")
    editor.save_now()
    body = session.journal.get(editor.entry.id).body
    assert "**strong words**" in body
    journal.open_entry(editor.entry.id)
    assert editor.body.toPlainText() == "strong words"
    assert "4 words" not in editor.status.text() and "2 words" in editor.status.text()


def test_trash_and_restore_from_the_ui(qtbot, workspace: Workspace, session: Session, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    journal = workspace.journal
    e = session.journal.save(Entry(kind="free", entry_at=datetime.now().astimezone(), body="to be trashed"))
    journal.model.reload()
    journal.open_entry(e.id)
    journal.editor.delete_button.click()
    assert journal.model.rowCount() == 0 and session.journal.count(trashed=True) == 1
    dialog = TrashDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    dialog.list.setCurrentRow(0)
    dialog.restore_selected()
    assert session.journal.count() == 1 and dialog.list.count() == 0
    session.journal.move_to_trash(e.id)
    dialog.refresh()
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    dialog.empty_trash()
    assert session.journal.count(trashed=True) == 0


def test_timeline_loads_lazily_and_jumps_to_a_day(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    t0 = datetime(2025, 1, 1, 12, 0).astimezone()
    with session.vault.transaction():
        for i in range(500):
            session.journal.save(Entry(kind="free", entry_at=t0 + timedelta(days=i), body=f"day {i}"))
    screen = JournalScreen(session)
    qtbot.addWidget(screen)
    assert screen.model.rowCount() == 200 and screen.model.canFetchMore()
    row = screen.jump_to_day(date(2025, 1, 1) + timedelta(days=100))
    assert row == 399 and screen.model.rowCount() >= 400
    assert screen.editor.entry.body == "day 100"
    while screen.model.canFetchMore():
        screen.model.fetchMore()
    assert screen.model.rowCount() == 500
    assert screen.model.data(screen.model.index(499), EntryIdRole) is not None


def test_timeline_reads_the_words_of_a_row_only_when_it_is_shown(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    t0 = datetime(2025, 1, 1, 12, 0).astimezone()
    with session.vault.transaction():
        ids = [session.journal.save(Entry(kind="free", entry_at=t0 + timedelta(days=i), body=f"day {i}")).id
               for i in range(700)]
    screen = JournalScreen(session)
    qtbot.addWidget(screen)
    model = screen.model
    model.KEYS = 150  # several fetches of the order, as 100,000 entries would need
    model.ensure_loaded(699)
    assert model.rowCount() == 700 and not model.canFetchMore()
    assert model.row_of(ids[0]) == 699 and model.data(model.index(699), EntryIdRole) == ids[0]
    read = [i for i in range(700) if model._rows[i] is not None]
    assert read == list(range(200))  # the order is known for all; the words only for the first page
    assert model.data(model.index(699)).endswith("day 0")  # the oldest: one more page is read
    assert model.data(model.index(450)).endswith("day 249")
    read = {i for i in range(700) if model._rows[i] is not None}
    assert read == set(range(200)) | set(range(400, 700))
    assert screen.jump_to_day(date(2025, 1, 1)) == 699 and screen.editor.entry.body == "day 0"
    session.journal.move_to_trash(ids[349])  # gone between reading the order and reading its page
    assert model.data(model.index(300)).endswith("day 399") and model.data(model.index(350)) is None


def test_search_as_you_type_and_open(qtbot, workspace: Workspace, session: Session) -> None:  # type: ignore[no-untyped-def]
    e = session.journal.save(Entry(kind="free", entry_at=datetime.now().astimezone(), body="The <b>quiet</b> member smiled"))
    workspace.focus_search()
    qtbot.keyClicks(workspace.search_field, "qui")
    qtbot.waitUntil(lambda: workspace.search.results.count() == 1, timeout=2000)
    assert workspace.stack.currentWidget() is workspace.search
    item = workspace.search.results.item(0)
    rich = item.data(RichRole)
    assert "&lt;b&gt;" in rich and "<b style" in rich  # member text is escaped, only our highlight is markup
    assert item.text().endswith("The <b>quiet</b> member smiled")  # what a screen reader reads: plain text
    workspace.search.results.itemClicked.emit(workspace.search.results.item(0))
    assert workspace.stack.currentWidget() is workspace.journal and workspace.journal.editor.entry.id == e.id
    for odd in ['"', "NEAR(", "-", "😊", "x" * 3000]:
        workspace.search_field.setText(odd)
        workspace.search.run()
        assert workspace.search.heading.text()
    workspace.search_field.clear()
    assert workspace.stack.currentWidget() is not workspace.search


def test_statement_coach_in_the_editor(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    journal = workspace.journal
    journal.start_entry("free")
    editor = journal.editor
    editor.body.setPlainText("I felt small tonight. Were you angry when J came in late?")
    editor.run_coach()
    assert not editor.coach_list.isHidden() and editor.coach_list.count() == 1
    editor.coach_list.itemActivated.emit(editor.coach_list.item(0))
    assert editor.body.toPlainText() == "I felt small tonight. I imagined you were angry when J came in late."
    assert editor.coach_list.item(0).text() == "No question to others was spotted."


def test_quit_saves_pending_text(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    from ipt_journal.app import MainWindow
    from ipt_journal.vault.journal import JournalRepository

    data_dir = vault.data_dir
    vault.close()
    window = MainWindow(Session(data_dir))
    qtbot.addWidget(window)
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.try_unlock()
    window.workspace.journal.start_entry("free")
    qtbot.keyClicks(window.workspace.journal.editor.body, "written right before quitting")
    window.close()
    assert not window.session.is_unlocked
    with Vault.open(data_dir, passphrase=PASSPHRASE) as v:
        assert len(JournalRepository(v).search("quitting")) == 1


def test_empty_states_explain_themselves(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    workspace.nav.setCurrentRow(1)
    assert not workspace.journal.empty.isHidden()
    assert "empty" in workspace.journal.empty.text()
    assert not workspace.journal.editor.empty.isHidden()


def test_autosave_updates_the_list_row_in_place(qtbot, workspace: Workspace, session: Session) -> None:  # type: ignore[no-untyped-def]
    journal = workspace.journal
    e = session.journal.save(Entry(kind="free", entry_at=datetime.now().astimezone(), body="first line", tags=("a",)))
    journal.model.reload()
    journal._refill_facets()
    journal.open_entry(e.id)
    journal.editor.body.setPlainText("a new first line")
    with qtbot.assertNotEmitted(journal.model.modelReset):
        journal.editor.save_now()
    assert "a new first line" in journal.model.data(journal.model.index(0))
    journal.editor.tags.setText("a, brand-new-tag")
    with qtbot.waitSignal(journal.model.modelReset):
        journal.editor.save_now()  # a new tag: the filters and list are refreshed
    assert journal.tag.findData("brand-new-tag") >= 0


def test_date_range_filter(qtbot, session: Session, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ipt_journal.ui import journal as journal_ui

    now = datetime.now().astimezone()
    for days in (1, 10, 40, 400):
        session.journal.save(Entry(kind="free", entry_at=now - timedelta(days=days), body=f"{days} days ago"))
    screen = JournalScreen(session)
    qtbot.addWidget(screen)
    assert screen.model.rowCount() == 4
    screen.period.setCurrentIndex(screen.period.findData(30))
    assert screen.model.rowCount() == 2
    screen.period.setCurrentIndex(screen.period.findData(365))
    assert screen.model.rowCount() == 3
    day = (now - timedelta(days=40)).date()
    monkeypatch.setattr(journal_ui, "ask_date_range", lambda parent, current: (day + timedelta(days=1), day))
    screen.period.setCurrentIndex(screen.period.findData(-1))
    screen._period_chosen(screen.period.currentIndex())
    assert screen.model.rowCount() == 1  # the day before and the day itself, in either order
    assert "40 days ago" in screen.model.data(screen.model.index(0))
    screen.period.setCurrentIndex(0)
    assert screen.model.rowCount() == 4


def test_link_an_entry_to_goals_from_the_editor(qtbot, workspace: Workspace, session: Session, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ipt_journal.domain.goals import Goal
    from ipt_journal.ui import editor as editor_module

    a = session.goals.create(Goal(title="Speak up once per session"))
    b = session.goals.create(Goal(title="Call my sister"))
    journal = workspace.journal
    journal.start_entry("free")
    journal.editor.body.setPlainText("I spoke up today")
    offered = {}
    monkeypatch.setattr(editor_module.links, "choose_goals",
                        lambda parent, goals, linked: offered.update(goals=goals, linked=linked) or {a.id})
    journal.editor.link_goals()
    entry_id = journal.editor.entry.id
    assert entry_id is not None and {g for g, _ in offered["goals"]} == {a.id, b.id} and offered["linked"] == set()
    assert [g.id for g in session.goals.goals_for_entry(entry_id)] == [a.id]
    monkeypatch.setattr(editor_module.links, "choose_goals", lambda parent, goals, linked: {b.id})
    journal.editor.link_goals()
    assert [g.id for g in session.goals.goals_for_entry(entry_id)] == [b.id]


def test_imported_plain_text_survives_a_change_of_tags(qtbot, workspace: Workspace, session: Session) -> None:  # type: ignore[no-untyped-def]
    odd = 'Sam said "<no>" to me.\nThen I cried.\n<div>\nhidden\n</div>\n1) a list?'
    when = datetime(2025, 10, 26, 2, 30).astimezone()
    e = session.journal.save(Entry(kind="free", entry_at=when, body=odd))
    journal = workspace.journal
    journal.model.reload()
    journal.open_entry(e.id)
    journal.editor.tags.setText("imported")
    journal.editor.save_now()
    saved = session.journal.get(e.id)
    assert saved.body == odd and saved.tags == ("imported",)
    assert saved.entry_at == when  # an untouched date is not re-read through the widget
