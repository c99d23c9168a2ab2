"""Naming people: the picker row on an entry, an agenda item or a goal, and the repository it reads."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipt_journal.domain.people import MAX_NAME, Person
from ipt_journal.vault.errors import VaultError

PersonRole = Qt.ItemDataRole.UserRole + 7


def people_repo(session):  # type: ignore[no-untyped-def]  # -> PeopleRepository | None
    """The session's people, or None while the journal is locked."""
    try:
        return session.people
    except VaultError:  # VaultLocked
        return None


class PeoplePicker(QWidget):
    """A titled row: type a name (completed from your people), Enter adds it; the list shows who is named.

    Bound to an item with show_for(kind, id, write_now=True) it saves each change at once; the editor
    binds with write_now=False and calls write() after the entry itself is saved.
    """

    changed = Signal()  # the people named here changed

    def __init__(self, repo: Callable[[], PeopleRepository | None], title: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._repo = repo
        self._ids: list[int] = []
        self._names: dict[int, str] = {}
        self._kind: str | None = None
        self._target: int | None = None
        self._write_now = False
        self.title = QLabel(title or self.tr("People in this entry"))
        self.title.setObjectName("subtitle")
        self.title.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Type a name, then Enter"))
        self.field.setMaxLength(MAX_NAME)
        self.field.setMinimumWidth(self.fontMetrics().averageCharWidth() * 12)  # a name fits beside the button
        self.completer = QCompleter([], self.field)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.field.setCompleter(self.completer)
        self.field.returnPressed.connect(self.add_typed)
        self.add_button = QPushButton(self.tr("Add person"))
        self.add_button.clicked.connect(self.add_typed)
        self.list = QListWidget()
        self.list.setMaximumHeight(74)
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(True)
        self.list.setSpacing(2)
        self.list.itemDoubleClicked.connect(lambda item: self.remove_person(int(item.data(PersonRole))))
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.list, self.remove_current)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_button = QPushButton(self.tr("Remove from here"))
        self.remove_button.clicked.connect(self.remove_current)
        self.hint = QLabel("")
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setVisible(False)
        self.set_title(self.title.text())
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field, 1)
        row.addWidget(self.add_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addWidget(self.title)
        box.addLayout(row)
        box.addWidget(self.list)
        box.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignRight)
        box.addWidget(self.hint)
        self._refresh()

    def set_title(self, title: str) -> None:
        self.title.setText(title)
        self.field.setAccessibleName(self.tr("%1: type a name to add").replace("%1", title))
        self.field.setAccessibleDescription(self.tr("Names come from your People list; a new name is added there."))
        self.list.setAccessibleName(self.tr("%1, named so far (Delete removes one)").replace("%1", title))
        self.add_button.setAccessibleName(self.tr("Add person named above"))
        self.remove_button.setAccessibleName(self.tr("Remove from here the chosen person"))

    def _say(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    # -- what is named -----------------------------------------------------------------

    def ids(self) -> list[int]:
        return list(self._ids)

    def names(self) -> list[str]:
        return [self._names[i] for i in self._ids]

    def set_people(self, people: list[Person]) -> None:
        self._ids = [int(p.id) for p in people if p.id is not None]
        self._names = {int(p.id): p.name for p in people if p.id is not None}
        self._say("")
        self._refresh()

    def clear(self) -> None:
        self._kind, self._target = None, None
        self.field.clear()
        self.set_people([])

    def add_person(self, person_id: int, name: str) -> None:
        if person_id in self._ids:
            return
        self._ids.append(person_id)
        self._names[person_id] = name
        self._refresh()
        self._after_change()

    def remove_person(self, person_id: int) -> None:
        if person_id not in self._ids:
            return
        self._ids.remove(person_id)
        self._refresh()
        self._after_change()

    def remove_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.remove_person(int(item.data(PersonRole)))

    def add_typed(self) -> None:
        """The typed name: someone already in People, or a new person added to People."""
        name = " ".join(self.field.text().split())[:MAX_NAME]
        repo = self._repo()
        if not name or repo is None:
            return
        folded = name.casefold()
        found = next(((pid, n) for pid, n in repo.matching(name, limit=50) if n.casefold() == folded), None)
        try:
            if found is None:
                person = repo.save(Person(name=name))
                found = (int(person.id), person.name)  # type: ignore[arg-type]
                self._say(self.tr("Added \u201c%1\u201d to your people.").replace("%1", person.name))
            else:
                self._say("")
        except (VaultError, ValueError, OSError) as exc:
            sys.stderr.write(f"people picker: {type(exc).__name__}\n")
            self._say(self.tr("That name could not be added just now. Nothing else changed; "
                                      "try again in a moment."))
            return
        self.field.clear()
        self.add_person(*found)
        self.refresh_names()

    def _refresh(self) -> None:
        self.list.clear()
        for pid in self._ids:
            item = QListWidgetItem(self._names.get(pid, ""))
            item.setData(PersonRole, pid)
            item.setToolTip(self.tr("Double-click or Delete to remove"))
            self.list.addItem(item)
        self.list.setVisible(bool(self._ids))
        self.remove_button.setVisible(bool(self._ids))

    def refresh_names(self) -> None:
        """The completion list from the People list (current people only)."""
        repo = self._repo()
        names = [p.name for p in repo.list()] if repo is not None else []
        self.completer.model().setStringList(names)  # type: ignore[attr-defined]

    # -- where the names are kept --------------------------------------------------------

    def show_for(self, kind: str, target_id: int | None, *, write_now: bool = True) -> None:
        """Show the people named on one item; with write_now each change is saved at once."""
        self._kind, self._target, self._write_now = kind, target_id, write_now
        repo = self._repo()
        self.set_people(repo.people_for(kind, target_id) if repo is not None and target_id is not None else [])
        self.refresh_names()

    def write(self, kind: str, target_id: int) -> bool:
        """Keep exactly these people on the item; False (with a calm line) if the vault refused."""
        repo = self._repo()
        if repo is None:
            return False
        self._kind, self._target = kind, target_id
        try:
            repo.set_people_for(kind, target_id, self.ids())
        except (VaultError, OSError) as exc:
            sys.stderr.write(f"people picker: {type(exc).__name__}\n")
            self._say(self.tr("The names could not be kept just now; they are still shown here. "
                                      "Try again in a moment."))
            return False
        return True

    def _after_change(self) -> None:
        if self._write_now and self._kind is not None and self._target is not None:
            self.write(self._kind, self._target)
        self.changed.emit()
