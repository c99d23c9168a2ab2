"""The Preferences option to keep the plan's people and services readable on the lock screen."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from ipt_journal.services.session import Session
from ipt_journal.ui import dialogs
from ipt_journal.ui.widgets import label
from ipt_journal.vault import lock_card
from ipt_journal.vault.support_plan import SupportPlanRepository


class LockCardOption(QWidget):
    """A tick box; the choice is applied when Preferences are accepted. Its state is the card file itself."""

    def __init__(self, session: Session | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.box = QCheckBox(self.tr("Show the people and services from my support plan on the lock screen"))
        self.hint = label("", "hint")
        enabled = session is not None and lock_card.is_enabled(session.data_dir)
        self.box.setChecked(enabled)
        unlocked = session is not None and session.is_unlocked
        if not unlocked and not enabled:
            self.box.setEnabled(False)  # the list comes from the plan, which needs the journal open
            self.hint.setText(self.tr("Open your journal to turn this on."))
        else:
            self.hint.setText(self.tr(
                "When on, only their names and how to reach them are kept, unencrypted, in a small file beside "
                "your journal. When off, nothing of your plan leaves the journal."))
        self.box.clicked.connect(self._clicked)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.box)
        box.addWidget(self.hint)

    def _clicked(self, on: bool) -> None:
        if on and not dialogs.confirm(
            self, self.tr("Keep my people on the lock screen"),
            self.tr("The names and ways to reach the people and services in your plan will then be stored "
                    "unencrypted on this computer, in a small file beside your journal, so that the lock screen "
                    "can show them. Anyone using this computer could read that list. The rest of your plan stays "
                    "encrypted. You can turn this off at any time, and the file is removed."),
            yes=self.tr("Keep them on the lock screen"),
        ):
            self.box.setChecked(False)

    def apply(self) -> None:
        """Write or remove the card to match the tick box."""
        if self.session is None:
            return
        data_dir = self.session.data_dir
        try:
            if not self.box.isChecked():
                lock_card.disable(data_dir)
            elif self.session.is_unlocked:
                lock_card.enable(data_dir, SupportPlanRepository(self.session.vault).get())
        except OSError as exc:
            dialogs.inform(self, self.tr("Lock screen"), self.tr(
                "The short list on the lock screen could not be changed (%1). Your plan is safe inside your "
                "journal; try again in a moment.").replace("%1", exc.strerror or type(exc).__name__))
