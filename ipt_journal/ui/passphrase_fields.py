"""Choosing a passphrase: the field, the same again, and the strength hint, shared by first run and unlock."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QPushButton

from ipt_journal.domain.passphrase import PassphraseCheck, check_passphrase
from ipt_journal.ui.widgets import label, secret_field


def first_hint() -> str:
    return QCoreApplication.translate("NewPassphraseFields", "At least 10 characters, or four or more words.")


def not_the_same() -> str:
    return QCoreApplication.translate("NewPassphraseFields", "The two passphrases are not the same yet.")


def hint_for(verdict: PassphraseCheck, typed: str) -> str:
    """The domain's strength verdict in the member's language (the domain keeps English words only)."""
    if not verdict.acceptable:
        if not typed.strip():
            return QCoreApplication.translate(
                "NewPassphraseFields", "Choose a passphrase: at least 10 characters, or four or more words.")
        return QCoreApplication.translate(
            "NewPassphraseFields", "A little longer, please: at least 10 characters, or four words.")
    return {
        1: QCoreApplication.translate("NewPassphraseFields", "This works, but it would be easy to guess; a few more "
                                                             "words make it much stronger."),
        2: QCoreApplication.translate("NewPassphraseFields", "Good. Adding another word or two would make it "
                                                             "stronger still."),
        3: QCoreApplication.translate("NewPassphraseFields", "Strong. Make sure it is something you will remember."),
        4: QCoreApplication.translate("NewPassphraseFields", "Very strong. Make sure it is something you will "
                                                             "remember."),
    }.get(verdict.strength, verdict.hint)


class NewPassphraseFields(QObject):
    """Two secret fields, a hint and the button that goes on; the page lays them out where it wants them."""

    ready_changed = Signal(bool)  # True when the passphrase is strong enough and typed the same twice

    def __init__(self, placeholder: str, button_text: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.first = secret_field(placeholder, self.tr("New passphrase"))
        self.second = secret_field(self.tr("Type it again"), self.tr("Repeat the new passphrase"))
        self.hint = label(first_hint(), "hint")
        self.button = QPushButton(button_text)
        self.button.setObjectName("primary")
        self.button.setEnabled(False)
        self.ready_changed.connect(self.button.setEnabled)
        self.ready = False
        for field in (self.first, self.second):
            field.textChanged.connect(self._changed)

    def _changed(self) -> None:
        verdict = check_passphrase(self.first.text())
        text = hint_for(verdict, self.first.text())
        self.ready = verdict.acceptable and self.first.text() == self.second.text()
        if verdict.acceptable and self.second.text() and not self.ready:
            text = not_the_same()
        self.hint.setText(text)
        self.ready_changed.emit(self.ready)

    def text(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
