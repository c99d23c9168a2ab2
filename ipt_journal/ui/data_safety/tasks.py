"""Long work off the UI thread: one Task per job, and the one task manager the main window owns.

Each job runs in a QThread on its own vault connection (Vault.worker_handle), reports progress
to a QProgressDialog, and can be cancelled; the worker never touches widgets. The manager knows
every job still running, so locking can cancel them all and a restore can wait for them.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from ipt_journal.services.data_safety import Cancelled, ImportFailed
from ipt_journal.ui import calm_errors, dialogs
from ipt_journal.ui.data_safety.import_problems import import_problem
from ipt_journal.vault.errors import VaultError
from ipt_journal.services.session import Vault

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
        except ImportFailed as exc:  # names the file and what is wrong with it; nothing was imported
            self.failed.emit(import_problem(exc))  # in the member's language (str(exc) is English)
        except VaultError as exc:
            calm_errors.to_stderr("background work", exc)
            self.failed.emit(calm_errors.explain(exc))
        except OSError as exc:
            sys.stderr.write(f"ipt-journal: background work: {type(exc).__name__}: {exc.strerror}\n")
            self.failed.emit(self.tr("The file could not be written or read (%1). Nothing was lost; "
                                     "check the place you chose and try again.").replace("%1", exc.strerror or "?"))
        except Exception as exc:  # never a traceback, never member text
            sys.stderr.write(f"ipt-journal: background work stopped by {type(exc).__name__}\n")
            self.failed.emit(self.tr("Something unexpected stopped this. Nothing was lost; please try again."))
        else:
            self.succeeded.emit(result)
        finally:
            if handle is not None:
                handle.close()
            self.done.emit()


class BackgroundTask(QObject):
    """A Task in a QThread, with a progress dialog unless it is quiet; lives until its thread ends."""

    finished = Signal()  # the thread has stopped and the dialog is closed
    progressed = Signal(int, int)  # done, total: the worker's progress, delivered on the UI thread

    def __init__(
        self, parent: QWidget | None, title: str, text: str, work: Work, vault: Vault | None = None, *, quiet: bool = False
    ) -> None:
        super().__init__()
        self.title = title
        self.task = Task(work, vault)
        self.thread = QThread()
        self.task.moveToThread(self.thread)
        self.thread.started.connect(self.task.run)
        self.task.done.connect(self.thread.quit)
        self.thread.finished.connect(self._finished)
        self.dialog: QProgressDialog | None = None
        if not quiet:
            self.dialog = QProgressDialog(text, self.tr("Cancel"), 0, 0, parent)
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
        self.running = False
        self.task.succeeded.connect(self._set_result)
        self.task.failed.connect(self._set_error)
        self.task.cancelled.connect(self._set_cancelled)

    def start(self) -> BackgroundTask:
        """Run it; it joins the task manager of its window (or the one for jobs without a window)."""
        manager_for(self.dialog.parentWidget() if self.dialog is not None else None).add(self)
        return self

    def cancel(self) -> None:
        self.task.cancel()

    def _progress(self, done: int, total: int) -> None:
        if self.dialog is not None:
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
        self.running = False
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.finished.emit()


class TaskManager(QObject):
    """Every background job of one window: run, running, cancel all (on lock), wait for all (before a restore)."""

    changed = Signal()  # a job started or ended

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: list[BackgroundTask] = []

    def add(self, job: BackgroundTask) -> BackgroundTask:
        self._jobs.append(job)
        job.running = True
        job.finished.connect(lambda job=job: self._ended(job))
        job.thread.start()
        self.changed.emit()
        return job

    def run(
        self, parent: QWidget | None, title: str, text: str, work: Work, *, vault: Vault | None = None,
        on_success: Callable[[Any], None] | None = None, quiet: bool = False,
    ) -> BackgroundTask:
        """Start work off the UI thread; on success call on_success, otherwise tell the member calmly.

        A quiet job has no progress dialog and tells nothing itself (the daily backup).
        """
        job = BackgroundTask(parent, title, text, work, vault, quiet=quiet)

        def finished() -> None:
            if quiet:
                pass
            elif job.error is not None:
                dialogs.inform(parent, title, job.error)
            elif job.was_cancelled:
                dialogs.inform(parent, title, QCoreApplication.translate("TaskManager", "Stopped. Nothing was written."))
            if on_success is not None and job.error is None and not job.was_cancelled:
                on_success(job.result)

        job.finished.connect(finished)
        return self.add(job)

    def running(self) -> list[BackgroundTask]:
        return [j for j in self._jobs if j.running]

    def cancel_all(self) -> None:
        """Ask every job to stop at its next progress step (an export leaves no file, an import rolls back)."""
        for job in self.running():
            job.cancel()

    def wait_all(self) -> None:
        """Block until every job's thread has ended (their connections to the files are then closed)."""
        for job in self.running():
            # The task's done -> quit connection is queued to this (blocked) thread, so ask the
            # thread's loop to end after the work itself; the work is not interrupted.
            job.thread.quit()
            job.thread.wait()
        QCoreApplication.sendPostedEvents()  # deliver their last signals now, so running() is empty

    def _ended(self, job: BackgroundTask) -> None:
        if job in self._jobs:
            self._jobs.remove(job)
        self.changed.emit()


_WINDOWLESS = TaskManager()  # jobs started without a window of ours (and tests that start one alone)


def manager_for(parent: QWidget | None) -> TaskManager:
    """The task manager of parent's main window, or the one for jobs without a window."""
    window = parent.window() if parent is not None else None
    manager = getattr(window, "tasks", None)
    return manager if isinstance(manager, TaskManager) else _WINDOWLESS


def run_in_background(
    parent: QWidget | None,
    title: str,
    text: str,
    work: Work,
    *,
    vault: Vault | None = None,
    on_success: Callable[[Any], None] | None = None,
) -> BackgroundTask:
    """Start work off the UI thread through parent's task manager (see TaskManager.run)."""
    return manager_for(parent).run(parent, title, text, work, vault=vault, on_success=on_success)
