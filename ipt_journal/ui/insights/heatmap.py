"""The calendar heat map: a year (weeks across, weekdays down) or one month, coloured by pleasantness.

Arrow keys move a day at a time (Up/Down a week in the year view), Page Up/Down a month,
Enter opens the day. Every cell's words are also in the table the screen shows beside it.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ipt_journal.domain.feelings import months_back
from ipt_journal.services.insights import DayMood
from ipt_journal.ui import style
from ipt_journal.ui.insights.words import day_name, lean, long_day, month_name, mood_colour


class HeatMap(QWidget):
    day_activated = Signal(object)  # a datetime.date: the member opened that day
    current_changed = Signal(object)  # a datetime.date: the focused day moved

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.moods: dict[date, DayMood] = {}
        self.mode = "year"  # or "month"
        self.current = date.today()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Calendar of feelings"))

    # -- data ---------------------------------------------------------------------------

    def set_moods(self, moods: dict[date, DayMood]) -> None:
        self.moods = moods
        self._describe()
        self.update()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.updateGeometry()
        self.update()

    def set_current(self, day: date) -> None:
        self.current = day
        self._describe()
        self.update()
        self.current_changed.emit(day)

    def day_text(self, day: date) -> str:
        mood = self.moods.get(day)
        when = long_day(day, weekday=True)
        if mood is None or mood.count == 0:
            return self.tr("%1: nothing noted").replace("%1", when)
        return self.tr("%1: %2 feelings noted, %3").replace("%1", when).replace("%2", str(mood.count)).replace(
            "%3", lean(mood.pleasantness))

    def _describe(self) -> None:
        self.setAccessibleDescription(self.day_text(self.current))

    # -- layout -------------------------------------------------------------------------

    def _first_shown(self) -> date:
        if self.mode == "month":
            first = self.current.replace(day=1)
        else:
            first = date(self.current.year, 1, 1)
        return first - timedelta(days=first.weekday())  # back to Monday

    def _days(self) -> list[date]:
        if self.mode == "month":
            first = self.current.replace(day=1)
            n = calendar.monthrange(first.year, first.month)[1]
        else:
            first = date(self.current.year, 1, 1)
            n = 366 if calendar.isleap(first.year) else 365
        return [first + timedelta(days=i) for i in range(n)]

    def _cell(self) -> float:
        if self.mode == "month":
            return max(18.0, min(64.0, (self.width() - 8) / 7, (self.height() - 30) / 6))
        return max(8.0, min(22.0, (self.width() - 40) / 54))

    def _rect(self, day: date) -> QRectF:
        cell = self._cell()
        offset = (day - self._first_shown()).days
        col, row = divmod(offset, 7)
        if self.mode == "month":
            return QRectF(4 + row * cell, 24 + col * cell, cell - 3, cell - 3)
        return QRectF(36 + col * cell, self._label_px() + 6 + row * cell, cell - 2, cell - 2)

    def _label_px(self) -> int:
        """Year view: month and weekday names are sized to the cells, so they never overlap."""
        return max(8, min(13, int(self._cell() * 0.9)))

    def sizeHint(self) -> QSize:  # noqa: N802
        if self.mode == "month":
            return QSize(7 * 48 + 8, 6 * 48 + 30)
        return QSize(54 * 16 + 40, 7 * 16 + 28)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(7 * 20 + 8, 6 * 20 + 30) if self.mode == "month" else QSize(54 * 8 + 40, 7 * 8 + 28)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        if self.mode == "month":
            return int(min(64.0, max(18.0, (width - 8) / 7)) * 6 + 30)
        cell = max(8.0, min(22.0, (width - 40) / 54))
        return int(cell * 7 + max(8, min(13, int(cell * 0.9))) + 12)

    # -- input --------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        for day in self._days():
            if self._rect(day).contains(event.position()):
                self.setFocus()
                self.set_current(day)
                return

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.mousePressEvent(event)
        self.day_activated.emit(self.current)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        week = 7
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -week, Qt.Key.Key_Down: week}
        if self.mode == "year":  # weekdays run down the columns
            step = {Qt.Key.Key_Left: -week, Qt.Key.Key_Right: week, Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
        if key in step:
            self.set_current(self.current + timedelta(days=step[Qt.Key(key)]))
        elif key == Qt.Key.Key_PageUp:
            self.set_current(months_back(self.current, 1))
        elif key == Qt.Key.Key_PageDown:
            self.set_current(months_back(self.current, -1))
        elif key == Qt.Key.Key_Home:
            self.set_current(self.current.replace(day=1))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.day_activated.emit(self.current)
        else:
            super().keyPressEvent(event)

    # -- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = style.current()
        empty = QColor(c.base)  # nothing noted: the field colour with an outline, not "in between"
        p.setPen(QColor(c.soft))
        days = self._days()
        if self.mode == "year":
            small = p.font()
            small.setPixelSize(self._label_px())
            p.save()
            p.setFont(small)
            for m in range(1, 13):
                r = self._rect(date(self.current.year, m, 1))
                p.drawText(QRectF(r.left(), 0, 4 * self._cell(), self._label_px() + 4), Qt.AlignmentFlag.AlignLeft,
                           month_name(m, short=True))
            for i, name in ((0, day_name(0)), (2, day_name(2)), (4, day_name(4))):
                r = self._rect(self._first_shown() + timedelta(days=i))
                p.drawText(QRectF(0, r.top() - 2, 34, r.height() + 4), Qt.AlignmentFlag.AlignVCenter, name)
            p.restore()
        else:
            for i in range(7):
                r = self._rect(self._first_shown() + timedelta(days=i))
                p.drawText(QRectF(r.left(), 2, r.width(), 18), Qt.AlignmentFlag.AlignHCenter, day_name(i))
        p.setPen(Qt.PenStyle.NoPen)
        for day in days:
            mood = self.moods.get(day)
            noted = bool(mood and mood.count)
            colour = mood_colour(mood.pleasantness) if mood and noted else empty
            r = self._rect(day)
            p.setBrush(colour)
            p.setPen(Qt.PenStyle.NoPen if noted else QPen(QColor(c.border), 1))
            p.drawRoundedRect(r, 2, 2)
            p.setPen(Qt.PenStyle.NoPen)
            if self.mode == "month":
                p.setPen(QColor(style.ink_on(colour.name())))  # the day number on its data colour
                p.drawText(r.adjusted(3, 2, -3, -2), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                           str(day.day))
                p.setPen(Qt.PenStyle.NoPen)
        r = self._rect(self.current) if self.current in days else None
        if r is not None:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(QColor(c.text), 2 if self.hasFocus() else 1))
            p.drawRoundedRect(r.adjusted(-1, -1, 1, 1), 3, 3)
