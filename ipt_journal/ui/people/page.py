"""A person's page: name, relation, how often you are in touch, your answers, where they are on your circle,
problem areas, prompts, and everything that names them. Changes are saved as you go."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ipt_journal.domain.people import (
    ANSWERS,
    CONTACT,
    GROUP_MEMBER,
    RELATIONS,
    InvalidPerson,
    Person,
    initials,
    suggested_name,
)
from ipt_journal.domain.prompts import PromptLibrary
from ipt_journal.ui.flow import FlowLayout
from ipt_journal.ui.people import words
from ipt_journal.ui.people.circle_tab import RING_CHOICES
from ipt_journal.ui.people.page_parts import AreasBox, LinkedList, PromptList, wrapping_check
from ipt_journal.ui.widgets import label
from ipt_journal.vault.errors import NotFound
from ipt_journal.vault.people import PeopleRepository

AUTOSAVE_MS = 700


class PersonPage(QScrollArea):
    saved = Signal(int)  # person id, after a save (name, answers, ring or areas)
    write_requested = Signal(object)  # a Prompt to write an entry with
    open_link = Signal(str, int)  # link kind, target id
    archive_requested = Signal(int)
    merge_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, repo: PeopleRepository, library: PromptLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.person: Person | None = None
        self._dirty = False
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS, timeout=self.save_pending)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        # Large text on a small screen may still need more width than there is: scroll rather than cut.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        inner = QWidget()
        self.setWidget(inner)

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setPlaceholderText(self.tr("A name, initials or a nickname"))
        self.name.textEdited.connect(self._edited)
        self.use_initials = QPushButton(self.tr("Use initials"))
        self.use_initials.setAccessibleName(self.tr("Use initials instead of the name"))
        self.use_initials.clicked.connect(self._use_initials)
        self.reminder = label(words.group_member_reminder(), "hint")
        self.same = label("", "hint")
        self.problem = label("", "error")
        self.relation = QComboBox()
        self.relation.setAccessibleName(self.tr("How you are related"))
        for key, text in words.shown(words.RELATIONS).items():
            self.relation.addItem(text, key)
        self.relation.activated.connect(self._relation_changed)
        self.contact = QComboBox()
        self.contact.setAccessibleName(self.tr("How often you are in touch"))
        for key in CONTACT:
            self.contact.addItem(words.shown(words.CONTACT)[key], key)
        self.contact.activated.connect(lambda _i: self._edited())
        self.ring = QComboBox()
        self.ring.setAccessibleName(self.tr("Where they are on your circle"))
        for choice in RING_CHOICES:
            self.ring.addItem(words.shown(words.RINGS)[choice], choice)
        self.ring.activated.connect(self._ring_chosen)
        self.redact_row, self.redact = wrapping_check(self.tr("Replace this name in exports"))
        self.redact_row.setToolTip(self.tr("When you export with names replaced, this name becomes Member A, Member B…"))
        self.redact.toggled.connect(lambda _on: self._edited())

        name_row = QVBoxLayout()  # the button under the field, so the row stays narrow
        name_row.setContentsMargins(0, 0, 0, 0)
        name_row.addWidget(self.name)
        name_row.addWidget(self.use_initials, 0, Qt.AlignmentFlag.AlignLeft)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above fields when narrow
        for combo in (self.relation, self.contact):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.ring.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # "Ring 1, closest" whole
        for text, field in ((self.tr("&Name:"), name_row), (None, self.reminder), (None, self.same),
                            (self.tr("&Related as:"), self.relation), (self.tr("In &touch:"), self.contact),
                            (self.tr("On your &circle:"), self.ring)):
            if text is None:
                form.addRow("", field)
                continue
            caption = QLabel(text)
            caption.setBuddy(self.name if field is name_row else field)  # type: ignore[arg-type]
            form.addRow(caption, field)

        self.answers: dict[str, QPlainTextEdit] = {}
        answers_form = QFormLayout()
        answers_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for key, text in words.shown(words.ANSWERS).items():
            edit = QPlainTextEdit()
            edit.setAccessibleName(text)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(max(self.fontMetrics().lineSpacing() * 3 + 16, 64))
            edit.textChanged.connect(self._edited)
            self.answers[key] = edit
            answers_form.addRow(label(text, wrap=True), edit)  # the question wraps with large text

        self.areas = AreasBox()
        self.areas.changed.connect(self._areas_changed)
        self.prompts = PromptList(library)
        self.prompts.setMinimumHeight(160)
        self.prompts.write_requested.connect(self.write_requested.emit)
        self.links = LinkedList()
        self.links.setMinimumHeight(120)
        self.links.open_link.connect(self.open_link.emit)
        self.feelings = label("", "hint")

        self.archive = QPushButton(self.tr("Archive"))
        self.archive.clicked.connect(lambda: self._ask(self.archive_requested))
        merge = QPushButton(self.tr("Merge with…"))
        merge.setAccessibleDescription(self.tr("Merge with another person who is the same person"))
        merge.clicked.connect(lambda: self._ask(self.merge_requested))
        delete = QPushButton(self.tr("Delete…"))
        delete.clicked.connect(lambda: self._ask(self.delete_requested))
        actions = FlowLayout()  # wraps rather than pushing past the page's edge
        for b in (self.archive, merge, delete):
            actions.addWidget(b)

        box = QVBoxLayout(inner)
        box.addWidget(self.problem)
        box.addLayout(form)
        box.addWidget(self.redact_row)
        box.addWidget(label(self.tr("In your own words"), "subtitle"))
        box.addLayout(answers_form)
        box.addWidget(self.areas)
        box.addWidget(label(self.tr("Prompts to write about this relationship"), "subtitle"))
        box.addWidget(self.prompts)
        box.addWidget(label(self.tr("What names them, newest first"), "subtitle"))
        box.addWidget(self.feelings)
        box.addWidget(self.links)
        box.addLayout(actions)
        box.addStretch(1)

    # -- showing ---------------------------------------------------------------------

    def show_person(self, person: Person) -> None:
        self.person = person
        self._dirty = False
        pid = int(person.id)  # type: ignore[arg-type]
        self.name.setText(person.name)
        self.relation.setCurrentIndex(RELATIONS.index(person.relation))
        self.contact.setCurrentIndex(CONTACT.index(person.contact))
        for key, edit in self.answers.items():
            edit.blockSignals(True)
            edit.setPlainText(person.answer(key))
            edit.blockSignals(False)
        self.redact.blockSignals(True)
        self.redact.setChecked(person.redacted_in_exports)
        self.redact.blockSignals(False)
        self.ring.setCurrentIndex(RING_CHOICES.index(self.repo.circle_at().get(pid)))
        areas = self.repo.areas(pid)
        self.areas.set_areas(areas)
        self.prompts.show_for(areas)
        self.links.show_links(self.repo.links(pid))
        felt = self.repo.feelings_with(pid)
        self.feelings.setText(self.tr("Feelings you wrote down with them: %1").replace(
            "%1", ", ".join(f"{name} ({n})" for name, n in felt[:8])) if felt else "")
        self.feelings.setVisible(bool(felt))
        self.archive.setText(self.tr("Bring back") if person.archived else self.tr("Archive"))
        self.problem.hide()
        self._update_hints()

    def _update_hints(self) -> None:
        member = self.relation.currentData() == GROUP_MEMBER
        text = " ".join(self.name.text().split())
        self.reminder.setVisible(member)
        self.use_initials.setVisible(member and bool(text) and initials(text) != text)
        self.redact.setEnabled(not member)  # other group members are always replaced
        if member and not self.redact.isChecked():
            self.redact.blockSignals(True)
            self.redact.setChecked(True)
            self.redact.blockSignals(False)
        mine = self.person.id if self.person else None
        twins = [pid for pid, name in self.repo.names().items()
                 if pid != mine and " ".join(name.split()).casefold() == text.casefold()]
        self.same.setText(self.tr("You have someone else called %1 too. That is fine; you can merge the two "
                                   "later if they are one person.").replace("%1", text) if twins else "")
        self.same.setVisible(bool(twins))

    # -- saving ----------------------------------------------------------------------

    def _edited(self) -> None:
        if self.person is None:
            return
        self._dirty = True
        self._timer.start()
        self._update_hints()

    def _relation_changed(self, _index: int) -> None:
        if self.relation.currentData() == GROUP_MEMBER and self.person is not None:
            # another member's full name becomes initials by default; the reminder says why
            taken = {name for pid, name in self.repo.names().items() if pid != self.person.id}
            self.name.setText(suggested_name(GROUP_MEMBER, self.name.text(), taken))
        self._edited()

    def _use_initials(self) -> None:
        self.name.setText(initials(self.name.text()))
        self._edited()

    def current(self) -> Person | None:
        if self.person is None:
            return None
        member = self.relation.currentData() == GROUP_MEMBER
        return self.person.with_changes(
            name=self.name.text(), relation=self.relation.currentData(), contact=self.contact.currentData(),
            answers={k: e.toPlainText() for k, e in self.answers.items() if k in ANSWERS},
            redact=self.redact.isChecked() and not member)

    def save_pending(self) -> None:
        """Save what was typed; a name left empty keeps the page open with a message and loses nothing."""
        self._timer.stop()
        person = self.current()
        if not self._dirty or person is None:
            return
        try:
            saved = self.repo.save(person)
        except InvalidPerson as exc:
            self.problem.setText(words.shown(words.PROBLEMS).get(exc.reason, str(exc)))
            self.problem.show()
            return
        except NotFound:
            self.person, self._dirty = None, False
            return
        self.person, self._dirty = saved, False
        self.problem.hide()
        self.saved.emit(int(saved.id))  # type: ignore[arg-type]

    def _ring_chosen(self, index: int) -> None:
        if self.person is None:
            return
        pid = int(self.person.id)  # type: ignore[arg-type]
        if self.repo.circle_at().get(pid) != RING_CHOICES[index]:
            self.repo.place(pid, RING_CHOICES[index])
            self.saved.emit(pid)

    def _areas_changed(self) -> None:
        if self.person is None:
            return
        areas = self.areas.areas()
        self.repo.set_areas(int(self.person.id), areas)  # type: ignore[arg-type]
        self.prompts.show_for(areas)
        self.saved.emit(int(self.person.id))  # type: ignore[arg-type]

    def _ask(self, signal: Signal) -> None:
        self.save_pending()
        if self.person is not None:
            signal.emit(int(self.person.id))  # type: ignore[arg-type]
