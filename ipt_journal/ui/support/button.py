"""The calm Support button that sits on every screen, with F1 as its shortcut."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QBoxLayout, QPushButton, QStackedWidget, QWidget

from ipt_journal.services.session import Session

SHORTCUT = "F1"


class SupportButton(QPushButton):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Support"), parent)
        self.session = session
        self.setObjectName("support")
        self.setToolTip(self.tr("Support for a hard moment: your plan, your people, a breathing pacer (F1)"))
        self.setAccessibleName(self.tr("Support for a hard moment"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.clicked.connect(self.open)
        # The shortcut belongs to the button's window and counts only while the button is visible,
        # so the hidden screens of the same window never make F1 ambiguous.
        self.shortcut = QShortcut(QKeySequence(SHORTCUT), self, context=Qt.ShortcutContext.WindowShortcut)
        self.shortcut.activated.connect(self.open)

    def open(self) -> None:
        from ipt_journal.ui.support.page import open_support

        self.page = open_support(self, self.session)


def add_to_pages(pages: QStackedWidget, session: Session) -> list[SupportButton]:
    """A Support button at the top right of every page of a stepped screen (first run, lock screen)."""
    buttons = []
    for i in range(pages.count()):
        layout = pages.widget(i).layout()
        if isinstance(layout, QBoxLayout):
            button = SupportButton(session)
            layout.insertWidget(0, button, 0, Qt.AlignmentFlag.AlignRight)
            buttons.append(button)
    return buttons
