"""The unlock screen, with the 'forgot passphrase' path through the recovery code."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QApplication, QPushButton, QStackedWidget, QWidget

from ipt_journal.domain.passphrase import failure_delay_seconds
from ipt_journal.services.session import Session
from ipt_journal.ui.passphrase_fields import NewPassphraseFields
from ipt_journal.ui import calm_errors
from ipt_journal.ui.widgets import centered_page, follow_reading_order, label, secret_field
from ipt_journal.ui.support import button as support_button
from ipt_journal.vault.errors import VaultDamaged, WrongPassphrase


class UnlockScreen(QStackedWidget):
    unlocked = Signal()  # the session is unlocked and ready

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.failures = 0
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.timeout.connect(self._end_delay)

        self.passphrase = secret_field(self.tr("Passphrase"), self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("primary")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.message = label("", "error")
        forgot = QPushButton(self.tr("Forgot your passphrase? Use your recovery code"))
        forgot.setFlat(True)
        forgot.clicked.connect(self.show_recovery)
        # Shown when the journal cannot be opened because it is damaged or missing a file.
        self.restore_button = QPushButton(self.tr("Restore from a backup…"))
        self.restore_button.setVisible(False)
        self.restore_button.clicked.connect(self.restore_from_backup)
        self.addWidget(
            self._page(
                label(self.tr("Welcome back"), "title"),
                label(self.tr("Your journal is locked. Type your passphrase to open it."), "subtitle"),
                self.passphrase,
                self.message,
                self.unlock_button,
                forgot,
                self.restore_button,
            )
        )

        self.code = secret_field("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX", self.tr("Recovery code"))
        self.code.setAccessibleDescription(self.tr("Six groups of four characters; dashes and spaces are fine"))
        self.code.setEchoMode(self.code.EchoMode.Normal)
        self.code.returnPressed.connect(self.try_recovery)
        self.code_message = label("", "error")
        use_code = QPushButton(self.tr("Open with this code"))
        use_code.setObjectName("primary")
        use_code.clicked.connect(self.try_recovery)
        back = QPushButton(self.tr("Back to passphrase"))
        back.clicked.connect(self.show_passphrase)
        self.addWidget(
            self._page(
                label(self.tr("Use your recovery code"), "title"),
                label(self.tr("Type the code you wrote down when you set up the journal. Dashes and spaces are fine."),
                      "subtitle"),
                self.code,
                self.code_message,
                use_code,
                back,
            )
        )

        self.new_passphrase = NewPassphraseFields(self.tr("New passphrase"), self.tr("Set new passphrase"), self)
        self.new1, self.new2 = self.new_passphrase.first, self.new_passphrase.second
        self.new_hint, self.set_button = self.new_passphrase.hint, self.new_passphrase.button
        self.set_button.clicked.connect(self.set_new_passphrase)
        self.addWidget(
            self._page(
                label(self.tr("Choose a new passphrase"), "title"),
                label(self.tr("Your journal is open. Pick a new passphrase so you can unlock it as usual next time."),
                      "subtitle"),
                self.new1,
                self.new2,
                self.new_hint,
                self.set_button,
            )
        )
        self.support_buttons = support_button.add_to_pages(self, session)
        follow_reading_order(self)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt name)
        super().showEvent(event)
        self.reading_order()

    _page = staticmethod(centered_page)

    def reset(self, message: str = "") -> None:
        for f in (self.passphrase, self.code, self.new1, self.new2):
            f.clear()
        self.message.setText(message)
        self.code_message.setText("")
        self.setCurrentIndex(0)
        self.passphrase.setFocus()

    before_restore = None  # set by the window: wait for background work that holds the files

    def restore_from_backup(self) -> None:
        from ipt_journal.ui.data_safety import restore_from_backup

        if self.before_restore is not None:
            self.before_restore()

        def after(message: str) -> None:
            self.reset(message)
            self.restore_button.setVisible(False)

        self.restore_job = restore_from_backup(self, self.session.data_dir, before=self.session.lock, after=after)

    def show_recovery(self) -> None:
        self.code.clear()
        self.setCurrentIndex(1)
        self.code.setFocus()

    def show_passphrase(self) -> None:
        self.setCurrentIndex(0)
        self.passphrase.setFocus()

    def _busy(self, on: bool) -> None:
        if on:
            QApplication.setOverrideCursor(self.cursor().shape().WaitCursor)
        else:
            QApplication.restoreOverrideCursor()

    def try_unlock(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        secret = self.passphrase.text()
        self.passphrase.clear()
        if not secret:
            self.message.setText(self.tr("Type your passphrase first."))
            return
        self._busy(True)
        try:
            self.session.unlock(secret)
        except WrongPassphrase:
            self._failed(self.tr("That passphrase doesn't open this journal. Check Caps Lock and try again."))
            return
        except Exception as exc:  # noqa: BLE001 - calm words for anything; the detail goes to stderr
            calm_errors.to_stderr("unlocking", exc)
            self.message.setText(calm_errors.explain(exc))
            self._offer_restore(isinstance(exc, VaultDamaged))
            return
        finally:
            self._busy(False)
        self.failures = 0
        self.message.setText("")
        self.unlocked.emit()

    def show_damage(self, text: str, *, complete: bool = False) -> None:
        """The journal cannot be read: say so, and offer the way back through a backup.

        complete: the text already says that nothing was changed (our calm words do)."""
        self.setCurrentIndex(0)
        self.message.setText(text if complete else text + " " + self.tr("Nothing was changed."))
        self._offer_restore(True)

    def _offer_restore(self, on: bool) -> None:
        self.restore_button.setVisible(on)
        self.reading_order()  # the button takes its place in the Tab order

    def _failed(self, text: str) -> None:
        self.failures += 1
        delay = failure_delay_seconds(self.failures)
        if delay:
            text += " " + self.tr("You can try again in %n second(s).", "", delay)
            self.unlock_button.setEnabled(False)
            self.passphrase.setEnabled(False)
            self._delay.start(delay * 1000)
        self.message.setText(text)

    def _end_delay(self) -> None:
        self.unlock_button.setEnabled(True)
        self.passphrase.setEnabled(True)
        self.passphrase.setFocus()

    def try_recovery(self) -> None:
        code = self.code.text()
        if not code.strip():
            self.code_message.setText(self.tr("Type your recovery code first."))
            return
        self._busy(True)
        try:
            self.session.unlock_with_recovery_code(code)
        except WrongPassphrase:
            self.code_message.setText(self.tr("That code doesn't open this journal. Check each group and try again."))
            return
        except VaultDamaged as exc:
            calm_errors.to_stderr("unlocking with the recovery code", exc)
            self.show_damage(calm_errors.explain(exc), complete=True)  # the restore path lives on the first page
            return
        except Exception as exc:  # noqa: BLE001
            calm_errors.to_stderr("unlocking with the recovery code", exc)
            self.code_message.setText(calm_errors.explain(exc))
            return
        finally:
            self._busy(False)
        self.code.clear()
        self.setCurrentIndex(2)
        self.new1.setFocus()

    def set_new_passphrase(self) -> None:
        if not self.set_button.isEnabled():
            return
        try:
            self.session.change_passphrase(self.new1.text())
        except Exception as exc:  # noqa: BLE001
            calm_errors.to_stderr("saving the new passphrase", exc)
            self.new_hint.setText(self.tr("The new passphrase could not be saved, so your journal still opens with "
                                          "your recovery code. %1").replace("%1", calm_errors.explain(exc)))
            return
        self.new_passphrase.clear()
        self.unlocked.emit()
