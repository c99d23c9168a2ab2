"""A clear start on any machine: before Qt loads its platform plugin, say in one sentence what is missing.

Qt aborts with its own plugin trace when there is no display or when the X11 libraries its xcb
plugin needs are absent (Ubuntu and Debian without libxcb-cursor0, for one). This module checks
first, without importing Qt, so the member reads what to install instead.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

# The shared libraries Qt 6's xcb platform plugin loads, with the Debian/Ubuntu package of each.
XCB_LIBRARIES = (
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-image.so.0", "libxcb-image0"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-randr.so.0", "libxcb-randr0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxcb-shape.so.0", "libxcb-shape0"),
    ("libxcb-xkb.so.1", "libxcb-xkb1"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libxkbcommon.so.0", "libxkbcommon0"),
    ("libEGL.so.1", "libegl1"),
    ("libfontconfig.so.1", "libfontconfig1"),
)


def _loads(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def start_problem(
    env: Mapping[str, str] | None = None, platform: str | None = None, loads: Callable[[str], bool] = _loads
) -> str | None:
    """One sentence saying why the window cannot open here, or None when it can (or we cannot tell)."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return None  # Windows and macOS always have a display and ship what Qt needs
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen and not chosen.startswith("xcb"):
        return None  # offscreen, wayland, vnc...: the member chose; Qt says what it needs
    if not chosen and env.get("WAYLAND_DISPLAY"):
        return None  # Qt picks Wayland first when it can
    if not env.get("DISPLAY"):
        return (
            "IPT Journal needs a desktop screen, and none was found (DISPLAY and WAYLAND_DISPLAY are not set); "
            "start it from your desktop session, or use its commands (ipt-journal --help) here."
        )
    missing = [package for library, package in XCB_LIBRARIES if not loads(library)]
    if missing:
        return (
            "IPT Journal cannot open its window because some system libraries for X11 are missing; "
            f"on Debian or Ubuntu install them with: sudo apt install {' '.join(missing)}"
        )
    return None
