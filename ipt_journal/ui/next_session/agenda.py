"""The list of what to raise next time: adding, choosing, reordering (drag or Alt+Up/Down), removing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ipt_journal.domain.agenda import AgendaItem
from ipt_journal.ui import dialogs
from ipt_journal.ui.next_session.common import ItemIdRole
from ipt_journal.ui.next_session.words import item_row
from ipt_journal.ui.widgets import button, hbox, label


class AgendaList(QListWidget):
    order_changed = Signal(int, int)  # item id, new row after a drag or Alt+Up/Down

    def __init__(self) -> None:
        super().__init__()
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("What you want to raise, in order; Alt+Up and Alt+Down move an item"))
        self.model().rowsMoved.connect(self._moved)

    def _moved(self, _parent, start: int, _end: int, _dest, row: int) -> None:  # type: ignore[no-untyped-def]
        new_row = row if row < start else row - 1
        item = self.item(new_row)
        if item is not None:
            self.order_changed.emit(int(item.data(ItemIdRole)), new_row)

    def move_current(self, step: int) -> None:
        row = self.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.count():
            return
        item = self.takeItem(row)
        self.insertItem(target, item)
        self.setCurrentRow(target)
        self.order_changed.emit(int(item.data(ItemIdRole)), target)


class AgendaPart:
    """The “To raise” tab of NextSessionScreen: the list on the left, beside the item editor."""

    def _build_agenda(self) -> QWidget:
        self.new_item = QLineEdit()
        self.new_item.setPlaceholderText(QCoreApplication.translate("AgendaPart", "Something you want to bring up next time…"))
        self.new_item.setAccessibleName(QCoreApplication.translate("AgendaPart", "New item to raise"))
        self.new_item.returnPressed.connect(self.add_from_field)
        add = button(QCoreApplication.translate("AgendaPart", "Add to the list"), self.add_from_field)
        add.setMinimumHeight(add.sizeHint().height())  # the list above gives way first when space is short
        add_row = QVBoxLayout()  # the field gets the whole width; the button sits under it
        add_row.addWidget(self.new_item)
        add_row.addWidget(add, 0, Qt.AlignmentFlag.AlignRight)
        self.items = AgendaList()
        self.items.currentItemChanged.connect(self._select)
        self.items.order_changed.connect(self._reorder)
        QShortcut(QKeySequence("Alt+Up"), self.items, activated=lambda: self.items.move_current(-1))
        QShortcut(QKeySequence("Alt+Down"), self.items, activated=lambda: self.items.move_current(1))
        self.empty = label(QCoreApplication.translate(
            "AgendaPart",
            "Nothing on your list yet. Add something here, or tick \u201cBring this to group\u201d on any entry."), "hint")
        left = QWidget()
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        lbox.addLayout(add_row)
        lbox.addWidget(self.items, 1)
        lbox.addWidget(self.empty)
        lbox.addStretch(0)  # the room an empty list leaves goes below the hint
        scroll = self._build_item_editor()

        self.print_button = button(QCoreApplication.translate("AgendaPart", "Save the review as PDF…"),
                                   self.save_review_pdf)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        page = QWidget()
        pbox = QVBoxLayout(page)
        pbox.addWidget(splitter, 1)
        bottom = hbox(None, self.print_button)
        pbox.addLayout(bottom)
        return page

    def _fill_items(self, select_id: int | None = None) -> None:
        select_id = select_id if select_id is not None else (self.current.id if self.current else None)
        self.items.blockSignals(True)
        self.items.clear()
        for item in self.agenda.open_items():
            row = QListWidgetItem(item_row(item))
            row.setData(ItemIdRole, item.id)
            self.items.addItem(row)
        self.items.blockSignals(False)
        self.empty.setVisible(self.items.count() == 0)
        self.items.setVisible(self.items.count() > 0)  # an empty list gives its room to the hint (150% text)
        target = next((i for i in range(self.items.count()) if self.items.item(i).data(ItemIdRole) == select_id), 0)
        if self.items.count():
            self.items.setCurrentRow(target)
            self._select(self.items.currentItem(), None)
        else:
            self._show_item(None)

    # -- agenda ---------------------------------------------------------------------

    def add_item(self, item: AgendaItem) -> AgendaItem:
        self.save_current()
        added = self.agenda.add(item)
        self._fill_items(select_id=added.id)
        return added

    def add_from_field(self) -> None:
        text = self.new_item.text().strip()
        if text:
            self.add_item(AgendaItem(text[:500]))
            self.new_item.clear()
            self.f_why.setFocus()

    def _select(self, current: QListWidgetItem | None, _previous) -> None:  # type: ignore[no-untyped-def]
        self.save_current()
        item = self.agenda.get(int(current.data(ItemIdRole))) if current is not None else None
        self._show_item(item)

    def _reorder(self, item_id: int, row: int) -> None:
        self.agenda.move(item_id, row)

    def delete_current(self) -> None:
        if self.current is None:
            return
        if dialogs.confirm(self, QCoreApplication.translate("AgendaPart", "Remove from the list"),
                           QCoreApplication.translate("AgendaPart", "Remove this from your list? Its history goes with it."),
                           yes=QCoreApplication.translate("AgendaPart", "Remove")):
            self._save_timer.stop()
            self.agenda.delete(int(self.current.id))  # type: ignore[arg-type]
            self.current = None
            self._fill_items()
