"""The desktop's wish for less movement, read where each desktop keeps it."""

from __future__ import annotations

import os
from pathlib import Path

from ipt_journal.ui import motion
from ipt_journal.ui.support.breathing import BreathingPacer


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_gtk_settings_say_no_animations(tmp_path: Path) -> None:
    assert motion.from_gtk_settings(tmp_path) is None  # nothing written: the desktop does not say
    _write(tmp_path / "gtk-3.0" / "settings.ini", "[Settings]\ngtk-theme-name=Adwaita\ngtk-enable-animations=true\n")
    assert motion.from_gtk_settings(tmp_path) is None
    _write(tmp_path / "gtk-3.0" / "settings.ini", "[Settings]\ngtk-enable-animations=0\n")
    assert motion.from_gtk_settings(tmp_path) is True
    _write(tmp_path / "gtk-4.0" / "settings.ini", "[Settings]\ngtk-enable-animations=true\n")
    assert motion.from_gtk_settings(tmp_path) is None  # GTK 4's own file is the newer word
    _write(tmp_path / "gtk-4.0" / "settings.ini", "\x00 not an ini [[[")
    assert motion.from_gtk_settings(tmp_path) is True  # a damaged file is passed over, never an error


def test_kde_instant_animations(tmp_path: Path) -> None:
    assert motion.from_kde(tmp_path) is None
    _write(tmp_path / "kdeglobals", "[KDE]\nAnimationDurationFactor=0.5\n")
    assert motion.from_kde(tmp_path) is None
    _write(tmp_path / "kdeglobals", "[General]\nColorScheme=BreezeDark\n\n[KDE]\nAnimationDurationFactor=0\n")
    assert motion.from_kde(tmp_path) is True
    _write(tmp_path / "kdeglobals", "[KDE]\nAnimationDurationFactor=slow\n")
    assert motion.from_kde(tmp_path) is None


def test_what_gnome_and_macos_print() -> None:
    assert motion.said_by_gsettings("false\n") is True
    assert motion.said_by_gsettings("true\n") is None and motion.said_by_gsettings("") is None
    assert motion.said_by_macos_defaults("1\n") is True
    assert motion.said_by_macos_defaults("0\n") is None and motion.said_by_macos_defaults("") is None


def test_the_pacer_starts_still_when_the_desktop_asks(qtbot) -> None:  # type: ignore[no-untyped-def]
    config = Path(os.environ["XDG_CONFIG_HOME"])  # the test's own home (tests/conftest.py)
    moving = BreathingPacer(clock=lambda: 0.0)
    qtbot.addWidget(moving)
    assert not moving.still.isChecked() and not moving.shape.still
    _write(config / "gtk-3.0" / "settings.ini", "[Settings]\ngtk-enable-animations=false\n")
    still = BreathingPacer(clock=lambda: 0.0)
    qtbot.addWidget(still)
    assert still.still.isChecked() and still.shape.still and still.still.toolTip()
    still.still.setChecked(False)  # the member may still choose the moving shape
    assert not still.shape.still
