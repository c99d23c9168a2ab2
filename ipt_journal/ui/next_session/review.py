"""The review before group: the chosen items as a page, and saved as a PDF if the member wants one."""

from __future__ import annotations

import html
import sys

from PySide6.QtCore import QCoreApplication

from ipt_journal.ui import dialogs
from ipt_journal.ui.next_session.words import item_text, status_line
from ipt_journal.vault.errors import VaultError


class ReviewPart:
    """What NextSessionScreen shows and prints in the hours before group."""

    def review_html(self) -> str:
        now = self.clock()
        items = self.agenda.open_items()
        chosen = [i for i in items if i.chosen] or items
        heading = QCoreApplication.translate("ReviewPart", "Before group")
        parts = [f"<h1>{html.escape(heading)}</h1><p>{html.escape(status_line(self.group, now))}</p>"]
        why = QCoreApplication.translate("ReviewPart", "Why it matters:")
        say = QCoreApplication.translate("ReviewPart", "How I might say it:")
        feel = QCoreApplication.translate("ReviewPart", "How I feel about raising it:")
        for item in chosen:
            parts.append(f"<h3>{html.escape(item_text(item))}</h3>")
            if item.why:
                parts.append(f"<p><i>{html.escape(why)}</i> {html.escape(item.why)}</p>")
            if item.draft:
                parts.append(f"<p><i>{html.escape(say)}</i> {html.escape(item.draft)}</p>")
            if item.feeling_note:
                parts.append(f"<p><i>{html.escape(feel)}</i> {html.escape(item.feeling_note)}</p>")
        return "".join(parts)

    def save_review_pdf(self) -> bool:
        """Ask, then write the PDF; a place that cannot be written gets a calm word. True if a file was written."""
        self.save_current()
        if not dialogs.confirm(
            self, QCoreApplication.translate("ReviewPart", "Save as PDF"),
            QCoreApplication.translate(
                "ReviewPart",
                "The PDF will not be encrypted: anyone who opens the file can read it. Print it and delete it, or "
                "keep it somewhere private."),
            yes=QCoreApplication.translate("ReviewPart", "Save PDF"),
        ):
            return False
        path = dialogs.ask_save_path(self, QCoreApplication.translate("ReviewPart", "Save the review"),
                                     "before-group.pdf", "PDF (*.pdf)")
        if not path:
            return False
        try:
            write_pdf(path, self.review_html())
        except (VaultError, OSError) as exc:  # TargetRefused and CannotWrite are VaultErrors
            sys.stderr.write(f"review pdf not written: {type(exc).__name__}\n")
            dialogs.inform(self, QCoreApplication.translate("ReviewPart", "The PDF was not saved"), QCoreApplication.translate(
                "ReviewPart",
                "The review could not be saved in that place. Your list is unchanged and nothing was lost. "
                "Try another folder, such as your Documents folder."))
            return False
        return True


def write_pdf(path: str, body_html: str) -> None:
    """The review as a PDF at path, written atomically (no partial file, no temp copy elsewhere)."""
    from pathlib import Path

    from ipt_journal.ui.pdf import html_to_pdf
    from ipt_journal.vault.atomic import atomic_write_bytes

    atomic_write_bytes(Path(path), html_to_pdf(body_html, QCoreApplication.translate("ReviewPart", "Before group")))
