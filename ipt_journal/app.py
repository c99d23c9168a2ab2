"""The application: one window that shows first run, unlock or the journal, and locks itself."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox, QStackedWidget

from ipt_journal import __version__
from ipt_journal.services.session import Session
from ipt_journal.ui import clipboard, dialogs
from ipt_journal.ui.first_run import FirstRun
from ipt_journal.ui.style import STYLE
from ipt_journal.ui.unlock import UnlockScreen
from ipt_journal.ui.workspace import Workspace
from ipt_journal.vault.errors import VaultError, VaultInUse
from ipt_journal.vault.instance import InstanceLock
from ipt_journal.vault.vault import VaultState

DEFAULT_IDLE_MINUTES = 5
_INPUT_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.InputMethod,
}  # fmt: skip


def preferences() -> QSettings:
    """Window geometry and preferences only: never member text, names, searches or secrets."""
    return QSettings("ipt-journal", "ipt-journal")


def idle_minutes_from(prefs: QSettings) -> int:
    """A damaged or odd settings value falls back to the default instead of stopping the app."""
    try:
        return max(0, min(60, int(str(prefs.value("idle_lock_minutes", DEFAULT_IDLE_MINUTES)))))
    except (TypeError, ValueError):
        return DEFAULT_IDLE_MINUTES


class IdleWatcher(QObject):
    idle = Signal()  # no input for the configured time

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle.emit)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes
        if minutes <= 0:
            self.timer.stop()
        else:
            self.timer.setInterval(minutes * 60_000)
            self.timer.start()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() in _INPUT_EVENTS and self.minutes > 0:
            self.timer.start()
        return False


class MainWindow(QMainWindow):
    locked = Signal()  # the vault was closed and every view cleared

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.setWindowTitle("IPT Journal")
        self.setMinimumSize(640, 440)
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self.setCentralWidget(self.pages)
        self.workspace: Workspace | None = None
        self.first_run: FirstRun | None = None
        self.backup_thread = None
        self.backup_task = None
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

    def _build_menu(self) -> None:
        journal = self.menuBar().addMenu("&Journal")
        self.lock_action = QAction("&Lock now", self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        journal.addAction(self.lock_action)
        prefs_action = QAction("&Preferences…", self)
        prefs_action.setShortcut(QKeySequence.StandardKey.Preferences)
        prefs_action.triggered.connect(self.open_preferences)
        journal.addAction(prefs_action)
        journal.addSeparator()
        from ipt_journal.ui import data_safety as safety

        def refresh() -> None:  # new entries from an import: refill the list and its filters
            view = getattr(self.workspace, "journal", None)
            if view is not None:
                view._refill_facets()
                view._apply_filter()

        def restored(message: str) -> None:
            if self.session.state() is VaultState.NONE:  # nothing was restored into an empty folder
                QMessageBox.information(self, "Restore from backup", message)
                return
            if self.first_run is not None:
                self.pages.removeWidget(self.first_run)
                self.first_run.deleteLater()
                self.first_run = None
            self.unlock_screen.reset(message)
            self.pages.setCurrentWidget(self.unlock_screen)

        def restore() -> None:
            self.wait_for_background_work()  # the daily backup's connection must be closed before a swap
            self.restore_job = safety.restore_from_backup(self, self.session.data_dir, before=self.lock, after=restored)

        self.data_actions: dict[str, QAction] = {}
        for key, text, run in (
            ("backup", "&Back up to…", lambda: safety.back_up_to_folder(self, self.session.vault)),
            ("restore", "&Restore from backup…", restore),
            ("export", "&Export…", lambda: safety.export(self, self.session.vault)),
            ("import", "&Import…", lambda: safety.import_files(self, self.session.vault, refresh)),
        ):
            action = QAction(text, self)
            needs_vault = key != "restore"
            action.triggered.connect(
                lambda _=False, run=run, needs_vault=needs_vault: run()
                if self.session.is_unlocked or not needs_vault
                else QMessageBox.information(self, "IPT Journal", "Unlock your journal first.")
            )
            self.data_actions[key] = action
            journal.addAction(action)
        journal.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        journal.addAction(quit_action)
        help_menu = self.menuBar().addMenu("&Help")
        support = QAction("If you need support &right now", self)
        support.triggered.connect(self._support)
        help_menu.addAction(support)
        about = QAction("&About IPT Journal", self)
        about.triggered.connect(
            lambda: QMessageBox.about(
                self, "About IPT Journal",
                f"IPT Journal {__version__}\nA private journal for your process group. Everything stays on this "
                "computer, encrypted. Nothing is sent anywhere.",
            )
        )
        help_menu.addAction(about)

    def open_preferences(self) -> None:
        from ipt_journal.ui.preferences import PreferencesDialog

        from ipt_journal.ui.reminders import enabled_kinds

        prefs = preferences()
        dialog = PreferencesDialog(self.idle.minutes, self, enabled_kinds(prefs))
        if dialog.exec():
            self.set_idle_minutes(dialog.idle.value())
            for kind, box in dialog.reminder_boxes.items():
                prefs.setValue(f"reminder_{kind}", "true" if box.isChecked() else "false")
            self.plan_reminders()

    def set_idle_minutes(self, minutes: int) -> None:
        minutes = max(0, min(60, int(minutes)))
        preferences().setValue("idle_lock_minutes", minutes)
        self.idle.set_minutes(minutes)

    def _support(self) -> None:
        QMessageBox.information(
            self,
            "Support right now",
            "If you are in danger or thinking of harming yourself, call your local emergency number now.\n\n"
            "If things feel too heavy tonight, you can reach out to your group's therapist, your sponsor or a "
            "trusted person, or a crisis line in your country. You don't have to carry it alone until next session.",
        )

    def _watch_screen_lock(self) -> None:
        """Lock when the desktop session's screensaver turns on, where the desktop tells us."""
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # pragma: no cover
            return
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        for service, path in (
            ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
            ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
        ):
            bus.connect(service, path, service, "ActiveChanged", self, "screensaver_changed(bool)")

    def screensaver_changed(self, active: bool) -> None:
        if active:
            self.lock()

    def _update_actions(self) -> None:
        unlocked = self.session.is_unlocked
        self.lock_action.setEnabled(unlocked)
        for key, action in self.data_actions.items():
            action.setEnabled(unlocked or key == "restore")

    def show_workspace(self) -> None:
        if self.first_run is not None:
            self.pages.removeWidget(self.first_run)
            self.first_run.deleteLater()
            self.first_run = None
        from ipt_journal.vault.journal import StorageError

        try:
            self.workspace = Workspace(self.session, preferences(), self.pages)
        except StorageError:
            # The key was right but a part of the database cannot be read: close it again
            # and offer a backup, rather than a half-built journal.
            self.workspace = None
            self.session.lock()
            self.unlock_screen.show_damage(
                f"Part of the journal database in {self.session.data_dir} is damaged, so it was not opened; "
                "restore it from a backup."
            )
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
        from PySide6.QtCore import QThread

        from ipt_journal.services.data_safety import daily_backup_quietly
        from ipt_journal.ui.data_safety import Task

        if self.backup_thread is not None and self.backup_thread.isRunning():
            return
        handle = self.session.vault.worker_handle()  # made here, on the UI thread, while surely unlocked

        def work(_handle: object, _progress: object) -> str | None:
            try:
                return daily_backup_quietly(handle)
            finally:
                handle.close()

        task = Task(work)
        thread = QThread(self)
        task.moveToThread(thread)
        thread.started.connect(task.run)
        task.done.connect(thread.quit)
        task.succeeded.connect(self._backup_finished)  # bound methods: delivered on the UI thread
        task.failed.connect(self._backup_finished)
        self.backup_task, self.backup_thread = task, thread
        thread.start()

    def _backup_finished(self, problem: object) -> None:
        if problem:
            self.statusBar().showMessage(str(problem))

    def wait_for_background_work(self) -> None:
        if self.backup_thread is not None:
            self.backup_thread.quit()
            self.backup_thread.wait()

    def _watch_widget(self, _old, new) -> None:  # type: ignore[no-untyped-def]
        if new is not None:
            new.installEventFilter(self.idle)

    def _watch_window(self, window) -> None:  # type: ignore[no-untyped-def]
        if window is not None:
            window.installEventFilter(self.idle)

    def _close_dialogs(self) -> bool:
        """Cancel every open dialog and menu of ours (closing reflection, prompts, pickers…); True if any."""
        closed = False
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()  # a context menu whose actions would act on a closed journal
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
                closed = True
        if closed:
            self._dialogs_closed = True
        return closed

    def plan_reminders(self) -> None:
        from ipt_journal.services.group import Group

        if not self.session.is_unlocked:
            return
        group, now = Group(self.session), datetime.now().astimezone()
        self.reminders.plan(group.next(now), group.last(now))

    def lock(self) -> None:
        """Save, close the vault, drop every view that showed member text, show the unlock screen."""
        if not self.session.is_unlocked and self.workspace is None:
            return
        if self._close_dialogs():
            # We may be running inside a dialog's own event loop (an idle lock while it was
            # open). Let those loops return first, then take the workspace down.
            QTimer.singleShot(0, self.lock)
            return
        if self.workspace is not None:
            try:
                self.workspace.save_pending()
            except Exception as exc:  # lock anyway: leaving the journal open is worse
                self._unsaved_reason = type(exc).__name__
            self.pages.removeWidget(self.workspace)
            self.workspace.setParent(None)
            self.workspace.deleteLater()
            self.workspace = None
        if self.first_run is not None:
            self.pages.removeWidget(self.first_run)
            self.first_run.deleteLater()
            self.first_run = None
        self.session.lock()
        clipboard.clear_now_if_ours()
        if self._unsaved_reason:
            self.unlock_screen.reset(
                "Locked. The last few words could not be saved "
                f"({self._unsaved_reason}); check that the disk has room, then unlock and look."
            )
            self._unsaved_reason = ""
        elif self._dialogs_closed:
            self.unlock_screen.reset(
                "Locked. Your journal was saved; a small window that was still open was closed without "
                "keeping what was typed in it."
            )
        else:
            self.unlock_screen.reset("Locked. Nothing was lost; type your passphrase to go on.")
        self._dialogs_closed = False
        self.pages.setCurrentWidget(self.unlock_screen)
        self._update_actions()
        self.locked.emit()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if self.workspace is not None:
            try:
                self.workspace.save_pending()
            except Exception as exc:  # the text stays on screen; quitting now would lose it
                if not dialogs.confirm(
                    self, "Not saved yet",
                    f"The last changes could not be saved ({type(exc).__name__}); they are still on screen. "
                    "Quit anyway and lose them?", yes="Quit anyway",
                ):
                    event.ignore()
                    return
        try:
            preferences().setValue("geometry", self.saveGeometry())
        finally:
            self.wait_for_background_work()
            clipboard.clear_now_if_ours()
            self.session.lock()
        super().closeEvent(event)


def _calm_excepthook(kind: type[BaseException], exc: BaseException, tb: object) -> None:
    """Never a traceback (it could quote member text): the error's type, and a calm word."""
    sys.stderr.write(f"ipt-journal: unexpected {kind.__name__}\n")
    QMessageBox.warning(
        None, "IPT Journal",
        f"Something unexpected happened ({kind.__name__}). Your journal itself is safe; what you saved is "
        "there. If it happens again, close the app and open it again.",
    )


def run_gui(data_dir: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("IPT Journal")
    app.setOrganizationName("ipt-journal")
    app.setStyleSheet(STYLE)
    clipboard.watch_copies()
    from ipt_journal.vault.atomic import ensure_private_dir

    try:
        ensure_private_dir(data_dir)
        lock = InstanceLock(data_dir)
        lock.acquire()
    except VaultInUse:
        clipboard.stop_watching()
        QMessageBox.information(None, "IPT Journal", "Your journal is already open in another window.")
        return 5
    except (OSError, VaultError) as exc:
        QMessageBox.warning(None, "IPT Journal", f"The journal folder {data_dir} could not be used ({exc}).")
        return 4
    session = Session(data_dir)
    sys.excepthook = _calm_excepthook
    try:
        window = MainWindow(session)
        window.show()
        return app.exec()
    finally:
        session.lock()
        lock.release()
        clipboard.stop_watching()
