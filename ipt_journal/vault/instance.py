"""One process per vault: advisory locks on a file in the data dir and on the folder itself, held while the app runs.

The lock file can be deleted by anyone who can write the folder; a second process would then
lock a new file and think it is alone. So the folder is locked too (it cannot be swapped
while it holds the journal), and destructive operations re-check that the lock file is
still the one we locked (check_still_ours).
"""

from __future__ import annotations

import os
from pathlib import Path

from ipt_journal.paths import LOCK_NAME
from ipt_journal.vault.atomic import FILE_MODE
from ipt_journal.vault.errors import VaultInUse

if os.name == "posix":
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

else:  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)


class InstanceLock:
    """Held for as long as a process works on a vault. The file holds nothing secret."""

    _held: dict[Path, InstanceLock] = {}  # this process's locks, by folder

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(os.path.abspath(data_dir))
        self.path = self.data_dir / LOCK_NAME
        self._fd: int | None = None
        self._dir_fd: int | None = None

    def acquire(self) -> None:
        dir_fd = None
        if os.name == "posix":
            dir_fd = os.open(self.data_dir, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
            if not _try_lock(dir_fd):
                os.close(dir_fd)
                raise VaultInUse("This journal is already open in another IPT Journal window.")
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), FILE_MODE)
        except BaseException:
            if dir_fd is not None:
                os.close(dir_fd)
            raise
        if not _try_lock(fd):
            os.close(fd)
            if dir_fd is not None:
                os.close(dir_fd)
            raise VaultInUse("This journal is already open in another IPT Journal window.")
        self._fd, self._dir_fd = fd, dir_fd
        InstanceLock._held[self.data_dir] = self

    def still_ours(self) -> bool:
        """True while the lock file on disk is the very file we locked (nobody deleted or replaced it)."""
        if self._fd is None:
            return False
        try:
            on_disk = os.stat(self.path, follow_symlinks=False)
        except OSError:
            return False
        mine = os.fstat(self._fd)
        return (on_disk.st_dev, on_disk.st_ino) == (mine.st_dev, mine.st_ino)

    def check_still_ours(self) -> None:
        if not self.still_ours():
            raise VaultInUse(
                "The journal's lock file was removed or replaced while this ran, so another program may be "
                "using the journal; nothing was replaced. Close other IPT Journal windows and try again."
            )

    @classmethod
    def check_held(cls, data_dir: Path) -> None:
        """Before a destructive operation: if this process locked data_dir, the lock must still be ours."""
        lock = cls._held.get(Path(os.path.abspath(data_dir)))
        if lock is not None:
            lock.check_still_ours()

    def release(self) -> None:
        if InstanceLock._held.get(self.data_dir) is self:
            del InstanceLock._held[self.data_dir]
        if self._fd is not None:
            try:
                _unlock(self._fd)
            finally:
                os.close(self._fd)
                self._fd = None
        if self._dir_fd is not None:
            try:
                _unlock(self._dir_fd)
            finally:
                os.close(self._dir_fd)
                self._dir_fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
