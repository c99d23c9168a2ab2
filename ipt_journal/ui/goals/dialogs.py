"""The Goals screen's small dialogs (reflection, entry picker, weekly check-in), behind thin functions tests replace."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipt_journal.domain.goals import CheckIn, Goal
from ipt_journal.services.session import Session
from ipt_journal.ui.goals.common import EntryRole, _button
from ipt_journal.ui.goals.words import direction_words, long_date
from ipt_journal.ui.models import format_summary
from ipt_journal.ui.widgets import hbox, label, scroll_area

REFLECTION_PROMPTS = {
    "achieved": "Looking back, what helped this happen, and what do you notice now that it does?",
    "let_go": "Letting a goal go is a choice too. What did it teach you, and what made you set it down?",
}  # English, for older imports; the dialog shows reflection_prompt()


def reflection_prompt(status: str) -> str:
    if status == "achieved":
        return QCoreApplication.translate(
            "GoalDialogs", "Looking back, what helped this happen, and what do you notice now that it does?")
    return QCoreApplication.translate(
        "GoalDialogs", "Letting a goal go is a choice too. What did it teach you, and what made you set it down?")


# -- thin wrappers around modal dialogs (tests replace these) -------------------------------


def ask_closing_reflection(parent: QWidget | None, goal_title: str, status: str) -> str | None:
    """One closing reflection when a goal is achieved or let go; None if the member cancels."""
    heading = QCoreApplication.translate("GoalDialogs", "You reached this goal") if status == "achieved" else QCoreApplication.translate("GoalDialogs", "Letting this goal go")
    text, ok = QInputDialog.getMultiLineText(parent, heading, f"{goal_title}\n\n{reflection_prompt(status)}")
    return text if ok else None


def pick_entry(parent: QWidget | None, session: Session) -> int | None:
    """Choose an entry to link to a goal; None if the member cancels."""
    dialog = EntryPicker(session, parent)
    return dialog.chosen if dialog.exec() else None


def weekly_checkin(parent: QWidget | None, session: Session) -> int:
    """The check-in on every active goal, offered from Today. Returns how many check-ins were saved."""
    dialog = WeeklyCheckIn(session, parent)
    return dialog.saved_count if dialog.exec() else 0


# -- the small dialogs behind the thin functions ---------------------------------------------


class EntryPicker(QDialog):
    """Find an entry to link: newest first, or search."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert session.journal is not None
        self.journal = session.journal
        self.chosen: int | None = None
        self.setWindowTitle(self.tr("Link an entry"))
        self.resize(620, 460)
        self.query = QLineEdit()
        self.query.setAccessibleName(self.tr("Search entries to link"))
        self.query.setAccessibleDescription(self.tr("Search, or choose from your latest entries"))
        self.query.setPlaceholderText(self.tr("Search, or choose from your latest entries"))
        self.query.textChanged.connect(self.refresh)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Entries to link"))
        self.list.itemActivated.connect(self._accept_item)
        self.list.itemDoubleClicked.connect(self._accept_item)
        link = _button(self.tr("Link"), self.tr("Link the chosen entry"),
                       lambda: self._accept_item(self.list.currentItem()), primary=True)
        cancel = _button(self.tr("Cancel"), self.tr("Cancel"), self.reject)
        row = hbox(None, cancel, link)
        box = QVBoxLayout(self)
        box.addWidget(self.query)
        box.addWidget(self.list, 1)
        box.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        text = self.query.text().strip()
        if text:
            rows = [(h.entry_id, f"{long_date(h.entry_at.date())} · {h.title or h.snippet}")
                    for h in self.journal.search(text)]
        else:
            rows = [(s.id, format_summary(s).replace("\n", " · ")) for s in self.journal.timeline(limit=200)]
        for entry_id, text in rows:
            item = QListWidgetItem(text.replace("\ue000", "").replace("\ue001", ""))
            item.setData(EntryRole, entry_id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _accept_item(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.chosen = int(item.data(EntryRole))
            self.accept()


class WeeklyCheckIn(QDialog):
    """"How are your goals this week?": a mark and a note for each active goal, all optional."""


    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert session.goals is not None
        self.repo = session.goals
        self.saved_count = 0
        self.setWindowTitle(self.tr("How are your goals this week?"))
        self.resize(640, 420)
        self.rows: list[tuple[Goal, QComboBox, QLineEdit]] = []
        inner = QWidget()
        grid = QVBoxLayout(inner)
        for goal in self.repo.list(statuses=("active",)):
            title = label(goal.title, "subtitle")
            mark = QComboBox()
            mark.setAccessibleName(self.tr("How it is moving: %1").replace("%1", goal.title))
            mark.addItem(self.tr("(no mark)"), None)
            for value in (-1, 0, 1):
                mark.addItem(direction_words(value), value)
            note = QLineEdit()
            note.setAccessibleName(self.tr("Note: %1").replace("%1", goal.title))
            note.setAccessibleDescription(self.tr("A few words (optional)"))
            note.setPlaceholderText(self.tr("A few words (optional)"))
            row = QHBoxLayout()
            row.addWidget(mark)
            row.addWidget(note, 1)
            grid.addWidget(title)
            grid.addLayout(row)
            self.rows.append((goal, mark, note))
        grid.addStretch(1)
        scroll = scroll_area(inner, horizontal=True)
        save = _button(self.tr("Save"), self.tr("Save these check-ins"), self.save, primary=True)
        later = _button(self.tr("Later"), self.tr("Close without saving"), self.reject)
        buttons = hbox(None, later, save)
        box = QVBoxLayout(self)
        box.addWidget(label(self.tr("A quick mark for any goal you like; leave the rest as they are."), "hint"))
        box.addWidget(scroll, 1)
        box.addLayout(buttons)

    def save(self) -> None:
        now = datetime.now().astimezone()
        for goal, mark, note in self.rows:
            direction = mark.currentData()
            if direction is None and not note.text().strip():
                continue
            assert goal.id is not None
            self.repo.add_checkin(CheckIn(goal.id, now, direction, None, note.text()))
            self.saved_count += 1
        self.accept()
