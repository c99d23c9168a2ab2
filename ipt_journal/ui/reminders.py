"""Reminders while the app runs: tray notification where there is a tray, else the status bar.

The plan is made while unlocked and kept in memory only, so reminders still come while
the journal is locked without the schedule ever being written outside the vault.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from ipt_journal.domain import reminders
from ipt_journal.domain.schedule import SessionSlot

CHECK_MS = 60_000


GROUP_WORDS_KEY = "reminder_group_words"  # "true": reminders may name the group (off by default)


def enabled_kinds(prefs: QSettings) -> frozenset[str]:
    return frozenset(k for k in reminders.KINDS if str(prefs.value(f"reminder_{k}", "true")).lower() == "true")


def group_words(prefs: QSettings) -> bool:
    return str(prefs.value(GROUP_WORDS_KEY, "false")).lower() == "true"


def words_of(reminder: reminders.Reminder) -> str:
    """The reminder in the member's language (the domain plans them in English, keyed by kind)."""
    group = reminder.text == reminders.GROUP_TEXTS.get(reminder.kind) != reminders.TEXTS.get(reminder.kind)
    words = {
        ("review", False): QCoreApplication.translate("Reminders", "A moment for your journal, to look ahead."),
        ("debrief", False): QCoreApplication.translate("Reminders", "A moment for your journal, to look back."),
        ("midweek", False): QCoreApplication.translate("Reminders", "A moment to check in with yourself."),
        ("review", True): QCoreApplication.translate("Reminders", "Time to prepare for group."),
        ("debrief", True): QCoreApplication.translate("Reminders", "A moment to look back on group."),
        ("midweek", True): QCoreApplication.translate("Reminders", "A moment to check in with yourself."),
    }
    return words.get((reminder.kind, group), reminder.text)


class ReminderController(QObject):
    show_text = Signal(str)  # a locked-screen-safe sentence to show in the window

    def __init__(self, prefs: QSettings, clock: Callable[[], datetime], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.clock = clock
        self.planned: list[reminders.Reminder] = []
        self.shown: set[str] = set()
        self.tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def plan(self, next_slot: SessionSlot | None, last_slot: SessionSlot | None) -> None:
        self.planned = reminders.planned(next_slot, last_slot, enabled_kinds(self.prefs),
                                         group_words=group_words(self.prefs))
        self.check()

    def check(self) -> list[reminders.Reminder]:
        due = reminders.due(self.planned, self.clock(), self.shown)
        for reminder in due:
            self.shown.add(reminder.key)
            self._show(words_of(reminder))
        return due

    def _show(self, text: str) -> None:
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is None:
                from PySide6.QtWidgets import QApplication

                self.tray = QSystemTrayIcon(QApplication.windowIcon(), self)
                self.tray.setToolTip("IPT Journal")
                self.tray.show()
            self.tray.showMessage("IPT Journal", text)
        self.show_text.emit(text)
