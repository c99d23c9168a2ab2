"""Atomic file writes: temp file in the same folder, fsync, rename, fsync the folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

FILE_MODE = 0o600
DIR_MODE = 0o700


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """A new file at path, written through a private temp file beside it.

    Only a complete, fsynced file is renamed into place; on any error (or a cancel raised
    by the caller) the temp file is removed and an earlier file at path is kept. One fixed
    temp name: a crash leaves at most one stale copy, which the next write overwrites (the
    single-instance lock keeps writers apart).
    """
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as fh:
            if os.name == "posix":
                os.fchmod(fh.fileno(), FILE_MODE)  # a stale temp file keeps its old mode through O_CREAT
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    fsync_dir(path.parent)


def write_internal_bytes(path: Path, data: bytes) -> None:
    """A vault file of our own (key file, restore marker), written atomically into the vault's folder."""
    with atomic_file(path) as fh:
        fh.write(data)


def atomic_write_bytes(path: Path, data: bytes, *, overwrite: bool = True) -> None:
    """A file the member asked for (a PDF, the recovery code): checked and written by vault.targets.

    overwrite defaults to True because the GUI's save dialog has already asked; the command
    line checks for --force itself. Never used for the vault's own files.
    """
    from ipt_journal.vault.targets import write_requested

    write_requested(path, data, overwrite=overwrite)


def ensure_private_dir(folder: Path) -> None:
    """Create the folder 0700 (and its parents) when it is missing. An existing folder is never chmodded:

    it may be shared (like /tmp); vault.check_folder_is_private refuses it instead.
    """
    if folder.is_dir():
        return
    folder.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    if os.name == "posix":
        os.chmod(folder, DIR_MODE)  # mkdir's mode is reduced by the umask; this folder is ours, just made


# -- files of a restore (used by vault/backup.py) --------------------------------------


def unused_name(dest: Path) -> Path:
    """dest, or dest with -2, -3… before its suffix when that name is taken (two restores in one second)."""
    candidate, n = dest, 1
    while candidate.exists():
        n += 1
        candidate = dest.with_name(f"{dest.name[: -len(dest.suffix)] if dest.suffix else dest.name}-{n}{dest.suffix}")
    return candidate

def remove_sidecars(path: Path) -> None:
    for side in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            side.unlink()
        except FileNotFoundError:
            pass

def write_private_file(path: Path, data: bytes) -> None:
    """Write a file readable by the owner only, and fsync it (not atomic: used for staged files)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
