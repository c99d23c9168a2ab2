"""Files written because the member asked (exports, review pages, backups elsewhere, the recovery code).

One check says where such a file may go: never into a journal's folder or its backups,
never onto a link, device, pipe or folder, and onto an existing file only when the
caller has asked first. One writer makes sure a killed process leaves either nothing
new or the complete file: on Linux the bytes go into an anonymous file (O_TMPFILE)
that gets its name only when complete; elsewhere (or on file systems without it) a
hidden temp file is used and SIGTERM/SIGHUP handlers remove it.
"""

from __future__ import annotations

import errno
import os
import secrets
import signal
import stat
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from ipt_journal.paths import BACKUP_DIR, DB_NAME, KEY_NAME, LOCK_NAME
from ipt_journal.vault.errors import CannotWrite, TargetRefused

FILE_MODE = 0o600
USE_TMPFILE = True  # tests switch this off to exercise the fallback
_protected: set[Path] = set()
_VAULT_FILES = (DB_NAME, KEY_NAME, LOCK_NAME, "restore-pending")
# Errors of the place, not of the journal: the member can choose another place.
PLACE_ERRORS = {
    errno.ENOSPC: "there is no space left there",
    errno.EDQUOT: "there is no space left there",
    errno.EROFS: "that place is read-only",
    errno.EACCES: "you may not write there",
    errno.EPERM: "you may not write there",
    errno.EIO: "the disk reported a read or write error",
    errno.ENOTDIR: "a part of that path is a file, not a folder",
}


def protect(folder: Path) -> None:
    """Remember a journal's folder for this process: nothing written on request goes inside it."""
    _protected.add(Path(os.path.abspath(folder)))


def cannot_write(path: Path, exc: OSError) -> CannotWrite:
    reason = PLACE_ERRORS.get(exc.errno or 0, exc.strerror or "the system refused")
    return CannotWrite(
        f"{path} cannot be written here ({reason}); nothing was written and your journal is unchanged. "
        "Choose another place, or free some space, and try again."
    )


def _ids(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _looks_like_vault(folder: Path) -> bool:
    """A journal's folder (ours or another one) or its backups folder, recognised by what is in it."""
    if any(os.path.lexists(folder / name) for name in _VAULT_FILES):
        return True
    return folder.name == BACKUP_DIR and any(os.path.lexists(folder.parent / n) for n in (DB_NAME, KEY_NAME))


def _inside_journal(folder: Path, protected: Iterable[Path]) -> bool:
    """True when folder is, or is below, a protected folder (compared by inode after resolving links, so
    bind mounts count too), or is itself a journal's folder or backups folder."""
    guarded = {i for p in (*_protected, *protected) if (i := _ids(p)) is not None}
    real = Path(os.path.realpath(folder))
    if _looks_like_vault(real):  # any journal's folder, even one this process never opened
        return True
    return any(_ids(step) in guarded for step in (real, *real.parents))


def check_target(path: Path, *, overwrite: bool, protected: Iterable[Path] = (), new_folder: bool = False) -> Path:
    """Refuse a target the app must not write; returns the path to write. Raises TargetRefused.

    new_folder=True: the folder may not exist yet (a backup makes it); its nearest existing
    parent is checked instead.
    """
    if not str(path).strip():
        raise TargetRefused("No file name was given.")
    path = Path(path).expanduser()
    folder = path.parent
    if not folder.is_dir():
        if not new_folder:
            raise TargetRefused(f"The folder {folder} does not exist.")
        while not folder.is_dir() and folder != folder.parent:
            if os.path.lexists(folder):
                raise TargetRefused(f"{folder} is not a folder.")
            folder = folder.parent
    if _inside_journal(folder, protected):
        raise TargetRefused(
            f"{path} is inside a journal's own folder or its backups; choose a place outside it."
        )
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return path
    except OSError as exc:
        raise cannot_write(path, exc) from None
    if stat.S_ISLNK(st.st_mode):
        raise TargetRefused(f"{path} is a link to another file; choose a plain file name.")
    if stat.S_ISDIR(st.st_mode):
        raise TargetRefused(f"{path} is a folder; give a file name.")
    if not stat.S_ISREG(st.st_mode):
        raise TargetRefused(f"{path} is a device or a pipe, not a file; choose a plain file name.")
    if not overwrite:
        raise TargetRefused(f"{path} already exists; choose another name, or add --force to replace it.")
    return path


def _anonymous(folder: Path) -> int | None:
    if not USE_TMPFILE or not hasattr(os, "O_TMPFILE") or not os.path.isdir("/proc/self/fd"):
        return None
    try:
        return os.open(folder, os.O_TMPFILE | os.O_WRONLY, FILE_MODE)
    except OSError as exc:
        if exc.errno in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.ENOENT):
            return None  # this file system has no anonymous files: use the fallback
        raise


def _linkat(fd: int, dest: Path) -> None:
    """linkat(AT_FDCWD, "/proc/self/fd/N", AT_FDCWD, dest, AT_SYMLINK_FOLLOW): os.link would link the
    /proc entry itself. Needs no privilege, unlike AT_EMPTY_PATH."""
    import ctypes

    global _libc
    if _libc is None:
        _libc = ctypes.CDLL(None, use_errno=True)
    at_fdcwd, at_symlink_follow = -100, 0x400
    if _libc.linkat(at_fdcwd, f"/proc/self/fd/{fd}".encode(), at_fdcwd, os.fsencode(dest), at_symlink_follow) != 0:
        err = ctypes.get_errno()
        raise OSError(err, os.strerror(err), str(dest))


_libc = None


def _publish(fd: int, path: Path, overwrite: bool) -> None:
    """Give the complete anonymous file its name. Only now does anything appear in the folder."""
    try:
        _linkat(fd, path)
        return
    except FileExistsError:
        if not overwrite:
            raise TargetRefused(f"{path} appeared while it was being written; nothing was replaced.") from None
    # Replacing: link under a hidden name, then rename over the old file (a rename replaces
    # a link or device entry itself and never writes through it). A kill between these two
    # steps is the one moment a hidden copy can be left; the next export to the same name
    # removes it.
    hidden = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    _linkat(fd, hidden)
    try:
        check_target(path, overwrite=True)
        os.replace(hidden, path)
    except BaseException:
        hidden.unlink(missing_ok=True)
        raise


class _RemoveOnSignal:
    """The fallback: a hidden temp file removed on SIGTERM/SIGHUP (SIGKILL cannot be caught)."""

    SIGNALS = tuple(s for s in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)) if s)

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.old: dict[int, object] = {}

    def __enter__(self) -> _RemoveOnSignal:
        if threading.current_thread() is threading.main_thread():
            for sig in self.SIGNALS:
                self.old[sig] = signal.signal(sig, self._handle)
        return self

    def _handle(self, signum: int, _frame: object) -> None:
        try:
            os.unlink(self.tmp)
        except OSError:
            pass
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)

    def __exit__(self, *exc: object) -> None:
        for sig, old in self.old.items():
            signal.signal(sig, old)  # type: ignore[arg-type]


@contextmanager
def requested_file(path: Path, *, overwrite: bool = False, protected: Iterable[Path] = ()) -> Iterator[BinaryIO]:
    """Write a file the member asked for; it appears complete at path, or not at all.

    overwrite=True only when the member was asked (the GUI's file dialog asks; the command
    line needs --force). Errors of the place (full, read-only) raise CannotWrite.
    """
    protected = tuple(protected)
    path = check_target(path, overwrite=overwrite, protected=protected)
    try:
        fd = _anonymous(path.parent)
    except OSError as exc:
        raise cannot_write(path, exc) from None
    if fd is not None:
        try:
            with os.fdopen(fd, "wb") as fh:
                yield fh
                fh.flush()
                os.fsync(fh.fileno())
                _publish(fh.fileno(), path, overwrite)
        except OSError as exc:
            raise cannot_write(path, exc) from None
        _remove_leftovers(path)
        _sync_folder(path.parent)
        return
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        with _RemoveOnSignal(tmp):
            try:
                fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, FILE_MODE)
                with os.fdopen(fd, "wb") as fh:
                    if os.name == "posix":
                        os.fchmod(fh.fileno(), FILE_MODE)
                    yield fh
                    fh.flush()
                    os.fsync(fh.fileno())
                check_target(path, overwrite=overwrite, protected=protected)
                os.replace(tmp, path)
            except BaseException:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
                raise
    except OSError as exc:
        raise cannot_write(path, exc) from None
    _sync_folder(path.parent)


def _remove_leftovers(path: Path) -> None:
    """Hidden copies of this very file left by a kill in an earlier run (the fallback's temp name,
    or the replace step's): removed once the complete file is in place."""
    for leftover in (path.with_name(f".{path.name}.tmp"), *path.parent.glob(f".{glob_escape(path.name)}.????????.tmp")):
        try:
            if stat.S_ISREG(os.lstat(leftover).st_mode):
                os.unlink(leftover)
        except OSError:
            pass


def glob_escape(name: str) -> str:
    import glob

    return glob.escape(name)


def write_requested(path: Path, data: bytes, *, overwrite: bool = False, protected: Iterable[Path] = ()) -> None:
    with requested_file(path, overwrite=overwrite, protected=protected) as fh:
        fh.write(data)


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
