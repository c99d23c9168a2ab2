"""Accessibility checks shared by the UI tests: what a screen reader or voice control would miss."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

# Everything a member can operate; a scroll bar is part of the view it scrolls.
INTERACTIVE = (QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox,
               QAbstractItemView, QAbstractSlider, QTabBar, QCalendarWidget)


def _plain(text: str) -> str:
    return " ".join(text.replace("&", "").split()).casefold()


def problems(root: QWidget) -> list[str]:
    """Every visible control on root with no accessible name, or whose name hides what it shows."""
    out: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if (not w.isVisibleTo(root) and w is not root) or w.objectName().startswith("qt_"):
            continue  # hidden, or a part Qt makes inside a named control (a spin box's line edit)
        name, desc = _plain(w.accessibleName()), _plain(w.accessibleDescription())
        where = f"{type(w).__name__}({w.objectName() or '-'})"
        if isinstance(w, QAbstractButton):
            text = _plain(w.text())
            if not text and not name:
                out.append(f"unnamed {where}")
            elif name and text and text not in name:
                out.append(f"button name lacks its text: {where} {w.text()!r} named {w.accessibleName()!r}")
        elif isinstance(w, INTERACTIVE) and not isinstance(w, QScrollBar) and not name:
            out.append(f"unnamed {where}")
        elif isinstance(w, QLabel) and name and w.text():
            text = _plain(w.text())
            if "<" not in w.text() and text not in name and text not in desc:
                out.append(f"label name hides its text: {where} named {w.accessibleName()!r}")
    return out
