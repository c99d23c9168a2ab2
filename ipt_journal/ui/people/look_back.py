"""Saving the look-back review (the circle then and now, areas, goals reached, what names each person) as
Markdown or PDF, after saying plainly that the file is not encrypted."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ipt_journal.services.people import look_back_document
from ipt_journal.ui import dialogs
from ipt_journal.ui.pdf import write_document_pdf
from ipt_journal.vault.atomic import atomic_write_bytes
from ipt_journal.vault.export import document_markdown
from ipt_journal.vault.vault import Vault


def save_look_back(parent: QWidget, vault: Vault, *, replace_names: bool) -> Path | None:
    """Ask where, then write; returns the file written (None if the member stopped)."""
    if not dialogs.confirm(
        parent, QCoreApplication.translate("LookBack", "Save a look back"),
        QCoreApplication.translate(
            "LookBack", "The file will not be encrypted: anyone who opens it can read it. Keep it somewhere private, "
            "or print it and delete it."),
        QCoreApplication.translate("LookBack", "Choose where"),
    ):
        return None
    chosen = dialogs.ask_save_path(parent, QCoreApplication.translate("LookBack", "Save a look back"),
                                   "looking-back.md", QCoreApplication.translate("LookBack",
                                                                                 "Markdown (*.md);;PDF (*.pdf)"))
    if not chosen:
        return None
    path = Path(chosen)
    doc = look_back_document(vault, names=[] if replace_names else None)
    try:
        if path.suffix.lower() == ".pdf":
            write_document_pdf(doc, path)
        else:
            atomic_write_bytes(path, document_markdown(doc))
    except OSError as exc:
        sys.stderr.write(f"look back not written: {type(exc).__name__} {exc.errno}\n")  # no path, no member text
        dialogs.inform(parent, QCoreApplication.translate("LookBack", "Save a look back"), QCoreApplication.translate(
            "LookBack", "The look back could not be written there. Nothing in your journal changed. Try another "
            "folder, for example your Documents."))
        return None
    return path
