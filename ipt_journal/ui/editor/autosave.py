"""Saving what is typed in the editor: shortly after typing stops, on demand, and retrying if it failed."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication

from ipt_journal.domain.entries import word_count
from ipt_journal.vault.errors import VaultError
from ipt_journal.vault.journal import StorageError as db_errors

AUTOSAVE_MS = 700


class SaveFailed(Exception):
    """Saving did not work; the text stays in the editor. The message is only the error's type."""


class AutosavePart:
    """Change tracking and saving for EntryEditor; the text stays on screen when a save fails."""

    def _body_changed(self) -> None:
        if not self._loading and self.entry is not None:
            self._body_edited = True
            self._changed()

    def _when_changed(self, *args: object) -> None:
        if not self._loading and self.entry is not None:
            self._when_edited = True
            self._changed()

    def _changed(self, *args: object) -> None:
        if self._loading or self.entry is None:
            return
        self._dirty = True
        self._update_status(QCoreApplication.translate("AutosavePart", "Not saved yet"))
        self._timer.start()

    def _autosave(self) -> None:
        if not self.save_now():
            self._timer.start(5000)  # try again in a moment; typing also retries

    def save_now(self, *, must: bool = False) -> bool:
        """Save pending changes. False (or SaveFailed when `must`) if the vault refused; the text stays here."""
        self._timer.stop()
        if not self._dirty or self.entry is None:
            return True
        try:
            self.entry = self.journal.save(self.collect())
        except (VaultError, OSError, db_errors) as exc:
            sys.stderr.write(f"entry not saved: {type(exc).__name__}\n")  # detail for a developer, no member text
            self._update_status(QCoreApplication.translate(
                "AutosavePart", "Not saved yet. Your text is still here; saving tries again in a moment."))
            if must:
                raise SaveFailed(type(exc).__name__) from None
            return False
        self._dirty = False
        if self.entry.id is not None:
            self.people.write("entry", int(self.entry.id))
        self.delete_button.setEnabled(True)
        self._update_status(QCoreApplication.translate("AutosavePart", "Saved"))
        self.saved.emit(self.entry.id)
        return True

    def _update_status(self, state: str) -> None:
        words = word_count(self.body.toPlainText())
        count = (QCoreApplication.translate("AutosavePart", "1 word") if words == 1
                 else QCoreApplication.translate("AutosavePart", "%1 words").replace("%1", str(words)))
        self.status.setText(count + (f" · {state}" if state else ""))
