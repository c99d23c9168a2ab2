"""ui/pdf.py draws the services' documents: the review before group as the page shows it and as its PDF prints it."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

from pypdf import PdfReader

from ipt_journal.domain.agenda import AgendaItem
from ipt_journal.ui.pdf import review_html, write_review_pdf
from ipt_journal.vault.agenda import AgendaRepository
from ipt_journal.vault.vault import Vault


def test_the_review_page_and_its_pdf_hold_the_same_words(qapp, vault: Vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    repo = AgendaRepository(vault)
    item = repo.add(AgendaItem(text="Tell Sam <I> felt left out", why="It keeps coming back", draft="When you left..."))
    repo.update(replace(item, chosen=True))
    repo.add(AgendaItem(text="Not this time"))
    page = review_html(vault, "Group is on Thursday.")
    assert "<h1>Before group</h1>" in page and "Tell Sam &lt;I&gt; felt left out" in page
    assert "Why it matters to me" in page and "Not this time" not in page
    dest = tmp_path / "out" / "review.pdf"
    dest.parent.mkdir()
    write_review_pdf(vault, "Group is on Thursday.", dest)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(dest.read_bytes())).pages)
    assert "Before group" in text and "keeps coming back" in text and "Group is on Thursday." in text
    assert [p.name for p in dest.parent.iterdir()] == ["review.pdf"]  # no temporary file left beside it
