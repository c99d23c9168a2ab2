"""Choosing entries one by one for an export: the timeline with check boxes and a filter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLineEdit, QPushButton, QTreeView, QVBoxLayout, QWidget

from ipt_journal.domain.entries import FORMS, EntrySummary
from ipt_journal.ui.widgets import label


def entry_line(summary: EntrySummary) -> str:
    """One row of the picker: when, then the first words (or the form's name)."""
    spec = FORMS.get(summary.kind)
    words = summary.first_line or (spec.title if spec else "")
    return f"{summary.entry_at.astimezone():%a %d %b %Y, %H:%M}  \u2014  {words}"


class EntryRows(QAbstractListModel):
    """The timeline as rows with check boxes, narrowed by a filter; what is ticked survives filtering.

    A model rather than a QListWidget item per row: ten thousand entries open at once,
    and ticking or filtering changes a Python set, not ten thousand items.
    """

    ticked_changed = Signal()  # the set of ticked entries changed

    def __init__(self, entries: list[EntrySummary], chosen: tuple[int, ...] = ()) -> None:
        super().__init__()
        self._ids = [e.id for e in entries]  # newest first, as the timeline gives them
        self._lines = [entry_line(e) for e in entries]
        self._haystacks = [
            f"{line} {e.entry_at.astimezone():%Y-%m-%d %B} {' '.join(e.tags)}".casefold()
            for line, e in zip(self._lines, entries)
        ]
        self._shown = list(range(len(entries)))
        self.ticked = set(chosen) & set(self._ids)
        self.row_height = 0  # set by the view from its font

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._shown[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._lines[row]
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self._ids[row] in self.ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[row]
        if role == Qt.ItemDataRole.SizeHintRole and self.row_height:
            return QSize(0, self.row_height)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        entry_id = self._ids[self._shown[index.row()]]
        if value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value):
            self.ticked.add(entry_id)
        else:
            self.ticked.discard(entry_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.ticked_changed.emit()
        return True

    def set_filter(self, text: str) -> None:
        words = text.casefold().split()
        self.beginResetModel()
        self._shown = [i for i, hay in enumerate(self._haystacks) if all(w in hay for w in words)]
        self.endResetModel()

    def tick_shown(self, ticked: bool) -> None:
        shown = {self._ids[i] for i in self._shown}
        self.ticked = self.ticked | shown if ticked else self.ticked - shown
        if self._shown:
            self.dataChanged.emit(self.index(0), self.index(len(self._shown) - 1), [Qt.ItemDataRole.CheckStateRole])
        self.ticked_changed.emit()

    def chosen(self) -> tuple[int, ...]:
        """The ticked entries' ids, newest first (hidden by the filter or not)."""
        return tuple(i for i in self._ids if i in self.ticked)


class EntryPicker(QDialog):
    """Tick the entries to export: the timeline, newest first, with a filter box."""

    def __init__(self, parent: QWidget | None, entries: list[EntrySummary], chosen: tuple[int, ...] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose entries"))
        self.setMinimumSize(560, 420)
        box = QVBoxLayout(self)
        box.setSpacing(10)
        box.addWidget(label(self.tr("Tick the entries you want in the file. The filter only narrows the list; "
                                    "what you ticked stays ticked."), "hint"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by words or a date, like 2024-05 or May"))
        self.filter.setAccessibleName(self.tr("Filter the entries"))
        self.filter.setClearButtonEnabled(True)
        box.addWidget(self.filter)
        self.rows = EntryRows(entries, chosen)
        # A one-column tree view: unlike a list view it elides long first lines to its width.
        self.list = QTreeView()
        self.list.setAccessibleName(self.tr("Entries"))
        self.list.setHeaderHidden(True)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rows.row_height = self.list.fontMetrics().height() + 10  # rows a tired eye can follow
        self.list.setModel(self.rows)
        box.addWidget(self.list, 1)
        self.empty = label(self.tr("No entries match that filter."), "hint")
        self.empty.hide()
        box.addWidget(self.empty)
        row = QHBoxLayout()
        tick = QPushButton(self.tr("Tick all shown"))
        tick.clicked.connect(lambda: self.rows.tick_shown(True))
        untick = QPushButton(self.tr("Untick all shown"))
        untick.clicked.connect(lambda: self.rows.tick_shown(False))
        self.count = label("", "hint", wrap=False)
        row.addWidget(tick)
        row.addWidget(untick)
        row.addStretch(1)
        row.addWidget(self.count)
        box.addLayout(row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(self.tr("Use these entries"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box.addWidget(self.buttons)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.returnPressed.connect(self.list.setFocus)
        self.rows.ticked_changed.connect(self._update_count)
        self._update_count()

    def _apply_filter(self, text: str) -> None:
        self.rows.set_filter(text)
        self.empty.setVisible(self.rows.rowCount() == 0)

    def chosen(self) -> tuple[int, ...]:
        return self.rows.chosen()

    def _update_count(self) -> None:
        n = len(self.rows.ticked)
        self.count.setText(self.tr("No entries ticked yet") if n == 0 else (
            self.tr("1 entry ticked") if n == 1 else self.tr("%1 entries ticked").replace("%1", str(n))))
        self.ok.setEnabled(n > 0)


def ask_entries(parent: QWidget | None, entries: list[EntrySummary], chosen: tuple[int, ...] = ()) -> tuple[int, ...] | None:
    """The entries the member ticks (ids), or None if they cancel."""
    picker = EntryPicker(parent, entries, chosen)
    if not picker.exec():
        return None
    return picker.chosen()
