"""Restore from a backup: ask for the file and its secret, confirm, lock, then swap the files off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from ipt_journal.services import data_safety
from ipt_journal.ui import dialogs
from ipt_journal.ui.data_safety.tasks import BackgroundTask, manager_for
from ipt_journal.vault.errors import WrongPassphrase
from ipt_journal.services.session import Vault


def ask_backup_secret(parent: QWidget | None) -> tuple[str, str] | None:
    """(kind, secret) for the backup's key file: kind is 'passphrase' or 'recovery'. Thin dialog (tests replace it)."""
    text, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("Restore", "Open the backup"),
        QCoreApplication.translate("Restore", "Type the passphrase that opened this backup's journal\n(or its recovery code):"),
        QLineEdit.EchoMode.Password,
    )
    if not ok or not text:
        return None
    compact = text.replace("-", "").replace(" ", "")
    kind = "recovery" if len(compact) == 24 and compact.isalnum() else "passphrase"
    return kind, text


def restore_from_backup(parent: QWidget, data_dir: Path, before: Callable[[], None], after: Callable[[str], None]) -> BackgroundTask | None:
    """Ask for a backup and its secret, confirm, call before() (which locks), then restore off the UI thread.

    after(message) is called with a sentence for the unlock screen, whatever happened.
    """
    title = QCoreApplication.translate("Restore", "Restore from backup")
    manager = manager_for(parent)
    if manager.running():  # a worker may still hold a connection to the files we would swap
        dialogs.inform(parent, title, QCoreApplication.translate(
            "Restore", "Please wait until the current export, import or backup has finished."))
        return None
    path = dialogs.ask_open_path(parent, title, QCoreApplication.translate("Restore", "IPT Journal backups (*.ijbackup)"))
    if not path:
        return None
    secret = ask_backup_secret(parent)
    if secret is None:
        return None
    if not dialogs.confirm(
        parent, title,
        QCoreApplication.translate(
            "Restore",
            "Your journal will be replaced by this backup. What you have now is kept in the backups folder first. "
            "Afterwards, your journal opens with the passphrase (or recovery code) of the backup.",
        ),
        yes=QCoreApplication.translate("Restore", "Restore"),
    ):
        return None
    kind, text = secret
    before()

    def work(_handle: Vault | None, _progress: Callable[[int, int], None]) -> object:
        # What looks like a recovery code is tried as one first, in any case and spacing;
        # if it does not open the backup, it is tried as a passphrase after all.
        if kind == "recovery":
            try:
                return data_safety.restore(data_dir, Path(path), recovery_code=text)
            except WrongPassphrase:
                pass
        return data_safety.restore(data_dir, Path(path), passphrase=text)

    job = BackgroundTask(parent, QCoreApplication.translate("Restore", "Restore"),
                         QCoreApplication.translate("Restore", "Checking and restoring the backup…"), work)
    if job.dialog is not None:
        job.dialog.setCancelButton(None)  # the swap at the end must not be interrupted

    def finished() -> None:
        if job.error is not None:
            after(QCoreApplication.translate("Restore", "%1 Your journal was not changed.").replace("%1", job.error))
        elif job.was_cancelled:
            after(QCoreApplication.translate("Restore", "The restore was stopped. Your journal was not changed."))
        else:
            after(QCoreApplication.translate("Restore", "The backup was restored. Type the backup's passphrase to open it."))

    job.finished.connect(finished)
    return manager.add(job)
