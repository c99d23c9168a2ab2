"""The People screen: the people who matter on the left; a person's page or the closeness circle on the right."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ipt_journal.domain.people import InvalidPerson, Person
from ipt_journal.domain.prompts import Prompt
from ipt_journal.services.session import Session
from ipt_journal.ui import dialogs
from ipt_journal.ui.people import words
from ipt_journal.ui.people.circle_tab import CircleTab
from ipt_journal.ui.people.page import PersonPage
from ipt_journal.ui.people.page_parts import wrapping_check
from ipt_journal.ui.widgets import label
from ipt_journal.vault.errors import NotFound
from ipt_journal.vault.people import PeopleRepository

PersonIdRole = Qt.ItemDataRole.UserRole + 1


def ask_merge_target(parent: QWidget, names: list[str]) -> int | None:
    """Which of `names` is the same person; the index, or None. A seam tests replace."""
    name, ok = QInputDialog.getItem(
        parent, QCoreApplication.translate("PeopleScreen", "Merge two people"),
        QCoreApplication.translate("PeopleScreen", "Who is the same person? Everything written about them moves here."),
        names, 0, False)
    return names.index(name) if ok and name in names else None


class PeopleScreen(QWidget):
    open_entry = Signal(int)  # entry id to open in the Journal
    open_goal = Signal(int)  # goal id to open in Goals
    write_requested = Signal(str, str, int, str)  # kind, prompt id, suggestion (0 = none), prompt text

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.repo = PeopleRepository(session.vault)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("Add someone…"))
        self.new_name.setAccessibleName(self.tr("Name of a person to add"))
        self.new_name.returnPressed.connect(self.add_person)
        add = QPushButton(self.tr("&Add"))
        add.setObjectName("primary")
        add.setAccessibleName(self.tr("Add this person"))
        add.clicked.connect(self.add_person)
        self.add_problem = label("", "error")
        self.add_problem.hide()
        self.list = QListWidget()
        self.list.setObjectName("people")
        self.list.setAccessibleName(self.tr("People"))
        self.list.currentItemChanged.connect(self._current_changed)
        archived_row, self.show_archived = wrapping_check(self.tr("Show archived"))
        self.show_archived.toggled.connect(lambda _on: self.refresh())
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(add)
        left = QVBoxLayout()
        left.addLayout(add_row)
        left.addWidget(self.add_problem)
        left.addWidget(self.list, 1)
        left.addWidget(archived_row)

        self.page = PersonPage(self.repo, session.library)
        self.page.saved.connect(self._saved)
        self.page.write_requested.connect(self._write)
        self.page.open_link.connect(self._open_link)
        self.page.archive_requested.connect(self.toggle_archive)
        self.page.merge_requested.connect(self.merge)
        self.page.delete_requested.connect(self.delete)
        self.empty = QWidget()
        e = QVBoxLayout(self.empty)
        e.addStretch(1)
        e.addWidget(label(self.tr("Here you can map the people who matter to you, close or far. Start with one "
                                   "name: type it on the left and press Enter."), "card"))
        e.addStretch(2)
        self.person_stack = QStackedWidget()
        self.person_stack.addWidget(self.empty)
        self.person_stack.addWidget(self.page)
        self.circle = CircleTab(self.repo)
        self.circle.person_chosen.connect(self._chosen_on_circle)
        self.circle.placed.connect(lambda _pid: self._reload_page())
        side = QWidget()
        side.setLayout(left)
        side.setMinimumWidth(170)
        side.setMaximumWidth(230)
        people_tab = QWidget()
        row = QHBoxLayout(people_tab)
        row.addWidget(side)
        row.addWidget(self.person_stack, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(people_tab, self.tr("People"))
        self.tabs.addTab(self.circle, self.tr("Closeness circle"))
        self.tabs.currentChanged.connect(lambda _i: self._tab_changed())
        body = QVBoxLayout(self)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.tabs)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, activated=self.new_name.setFocus)
        self.refresh()

    # -- the list ----------------------------------------------------------------------

    def people(self) -> list[Person]:
        return self.repo.list(archived=self.show_archived.isChecked())

    def refresh(self, select: int | None = None) -> None:
        select = select if select is not None else self.selected_id()
        people = self.people()
        rel = words.shown(words.RELATIONS)
        self.list.blockSignals(True)
        self.list.clear()
        for person in people:
            item = QListWidgetItem(person.name)
            item.setToolTip(rel.get(person.relation, ""))
            item.setData(PersonIdRole, int(person.id))  # type: ignore[arg-type]
            self.list.addItem(item)
            if person.id == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self._show_current()
        if self.tabs.currentWidget() is self.circle:
            self.circle.refresh(self.repo.list(), self.selected_id())

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(PersonIdRole)) if item is not None else None

    def _current_changed(self, _current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        self.page.save_pending()
        self._show_current()

    def _show_current(self) -> None:
        pid = self.selected_id()
        if pid is None:
            self.page.person = None
            self.person_stack.setCurrentWidget(self.empty)
            return
        try:
            person = self.repo.get(pid)
        except NotFound:
            self.refresh()
            return
        self.page.show_person(person)
        self.person_stack.setCurrentWidget(self.page)

    def open_person(self, person_id: int) -> None:
        self.tabs.setCurrentIndex(0)
        self.refresh(select=person_id)

    def start_mapping(self) -> None:
        """From Today's invitation: the People tab, the cursor in the name field."""
        self.tabs.setCurrentIndex(0)
        self.new_name.setFocus()

    def show_compare(self) -> None:
        """From Today's look back: the circle, first and latest places side by side."""
        self.tabs.setCurrentIndex(1)
        self.circle.compare.setChecked(True)

    def _reload_page(self) -> None:
        if self.page.person is not None and self.page.person.id == self.selected_id():
            self._show_current()

    def _tab_changed(self) -> None:
        self.page.save_pending()
        if self.tabs.currentWidget() is self.circle:
            self.circle.refresh(self.repo.list(), self.selected_id())
        else:
            self._show_current()

    def _chosen_on_circle(self, person_id: int) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(PersonIdRole) == person_id:
                self.list.blockSignals(True)
                self.list.setCurrentRow(i)
                self.list.blockSignals(False)

    # -- actions ------------------------------------------------------------------------

    def add_person(self) -> Person | None:
        self.page.save_pending()
        try:
            person = self.repo.save(Person(name=self.new_name.text()))
        except InvalidPerson as exc:
            self.add_problem.setText(words.shown(words.PROBLEMS).get(exc.reason, str(exc)))
            self.add_problem.show()
            return None
        self.add_problem.hide()
        self.new_name.clear()
        self.show_archived.setChecked(False)
        self.refresh(select=int(person.id))  # type: ignore[arg-type]
        self.tabs.setCurrentIndex(0)
        self.page.relation.setFocus()
        return person

    def _saved(self, person_id: int) -> None:
        item = self.list.currentItem()
        if item is not None and item.data(PersonIdRole) == person_id and self.page.person is not None:
            item.setText(self.page.person.name)

    def toggle_archive(self, person_id: int) -> None:
        person = self.repo.get(person_id)
        if person.archived:
            self.repo.unarchive(person_id)
        else:
            self.repo.archive(person_id)
        self.refresh()

    def merge(self, person_id: int) -> None:
        others = [p for p in self.repo.list() + self.repo.list(archived=True) if p.id != person_id]
        if not others:
            dialogs.inform(self, self.tr("Merge two people"), self.tr("There is no one else to merge with yet."))
            return
        chosen = ask_merge_target(self, [p.name for p in others])
        if chosen is None:
            return
        self.repo.merge(person_id, int(others[chosen].id))  # type: ignore[arg-type]
        self.refresh(select=person_id)

    def delete(self, person_id: int) -> None:
        person = self.repo.get(person_id)
        text = self.tr("%1 and where they were on your circle will be removed for good. Entries, agenda items and "
                        "goals that name them stay as they are. Archiving instead keeps everything.").replace(
            "%1", person.name)
        if not dialogs.confirm(self, self.tr("Delete this person?"), text, self.tr("Delete")):
            return
        self.page.person = None
        self.repo.delete(person_id)
        self.refresh()

    def _write(self, prompt: Prompt) -> None:
        self.page.save_pending()
        self.write_requested.emit("free", prompt.id, prompt.suggestion or 0, prompt.text)

    def _open_link(self, kind: str, target_id: int) -> None:
        if kind == "entry":
            self.open_entry.emit(target_id)
        elif kind == "goal":
            self.open_goal.emit(target_id)

    def save_pending(self) -> None:
        self.page.save_pending()

