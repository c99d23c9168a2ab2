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

from PySide6.QtCore import QDate, QObject, Qt, QThread, Signal, Slot
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
    QVBoxLayout,
    QWidget,
)

from ipt_journal.services import data_safety
from ipt_journal.services.data_safety import PLAINTEXT_WARNING, Cancelled
from ipt_journal.ui import dialogs
from ipt_journal.ui.widgets import label
from ipt_journal.vault.errors import VaultError
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
    return QFileDialog.getExistingDirectory(parent, title) or None


def ask_open_paths(parent: QWidget | None, title: str, filters: str) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(parent, title, "", filters)
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
    kind = "recovery" if len(compact) == 24 and compact.isalnum() and compact.upper() == compact else "passphrase"
    return kind, text


@dataclass(frozen=True)
class ExportChoice:
    fmt: str  # json | md | pdf
    path: Path
    date_from: datetime | None = None
    date_to: datetime | None = None  # exclusive
    names: tuple[str, ...] | None = None  # None: keep names as written


class ExportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export")
        box = QVBoxLayout(self)
        box.addWidget(label("Export writes a copy of your entries to a file you choose. " + PLAINTEXT_WARNING, "hint"))
        form = QFormLayout()
        self.format = QComboBox()
        self.format.setAccessibleName("Format")
        for text, value in (("Markdown (.md), to read or print", "md"), ("PDF", "pdf"),
                            ("Everything, to move to another computer (.json)", "json")):
            self.format.addItem(text, value)
        form.addRow("Format", self.format)
        self.use_dates = QCheckBox("Only entries between")
        self.date_from = QDateEdit(QDate.currentDate().addMonths(-1))
        self.date_to = QDateEdit(QDate.currentDate())
        for d, name in ((self.date_from, "From"), (self.date_to, "To")):
            d.setCalendarPopup(True)
            d.setAccessibleName(name)
            d.setDisplayFormat("yyyy-MM-dd")
        dates = QHBoxLayout()
        dates.addWidget(self.use_dates)
        dates.addWidget(self.date_from)
        dates.addWidget(label("and"))
        dates.addWidget(self.date_to)
        form.addRow("Dates", dates)
        self.replace_names = QCheckBox("Replace other members' names with Member A, Member B…")
        self.names = QLineEdit()
        self.names.setPlaceholderText("More names or initials, separated by commas")
        self.names.setAccessibleName("Names to replace")
        form.addRow("Names", self.replace_names)
        form.addRow("", self.names)
        box.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton("Choose file…", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.format.currentIndexChanged.connect(self._sync)
        self.use_dates.toggled.connect(self._sync)
        self.replace_names.toggled.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        entries_only = self.format.currentData() != "json"
        self.use_dates.setEnabled(entries_only)
        for w in (self.date_from, self.date_to):
            w.setEnabled(entries_only and self.use_dates.isChecked())
        self.replace_names.setEnabled(entries_only)
        self.names.setEnabled(entries_only and self.replace_names.isChecked())

    def choice(self, path: Path) -> ExportChoice:
        fmt = self.format.currentData()
        if fmt == "json":
            return ExportChoice(fmt, path)
        date_from = date_to = None
        if self.use_dates.isChecked():
            start, end = self.date_from.date().toPython(), self.date_to.date().toPython()
            date_from = datetime.combine(start, time()).astimezone()
            date_to = datetime.combine(end + timedelta(days=1), time()).astimezone()
        names = None
        if self.replace_names.isChecked():
            names = tuple(n.strip() for n in self.names.text().split(",") if n.strip())
        return ExportChoice(fmt, path, date_from, date_to, names)


def ask_export_options(parent: QWidget | None) -> ExportChoice | None:
    dialog = ExportDialog(parent)
    if not dialog.exec():
        return None
    fmt = dialog.format.currentData()
    path = dialogs.ask_save_path(parent, "Export to", f"ipt-journal-export.{fmt}", f"{fmt.upper()} files (*.{fmt})")
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
        lambda handle, _progress: data_safety.back_up_to(handle, Path(folder)),  # type: ignore[arg-type]
        vault=vault,
        on_success=lambda info: dialogs.inform(
            parent, "Back up", f"Your backup is saved as {info.path} and was checked. It is encrypted like your journal."
        ),
    )


def export(parent: QWidget, vault: Vault) -> BackgroundTask | None:
    choice = ask_export_options(parent)
    if choice is None:
        return None
    if not dialogs.confirm(parent, "Export", PLAINTEXT_WARNING, yes="Export"):
        return None

    def work(handle: Vault | None, progress: Callable[[int, int], None]) -> int:
        assert handle is not None
        if choice.fmt == "pdf":
            from ipt_journal.ui.pdf import write_pdf_export

            return write_pdf_export(
                handle, choice.path, date_from=choice.date_from, date_to=choice.date_to, names=choice.names,
                progress=progress,
            )
        return data_safety.export_to(
            handle, choice.fmt, choice.path, date_from=choice.date_from, date_to=choice.date_to,
            names=choice.names, progress=progress,
        )

    return run_in_background(
        parent, "Export", "Exporting…", work, vault=vault,
        on_success=lambda _n: dialogs.inform(parent, "Export", f"Saved to {choice.path}. Remember: this file is not encrypted."),
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
        if kind == "recovery":
            return data_safety.restore(data_dir, Path(path), recovery_code=text)
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
