"""A goal's links: the entries written about it and the agenda items that serve it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem

from ipt_journal.ui.goals import dialogs as goal_dialogs
from ipt_journal.ui.goals.common import EntryRole, _button
from ipt_journal.ui.models import format_summary
from ipt_journal.ui.next_session.words import item_text
from ipt_journal.ui.widgets import hbox, label
from ipt_journal.vault.errors import NotFound


class LinksPart:
    """The linked entries and agenda items on GoalPage."""

    def _build_links(self) -> QHBoxLayout:
        self.entries = QListWidget()
        self.entries.setAccessibleName(QCoreApplication.translate("GoalLinksPart", "Entries linked to this goal; Enter opens one"))
        self.entries.setWordWrap(False)
        self.entries.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.entries.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.entries.itemActivated.connect(self._entry_activated)
        self.entries.itemDoubleClicked.connect(self._entry_activated)
        self.entries_hint = label(QCoreApplication.translate("GoalLinksPart", "No entries linked yet. Link one you wrote about this goal."), "hint")
        self.link_button = _button(QCoreApplication.translate("GoalLinksPart", "Link an entry…"), QCoreApplication.translate("GoalLinksPart", "Link an entry to this goal"), self.link_entry)
        self.unlink_button = _button(QCoreApplication.translate("GoalLinksPart", "Unlink"), QCoreApplication.translate("GoalLinksPart", "Unlink the chosen entry"), self.unlink_entry)
        self.agenda_label = label("", "hint")
        link_row = hbox(self.link_button, self.unlink_button, None)
        return link_row

    def _show_links(self) -> None:
        assert self.goal is not None
        self.entries.clear()
        linked = self.repo.linked_entries(self.goal.id) if self.goal.id is not None else []
        for s in linked:
            item = QListWidgetItem(format_summary(s).replace("\n", " · "))
            item.setData(EntryRole, s.id)
            self.entries.addItem(item)
        self.entries.setVisible(bool(linked))
        self.entries_hint.setVisible(not linked and self.goal.id is not None)
        row_height = max(self.entries.sizeHintForRow(0), 20) if linked else 20
        self.entries.setFixedHeight(min(len(linked), 5) * (row_height + 2) + 8)
        self.unlink_button.setVisible(bool(linked))
        items = self.repo.linked_agenda_items(self.goal.id) if self.goal.id is not None else []
        self.agenda_label.setText(
            QCoreApplication.translate("GoalLinksPart", "On your list for group: %1").replace("%1", "; ".join(item_text(i) for i in items)) if items else ""
        )
        self.agenda_label.setVisible(bool(items))

    def _entry_activated(self, item: QListWidgetItem) -> None:
        self.open_entry.emit(int(item.data(EntryRole)))

    def link_entry(self) -> None:
        self.save_now()
        if self.goal is None or self.goal.id is None:
            return
        entry_id = goal_dialogs.pick_entry(self, self.session)
        if entry_id is None:
            return
        try:
            self.repo.link_entry(self.goal.id, entry_id)
        except NotFound:
            pass
        self._show_links()

    def unlink_entry(self) -> None:
        item = self.entries.currentItem()
        if item is None or self.goal is None or self.goal.id is None:
            return
        self.repo.unlink_entry(self.goal.id, int(item.data(EntryRole)))
        self._show_links()
