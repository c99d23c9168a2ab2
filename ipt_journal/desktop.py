"""Desktop integration for the current user: the launcher entry, the AppStream data and the icon.

`ipt-journal --install-desktop` copies them under the XDG data folder (~/.local/share by default),
so the journal appears in the desktop's application menu. Nothing here contains member data.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from ipt_journal.paths import resources_dir

APP_ID = "org.iptjournal.IPTJournal"


def xdg_data_home(env: dict[str, str] | None = None) -> Path:
    env = dict(os.environ) if env is None else env
    value = env.get("XDG_DATA_HOME", "")
    return Path(value) if value and Path(value).is_absolute() else Path.home() / ".local" / "share"


def install(target: Path | None = None) -> list[Path]:
    """Copy the desktop entry, metainfo and icon under target (the XDG data dir); returns what was written."""
    target = xdg_data_home() if target is None else target
    res = resources_dir()
    plan = (
        (res / "desktop" / f"{APP_ID}.desktop", target / "applications" / f"{APP_ID}.desktop"),
        (res / "desktop" / f"{APP_ID}.metainfo.xml", target / "metainfo" / f"{APP_ID}.metainfo.xml"),
        (res / "icons" / "ipt-journal.svg", target / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"),
    )
    written = []
    for source, dest in plan:
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, dest)
        os.chmod(dest, 0o644)  # launcher files are meant to be read by the desktop, not secret
        written.append(dest)
    return written
