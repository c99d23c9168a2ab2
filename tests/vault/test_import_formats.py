"""Importing jrnl, Day One and Markdown files: all or nothing, duplicates skipped, hostile files rejected."""

from __future__ import annotations

import json
import os
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from ipt_journal.vault import export, importers
from ipt_journal.vault.export import ImportFailed
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.vault import Vault

JRNL = {
    "tags": {"@group": 1},
    "entries": [
        {"date": "2020-01-01", "time": "09:00", "title": "New year.", "body": "Quiet morning 🌅", "tags": ["@group"],
         "starred": False},
        {"date": "2020-01-02", "time": "21:30", "title": "After group", "body": "I held back again.", "tags": [],
         "starred": True},
    ],
}

DAYONE = {
    "metadata": {"version": "1.0"},
    "entries": [
        {"uuid": "A1B2C3", "creationDate": "2020-01-03T09:00:00Z", "text": "# Title line\n\nDay One body", "tags": ["therapy"],
         "starred": False, "timeZone": "Europe/Berlin"},
        {"uuid": "D4E5F6", "creationDate": "2020-01-04T10:15:00Z", "text": "No heading here"},
    ],
}


def doc_of(v: Vault) -> dict:
    doc = export.export_document(v)
    doc.pop("exported_at")
    return doc


def write_json(path: Path, doc: object) -> Path:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_jrnl_import_and_reimport_skips(vault: Vault, tmp_path: Path) -> None:
    src = write_json(tmp_path / "jrnl.json", JRNL)
    result = importers.import_files(vault, "jrnl", [src])
    assert (result.added, result.skipped) == (2, 0)
    repo = JournalRepository(vault)
    first, second = [repo.get(s.id) for s in reversed(repo.timeline())]
    assert first.title == "New year." and first.body == "Quiet morning 🌅"
    assert first.entry_at == datetime(2020, 1, 1, 9, 0).astimezone()
    assert first.tags == ("group",)  # jrnl's @tags become plain tags, like #tags and typed ones
    assert "starred" in second.tags
    assert repo.search("held back")
    again = importers.import_files(vault, "jrnl", [src])
    assert (again.added, again.skipped) == (0, 2) and repo.count() == 2


def test_dayone_json_and_zip_with_several_journals(vault: Vault, tmp_path: Path) -> None:
    src = write_json(tmp_path / "Journal.json", DAYONE)
    assert importers.import_files(vault, "dayone", [src]).added == 2
    repo = JournalRepository(vault)
    titled = repo.get(next(s.id for s in repo.timeline() if s.first_line == "Title line"))
    assert titled.body == "Day One body" and titled.tags == ("therapy",)
    assert titled.entry_at.timestamp() == datetime.fromisoformat("2020-01-03T09:00:00+00:00").timestamp()
    archive = tmp_path / "export.zip"
    second = {"metadata": {}, "entries": [{"uuid": "ZZZ", "creationDate": "2021-05-05T05:05:05Z", "text": "Other journal"}]}
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("Journal.json", json.dumps(DAYONE))
        zf.writestr("Work.json", json.dumps(second))
        zf.writestr("photos/abc.jpeg", b"\xff\xd8 not really a photo")
    result = importers.import_files(vault, "dayone", [archive])
    assert (result.added, result.skipped) == (1, 2)  # the two from Journal.json are already in
    assert repo.count() == 3


REAL_DAYONE = {  # shaped like a real Day One export: photos, escaped Markdown, time zones, stars
    "metadata": {"version": "1.0"},
    "entries": [
        {
            "uuid": "9F2C5E0B1D4A4B6C8E7F0A1B2C3D4E5F", "creationDate": "2023-03-09T19:41:12Z",
            "modifiedDate": "2023-03-09T20:02:45Z", "timeZone": "America/Mexico_City", "starred": True,
            "duration": 0, "creationDevice": "iPhone", "editingTime": 210.5,
            "location": {"placeName": "Home", "latitude": 19.4, "longitude": -99.1},
            "weather": {"conditionsDescription": "Clear", "temperatureCelsius": 21},
            "tags": ["group", "#feedback"],
            "text": "# After group\\.\n\n![](dayone-moment://4C2B0E6A8F1D4B9E)\n\nI said it out loud \\- finally\\!"
                    " 1\\. breathe 2\\. speak \\(slowly\\)\n\n![](dayone-moment:/video/77AA88BB)",
            "photos": [{"identifier": "4C2B0E6A8F1D4B9E", "md5": "0123abcd", "type": "jpeg", "orderInEntry": 0}],
            "videos": [{"identifier": "77AA88BB", "type": "mov"}],
        },
    ],
}


def test_a_real_shaped_day_one_zip_keeps_the_words_and_says_where_photos_were(vault: Vault, tmp_path: Path) -> None:
    archive = tmp_path / "Day One export.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("Journal.json", json.dumps(REAL_DAYONE))
        zf.writestr("photos/0123abcd.jpeg", b"\xff\xd8\xff\xe0 jpeg bytes")
        zf.writestr("videos/77AA88BB.mov", b"\x00\x00 mov bytes")
    assert importers.import_files(vault, "dayone", [archive]).added == 1
    repo = JournalRepository(vault)
    entry = repo.get(repo.timeline()[0].id)
    assert entry.title == "After group."
    assert "dayone-moment" not in entry.body and "![" not in entry.body and "\\" not in entry.body
    assert entry.body.count("from Day One was here; it was not imported") == 2 and "a video" in entry.body
    assert "I said it out loud - finally! 1. breathe 2. speak (slowly)" in entry.body
    assert set(entry.tags) == {"group", "feedback", "starred"}
    assert entry.entry_at.timestamp() == datetime.fromisoformat("2023-03-09T19:41:12+00:00").timestamp()


def test_markdown_files_front_matter_and_mtime(vault: Vault, tmp_path: Path) -> None:
    with_front = tmp_path / "one.md"
    with_front.write_text("---\ndate: 2023-04-05 18:45\ntitle: Feeling unseen\ntags: [group, sam]\n---\nBody **text**\n",
                          encoding="utf-8")
    plain = tmp_path / "two.txt"
    plain.write_text("# Heading as title\n\nشكرا — just text\n", encoding="utf-8")
    stamp = datetime(2022, 7, 8, 12, 0).timestamp()
    os.utime(plain, (stamp, stamp))
    assert importers.import_files(vault, "md", [with_front, plain]).added == 2
    repo = JournalRepository(vault)
    entries = [repo.get(s.id) for s in reversed(repo.timeline())]
    assert entries[0].title == "Heading as title" and entries[0].entry_at.timestamp() == stamp
    assert entries[1].title == "Feeling unseen" and entries[1].tags == ("group", "sam")
    assert entries[1].entry_at == datetime(2023, 4, 5, 18, 45).astimezone()
    assert entries[1].body == "Body **text**"
    assert importers.import_files(vault, "md", [with_front, plain]).skipped == 2


def _zip_bomb(path: Path) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("Journal.json", b'{"entries": [' + b" " * 5_000_000 + b"]}")


HOSTILE = {
    "truncated.json": ("jrnl", lambda p: p.write_text(json.dumps(JRNL)[:-30])),
    "wrong-types.json": ("jrnl", lambda p: write_json(p, {"entries": [{"date": 2020, "body": ["x"]}]})),
    "bad-date.json": ("jrnl", lambda p: write_json(p, {"entries": [{"date": "yesterday", "time": "9"}]})),
    "not-a-list.json": ("dayone", lambda p: write_json(p, {"entries": {"uuid": "x"}})),
    "nested.json": ("dayone", lambda p: p.write_bytes(b"[" * 100_000 + b"]" * 100_000)),
    "binary.json": ("jrnl", lambda p: p.write_bytes(os.urandom(2048))),
    "binary.md": ("md", lambda p: p.write_bytes(b"\x00\x01\x02 text with a NUL")),
    "latin1.md": ("md", lambda p: p.write_bytes("caf\xe9".encode("latin-1"))),
    "bomb.zip": ("dayone", _zip_bomb),
    "damaged.zip": ("dayone", lambda p: p.write_bytes(b"PK\x03\x04" + os.urandom(300))),
    "starred-text.json": ("dayone", lambda p: write_json(p, {"entries": [{"uuid": "q", "creationDate": "2020-01-01T00:00:00Z",
                                                                           "starred": "yes"}]})),
    "huge-text.json": ("jrnl", lambda p: write_json(p, {"entries": [{"date": "2020-01-01", "body": "x" * 2_200_000}]})),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_files_change_nothing(vault: Vault, tmp_path: Path, name: str) -> None:
    fmt, make = HOSTILE[name]
    good = write_json(tmp_path / "good.json", JRNL if fmt == "jrnl" else DAYONE)
    if fmt == "md":
        good = tmp_path / "good.md"
        good.write_text("fine text", encoding="utf-8")
    bad = tmp_path / name
    make(bad)
    before = doc_of(vault)
    with pytest.raises(ImportFailed) as info:
        importers.import_files(vault, fmt, [good, bad])  # the good file first: still nothing goes in
    message = str(info.value)
    assert name in message and "nothing was changed" in message and "\n" not in message
    assert doc_of(vault) == before


def test_too_big_files_are_refused_by_size(vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importers, "MAX_FILE_BYTES", 1000)
    big = tmp_path / "big.md"
    big.write_text("x" * 2000, encoding="utf-8")
    with pytest.raises(ImportFailed, match="big.md.*larger"):
        importers.import_files(vault, "md", [big])
    missing = tmp_path / "missing.json"
    with pytest.raises(ImportFailed, match="missing.json.*does not exist"):
        importers.import_files(vault, "jrnl", [missing])
    assert JournalRepository(vault).count() == 0
