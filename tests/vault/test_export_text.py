"""Markdown export: a date range or chosen entries, a heading per entry, names replaced when asked."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from ipt_journal.domain.entries import Entry, Feeling
from ipt_journal.vault import export
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.vault import Vault

T0 = datetime(2024, 5, 1, 19, 0).astimezone()


def fill(vault: Vault) -> list[Entry]:
    repo = JournalRepository(vault)
    return [
        repo.save(Entry(kind="free", entry_at=T0, title="First night", body="Sam looked away when I spoke.")),
        repo.save(Entry(kind="feedback", entry_at=T0 + timedelta(days=1),
                        fields={"direction": "received", "who": "Sam, JT", "said": "JT said I sound far away",
                                "reaction": "I felt hurt; sam didn't notice"}, tags=("group",),
                        feelings=(Feeling("hurt", 6),))),
        repo.save(Entry(kind="free", entry_at=T0 + timedelta(days=2), body="Talked with Alex and Samantha.")),
        repo.save(Entry(kind="free", entry_at=T0 + timedelta(days=10), body="Later entry")),
    ]


def test_markdown_range_headings_and_names(vault: Vault, tmp_path: Path) -> None:
    entries = fill(vault)
    JournalRepository(vault).move_to_trash(entries[2].id)  # type: ignore[arg-type]
    out = tmp_path / "out" / "journal.md"
    out.parent.mkdir()
    n = export.write_markdown_export(vault, out, date_from=T0, date_to=T0 + timedelta(days=5), names=["Alex"])
    assert n == 2  # the trashed one and the later one are left out
    text = out.read_text(encoding="utf-8")
    assert text.count("\n## ") == 2
    assert "## 2024-05-01 19:00 — First night" in text
    assert "Sam" not in text and "JT" not in text and "sam " not in text
    assert "Member A looked away" in text and "Member B said I sound far away" in text
    assert "Member A didn't notice" in text
    assert "**What was said:**" in text and "feelings: hurt (6/10)" in text
    assert sorted(p.name for p in out.parent.iterdir()) == ["journal.md"]  # nothing plain anywhere else


def test_names_are_kept_unless_asked_and_partial_words_are_left(vault: Vault, tmp_path: Path) -> None:
    entries = fill(vault)
    out = tmp_path / "all.md"
    export.write_markdown_export(vault, out, ids=[entries[2].id])  # type: ignore[list-item]
    assert "Alex and Samantha" in out.read_text(encoding="utf-8")
    export.write_markdown_export(vault, out, ids=[entries[2].id], names=["Sam", "Alex"])  # type: ignore[list-item]
    text = out.read_text(encoding="utf-8")
    assert "Member B and Samantha" in text  # "Sam" inside "Samantha" is not a name match


def test_labels_never_get_replaced_again() -> None:
    replace = export.pseudonymizer(export.member_names([], ["A", "Member", "B"]))
    assert replace("A met B, the Member.") == "Member A met Member C, the Member B."
