"""Qt models over the repositories: the timeline loads page by page as the list scrolls."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt, QTime

from ipt_journal.domain.entries import EntrySummary, TimelineFilter
from ipt_journal.ui.editor.words import form_title
from ipt_journal.vault.journal import JournalRepository, TimelineKey

PAGE = 200
EntryIdRole = Qt.ItemDataRole.UserRole + 1


def day_text(day) -> str:  # type: ignore[no-untyped-def]
    """A day as the member's language writes it, short: "Tue 3 Dec 2026" / "mar 3 dic 2026"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")


def when_text(at: datetime) -> str:
    """Day and time in the member's language and the locale's own clock (24 h or am/pm)."""
    clock = QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)
    return f"{day_text(at)}, {clock}"


def format_summary(s: EntrySummary) -> str:
    kind = form_title(s.kind)
    when = when_text(s.entry_at)
    first = s.first_line.replace("**", "").replace("__", "") or QCoreApplication.translate("TimelineModel", "(empty)")
    if len(first) > 90:
        first = first[:89] + "…"
    tags = ("   " + " ".join(f"#{t}" for t in s.tags)) if s.tags else ""
    return f"{when} · {kind}{tags}\n{first}"


class TimelineModel(QAbstractListModel):
    """Every row's place is known early, its words only when shown.

    fetchMore reads the order alone (time and id per row, KEYS rows at a time); the words of a
    row - form, first line, tags - are read a page of PAGE rows at a time, the first time the
    view asks for any row of that page, and kept. Jumping to the oldest entry of 100,000 reads
    the order and one page, not 100,000 summaries.
    """

    KEYS = 10_000

    def __init__(self, journal: JournalRepository, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._journal = journal
        self._filter = TimelineFilter()
        self._keys: list[TimelineKey] = []
        self._rows: list[EntrySummary | None] = []
        self._row_by_id: dict[int, int] = {}
        self._total = 0
        self.reload()

    def set_filter(self, flt: TimelineFilter) -> None:
        self._filter = flt
        self.reload()

    @property
    def filter(self) -> TimelineFilter:
        return self._filter

    def reload(self) -> None:
        self.beginResetModel()
        self._total = self._journal.count(self._filter)
        # The first page is read whole at once: what the member sees first, and a check of the table.
        first = {s.id: s for s in self._journal.timeline(self._filter, offset=0, limit=PAGE)}
        self._keys = self._journal.timeline_keys(self._filter, limit=len(first)) if first else []
        self._rows = [first.get(key[1]) for key in self._keys]
        self._row_by_id = {key[1]: i for i, key in enumerate(self._keys)}
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._keys, self._rows, self._row_by_id = [], [], {}
        self._total = 0
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._keys)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and len(self._keys) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: N802
        if parent.isValid():
            return
        after = self._keys[-1] if self._keys else None
        more = self._journal.timeline_keys(self._filter, after=after, limit=self.KEYS)
        if not more:
            self._total = len(self._keys)
            return
        first = len(self._keys)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._keys.extend(more)
        self._rows.extend([None] * len(more))
        self._row_by_id.update((key[1], first + i) for i, key in enumerate(more))
        self.endInsertRows()

    def ensure_loaded(self, row: int) -> None:
        while row >= len(self._keys) and self.canFetchMore():
            self.fetchMore()

    def _summary(self, row: int) -> EntrySummary | None:
        found = self._rows[row]
        if found is None:
            self._read_page(row - row % PAGE)
            found = self._rows[row]
        return found

    def _read_page(self, start: int) -> None:
        for s in self._journal.timeline(self._filter, limit=PAGE, start=self._keys[start]):
            row = self._row_by_id.get(s.id)
            if row is not None:
                self._rows[row] = s

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid() or index.row() >= len(self._keys):
            return None
        if role == EntryIdRole:
            return self._keys[index.row()][1]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        s = self._summary(index.row())
        if s is None:  # moved to the trash since the order was read
            return None
        text = format_summary(s)
        return text if role == Qt.ItemDataRole.DisplayRole else text.replace("\n", ". ")

    def replace_row(self, summary: EntrySummary) -> bool:
        """Show a saved entry's new first line and tags in place; False if it is not loaded."""
        row = self.row_of(summary.id)
        if row is None:
            return False
        self._rows[row] = summary
        index = self.index(row)
        self.dataChanged.emit(index, index)
        return True

    def summary(self, row: int) -> EntrySummary:
        found = self._summary(row)
        if found is None:
            raise IndexError(row)
        return found

    def row_of(self, entry_id: int) -> int | None:
        return self._row_by_id.get(entry_id)

    @property
    def total(self) -> int:
        return self._total
