"""The Next session screen: the status line and the three tabs, put together from their parts."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QTabWidget, QVBoxLayout, QWidget

from ipt_journal.domain import schedule as sched
from ipt_journal.domain.agenda import AgendaItem
from ipt_journal.services.group import Group
from ipt_journal.services.session import Session
from ipt_journal.ui.flow import flow_of
from ipt_journal.ui.next_session.agenda import AgendaPart
from ipt_journal.ui.next_session.common import Clock, ItemIdRole, _now
from ipt_journal.ui.next_session.debrief import DebriefPart
from ipt_journal.ui.next_session.history import HistoryPart
from ipt_journal.ui.next_session.item_editor import ItemEditorPart
from ipt_journal.ui.next_session.review import ReviewPart
from ipt_journal.ui.next_session.sessions import SessionsPart
from ipt_journal.ui.next_session.words import status_line
from ipt_journal.ui.widgets import button, label, save_timer
from ipt_journal.vault.errors import NotFound


class NextSessionScreen(AgendaPart, ItemEditorPart, ReviewPart, DebriefPart, HistoryPart, SessionsPart, QWidget):
    """What to raise, the review before group, the debrief after, and the past; each part is a mixin."""

    write_requested = Signal(str, str, int, str)  # kind, prompt id, suggestion, prompt text (as Today)
    open_entry = Signal(int)  # entry id linked to an agenda item
    schedule_changed = Signal()  # the group's rhythm or a session changed

    def __init__(self, session: Session, parent: QWidget | None = None, *, clock: Clock = _now,
                 tz: tzinfo | None = None) -> None:
        super().__init__(parent)
        assert session.agenda is not None and session.sessions is not None
        self.session = session
        self.agenda = session.agenda
        self.group = Group(session, tz=tz)
        self.clock = clock
        self.current: AgendaItem | None = None
        self._loading = False
        self._save_timer = save_timer(self, 600, self.save_current)

        self.status = label("", "subtitle")
        self.status.setAccessibleDescription(self.tr("When the next group meets"))
        self.mode_hint = label("", "hint")
        schedule_button = button(self.tr("Group schedule…"), self.edit_schedule)
        sessions_button = QPushButton(self.tr("Sessions…"))
        sessions_button.setToolTip(self.tr("Add an extra session, move or cancel one"))
        sessions_button.clicked.connect(self.edit_sessions)
        leaving = button(self.tr("Thinking about leaving…"), self.thinking_of_leaving)
        top = flow_of(schedule_button, sessions_button, leaving)  # wraps at large text instead of cutting

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_agenda(), self.tr("To raise"))
        self.tabs.addTab(self._build_debrief(), self.tr("After the session"))
        self.tabs.addTab(self._build_history(), self.tr("Past sessions"))
        self.tabs.currentChanged.connect(self._tab_changed)

        box = QVBoxLayout(self)
        box.setContentsMargins(24, 16, 24, 16)
        box.setSpacing(8)
        box.addWidget(label(self.tr("Next session"), "title"))
        box.addWidget(self.status)
        box.addWidget(self.mode_hint)
        box.addWidget(top)
        box.addWidget(self.tabs, 1)
        self.refresh(choose_tab=True)

    # -- refreshing -------------------------------------------------------------------

    def refresh(self, *, choose_tab: bool = False) -> None:
        self.save_debrief_draft()
        self.group.forget()  # sessions may have been edited since: read them once, then reuse
        now = self.clock()
        self.status.setText(status_line(self.group, now))
        nxt, last = self.group.next(now), self.group.last(now)
        self.review_mode = sched.is_review_time(nxt, now)
        self.debrief_mode = sched.debrief_due(last, now)
        if self.review_mode:
            self.mode_hint.setText(self.tr(
                "Group is close. Read your list once more, choose one to three things that matter most, "
                "and notice how you feel about raising them."))
        elif self.debrief_mode:
            self.mode_hint.setText(self.tr(
                "Your last session has not been looked back on yet. Take a moment when you can."))
        else:
            self.mode_hint.setText("")
        self.mode_hint.setVisible(bool(self.mode_hint.text()))  # an empty line would take room from the tabs
        self.f_chosen.setVisible(self.review_mode)
        self.f_feeling.setVisible(self.review_mode)
        self.print_button.setVisible(self.review_mode)
        self._fill_items()
        self._fill_sessions(prefer=last.id if self.debrief_mode and last is not None else None)
        if self.debrief_session.currentData() != self._debrief_sid and self._debrief_sid is not None:
            self._fill_debrief()  # the rows must always belong to the session shown above them
        self._fill_history()
        if choose_tab:
            self.tabs.setCurrentIndex(1 if self.debrief_mode and not self.review_mode else 0)

    # -- opening at the right place (search) -------------------------------------------------

    def show_item(self, item_id: int) -> bool:
        """Select an agenda item: on the To raise tab while open, else the past session it was last raised in."""
        try:
            item = self.agenda.get(int(item_id))
        except NotFound:
            return False
        if item.status == "open":
            self.tabs.setCurrentIndex(0)
            self._fill_items(select_id=item.id)
            return self.current is not None and self.current.id == item.id
        sessions = [o.session_id for o in self.agenda.outcomes(int(item_id)) if o.session_id]
        return self.show_session(int(sessions[-1])) if sessions else False

    def show_session(self, session_id: int) -> bool:
        """Open a past session's debrief on the Past sessions tab."""
        self.tabs.setCurrentIndex(2)
        if self.history_search.text():
            self.history_search.clear()  # a filter could hide the session asked for
        for row in range(self.history.count()):
            if self.history.item(row).data(ItemIdRole) == session_id:
                self.history.setCurrentRow(row)
                return True
        return False

    def _tab_changed(self, index: int) -> None:
        self.save_current()
        self.save_debrief_draft()
        if index == 1:
            self._fill_debrief()
