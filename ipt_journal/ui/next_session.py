"""Next session: the list of what to raise, the review before group, the debrief after, and the past."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ipt_journal.domain import schedule as sched
from ipt_journal.domain.agenda import LEAVING_TEXT, MAX_CHOSEN, OUTCOME_WORDS, AgendaItem, Outcome, gentle_mirror
from ipt_journal.domain.schedule import SessionSlot
from ipt_journal.services.group import Group
from ipt_journal.services.session import Session
from ipt_journal.ui import dialogs
from ipt_journal.ui.group_setup import GroupScheduleForm
from ipt_journal.ui.widgets import label

Clock = Callable[[], datetime]
ItemIdRole = Qt.ItemDataRole.UserRole + 1
SUGGESTION_HINTS = (10, 6, 7)  # concerns about the group, what I avoid, feedback: the usual ones


def _now() -> datetime:
    return datetime.now().astimezone()


class AgendaList(QListWidget):
    order_changed = Signal(int, int)  # item id, new row after a drag or Alt+Up/Down

    def __init__(self) -> None:
        super().__init__()
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.setAccessibleName("What you want to raise, in order; Alt+Up and Alt+Down move an item")
        self.model().rowsMoved.connect(self._moved)

    def _moved(self, _parent, start: int, _end: int, _dest, row: int) -> None:  # type: ignore[no-untyped-def]
        new_row = row if row < start else row - 1
        item = self.item(new_row)
        if item is not None:
            self.order_changed.emit(int(item.data(ItemIdRole)), new_row)

    def move_current(self, step: int) -> None:
        row = self.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.count():
            return
        item = self.takeItem(row)
        self.insertItem(target, item)
        self.setCurrentRow(target)
        self.order_changed.emit(int(item.data(ItemIdRole)), target)


class NextSessionScreen(QWidget):
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
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(600)
        self._save_timer.timeout.connect(self.save_current)

        self.status = label("", "subtitle")
        self.status.setAccessibleName("When the next group meets")
        self.mode_hint = label("", "hint")
        schedule_button = QPushButton("Group schedule…")
        schedule_button.clicked.connect(self.edit_schedule)
        sessions_button = QPushButton("Sessions…")
        sessions_button.setToolTip("Add an extra session, move or cancel one")
        sessions_button.clicked.connect(self.edit_sessions)
        leaving = QPushButton("Thinking about leaving…")
        leaving.clicked.connect(self.thinking_of_leaving)
        top = QHBoxLayout()
        top.addWidget(schedule_button)
        top.addWidget(sessions_button)
        top.addStretch(1)
        top.addWidget(leaving)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_agenda(), "To raise")
        self.tabs.addTab(self._build_debrief(), "After the session")
        self.tabs.addTab(self._build_history(), "Past sessions")
        self.tabs.currentChanged.connect(self._tab_changed)

        box = QVBoxLayout(self)
        box.setContentsMargins(24, 16, 24, 16)
        box.setSpacing(8)
        box.addWidget(label("Next session", "title"))
        box.addWidget(self.status)
        box.addWidget(self.mode_hint)
        box.addLayout(top)
        box.addWidget(self.tabs, 1)
        self.refresh(choose_tab=True)

    # -- building ---------------------------------------------------------------

    def _build_agenda(self) -> QWidget:
        self.new_item = QLineEdit()
        self.new_item.setPlaceholderText("Something you want to bring up next time…")
        self.new_item.setAccessibleName("New item to raise")
        self.new_item.returnPressed.connect(self.add_from_field)
        add = QPushButton("Add")
        add.clicked.connect(self.add_from_field)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_item, 1)
        add_row.addWidget(add)
        self.items = AgendaList()
        self.items.currentItemChanged.connect(self._select)
        self.items.order_changed.connect(self._reorder)
        QShortcut(QKeySequence("Alt+Up"), self.items, activated=lambda: self.items.move_current(-1))
        QShortcut(QKeySequence("Alt+Down"), self.items, activated=lambda: self.items.move_current(1))
        self.empty = label(
            "Nothing on your list yet. Add something here, or tick \u201cBring this to group\u201d on any entry.", "hint"
        )
        left = QWidget()
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        lbox.addLayout(add_row)
        lbox.addWidget(self.items, 1)
        lbox.addWidget(self.empty)

        self.f_text = QLineEdit()
        self.f_text.setAccessibleName("What I want to say")
        self.f_why = QPlainTextEdit()
        self.f_why.setAccessibleName("Why it matters to me")
        self.f_why.setMaximumHeight(80)
        self.f_why.setTabChangesFocus(True)
        self.f_suggestion = QComboBox()
        self.f_suggestion.setAccessibleName("Which suggestion it relates to")
        self.f_suggestion.addItem("", None)
        for group in self.session.library.suggestions:
            self.f_suggestion.addItem(f"{group.number}. {group.title}", group.number)
        self.f_draft = QPlainTextEdit()
        self.f_draft.setAccessibleName("How I might say it")
        self.f_draft.setPlaceholderText("Try it as a sentence about you: \u201cI noticed\u2026\u201d, \u201cI felt\u2026\u201d")
        self.f_draft.setMaximumHeight(90)
        self.f_draft.setTabChangesFocus(True)
        coach = QPushButton("Check my wording")
        coach.clicked.connect(self.run_coach)
        self.coach_hint = label("", "hint")
        self.f_chosen = QCheckBox("One of the things that matter most this time")
        self.f_feeling = QLineEdit()
        self.f_feeling.setAccessibleName("How I feel about raising it")
        self.f_feeling.setPlaceholderText("How you feel about raising it")
        self.mirror = label("", "hint")
        self.mirror_write = QPushButton("Write about what makes it hard")
        self.mirror_write.clicked.connect(self._write_about_waiting)
        self.f_goal = QComboBox()
        self.f_goal.setAccessibleName("The goal it serves")
        self.f_goal.activated.connect(self._goal_chosen)
        self.open_source = QPushButton("Open the entry it came from")
        self.open_source.clicked.connect(self._open_source)
        delete = QPushButton("Remove from the list")
        delete.clicked.connect(self.delete_current)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow("What I want to say", self.f_text)
        form.addRow("Why it matters to me", self.f_why)
        form.addRow("It relates to", self.f_suggestion)
        form.addRow("The goal it serves", self.f_goal)
        form.addRow("How I might say it", self.f_draft)
        form.addRow(coach)
        form.addRow(self.coach_hint)
        form.addRow(self.f_chosen)
        form.addRow(self.f_feeling)
        self.detail = QWidget()
        dbox = QVBoxLayout(self.detail)
        dbox.setContentsMargins(8, 0, 0, 0)
        dbox.addWidget(self.mirror)
        dbox.addWidget(self.mirror_write, 0, Qt.AlignmentFlag.AlignLeft)
        dbox.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.open_source)
        row.addStretch(1)
        row.addWidget(delete)
        dbox.addLayout(row)
        dbox.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.detail)
        for w in (self.f_text, self.f_feeling):
            w.textChanged.connect(self._edited)
        for w in (self.f_why, self.f_draft):
            w.textChanged.connect(self._edited)
        self.f_suggestion.currentIndexChanged.connect(self._edited)
        self.f_chosen.toggled.connect(self._chosen_toggled)

        self.print_button = QPushButton("Save the review as PDF…")
        self.print_button.clicked.connect(self.save_review_pdf)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        page = QWidget()
        pbox = QVBoxLayout(page)
        pbox.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.print_button)
        pbox.addLayout(bottom)
        return page

    def _build_debrief(self) -> QWidget:
        self.debrief_session = QComboBox()
        self.debrief_session.setAccessibleName("Which session")
        self.debrief_session.currentIndexChanged.connect(self._debrief_session_changed)
        self._debrief_sid: int | None = None  # the session the debrief fields below belong to
        self.attended = QCheckBox("I was there")
        self.debrief_items = QWidget()
        self.debrief_layout = QVBoxLayout(self.debrief_items)
        self.debrief_layout.setContentsMargins(0, 0, 0, 0)
        self.noticed = QPlainTextEdit()
        self.noticed.setAccessibleName("What I noticed in myself during group")
        self.noticed.setPlaceholderText("What you noticed in yourself during group, moment to moment")
        self.noticed.setMaximumHeight(100)
        save = QPushButton("Save the debrief")
        save.setObjectName("primary")
        save.clicked.connect(self.save_debrief)
        self.debrief_saved = label("", "hint")
        prompts = QHBoxLayout()
        prompts.addWidget(label("Then, if you like:", "hint"))
        for kind, text in (("moment", "Something I noticed"), ("avoided", "Something I held back"),
                           ("nonverbal", "Without words")):
            b = QPushButton(text)
            b.clicked.connect(lambda _=False, k=kind: self.write_requested.emit(k, "", 0, ""))
            prompts.addWidget(b)
        prompts.addStretch(1)
        inner = QWidget()
        box = QVBoxLayout(inner)
        head = QHBoxLayout()
        head.addWidget(self.debrief_session, 1)
        head.addWidget(self.attended)
        box.addLayout(head)
        box.addWidget(label("For each thing you meant to raise: how did it go?", "hint"))
        box.addWidget(self.debrief_items)
        box.addWidget(self.noticed)
        row = QHBoxLayout()
        row.addWidget(save)
        row.addWidget(self.debrief_saved, 1)
        box.addLayout(row)
        box.addLayout(prompts)
        box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        self._debrief_rows: list[tuple[AgendaItem, QButtonGroup, QLineEdit, QLineEdit, QLineEdit]] = []
        return scroll

    def _build_history(self) -> QWidget:
        self.history_search = QLineEdit()
        self.history_search.setPlaceholderText("Search what you raised and how it went")
        self.history_search.setAccessibleName("Search past sessions")
        self.history_search.setClearButtonEnabled(True)
        self.history_search.textChanged.connect(self._fill_history)
        self.history = QListWidget()
        self.history.setAccessibleName("Past sessions")
        self.history.currentItemChanged.connect(self._show_history_item)
        self.history_detail = QTextBrowser()
        self.history_detail.setAccessibleName("What happened in that session")
        splitter = QSplitter()
        splitter.addWidget(self.history)
        splitter.addWidget(self.history_detail)
        splitter.setChildrenCollapsible(False)
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(self.history_search)
        box.addWidget(splitter, 1)
        return page

    # -- refreshing -------------------------------------------------------------------

    def refresh(self, *, choose_tab: bool = False) -> None:
        self.save_debrief_draft()
        self.group.forget()  # sessions may have been edited since: read them once, then reuse
        now = self.clock()
        self.status.setText(self.group.status_line(now))
        nxt, last = self.group.next(now), self.group.last(now)
        self.review_mode = sched.is_review_time(nxt, now)
        self.debrief_mode = sched.debrief_due(last, now)
        if self.review_mode:
            self.mode_hint.setText(
                "Group is close. Read your list once more, choose one to three things that matter most, "
                "and notice how you feel about raising them."
            )
        elif self.debrief_mode:
            self.mode_hint.setText("Your last session has not been looked back on yet. Take a moment when you can.")
        else:
            self.mode_hint.setText("")
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

    def _tab_changed(self, index: int) -> None:
        self.save_current()
        self.save_debrief_draft()
        if index == 1:
            self._fill_debrief()

    def _fill_items(self, select_id: int | None = None) -> None:
        select_id = select_id if select_id is not None else (self.current.id if self.current else None)
        self.items.blockSignals(True)
        self.items.clear()
        for item in self.agenda.open_items():
            marks = (" \u2605" if item.chosen else "") + (f"   (waited {item.carried}\u00d7)" if item.carried else "")
            row = QListWidgetItem(item.text + marks)
            row.setData(ItemIdRole, item.id)
            self.items.addItem(row)
        self.items.blockSignals(False)
        self.empty.setVisible(self.items.count() == 0)
        target = next((i for i in range(self.items.count()) if self.items.item(i).data(ItemIdRole) == select_id), 0)
        if self.items.count():
            self.items.setCurrentRow(target)
            self._select(self.items.currentItem(), None)
        else:
            self._show_item(None)

    # -- agenda ---------------------------------------------------------------------

    def add_item(self, item: AgendaItem) -> AgendaItem:
        self.save_current()
        added = self.agenda.add(item)
        self._fill_items(select_id=added.id)
        return added

    def add_from_field(self) -> None:
        text = self.new_item.text().strip()
        if text:
            self.add_item(AgendaItem(text[:500]))
            self.new_item.clear()
            self.f_why.setFocus()

    def _select(self, current: QListWidgetItem | None, _previous) -> None:  # type: ignore[no-untyped-def]
        self.save_current()
        item = self.agenda.get(int(current.data(ItemIdRole))) if current is not None else None
        self._show_item(item)

    def _show_item(self, item: AgendaItem | None) -> None:
        self._loading = True
        self.current = item
        self.detail.setEnabled(item is not None)
        self.detail.setVisible(item is not None)
        self.print_button.setEnabled(item is not None)
        self.f_text.setText(item.text if item else "")
        self.f_why.setPlainText(item.why if item else "")
        self.f_draft.setPlainText(item.draft if item else "")
        self.f_suggestion.setCurrentIndex(max(self.f_suggestion.findData(item.suggestion), 0) if item else 0)
        self.f_chosen.setChecked(bool(item and item.chosen))
        self.f_feeling.setText(item.feeling_note if item else "")
        self.mirror.setText(gentle_mirror(item) or "" if item else "")
        self.mirror.setVisible(bool(self.mirror.text()))
        self.mirror_write.setVisible(bool(self.mirror.text()))
        self._fill_goals(item)
        self.open_source.setVisible(bool(item and item.entry_id))
        self.coach_hint.setText("")
        self._loading = False

    def _fill_goals(self, item: AgendaItem | None) -> None:
        goals = self.session.goals
        self.f_goal.clear()
        self.f_goal.addItem("None", None)
        if goals is None or item is None:
            return
        linked = goals.goals_for_agenda_item(int(item.id))  # type: ignore[arg-type]
        linked_ids = {g.id for g in linked}
        for goal in goals.list():
            if goal.status in ("active", "paused") or goal.id in linked_ids:  # a closed goal shows if linked
                self.f_goal.addItem(goal.title, goal.id)
        if linked:
            self.f_goal.setCurrentIndex(max(self.f_goal.findData(linked[0].id), 0))

    def _goal_chosen(self, index: int) -> None:
        goals = self.session.goals
        if goals is None or self.current is None:
            return
        item_id = int(self.current.id)  # type: ignore[arg-type]
        for goal in goals.goals_for_agenda_item(item_id):
            goals.unlink_agenda_item(int(goal.id), item_id)  # type: ignore[arg-type]
        goal_id = self.f_goal.itemData(index)
        if goal_id is not None:
            goals.link_agenda_item(int(goal_id), item_id)

    def _write_about_waiting(self) -> None:
        if self.current is not None:
            self.write_requested.emit("avoided", "", 6, f"{self.mirror.text()} ({self.current.text})")

    def _edited(self, *args: object) -> None:
        if not self._loading and self.current is not None:
            self._save_timer.start()

    def _chosen_toggled(self, on: bool) -> None:
        if self._loading or self.current is None:
            return
        chosen = [i for i in self.agenda.open_items() if i.chosen and i.id != self.current.id]
        if on and len(chosen) >= MAX_CHOSEN:
            self._loading = True
            self.f_chosen.setChecked(False)
            self._loading = False
            self.coach_hint.setText("You have chosen three already. Fewer is often easier to carry into the room.")
            return
        self.save_current(force=True)
        self._fill_items()

    def save_current(self, force: bool = False) -> None:
        was_pending = self._save_timer.isActive()
        self._save_timer.stop()
        if self.current is None or (not was_pending and not force):
            return
        text = self.f_text.text().strip() or self.current.text
        updated = replace(
            self.current, text=text[:500], why=self.f_why.toPlainText(), draft=self.f_draft.toPlainText(),
            suggestion=self.f_suggestion.currentData(), chosen=self.f_chosen.isChecked(),
            feeling_note=self.f_feeling.text(),
        )
        self.current = self.agenda.update(updated)
        row = self.items.currentItem()
        if row is not None and int(row.data(ItemIdRole)) == self.current.id:
            marks = (" \u2605" if self.current.chosen else "") + (
                f"   (waited {self.current.carried}\u00d7)" if self.current.carried else "")
            row.setText(self.current.text + marks)

    def _reorder(self, item_id: int, row: int) -> None:
        self.agenda.move(item_id, row)

    def delete_current(self) -> None:
        if self.current is None:
            return
        if dialogs.confirm(self, "Remove from the list", "Remove this from your list? Its history goes with it.",
                           yes="Remove"):
            self._save_timer.stop()
            self.agenda.delete(int(self.current.id))  # type: ignore[arg-type]
            self.current = None
            self._fill_items()

    def _open_source(self) -> None:
        if self.current is not None and self.current.entry_id:
            self.open_entry.emit(self.current.entry_id)

    def run_coach(self) -> None:
        from ipt_journal.domain.statements import nothing_spotted, review

        # with no draft yet, the item's own words are what would be said
        hints = review(self.f_draft.toPlainText().strip() or self.f_text.text())
        if not hints:
            self.coach_hint.setText(nothing_spotted())
            return
        first = hints[0]
        if first.rewrite:
            self.coach_hint.setText(f"{first.reason} You could say: \u201c{first.rewrite}\u201d")
        else:
            self.coach_hint.setText(first.reason)

    # -- review page ------------------------------------------------------------------

    def review_html(self) -> str:
        now = self.clock()
        items = self.agenda.open_items()
        chosen = [i for i in items if i.chosen] or items
        parts = [f"<h1>Before group</h1><p>{html.escape(self.group.status_line(now))}</p>"]
        for item in chosen:
            parts.append(f"<h3>{html.escape(item.text)}</h3>")
            if item.why:
                parts.append(f"<p><i>Why it matters:</i> {html.escape(item.why)}</p>")
            if item.draft:
                parts.append(f"<p><i>How I might say it:</i> {html.escape(item.draft)}</p>")
            if item.feeling_note:
                parts.append(f"<p><i>How I feel about raising it:</i> {html.escape(item.feeling_note)}</p>")
        return "".join(parts)

    def save_review_pdf(self) -> None:
        self.save_current()
        if not dialogs.confirm(
            self, "Save as PDF",
            "The PDF will not be encrypted: anyone who opens the file can read it. Print it and delete it, or keep "
            "it somewhere private.", yes="Save PDF",
        ):
            return
        path = dialogs.ask_save_path(self, "Save the review", "before-group.pdf", "PDF (*.pdf)")
        if path:
            write_pdf(path, self.review_html())

    # -- debrief ----------------------------------------------------------------------

    def _fill_sessions(self, prefer: int | None = None) -> None:
        now = self.clock()
        past = [s for s in self.group.slots(now) if s.starts_at <= now and not s.cancelled]
        current = prefer if prefer is not None else self.debrief_session.currentData()
        self.debrief_session.blockSignals(True)
        self.debrief_session.clear()
        for slot in reversed(past[-12:]):
            self.debrief_session.addItem(self._slot_name(slot), slot.id)
        idx = self.debrief_session.findData(current)
        self.debrief_session.setCurrentIndex(max(idx, 0))
        self.debrief_session.blockSignals(False)

    @staticmethod
    def _slot_name(slot: SessionSlot) -> str:
        n = f"Session {slot.number}, " if slot.number else ""
        done = " (looked back on)" if slot.debriefed else ""
        return f"{n}{slot.starts_at.strftime('%a %d %b %Y, %H:%M')}{done}"

    def _debrief_session_changed(self) -> None:
        self.save_debrief_draft()
        self._fill_debrief()

    def _debrief_state(self) -> dict[str, object]:
        items: dict[str, dict[str, str | None]] = {}
        for item, group, happened, felt, feedback in self._debrief_rows:
            checked = group.checkedButton()
            outcome = str(checked.property("outcome")) if checked is not None else None
            if outcome or happened.text() or felt.text() or feedback.text():
                items[str(item.id)] = {"outcome": outcome, "what_happened": happened.text(), "felt": felt.text(),
                                       "feedback": feedback.text()}
        return {"noticed": self.noticed.toPlainText(), "items": items}

    def save_debrief_draft(self) -> None:
        """On lock, quit, and switching away: nothing typed in the debrief is lost."""
        if self._debrief_sid is None or self.session.sessions is None:
            return
        state = self._debrief_state()
        if not state["noticed"] and not state["items"]:
            return
        saved = self.session.sessions.debrief(self._debrief_sid)
        if saved.get("noticed") == state["noticed"] and saved.get("items") == state["items"]:
            return
        self.session.sessions.save_debrief_draft(self._debrief_sid, {**saved, **state})

    def _fill_debrief(self) -> None:
        while self.debrief_layout.count():
            w = self.debrief_layout.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self._debrief_rows = []
        session_id = self.debrief_session.currentData()
        self._debrief_sid = session_id
        has_session = session_id is not None
        self.attended.setEnabled(has_session)
        self.noticed.setEnabled(has_session)
        self.debrief_saved.setText("" if has_session else "Debriefs appear here once a session has happened.")
        if not has_session:
            return
        slot = self.session.sessions.get(session_id)  # type: ignore[union-attr]
        self.attended.setChecked(slot.attended is not False)
        stored = self.session.sessions.debrief(session_id)  # type: ignore[union-attr]
        self.noticed.setPlainText(str(stored.get("noticed", "")))
        drafts = stored.get("items") if isinstance(stored.get("items"), dict) else {}
        for item in self.agenda.open_items():
            box = QGroupBox()
            box.setAccessibleName(f"How it went: {item.text}")
            group = QButtonGroup(box)
            radios = QHBoxLayout()
            for key in ("raised", "carried", "dropped"):
                radio = QRadioButton(OUTCOME_WORDS[key])
                radio.setProperty("outcome", key)
                group.addButton(radio)
                radios.addWidget(radio)
            radios.addStretch(1)
            happened, felt, feedback = QLineEdit(), QLineEdit(), QLineEdit()
            happened.setPlaceholderText("What happened")
            felt.setPlaceholderText("What I felt")
            feedback.setPlaceholderText("Feedback I got")
            for w, name in ((happened, "What happened"), (felt, "What I felt"), (feedback, "Feedback I got")):
                w.setAccessibleName(name)
            form = QVBoxLayout(box)
            title = label(item.text, "subtitle")
            form.addWidget(title)
            form.addLayout(radios)
            form.addWidget(happened)
            form.addWidget(felt)
            form.addWidget(feedback)
            draft = drafts.get(str(item.id)) if isinstance(drafts.get(str(item.id)), dict) else None  # type: ignore[union-attr]
            if draft:
                happened.setText(str(draft.get("what_happened") or ""))
                felt.setText(str(draft.get("felt") or ""))
                feedback.setText(str(draft.get("feedback") or ""))
                for radio in group.buttons():
                    radio.setChecked(radio.property("outcome") == draft.get("outcome"))
            self.debrief_layout.addWidget(box)
            self._debrief_rows.append((item, group, happened, felt, feedback))
        if not self._debrief_rows:
            self.debrief_layout.addWidget(label("There was nothing on your list for this session.", "hint"))

    def debrief_row(self, item_id: int):  # type: ignore[no-untyped-def]
        return next(r for r in self._debrief_rows if r[0].id == item_id)

    def save_debrief(self) -> None:
        session_id = self._debrief_sid  # the session the rows on screen belong to
        if session_id is None:
            return
        undecided = [item.text for item, group, happened, felt, feedback in self._debrief_rows
                     if group.checkedButton() is None and (happened.text() or felt.text() or feedback.text())]
        if undecided:
            self.debrief_saved.setText(
                f"Choose how it went for \u201c{undecided[0]}\u201d first. What you wrote is kept meanwhile."
            )
            self.save_debrief_draft()
            return
        now = self.clock()
        assert self.session.sessions is not None
        self.session.sessions.set_attended(session_id, self.attended.isChecked())
        for item, group, happened, felt, feedback in self._debrief_rows:
            checked = group.checkedButton()
            if checked is None:
                continue
            self.agenda.record_outcome(Outcome(
                int(item.id), str(checked.property("outcome")), now, session_id,  # type: ignore[arg-type]
                happened.text(), felt.text(), feedback.text(),
            ))
        self.session.sessions.save_debrief(session_id, {"noticed": self.noticed.toPlainText()}, now=now)
        self._debrief_sid = None  # recorded: nothing left to keep as a draft
        self.refresh()
        self._fill_debrief()
        self.debrief_saved.setText("Saved. Anything not raised stays on your list for next time.")
        self.schedule_changed.emit()

    # -- history ----------------------------------------------------------------------

    def _fill_history(self) -> None:
        now = self.clock()
        query = self.history_search.text().strip()
        matching: set[int] | None = None
        if query:
            ids = {i.id for i in self.agenda.search(query)}
            matching = {o.session_id for i in ids for o in self.agenda.outcomes(int(i)) if o.session_id}  # type: ignore[arg-type]
        self.history.clear()
        for slot in reversed([s for s in self.group.slots(now) if s.starts_at <= now]):
            if matching is not None and slot.id not in matching:
                continue
            results = self.agenda.for_session(int(slot.id))  # type: ignore[arg-type]
            raised = sum(1 for _, o in results if o.outcome == "raised")
            state = "cancelled" if slot.cancelled else ("missed" if slot.attended is False else f"{raised} raised")
            row = QListWidgetItem(f"{self._slot_name(slot)} \u00b7 {state}")
            row.setData(ItemIdRole, slot.id)
            self.history.addItem(row)
        if query and self.history.count() == 0:
            self.history_detail.setPlainText("Nothing in past sessions matches that.")

    def _show_history_item(self, current: QListWidgetItem | None, _prev) -> None:  # type: ignore[no-untyped-def]
        if current is None:
            self.history_detail.clear()
            return
        session_id = int(current.data(ItemIdRole))
        parts = []
        for item, outcome in self.agenda.for_session(session_id):
            parts.append(f"<h3>{html.escape(item.text)}</h3><p><b>{OUTCOME_WORDS[outcome.outcome]}</b></p>")
            for title, value in (("What happened", outcome.what_happened), ("What I felt", outcome.felt),
                                 ("Feedback", outcome.feedback)):
                if value:
                    parts.append(f"<p><i>{title}:</i> {html.escape(value)}</p>")
        noticed = self.session.sessions.debrief(session_id).get("noticed")  # type: ignore[union-attr]
        if noticed:
            parts.append(f"<h3>What I noticed</h3><p>{html.escape(noticed)}</p>")
        self.history_detail.setHtml("".join(parts) or "<p>Nothing was recorded for this session.</p>")

    # -- schedule and leaving ------------------------------------------------------------

    def edit_schedule(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle("Your group's schedule")
        form = GroupScheduleForm(self.group.schedule())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        box = QVBoxLayout(dialog)
        box.addWidget(label("The schedule stays inside your encrypted journal.", "hint"))
        box.addWidget(form)
        box.addWidget(buttons)
        if dialog.exec():
            self.apply_schedule(form.schedule())

    def apply_schedule(self, schedule: sched.GroupSchedule | None) -> None:
        self.group.set_schedule(schedule, self.clock())
        self.refresh()
        self.schedule_changed.emit()

    def edit_sessions(self) -> None:
        SessionsDialog(self, self.clock()).exec()
        self.refresh()
        self.schedule_changed.emit()

    def thinking_of_leaving(self) -> None:
        add = ask_leaving(self)
        if add and not any(i.text == LEAVING_TEXT for i in self.agenda.open_items()):
            self.add_item(AgendaItem(LEAVING_TEXT, why="", suggestion=10))
            self.tabs.setCurrentIndex(0)


LEAVING_EXPLANATION = (
    "Wanting to leave is something many members feel at some point, and it is yours to decide. "
    "Telling the group a session or two before you go gives everyone, you included, a chance to talk about it "
    "and to say goodbye properly. Endings we get to talk through tend to sit easier than sudden ones, and the "
    "conversation itself often brings up something useful."
)


def ask_leaving(parent: QWidget | None) -> bool:
    """Explain gently; returns True if the member wants the item on their list."""
    dialog = QDialog(parent)
    dialog.setWindowTitle("Thinking about leaving")
    check = QCheckBox(f"Add \u201c{LEAVING_TEXT}\u201d to my list")
    check.setChecked(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    box = QVBoxLayout(dialog)
    box.addWidget(label(LEAVING_EXPLANATION, "subtitle"))
    box.addWidget(check)
    box.addWidget(buttons)
    dialog.resize(520, 260)
    return bool(dialog.exec()) and check.isChecked()


class SessionsDialog(QDialog):
    """Add an extra session, move one, cancel or restore one."""

    def __init__(self, screen: NextSessionScreen, now: datetime) -> None:
        super().__init__(screen)
        self.screen = screen
        self.sessions = screen.session.sessions
        assert self.sessions is not None
        self.setWindowTitle("Sessions")
        self.resize(560, 420)
        self.list = QListWidget()
        self.list.setAccessibleName("Sessions")
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy, HH:mm")
        self.when.setDateTime(now.replace(second=0, microsecond=0) + timedelta(days=1))
        self.when.setAccessibleName("Date and time for an extra or moved session")
        self.length = QSpinBox()
        self.length.setAccessibleName("Length in minutes")
        self.length.setRange(15, 600)
        self.length.setValue(90)
        self.length.setSuffix(" min")
        add = QPushButton("Add extra session")
        add.clicked.connect(self.add_extra)
        move = QPushButton("Move selected here")
        move.clicked.connect(self.move_selected)
        cancel = QPushButton("Cancel / restore selected")
        cancel.clicked.connect(self.toggle_cancel)
        close = QPushButton("Close")
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.when)
        row.addWidget(self.length)
        row2 = QHBoxLayout()
        for b in (add, move, cancel):
            row2.addWidget(b)
        row2.addStretch(1)
        row2.addWidget(close)
        box = QVBoxLayout(self)
        box.addWidget(self.list, 1)
        box.addLayout(row)
        box.addLayout(row2)
        self.refill()

    def refill(self) -> None:
        self.list.clear()
        for slot in reversed(self.sessions.all()):  # type: ignore[union-attr]
            text = NextSessionScreen._slot_name(slot) + (" \u00b7 cancelled" if slot.cancelled else "") + (
                " \u00b7 extra" if slot.extra else "")
            item = QListWidgetItem(text)
            item.setData(ItemIdRole, slot.id)
            self.list.addItem(item)

    def _when(self) -> datetime:
        value = self.when.dateTime().toPython()
        return value if value.tzinfo else value.astimezone()

    def add_extra(self) -> None:
        self.sessions.add_extra(self._when(), self.length.value())  # type: ignore[union-attr]
        self.refill()

    def move_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.sessions.move(int(item.data(ItemIdRole)), self._when(), self.length.value())  # type: ignore[union-attr]
            self.refill()

    def toggle_cancel(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            slot = self.sessions.get(int(item.data(ItemIdRole)))  # type: ignore[union-attr]
            self.sessions.set_cancelled(int(slot.id), not slot.cancelled)  # type: ignore[union-attr, arg-type]
            self.refill()


def write_pdf(path: str, body_html: str) -> None:
    """The review as a PDF at path, written atomically (no partial file, no temp copy elsewhere)."""
    from pathlib import Path

    from ipt_journal.ui.pdf import html_to_pdf
    from ipt_journal.vault.atomic import atomic_write_bytes

    atomic_write_bytes(Path(path), html_to_pdf(body_html, "Before group"))
