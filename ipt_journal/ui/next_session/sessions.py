"""The group's schedule, extra, moved and cancelled sessions, and thinking about leaving."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ipt_journal.domain import schedule as sched
from ipt_journal.ui.group_setup import GroupScheduleForm
from ipt_journal.ui.next_session.common import ItemIdRole, slot_name
from ipt_journal.ui.next_session.words import leaving_text
from ipt_journal.ui.widgets import button, hbox, label

if TYPE_CHECKING:
    from ipt_journal.ui.next_session.screen import NextSessionScreen


class SessionsPart:
    """The buttons above NextSessionScreen's tabs."""

    def edit_schedule(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(QCoreApplication.translate("SessionsPart", "Your group's schedule"))
        form = GroupScheduleForm(self.group.schedule())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        box = QVBoxLayout(dialog)
        box.addWidget(label(QCoreApplication.translate("SessionsPart", "The schedule stays inside your encrypted journal."), "hint"))
        box.addWidget(form)
        box.addWidget(buttons)
        if dialog.exec():
            self.apply_schedule(form.schedule())

    def apply_schedule(self, schedule: sched.GroupSchedule | None) -> None:
        self.group.set_schedule(schedule, self.clock())
        self.refresh()
        self.schedule_changed.emit()

    def edit_sessions(self) -> None:
        SessionsDialog(self, self.clock()).exec()
        self.refresh()
        self.schedule_changed.emit()

    def thinking_of_leaving(self) -> None:
        """The item goes on the list once (Group knows it by id, in any language) and the ending begins."""
        if not ask_leaving(self):
            return
        self.save_current()
        item = self.group.start_leaving(self.clock())
        self.refresh()
        self._fill_items(select_id=item.id)
        self.tabs.setCurrentIndex(0)
        self.schedule_changed.emit()


LEAVING_EXPLANATION = QT_TRANSLATE_NOOP(
    "ask_leaving",
    "Wanting to leave is something many members feel at some point, and it is yours to decide. "
    "Telling the group a session or two before you go gives everyone, you included, a chance to talk about it "
    "and to say goodbye properly. Endings we get to talk through tend to sit easier than sudden ones, and the "
    "conversation itself often brings up something useful.")  # the English; the dialog shows leaving_explanation()


def leaving_explanation() -> str:
    return QCoreApplication.translate("ask_leaving", LEAVING_EXPLANATION)


def ask_leaving(parent: QWidget | None) -> bool:
    """Explain gently; returns True if the member wants the item on their list."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("ask_leaving", "Thinking about leaving"))
    check = QCheckBox(QCoreApplication.translate("ask_leaving", "Add \u201c%1\u201d to my list").replace("%1", leaving_text()))
    check.setChecked(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    box = QVBoxLayout(dialog)
    box.addWidget(label(leaving_explanation(), "subtitle"))
    box.addWidget(check)
    box.addWidget(buttons)
    dialog.resize(520, 260)
    return bool(dialog.exec()) and check.isChecked()


class SessionsDialog(QDialog):
    """Add an extra session, move one, cancel or restore one."""

    def __init__(self, screen: NextSessionScreen, now: datetime) -> None:
        super().__init__(screen)
        self.screen = screen
        self.sessions = screen.session.sessions
        assert self.sessions is not None
        self.setWindowTitle(self.tr("Sessions"))
        self.resize(560, 420)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Sessions"))
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy, HH:mm")
        self.when.setDateTime(now.replace(second=0, microsecond=0) + timedelta(days=1))
        self.when.setAccessibleName(self.tr("Date and time for an extra or moved session"))
        self.length = QSpinBox()
        self.length.setAccessibleName(self.tr("Length in minutes"))
        self.length.setRange(15, 600)
        self.length.setValue(90)
        self.length.setSuffix(self.tr(" min"))
        add = button(self.tr("Add extra session"), self.add_extra)
        move = button(self.tr("Move selected here"), self.move_selected)
        cancel = button(self.tr("Cancel / restore selected"), self.toggle_cancel)
        close = button(self.tr("Close"), self.accept)
        row = hbox(self.when, self.length)
        row2 = hbox(add, move, cancel, None, close)
        box = QVBoxLayout(self)
        box.addWidget(self.list, 1)
        box.addLayout(row)
        box.addLayout(row2)
        self.refill()

    def refill(self) -> None:
        self.list.clear()
        for slot in reversed(self.sessions.all()):  # type: ignore[union-attr]
            text = slot_name(slot) + ((" \u00b7 " + self.tr("cancelled")) if slot.cancelled else "") + (
                (" \u00b7 " + self.tr("extra")) if slot.extra else "")
            item = QListWidgetItem(text)
            item.setData(ItemIdRole, slot.id)
            self.list.addItem(item)

    def _when(self) -> datetime:
        value = self.when.dateTime().toPython()
        return value if value.tzinfo else value.astimezone()

    def add_extra(self) -> None:
        self.sessions.add_extra(self._when(), self.length.value())  # type: ignore[union-attr]
        self.refill()

    def move_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.sessions.move(int(item.data(ItemIdRole)), self._when(), self.length.value())  # type: ignore[union-attr]
            self.refill()

    def toggle_cancel(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            slot = self.sessions.get(int(item.data(ItemIdRole)))  # type: ignore[union-attr]
            self.sessions.set_cancelled(int(slot.id), not slot.cancelled)  # type: ignore[union-attr, arg-type]
            self.refill()
