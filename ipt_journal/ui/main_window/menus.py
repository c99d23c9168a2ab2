"""The main window's menus: Journal (lock, preferences, backup, restore, export, import, quit) and Help."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from ipt_journal import __version__
from ipt_journal.ui.settings import preferences
from ipt_journal.vault.vault import VaultState


class MenusPart:
    """MainWindow's menu bar and what its actions open."""

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

    def _support(self) -> None:
        from ipt_journal.ui.support import open_support

        open_support(self, self.session)

    def _update_actions(self) -> None:
        unlocked = self.session.is_unlocked
        self.lock_action.setEnabled(unlocked)
        for key, action in self.data_actions.items():
            action.setEnabled(unlocked or key == "restore")
