"""Reading a large JSON file a piece at a time: brackets and keys by hand, each value by the standard decoder.

Only what the caller is looking at is held in memory (one row of an export, not the document), so an
import costs about the same at 100 or 100,000 entries. The file's bounds stay those of import_files:
a regular file, a size cap (never more than cap + 1 bytes read), no binary, no flood of empty records.
"""

from __future__ import annotations

import codecs
import json
import os
import re
from pathlib import Path
from typing import Any

from ipt_journal.vault.import_files import QT_TRANSLATE_NOOP, ImportFailed, _fail, _too_big, check_binary, check_density

CHUNK = 1 << 16  # bytes read at a time
_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


class JsonStream:
    """The JSON text of an open file descriptor, read in chunks as it is asked for."""

    def __init__(self, fd: int, path: Path, cap: int, max_value_chars: int) -> None:
        self.fd, self.path, self.cap, self.max_value_chars = fd, path, cap, max_value_chars
        self.bytes_read = 0
        self._records = 0
        self._text = codecs.getincrementaldecoder("utf-8-sig")()
        self._buf = ""
        self._pos = 0
        self._eof = False
        self._first = True

    # -- reading ----------------------------------------------------------------

    def _fill(self, at_least: int = CHUNK) -> bool:
        """Read more of the file onto the buffer; False at its end."""
        if self._eof:
            return False
        want = min(max(at_least, CHUNK), self.cap + 1 - self.bytes_read)
        raw = os.read(self.fd, want) if want > 0 else b""
        if self.bytes_read + len(raw) > self.cap:  # it grew while being read
            raise _too_big(self.path, self.cap)
        if self._first:
            check_binary(raw, self.path)
            self._first = False
        self.bytes_read += len(raw)
        self._records += raw.count(b"[") + raw.count(b"{")
        check_density(self._records, self.bytes_read, self.path)
        try:
            text = self._text.decode(raw, final=not raw)
        except UnicodeDecodeError:
            raise _fail(self.path, QT_TRANSLATE_NOOP("ImportProblems", "it is not UTF-8 text")) from None
        self._buf = self._buf[self._pos:] + text
        self._pos = 0
        if not raw:
            self._eof = True
        return bool(raw) or bool(text)

    def _cut_short(self) -> ImportFailed:
        return _fail(self.path, QT_TRANSLATE_NOOP("ImportProblems", "it is not valid JSON (it may be cut short)"))

    def peek(self) -> str:
        """The next character that is not white space ('' at the end of the file)."""
        while True:
            self._pos = _SPACE.match(self._buf, self._pos).end()  # type: ignore[union-attr]
            if self._pos < len(self._buf):
                return self._buf[self._pos]
            if not self._fill():
                return ""

    def take(self, expected: str) -> None:
        """Step over one expected structural character."""
        if self.peek() != expected:
            raise self._cut_short()
        self._pos += 1

    def take_either(self, *choices: str) -> str:
        found = self.peek()
        if found not in choices or not found:
            raise self._cut_short()
        self._pos += 1
        return found

    def value(self) -> Any:
        """One whole JSON value (a row, a cell, a header field), at most max_value_chars long."""
        self.peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self._buf, self._pos)
            except RecursionError:
                raise _fail(self.path, QT_TRANSLATE_NOOP("ImportProblems", "it is nested too deeply")) from None
            except ValueError:
                value, end = None, -1
            # A value that reaches the end of what was read may go on (a number, a word cut in two).
            if end != -1 and (end < len(self._buf) or self._eof):
                self._pos = end
                return value
            pending = len(self._buf) - self._pos
            if pending > self.max_value_chars:
                raise _fail(self.path, QT_TRANSLATE_NOOP("ImportProblems", "one of its records is too long"))
            if not self._fill(at_least=pending):  # read at least as much again: a long value is decoded few times
                if end != -1:
                    self._pos = end
                    return value
                raise self._cut_short()

    def string(self) -> str:
        if self.peek() != '"':
            raise self._cut_short()
        text = self.value()
        assert isinstance(text, str)
        return text

    def members(self) -> Any:
        """The keys of an object whose '{' is next, one at a time; the caller reads each value after its key."""
        self.take("{")
        if self.peek() == "}":
            self._pos += 1
            return
        while True:
            key = self.string()
            self.take(":")
            yield key
            if self.take_either(",", "}") == "}":
                return

    def items(self) -> Any:
        """The values of an array whose '[' is next, one at a time."""
        self.take("[")
        if self.peek() == "]":
            self._pos += 1
            return
        while True:
            yield self.value()
            if self.take_either(",", "]") == "]":
                return

    def end(self) -> None:
        """Nothing but white space may follow the document."""
        if self.peek() != "":
            raise self._cut_short()
