"""The editor with a real vault: naming people (the picker and @-completion), keys for choices, Tab that leaves."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from ipt_journal.domain.entries import Feeling
from ipt_journal.domain.people import Person
from ipt_journal.services.session import Session
from ipt_journal.ui.editor import EntryEditor, new_entry
from ipt_journal.ui.editor.people import people_repo


def editor_for(qtbot, session: Session) -> EntryEditor:  # type: ignore[no-untyped-def]
    editor = EntryEditor(session.journal, goals=session.goals, people=people_repo(session))
    qtbot.addWidget(editor)
    editor.resize(900, 600)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)  # focus and key shortcuts need an active window
    return editor


def test_at_completion_names_a_person_and_links_them_when_saved(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    repo = people_repo(session)
    sam = repo.save(Person("Sam"))
    repo.save(Person("Alex"))
    editor = editor_for(qtbot, session)
    editor.load(new_entry("free"))
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, "Today @Sa")
    popup = editor.body.completer.popup()
    assert popup.isVisible()
    assert [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())] == ["Sam"]
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.body.toPlainText() == "Today Sam "
    assert editor.people.names() == ["Sam"]
    assert editor.save_now()
    assert [p.id for p in repo.people_for("entry", editor.entry.id)] == [sam.id]


def test_an_at_inside_a_word_offers_nothing(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    people_repo(session).save(Person("Sam"))
    editor = editor_for(qtbot, session)
    editor.load(new_entry("free"))
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, "mail@Sa")
    assert editor.body.at_prefix() is None and not editor.body.completer.popup().isVisible()


def test_picker_adds_removes_and_creates_people_and_serves_with_whom(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    repo = people_repo(session)
    kim = repo.save(Person("Kim"))
    editor = editor_for(qtbot, session)
    editor.load(new_entry("feedback"))
    assert editor.people.title.text() == "With whom, from your people"
    editor.people.field.setText("kim")
    editor.people.add_typed()
    editor.people.field.setText("Robin")
    editor.people.add_typed()
    assert "Robin" in editor.people.hint.text()
    assert editor.save_now()
    robin = next(p for p in repo.list() if p.name == "Robin")
    assert {p.id for p in repo.people_for("entry", editor.entry.id)} == {kim.id, robin.id}
    editor.people.list.setCurrentRow(0)
    editor.people.list.setFocus()
    qtbot.keyClick(editor.people.list, Qt.Key.Key_Delete)
    assert editor.save_now()
    assert [p.name for p in repo.people_for("entry", editor.entry.id)] == ["Robin"]
    entry_id = editor.entry.id
    editor.load(new_entry("free"))
    assert editor.people.ids() == [] and editor.people.title.text() == "People in this entry"
    editor.load(session.journal.get(entry_id))
    assert editor.people.names() == ["Robin"]


def test_choices_and_feelings_are_kept_by_key(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    editor = editor_for(qtbot, session)
    editor.load(new_entry("feedback"))
    direction = editor._field_widgets["direction"]
    assert isinstance(direction, QComboBox)
    direction.setCurrentIndex(direction.findData("asked_for"))
    assert editor.collect().fields["direction"] == "asked_for"
    assert editor.save_now()
    stored = editor.entry.id
    editor.load(new_entry("moment"))
    feelings = editor._field_widgets["feelings"]
    feelings.word.setCurrentText("left out")
    feelings.intensity.setValue(9)
    feelings._add()
    assert feelings.feelings() == (Feeling("left_out", 9),)
    assert feelings.list.item(0).text() == "left out — 9/10"
    editor.load(session.journal.get(stored))
    assert editor._field_widgets["direction"].currentData() == "asked_for"


def test_tab_and_escape_leave_the_body_and_ctrl_tab_writes_a_tab(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    editor = editor_for(qtbot, session)
    editor.load(new_entry("free"))
    editor.body.setFocus()
    qtbot.keyClick(editor.body, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert editor.body.toPlainText() == "\t"
    qtbot.keyClick(editor.body, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not editor.body
    editor.body.setFocus()
    qtbot.keyClick(editor.body, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is not editor.body
    editor.body.setFocus()
    qtbot.keyClick(editor.body, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is not editor.body
    assert editor.body.toPlainText() == "\t"


def test_title_tags_and_body_have_visible_labels(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    editor = editor_for(qtbot, session)
    editor.load(new_entry("free"))
    for field, lab in ((editor.title, editor.title_label), (editor.tags, editor.tags_label),
                       (editor.body, editor.body_label)):
        assert lab.buddy() is field and lab.isVisible() and lab.text() in field.accessibleName()
    assert isinstance(editor.people.field, QLineEdit) and editor.people.field.accessibleName()
    assert editor.coach_button.shortcut().toString() == "Ctrl+Shift+W"


def test_spanish_shows_labels_keeps_keys_and_coaches_in_spanish(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    from ipt_journal.domain.statements import nothing_spotted
    from ipt_journal.ui import i18n
    from ipt_journal.ui.editor.words import install_labels

    i18n.install("es")
    try:
        editor = editor_for(qtbot, session)
        editor.load(new_entry("feedback"))
        assert editor.kind_label.text() == "Retroalimentación"
        direction = editor._field_widgets["direction"]
        direction.setCurrentIndex(direction.findData("received"))
        assert direction.currentText() == "recibida"
        editor.body.setPlainText("Hoy me sentí tranquila.")
        assert editor.save_now()
        stored = editor.entry.id
        assert session.vault.conn.execute("SELECT fields FROM entries WHERE id = ?", (stored,)).fetchone()[0] \
            == '{"direction": "received"}'
        editor.run_coach()
        assert editor.coach_list.item(0).text() == nothing_spotted("es")
    finally:
        i18n.install("en")
        install_labels()
    editor.load(session.journal.get(stored))  # read again in English: the key, shown in English
    assert editor._field_widgets["direction"].currentData() == "received"
    assert editor._field_widgets["direction"].currentText() == "received"
