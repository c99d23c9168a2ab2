"""The unlocked journal: navigation on the left, search at the top, one screen at a time."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ipt_journal.services.session import Session
from ipt_journal.ui.goals import GoalsScreen
from ipt_journal.ui.journal import JournalScreen
from ipt_journal.ui.next_session import NextSessionScreen
from ipt_journal.ui.search import SearchScreen
from ipt_journal.ui.support import SupportButton, offer_after_trigger
from ipt_journal.ui.today import TodayScreen

NAV = ("Today", "Journal", "Next session", "Goals", "People", "Insights")


def nav_names() -> dict[str, str]:
    """The sections as the member reads them (NAV stays the key the code and the UI walk use)."""
    return {"Today": QCoreApplication.translate("Workspace", "Today"),
            "Journal": QCoreApplication.translate("Workspace", "Journal"),
            "Next session": QCoreApplication.translate("Workspace", "Next session"),
            "Goals": QCoreApplication.translate("Workspace", "Goals"),
            "People": QCoreApplication.translate("Workspace", "People"),
            "Insights": QCoreApplication.translate("Workspace", "Insights")}


class Workspace(QWidget):
    lock_requested = Signal()  # the member pressed the lock button
    schedule_changed = Signal()  # the group's rhythm or a session changed (Next session)

    def __init__(self, session: Session, prefs: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.prefs = prefs
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(self.tr("Search everything you wrote (Ctrl+F)"))
        self.search_field.setAccessibleName(self.tr("Search your journal"))
        self.search_field.setAccessibleDescription(self.tr("Entries, goals, agenda, sessions, people, your support "
                                                           "plan and check-ins; the results show below"))
        self.search_field.setClearButtonEnabled(True)
        for clear in self.search_field.findChildren(QToolButton):  # the field's own clear button
            clear.setAccessibleName(self.tr("Clear the search"))
        self.search_field.textChanged.connect(self._search_changed)
        lock = QPushButton(self.tr("Lock"))
        lock.setToolTip(self.tr("Lock now (Ctrl+L)"))
        lock.setAccessibleName(self.tr("Lock the journal now"))
        lock.clicked.connect(self.lock_requested.emit)
        top = QHBoxLayout()
        top.addWidget(self.search_field, 1)
        self.support_button = SupportButton(session)
        top.addWidget(self.support_button)
        top.addWidget(lock)

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(self.tr("Sections"))
        names = nav_names()
        self.nav.addItems([names[key] for key in NAV])
        self.stack = QStackedWidget()
        self.today = TodayScreen(session)
        self.journal = JournalScreen(session)
        for w in (self.today, self.journal):
            self.stack.addWidget(w)
        # Next session, Goals and Search are built the first time they are needed, so
        # unlocking only pays for what the member sees first.
        self._next_session: NextSessionScreen | None = None
        self._goals: GoalsScreen | None = None
        self._people = None  # PeopleScreen, imported when first opened (cold start pays nothing for it)
        self._search: SearchScreen | None = None
        self._insights = None  # ui.insights.screen.InsightsScreen, built on first use
        self.today.looking_back.open_entry.connect(self._open_entry)
        QShortcut(QKeySequence("Ctrl+Shift+K"), self, activated=self.today.looking_back.check_in)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.today.write_requested.connect(self._write)
        self.today.go_to_next_session.connect(lambda: self.nav.setCurrentRow(2))
        self.today.map_people_requested.connect(lambda: self._in_people("start_mapping"))
        self.today.look_back_requested.connect(lambda: self._in_people("show_compare"))
        self.journal.editor.bring_to_group.connect(self.bring_to_group)
        self.journal.editor.saved.connect(self._entry_saved)
        self.journal.editor.saved.connect(lambda _id: offer_after_trigger(self.journal.editor, session))
        self.journal.editor.loaded.connect(lambda e: self._brought.__setitem__(e.id, e.bring_to_group) if e.id else None)
        self._brought: dict[int, bool] = {}  # the flag as last seen, so only a new tick adds an item

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        box = QVBoxLayout(self)
        # The section list sits against the window's left edge (its panel colour is the margin):
        # it is the left-most list of the window on every screen, for people and for tools alike.
        box.setContentsMargins(0, 8, 8, 8)
        top.setContentsMargins(8, 0, 0, 0)
        box.addLayout(top)
        box.addLayout(body, 1)

        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        # Ctrl+N on Today starts a new entry, as it does in the Journal.
        QShortcut(QKeySequence.StandardKey.New, self.today, activated=lambda: self._write("free", "", 0, ""))
        self._fit_nav()
        self.nav.installEventFilter(self)
        for i in range(len(NAV)):
            QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self, activated=lambda i=i: self.nav.setCurrentRow(i))
        self.nav.setCurrentRow(0)

    @property
    def next_session(self) -> NextSessionScreen:
        if self._next_session is None:
            screen = NextSessionScreen(self.session)
            screen.write_requested.connect(self._write)
            screen.open_entry.connect(self._open_entry)
            screen.schedule_changed.connect(self.today.refresh_group)
            screen.schedule_changed.connect(self.schedule_changed.emit)
            self.stack.addWidget(screen)
            self._next_session = screen
        return self._next_session

    @property
    def goals(self) -> GoalsScreen:
        if self._goals is None:
            screen = GoalsScreen(self.session)
            screen.open_entry.connect(self._open_entry)
            self.stack.addWidget(screen)
            self._goals = screen
        return self._goals

    @property
    def insights(self):  # type: ignore[no-untyped-def]
        if self._insights is None:
            from ipt_journal.ui.insights.screen import InsightsScreen

            screen = InsightsScreen(self.session)
            screen.open_entry.connect(self._open_entry)
            screen.check_in_requested.connect(self.today.looking_back.check_in)
            self.today.looking_back.checked_in.connect(screen.refresh)
            self.stack.addWidget(screen)
            self._insights = screen
        return self._insights

    @property
    def people(self):  # type: ignore[no-untyped-def]  # -> PeopleScreen
        if self._people is None:
            from ipt_journal.ui.people.screen import PeopleScreen

            screen = PeopleScreen(self.session)
            screen.open_entry.connect(self._open_entry)
            screen.open_goal.connect(self._open_goal)
            screen.write_requested.connect(self._write)
            self.stack.addWidget(screen)
            self._people = screen
        return self._people

    @property
    def search(self) -> SearchScreen:
        if self._search is None:
            screen = SearchScreen(self.session)
            screen.open_entry.connect(self._open_from_search)
            screen.open_goal.connect(self._open_goal)
            screen.open_goal_checkin.connect(lambda goal_id, checkin_id: self._open_goal(goal_id, checkin_id))
            screen.open_agenda_item.connect(lambda i: self._open_in_next_session("show_item", i))
            screen.open_session.connect(lambda i: self._open_in_next_session("show_session", i))
            screen.open_record.connect(self._open_record)
            screen.open_day.connect(self.open_insights_day)
            self.stack.addWidget(screen)
            self._search = screen
        return self._search

    def _fit_nav(self) -> None:
        """The section list is as wide as its longest word at the current font (150% text, Spanish)."""
        self.nav.ensurePolished()
        margins = self.nav.contentsMargins()
        wanted = self.nav.sizeHintForColumn(0) + margins.left() + margins.right() + 2 * self.nav.frameWidth() + 16
        self.nav.setFixedWidth(wanted)  # as wide as its words, no wider: the screens keep the room

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        # A new font or style sheet reaches the list after this filter: measure once it has settled.
        if watched is self.nav and event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange,
                                                    QEvent.Type.LanguageChange):
            QTimer.singleShot(0, self.nav, self._fit_nav)  # dropped if the list is gone by then
        return super().eventFilter(watched, event)

    def _in_people(self, step: str) -> None:
        self.nav.setCurrentRow(self._row("People"))
        getattr(self.people, step)()

    def _row(self, key: str) -> int:
        return NAV.index(key)

    def _open_in_next_session(self, method: str, record_id: int) -> None:
        """An agenda item or a session from search, at its place when the Next session screen can show it."""
        self.nav.setCurrentRow(self._row("Next session"))
        show = getattr(self.next_session, method, None)
        if callable(show):
            show(record_id)

    def _open_record(self, kind: str, record_id: int) -> None:
        if kind == "person":
            self.nav.setCurrentRow(self._row("People"))
            self.people.open_person(record_id)
        elif kind == "plan":
            from ipt_journal.ui.support.page import open_support

            open_support(self, self.session)

    def open_insights_day(self, day: date) -> None:
        self.nav.setCurrentRow(self._row("Insights"))
        self.insights.show_day(day)

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def _search_changed(self, text: str) -> None:
        if text.strip():
            self.stack.setCurrentWidget(self.search)
            self.nav.clearSelection()
            self.search.set_query(text)
        else:
            if self._search is not None:
                self._search.clear()
            self.nav.setCurrentRow(max(self.nav.currentRow(), 0))
            self._nav_changed(self.nav.currentRow())

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        # Only the chosen screen is touched: the others stay unbuilt until they are wanted.
        widget: QWidget
        if row == 0:
            widget = self.today
            self.today.refresh()
        elif row == 1:
            widget = self.journal
        elif row == 2:
            widget = self.next_session
            self.next_session.refresh(choose_tab=True)
        elif NAV[row] == "Insights":
            built = self._insights is not None
            widget = self.insights
            if built:  # a new screen has just read everything
                widget.refresh()
        elif NAV[row] == "People":
            widget = self.people
            self.people.refresh()
        else:
            widget = self.goals
            self.goals.refresh()
        self.stack.setCurrentWidget(widget)

    def _write(self, kind: str, prompt_id: str, suggestion: int, prompt_text: str) -> None:
        self.nav.setCurrentRow(1)
        self.journal.start_entry(kind, prompt_id=prompt_id or None, suggestion=suggestion or None,
                                 prompt_text=prompt_text)

    def _open_from_search(self, entry_id: int) -> None:
        self.nav.setCurrentRow(1)
        self.journal.open_entry(entry_id)

    def _open_entry(self, entry_id: int) -> None:
        self.nav.setCurrentRow(1)
        self.journal.open_entry(entry_id)

    def _open_goal(self, goal_id: int, checkin_id: int | None = None) -> None:
        self.nav.setCurrentRow(self._row("Goals"))
        self.goals.open_goal(goal_id, checkin_id=checkin_id)

    def bring_to_group(self, text: str, entry_id: int) -> None:
        """Selected text (or a whole entry) goes on the list for next session, linked to its entry."""
        from ipt_journal.domain.agenda import AgendaItem, title_from_selection

        entry = self.journal.editor.entry
        suggestion = entry.suggestion if entry is not None else None
        self.next_session.add_item(AgendaItem(title_from_selection(text), entry_id=entry_id or None,
                                              suggestion=suggestion))
        self.journal.editor.show_status(self.tr("Added to your list for next session"))

    def _entry_saved(self, entry_id: int) -> None:
        """Ticking "Bring this to group" puts the entry on the list once; removing it there is respected."""
        entry = self.journal.editor.entry
        assert self.session.agenda is not None
        was = self._brought.get(entry_id)
        self._brought[entry_id] = bool(entry and entry.bring_to_group)
        if entry is None or not entry.bring_to_group or was:
            return
        if not self.session.agenda.for_entry(entry_id):
            self.bring_to_group(entry.first_line() or self.tr("An entry I want to bring to group"), entry_id)

    def save_pending(self) -> None:
        """Save every screen's pending text; one failing does not stop the others (the first error is raised)."""
        steps = [self.journal.save_pending]
        if self._next_session is not None:
            steps += [self._next_session.save_current, self._next_session.save_debrief_draft]
        if self._goals is not None:
            steps.append(self._goals.save_pending)
        if self._people is not None:
            steps.append(self._people.save_pending)
        first: Exception | None = None
        for step in steps:
            try:
                step()
            except Exception as exc:  # noqa: BLE001 - re-raised below, after the others had their turn
                first = first or exc
        if first is not None:
            raise first
