"""Choosing a passphrase: the field, the same again, and the strength hint, shared by first run and unlock."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPushButton

from ipt_journal.domain.passphrase import check_passphrase
from ipt_journal.ui.widgets import label, secret_field

FIRST_HINT = "At least 10 characters, or four or more words."
NOT_THE_SAME = "The two passphrases are not the same yet."


class NewPassphraseFields(QObject):
    """Two secret fields, a hint and the button that goes on; the page lays them out where it wants them."""

    ready_changed = Signal(bool)  # True when the passphrase is strong enough and typed the same twice

    def __init__(self, placeholder: str, button_text: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.first = secret_field(placeholder, "New passphrase")
        self.second = secret_field("Type it again", "Repeat the new passphrase")
        self.hint = label(FIRST_HINT, "hint")
        self.button = QPushButton(button_text)
        self.button.setObjectName("primary")
        self.button.setEnabled(False)
        self.ready_changed.connect(self.button.setEnabled)
        self.ready = False
        for field in (self.first, self.second):
            field.textChanged.connect(self._changed)

    def _changed(self) -> None:
        verdict = check_passphrase(self.first.text())
        text = verdict.hint
        self.ready = verdict.acceptable and self.first.text() == self.second.text()
        if verdict.acceptable and self.second.text() and not self.ready:
            text = NOT_THE_SAME
        self.hint.setText(text)
        self.ready_changed.emit(self.ready)

    def text(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
