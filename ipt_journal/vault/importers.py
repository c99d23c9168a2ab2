"""Importing other journals: jrnl JSON, Day One JSON (or its zip), and Markdown/text files.

Every file is read and checked completely first (size caps, types, dates); then all
entries go in one transaction. Each imported entry gets a stable uid derived from its
source (Day One's uuid, or a hash of date and text), so importing again skips it.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from pathlib import Path
from typing import Any

from ipt_journal.domain.entries import Entry, normalize_tags
from ipt_journal.vault.import_files import (
    QT_TRANSLATE_NOOP, ImportFailed, _fail, check_year, parse_json_bytes, read_json_file, read_regular,
)
from ipt_journal.vault.progress import Progress
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.vault import Vault

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_ZIP_TOTAL = 256 * 1024 * 1024
MAX_ZIP_MEMBERS = 10_000
MAX_RATIO = 200  # uncompressed / compressed, per member: more is a zip bomb
MAX_ENTRIES = 200_000
MAX_ENTRY_CHARS = 2 * 1024 * 1024
MAX_TITLE = 500
FORMATS = ("json", "jrnl", "dayone", "md")


@dataclass(frozen=True)
class ImportResult:
    added: int
    skipped: int


def _uid(source: str, *parts: str) -> str:
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]
    return f"{source}-{digest}"


# An entry's field that is not text, or too long: whole sentences (a translation puts its own words
# around "date" or "title"), looked up by the field's name.
_NOT_TEXT = {
    "date": QT_TRANSLATE_NOOP("ImportProblems", "an entry's date is not text"),
    "time": QT_TRANSLATE_NOOP("ImportProblems", "an entry's time is not text"),
    "title": QT_TRANSLATE_NOOP("ImportProblems", "an entry's title is not text"),
    "text": QT_TRANSLATE_NOOP("ImportProblems", "an entry's text is not text"),
    "id": QT_TRANSLATE_NOOP("ImportProblems", "an entry's id is not text"),
}
_TOO_LONG = {
    "date": QT_TRANSLATE_NOOP("ImportProblems", "an entry's date is longer than this app accepts"),
    "time": QT_TRANSLATE_NOOP("ImportProblems", "an entry's time is longer than this app accepts"),
    "title": QT_TRANSLATE_NOOP("ImportProblems", "an entry's title is longer than this app accepts"),
    "text": QT_TRANSLATE_NOOP("ImportProblems", "an entry's text is longer than this app accepts"),
    "id": QT_TRANSLATE_NOOP("ImportProblems", "an entry's id is longer than this app accepts"),
}


def _text(value: Any, path: Path, what: str, *, limit: int = MAX_ENTRY_CHARS, default: str | None = None) -> str:
    if value is None and default is not None:
        return default
    if not isinstance(value, str):
        raise _fail(path, _NOT_TEXT[what])
    if len(value) > limit:
        raise _fail(path, _TOO_LONG[what])
    return value


def _tags(value: Any, path: Path) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(t, str) for t in value) or len(value) > 500:
        raise _fail(path, QT_TRANSLATE_NOOP("ImportProblems", "an entry's tags are not a list of words"))
    return normalize_tags([t[:200] for t in value])


def _entries_list(doc: Any, path: Path, source: str) -> list[Any]:
    if not isinstance(doc, dict) or not isinstance(doc.get("entries"), list):
        raise _fail(
            path, QT_TRANSLATE_NOOP("ImportProblems", "it is not a {source} export (no list of entries)"), source=source
        )
    entries = doc["entries"]
    if len(entries) > MAX_ENTRIES:
        raise _fail(path, QT_TRANSLATE_NOOP("ImportProblems", "it holds more entries than this app imports at once"))
    for e in entries:
        if not isinstance(e, dict):
            raise _fail(path, QT_TRANSLATE_NOOP("ImportProblems", "an entry is not in the expected shape"))
    return entries


# -- jrnl ------------------------------------------------------------------------


def parse_jrnl(doc: Any, path: Path) -> list[Entry]:
    """jrnl's JSON export: {"tags": {...}, "entries": [{"date", "time", "title", "body", "tags", "starred"}]}."""
    out = []
    for n, raw in enumerate(_entries_list(doc, path, "jrnl"), 1):
        day = _text(raw.get("date"), path, "date", limit=40)
        clock = _text(raw.get("time"), path, "time", limit=40, default="00:00")
        try:
            naive = datetime.combine(date.fromisoformat(day), time.fromisoformat(clock))
        except ValueError:
            raise _fail(
                path, QT_TRANSLATE_NOOP("ImportProblems", "an entry has a date that cannot be read ({date})"),
                date=f"{day[:20]} {clock[:10]}",
            ) from None
        check_year(naive, path, n)
        when = naive.astimezone()
        title = _text(raw.get("title"), path, "title", default="")
        body = _text(raw.get("body"), path, "text", default="")
        tags = _tags_and_star(raw, path)
        title, body = _split_long_title(title, body)
        out.append(
            Entry(
                kind="free", entry_at=when, title=title, body=body, tags=normalize_tags(tags),
                uid=_uid("jrnl", day, clock, raw.get("title") or "", body),
            )
        )
    return out


def _tags_and_star(raw: dict[str, Any], path: Path) -> list[str]:
    """An entry's tags, with "starred" added when it was starred (jrnl and Day One alike)."""
    tags = list(_tags(raw.get("tags"), path))
    starred = raw.get("starred", False)
    if not isinstance(starred, bool):
        raise _fail(path, QT_TRANSLATE_NOOP("ImportProblems", "an entry's 'starred' is not true or false"))
    if starred:
        tags.append("starred")
    return tags


def _split_long_title(title: str, body: str) -> tuple[str, str]:
    title = title.strip()
    if len(title) > MAX_TITLE:
        return "", (title + "\n\n" + body).strip()
    return title, body


# -- Day One -----------------------------------------------------------------------


# A date that cannot be read, as said for each source that gives one.
_UNREADABLE_DATE = {
    "dayone": QT_TRANSLATE_NOOP("ImportProblems", "an entry has a date that cannot be read ({date})"),
    "markdown": QT_TRANSLATE_NOOP("ImportProblems", "its date cannot be read ({date})"),
}


def _parse_iso(value: str, path: Path, which: int, source: str) -> datetime:
    """An ISO date in local time. Without a zone it is UTC in Day One, the computer's own time in a Markdown file."""
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise _fail(path, _UNREADABLE_DATE[source], date=value[:30]) from None
    check_year(when, path, which)
    if when.tzinfo is None and source == "dayone":
        when = when.replace(tzinfo=timezone.utc)
    return when.astimezone()


def parse_dayone(doc: Any, path: Path) -> list[Entry]:
    """Day One's JSON: {"metadata": {...}, "entries": [{"uuid", "creationDate", "text", "tags", "starred"}]}."""
    out = []
    for n, raw in enumerate(_entries_list(doc, path, "Day One"), 1):
        uuid = _text(raw.get("uuid"), path, "id", limit=200)
        when = _parse_iso(_text(raw.get("creationDate"), path, "date", limit=60), path, n, "dayone")
        text = _text(raw.get("text"), path, "text", default="")
        tags = _tags_and_star(raw, path)
        title, body = _dayone_title(text)
        out.append(Entry(kind="free", entry_at=when, title=title, body=body, tags=normalize_tags(tags), uid=_uid("dayone", uuid)))
    return out


# Day One writes Markdown with punctuation escaped ("Dinner\\. Then\\- home\\!") and keeps photos,
# videos and audio as links to its own moments; the journal has no attachments yet, so each
# becomes a short note that says what was there, never a raw link.
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|<])")
_MOMENT = re.compile(r"!\[[^\]]*\]\(dayone-moment:/*(video|audio|pdf)?/?[^)\s]*\)", re.IGNORECASE)
_MOMENT_WORDS = {None: "a photo", "video": "a video", "audio": "a sound recording", "pdf": "a PDF"}


def _dayone_text(text: str) -> str:
    text = _MOMENT.sub(lambda m: f"[{_MOMENT_WORDS.get((m.group(1) or '').lower() or None, 'a photo')} "
                                 "from Day One was here; it was not imported]", text)
    return _ESCAPED.sub(r"\1", text)


def _dayone_title(text: str) -> tuple[str, str]:
    # Day One keeps the title as the first line, usually as a Markdown heading.
    text = _dayone_text(text)
    first, _, rest = text.partition("\n")
    if first.startswith("#"):
        return _split_long_title(first.lstrip("#").strip(), rest.lstrip("\n"))
    return "", text


def _read_zip(path: Path, data: bytes) -> list[tuple[str, bytes]]:
    """The JSON members of a Day One zip (already read, capped), with caps against zip bombs."""
    import io

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_ZIP_MEMBERS:
                raise _fail(path, QT_TRANSLATE_NOOP("ImportProblems", "it holds too many files"))
            members = [i for i in infos if i.filename.lower().endswith(".json") and not i.is_dir()]
            if not members:
                raise _fail(path, QT_TRANSLATE_NOOP("ImportProblems", "it holds no Day One journal (no .json file)"))
            total = 0
            out = []
            for info in members:
                total += info.file_size
                if info.file_size > MAX_FILE_BYTES or total > MAX_ZIP_TOTAL:
                    raise _fail(
                        path, QT_TRANSLATE_NOOP("ImportProblems", "it unpacks to more than this app imports at once")
                    )
                if info.compress_size and info.file_size / info.compress_size > MAX_RATIO:
                    raise _fail(
                        path, QT_TRANSLATE_NOOP("ImportProblems", "it unpacks to far more than its size "
                                                "(it may be a zip bomb)")
                    )
                with zf.open(info) as src:
                    data = src.read(info.file_size + 1)
                if len(data) > info.file_size:
                    raise _fail(path, QT_TRANSLATE_NOOP("ImportProblems", "it unpacks to more than it says"))
                out.append((info.filename, data))
            return out
    except ImportFailed:
        raise
    except FileNotFoundError:
        raise _fail(path, QT_TRANSLATE_NOOP("ImportProblems", "the file does not exist")) from None
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, ValueError, NotImplementedError, zlib.error):
        raise _fail(path, QT_TRANSLATE_NOOP("ImportProblems", "it is a damaged zip file")) from None


def read_dayone(path: Path) -> list[Entry]:
    data, _st = read_regular(path, MAX_FILE_BYTES)
    if data.startswith(b"PK"):
        out: list[Entry] = []
        for _name, member in _read_zip(path, data):
            out.extend(parse_dayone(parse_json_bytes(member, path), path))
        return out
    return parse_dayone(parse_json_bytes(data, path), path)


# -- Markdown / text -----------------------------------------------------------------

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n?", re.DOTALL)


def _front_matter(block: str) -> dict[str, str]:
    out = {}
    for line in block.splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() and not key.startswith((" ", "\t")):
            out[key.strip().lower()] = value.strip().strip("'\"")
    return out


def parse_markdown(data: bytes, path: Path, mtime: float) -> Entry:
    """One entry per file: date (and title, tags) from YAML-style front matter, else the file's time."""
    if b"\x00" in data:
        raise _fail(path, QT_TRANSLATE_NOOP("ImportProblems", "it is a binary file, not text"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _fail(path, QT_TRANSLATE_NOOP("ImportProblems", "it is not UTF-8 text")) from None
    if len(text) > MAX_ENTRY_CHARS:
        raise _fail(path, QT_TRANSLATE_NOOP("ImportProblems", "it is longer than this app accepts for one entry"))
    meta: dict[str, str] = {}
    m = _FRONT.match(text)
    if m:
        meta = _front_matter(m.group(1))
        text = text[m.end():]
    when = datetime.fromtimestamp(mtime).astimezone()
    if meta.get("date"):
        when = _parse_iso(meta["date"], path, 1, "markdown")
    title = meta.get("title", "")
    body = text.strip("\n")
    if not title:
        first, _, rest = body.partition("\n")
        if first.startswith("# "):
            title, body = first[2:].strip(), rest.lstrip("\n")
    tags_raw = meta.get("tags", "").strip("[]")
    tags = normalize_tags(tags_raw) if tags_raw else ()
    title, body = _split_long_title(title, body)
    return Entry(
        kind="free", entry_at=when, title=title, body=body, tags=tags,
        uid=_uid("md", when.astimezone(timezone.utc).isoformat(timespec="seconds"), title, body),
    )


def read_markdown(path: Path) -> Entry:
    data, st = read_regular(path, MAX_FILE_BYTES)
    return parse_markdown(data, path, st.st_mtime)


# -- putting them in ------------------------------------------------------------------


def read_entries(fmt: str, paths: Sequence[Path]) -> list[Entry]:
    """Parse every file completely; the first problem raises ImportFailed naming that file."""
    out: list[Entry] = []
    for path in paths:
        if fmt == "jrnl":
            out.extend(parse_jrnl(read_json_file(path, MAX_FILE_BYTES), path))
        elif fmt == "dayone":
            out.extend(read_dayone(path))
        elif fmt == "md":
            out.append(read_markdown(path))
        else:
            raise ValueError(f"unknown import format {fmt}")
        if len(out) > MAX_ENTRIES:
            raise _fail(
                path, QT_TRANSLATE_NOOP("ImportProblems", "together the files hold more entries "
                                        "than this app imports at once")
            )
    return out


def add_entries(vault: Vault, entries: Iterable[Entry], *, progress: Progress | None = None) -> ImportResult:
    """All or nothing, in one transaction; entries whose uid is already there are skipped."""
    entries = list(entries)
    repo = JournalRepository(vault)
    added = skipped = 0
    seen: set[str] = set()
    with vault.transaction() as conn:
        for i, entry in enumerate(entries, 1):
            if entry.uid in seen or conn.execute("SELECT 1 FROM entries WHERE uid = ?", (entry.uid,)).fetchone():
                skipped += 1
            else:
                repo.save(entry, now=entry.entry_at)
                added += 1
            seen.add(entry.uid)
            if progress and (i % 50 == 0 or i == len(entries)):
                progress(i, len(entries))
    return ImportResult(added, skipped)


def import_files(vault: Vault, fmt: str, paths: Sequence[Path], *, progress: Progress | None = None) -> ImportResult:
    """Import files of one format ("json" is our own export; see json_import.import_json)."""
    if fmt == "json":
        from ipt_journal.vault.json_import import import_json

        added = skipped = 0
        with vault.transaction():
            for path in paths:
                report = import_json(vault, path, progress=progress)
                added += report.entries_added
                skipped += report.entries_skipped
        return ImportResult(added, skipped)
    return add_entries(vault, read_entries(fmt, paths), progress=progress)


__all__ = ["FORMATS", "ImportFailed", "ImportResult", "add_entries", "import_files", "read_entries"]
