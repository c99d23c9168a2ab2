"""The People screen offscreen: adding by keyboard, bad names, the page saving as you type, group-member initials,
placing a person with the keyboard only, the circle on an earlier day and compared with the start, the prompts."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from ipt_journal.domain.entries import Entry
from ipt_journal.domain.people import Person
from ipt_journal.services.session import Session
from ipt_journal.ui.people import screen as people_screen
from ipt_journal.ui.people.screen import PeopleScreen
from ipt_journal.vault.people import PeopleRepository


def _screen(qtbot, session: Session) -> PeopleScreen:  # type: ignore[no-untyped-def]
    w = PeopleScreen(session)
    qtbot.addWidget(w)
    w.resize(900, 600)
    w.show()
    return w


def test_empty_screen_explains_itself_and_adding_works_from_the_keyboard(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    w = _screen(qtbot, session)
    assert w.person_stack.currentWidget() is w.empty
    qtbot.keyClick(w.new_name, Qt.Key.Key_Return)  # an empty name: a message, nothing added
    assert w.add_problem.isVisible() and "name" in w.add_problem.text()
    assert w.repo.all() == []
    qtbot.keyClicks(w.new_name, "Robin")
    qtbot.keyClick(w.new_name, Qt.Key.Key_Return)
    assert [p.name for p in w.repo.list()] == ["Robin"] and not w.add_problem.isVisible()
    assert w.person_stack.currentWidget() is w.page and w.page.name.text() == "Robin"
    qtbot.keyClicks(w.new_name, "robin")  # a second person with the same name is kept, with a note
    qtbot.keyClick(w.new_name, Qt.Key.Key_Return)
    assert len(w.repo.list()) == 2 and w.page.same.isVisible()


def test_the_page_saves_what_is_typed_and_keeps_a_blank_name_unsaved(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    repo = PeopleRepository(session.vault)
    p = repo.save(Person(name="Dee"))
    w = _screen(qtbot, session)
    long = "so much to say " * 700
    w.page.answers["hard"].setPlainText(long)
    qtbot.keyClicks(w.page.answers["change"], "talk more")
    qtbot.waitUntil(lambda: repo.get(int(p.id)).answer("change") == "talk more", timeout=3000)  # type: ignore[arg-type]
    assert repo.get(int(p.id)).answer("hard") == long.rstrip()  # type: ignore[arg-type]
    w.page.name.clear()
    qtbot.keyClicks(w.page.answers["good"], "walks")
    w.save_pending()
    assert w.page.problem.isVisible()
    assert repo.get(int(p.id)).name == "Dee"  # type: ignore[arg-type]  # nothing lost
    assert w.page.answers["good"].toPlainText() == "walks"  # the typing stays on the page
    qtbot.keyClicks(w.page.name, "Dee Dee")
    w.save_pending()
    assert repo.get(int(p.id)).name == "Dee Dee" and repo.get(int(p.id)).answer("good") == "walks"  # type: ignore[arg-type]


def test_another_group_member_becomes_initials_with_the_reminder(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    repo = PeopleRepository(session.vault)
    p = repo.save(Person(name="Jamie Ortiz"))
    w = _screen(qtbot, session)
    assert not w.page.reminder.isVisible()
    w.page.relation.setFocus()
    index = w.page.relation.findData("group_member")
    w.page.relation.setCurrentIndex(index)
    w.page.relation.activated.emit(index)
    assert w.page.name.text() == "J. O." and w.page.reminder.isVisible() and not w.page.redact.isEnabled()
    w.save_pending()
    saved = repo.get(int(p.id))  # type: ignore[arg-type]
    assert saved.name == "J. O." and saved.relation == "group_member" and saved.redacted_in_exports


def test_placing_a_person_with_the_keyboard_only(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    repo = PeopleRepository(session.vault)
    ana = repo.save(Person(name="Ana"))
    repo.save(Person(name="Ben"))
    w = _screen(qtbot, session)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w.tabs.setFocus()
    qtbot.keyClick(w.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)  # to the circle tab
    assert w.tabs.currentWidget() is w.circle
    tab = w.circle
    tab.list.setFocus()
    qtbot.keyClick(tab.list, Qt.Key.Key_Home)
    assert tab.selected_id() == ana.id
    assert tab.list.currentItem().text() == "Ana (not on the circle)"
    qtbot.keyClick(tab.list, Qt.Key.Key_Tab)
    assert tab.focusWidget() is tab.ring, tab.focusWidget()
    qtbot.keyClick(tab.ring, Qt.Key.Key_Down)  # not on the circle -> ring 1
    qtbot.keyClick(tab.ring, Qt.Key.Key_Down)  # -> ring 2
    assert repo.circle_at() == {ana.id: 2}
    assert [pl.ring for pl in repo.placements(int(ana.id))] == [1, 2]  # type: ignore[arg-type]  # each move is kept
    assert tab.list.currentItem().text() == "Ana (ring 2)"
    assert "Ana" in tab.view.accessibleDescription() and tab.view.accessibleName()
    tab.place_selected(None)  # the Alt+0 shortcut's action
    assert repo.circle_at() == {}


def test_the_circle_on_an_earlier_day_and_compared_with_the_start(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    repo = PeopleRepository(session.vault)
    now = datetime.now().astimezone()
    cy = repo.save(Person(name="Cy"))
    repo.place(int(cy.id), 4, at=now - timedelta(days=30))  # type: ignore[arg-type]
    repo.place(int(cy.id), 1, at=now - timedelta(days=2))  # type: ignore[arg-type]
    w = _screen(qtbot, session)
    w.tabs.setCurrentWidget(w.circle)
    tab = w.circle
    assert tab.when.isEnabled() and tab.when.maximum() == 30
    assert tab.list.item(0).text() == "Cy (ring 1)"
    tab.when.setValue(3)
    assert tab.list.item(0).text() == "Cy (ring 4)" and not tab.ring.isEnabled()
    tab.place_selected(2)  # the past cannot be changed
    assert repo.circle_at() == {cy.id: 1}
    tab.when.setValue(tab.when.maximum())
    tab.compare.setChecked(True)
    assert tab.start_view.isVisible()
    assert tab.start_view._rings == {cy.id: 4} and tab.view._rings == {cy.id: 1}  # noqa: SLF001
    tab.view.grab()  # paints without error with a caption


def test_the_page_offers_the_problem_area_prompts_and_lists_links(qtbot, session: Session,  # type: ignore[no-untyped-def]
                                                                     monkeypatch) -> None:
    repo = PeopleRepository(session.vault)
    assert session.journal is not None
    p = repo.save(Person(name="Eli"))
    e = session.journal.save(Entry(kind="free", entry_at=datetime.now().astimezone(), title="coffee with Eli"))
    repo.link(int(p.id), "entry", int(e.id))  # type: ignore[arg-type]
    w = _screen(qtbot, session)
    from ipt_journal.domain.people import AREAS, OTHER_PROMPT_SETS

    lib = session.library
    expected = sum(len(lib.prompts_in(k)) for k in (*AREAS, *OTHER_PROMPT_SETS) if lib.group(k) is not None)
    assert w.page.prompts.prompt_count() == expected >= 27  # every problem-area prompt of the library
    w.page.areas.boxes["role_disputes"].setChecked(True)
    assert repo.areas(int(p.id)) == ["role_disputes"]  # type: ignore[arg-type]
    first_prompt = w.page.prompts.item(1)
    assert session.library.by_id(first_prompt.data(Qt.ItemDataRole.UserRole + 2)).set_key == "role_disputes"
    with qtbot.waitSignal(w.write_requested) as got:
        w.page.prompts.itemActivated.emit(first_prompt)
    assert got.args[1] == first_prompt.data(Qt.ItemDataRole.UserRole + 2)
    assert "coffee with Eli" in w.page.links.item(0).text()
    with qtbot.waitSignal(w.open_entry) as opened:
        w.page.links.itemActivated.emit(w.page.links.item(0))
    assert opened.args == [e.id]
    # merge through the picker seam, then archive and bring back
    other = repo.save(Person(name="Elias", answers={"good": "long talks"}))
    monkeypatch.setattr(people_screen, "ask_merge_target", lambda _parent, names: names.index("Elias"))
    w.merge(int(p.id))  # type: ignore[arg-type]
    assert [x.name for x in repo.list()] == ["Eli"] and repo.get(int(p.id)).answer("good") == "long talks"  # type: ignore[arg-type]
    assert other.id not in {x.id for x in repo.all()}
    w.toggle_archive(int(p.id))  # type: ignore[arg-type]
    assert w.list.count() == 0 and w.person_stack.currentWidget() is w.empty
    w.show_archived.setChecked(True)
    assert w.list.count() == 1 and w.page.archive.text() == "Bring back"


def test_look_back_is_saved_with_names_replaced(qtbot, session: Session, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ipt_journal.ui import dialogs

    repo = PeopleRepository(session.vault)
    p = repo.save(Person(name="Gio", relation="group_member"))
    repo.place(int(p.id), 3, at=datetime.now().astimezone() - timedelta(days=20))  # type: ignore[arg-type]
    repo.place(int(p.id), 1)  # type: ignore[arg-type]
    w = _screen(qtbot, session)
    w.tabs.setCurrentWidget(w.circle)
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _p, _t, text, yes="": asked.append(text) or True)
    for name in ("look.md", "look.pdf"):
        monkeypatch.setattr(dialogs, "ask_save_path", lambda *_a, name=name: str(tmp_path / name))
        w.circle.look_back.click()
    text = (tmp_path / "look.md").read_text()
    assert "Member A" in text and "Gio" not in text and "from further out to closest" in text
    assert (tmp_path / "look.pdf").read_bytes().startswith(b"%PDF")
    assert "not be encrypted" in asked[0]
    w.circle.look_back_names.setChecked(False)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_a: str(tmp_path / "kept.md"))
    w.circle.look_back.click()
    assert "Gio" in (tmp_path / "kept.md").read_text()
