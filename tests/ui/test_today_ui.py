"""Today: the people card (the invitation in the beginning, the look back at the end), its shortcuts, Ctrl+N."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from ipt_journal.domain.people import Person
from ipt_journal.domain.schedule import GroupSchedule
from ipt_journal.services.group import Group
from ipt_journal.services.people import Invitation
from ipt_journal.services.session import Session
from ipt_journal.ui import dialogs
from ipt_journal.ui.people.invitation import PeopleCard
from ipt_journal.ui.next_session.words import status_line as group_line  # Today shows the Next session line
from ipt_journal.ui.workspace import Workspace
from ipt_journal.vault.people import PeopleRepository


def sixteen_weeks_around(now: datetime, session_number: int) -> GroupSchedule:
    """A 16-session group whose session `session_number` was held a day before now."""
    held = (now - timedelta(days=1)).date() - timedelta(days=7 * (session_number - 1))
    return GroupSchedule(held.weekday(), time(18, 0), held, 90, 16)


@pytest.fixture
def workspace(qtbot, session: Session) -> Workspace:  # type: ignore[no-untyped-def]
    ws = Workspace(session, QSettings())
    qtbot.addWidget(ws)
    ws.resize(900, 600)
    ws.show()
    return ws


def set_group(ws: Workspace, number: int) -> None:
    now = datetime.now().astimezone()
    Group(ws.session).set_schedule(sixteen_weeks_around(now, number), now)
    ws.today.refresh()


def test_the_beginning_invites_once_and_the_invitation_opens_people(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    set_group(workspace, 2)
    card = workspace.today.people_card
    assert card.mode == "invite" and card.isVisibleTo(workspace)
    assert "Map my relationships" == card.primary.text()
    qtbot.mouseClick(card.primary, Qt.MouseButton.LeftButton)
    assert workspace.stack.currentWidget() is workspace.people
    assert workspace.people.new_name.hasFocus() or workspace.people.tabs.currentIndex() == 0
    workspace.nav.setCurrentRow(0)
    qtbot.mouseClick(card.later, Qt.MouseButton.LeftButton)  # "Not now": never again
    assert not card.isVisibleTo(workspace) and Invitation(workspace.session.vault).dismissed()
    workspace.today.refresh()
    assert card.mode == ""


def test_no_invitation_in_the_middle(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    set_group(workspace, 6)
    assert workspace.today.people_card.mode == "" and not workspace.today.people_card.isVisibleTo(workspace)


def test_no_invitation_once_someone_is_on_the_map(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    set_group(workspace, 1)
    assert workspace.today.people_card.mode == "invite"
    PeopleRepository(workspace.session.vault).save(Person(name="Sam"))
    workspace.today.refresh()
    assert workspace.today.people_card.mode == ""


def test_the_ending_offers_the_look_back_and_opens_the_compare_view(qtbot, workspace: Workspace, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                    monkeypatch) -> None:
    people = PeopleRepository(workspace.session.vault)
    sam = people.save(Person(name="Sam"))
    people.place(int(sam.id), 4, at=datetime.now().astimezone() - timedelta(days=90))  # type: ignore[arg-type]
    people.place(int(sam.id), 2)  # type: ignore[arg-type]
    set_group(workspace, 15)
    card = workspace.today.people_card
    assert card.mode == "look_back" and card.save.isVisibleTo(workspace) and not card.later.isVisibleTo(workspace)
    qtbot.mouseClick(card.primary, Qt.MouseButton.LeftButton)
    assert workspace.stack.currentWidget() is workspace.people
    assert workspace.people.tabs.currentIndex() == 1 and workspace.people.circle.compare.isChecked()
    target = tmp_path / "look.md"
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: str(target))
    workspace.nav.setCurrentRow(0)
    qtbot.mouseClick(card.save, Qt.MouseButton.LeftButton)
    text = target.read_text(encoding="utf-8")
    assert "from distant to close" in text


def test_thinking_of_leaving_offers_the_look_back_in_an_ongoing_group(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    now = datetime(2026, 10, 15, 21, 0).astimezone()
    group = Group(session)
    group.set_schedule(GroupSchedule(now.weekday(), time(18, 0), date(2026, 1, 1), 90, None), now)
    card = PeopleCard(session, group)
    qtbot.addWidget(card)
    card.refresh(now)
    assert card.mode == ""
    group.start_leaving(now)
    card.refresh(now)
    assert card.mode == "look_back"


def test_a_look_back_that_cannot_be_written_says_so_calmly(qtbot, session: Session, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                         monkeypatch) -> None:
    from ipt_journal.ui.people.look_back import save_look_back

    said: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: str(tmp_path / "no such folder" / "look.md"))
    monkeypatch.setattr(dialogs, "inform", lambda _p, _t, text: said.append(text))
    card = PeopleCard(session, Group(session))
    qtbot.addWidget(card)
    assert save_look_back(card, session.vault, replace_names=True) is None
    assert said and "Nothing in your journal changed" in said[0] and "Errno" not in said[0]


def test_the_group_line_reads_the_session_and_phase(session: Session) -> None:
    now = datetime.now().astimezone()
    group = Group(session)
    assert group_line(group, now).startswith("Add your group's day and time")
    group.set_schedule(sixteen_weeks_around(now, 2), now)
    line = group_line(group, now)
    assert line.startswith("Next group: ") and "session 3 of 16" in line and "the beginning" in line


def test_ctrl_n_on_today_starts_a_new_entry(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    workspace.today.setFocus()
    qtbot.keyClick(workspace.today, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert workspace.stack.currentWidget() is workspace.journal
    entry = workspace.journal.editor.entry
    assert entry is not None and entry.id is None and entry.kind == "free" and entry.prompt_id is None


def test_shortcuts_write_about_the_prompt_and_browse(qtbot, workspace: Workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[bool] = []
    monkeypatch.setattr(type(workspace.today), "browse", lambda self: opened.append(True))
    workspace.today.browse_button.clicked.disconnect()
    workspace.today.browse_button.clicked.connect(workspace.today.browse)
    assert "Ctrl+Shift+P" in workspace.today.browse_button.toolTip()
    qtbot.keyClick(workspace.today, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: opened == [True])  # a button's shortcut clicks it with a short animation
    prompt = workspace.today.prompt
    assert prompt is not None
    qtbot.keyClick(workspace.today, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: workspace.stack.currentWidget() is workspace.journal)
    assert workspace.journal.editor.entry.prompt_id == prompt.id


def _clipped(root) -> list[str]:  # type: ignore[no-untyped-def]
    """Buttons narrower than they need, or past the window's right edge (a cut-off control)."""
    from PySide6.QtWidgets import QAbstractButton

    win = root.window()
    out = []
    for w in root.findChildren(QAbstractButton):
        if not w.isVisibleTo(root) or w.objectName().startswith("qt_"):
            continue
        right = w.mapTo(win, w.rect().topRight()).x()
        if w.width() + 1 < w.sizeHint().width() or right > win.width() + 1:
            out.append(f"{type(w).__name__} {w.text()!r}")
    return out


def test_at_150_percent_text_the_sections_fit_and_today_cuts_nothing(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    font = app.font()
    try:
        big = app.font()
        big.setPointSizeF(font.pointSizeF() * 1.5)
        app.setFont(big)
        now = datetime.now().astimezone()
        Group(session).set_schedule(sixteen_weeks_around(now, 2), now)  # the invitation shows too
        ws = Workspace(session, QSettings())
        qtbot.addWidget(ws)
        ws.resize(900, 600)
        ws.show()
        qtbot.waitExposed(ws)
        assert ws.today.people_card.isVisibleTo(ws)
        nav = ws.nav
        assert nav.width() >= nav.sizeHintForColumn(0)  # every section's name fits
        assert _clipped(ws.today) == []
        ws.nav.setCurrentRow(ws.nav.count() - 2)  # People
        assert _clipped(ws.people) == []
    finally:
        app.setFont(font)


def test_the_caring_dialogs_name_every_control_with_its_words(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    from ipt_journal.ui.insights.checkin import CheckInDialog
    from ipt_journal.ui.support.page import SupportDialog
    from tests.ui.a11y import problems

    for dialog in (CheckInDialog(people=["Robin"]), SupportDialog(session)):
        qtbot.addWidget(dialog)
        dialog.resize(900, 600)
        dialog.show()
        assert problems(dialog) == [], type(dialog).__name__
    pacer = SupportDialog(session)
    qtbot.addWidget(pacer)
    pacer.show()
    pacer.show_breathing()
    assert problems(pacer) == []


def test_todays_date_reads_as_each_language_writes_it(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    from ipt_journal.ui import i18n
    from ipt_journal.ui.today import TodayScreen

    i18n.install("es")
    try:
        screen = TodayScreen(session)
        qtbot.addWidget(screen)
        spanish = screen.date_label.text()
    finally:
        i18n.install("en")
    english = TodayScreen(session)
    qtbot.addWidget(english)
    assert " de " in spanish and spanish.split(", ")[0] in ("lunes", "martes", "miércoles", "jueves", "viernes",
                                                              "sábado", "domingo")
    assert " de " not in english.date_label.text() and english.date_label.text().split(", ")[0].endswith("day")
