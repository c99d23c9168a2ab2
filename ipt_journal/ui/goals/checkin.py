"""Checking in on a goal: the direction and 0-10 mark, the note, the chart and the history."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from ipt_journal.domain.goals import CheckIn, InvalidGoal, progress_series
from ipt_journal.ui.goals.chart import ProgressChart
from ipt_journal.ui.goals.common import _button
from ipt_journal.ui.goals.words import describe, long_date
from ipt_journal.ui.widgets import hbox, label


class CheckInPart:
    """The check-in card, chart and history of GoalPage."""

    def _build_checkin(self) -> None:
        self.direction_group = QButtonGroup(self)
        self.direction_group.setExclusive(False)  # so a second press can clear the mark
        self.direction_buttons: dict[int, QPushButton] = {}
        dir_row = QHBoxLayout()
        for value, text, full in ((-1, QCoreApplication.translate("CheckInPart", "Away"), QCoreApplication.translate("CheckInPart", "Moving away")),
                                  (0, QCoreApplication.translate("CheckInPart", "Same"), QCoreApplication.translate("CheckInPart", "About the same")),
                                  (1, QCoreApplication.translate("CheckInPart", "Toward"), QCoreApplication.translate("CheckInPart", "Moving toward"))):
            arrow = {-1: "\u2198", 0: "\u2192", 1: "\u2197"}[value]
            b = QPushButton(f"{arrow} {text}")
            b.setCheckable(True)
            b.setAccessibleName(text)
            b.setAccessibleDescription(full)
            b.setToolTip(full)
            self.direction_group.addButton(b, value + 1)
            self.direction_buttons[value] = b
            dir_row.addWidget(b)
        self.direction_group.buttonToggled.connect(self._direction_toggled)
        self.score = QComboBox()
        self.score.addItem(QCoreApplication.translate("CheckInPart", "No number"), None)
        for n in range(11):
            self.score.addItem(QCoreApplication.translate("CheckInPart", "%1 of 10").replace("%1", str(n)), n)
        self.score.setAccessibleName(QCoreApplication.translate("CheckInPart", "Check-in number, 0 to 10 (optional)"))
        self.score.setToolTip(QCoreApplication.translate("CheckInPart", "0: not happening at all · 10: happening as much as you want"))
        dir_row.addStretch(1)
        self.note = QLineEdit()
        self.note.setAccessibleName(QCoreApplication.translate("CheckInPart", "Check-in note"))
        self.note.setAccessibleDescription(QCoreApplication.translate("CheckInPart", "A few words about this week (optional)"))
        self.note.setPlaceholderText(QCoreApplication.translate("CheckInPart", "A few words about this week (optional)"))
        self.note.returnPressed.connect(self.save_checkin)
        self.checkin_button = _button(QCoreApplication.translate("CheckInPart", "Save check-in"), QCoreApplication.translate("CheckInPart", "Save this check-in"), self.save_checkin, primary=True,
                                      shortcut="Ctrl+Return")
        note_row = hbox(self.score, None, self.checkin_button)
        checkin_card = QFrame()
        checkin_card.setObjectName("card")
        cbox = QVBoxLayout(checkin_card)
        cbox.addWidget(label(QCoreApplication.translate("CheckInPart", "How is it going?"), "subtitle"))
        cbox.addLayout(dir_row)
        cbox.addWidget(self.note)
        cbox.addLayout(note_row)
        self.checkin_card = checkin_card

        self.chart = ProgressChart()
        self.chart_hint = label("", "hint")
        self.history = QListWidget()
        self.history.setAccessibleName(QCoreApplication.translate("CheckInPart", "Check-in history, newest first"))
        self.history.setMaximumHeight(130)
        self.history.setWordWrap(True)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _show_checkins(self) -> None:
        assert self.goal is not None
        checkins = self.repo.checkins(self.goal.id) if self.goal.id is not None else []
        self.chart.set_checkins(checkins)
        has_points = bool(progress_series(checkins))
        self.chart.setVisible(has_points)
        self.chart_hint.setText(
            QCoreApplication.translate("CheckInPart", "0 means it is not happening yet, 10 that it happens as much as you want; "
                "\u201cmoving toward\u201d lifts the line a step, \u201cmoving away\u201d lowers it.")
            if has_points else
            QCoreApplication.translate("CheckInPart", "No check-ins yet. Whenever you like, mark how it is moving; the chart grows from there.")
        )
        self.history.clear()
        for c in reversed(checkins):
            text = f"{long_date(c.at.date())} · {describe(c)}" + (f" \u2014 {c.note}" if c.note else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.history.addItem(item)
        self.history.setVisible(bool(checkins))
        if self.goal.id is None:
            self.chart_hint.setText(QCoreApplication.translate("CheckInPart", "Give your goal a title; it is kept as you type."))

    def show_checkin(self, checkin_id: int) -> bool:
        """Choose one check-in in the history (search opens it here) and bring it into view."""
        for row in range(self.history.count()):
            if self.history.item(row).data(Qt.ItemDataRole.UserRole) == checkin_id:
                self.history.setCurrentRow(row)
                self.scroll.ensureWidgetVisible(self.history)
                return True
        return False

    def focus_checkin(self) -> None:
        self.direction_buttons[1].setFocus()

    def _direction_toggled(self, button, checked: bool) -> None:  # type: ignore[no-untyped-def]
        if checked:  # one mark at a time; pressing it again clears it
            for other in self.direction_group.buttons():
                if other is not button and other.isChecked():
                    other.setChecked(False)

    def _clear_checkin_form(self) -> None:
        for b in self.direction_group.buttons():
            b.setChecked(False)
        self.score.setCurrentIndex(0)
        self.note.clear()

    def checkin_direction(self) -> int | None:
        for value, b in self.direction_buttons.items():
            if b.isChecked():
                return value
        return None

    def save_checkin(self) -> None:
        self.save_now()
        if self.goal is None or self.goal.id is None:
            return
        score = self.score.currentData()
        try:
            self.repo.add_checkin(CheckIn(self.goal.id, datetime.now().astimezone(), self.checkin_direction(), score,
                                          self.note.text()))
        except InvalidGoal:
            self.saved_label.setText(QCoreApplication.translate("CheckInPart", "Choose a mark or write a note first"))
            self.focus_checkin()
            return
        self._clear_checkin_form()
        self._show_checkins()
        self.saved_label.setText(QCoreApplication.translate("CheckInPart", "Check-in saved"))
        self.status_changed.emit(self.goal.id)
