"""Where the vault lives: platformdirs by default, --data-dir or IPT_JOURNAL_DATA_DIR otherwise."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "ipt-journal"
ENV_DATA_DIR = "IPT_JOURNAL_DATA_DIR"

DB_NAME = "journal.db"
KEY_NAME = "journal.key"
LOCK_NAME = "journal.lock"
BACKUP_DIR = "backups"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The folder to use: an explicit choice wins, then the environment, then the platform default.

    An explicit empty choice is an error, never the default folder (a script's empty variable
    must not open, or create, the member's real journal).
    """
    if explicit is not None and not str(explicit).strip():
        raise ValueError("The journal's folder was given as an empty name.")
    if explicit:
        return Path(explicit).expanduser().absolute()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().absolute()
    return default_data_dir()


def resources_dir() -> Path:
    """The shipped resources: inside the installed package, or resources/ beside the source tree."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if (candidate / "prompts").is_dir():
            return candidate
    raise FileNotFoundError("The app's resources folder is missing; please reinstall IPT Journal.")
