"""The review before group: the chosen items as a page, and saved as a PDF if the member wants one."""

from __future__ import annotations

import html

from ipt_journal.ui import dialogs


class ReviewPart:
    """What NextSessionScreen shows and prints in the hours before group."""

    def review_html(self) -> str:
        now = self.clock()
        items = self.agenda.open_items()
        chosen = [i for i in items if i.chosen] or items
        parts = [f"<h1>Before group</h1><p>{html.escape(self.group.status_line(now))}</p>"]
        for item in chosen:
            parts.append(f"<h3>{html.escape(item.text)}</h3>")
            if item.why:
                parts.append(f"<p><i>Why it matters:</i> {html.escape(item.why)}</p>")
            if item.draft:
                parts.append(f"<p><i>How I might say it:</i> {html.escape(item.draft)}</p>")
            if item.feeling_note:
                parts.append(f"<p><i>How I feel about raising it:</i> {html.escape(item.feeling_note)}</p>")
        return "".join(parts)

    def save_review_pdf(self) -> None:
        self.save_current()
        if not dialogs.confirm(
            self, "Save as PDF",
            "The PDF will not be encrypted: anyone who opens the file can read it. Print it and delete it, or keep "
            "it somewhere private.", yes="Save PDF",
        ):
            return
        path = dialogs.ask_save_path(self, "Save the review", "before-group.pdf", "PDF (*.pdf)")
        if path:
            write_pdf(path, self.review_html())


def write_pdf(path: str, body_html: str) -> None:
    """The review as a PDF at path, written atomically (no partial file, no temp copy elsewhere)."""
    from pathlib import Path

    from ipt_journal.ui.pdf import html_to_pdf
    from ipt_journal.vault.atomic import atomic_write_bytes

    atomic_write_bytes(Path(path), html_to_pdf(body_html, "Before group"))
