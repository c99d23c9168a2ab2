"""Whether the desktop asks for less movement: Qt when it says, otherwise the desktop's own setting.

Qt 6 tells contrast but not motion (QStyleHints.accessibility() has only contrastPreference), so the
setting is read where each desktop keeps it (its files each time, its command-line tools once per
run), without any network or write:
GNOME and other GTK desktops (gsettings "enable-animations", or gtk-enable-animations in GTK's
settings.ini), KDE Plasma (AnimationDurationFactor 0 in kdeglobals), Windows (client-area
animation turned off), macOS ("Reduce motion" in Accessibility). None means the desktop does not
say; the member's own choice (a checkbox where something moves) then decides.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

from PySide6.QtGui import QGuiApplication


def from_qt() -> bool | None:
    """The motion preference of the running Qt, as soon as a Qt version offers one."""
    hints = QGuiApplication.styleHints() if QGuiApplication.instance() is not None else None
    accessibility = getattr(hints, "accessibility", None)
    found = accessibility() if callable(accessibility) else None
    for name in ("motionPreference", "reducedMotion", "prefersReducedMotion"):
        value = getattr(found, name, None)
        if callable(value):
            said = value()
            if isinstance(said, bool):
                return said or None
            return True if "reduce" in str(said).casefold() else None
    return None


def _config_home() -> Path:
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")


def _ini_value(path: Path, section: str, key: str) -> str | None:
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read(path, encoding="utf-8")
    except (OSError, UnicodeError, configparser.Error):
        return None
    return parser.get(section, key, fallback=None)


def from_gtk_settings(config_home: Path) -> bool | None:
    """gtk-enable-animations=false in GTK 4's or GTK 3's settings.ini."""
    for version in ("gtk-4.0", "gtk-3.0"):
        value = _ini_value(config_home / version / "settings.ini", "Settings", "gtk-enable-animations")
        if value is not None:
            return True if value.strip().casefold() in ("false", "0", "no") else None
    return None


def from_kde(config_home: Path) -> bool | None:
    """Plasma's animation speed set to instant (AnimationDurationFactor=0)."""
    value = _ini_value(config_home / "kdeglobals", "KDE", "AnimationDurationFactor")
    try:
        return True if value is not None and float(value) == 0 else None
    except ValueError:
        return None


def said_by_gsettings(output: str) -> bool | None:
    """What `gsettings get org.gnome.desktop.interface enable-animations` printed."""
    return True if output.strip().casefold() == "false" else None


def said_by_macos_defaults(output: str) -> bool | None:
    """What `defaults read com.apple.universalaccess reduceMotion` printed."""
    return True if output.strip() in ("1", "true") else None


@cache  # a desktop tool is asked once per run: the support page opens in a hard moment, without waiting
def _ask(*command: str) -> str:
    if not shutil.which(command[0]):
        return ""
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=1, check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout if done.returncode == 0 else ""


def _from_windows() -> bool | None:
    import ctypes

    enabled = ctypes.c_int(1)
    spi_getclientareaanimation = 0x1042
    windll = getattr(ctypes, "windll", None)
    if windll is None or not windll.user32.SystemParametersInfoW(spi_getclientareaanimation, 0, ctypes.byref(enabled), 0):
        return None
    return True if not enabled.value else None


def from_desktop() -> bool | None:
    """The desktop's own setting, read when something that moves is opened."""
    if sys.platform == "win32":
        return _from_windows()
    if sys.platform == "darwin":
        return said_by_macos_defaults(_ask("defaults", "read", "com.apple.universalaccess", "reduceMotion"))
    home = _config_home()
    return (from_kde(home) or from_gtk_settings(home)
            or said_by_gsettings(_ask("gsettings", "get", "org.gnome.desktop.interface", "enable-animations")))


def desktop_reduces_motion() -> bool | None:
    """True when the desktop asks for less movement, None when it does not say."""
    return from_qt() or from_desktop()
