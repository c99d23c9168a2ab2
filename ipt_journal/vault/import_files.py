"""Reading a file the member chose to import, safely: regular files only, a size cap, damage named plainly.

Shared by our own JSON import and the importers of other journals (vault/importers.py).
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from ipt_journal.domain.translatable import QT_TRANSLATE_NOOP  # noqa: F401 (re-exported to the importers)
from ipt_journal.vault.errors import VaultError

MAX_IMPORT_BYTES = 256 * 1024 * 1024


class ImportFailed(VaultError):
    """A file to import was rejected; nothing was imported. str() names the file and the problem, in English.

    For the GUI, in the member's language: file (the file's name), problem (the English sentence with
    {named} places, marked with QT_TRANSLATE_NOOP under "ImportProblems") and values (what goes in
    those places: pieces of the file, numbers), so the words can be translated and the values kept.
    """

    def __init__(
        self, message: str, *, file: str = "", problem: str = "", values: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.file = file
        self.problem = problem
        self.values: dict[str, str] = dict(values or {})


def _fail(path: Path | str, problem: str, **values: object) -> ImportFailed:
    """The rejection of path: problem is a QT_TRANSLATE_NOOP("ImportProblems", ...) sentence, values fill its places."""
    name = Path(path).name
    said = {key: str(value) for key, value in values.items()}
    return ImportFailed(
        f"{name} was not imported: {problem.format(**said)}; nothing was changed.", file=name, problem=problem, values=said
    )


@contextmanager
def open_regular(path: Path, cap: int) -> Iterator[tuple[int, os.stat_result]]:
    """A file descriptor of a regular file of at most cap bytes (by fstat); ImportFailed otherwise.

    Opened without blocking (a pipe would otherwise wait forever, with the journal open and
    locked), then fstat says whether it is a regular file: a link to /dev/zero, a device, a
    pipe or a folder is refused before a byte is read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise _fail(path, QT_TRANSLATE_NOOP("ImportProblems", "the file does not exist")) from None
    except IsADirectoryError:
        raise _fail(path, QT_TRANSLATE_NOOP("ImportProblems", "it is a folder, not a file")) from None
    except OSError as exc:
        raise _fail(
            path, QT_TRANSLATE_NOOP("ImportProblems", "it could not be read ({reason})"), reason=exc.strerror
        ) from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise _fail(path, QT_TRANSLATE_NOOP("ImportProblems", "it is a folder, not a file"))
        if not stat.S_ISREG(st.st_mode):
            raise _fail(path, QT_TRANSLATE_NOOP("ImportProblems", "it is a device or a pipe, not a file"))
        if st.st_size > cap:
            raise _too_big(path, cap)
        yield fd, st
    except OSError as exc:
        raise _fail(
            path, QT_TRANSLATE_NOOP("ImportProblems", "it could not be read ({reason})"), reason=exc.strerror
        ) from None
    finally:
        os.close(fd)


def _too_big(path: Path | str, cap: int) -> ImportFailed:
    return _fail(
        path, QT_TRANSLATE_NOOP("ImportProblems", "it is larger than {megabytes} MB"), megabytes=cap // (1024 * 1024)
    )


def read_regular(path: Path, cap: int) -> tuple[bytes, os.stat_result]:
    """At most cap bytes of a regular file (open_regular), never more than cap + 1 read; ImportFailed otherwise."""
    with open_regular(path, cap) as (fd, st):
        parts: list[bytes] = []
        left = cap + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            parts.append(chunk)
            left -= len(chunk)
        if left <= 0:  # it grew while being read
            raise _too_big(path, cap)
        return b"".join(parts), st


def read_json_file(path: Path, max_bytes: int = MAX_IMPORT_BYTES) -> Any:
    """Read and parse a JSON file with a size cap; damage becomes ImportFailed naming the file."""
    data, _st = read_regular(path, max_bytes)
    return parse_json_bytes(data, path)


# Memory: a parsed JSON document costs Python objects per value. A run of tiny records ("[],"
# is three bytes, and a list object about 60) would turn a 20 MB file into more than a gigabyte.
# So a document may hold at most one list or object per MIN_BYTES_PER_RECORD bytes (our exports
# write 25 or more per row, text included); with that, an import holds at most MEMORY_FACTOR times the file's size
# (measured in tests/security/test_hostile_import.py).
MIN_BYTES_PER_RECORD = 12
MEMORY_FACTOR = 30


FIRST_YEAR, LAST_YEAR = 1900, 2200  # dates outside these are typing slips or damage, and break time zones


def check_year(when: datetime, path: Path | str, which: int) -> datetime:
    """An imported date must lie in FIRST_YEAR..LAST_YEAR; otherwise ImportFailed names the entry."""
    if not FIRST_YEAR <= when.year <= LAST_YEAR:
        raise _fail(
            path, QT_TRANSLATE_NOOP("ImportProblems", "entry {number} is dated {date}, "
                                    "outside the years {first}-{last} this app accepts"),
            number=which, date=when.date().isoformat(), first=FIRST_YEAR, last=LAST_YEAR,
        )
    return when



def check_binary(head: bytes, path: Path | str) -> None:
    """The first 4 KB of a file: NUL bytes outside UTF-16 mean it is not text."""
    if b"\x00" in head[:4096] and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _fail(path, QT_TRANSLATE_NOOP("ImportProblems", "it is a binary file, not JSON"))


def check_density(records: int, size: int, path: Path | str) -> None:
    """At most one list or object per MIN_BYTES_PER_RECORD bytes (records counted by their opening bracket)."""
    if records * MIN_BYTES_PER_RECORD > size + 4096:
        raise _fail(
            path, QT_TRANSLATE_NOOP("ImportProblems", "it holds far more empty records than any journal export "
                                    "(it may be built to use up memory)")
        )


def parse_json_bytes(data: bytes, path: Path | str) -> Any:
    check_binary(data, path)
    check_density(data.count(b"[") + data.count(b"{"), len(data), path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _fail(path, QT_TRANSLATE_NOOP("ImportProblems", "it is not UTF-8 text")) from None
    try:
        return json.loads(text)
    except RecursionError:
        raise _fail(path, QT_TRANSLATE_NOOP("ImportProblems", "it is nested too deeply")) from None
    except ValueError:
        raise _fail(path, QT_TRANSLATE_NOOP("ImportProblems", "it is not valid JSON (it may be cut short)")) from None

