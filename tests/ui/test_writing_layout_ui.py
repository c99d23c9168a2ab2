"""The editor, Next session and a goal's page at 900x600 with 150% text in Spanish: nothing is cut off."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea, QWidget

from ipt_journal.domain.agenda import AgendaItem
from ipt_journal.domain.goals import CheckIn, Goal
from ipt_journal.domain.people import Person
from ipt_journal.domain.schedule import GroupSchedule
from ipt_journal.services.session import Session
from ipt_journal.ui import i18n, style
from ipt_journal.ui.editor import EntryEditor, new_entry
from ipt_journal.ui.editor.people import people_repo
from ipt_journal.ui.goals import GoalsScreen
from ipt_journal.ui.next_session import NextSessionScreen


@pytest.fixture
def large_spanish():  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    font, sheet, colours = app.font(), app.styleSheet(), app.palette()
    style.apply(app, "dark")  # as the app starts: the style sheet's sizes follow the application font
    bigger = app.font()
    bigger.setPointSizeF(bigger.pointSizeF() * 1.5)
    app.setFont(bigger)
    style.apply(app, "dark")
    i18n.install("es")
    yield
    i18n.install("en")
    app.setStyleSheet(sheet)
    app.setPalette(colours)
    app.setFont(font)


def clipped(root: QWidget) -> list[str]:
    QApplication.processEvents()
    found = []
    for area in root.findChildren(QScrollArea):
        inner = area.widget()
        if area.isVisible() and inner is not None and inner.minimumSizeHint().width() > area.viewport().width() + 1:
            found.append(f"{type(inner).__name__} needs {inner.minimumSizeHint().width()} in {area.viewport().width()}")
    for b in root.findChildren(QAbstractButton):
        if b.isVisible() and b.width() + 1 < b.minimumSizeHint().width():
            found.append(f"{b.text()!r} is {b.width()} wide, needs {b.minimumSizeHint().width()}")
    return found


def shown(qtbot, widget: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    for _ in range(3):
        QApplication.processEvents()
    return widget


def test_editor_fits(qtbot, session: Session, large_spanish) -> None:  # type: ignore[no-untyped-def]
    people_repo(session).save(Person("Compañera de trabajo con un nombre largo"))
    editor = shown(qtbot, EntryEditor(session.journal, goals=session.goals, people=people_repo(session)))
    for kind in ("feedback", "moment", "trigger"):
        editor.load(new_entry(kind))
        editor.people.add_person(1, "Compañera de trabajo con un nombre largo")
        assert clipped(editor) == [], kind
        assert editor.kind_label.text() != "Feedback" or kind != "feedback"
    assert editor.coach_button.text() == "Revisar cómo lo digo"


def test_next_session_fits_on_every_tab(qtbot, session: Session, large_spanish) -> None:  # type: ignore[no-untyped-def]
    now = datetime(2026, 10, 7, 20, 0).astimezone()
    screen = NextSessionScreen(session, clock=lambda: now)
    shown(qtbot, screen)
    screen.apply_schedule(GroupSchedule(weekday=3, start=time(18, 0), first_date=date(2026, 9, 1), total_sessions=16))
    screen.add_item(AgendaItem("Decirle a M que me sentí ignorada cuando cambió de tema sin mirarme"))
    for tab in range(3):
        screen.tabs.setCurrentIndex(tab)
        assert clipped(screen) == [], tab
    assert screen.tabs.tabText(0) == "Para plantear"


def test_a_goal_page_fits(qtbot, session: Session, large_spanish) -> None:  # type: ignore[no-untyped-def]
    screen = shown(qtbot, GoalsScreen(session))
    goal = session.goals.create(Goal(title="Decir que no cuando quiero decir que no, sin pedir perdón"))
    session.goals.add_checkin(CheckIn(goal.id, datetime.now().astimezone() - timedelta(days=3), 1, 6, "mejor"))
    screen.refresh()
    screen.open_goal(goal.id)
    assert clipped(screen) == []
    assert screen.page.achieve_button.text() == "Lograda…"
