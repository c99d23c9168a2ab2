"""The review before group: the chosen items as a page, and saved as a PDF if the member wants one."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ipt_journal.ui import dialogs
from ipt_journal.ui.next_session.words import status_line
from ipt_journal.vault.errors import VaultError


class ReviewPart:
    """What NextSessionScreen shows and prints in the hours before group."""

    def review_html(self) -> str:
        """The page as the export words it (one document function for both), in the member's language."""
        from ipt_journal.ui.pdf import review_html

        return review_html(self.session.vault, status_line(self.group, self.clock()))

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
            from ipt_journal.ui.pdf import write_review_pdf

            write_review_pdf(self.session.vault, status_line(self.group, self.clock()), Path(path))
        except (VaultError, OSError) as exc:  # TargetRefused and CannotWrite are VaultErrors
            sys.stderr.write(f"review pdf not written: {type(exc).__name__}\n")
            dialogs.inform(self, QCoreApplication.translate("ReviewPart", "The PDF was not saved"), QCoreApplication.translate(
                "ReviewPart",
                "The review could not be saved in that place. Your list is unchanged and nothing was lost. "
                "Try another folder, such as your Documents folder."))
            return False
        return True
