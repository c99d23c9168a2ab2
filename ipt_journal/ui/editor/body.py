"""The entry's body: rich text backed by Markdown, its formatting toolbar and its context menu."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QTextCharFormat, QTextCursor, QTextListFormat
from PySide6.QtWidgets import QSizePolicy, QTextEdit, QWidget

from ipt_journal.ui import clipboard


class BodyEdit(QTextEdit):
    """Rich text backed by Markdown; text copied out of it is cleared from the clipboard later."""

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 (Qt name)
        data = super().createMimeDataFromSelection()
        clipboard.schedule_clear(data.text())
        return data


class BodyPart:
    """The formatting toolbar (bold, italic, heading, list) and the body's menu for EntryEditor."""

    def _build_toolbar(self) -> None:
        def act(text: str, shortcut: str, slot) -> None:  # type: ignore[no-untyped-def]
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text} ({shortcut})")
            action.triggered.connect(slot)
            self.toolbar.addAction(action)
            self.addAction(action)

        act("Bold", "Ctrl+B", self._bold)
        act("Italic", "Ctrl+I", self._italic)
        act("Heading", "Ctrl+Shift+H", self._heading)
        act("List", "Ctrl+Shift+L", self._list)
        act("Bring to group", "Ctrl+Shift+B", self.bring_selection_to_group)
        act("Goals…", "Ctrl+Shift+G", self.link_goals)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(self.delete_button)

    def _bold(self) -> None:
        fmt = QTextCharFormat()
        bold = self.body.fontWeight() != QFont.Weight.Bold
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self.body.mergeCurrentCharFormat(fmt)

    def _italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.body.fontItalic())
        self.body.mergeCurrentCharFormat(fmt)

    def _heading(self) -> None:
        cursor = self.body.textCursor()
        block = cursor.blockFormat()
        block.setHeadingLevel(0 if block.headingLevel() else 2)
        cursor.setBlockFormat(block)
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if block.headingLevel() else QFont.Weight.Normal)
        cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
        cursor.mergeCharFormat(fmt)

    def _list(self) -> None:
        cursor = self.body.textCursor()
        if cursor.currentList():
            current = cursor.currentList()
            current.remove(cursor.block())
            block = cursor.blockFormat()
            block.setIndent(0)
            cursor.setBlockFormat(block)
        else:
            cursor.createList(QTextListFormat.Style.ListDisc)

    def _body_menu(self, pos) -> None:  # type: ignore[no-untyped-def]
        menu = self.body.createStandardContextMenu(pos)
        menu.addSeparator()
        action = menu.addAction("Bring to group")
        action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        action.triggered.connect(self.bring_selection_to_group)
        menu.exec(self.body.mapToGlobal(pos))
