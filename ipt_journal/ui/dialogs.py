"""Thin wrappers around modal dialogs, so tests can replace them instead of blocking on exec()."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget


# Qt's own file dialog, not the desktop's: the desktop would add exports, backups and the
# recovery-code file to its list of recently used files, outside the vault.
PRIVATE = QFileDialog.Option.DontUseNativeDialog


def ask_save_path(parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters, options=PRIVATE)
    return path or None


def ask_open_path(parent: QWidget | None, title: str, filters: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters, options=PRIVATE)
    return path or None


def confirm(parent: QWidget | None, title: str, text: str, yes: str | None = None) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    ok = box.addButton(yes or QCoreApplication.translate("Dialogs", "Continue"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()
    return box.clickedButton() is ok


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def about(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.about(parent, title, text)


def run(dialog: QDialog) -> bool:
    """Show one of our own dialogs and wait; True if the member accepted it."""
    return bool(dialog.exec())


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def print_text(parent: QWidget | None, title: str, text: str) -> bool:
    """Print plain text through the system dialog; returns False if the member cancels."""
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter()
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    doc = QTextDocument()
    doc.setPlainText(text)
    doc.print_(printer)
    return True
