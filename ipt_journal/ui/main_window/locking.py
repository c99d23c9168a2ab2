"""Locking the window: Ctrl+L, idle minutes, the screensaver; saving and dropping every view first."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog

from ipt_journal.ui import clipboard
from ipt_journal.ui.settings import preferences

_INPUT_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.InputMethod,
}  # fmt: skip


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


class LockingPart:
    """The lock controller of MainWindow: what watches for idleness and what locking does."""

    def set_idle_minutes(self, minutes: int) -> None:
        minutes = max(0, min(60, int(minutes)))
        preferences().setValue("idle_lock_minutes", minutes)
        self.idle.set_minutes(minutes)

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
                sys.stderr.write(f"ipt-journal: saving before locking failed: {type(exc).__name__}\n")
                self._unsaved_reason = "unsaved"
            self.pages.removeWidget(self.workspace)
            self.workspace.setParent(None)
            self.workspace.deleteLater()
            self.workspace = None
        if self.first_run is not None:
            self.pages.removeWidget(self.first_run)
            self.first_run.deleteLater()
            self.first_run = None
        self.tasks.cancel_all()  # an export stops without a file, an import rolls back; each closes its connection
        self.session.lock()
        clipboard.clear_now_if_ours()
        if self._unsaved_reason:
            self.unlock_screen.reset(QCoreApplication.translate(
                "LockingPart", "Locked. The last few words could not be saved; check that the disk has room, "
                "then unlock and look."
            ))
            self._unsaved_reason = ""
        elif self._dialogs_closed:
            self.unlock_screen.reset(QCoreApplication.translate(
                "LockingPart", "Locked. Your journal was saved; a small window that was still open was closed "
                "without keeping what was typed in it."
            ))
        else:
            self.unlock_screen.reset(QCoreApplication.translate(
                "LockingPart", "Locked. Nothing was lost; type your passphrase to go on."))
        self._dialogs_closed = False
        self.pages.setCurrentWidget(self.unlock_screen)
        self._update_actions()
        self.locked.emit()
