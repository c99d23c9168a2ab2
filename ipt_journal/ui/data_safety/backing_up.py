"""Back up to a folder the member picks: an encrypted copy, written and checked off the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ipt_journal.services import data_safety
from ipt_journal.ui import dialogs
from ipt_journal.ui.data_safety.tasks import BackgroundTask, run_in_background
from ipt_journal.services.session import Vault


def ask_folder(parent: QWidget | None, title: str) -> str | None:
    """Thin dialog (tests replace it)."""
    return QFileDialog.getExistingDirectory(parent, title, options=dialogs.PRIVATE | QFileDialog.Option.ShowDirsOnly) or None


def back_up_to_folder(parent: QWidget, vault: Vault) -> BackgroundTask | None:
    title = QCoreApplication.translate("BackUp", "Back up")
    folder = ask_folder(parent, QCoreApplication.translate("BackUp", "Back up to"))
    if not folder:
        return None
    return run_in_background(
        parent, title, QCoreApplication.translate("BackUp", "Writing an encrypted backup…"),
        lambda handle, progress: data_safety.back_up_to(handle, Path(folder), progress=progress),  # type: ignore[arg-type]
        vault=vault,
        on_success=lambda info: dialogs.inform(parent, title, QCoreApplication.translate(
            "BackUp", "Your backup is saved as %1 and was checked. It is encrypted like your journal."
        ).replace("%1", str(info.path))),
    )
