"""What the parts of the Goals screen share: item roles, the autosave delay, buttons and text boxes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPlainTextEdit, QPushButton

from ipt_journal.ui.widgets import button

AUTOSAVE_MS = 700
GoalIdRole = Qt.ItemDataRole.UserRole + 1
EntryRole = Qt.ItemDataRole.UserRole + 2
SparkRole = Qt.ItemDataRole.UserRole + 3  # the goal's progress values (0-10), oldest first
DetailRole = Qt.ItemDataRole.UserRole + 4  # the second line: status and last check-in
SPARK_W, SPARK_H = 56, 14


def _button(text: str, accessible: str, slot, *, primary: bool = False, shortcut: str = "") -> QPushButton:  # type: ignore[no-untyped-def]
    b = button(text, slot, primary=primary)
    # The spoken name is what is written on the button (voice control says what it sees); the longer
    # words go in the description.
    b.setAccessibleName(text)
    b.setAccessibleDescription(accessible)
    if shortcut:
        b.setShortcut(QKeySequence(shortcut))
        b.setToolTip(f"{accessible} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
    else:
        b.setToolTip(accessible)
    return b


def _text_box(accessible: str, placeholder: str = "", height: int = 72) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(accessible)
    box.setPlaceholderText(placeholder)
    if placeholder:
        box.setAccessibleDescription(placeholder)  # the hint stays readable once the member types
    box.setTabChangesFocus(True)
    # height was drawn for 11 pt text: count it in lines so larger text still shows whole lines
    lines = max(2, round(height / 24))
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box
