"""Help -> Keyboard shortcuts: every key the journal answers to, grouped by where it works.

A test reads the code for key sequences and fails when one is missing here, so the list stays whole.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ipt_journal.ui.widgets import label

SHOW_LIST = "Ctrl+/"  # the key that opens this list


def shortcuts() -> list[tuple[str, list[tuple[tuple[str, ...], str]]]]:
    """(where, [(keys, what they do)]); keys given as a pair with "…" between them are a range."""
    return [
        (QCoreApplication.translate("KeyboardShortcuts", "Everywhere"), [
            (("F1",), QCoreApplication.translate("KeyboardShortcuts", "Support for a hard moment")),
            (("Ctrl+L",), QCoreApplication.translate("KeyboardShortcuts", "Lock the journal now")),
            (("Ctrl+F",), QCoreApplication.translate("KeyboardShortcuts", "Search your journal")),
            (("Ctrl+1", "…", "Ctrl+6"), QCoreApplication.translate("KeyboardShortcuts", "Go to a section: Today, Journal, Next session, Goals, People, Insights")),
            (("Ctrl+Shift+K",), QCoreApplication.translate("KeyboardShortcuts", "A quick check-in")),
            (("Ctrl+Shift+S",), QCoreApplication.translate("KeyboardShortcuts", "Back up to a folder")),
            (("Ctrl+Shift+R",), QCoreApplication.translate("KeyboardShortcuts", "Restore from a backup")),
            (("Ctrl+Shift+E",), QCoreApplication.translate("KeyboardShortcuts", "Export")),
            (("Ctrl+Shift+I",), QCoreApplication.translate("KeyboardShortcuts", "Import")),
            (("Ctrl+,",), QCoreApplication.translate("KeyboardShortcuts", "Preferences")),
            ((SHOW_LIST,), QCoreApplication.translate("KeyboardShortcuts", "This list of keyboard shortcuts")),
            (("Ctrl+Q",), QCoreApplication.translate("KeyboardShortcuts", "Quit (what you wrote is saved first)")),
        ]),
        (QCoreApplication.translate("KeyboardShortcuts", "Today"), [
            (("Ctrl+R",), QCoreApplication.translate("KeyboardShortcuts", "Another prompt")),
            (("Ctrl+Return",), QCoreApplication.translate("KeyboardShortcuts", "Write about this prompt")),
            (("Ctrl+Shift+P",), QCoreApplication.translate("KeyboardShortcuts", "Browse all prompts")),
            (("Ctrl+N",), QCoreApplication.translate("KeyboardShortcuts", "A new entry")),
        ]),
        (QCoreApplication.translate("KeyboardShortcuts", "Journal"), [
            (("Ctrl+N",), QCoreApplication.translate("KeyboardShortcuts", "A new entry")),
            (("Ctrl+G",), QCoreApplication.translate("KeyboardShortcuts", "Go to a day")),
            (("Ctrl+Shift+T",), QCoreApplication.translate("KeyboardShortcuts", "Open the trash")),
        ]),
        (QCoreApplication.translate("KeyboardShortcuts", "Writing an entry"), [
            (("Ctrl+B",), QCoreApplication.translate("KeyboardShortcuts", "Bold")),
            (("Ctrl+I",), QCoreApplication.translate("KeyboardShortcuts", "Italic")),
            (("Ctrl+Shift+H",), QCoreApplication.translate("KeyboardShortcuts", "Heading")),
            (("Ctrl+Shift+L",), QCoreApplication.translate("KeyboardShortcuts", "List")),
            (("Ctrl+Shift+B",), QCoreApplication.translate("KeyboardShortcuts", "Bring the chosen words to group")),
            (("Ctrl+Shift+G",), QCoreApplication.translate("KeyboardShortcuts", "Link the entry to your goals")),
            (("Ctrl+Shift+W",), QCoreApplication.translate("KeyboardShortcuts", "Check my wording")),
            (("Tab", "Shift+Tab"), QCoreApplication.translate("KeyboardShortcuts", "Leave the text for the next or previous field")),
            (("Ctrl+Tab",), QCoreApplication.translate("KeyboardShortcuts", "Write a tab in the text")),
        ]),
        (QCoreApplication.translate("KeyboardShortcuts", "Next session"), [
            (("Alt+Up", "Alt+Down"), QCoreApplication.translate("KeyboardShortcuts", "Move the chosen item up or down the list")),
        ]),
        (QCoreApplication.translate("KeyboardShortcuts", "Goals"), [
            (("Ctrl+N",), QCoreApplication.translate("KeyboardShortcuts", "A new goal")),
            (("Ctrl+S",), QCoreApplication.translate("KeyboardShortcuts", "Save the goal now")),
            (("Ctrl+K",), QCoreApplication.translate("KeyboardShortcuts", "Check in on this goal")),
            (("Ctrl+Return",), QCoreApplication.translate("KeyboardShortcuts", "Save the check-in")),
            (("Ctrl+Shift+G",), QCoreApplication.translate("KeyboardShortcuts", "Ideas for goals")),
        ]),
        (QCoreApplication.translate("KeyboardShortcuts", "People"), [
            (("Ctrl+Shift+N",), QCoreApplication.translate("KeyboardShortcuts", "Add a name")),
            (("Alt+0", "…", "Alt+3"), QCoreApplication.translate("KeyboardShortcuts", "Place the chosen person in a circle (0 takes them out)")),
        ]),
        (QCoreApplication.translate("KeyboardShortcuts", "Support"), [
            (("Alt+Left", "Alt+Right"), QCoreApplication.translate("KeyboardShortcuts", "The step before, the next step")),
        ]),
    ]


def key_text(keys: tuple[str, ...]) -> str:
    """Keys as the platform writes them (Ctrl or ⌘, in the member's language)."""
    native = QKeySequence.SequenceFormat.NativeText
    shown = [k if k == "…" else QKeySequence(k).toString(native) for k in keys]
    return " ".join(shown) if "…" in keys else " / ".join(shown)


class KeyboardShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(0, 2)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.horizontalHeader().setAccessibleName(self.tr("Columns: keys, what they do"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setShowGrid(False)
        self.table.setWordWrap(True)
        self.rows: list[tuple[str, str]] = []  # (keys, what), as shown
        for where, rows in shortcuts():
            r = self.table.rowCount()
            self.table.insertRow(r)
            heading = QTableWidgetItem(where)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(r, 0, heading)
            self.table.setSpan(r, 0, 1, 2)
            for keys, what in rows:
                r = self.table.rowCount()
                self.table.insertRow(r)
                shown = key_text(keys)
                for col, text in ((0, shown), (1, what)):
                    item = QTableWidgetItem(text)
                    # one sentence per row for a screen reader: "Ctrl+L: Lock the journal now"
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{shown}: {what}")
                    self.table.setItem(r, col, item)
                self.rows.append((shown, what))
        self.table.resizeColumnToContents(0)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)  # the second column takes the rest and wraps in it
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        box = QVBoxLayout(self)
        box.addWidget(label(self.tr("Tab and Shift+Tab move between controls; Esc closes a small window."),
                            "hint"))
        box.addWidget(self.table, 1)
        box.addWidget(buttons)
        from ipt_journal.ui.preferences import fitting_width

        wanted = self.table.columnWidth(0) + self.table.sizeHintForColumn(1) + 40
        self.resize(fitting_width(self, wanted + 60), 560)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self.table.resizeRowsToContents()  # wrapped descriptions get the height they need
