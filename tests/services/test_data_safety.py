"""services/data_safety: one document function for the exports and the review before group."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from ipt_journal.domain.agenda import AgendaItem
from ipt_journal.services import data_safety
from ipt_journal.vault.agenda import AgendaRepository
from ipt_journal.vault.vault import Vault


def _items(vault: Vault) -> None:
    repo = AgendaRepository(vault)
    first = repo.add(AgendaItem(text="Tell Sam I felt left out", why="It keeps coming back", draft="When you..."))
    repo.update(replace(first, chosen=True))
    repo.add(AgendaItem(text="Something for later", why="Not this week"))


def test_the_review_words_its_items_as_the_agenda_export_does(vault: Vault) -> None:
    _items(vault)
    review = data_safety.review_document(vault, "Group is tomorrow.")
    assert review.title == "Before group" and review.subtitle == "Group is tomorrow."
    assert [s.heading for s in review.sections] == ["Tell Sam I felt left out"]  # only the chosen one
    agenda = data_safety.plain_document(vault, "agenda")
    exported = next(s for s in agenda.sections if s.heading.endswith("Tell Sam I felt left out"))
    assert review.sections[0].parts == exported.parts
    assert ("Why it matters to me", "It keeps coming back") in review.sections[0].parts


def test_the_review_shows_every_open_item_when_none_is_chosen(vault: Vault) -> None:
    AgendaRepository(vault).add(AgendaItem(text="Only one"))
    assert [s.heading for s in data_safety.review_document(vault).sections] == ["Only one"]


def test_a_json_export_refuses_a_selection(vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        data_safety.export_to(vault, "json", tmp_path / "x.json", what="goals")
    assert not (tmp_path / "x.json").exists()
    assert data_safety.ExportRequest().is_everything and not data_safety.ExportRequest(names=()).is_everything


def test_markdown_export_writes_the_document_function_s_words(vault: Vault, tmp_path: Path) -> None:
    _items(vault)
    count = data_safety.export_to(vault, "md", tmp_path / "a.md", what="agenda")
    text = (tmp_path / "a.md").read_text(encoding="utf-8")
    doc = data_safety.document_for(vault, data_safety.ExportRequest("agenda"))
    assert count == doc.count and "**Why it matters to me:**" in text and doc.title in text
