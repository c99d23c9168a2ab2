"""Parts of a person's page: the problem areas with their explanations, the prompts offered, what is linked."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipt_journal.domain.people import AREAS, OTHER_PROMPT_SETS, PersonLink
from ipt_journal.domain.prompts import Prompt, PromptLibrary
from ipt_journal.ui.insights.words import local_date
from ipt_journal.ui.people import words
from ipt_journal.ui.widgets import label

LinkRole = Qt.ItemDataRole.UserRole + 1
PromptRole = Qt.ItemDataRole.UserRole + 2


class _CheckWords(QLabel):
    """A check box's words that wrap (a QCheckBox's own text never does); a click on them ticks the box."""

    def __init__(self, text: str, check: QCheckBox) -> None:
        super().__init__(text)
        self.check = check
        self.setWordWrap(True)
        self.setEnabled(check.isEnabled())
        check.installEventFilter(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        if self.check.isEnabled():
            self.check.toggle()
            self.check.setFocus()
        super().mousePressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name): follow the box's state
        if event.type() == QEvent.Type.EnabledChange:
            self.setEnabled(self.check.isEnabled())
        return False


def wrapping_check(text: str) -> tuple[QWidget, QCheckBox]:
    """A check box whose words wrap at large text sizes; the box is named with the words for screen readers."""
    check = QCheckBox()
    check.setAccessibleName(text)
    row = QWidget()
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    line.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
    line.addWidget(_CheckWords(text, check), 1)
    return row, check


class AreasBox(QGroupBox):
    changed = Signal()  # the member ticked or unticked an area

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What this relationship touches"))
        box = QVBoxLayout(self)
        box.addWidget(label(self.tr("Tick any that fit, or none. You can change this whenever you like."), "hint"))
        self.boxes: dict[str, QCheckBox] = {}
        shown = words.shown(words.AREAS)
        for area in AREAS:
            title, explanation = shown[area]
            row, check = wrapping_check(title)
            check.setAccessibleDescription(explanation)
            check.toggled.connect(lambda _on: self.changed.emit())
            explain = label(explanation, "hint")
            explain.setContentsMargins(24, 0, 0, 6)
            box.addWidget(row)
            box.addWidget(explain)
            self.boxes[area] = check

    def set_areas(self, areas: list[str]) -> None:
        for area, check in self.boxes.items():
            check.blockSignals(True)
            check.setChecked(area in areas)
            check.blockSignals(False)

    def areas(self) -> list[str]:
        return [a for a, check in self.boxes.items() if check.isChecked()]


class PromptList(QListWidget):
    """The library's problem-area prompts; the sets of the areas ticked come first."""

    write_requested = Signal(object)  # the Prompt to write with

    def __init__(self, library: PromptLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.setObjectName("person_prompts")
        self.setAccessibleName(self.tr("Prompts about this relationship; press Enter to write with one"))
        self.setWordWrap(True)
        self.itemActivated.connect(self._activated)

    def show_for(self, areas: list[str]) -> None:
        self.clear()
        keys = [a for a in AREAS if a in areas] + [a for a in AREAS if a not in areas] + list(OTHER_PROMPT_SETS)
        for key in keys:
            group = self.library.group(key)
            if group is None:
                continue
            head = QListWidgetItem(group.title)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: readable, not selectable
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            self.addItem(head)
            for prompt in self.library.prompts_in(key):
                item = QListWidgetItem(prompt.text)
                item.setData(PromptRole, prompt.id)
                self.addItem(item)

    def prompt_count(self) -> int:
        return sum(1 for i in range(self.count()) if self.item(i).data(PromptRole))

    def _activated(self, item: QListWidgetItem) -> None:
        prompt: Prompt | None = self.library.by_id(item.data(PromptRole) or "")
        if prompt is not None:
            self.write_requested.emit(prompt)


class LinkedList(QListWidget):
    """Everything that names the person, newest first; Enter opens an entry or a goal."""

    open_link = Signal(str, int)  # link kind, target id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("person_links")
        self.setAccessibleName(self.tr("Entries, agenda items and goals that name this person"))
        self.itemActivated.connect(lambda item: self.open_link.emit(*item.data(LinkRole)) if item.data(LinkRole) else None)

    def show_links(self, links: list[PersonLink]) -> None:
        self.clear()
        kinds = words.shown(words.LINK_KINDS)
        for link in links:
            when = local_date(link.at, "dd MMM yyyy") if link.at else ""
            text = self.tr("%1 · %2 · %3").replace("%1", when).replace("%2", kinds[link.kind]).replace(
                "%3", link.title or self.tr("(no words yet)"))
            item = QListWidgetItem(text)
            item.setData(LinkRole, (link.kind, link.target_id))
            self.addItem(item)
        if not links:
            item = QListWidgetItem(self.tr("Nothing names this person yet. Later, entries, agenda items and goals "
                                            "that mention them will be listed here."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(item)
