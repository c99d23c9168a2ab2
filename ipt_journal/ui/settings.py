"""The app's QSettings: window geometry and preferences only, never member text or secrets."""

from __future__ import annotations

from PySide6.QtCore import QSettings

DEFAULT_IDLE_MINUTES = 5


def preferences() -> QSettings:
    """Window geometry and preferences only: never member text, names, searches or secrets."""
    return QSettings("ipt-journal", "ipt-journal")


def idle_minutes_from(prefs: QSettings) -> int:
    """A damaged or odd settings value falls back to the default instead of stopping the app."""
    try:
        return max(0, min(60, int(str(prefs.value("idle_lock_minutes", DEFAULT_IDLE_MINUTES)))))
    except (TypeError, ValueError):
        return DEFAULT_IDLE_MINUTES
