"""When the journal's files are gone but backups/ still holds backups: offer to restore, not a first run."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ipt_journal.services.data_safety import backups_left_behind
from ipt_journal.ui.models import when_text
from ipt_journal.ui.widgets import label


class RestoreOffer(QWidget):
    restore_requested = Signal()
    start_new_requested = Signal()

    def __init__(self, count: int, newest: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(48, 36, 48, 36)
        box.setSpacing(14)
        box.addStretch(1)
        box.addWidget(label(self.tr("Your journal can be brought back"), "title"))
        box.addWidget(label(
            self.tr(
                "The journal's own files are missing from this folder, but its backups folder still holds "
                "backups of it (the newest is from %1). Restore one to carry on where you were; "
                "nothing has been changed."
            ).replace("%1", when_text(newest)),
            "subtitle",
        ))
        self.count = count
        self.restore_button = QPushButton(self.tr("Restore a backup…"))
        self.restore_button.setObjectName("primary")
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore_requested)
        self.new_button = QPushButton(self.tr("Start a new journal instead"))
        self.new_button.clicked.connect(self.start_new_requested)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addWidget(self.new_button)
        row.addStretch(1)
        box.addLayout(row)
        box.addStretch(2)
        box.setAlignment(Qt.AlignmentFlag.AlignTop)


def offer_restore_if_backups(window: Any) -> bool:
    """Called by the main window instead of showing the first run; True when the offer is shown.

    window is the MainWindow: its pages, its Restore action, and how it starts a first run.
    """
    found = backups_left_behind(window.session.data_dir)
    if not found:
        return False
    offer = RestoreOffer(len(found), datetime.fromtimestamp(found[0].stat().st_mtime), window)
    offer.restore_requested.connect(window.data_actions["restore"].trigger)

    def start_new() -> None:
        from ipt_journal.ui.first_run import FirstRun

        window.first_run = FirstRun(window.session)
        window.first_run.finished.connect(window.show_workspace)
        window.pages.addWidget(window.first_run)
        window.pages.setCurrentWidget(window.first_run)

    offer.start_new_requested.connect(start_new)
    window.restore_offer = offer
    window.pages.addWidget(offer)
    window.pages.setCurrentWidget(offer)
    return True
