"""Small building blocks shared by the screens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget


def label(text: str, name: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    lab = QLabel(text, parent)
    if name:
        lab.setObjectName(name)
    lab.setWordWrap(wrap)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return lab


def secret_field(placeholder: str, accessible: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    field.setAccessibleName(accessible)
    # No undo history and no context-menu copy of secrets.
    field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    return field


def centered_page(*widgets: QWidget, stretch_first: bool = True) -> QWidget:
    """A calm page for first run and unlock: widgets in a column, a little above the middle."""
    page = QWidget()
    box = QVBoxLayout(page)
    box.setContentsMargins(48, 36, 48, 36)
    box.setSpacing(14)
    if stretch_first:
        box.addStretch(1)
    for w in widgets:
        box.addWidget(w)
    box.addStretch(2)
    return page


def scroll_area(inner: QWidget, *, horizontal: bool = False) -> QScrollArea:
    """A frameless scroll area around a page that grows downwards (no sideways scrolling unless asked)."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    if not horizontal:
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(inner)
    return scroll


def fill_with(widget: QWidget, child: QWidget) -> None:
    """The child takes all of the widget, edge to edge."""
    outer = QVBoxLayout(widget)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(child)


def save_timer(parent: QWidget, ms: int, save: Callable[[], object]) -> QTimer:
    """A single-shot timer that saves once typing has paused for ms milliseconds (restart it on each change)."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(save)
    return timer


def hbox(*items: QWidget | None) -> QHBoxLayout:
    """Widgets side by side, left to right; None is a stretch that pushes what follows to the right."""
    layout = QHBoxLayout()
    for item in items:
        if item is None:
            layout.addStretch(1)
        else:
            layout.addWidget(item)
    return layout


def button(text: str, slot: Callable[[], object], *, primary: bool = False) -> QPushButton:
    """A push button that runs slot when clicked; a primary one is the screen's main action."""
    b = QPushButton(text)
    if primary:
        b.setObjectName("primary")
    b.clicked.connect(slot)
    return b
