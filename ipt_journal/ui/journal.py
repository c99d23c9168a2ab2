"""The Journal screen: filters and the lazy timeline on the left, the editor on the right."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ipt_journal.domain.entries import FORMS, Entry, TimelineFilter
from ipt_journal.services.session import Session
from ipt_journal.ui import dialogs
from ipt_journal.ui.editor import EntryEditor, new_entry
from ipt_journal.ui.editor.people import people_repo
from ipt_journal.ui.editor.words import form_title
from ipt_journal.ui.flow import flow_of
from ipt_journal.ui.models import EntryIdRole, TimelineModel, day_text, format_summary
from ipt_journal.ui.widgets import FittingComboBox, label


GO_TO_DAY_KEY = "Ctrl+G"
TRASH_KEY = "Ctrl+Shift+T"


def native(key: str) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


class JournalScreen(QWidget):
    entries_changed = Signal()  # something was saved or deleted

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert session.journal is not None
        self.session = session
        self.journal = session.journal
        self.model = TimelineModel(self.journal, self)

        self.kind = FittingComboBox()
        self.kind.setAccessibleName(self.tr("Show entries of kind"))
        self.kind.addItem(self.tr("All kinds"), None)
        for key in FORMS:
            self.kind.addItem(form_title(key), key)
        self.suggestion = FittingComboBox()
        self.suggestion.setAccessibleName(self.tr("Show entries about suggestion"))
        self.suggestion.addItem(self.tr("All suggestions"), None)
        for group in session.library.suggestions:
            self.suggestion.addItem(f"{group.number}. {group.title}", group.number)
        self.tag = FittingComboBox()
        self.tag.setAccessibleName(self.tr("Show entries with tag"))
        self.feeling = FittingComboBox()
        self.feeling.setAccessibleName(self.tr("Show entries with feeling"))
        self.period = FittingComboBox()
        self.period.setAccessibleName(self.tr("Show entries from"))
        for text, days in ((self.tr("Any time"), None), (self.tr("Last 7 days"), 7), (self.tr("Last 30 days"), 30),
                           (self.tr("Last 12 months"), 365), (self.tr("Choose dates…"), -1)):
            self.period.addItem(text, days)
        self.date_range: tuple[date, date] | None = None  # chosen from/to days, both included
        self._refill_facets()
        self.period.activated.connect(self._period_chosen)  # the member picked, even the same item again
        self.period.currentIndexChanged.connect(
            lambda i: self._apply_filter() if self.period.itemData(i) != -1 or self.date_range else None
        )
        for combo in (self.kind, self.suggestion, self.tag, self.feeling):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.jump = QPushButton(self.tr("Go to day…"))
        self.jump.setShortcut(QKeySequence(GO_TO_DAY_KEY))
        self.jump.setToolTip(self.tr("Go to a day in the calendar (%1)").replace("%1", native(GO_TO_DAY_KEY)))
        self.jump.clicked.connect(self._pick_day)
        self.new_button = QPushButton(self.tr("New"))
        self.new_button.setObjectName("primary")
        self.new_button.setAccessibleName(self.tr("New entry"))
        self.new_button.setShortcut(QKeySequence("Ctrl+N"))
        self.new_button.setToolTip(self.tr("New entry (%1)").replace("%1", native("Ctrl+N")))
        self.new_button.clicked.connect(lambda: self.start_entry("free"))
        self.trash_button = QPushButton(self.tr("Trash"))
        self.trash_button.setShortcut(QKeySequence(TRASH_KEY))
        self.trash_button.setToolTip(self.tr("Entries you deleted (%1)").replace("%1", native(TRASH_KEY)))
        self.trash_button.clicked.connect(self.open_trash)

        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.setAccessibleName(self.tr("Entries, newest first"))
        self.list.setWordWrap(False)
        self.list.setSpacing(3)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.selectionModel().currentChanged.connect(self._open_current)
        self.empty = label(self.tr(
            "Your journal is empty for now. Start with a prompt on Today, or write freely with New."), "hint")

        # The buttons and filters in one row above the list and the editor, wrapping onto more lines at a
        # small window, large text or in Spanish; each filter is as wide as the words it shows, so "All
        # suggestions" is never cut. Beside the list they needed a column wider than 900 px could give.
        bar = flow_of(self.new_button, self.jump, self.trash_button, self.kind, self.suggestion, self.tag,
                      self.feeling, self.period, spacing=6)
        left = QWidget()
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 6, 0)
        lbox.addWidget(self.list, 1)
        lbox.addWidget(self.empty)

        self.editor = EntryEditor(self.journal, goals=session.goals, people=people_repo(session))
        self.editor.saved.connect(self._saved)
        self.editor.trashed.connect(self._trashed)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        # Widths follow the text size. The editor never gets less than its fields need (its minimum size
        # hint says how much); the list gives way at a small window (its rows end in "…").
        em = self.fontMetrics().averageCharWidth()
        left.setMinimumWidth(em * 16)
        splitter.setSizes([em * 50, em * 75])
        splitter.setChildrenCollapsible(False)
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 12, 12, 12)
        box.addWidget(bar)
        box.addWidget(splitter, 1)
        self._update_empty()

    def _refill_facets(self) -> None:
        for combo, first, values in (
            (self.tag, self.tr("All tags"), self.journal.all_tags()),
            (self.feeling, self.tr("All feelings"), self.journal.all_feelings()),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for v in values:
                combo.addItem(v, v)
            idx = combo.findData(current)
            combo.setCurrentIndex(max(idx, 0))
            combo.blockSignals(False)

    def current_filter(self) -> TimelineFilter:
        date_from = date_to = None
        days = self.period.currentData()
        if days == -1 and self.date_range is not None:
            date_from = datetime.combine(self.date_range[0], time()).astimezone()
            date_to = datetime.combine(self.date_range[1] + timedelta(days=1), time()).astimezone()
        elif days:
            date_from = datetime.now().astimezone() - timedelta(days=days)
        return TimelineFilter(
            kind=self.kind.currentData(), suggestion=self.suggestion.currentData(), tag=self.tag.currentData(),
            feeling=self.feeling.currentData(), date_from=date_from, date_to=date_to,
        )

    def _period_chosen(self, index: int) -> None:
        if self.period.itemData(index) != -1:
            return
        chosen = ask_date_range(self, self.date_range)
        if chosen is not None:
            self.set_date_range(*chosen)
        elif self.date_range is None:
            self.period.setCurrentIndex(0)

    def set_date_range(self, first: date, last: date) -> None:
        """Show entries from `first` to `last`, both days included (swapped if given backwards)."""
        if last < first:
            first, last = last, first
        self.date_range = (first, last)
        self.period.setItemText(self.period.count() - 1, f"{day_text(first)} – {day_text(last)}")
        self.period.setCurrentIndex(self.period.count() - 1)
        self._apply_filter()

    def _apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self._update_empty()

    def _update_empty(self) -> None:
        self.empty.setVisible(self.model.rowCount() == 0)
        if self.journal.count() and self.model.rowCount() == 0:
            self.empty.setText(self.tr("No entries match these filters. Choose \"All\" in a filter to see more."))

    def _open_current(self, current, previous) -> None:  # type: ignore[no-untyped-def]
        if not current.isValid():
            return
        entry_id = current.data(EntryIdRole)
        if self.editor.entry is not None and self.editor.entry.id == entry_id:
            return
        self.open_entry(entry_id)

    def open_entry(self, entry_id: int) -> None:
        from ipt_journal.vault.errors import NotFound

        try:
            entry = self.journal.get(entry_id)
        except NotFound:
            self.model.reload()
            return
        prompt_text = ""
        if entry.prompt_id:
            from ipt_journal.services.prompts import find_prompt

            prompt = find_prompt(self.session, entry.prompt_id)
            prompt_text = prompt.text if prompt else ""
        if not self.editor.load(entry, prompt_text):
            self._select_row_of_editor()  # the entry on screen could not be saved: it stays
            return
        row = self.model.row_of(entry_id)
        if row is not None:
            self.list.selectionModel().blockSignals(True)
            self.list.setCurrentIndex(self.model.index(row))
            self.list.selectionModel().blockSignals(False)

    def _select_row_of_editor(self) -> None:
        current = self.editor.entry.id if self.editor.entry else None
        row = self.model.row_of(current) if current is not None else None
        self.list.selectionModel().blockSignals(True)
        if row is None:
            self.list.clearSelection()
        else:
            self.list.setCurrentIndex(self.model.index(row))
        self.list.selectionModel().blockSignals(False)

    def start_entry(self, kind: str, *, prompt_id: str | None = None, suggestion: int | None = None,
                    prompt_text: str = "") -> Entry:
        entry = new_entry(kind, prompt_id=prompt_id, suggestion=suggestion)
        if not self.editor.load(entry, prompt_text):
            return self.editor.entry  # type: ignore[return-value]  # the unsaved one stays on screen
        self.list.clearSelection()
        self.editor.body.setFocus()
        return entry

    def _saved(self, entry_id: int) -> None:
        entry = self.editor.entry
        current = entry.id if entry else None
        if entry is not None and self._update_in_place(entry):
            self.entries_changed.emit()
            return
        self.model.reload()
        self._refill_facets()
        self._update_empty()
        if current is not None:
            row = self.model.row_of(current)
            if row is not None:
                self.list.selectionModel().blockSignals(True)
                self.list.setCurrentIndex(self.model.index(row))
                self.list.selectionModel().blockSignals(False)
        self.entries_changed.emit()

    def _update_in_place(self, entry: Entry) -> bool:
        """Autosave of an entry whose place in the list stays the same: no reload while typing."""
        from ipt_journal.domain.entries import EntrySummary

        row = self.model.row_of(int(entry.id)) if entry.id is not None else None
        if row is None:
            return False
        old = self.model.summary(row)
        if old.entry_at != entry.entry_at or old.kind != entry.kind:
            return False
        known_tags = {self.tag.itemData(i) for i in range(self.tag.count())}
        known_feelings = {self.feeling.itemData(i) for i in range(self.feeling.count())}
        if not set(entry.tags) <= known_tags or not {f.name for f in entry.feelings} <= known_feelings:
            return False
        flt = self.model.filter
        if flt.tag or flt.feeling:
            return False  # the entry may have left the filtered list
        self.model.replace_row(EntrySummary(int(entry.id), entry.kind, entry.entry_at, entry.first_line(),
                                            tuple(sorted(entry.tags, key=str.casefold)), entry.suggestion))
        return True

    def _trashed(self, entry_id: int) -> None:
        self.model.reload()
        self._refill_facets()
        self._update_empty()
        self.entries_changed.emit()

    def _pick_day(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Go to a day"))
        cal = QCalendarWidget()
        cal.setAccessibleName(self.tr("Choose a day; Enter goes there"))
        cal.setSelectedDate(QDate.currentDate())
        cal.activated.connect(dialog.accept)
        box = QVBoxLayout(dialog)
        box.addWidget(cal)
        go = QPushButton(self.tr("Go"))
        go.setAccessibleName(self.tr("Go to this day"))
        go.setDefault(True)
        go.clicked.connect(dialog.accept)
        box.addWidget(go)
        self.day_dialog = dialog  # for tests and the accessibility walk
        if dialogs.run(dialog):
            self.jump_to_day(cal.selectedDate().toPython())

    def jump_to_day(self, day) -> int:  # type: ignore[no-untyped-def]
        """Select the newest entry on or before the given day; returns its row (or -1)."""
        end = datetime.combine(day + timedelta(days=1), time()).astimezone()
        row = self.journal.position_of_date(end, self.model.filter)
        if row >= self.model.total:
            row = self.model.total - 1
        if row < 0:
            return -1
        self.model.ensure_loaded(row)
        index = self.model.index(row)
        self.list.setCurrentIndex(index)
        self.list.scrollTo(index, QListView.ScrollHint.PositionAtTop)
        return row

    def open_trash(self) -> None:
        self.trash_dialog = TrashDialog(self.session, self)
        dialogs.run(self.trash_dialog)
        self.model.reload()
        self._refill_facets()
        self._update_empty()

    def save_pending(self) -> None:
        self.editor.save_now(must=True)


def ask_date_range(parent: QWidget | None, current: tuple[date, date] | None) -> tuple[date, date] | None:
    """A small dialog with two dates; None if the member cancels."""
    from PySide6.QtWidgets import QDateEdit, QDialogButtonBox, QFormLayout

    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("JournalScreen", "Show entries between"))
    first, last = QDateEdit(), QDateEdit()
    for edit, value in zip((first, last), current or (date.today() - timedelta(days=30), date.today()), strict=True):
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")  # month names follow the locale
        edit.setDate(QDate(value.year, value.month, value.day))
    first.setAccessibleName(QCoreApplication.translate("JournalScreen", "From"))
    last.setAccessibleName(QCoreApplication.translate("JournalScreen", "To"))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form = QFormLayout(dialog)
    form.addRow(QCoreApplication.translate("JournalScreen", "From"), first)
    form.addRow(QCoreApplication.translate("JournalScreen", "To"), last)
    form.addRow(buttons)
    if not dialogs.run(dialog):
        return None
    return first.date().toPython(), last.date().toPython()


class TrashDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert session.journal is not None
        self.journal = session.journal
        self.setWindowTitle(self.tr("Trash"))
        self.resize(560, 400)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Entries in the trash"))
        restore = QPushButton(self.tr("Restore"))
        restore.setAccessibleName(self.tr("Restore the chosen entry"))
        restore.clicked.connect(self.restore_selected)
        empty = QPushButton(self.tr("Empty trash…"))
        empty.clicked.connect(self.empty_trash)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(restore)
        row.addWidget(empty)
        row.addStretch(1)
        row.addWidget(close)
        box = QVBoxLayout(self)
        self.hint = label(self.tr("Entries here can be restored until you empty the trash."), "hint")
        box.addWidget(self.hint)
        box.addWidget(self.list, 1)
        box.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for s in self.journal.timeline(offset=0, limit=10_000, trashed=True):
            item = QListWidgetItem(format_summary(s))
            item.setData(EntryIdRole, s.id)
            self.list.addItem(item)

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.journal.restore(item.data(EntryIdRole))
            self.refresh()

    def empty_trash(self) -> None:
        if self.list.count() and dialogs.confirm(
            self, self.tr("Empty the trash"), self.tr("These entries will be deleted for good and cannot be brought "
                                                      "back."), yes=self.tr("Delete for good"),
        ):
            self.journal.empty_trash()
            self.refresh()
