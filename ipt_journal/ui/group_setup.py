"""The group's rhythm: weekday, time, length, first session, ongoing or a set number of sessions,
and for an ongoing group the last session, once the member has set one."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from ipt_journal.domain.schedule import WEEKDAYS, GroupSchedule


class GroupScheduleForm(QWidget):
    changed = Signal()  # any field changed

    def __init__(self, schedule: GroupSchedule | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weekday = QComboBox()
        # Monday first, as the schedule counts them; the names in the member's language
        self.weekday.addItems([QLocale().standaloneDayName(i + 1) for i in range(len(WEEKDAYS))])
        self.weekday.setAccessibleName(self.tr("Weekday of the group"))
        self.start = QTimeEdit()
        self.start.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self.start.setAccessibleName(self.tr("Start time"))
        self.length = QSpinBox()
        self.length.setRange(15, 600)
        self.length.setSingleStep(15)
        self.length.setSuffix(self.tr(" min"))
        self.length.setAccessibleName(self.tr("Length of a session in minutes"))
        self.first = QDateEdit()
        self.first.setCalendarPopup(True)
        self.first.setDisplayFormat("d MMM yyyy")
        self.first.setAccessibleName(self.tr("Date of the first session, or when you joined"))
        self.limited = QCheckBox(self.tr("The group has a set number of sessions"))
        self.total = QSpinBox()
        self.total.setRange(2, 200)
        self.total.setAccessibleName(self.tr("Number of sessions in all"))
        self.limited.toggled.connect(self.total.setEnabled)
        self.ending = QCheckBox(self.tr("My last session is planned"))
        self.ending.setAccessibleDescription(self.tr("For an ongoing group: you know the date of your last session"))
        self.last = QDateEdit()
        self.last.setCalendarPopup(True)
        self.last.setDisplayFormat("d MMM yyyy")
        self.last.setAccessibleName(self.tr("Date of your last session"))
        self.limited.toggled.connect(self._enable_last)
        self.ending.toggled.connect(self._enable_last)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Day"), self.weekday)
        form.addRow(self.tr("Time"), self.start)
        form.addRow(self.tr("Length"), self.length)
        form.addRow(self.tr("First session"), self.first)
        form.addRow(self.limited)
        form.addRow(self.tr("Sessions in all"), self.total)
        form.addRow(self.ending)
        form.addRow(self.tr("Last session"), self.last)
        self.set_schedule(schedule)
        self.weekday.currentIndexChanged.connect(lambda *_: self.changed.emit())
        self.start.timeChanged.connect(lambda *_: self.changed.emit())
        self.length.valueChanged.connect(lambda *_: self.changed.emit())
        self.first.dateChanged.connect(lambda *_: self.changed.emit())
        self.limited.toggled.connect(lambda *_: self.changed.emit())
        self.total.valueChanged.connect(lambda *_: self.changed.emit())
        self.ending.toggled.connect(lambda *_: self.changed.emit())
        self.last.dateChanged.connect(lambda *_: self.changed.emit())

    def _enable_last(self, *_: object) -> None:
        # a time-limited group ends by its count; only an ongoing one has a last date to set
        self.ending.setEnabled(not self.limited.isChecked())
        self.last.setEnabled(not self.limited.isChecked() and self.ending.isChecked())

    def set_schedule(self, schedule: GroupSchedule | None) -> None:
        s = schedule or GroupSchedule(weekday=3, start=time(18, 0), first_date=date.today(), total_sessions=None)
        self.weekday.setCurrentIndex(s.weekday)
        self.start.setTime(QTime(s.start.hour, s.start.minute))
        self.length.setValue(s.length_minutes)
        self.first.setDate(QDate(s.first_date.year, s.first_date.month, s.first_date.day))
        self.limited.setChecked(s.total_sessions is not None)
        self.total.setValue(s.total_sessions or 16)
        self.total.setEnabled(s.total_sessions is not None)
        self.ending.setChecked(s.last_date is not None)
        last = s.last_date or date.today()
        self.last.setDate(QDate(last.year, last.month, last.day))
        self._enable_last()

    def schedule(self) -> GroupSchedule:
        t = self.start.time()
        return GroupSchedule(
            weekday=self.weekday.currentIndex(), start=time(t.hour(), t.minute()),
            first_date=self.first.date().toPython(), length_minutes=self.length.value(),
            total_sessions=self.total.value() if self.limited.isChecked() else None,
            last_date=self.last.date().toPython() if not self.limited.isChecked() and self.ending.isChecked() else None,
        )
