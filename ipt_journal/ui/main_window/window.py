"""The main window: shows first run, unlock or the journal, runs the daily backup and plans reminders."""

from __future__ import annotations

import sys
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget

from ipt_journal.services.session import Session, StorageError, VaultState
from ipt_journal.ui import clipboard, dialogs
from ipt_journal.ui.first_run import FirstRun
from ipt_journal.ui.main_window.locking import IdleWatcher, LockingPart
from ipt_journal.ui.main_window.menus import MenusPart
from ipt_journal.ui.settings import idle_minutes_from, preferences
from ipt_journal.ui.unlock import UnlockScreen
from ipt_journal.ui.workspace import Workspace


class MainWindow(LockingPart, MenusPart, QMainWindow):
    """First run, unlock or the workspace in one window; locking and menus are the parts beside it."""

    locked = Signal()  # the vault was closed and every view cleared

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.setWindowTitle(self.tr("IPT Journal"))
        self.setMinimumSize(640, 440)
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self.setCentralWidget(self.pages)
        self.workspace: Workspace | None = None
        self.first_run: FirstRun | None = None
        from ipt_journal.ui.data_safety.tasks import TaskManager

        self.tasks = TaskManager(self)  # every background job: exports, imports, backups, restore, the daily backup
        self.daily_backup = None  # the running daily backup's job, if any
        self._unsaved_reason = ""
        self._dialogs_closed = False
        self.unlock_screen = UnlockScreen(session)
        self.unlock_screen.unlocked.connect(self.show_workspace)
        self.unlock_screen.before_restore = lambda: self.wait_for_background_work()
        self.pages.addWidget(self.unlock_screen)

        prefs = preferences()
        self.idle = IdleWatcher(idle_minutes_from(prefs), self)
        self.idle.idle.connect(self.lock)
        # Input is watched on our windows (the main one and each dialog as it gets focus),
        # not on every object in the application: a Python filter there would run for
        # every event Qt sends anywhere.
        self.winId()
        if self.windowHandle() is not None:
            self.windowHandle().installEventFilter(self.idle)
        app = QApplication.instance()
        if app is not None:
            app.focusWindowChanged.connect(self._watch_window)
            # Text from an input method (dead keys, ibus, fcitx) goes to the focused widget,
            # not through the window: watch whichever widget has focus as well.
            app.focusChanged.connect(self._watch_widget)  # a bound method: disconnected with the window
        self._watch_screen_lock()
        from ipt_journal.ui.reminders import ReminderController

        self.reminders = ReminderController(prefs, lambda: datetime.now().astimezone(), self)
        self.reminders.show_text.connect(lambda text: self.statusBar().showMessage(text))
        self._build_menu()
        geometry = prefs.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 720)

        state = session.state()
        from ipt_journal.ui.restore_offer import offer_restore_if_backups

        if state is VaultState.NONE and offer_restore_if_backups(self):
            pass  # the journal's files are gone but its backups are here: restore rather than start over
        elif state is VaultState.NONE:
            self.first_run = FirstRun(session)
            self.first_run.finished.connect(self.show_workspace)
            self.pages.addWidget(self.first_run)
            self.pages.setCurrentWidget(self.first_run)
        else:
            self.pages.setCurrentWidget(self.unlock_screen)
            self.unlock_screen.reset()
        self._update_actions()

    def show_workspace(self) -> None:
        if self.first_run is not None:
            self.pages.removeWidget(self.first_run)
            self.first_run.deleteLater()
            self.first_run = None
        try:
            self.workspace = Workspace(self.session, preferences(), self.pages)
        except StorageError:
            # The key was right but a part of the database cannot be read: close it again
            # and offer a backup, rather than a half-built journal.
            self.workspace = None
            self.session.lock()
            self.unlock_screen.show_damage(self.tr(
                "Part of your journal in %1 is damaged, so it was not opened and nothing in it was changed. "
                "You can restore it from a backup."
            ).replace("%1", str(self.session.data_dir)))
            self.pages.setCurrentWidget(self.unlock_screen)
            self._update_actions()
            return
        self.workspace.lock_requested.connect(self.lock)
        self.pages.addWidget(self.workspace)
        self.pages.setCurrentWidget(self.workspace)
        self.idle.set_minutes(self.idle.minutes)
        self.workspace.schedule_changed.connect(self.plan_reminders)
        self.plan_reminders()
        self.start_daily_backup()
        self._update_actions()

    def start_daily_backup(self) -> None:
        """Today's automatic backup, at most once a day, on its own connection off the UI thread.

        Unlocking never waits for it; a problem is told in the status bar, the journal itself is fine.
        """
        from ipt_journal.services.data_safety import daily_backup_quietly

        if self.daily_backup is not None and self.daily_backup.running:
            return
        handle = self.session.vault.worker_handle()  # made here, on the UI thread, while surely unlocked

        def work(_handle: object, _progress: object) -> str | None:
            try:
                return daily_backup_quietly(handle)
            finally:
                handle.close()

        job = self.daily_backup = self.tasks.run(self, self.tr("Daily backup"), "", work, quiet=True)
        job.finished.connect(lambda: self._backup_finished(job.error or job.result))  # a problem, in one sentence

    def _backup_finished(self, problem: object) -> None:
        if problem:
            self.statusBar().showMessage(str(problem))

    def wait_for_background_work(self) -> None:
        """Wait until every background job has ended (before a restore swaps the files, or on quit)."""
        self.tasks.wait_all()

    def plan_reminders(self) -> None:
        from ipt_journal.services.group import Group

        if not self.session.is_unlocked:
            return
        group, now = Group(self.session), datetime.now().astimezone()
        self.reminders.plan(group.next(now), group.last(now))

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if self.workspace is not None:
            try:
                self.workspace.save_pending()
            except Exception as exc:  # the text stays on screen; quitting now would lose it
                sys.stderr.write(f"ipt-journal: saving before quitting failed: {type(exc).__name__}\n")
                if not dialogs.confirm(
                    self, self.tr("Not saved yet"),
                    self.tr("The last changes could not be saved; they are still on screen. Check that the disk "
                            "has room, or quit anyway and lose them."), yes=self.tr("Quit anyway"),
                ):
                    event.ignore()
                    return
        try:
            preferences().setValue("geometry", self.saveGeometry())
        finally:
            self.tasks.cancel_all()
            self.wait_for_background_work()
            clipboard.clear_now_if_ours()
            self.session.lock()
        super().closeEvent(event)
