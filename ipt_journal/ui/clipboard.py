"""Clipboard text we put there from the journal is cleared after a while, if it is still ours."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 30_000

_pending: list[QTimer] = []


def schedule_clear(text: str, after_ms: int = CLEAR_AFTER_MS) -> None:
    clipboard = QGuiApplication.clipboard()
    timer = QTimer()
    timer.setSingleShot(True)

    def clear() -> None:
        if clipboard.text() == text:
            clipboard.clear()
        _pending.remove(timer)

    timer.timeout.connect(clear)
    _pending.append(timer)
    timer.start(after_ms)


def copy_sensitive(text: str, after_ms: int = CLEAR_AFTER_MS) -> None:
    QGuiApplication.clipboard().setText(text)
    schedule_clear(text, after_ms)


def clear_now_if_ours() -> None:
    """On lock: clear what we copied without waiting."""
    for timer in list(_pending):
        timer.stop()
        timer.timeout.emit()
