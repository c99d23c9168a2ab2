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
