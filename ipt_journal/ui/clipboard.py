"""Clipboard text we put there from the journal is cleared after a while, if it is still ours."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 30_000

_pending: list[QTimer] = []


def schedule_clear(text: str, after_ms: int | None = None) -> None:
    if not text:
        return
    after_ms = CLEAR_AFTER_MS if after_ms is None else after_ms
    clipboard = QGuiApplication.clipboard()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setProperty("text", text)

    def clear() -> None:
        if clipboard.text() == text:
            clipboard.clear()
        _pending.remove(timer)

    timer.timeout.connect(clear)
    _pending.append(timer)
    timer.start(after_ms)


def copy_sensitive(text: str, after_ms: int | None = None) -> None:
    QGuiApplication.clipboard().setText(text)
    schedule_clear(text, after_ms)


def clear_now_if_ours() -> None:
    """On lock: clear what we copied without waiting."""
    for timer in list(_pending):
        timer.stop()
        timer.timeout.emit()


def _copied() -> None:
    clipboard = QGuiApplication.clipboard()
    if clipboard.ownsClipboard() or QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive:
        text = clipboard.text()
        if text and not any(t.property("text") == text for t in _pending):
            schedule_clear(text)


_watching: list[bool] = []


def watch_copies() -> None:
    """Whatever is copied while the app is in front (entries, forms, agenda, goals) is cleared later."""
    if not _watching:
        QGuiApplication.clipboard().dataChanged.connect(_copied)
        _watching.append(True)


def stop_watching() -> None:
    if _watching:
        QGuiApplication.clipboard().dataChanged.disconnect(_copied)
        _watching.clear()
