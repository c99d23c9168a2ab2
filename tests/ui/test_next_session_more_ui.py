"""Next session with a real vault: leaving by id, opening at an item or a session, a refused PDF place,
the quiet support line after a very hard debrief, people on an item, and kind words for waits."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from ipt_journal.domain.agenda import LEAVING_TEXT, AgendaItem
from ipt_journal.domain.people import Person
from ipt_journal.services.session import Session
from ipt_journal.ui import dialogs, next_session
from ipt_journal.ui.editor.people import people_repo
from ipt_journal.ui.next_session import ItemIdRole, NextSessionScreen
from ipt_journal.ui.next_session.debrief import very_hard
from tests.ui.test_next_session_ui import BERLIN, Clock, _berlin, clock, screen, texts  # noqa: F401 (fixtures)


def debrief_week(screen: NextSessionScreen, clock: Clock, day: int, outcome: str, felt: str = "") -> None:
    clock.now = datetime(2026, 10, day, 20, 0, tzinfo=BERLIN)
    screen.refresh(choose_tab=True)
    for item, group, _happened, felt_box, _feedback in screen._debrief_rows:
        next(b for b in group.buttons() if b.property("outcome") == outcome).setChecked(True)
        felt_box.setText(felt)
    screen.save_debrief()


def test_leaving_goes_through_the_group_by_id(screen: NextSessionScreen, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(next_session.sessions, "ask_leaving", lambda parent: True)
    screen.thinking_of_leaving()
    assert screen.group.leaving(screen.clock())
    assert "the ending" in screen.status.text()
    # the member rewords it: it is still the same item, and a second press adds nothing
    screen.f_text.setText("Tell them I may go")
    screen.save_current(force=True)
    screen.thinking_of_leaving()
    assert texts(screen) == ["Tell them I may go"]


def test_leaving_text_is_kept_as_written_when_the_shown_words_are_saved(screen: NextSessionScreen,
                                                                        monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(next_session.sessions, "ask_leaving", lambda parent: True)
    screen.thinking_of_leaving()
    screen.f_why.setPlainText("It has been a lot")
    screen.save_current(force=True)
    assert texts(screen) == [LEAVING_TEXT]


def test_waits_are_named_quietly_from_the_second_carry_over(screen: NextSessionScreen, clock: Clock) -> None:
    item = screen.add_item(AgendaItem("Ask about the break"))
    debrief_week(screen, clock, 8, "carried")
    screen.tabs.setCurrentIndex(0)
    screen._fill_items(select_id=item.id)
    assert screen.items.item(0).text() == "Ask about the break"
    debrief_week(screen, clock, 15, "carried")
    screen._fill_items(select_id=item.id)
    assert "waiting 2 sessions" in screen.items.item(0).text() and "×" not in screen.items.item(0).text()


def test_show_item_and_show_session_open_the_right_place(screen: NextSessionScreen, clock: Clock) -> None:
    raised = screen.add_item(AgendaItem("Thank L"))
    debrief_week(screen, clock, 8, "raised")
    still_open = screen.add_item(AgendaItem("Ask M"))
    screen.tabs.setCurrentIndex(1)
    assert screen.show_item(still_open.id)
    assert screen.tabs.currentIndex() == 0 and screen.current.id == still_open.id
    assert screen.show_item(raised.id)
    assert screen.tabs.currentIndex() == 2
    shown = screen.history.currentItem()
    assert shown is not None and "Thank L" in screen.history_detail.toPlainText()
    session_id = int(shown.data(ItemIdRole))
    screen.tabs.setCurrentIndex(0)
    screen.history_search.setText("nothing like this")
    assert screen.show_session(session_id) and screen.tabs.currentIndex() == 2
    assert screen.show_item(99_999) is False and screen.show_session(99_999) is False


def test_a_refused_pdf_place_gets_a_calm_message(screen: NextSessionScreen, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    screen.add_item(AgendaItem("Something"))
    told = []
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: str(tmp_path / "no such folder" / "r.pdf"))
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, text: told.append(text))
    assert screen.save_review_pdf() is False
    assert told and "nothing was lost" in told[0]
    assert "Error" not in told[0] and "Refused" not in told[0]
    assert not (tmp_path / "no such folder").exists()


def test_a_very_hard_debrief_offers_support_quietly(screen: NextSessionScreen, clock: Clock) -> None:
    screen.add_item(AgendaItem("Say I felt ignored"))
    debrief_week(screen, clock, 8, "raised", "a bit tense")
    assert screen.support_line is None
    screen.add_item(AgendaItem("Say it again"))
    debrief_week(screen, clock, 15, "raised", "overwhelmed and ashamed")
    line = screen.support_line
    assert line is not None and not line.isHidden()
    assert "red" not in line.styleSheet()
    assert any("support" in b.text().lower() for b in line.findChildren(type(screen.print_button)))


def test_what_counts_as_very_hard() -> None:
    assert very_hard("overwhelmed")
    assert very_hard("sad, 9/10")
    assert not very_hard("sad, 4/10")
    assert not very_hard("I had 8 coffees")  # a number with no feeling word is not a feeling
    assert not very_hard("")


def test_people_on_an_agenda_item_are_kept_at_once(screen: NextSessionScreen, session: Session) -> None:
    repo = people_repo(session)
    sam = repo.save(Person("Sam"))
    item = screen.add_item(AgendaItem("Tell Sam"))
    screen.item_people.field.setText("Sam")
    screen.item_people.add_typed()
    assert [p.id for p in repo.people_for("agenda_item", item.id)] == [sam.id]
    screen.item_people.remove_person(sam.id)
    assert repo.people_for("agenda_item", item.id) == []


def test_when_words_follow_the_language() -> None:
    from ipt_journal.domain.schedule import SessionSlot
    from ipt_journal.ui import i18n
    from ipt_journal.ui.next_session.words import _when, session_state

    now = datetime(2026, 10, 5, 12, 0, tzinfo=BERLIN)
    later = SessionSlot(1, datetime(2026, 10, 15, 18, 0, tzinfo=BERLIN), 90, number=7)
    away = SessionSlot(2, datetime(2026, 10, 1, 18, 0, tzinfo=BERLIN), 90, attended=False)
    assert _when(later, now) == "Thursday 15 October 18:00, in 10 days"
    i18n.install("es")
    try:
        assert _when(later, now) == "jueves 15 de octubre a las 18:00, dentro de 10 días"
        assert session_state(away, 0) == "no estuviste"
    finally:
        i18n.install("en")
    assert session_state(away, 0) == "you were away"


def test_the_leaving_item_reads_in_the_language_of_a_saved_document(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    from ipt_journal.services.data_safety import ExportRequest, document_for
    from ipt_journal.services.group import Group
    from ipt_journal.ui import document_words, i18n

    Group(session).start_leaving(datetime(2026, 10, 5, 12, 0, tzinfo=BERLIN))
    session.agenda.add(AgendaItem("Tell the group I am thinking of leaving soon"), now=datetime(2026, 10, 5, 13, 0, tzinfo=BERLIN))
    i18n.install("es")
    try:
        document_words.install()
        doc = document_for(session.vault, ExportRequest(what="agenda"))
    finally:
        i18n.install("en")
    headings = [s.heading for s in doc.sections]
    assert any(h.endswith("Contarle al grupo que estoy pensando en dejarlo") for h in headings)
    assert LEAVING_TEXT not in headings and not any(h.endswith(LEAVING_TEXT) for h in headings)
    assert any(h.endswith("Tell the group I am thinking of leaving soon") for h in headings)  # the member's own words stay
