"""Import from the menu: what kind of file, which files, then the import off the UI thread (all or nothing)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from ipt_journal.services import data_safety
from ipt_journal.ui import dialogs
from ipt_journal.ui.data_safety.tasks import BackgroundTask, run_in_background
from ipt_journal.services.session import Vault


def ask_open_paths(parent: QWidget | None, title: str, filters: str) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(parent, title, "", filters, options=dialogs.PRIVATE)
    return list(paths)


def ask_import(parent: QWidget | None) -> tuple[str, list[Path]] | None:
    """(format, files) to import, or None. Thin dialog (tests replace it)."""
    kinds = {
        QCoreApplication.translate("Import", "An IPT Journal export (.json)"):
            ("json", QCoreApplication.translate("Import", "JSON files (*.json)")),
        QCoreApplication.translate("Import", "jrnl (JSON export)"):
            ("jrnl", QCoreApplication.translate("Import", "JSON files (*.json)")),
        QCoreApplication.translate("Import", "Day One (Journal.json or the .zip)"):
            ("dayone", QCoreApplication.translate("Import", "Day One exports (*.json *.zip)")),
        QCoreApplication.translate("Import", "Markdown or text files, one entry per file"):
            ("md", QCoreApplication.translate("Import", "Text files (*.md *.markdown *.txt)")),
    }
    title = QCoreApplication.translate("Import", "Import")
    choice, ok = QInputDialog.getItem(
        parent, title, QCoreApplication.translate("Import", "What would you like to import?"), list(kinds), 0, False)
    if not ok:
        return None
    fmt, filters = kinds[choice]
    paths = ask_open_paths(parent, title, filters)
    return (fmt, [Path(p) for p in paths]) if paths else None


def import_files(parent: QWidget, vault: Vault, on_done: Callable[[], None] | None = None) -> BackgroundTask | None:
    picked = ask_import(parent)
    if picked is None:
        return None
    fmt, paths = picked
    title = QCoreApplication.translate("Import", "Import")

    def done(result: Any) -> None:
        if result.added == 1:
            text = QCoreApplication.translate("Import", "Imported 1 entry.")
        else:
            text = QCoreApplication.translate("Import", "Imported %1 entries.").replace("%1", str(result.added))
        if result.skipped:
            text += " " + QCoreApplication.translate(
                "Import", "%1 were already in your journal and were skipped.").replace("%1", str(result.skipped))
        dialogs.inform(parent, title, text)
        if on_done is not None:
            on_done()

    return run_in_background(
        parent, title, QCoreApplication.translate("Import", "Importing…"),
        lambda handle, progress: data_safety.import_from(handle, fmt, paths, progress=progress),  # type: ignore[arg-type]
        vault=vault, on_success=done,
    )
