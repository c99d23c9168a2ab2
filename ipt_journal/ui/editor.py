"""The entry editor: free writing in Markdown, the reflection forms, tags, and autosave."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QTextCharFormat, QTextCursor, QTextListFormat
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTextEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ipt_journal.domain.entries import FEELING_WORDS, FORMS, Entry, Feeling, FieldSpec, normalize_tags, word_count
from ipt_journal.ui import clipboard
from ipt_journal.ui.widgets import label
from ipt_journal.vault.errors import VaultError
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.journal import StorageError as db_errors

AUTOSAVE_MS = 700


class SaveFailed(Exception):
    """Saving did not work; the text stays in the editor. The message is only the error's type."""


class BodyEdit(QTextEdit):
    """Rich text backed by Markdown; text copied out of it is cleared from the clipboard later."""

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 (Qt name)
        data = super().createMimeDataFromSelection()
        clipboard.schedule_clear(data.text())
        return data


class FeelingsField(QWidget):
    changed = Signal()  # the list of feelings changed

    def __init__(self) -> None:
        super().__init__()
        self.word = QComboBox()
        self.word.setEditable(True)
        self.word.addItems(FEELING_WORDS)
        self.word.setCurrentText("")
        self.word.setAccessibleName("Feeling word, or your own words")
        self.intensity = QSpinBox()
        self.intensity.setRange(0, 10)
        self.intensity.setValue(5)
        self.intensity.setAccessibleName("How strong, 0 to 10")
        add = QPushButton("Add")
        add.clicked.connect(self._add)
        self.list = QListWidget()
        self.list.setMaximumHeight(70)
        self.list.setAccessibleName("Feelings in this entry (Delete removes one)")
        self.list.itemDoubleClicked.connect(self._remove)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.word, 3)
        row.addWidget(QLabel("strength"))
        row.addWidget(self.intensity)
        row.addWidget(add)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(row)
        box.addWidget(self.list)
        self._feelings: list[Feeling] = []

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Delete and self.list.currentItem():
            self._remove(self.list.currentItem())
        else:
            super().keyPressEvent(event)

    def _add(self) -> None:
        name = " ".join(self.word.currentText().split())[:60]
        if not name:
            return
        self._feelings = [f for f in self._feelings if f.name.casefold() != name.casefold()]
        self._feelings.append(Feeling(name, self.intensity.value()))
        self.word.setCurrentText("")
        self._refresh()
        self.changed.emit()

    def _remove(self, item: QListWidgetItem) -> None:
        self._feelings = [f for f in self._feelings if f.name != item.data(Qt.ItemDataRole.UserRole)]
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        self.list.clear()
        for f in self._feelings:
            item = QListWidgetItem(f"{f.name} — {f.intensity}/10" if f.intensity is not None else f.name)
            item.setData(Qt.ItemDataRole.UserRole, f.name)
            self.list.addItem(item)

    def set_feelings(self, feelings: tuple[Feeling, ...]) -> None:
        self._feelings = list(feelings)
        self._refresh()

    def feelings(self) -> tuple[Feeling, ...]:
        return tuple(self._feelings)


class EntryEditor(QWidget):
    saved = Signal(int)  # entry id, after each save
    trashed = Signal(int)  # entry id moved to the trash
    bring_to_group = Signal(str, int)  # selected text (or the first line), the saved entry's id
    loaded = Signal(object)  # the Entry just shown

    def __init__(self, journal: JournalRepository, parent: QWidget | None = None, *, goals=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.journal = journal
        self.goals = goals  # GoalRepository, for "Link to goals…"
        self.entry: Entry | None = None
        self._dirty = False
        self._loading = False
        self._when_edited = False
        self._body_edited = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self._autosave)
        self._field_widgets: dict[str, QWidget] = {}

        self.kind_label = label("", "subtitle")
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy, HH:mm")
        self.when.setAccessibleName("Date and time of this entry")
        self.bring = QCheckBox("Bring this to group")
        self.bring.setAccessibleName("Bring this to group")
        self.delete_button = QPushButton("Move to trash")
        self.delete_button.clicked.connect(self._trash)
        top = QHBoxLayout()
        top.addWidget(self.when)
        top.addWidget(self.bring)
        top.addStretch(1)

        self.intro = label("", "hint")
        self.prompt_label = label("", "prompt")
        self.title = QLineEdit()
        self.title.setPlaceholderText("Title (optional)")
        self.title.setAccessibleName("Title")
        self.form_box = QWidget()
        self.form_layout = QFormLayout(self.form_box)
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)

        self.toolbar = QToolBar()
        self.toolbar.setAccessibleName("Formatting")
        self.body = BodyEdit()
        self.body.setObjectName("body")
        self.body.setAcceptRichText(True)
        self.body.setAccessibleName("Entry text")
        self.body.setPlaceholderText("Write here. Nothing you write leaves this computer.")
        self.body.setMinimumHeight(160)
        self.body.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.body.customContextMenuRequested.connect(self._body_menu)
        self._build_toolbar()

        self.tags = QLineEdit()
        self.tags.setPlaceholderText("Tags, separated by commas")
        self.tags.setAccessibleName("Tags")
        self.status = label("", "hint", wrap=False)
        self.status.setMinimumWidth(110)
        self.coach_button = QPushButton("Check my wording")
        self.coach_button.setToolTip("Spots questions to others and offers them as statements about you")
        self.coach_button.clicked.connect(self.run_coach)
        self.coach_list = QListWidget()
        self.coach_list.setAccessibleName("Wording suggestions; press Enter to use one")
        self.coach_list.setVisible(False)
        self.coach_list.setMaximumHeight(140)
        self.coach_list.setWordWrap(True)
        self.coach_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.coach_list.itemActivated.connect(self._apply_hint)
        bottom = QHBoxLayout()
        bottom.addWidget(self.coach_button)
        bottom.addStretch(1)
        bottom.addWidget(self.status)

        inner = QWidget()
        box = QVBoxLayout(inner)
        box.setSpacing(8)
        box.addWidget(self.kind_label)
        box.addLayout(top)
        box.addWidget(self.prompt_label)
        box.addWidget(self.intro)
        box.addWidget(self.title)
        box.addWidget(self.form_box)
        box.addWidget(self.toolbar)
        box.addWidget(self.body, 1)
        box.addWidget(self.coach_list)
        box.addWidget(self.tags)
        box.addLayout(bottom)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.empty = label("Choose an entry on the left, or start a new one.", "hint")
        outer.addWidget(self.empty)
        for w in (self.title, self.tags):
            w.textChanged.connect(self._changed)
        self.body.textChanged.connect(self._body_changed)
        self.when.dateTimeChanged.connect(self._when_changed)
        self.bring.toggled.connect(self._changed)
        self._scroll = scroll
        self._show(False)

    def _build_toolbar(self) -> None:
        def act(text: str, shortcut: str, slot) -> None:  # type: ignore[no-untyped-def]
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text} ({shortcut})")
            action.triggered.connect(slot)
            self.toolbar.addAction(action)
            self.addAction(action)

        act("Bold", "Ctrl+B", self._bold)
        act("Italic", "Ctrl+I", self._italic)
        act("Heading", "Ctrl+Shift+H", self._heading)
        act("List", "Ctrl+Shift+L", self._list)
        act("Bring to group", "Ctrl+Shift+B", self.bring_selection_to_group)
        act("Goals…", "Ctrl+Shift+G", self.link_goals)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(self.delete_button)

    def _bold(self) -> None:
        fmt = QTextCharFormat()
        bold = self.body.fontWeight() != QFont.Weight.Bold
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self.body.mergeCurrentCharFormat(fmt)

    def _italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.body.fontItalic())
        self.body.mergeCurrentCharFormat(fmt)

    def _heading(self) -> None:
        cursor = self.body.textCursor()
        block = cursor.blockFormat()
        block.setHeadingLevel(0 if block.headingLevel() else 2)
        cursor.setBlockFormat(block)
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if block.headingLevel() else QFont.Weight.Normal)
        cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
        cursor.mergeCharFormat(fmt)

    def _list(self) -> None:
        cursor = self.body.textCursor()
        if cursor.currentList():
            current = cursor.currentList()
            current.remove(cursor.block())
            block = cursor.blockFormat()
            block.setIndent(0)
            cursor.setBlockFormat(block)
        else:
            cursor.createList(QTextListFormat.Style.ListDisc)

    def _show(self, has_entry: bool) -> None:
        self._scroll.setVisible(has_entry)
        self.empty.setVisible(not has_entry)

    # -- loading -------------------------------------------------------------

    def _build_form(self, kind: str) -> None:
        while self.form_layout.rowCount():
            self.form_layout.removeRow(0)
        self._field_widgets = {}
        spec = FORMS.get(kind)
        for field in spec.fields if spec else ():
            widget = self._field_widget(field)
            self._field_widgets[field.key] = widget
            self.form_layout.addRow(field.label, widget)
        self.form_box.setVisible(bool(self._field_widgets))

    def _field_widget(self, field: FieldSpec) -> QWidget:
        if field.kind == "feelings":
            w = FeelingsField()
            w.changed.connect(self._changed)
        elif field.kind == "choice":
            w = QComboBox()
            w.addItem("")
            w.addItems(list(field.choices))
            w.currentIndexChanged.connect(self._changed)
        elif field.kind == "text":
            w = QPlainTextEdit()
            w.setMaximumHeight(90)
            w.setTabChangesFocus(True)
            w.textChanged.connect(self._changed)
        else:
            w = QLineEdit()
            w.setPlaceholderText(field.placeholder)
            w.textChanged.connect(self._changed)
        w.setAccessibleName(field.label)
        return w

    def load(self, entry: Entry, prompt_text: str = "") -> bool:
        """Show an entry (saving the one before). A new entry is saved only once something is written.

        If the one before cannot be saved, it stays on screen and False is returned.
        """
        if not self.save_now():
            return False
        self._loading = True
        try:
            self.entry = entry
            spec = FORMS.get(entry.kind)
            self.kind_label.setText(spec.title if spec else entry.kind)
            self.intro.setText(spec.intro if spec else "")
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
                    idx = widget.findText(str(value))
                    widget.setCurrentIndex(max(idx, 0))
                elif isinstance(widget, QPlainTextEdit):
                    widget.setPlainText(str(value))
                elif isinstance(widget, QLineEdit):
                    widget.setText(str(value))
            self.body.setMarkdown(entry.body)
            self.body.document().setModified(False)
            self.tags.setText(", ".join(entry.tags))
            self.tags.setCursorPosition(0)
            self.coach_list.clear()
            self.coach_list.setVisible(False)
            self._dirty = False
            self.delete_button.setEnabled(entry.id is not None)
            self._update_status("Saved" if entry.id is not None else "")
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
        self.coach_list.clear()
        self._loading = False
        self._show(False)

    # -- saving ----------------------------------------------------------------

    def _body_changed(self) -> None:
        if not self._loading and self.entry is not None:
            self._body_edited = True
            self._changed()

    def _when_changed(self, *args: object) -> None:
        if not self._loading and self.entry is not None:
            self._when_edited = True
            self._changed()

    def _changed(self, *args: object) -> None:
        if self._loading or self.entry is None:
            return
        self._dirty = True
        self._update_status("Not saved yet")
        self._timer.start()

    def collect(self) -> Entry:
        assert self.entry is not None
        fields: dict[str, object] = {}
        feelings: tuple[Feeling, ...] = ()
        for key, widget in self._field_widgets.items():
            if isinstance(widget, FeelingsField):
                feelings = widget.feelings()
            elif isinstance(widget, QComboBox):
                if widget.currentText():
                    fields[key] = widget.currentText()
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

    def _autosave(self) -> None:
        if not self.save_now():
            self._timer.start(5000)  # try again in a moment; typing also retries

    def save_now(self, *, must: bool = False) -> bool:
        """Save pending changes. False (or SaveFailed when `must`) if the vault refused; the text stays here."""
        self._timer.stop()
        if not self._dirty or self.entry is None:
            return True
        try:
            self.entry = self.journal.save(self.collect())
        except (VaultError, OSError, db_errors) as exc:
            self._update_status(f"Not saved yet ({type(exc).__name__}); your text is still here")
            if must:
                raise SaveFailed(type(exc).__name__) from None
            return False
        self._dirty = False
        self.delete_button.setEnabled(True)
        self._update_status("Saved")
        self.saved.emit(self.entry.id)
        return True

    def _update_status(self, state: str) -> None:
        words = word_count(self.body.toPlainText())
        self.status.setText(f"{words} word{'s' if words != 1 else ''}" + (f" · {state}" if state else ""))

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

    def bring_selection_to_group(self) -> None:
        """Put the selected text (or the entry's first line) on the list for next session."""
        if self.entry is None:
            return
        text = self.body.textCursor().selectedText().replace("\u2029", " ").strip()
        for widget in self._field_widgets.values():
            if not text and isinstance(widget, (QLineEdit, QPlainTextEdit)) and widget.hasFocus():
                cursor = widget.textCursor() if isinstance(widget, QPlainTextEdit) else None
                text = cursor.selectedText() if cursor is not None else widget.selectedText()
        self._dirty = self._dirty or self.entry.id is None
        self.save_now()
        if self.entry.id is None:
            return
        self.bring_to_group.emit(text or self.collect().first_line() or "An entry I want to bring to group", self.entry.id)

    def link_goals(self) -> None:
        """Tick the goals this entry belongs to; links are kept both ways."""
        if self.entry is None or self.goals is None:
            return
        self._dirty = self._dirty or self.entry.id is None
        self.save_now()
        if self.entry.id is None:
            return
        goals = [g for g in self.goals.list() if not g.is_closed]
        linked = {g.id for g in self.goals.goals_for_entry(self.entry.id)}
        chosen = choose_goals(self, [(int(g.id), g.title) for g in goals], linked)
        if chosen is None:
            return
        for goal_id in chosen - linked:
            self.goals.link_entry(goal_id, self.entry.id)
        for goal_id in linked - chosen:
            self.goals.unlink_entry(goal_id, self.entry.id)
        self._update_status(f"Linked to {len(chosen)} goal{'s' if len(chosen) != 1 else ''}")

    def _body_menu(self, pos) -> None:  # type: ignore[no-untyped-def]
        menu = self.body.createStandardContextMenu(pos)
        menu.addSeparator()
        action = menu.addAction("Bring to group")
        action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        action.triggered.connect(self.bring_selection_to_group)
        menu.exec(self.body.mapToGlobal(pos))

    # -- statement coach ------------------------------------------------------

    def run_coach(self) -> None:
        from ipt_journal.domain.statements import nothing_spotted, review

        text = self.body.toPlainText()
        hints = review(text)
        self.coach_list.clear()
        if not hints:
            self.coach_list.addItem(nothing_spotted())
        for hint in hints:
            shown = f"“{hint.sentence.strip()}”  →  {hint.rewrite}" if hint.rewrite else f"“{hint.sentence.strip()}”"
            item = QListWidgetItem(f"{shown}\n{hint.reason}")
            item.setData(Qt.ItemDataRole.UserRole, (hint.start, hint.end, hint.rewrite))
            self.coach_list.addItem(item)
        self.coach_list.setVisible(True)

    def _apply_hint(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if not data or not data[2]:
            return
        start, end, rewrite = data
        cursor = self.body.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(rewrite)
        self.run_coach()


def new_entry(kind: str, *, prompt_id: str | None = None, suggestion: int | None = None) -> Entry:
    spec = FORMS.get(kind)
    return Entry(
        kind=kind, entry_at=datetime.now().astimezone().replace(second=0, microsecond=0),
        suggestion=suggestion if suggestion is not None else (spec.suggestion if spec else None), prompt_id=prompt_id,
    )


def choose_goals(parent: QWidget | None, goals: list[tuple[int, str]], linked: set[int]) -> set[int] | None:
    """Checkboxes over the open goals; None if the member cancels. Tests replace this."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox

    dialog = QDialog(parent)
    dialog.setWindowTitle("Goals this entry belongs to")
    items = QListWidget()
    items.setAccessibleName("Your goals; tick the ones this entry is about")
    for goal_id, title in goals:
        item = QListWidgetItem(title)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if goal_id in linked else Qt.CheckState.Unchecked)
        item.setData(Qt.ItemDataRole.UserRole, goal_id)
        items.addItem(item)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    box = QVBoxLayout(dialog)
    box.addWidget(label("You have no open goals yet." if not goals else "Tick the goals this entry is about.", "hint"))
    box.addWidget(items)
    box.addWidget(buttons)
    if not dialog.exec():
        return None
    return {
        int(items.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(items.count())
        if items.item(i).checkState() == Qt.CheckState.Checked
    }
