"""The entry's body: rich text backed by Markdown, its formatting toolbar, its menu and the @-completion of people."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeySequence,
    QStandardItem,
    QStandardItemModel,
    QTextCharFormat,
    QTextCursor,
    QTextListFormat,
)
from PySide6.QtWidgets import QCompleter, QTextEdit, QToolButton, QWidget

from ipt_journal.ui import clipboard
from ipt_journal.ui.widgets import WrappedPlaceholder

PersonIdRole = Qt.ItemDataRole.UserRole + 8
MAX_AT_PREFIX = 40  # longer than a name: the @ was not meant as a mention


class BodyEdit(WrappedPlaceholder, QTextEdit):
    """Rich text backed by Markdown; text copied out of it is cleared from the clipboard later.

    Tab and Shift+Tab move the focus on (Ctrl+Tab writes a tab); Esc leaves the text too.
    After "@" it offers the names of your people; choosing one writes the name and emits person_chosen.
    """

    person_chosen = Signal(int, str)  # person id, name written into the text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._matching: Callable[[str], list[tuple[int, str]]] | None = None
        self._model = QStandardItemModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setWidget(self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.popup().setAccessibleName(self.tr("Names of your people; Enter writes one"))
        self.completer.activated[QModelIndex].connect(self._complete)

    def set_people_source(self, matching: Callable[[str], list[tuple[int, str]]] | None) -> None:
        """Where names for the @-completion come from: typed prefix -> [(id, name)]."""
        self._matching = matching

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 (Qt name)
        data = super().createMimeDataFromSelection()
        clipboard.schedule_clear(data.text())
        return data

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        popup = self.completer.popup()
        key, mods = event.key(), event.modifiers()
        if popup.isVisible() and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape, Qt.Key.Key_Tab,
                                         Qt.Key.Key_Backtab):
            event.ignore()  # the completer's popup takes these
            return
        if key == Qt.Key.Key_Tab and mods & Qt.KeyboardModifier.ControlModifier:
            self.insertPlainText("\t")
            return
        if key == Qt.Key.Key_Escape and not mods:
            self.focusNextPrevChild(True)
            return
        super().keyPressEvent(event)
        self._offer_names()

    def at_prefix(self) -> str | None:
        """What follows an "@" just before the cursor (it starts the text or follows a space), or None."""
        cursor = self.textCursor()
        before = cursor.block().text()[: cursor.positionInBlock()]
        at = before.rfind("@")
        if at < 0 or (at > 0 and not before[at - 1].isspace()):
            return None
        prefix = before[at + 1:]
        if len(prefix) > MAX_AT_PREFIX or prefix[:1].isspace() or prefix.count(" ") > 2:
            return None
        return prefix

    def _offer_names(self) -> None:
        popup = self.completer.popup()
        prefix = self.at_prefix()
        found = self._matching(prefix) if prefix is not None and self._matching is not None else []
        if not found:
            popup.hide()
            return
        self._model.clear()
        for pid, name in found:
            item = QStandardItem(name)
            item.setData(pid, PersonIdRole)
            self._model.appendRow(item)
        rect = self.cursorRect()
        rect.setWidth(max(220, popup.sizeHintForColumn(0) + 24))
        self.completer.complete(rect)
        popup.setCurrentIndex(self._model.index(0, 0))

    def _complete(self, index: QModelIndex) -> None:
        prefix = self.at_prefix()
        if prefix is None:
            return
        name, pid = str(index.data()), index.data(PersonIdRole)
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, len(prefix) + 1)
        cursor.insertText(name + " ")
        self.setTextCursor(cursor)
        if pid is not None:
            self.person_chosen.emit(int(pid), name)


class BodyPart:
    """The formatting toolbar (bold, italic, heading, list) and the body's menu for EntryEditor."""

    def _build_toolbar(self) -> None:
        def act(text: str, shortcut: str, slot) -> None:  # type: ignore[no-untyped-def]
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
            action.triggered.connect(slot)
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # as on a toolbar: Tab goes from the title to the text
            self.toolbar.layout().addWidget(button)
            self.addAction(action)

        act(QCoreApplication.translate("BodyPart", "Bold"), "Ctrl+B", self._bold)
        act(QCoreApplication.translate("BodyPart", "Italic"), "Ctrl+I", self._italic)
        act(QCoreApplication.translate("BodyPart", "Heading"), "Ctrl+Shift+H", self._heading)
        act(QCoreApplication.translate("BodyPart", "List"), "Ctrl+Shift+L", self._list)
        act(QCoreApplication.translate("BodyPart", "Bring to group"), "Ctrl+Shift+B", self.bring_selection_to_group)
        act(QCoreApplication.translate("BodyPart", "Goals…"), "Ctrl+Shift+G", self.link_goals)

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
        action = menu.addAction(QCoreApplication.translate("BodyPart", "Bring to group"))
        action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        action.triggered.connect(self.bring_selection_to_group)
        tab = menu.addAction(QCoreApplication.translate("BodyPart", "Insert a tab"))
        tab.setShortcut(QKeySequence("Ctrl+Tab"))
        tab.triggered.connect(lambda: self.body.insertPlainText("\t"))
        menu.exec(self.body.mapToGlobal(pos))
