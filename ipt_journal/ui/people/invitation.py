"""Today's people card: in the first sessions an invitation (once) to map the people who matter; near the end,
or when the member is thinking of leaving, an offer to look back at how those relationships moved."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from ipt_journal.services.group import Group
from ipt_journal.services.people import Invitation
from ipt_journal.services.session import Session
from ipt_journal.ui.flow import flow_of
from ipt_journal.ui.widgets import label


class PeopleCard(QFrame):
    map_requested = Signal()  # the member wants to start their map of relationships (the People screen)
    compare_requested = Signal()  # the member wants the circle then and now (People, compare view)

    def __init__(self, session: Session, group: Group, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.session = session
        self.group = group
        self.mode = ""  # "invite", "look_back" or "" (hidden)
        self.title = label("", "subtitle")
        self.text = label("", "")
        self.primary = QPushButton()
        self.primary.setObjectName("primary")
        self.primary.clicked.connect(self._primary)
        self.save = QPushButton(self.tr("Save a look back…"))
        self.save.setToolTip(self.tr("The circle then and now, what you worked on and goals reached, as a file"))
        self.save.clicked.connect(self.save_look_back)
        self.later = QPushButton(self.tr("Not now"))
        self.later.setToolTip(self.tr("This invitation will not come back; People is always in the list on the left"))
        self.later.clicked.connect(self.dismiss)
        box = QVBoxLayout(self)
        box.addWidget(self.title)
        box.addWidget(self.text)
        box.addWidget(flow_of(self.primary, self.save, self.later))
        self.hide()

    def _invitation(self) -> Invitation | None:
        return Invitation(self.session.vault) if self.session.is_unlocked else None

    def refresh(self, now: datetime | None = None) -> None:
        invitation = self._invitation()
        if invitation is None:
            self.mode = ""
            self.hide()
            return
        phase = self.group.phase(now or datetime.now().astimezone())
        if invitation.should_offer_look_back(phase):
            self.mode = "look_back"
            self.title.setText(self.tr("Looking back on your relationships"))
            self.text.setText(self.tr("As your time in the group comes to an end, you can see how the people on your "
                                      "circle moved since you started. It can help you say what changed."))
            self.primary.setText(self.tr("See the circle then and now"))
        elif invitation.should_invite(phase):
            self.mode = "invite"
            self.title.setText(self.tr("The people who matter to you"))
            self.text.setText(self.tr("The first sessions are a good time to map your important relationships: who "
                                      "is close, who is further away, what is good and what is hard. A few names "
                                      "are enough to begin."))
            self.primary.setText(self.tr("Map my relationships"))
        else:
            self.mode = ""
        self.save.setVisible(self.mode == "look_back")
        self.later.setVisible(self.mode == "invite")
        self.setVisible(bool(self.mode))

    def _primary(self) -> None:
        if self.mode == "invite":
            self.map_requested.emit()
        elif self.mode == "look_back":
            self.compare_requested.emit()

    def dismiss(self) -> None:
        invitation = self._invitation()
        if invitation is not None:
            invitation.dismiss()
        self.refresh()

    def save_look_back(self) -> None:
        from ipt_journal.ui.people.look_back import save_look_back

        if self.session.is_unlocked:
            save_look_back(self, self.session.vault, replace_names=True)
