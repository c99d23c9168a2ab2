"""A small real file system for full-disk and read-only tests: a 2 MB tmpfs when this process may
mount one (root in a container), else the same errors injected at os.open and os.write."""

from __future__ import annotations

import errno
import os
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _mount(folder: Path) -> bool:
    folder.mkdir(parents=True, exist_ok=True)
    try:
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(folder)],
                              capture_output=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def _umount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], capture_output=True, timeout=20)


@contextmanager
def small_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *, full: bool = False) -> Iterator[Path]:
    """A folder on a small disk; full=True fills it (the file "filler" holds the space).
    make_read_only(folder) turns it read-only once the caller has put its files there."""
    folder = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
    if _mount(folder):
        try:
            if full:
                _fill(folder)
            yield folder
        finally:
            _umount(folder)
        return
    folder.mkdir(exist_ok=True)
    if full:
        _inject(monkeypatch, folder, errno.ENOSPC)
    yield folder


def make_read_only(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    done = subprocess.run(["mount", "-o", "remount,ro", str(folder)], capture_output=True, timeout=20)
    if done.returncode != 0:
        _inject(monkeypatch, folder, errno.EROFS)


def _fill(folder: Path) -> None:
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)


def _inject(monkeypatch: pytest.MonkeyPatch, folder: Path, code: int) -> None:
    real_open = os.open
    base = str(folder)
    writing = os.O_WRONLY | os.O_RDWR | os.O_CREAT | getattr(os, "O_TMPFILE", 0)

    def fake_open(path, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(path).startswith(base) and flags & writing:
            raise OSError(code, os.strerror(code), str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", fake_open)
