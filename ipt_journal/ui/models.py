"""Qt models over the repositories: the timeline loads page by page as the list scrolls."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt, QTime

from ipt_journal.domain.entries import FORMS, EntrySummary, TimelineFilter
from ipt_journal.vault.journal import JournalRepository

PAGE = 200
EntryIdRole = Qt.ItemDataRole.UserRole + 1


def form_title(kind: str) -> str:
    """A form's title in the member's language (the domain keeps the English one, keyed by kind)."""
    titles = {
        "free": QCoreApplication.translate("FormTitles", "Free writing"),
        "moment": QCoreApplication.translate("FormTitles", "Something I noticed"),
        "nonverbal": QCoreApplication.translate("FormTitles", "Without words"),
        "avoided": QCoreApplication.translate("FormTitles", "Something I held back"),
        "feedback": QCoreApplication.translate("FormTitles", "Feedback"),
        "pattern": QCoreApplication.translate("FormTitles", "A pattern I see"),
        "unformed": QCoreApplication.translate("FormTitles", "A thought that doesn't make sense yet"),
        "concern": QCoreApplication.translate("FormTitles", "A concern about the group"),
        "trigger": QCoreApplication.translate("FormTitles", "A trigger I noticed"),
    }
    return titles.get(kind) or (FORMS[kind].title if kind in FORMS else kind)


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
    def __init__(self, journal: JournalRepository, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._journal = journal
        self._filter = TimelineFilter()
        self._rows: list[EntrySummary] = []
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
        self._rows = self._journal.timeline(self._filter, offset=0, limit=PAGE)
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._total = 0
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: N802
        if parent.isValid():
            return
        last = self._rows[-1] if self._rows else None
        # Later pages are larger: each fetch has a fixed cost in the view; 1,000 rows take about 12 ms.
        more = self._journal.timeline(self._filter, limit=PAGE * 5, after=last)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def ensure_loaded(self, row: int) -> None:
        while row >= len(self._rows) and self.canFetchMore():
            self.fetchMore()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        s = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return format_summary(s)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return format_summary(s).replace("\n", ". ")
        if role == EntryIdRole:
            return s.id
        return None

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
        return self._rows[row]

    def row_of(self, entry_id: int) -> int | None:
        for i, s in enumerate(self._rows):
            if s.id == entry_id:
                return i
        return None

    @property
    def total(self) -> int:
        return self._total
