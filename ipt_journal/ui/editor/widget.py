"""The entry editor: free writing in Markdown, the reflection forms, tags, and autosave, put together."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipt_journal.domain.entries import FORMS, Entry, Feeling, normalize_tags
from ipt_journal.ui.editor.autosave import AUTOSAVE_MS, AutosavePart
from ipt_journal.ui.editor.body import BodyEdit, BodyPart
from ipt_journal.ui.editor.coach import CoachPart
from ipt_journal.ui.editor.form import FeelingsField, FormPart, choice_index
from ipt_journal.ui.editor.links import LinksPart
from ipt_journal.ui.editor.people import PeoplePicker
from ipt_journal.ui.editor.words import form_intro, form_title, install_labels
from ipt_journal.ui.flow import FlowLayout, flow_of
from ipt_journal.ui.widgets import hbox, label, save_timer, scroll_area
from ipt_journal.vault.journal import JournalRepository


class EntryEditor(AutosavePart, BodyPart, FormPart, LinksPart, CoachPart, QWidget):
    """One entry: when, title, form fields, body, tags; its parts are the mixins beside it."""

    saved = Signal(int)  # entry id, after each save
    trashed = Signal(int)  # entry id moved to the trash
    bring_to_group = Signal(str, int)  # selected text (or the first line), the saved entry's id
    loaded = Signal(object)  # the Entry just shown

    def __init__(self, journal: JournalRepository, parent: QWidget | None = None, *, goals=None,  # type: ignore[no-untyped-def]
                 people=None) -> None:  # a PeopleRepository, from the session
        super().__init__(parent)
        install_labels()  # choices and feeling words in the language the screens speak
        self.journal = journal
        self.goals = goals  # GoalRepository, for "Link to goals…"
        self._people_repo = people  # None: an editor without the people features (nothing to name)
        self.entry: Entry | None = None
        self._dirty = False
        self._loading = False
        self._when_edited = False
        self._body_edited = False
        self._timer = save_timer(self, AUTOSAVE_MS, self._autosave)
        self._field_widgets: dict[str, QWidget] = {}

        self.kind_label = label("", "subtitle")
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy, HH:mm")
        self.when.setAccessibleName(self.tr("Date and time of this entry"))
        self.bring = QCheckBox(self.tr("Bring this to group"))
        self.bring.setAccessibleName(self.bring.text())
        self.delete_button = QPushButton(self.tr("Move to trash"))
        self.delete_button.clicked.connect(self._trash)
        top = QVBoxLayout()  # the date above the tick box: both stay whole at 900 px with large text
        top.addLayout(hbox(self.when, None))
        top.addWidget(self.bring)

        self.intro = label("", "hint")
        self.prompt_label = label("", "prompt")
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("A few words, if you like"))
        self.title.setAccessibleName(self.tr("Title (optional)"))
        self.title_label = label(self.tr("Title (optional)"))
        self.title_label.setBuddy(self.title)
        self.form_box = QWidget()
        self.form_layout = QFormLayout(self.form_box)
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)

        self.toolbar = QWidget()  # its buttons wrap onto a second line instead of hiding behind "»"
        FlowLayout(self.toolbar, spacing=2)
        self.toolbar.setAccessibleName(self.tr("Formatting"))
        self.body = BodyEdit()
        self.body.setObjectName("body")
        self.body.setAcceptRichText(True)
        self.body.setAccessibleName(self.tr("Entry text"))
        self.body.setAccessibleDescription(self.tr(
            "Tab moves on, Ctrl+Tab writes a tab. Type @ and a name to name someone from your people."))
        self.body.setPlaceholderText(self.tr("Write here. Nothing you write leaves this computer."))
        self.body_label = label(self.tr("Entry text"))
        self.body_label.setBuddy(self.body)
        self.body.set_people_source(
            lambda typed: self._people_repo.matching(typed, limit=8) if self._people_repo is not None else [])
        self.body.setMinimumHeight(160)
        self.body.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.body.customContextMenuRequested.connect(self._body_menu)
        self._build_toolbar()

        self.people = PeoplePicker(lambda: self._people_repo)
        self.people.changed.connect(self._changed)
        self.body.person_chosen.connect(self.people.add_person)

        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("e.g. family, work"))
        self.tags.setAccessibleName(self.tr("Tags, separated by commas"))
        self.tags_label = label(self.tr("Tags, separated by commas"))
        self.tags_label.setBuddy(self.tags)
        self.status = label("", "hint")
        self.coach_button = QPushButton(self.tr("Check my wording"))
        self.coach_button.setShortcut(QKeySequence("Ctrl+Shift+W"))
        self.coach_button.setToolTip(self.tr("Spots questions to others and offers them as statements about you")
                                     + " (" + QKeySequence("Ctrl+Shift+W").toString(
                                         QKeySequence.SequenceFormat.NativeText) + ")")
        self.coach_button.clicked.connect(self.run_coach)
        self.coach_list = QListWidget()
        self.coach_list.setAccessibleName(self.tr("Wording suggestions; press Enter to use one"))
        self.coach_list.setVisible(False)
        self.coach_list.setMaximumHeight(140)
        self.coach_list.setWordWrap(True)
        self.coach_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.coach_list.itemActivated.connect(self._apply_hint)
        # not in the toolbar: there it slid out of sight at large text; the two wrap when the editor is narrow
        bottom = flow_of(self.coach_button, self.delete_button)

        inner = QWidget()
        box = QVBoxLayout(inner)
        box.setSpacing(8)
        box.addWidget(self.kind_label)
        box.addLayout(top)
        box.addWidget(self.prompt_label)
        box.addWidget(self.intro)
        box.addWidget(self.title_label)
        box.addWidget(self.title)
        box.addWidget(self.form_box)
        box.addWidget(self.people)  # right under the form, beside its "with whom"
        box.addWidget(self.body_label)
        box.addWidget(self.toolbar)
        box.addWidget(self.body, 1)
        box.addWidget(self.coach_list)
        box.addWidget(self.tags_label)
        box.addWidget(self.tags)
        box.addWidget(bottom)
        box.addWidget(self.status)
        # Sideways scrolling only if the editor is ever given less than its minimum size hint (below);
        # at 900x600 with large text everything wraps inside it.
        scroll = scroll_area(inner, horizontal=True)
        inner.installEventFilter(self)  # its layout changing may change the width the editor needs
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.empty = label(self.tr("Choose an entry on the left, or start a new one."), "hint")
        outer.addWidget(self.empty)
        for w in (self.title, self.tags):
            w.textChanged.connect(self._changed)
        self.body.textChanged.connect(self._body_changed)
        self.when.dateTimeChanged.connect(self._when_changed)
        self.bring.toggled.connect(self._changed)
        self._scroll = scroll
        self._show(False)

    def _show(self, has_entry: bool) -> None:
        self._scroll.setVisible(has_entry)
        self.empty.setVisible(not has_entry)
        self.updateGeometry()  # a form's fields may need more width than the last one's

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LayoutRequest and watched is self._scroll.widget():
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        """As wide as the entry's fields need beside the scroll bar, so the Journal's splitter never cuts them."""
        hint = super().minimumSizeHint()
        if self._scroll.isHidden():
            return hint
        frame = self._scroll.frameWidth() * 2
        need = self._scroll.widget().minimumSizeHint().width() + self._scroll.verticalScrollBar().sizeHint().width()
        return QSize(max(hint.width(), need + frame), hint.height())

    # -- loading -------------------------------------------------------------

    def load(self, entry: Entry, prompt_text: str = "") -> bool:
        """Show an entry (saving the one before). A new entry is saved only once something is written.

        If the one before cannot be saved, it stays on screen and False is returned.
        """
        if not self.save_now():
            return False
        self._loading = True
        try:
            self.entry = entry
            self.kind_label.setText(form_title(entry.kind))
            self.intro.setText(form_intro(entry.kind))
            self.prompt_label.setText(prompt_text)
            self.prompt_label.setVisible(bool(prompt_text))
            self._when_edited = False
            self._body_edited = False
            self.when.setDateTime(QDateTime(entry.entry_at))
            self.bring.setChecked(entry.bring_to_group)
            self.title.setText(entry.title)
            self.title.setCursorPosition(0)
            self._build_form(entry.kind)
            for key, widget in self._field_widgets.items():
                value = entry.fields.get(key, "")
                if isinstance(widget, FeelingsField):
                    widget.set_feelings(entry.feelings)
                elif isinstance(widget, QComboBox):
                    widget.setCurrentIndex(choice_index(widget, value))
                elif isinstance(widget, QPlainTextEdit):
                    widget.setPlainText(str(value))
                elif isinstance(widget, QLineEdit):
                    widget.setText(str(value))
            self.body.setMarkdown(entry.body)
            self.body.document().setModified(False)
            self.tags.setText(", ".join(entry.tags))
            self.tags.setCursorPosition(0)
            self.people.show_for("entry", entry.id, write_now=False)
            self.coach_list.clear()
            self.coach_list.setVisible(False)
            self._dirty = False
            self.delete_button.setEnabled(entry.id is not None)
            self._update_status(self.tr("Saved") if entry.id is not None else "")
        finally:
            self._loading = False
        self._show(True)
        self.loaded.emit(entry)
        return True

    def clear(self) -> None:
        """Forget the entry and wipe every field (used on lock)."""
        self.save_now()
        self._loading = True
        self.entry = None
        for w in (self.title, self.tags):
            w.clear()
        self.body.clear()
        self.prompt_label.clear()
        self._build_form("free")
        self.people.clear()
        self.coach_list.clear()
        self._loading = False
        self._show(False)

    # -- saving ----------------------------------------------------------------

    def collect(self) -> Entry:
        assert self.entry is not None
        fields: dict[str, object] = {}
        feelings: tuple[Feeling, ...] = ()
        for key, widget in self._field_widgets.items():
            if isinstance(widget, FeelingsField):
                feelings = widget.feelings()
            elif isinstance(widget, QComboBox):
                if widget.currentData():
                    fields[key] = widget.currentData()  # the key; the label is only what is shown
            elif isinstance(widget, QPlainTextEdit):
                if widget.toPlainText():
                    fields[key] = widget.toPlainText()
            elif isinstance(widget, QLineEdit) and widget.text():
                fields[key] = widget.text()
        when = self.entry.entry_at
        if self._when_edited:  # only a date the member changed goes through the widget's local time
            when = self.when.dateTime().toPython()
            if when.tzinfo is None:
                when = when.astimezone()
        # The body goes through toMarkdown only once the member has edited it, so text that
        # is not Markdown (an import, say) is never rewritten by a change of tag or title.
        if not self._body_edited:
            body = self.entry.body
        else:
            body = self.body.toMarkdown() if not self.body.document().isEmpty() else ""
        return self.entry.with_changes(
            title=self.title.text(), body=body.rstrip("\n"), fields=fields, feelings=feelings,
            tags=normalize_tags(self.tags.text()), entry_at=when, bring_to_group=self.bring.isChecked(),
        )

    def _trash(self) -> None:
        if self.entry is None or self.entry.id is None:
            return
        self.save_now()
        entry_id = self.entry.id
        self.journal.move_to_trash(entry_id)
        self.clear()
        self.trashed.emit(entry_id)

    def show_status(self, text: str) -> None:
        self._update_status(text)


def new_entry(kind: str, *, prompt_id: str | None = None, suggestion: int | None = None) -> Entry:
    spec = FORMS.get(kind)
    return Entry(
        kind=kind, entry_at=datetime.now().astimezone().replace(second=0, microsecond=0),
        suggestion=suggestion if suggestion is not None else (spec.suggestion if spec else None), prompt_id=prompt_id,
    )
