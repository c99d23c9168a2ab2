"""Desktop integration files: installed for the current user, valid, and free of member data."""

from __future__ import annotations

import configparser
import shutil
import stat
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from ipt_journal import desktop
from ipt_journal.paths import resources_dir

RES = resources_dir()


def test_install_writes_the_three_files_under_the_xdg_data_dir(tmp_path: Path) -> None:
    written = desktop.install(tmp_path)
    names = sorted(p.relative_to(tmp_path).as_posix() for p in written)
    assert names == [
        "applications/org.iptjournal.IPTJournal.desktop",
        "icons/hicolor/scalable/apps/org.iptjournal.IPTJournal.svg",
        "metainfo/org.iptjournal.IPTJournal.metainfo.xml",
    ]
    for p in written:
        assert stat.S_IMODE(p.stat().st_mode) == 0o644 and p.read_bytes()


def test_xdg_data_home_follows_the_environment(tmp_path: Path) -> None:
    assert desktop.xdg_data_home({"XDG_DATA_HOME": str(tmp_path)}) == tmp_path
    assert desktop.xdg_data_home({"XDG_DATA_HOME": "relative/ignored"}).name == "share"


def test_desktop_entry_is_valid() -> None:
    path = RES / "desktop" / f"{desktop.APP_ID}.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(path, encoding="utf-8")
    main = entry["Desktop Entry"]
    assert main["Type"] == "Application" and main["Exec"] == "ipt-journal" and main["Icon"] == desktop.APP_ID
    tool = shutil.which("desktop-file-validate")
    if tool:  # the reference validator, where the machine has it
        result = subprocess.run([tool, str(path)], capture_output=True, text=True)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_metainfo_is_valid_and_states_the_privacy_promise() -> None:
    path = RES / "desktop" / f"{desktop.APP_ID}.metainfo.xml"
    root = ET.parse(path).getroot()
    assert root.findtext("id") == desktop.APP_ID
    description = " ".join(root.find("description").itertext())  # type: ignore[union-attr]
    assert "encrypted" in description and "never connects to the network" in description
    assert root.find("screenshots/screenshot/image") is not None
    tool = shutil.which("appstreamcli")
    if tool:
        result = subprocess.run([tool, "validate", "--no-net", "--pedantic", str(path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_the_icon_is_an_svg_qt_can_draw(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QIcon

    icon = QIcon(str(RES / "icons" / "ipt-journal.svg"))
    assert not icon.isNull() and not icon.pixmap(64, 64).isNull()


def test_the_app_sets_its_icon_for_windows_and_the_tray(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QIcon

    from ipt_journal.app import set_window_icon

    before = qapp.windowIcon()
    try:
        qapp.setWindowIcon(QIcon())
        set_window_icon(qapp)
        assert not qapp.windowIcon().isNull() and not qapp.windowIcon().pixmap(32, 32).isNull()
    finally:
        qapp.setWindowIcon(before)
