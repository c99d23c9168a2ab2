"""The main window's menus: Journal (lock, preferences, backup, restore, export, import, quit) and Help."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from ipt_journal import __version__
from ipt_journal.ui import dialogs
from ipt_journal.ui.settings import preferences
from ipt_journal.vault.vault import VaultState

# Explicit keys: Qt's standard key for Preferences is empty on Linux and Windows.
PREFERENCES_KEY = "Ctrl+,"
QUIT_KEY = "Ctrl+Q"
DATA_KEYS = {"backup": "Ctrl+Shift+S", "restore": "Ctrl+Shift+R", "export": "Ctrl+Shift+E", "import": "Ctrl+Shift+I"}


class MenusPart:
    """MainWindow's menu bar and what its actions open (a part, not a QObject: words via QCoreApplication.translate)."""

    def _action(self, text: str, key: str, slot) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if key:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        return action

    def _build_menu(self) -> None:
        journal = self.menuBar().addMenu(QCoreApplication.translate("MenusPart", "&Journal"))
        self.lock_action = self._action(QCoreApplication.translate("MenusPart", "&Lock now"), "Ctrl+L", self.lock)
        journal.addAction(self.lock_action)
        self.preferences_action = self._action(QCoreApplication.translate("MenusPart", "&Preferences…"), PREFERENCES_KEY,
                                               self.open_preferences)
        journal.addAction(self.preferences_action)
        journal.addSeparator()
        from ipt_journal.ui import data_safety as safety

        def refresh() -> None:  # new entries from an import: refill the list and its filters
            view = getattr(self.workspace, "journal", None)
            if view is not None:
                view._refill_facets()
                view._apply_filter()

        def restored(message: str) -> None:
            if self.session.state() is VaultState.NONE:  # nothing was restored into an empty folder
                dialogs.inform(self, QCoreApplication.translate("MenusPart", "Restore from backup"), message)
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
            ("backup", QCoreApplication.translate("MenusPart", "&Back up to…"), lambda: safety.back_up_to_folder(self, self.session.vault)),
            ("restore", QCoreApplication.translate("MenusPart", "&Restore from backup…"), restore),
            ("export", QCoreApplication.translate("MenusPart", "&Export…"), lambda: safety.export(self, self.session.vault)),
            ("import", QCoreApplication.translate("MenusPart", "&Import…"), lambda: safety.import_files(self, self.session.vault, refresh)),
        ):
            needs_vault = key != "restore"
            action = self._action(text, DATA_KEYS[key], lambda _=False, run=run, needs_vault=needs_vault: run()
                                  if self.session.is_unlocked or not needs_vault
                                  else dialogs.inform(self, "IPT Journal", QCoreApplication.translate("MenusPart", "Unlock your journal first.")))
            self.data_actions[key] = action
            journal.addAction(action)
        journal.addSeparator()
        self.quit_action = self._action(QCoreApplication.translate("MenusPart", "&Quit"), QUIT_KEY, self.close)
        journal.addAction(self.quit_action)
        help_menu = self.menuBar().addMenu(QCoreApplication.translate("MenusPart", "&Help"))
        help_menu.addAction(self._action(QCoreApplication.translate("MenusPart", "If you need support &right now"), "", self._support))
        from ipt_journal.ui.keyboard_shortcuts import SHOW_LIST

        self.shortcuts_action = self._action(QCoreApplication.translate("MenusPart", "&Keyboard shortcuts"), SHOW_LIST,
                                             self.show_keyboard_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self._action(QCoreApplication.translate("MenusPart", "&About IPT Journal"), "", lambda: dialogs.about(
            self, QCoreApplication.translate("MenusPart", "About IPT Journal"),
            QCoreApplication.translate("MenusPart", "IPT Journal %1\nA private journal for your process group. Everything stays on this "
                           "computer, encrypted. Nothing is sent anywhere.").replace("%1", __version__))))

    def show_keyboard_shortcuts(self) -> None:
        from ipt_journal.ui.keyboard_shortcuts import KeyboardShortcutsDialog

        dialogs.run(KeyboardShortcutsDialog(self))

    def open_preferences(self) -> None:
        from ipt_journal.ui.preferences import PreferencesDialog
        from ipt_journal.ui.reminders import enabled_kinds

        prefs = preferences()
        dialog = PreferencesDialog(self.idle.minutes, self, enabled_kinds(prefs))
        if dialogs.run(dialog):
            self.set_idle_minutes(dialog.idle.value())
            for kind, box in dialog.reminder_boxes.items():
                prefs.setValue(f"reminder_{kind}", "true" if box.isChecked() else "false")
            self.plan_reminders()

    def _support(self) -> None:
        from ipt_journal.ui.support import open_support

        open_support(self, self.session)

    def _update_actions(self) -> None:
        unlocked = self.session.is_unlocked
        self.lock_action.setEnabled(unlocked)
        for key, action in self.data_actions.items():
            action.setEnabled(unlocked or key == "restore")
