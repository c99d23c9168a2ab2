"""Back up, restore, export and import from the menu: small dialogs and one background worker.

Long work runs in a QThread on its own vault connection (Vault.worker_handle), reports
progress to a QProgressDialog, and can be cancelled; the worker never touches widgets.
The dialog functions below are thin so tests can replace them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QThread,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ipt_journal.domain.entries import FORMS, EntrySummary, TimelineFilter
from ipt_journal.services import data_safety
from ipt_journal.services.data_safety import PLAINTEXT_WARNING, Cancelled
from ipt_journal.ui import dialogs
from ipt_journal.ui.widgets import label
from ipt_journal.vault.errors import WrongPassphrase, VaultError
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.vault import Vault

# -- the worker -------------------------------------------------------------------

Work = Callable[[Vault | None, Callable[[int, int], None]], Any]


class Task(QObject):
    """One piece of long work, run in its own thread. Signals arrive on the UI thread."""

    progress = Signal(int, int)  # done, total (total 0: unknown)
    succeeded = Signal(object)  # whatever the work returned
    failed = Signal(str)  # one sentence for the member
    cancelled = Signal()  # the member cancelled; nothing was written
    done = Signal()  # after any of the three above

    def __init__(self, work: Work, vault: Vault | None = None) -> None:
        super().__init__()
        self._work = work
        self._vault = vault
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _report(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self.progress.emit(done, total)

    @Slot()
    def run(self) -> None:
        handle = None
        try:
            if self._vault is not None:
                handle = self._vault.worker_handle()
            self._report(0, 0)
            result = self._work(handle, self._report)
        except Cancelled:
            self.cancelled.emit()
        except VaultError as exc:
            self.failed.emit(str(exc))
        except OSError as exc:
            self.failed.emit(f"The file could not be written or read ({exc.strerror or type(exc).__name__}). Nothing was lost.")
        except Exception as exc:  # never a traceback, never member text
            self.failed.emit(f"Something unexpected stopped this ({type(exc).__name__}). Nothing was lost.")
        else:
            self.succeeded.emit(result)
        finally:
            if handle is not None:
                handle.close()
            self.done.emit()


class BackgroundTask(QObject):
    """A Task in a QThread with a progress dialog; keeps itself alive until the thread ends."""

    finished = Signal()  # the thread has stopped and the dialog is closed
    progressed = Signal(int, int)  # done, total: the worker's progress, delivered on the UI thread

    _running: set[BackgroundTask] = set()

    def __init__(self, parent: QWidget | None, title: str, text: str, work: Work, vault: Vault | None = None) -> None:
        super().__init__()
        self.task = Task(work, vault)
        self.thread = QThread()
        self.task.moveToThread(self.thread)
        self.thread.started.connect(self.task.run)
        self.task.done.connect(self.thread.quit)
        self.thread.finished.connect(self._finished)
        self.dialog = QProgressDialog(text, "Cancel", 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        # Not connected to the task directly: its thread is busy running the work, so a
        # queued call would arrive only after it ends. The flag is a thread-safe Event.
        self.dialog.canceled.connect(self.cancel)
        self.task.progress.connect(self._progress)
        self.result: Any = None
        self.error: str | None = None
        self.was_cancelled = False
        self.task.succeeded.connect(self._set_result)
        self.task.failed.connect(self._set_error)
        self.task.cancelled.connect(self._set_cancelled)

    def start(self) -> BackgroundTask:
        BackgroundTask._running.add(self)
        self.thread.start()
        return self

    def cancel(self) -> None:
        self.task.cancel()

    def _progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        self.progressed.emit(done, total)

    def _set_result(self, result: object) -> None:
        self.result = result

    def _set_error(self, text: str) -> None:
        self.error = text

    def _set_cancelled(self) -> None:
        self.was_cancelled = True

    def _finished(self) -> None:
        self.thread.wait()
        self.dialog.close()
        self.dialog.deleteLater()
        BackgroundTask._running.discard(self)
        self.finished.emit()


def run_in_background(
    parent: QWidget | None,
    title: str,
    text: str,
    work: Work,
    *,
    vault: Vault | None = None,
    on_success: Callable[[Any], None] | None = None,
) -> BackgroundTask:
    """Start work off the UI thread; on success call on_success, otherwise tell the member calmly."""
    job = BackgroundTask(parent, title, text, work, vault)

    def finished() -> None:
        if job.error is not None:
            dialogs.inform(parent, title, job.error)
        elif job.was_cancelled:
            dialogs.inform(parent, title, "Stopped. Nothing was written.")
        elif on_success is not None:
            on_success(job.result)

    job.finished.connect(finished)
    window = parent.window() if parent is not None else None
    if window is not None and hasattr(window, "locked"):
        window.locked.connect(job.cancel)  # locking stops the work; its own connection closes
    return job.start()


# -- thin dialogs (tests replace these) ---------------------------------------------


def ask_folder(parent: QWidget | None, title: str) -> str | None:
    return QFileDialog.getExistingDirectory(parent, title, options=dialogs.PRIVATE | QFileDialog.Option.ShowDirsOnly) or None


def ask_open_paths(parent: QWidget | None, title: str, filters: str) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(parent, title, "", filters, options=dialogs.PRIVATE)
    return list(paths)


def ask_backup_secret(parent: QWidget | None) -> tuple[str, str] | None:
    """(kind, secret) for the backup's key file: kind is 'passphrase' or 'recovery'."""
    text, ok = QInputDialog.getText(
        parent, "Open the backup",
        "Type the passphrase that opened this backup's journal\n(or its recovery code):",
        QLineEdit.EchoMode.Password,
    )
    if not ok or not text:
        return None
    compact = text.replace("-", "").replace(" ", "")
    kind = "recovery" if len(compact) == 24 and compact.isalnum() else "passphrase"
    return kind, text


@dataclass(frozen=True)
class ExportChoice:
    fmt: str  # json | md | pdf
    path: Path
    date_from: datetime | None = None
    date_to: datetime | None = None  # exclusive
    names: tuple[str, ...] | None = None  # None: keep names as written
    what: str = "entries"  # entries | agenda | goals (md and pdf)
    ids: tuple[int, ...] | None = None  # entries picked one by one


# What an export holds: (words in the dialog, value). "selected" is entries picked from a list.
WHAT_CHOICES = (
    ("My entries, all or between two dates", "entries"),
    ("Entries I pick from a list", "selected"),
    ("My list for next session, and past sessions", "agenda"),
    ("My goals and check-ins", "goals"),
)
SUGGESTED_NAMES = {"entries": "journal", "selected": "journal", "agenda": "next-session", "goals": "goals"}


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
        self.setWindowTitle("Choose entries")
        self.setMinimumSize(560, 420)
        box = QVBoxLayout(self)
        box.setSpacing(10)
        box.addWidget(label("Tick the entries you want in the file. The filter only narrows the list; "
                            "what you ticked stays ticked.", "hint"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter by words or a date, like 2024-05 or May")
        self.filter.setAccessibleName("Filter the entries")
        self.filter.setClearButtonEnabled(True)
        box.addWidget(self.filter)
        self.rows = EntryRows(entries, chosen)
        # A one-column tree view: unlike a list view it elides long first lines to its width.
        self.list = QTreeView()
        self.list.setAccessibleName("Entries")
        self.list.setHeaderHidden(True)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rows.row_height = self.list.fontMetrics().height() + 10  # rows a tired eye can follow
        self.list.setModel(self.rows)
        box.addWidget(self.list, 1)
        self.empty = label("No entries match that filter.", "hint")
        self.empty.hide()
        box.addWidget(self.empty)
        row = QHBoxLayout()
        tick = QPushButton("Tick all shown")
        tick.clicked.connect(lambda: self.rows.tick_shown(True))
        untick = QPushButton("Untick all shown")
        untick.clicked.connect(lambda: self.rows.tick_shown(False))
        self.count = label("", "hint", wrap=False)
        row.addWidget(tick)
        row.addWidget(untick)
        row.addStretch(1)
        row.addWidget(self.count)
        box.addLayout(row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton("Use these entries", QDialogButtonBox.ButtonRole.AcceptRole)
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
        self.count.setText("No entries ticked yet" if n == 0 else ("1 entry ticked" if n == 1 else f"{n} entries ticked"))
        self.ok.setEnabled(n > 0)


def ask_entries(parent: QWidget | None, entries: list[EntrySummary], chosen: tuple[int, ...] = ()) -> tuple[int, ...] | None:
    """The entries the member ticks (ids), or None if they cancel."""
    picker = EntryPicker(parent, entries, chosen)
    if not picker.exec():
        return None
    return picker.chosen()


class ExportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, entries: Callable[[], list[EntrySummary]] | None = None) -> None:
        super().__init__(parent)
        self._entries = entries
        self.picked: tuple[int, ...] = ()
        self.setWindowTitle("Export")
        self.setMinimumWidth(620)
        box = QVBoxLayout(self)
        box.setSpacing(12)
        box.addWidget(label("Export writes a copy to a file you choose, to read, print or move to another "
                            "computer. Before anything is written, you will be asked once more.", "hint"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setVerticalSpacing(10)
        self.format = QComboBox()
        self.format.setAccessibleName("Format")
        for text, value in (("Markdown (.md), to read or print", "md"), ("PDF, to read or print", "pdf"),
                            ("Everything, to move to another computer (.json)", "json")):
            self.format.addItem(text, value)
        form.addRow("Format", self.format)
        self.what = QComboBox()
        self.what.setAccessibleName("What to export")
        for text, value in WHAT_CHOICES:
            self.what.addItem(text, value)
        form.addRow("What", self.what)
        for combo in (self.format, self.what):
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.setMaximumWidth(460)
        self.use_dates = QCheckBox("Only between")
        self.date_from = QDateEdit(QDate.currentDate().addMonths(-1))
        self.date_to = QDateEdit(QDate.currentDate())
        for d, name in ((self.date_from, "From"), (self.date_to, "To")):
            d.setCalendarPopup(True)
            d.setAccessibleName(name)
            d.setDisplayFormat("yyyy-MM-dd")
        self.dates = QWidget()
        dates = QHBoxLayout(self.dates)
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addWidget(self.use_dates)
        dates.addWidget(self.date_from)
        dates.addWidget(label("and", wrap=False))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        form.addRow("Dates", self.dates)
        self.pick = QPushButton("Choose entries\u2026")
        self.pick.setAccessibleName("Choose the entries to export")
        self.pick.clicked.connect(self.choose_entries)
        self.picked_label = label("", "hint", wrap=False)
        self.picker_row = QWidget()
        prow = QHBoxLayout(self.picker_row)
        prow.setContentsMargins(0, 0, 0, 0)
        prow.addWidget(self.pick)
        prow.addWidget(self.picked_label, 1)
        form.addRow("Entries", self.picker_row)
        self.replace_names = QCheckBox("Replace other members' names")
        self.names_hint = label("Names from your feedback forms, and any you add here, become "
                                "Member A, Member B\u2026", "hint")
        self.names_hint.setMinimumWidth(400)
        self.names = QLineEdit()
        self.names.setPlaceholderText("More names or initials, separated by commas")
        self.names.setAccessibleName("Names to replace")
        form.addRow("Names", self.replace_names)
        form.addRow("", self.names)
        form.addRow("", self.names_hint)
        self.everything = label("A .json file holds everything in your journal exactly as written, so another "
                                "computer can import it.", "hint")
        self.everything.setMinimumWidth(400)
        form.addRow("What", self.everything)
        self.form = form
        box.addLayout(form)
        box.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton("Choose file\u2026", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box.addWidget(self.buttons)
        self.format.currentIndexChanged.connect(self._sync)
        self.what.currentIndexChanged.connect(self._sync)
        self.use_dates.toggled.connect(self._sync)
        self.replace_names.toggled.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        plain = self.format.currentData() != "json"
        what = self.what.currentData()
        self.form.setRowVisible(self.what, plain)
        self.form.setRowVisible(self.everything, not plain)
        for row in (self.replace_names, self.names, self.names_hint):
            self.form.setRowVisible(row, plain)
        self.form.setRowVisible(self.dates, plain and what == "entries")
        self.form.setRowVisible(self.picker_row, plain and what == "selected")
        self.use_dates.setEnabled(plain and what == "entries")
        for w in (self.date_from, self.date_to):
            w.setEnabled(self.use_dates.isEnabled() and self.use_dates.isChecked())
        self.replace_names.setEnabled(plain)
        self.names.setEnabled(plain and self.replace_names.isChecked())
        n = len(self.picked)
        self.picked_label.setText(
            "None chosen yet" if n == 0 else ("1 entry chosen" if n == 1 else f"{n} entries chosen")
        )
        self.ok.setEnabled(not (plain and what == "selected" and n == 0))

    def choose_entries(self) -> None:
        entries = self._entries() if self._entries is not None else []
        if not entries:
            dialogs.inform(self, "Choose entries", "There are no entries to choose from yet.")
            return
        ids = ask_entries(self, entries, self.picked)
        if ids is not None:
            self.picked = ids
            self._sync()

    def selection(self) -> str:
        """What the file will hold: entries | selected | agenda | goals (json: everything)."""
        return "everything" if self.format.currentData() == "json" else str(self.what.currentData())

    def choice(self, path: Path) -> ExportChoice:
        fmt = self.format.currentData()
        if fmt == "json":
            return ExportChoice(fmt, path)
        names = None
        if self.replace_names.isChecked():
            names = tuple(n.strip() for n in self.names.text().split(",") if n.strip())
        what = self.what.currentData()
        if what == "selected":
            return ExportChoice(fmt, path, names=names, ids=self.picked)
        if what in ("agenda", "goals"):
            return ExportChoice(fmt, path, names=names, what=what)
        date_from = date_to = None
        if self.use_dates.isChecked():
            start, end = sorted((self.date_from.date().toPython(), self.date_to.date().toPython()))
            date_from = datetime.combine(start, time()).astimezone()
            date_to = datetime.combine(end + timedelta(days=1), time()).astimezone()
        return ExportChoice(fmt, path, date_from, date_to, names)


def ask_export_options(parent: QWidget | None, vault: Vault | None = None) -> ExportChoice | None:
    def timeline() -> list[EntrySummary]:
        if vault is None:
            return []
        return JournalRepository(vault).timeline(TimelineFilter(), limit=100_000)

    dialog = ExportDialog(parent, timeline)
    if not dialog.exec():
        return None
    fmt = dialog.format.currentData()
    stem = "ipt-journal" if fmt == "json" else f"ipt-journal-{SUGGESTED_NAMES[dialog.selection()]}"
    path = dialogs.ask_save_path(parent, "Export to", f"{stem}.{fmt}", f"{fmt.upper()} files (*.{fmt})")
    return dialog.choice(Path(path)) if path else None


def ask_import(parent: QWidget | None) -> tuple[str, list[Path]] | None:
    kinds = {
        "An IPT Journal export (.json)": ("json", "JSON files (*.json)"),
        "jrnl (JSON export)": ("jrnl", "JSON files (*.json)"),
        "Day One (Journal.json or the .zip)": ("dayone", "Day One exports (*.json *.zip)"),
        "Markdown or text files, one entry per file": ("md", "Text files (*.md *.markdown *.txt)"),
    }
    choice, ok = QInputDialog.getItem(parent, "Import", "What would you like to import?", list(kinds), 0, False)
    if not ok:
        return None
    fmt, filters = kinds[choice]
    paths = ask_open_paths(parent, "Import", filters)
    return (fmt, [Path(p) for p in paths]) if paths else None


# -- the menu actions ---------------------------------------------------------------


def back_up_to_folder(parent: QWidget, vault: Vault) -> BackgroundTask | None:
    folder = ask_folder(parent, "Back up to")
    if not folder:
        return None
    return run_in_background(
        parent, "Back up", "Writing an encrypted backup…",
        lambda handle, progress: data_safety.back_up_to(handle, Path(folder), progress=progress),  # type: ignore[arg-type]
        vault=vault,
        on_success=lambda info: dialogs.inform(
            parent, "Back up", f"Your backup is saved as {info.path} and was checked. It is encrypted like your journal."
        ),
    )


def export(parent: QWidget, vault: Vault) -> BackgroundTask | None:
    choice = ask_export_options(parent, vault)
    if choice is None:
        return None
    if not dialogs.confirm(parent, "Export", PLAINTEXT_WARNING, yes="Export"):
        return None

    def work(handle: Vault | None, progress: Callable[[int, int], None]) -> str:
        assert handle is not None
        if choice.fmt == "json":
            return f"{data_safety.export_to(handle, 'json', choice.path, progress=progress, overwrite=True)} records"
        doc = data_safety.plain_document(
            handle, choice.what, date_from=choice.date_from, date_to=choice.date_to, ids=choice.ids,
            names=choice.names, progress=progress,
        )
        if choice.fmt == "pdf":
            from ipt_journal.ui.pdf import write_document_pdf

            write_document_pdf(doc, choice.path, overwrite=True)  # Qt's save dialog asked
        else:
            data_safety.write_markdown(doc, choice.path, overwrite=True)
        return doc.summary

    return run_in_background(
        parent, "Export", "Exporting\u2026", work, vault=vault,
        on_success=lambda summary: dialogs.inform(
            parent, "Export", f"Saved {summary} to {choice.path}. Remember: this file is not encrypted."
        ),
    )


def import_files(parent: QWidget, vault: Vault, on_done: Callable[[], None] | None = None) -> BackgroundTask | None:
    picked = ask_import(parent)
    if picked is None:
        return None
    fmt, paths = picked

    def done(result: Any) -> None:
        more = f" {result.skipped} were already in your journal and were skipped." if result.skipped else ""
        dialogs.inform(parent, "Import", f"Imported {result.added} entries.{more}")
        if on_done is not None:
            on_done()

    return run_in_background(
        parent, "Import", "Importing…",
        lambda handle, progress: data_safety.import_from(handle, fmt, paths, progress=progress),  # type: ignore[arg-type]
        vault=vault, on_success=done,
    )


def restore_from_backup(parent: QWidget, data_dir: Path, before: Callable[[], None], after: Callable[[str], None]) -> BackgroundTask | None:
    """Ask for a backup and its secret, confirm, call before() (which locks), then restore off the UI thread.

    after(message) is called with a sentence for the unlock screen, whatever happened.
    """
    if BackgroundTask._running:  # a worker may still hold a connection to the files we would swap
        dialogs.inform(parent, "Restore from backup", "Please wait until the current export, import or backup has finished.")
        return None
    path = dialogs.ask_open_path(parent, "Restore from backup", "IPT Journal backups (*.ijbackup)")
    if not path:
        return None
    secret = ask_backup_secret(parent)
    if secret is None:
        return None
    if not dialogs.confirm(
        parent, "Restore from backup",
        "Your journal will be replaced by this backup. What you have now is kept in the backups folder first. "
        "Afterwards, your journal opens with the passphrase (or recovery code) of the backup.",
        yes="Restore",
    ):
        return None
    kind, text = secret
    before()

    def work(_handle: Vault | None, _progress: Callable[[int, int], None]) -> object:
        # What looks like a recovery code is tried as one first, in any case and spacing;
        # if it does not open the backup, it is tried as a passphrase after all.
        if kind == "recovery":
            try:
                return data_safety.restore(data_dir, Path(path), recovery_code=text)
            except WrongPassphrase:
                pass
        return data_safety.restore(data_dir, Path(path), passphrase=text)

    job = BackgroundTask(parent, "Restore", "Checking and restoring the backup…", work)
    job.dialog.setCancelButton(None)  # the swap at the end must not be interrupted

    def finished() -> None:
        if job.error is not None:
            after(f"{job.error} Your journal was not changed.")
        elif job.was_cancelled:
            after("The restore was stopped. Your journal was not changed.")
        else:
            after("The backup was restored. Type the backup's passphrase to open it.")

    job.finished.connect(finished)
    return job.start()
