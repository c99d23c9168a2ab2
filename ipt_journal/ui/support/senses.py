"""A five-senses walk-through: one gentle step per screen, bringing attention back to the room. Stores nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ipt_journal.ui.widgets import label


class FiveSenses(QWidget):
    done = Signal()  # the member finished or went back

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps = (
            (self.tr("Look around"), self.tr(
                "Name five things you can see. Take your time with each: its colour, its shape, where the light "
                "falls on it.")),
            (self.tr("Notice what you can touch"), self.tr(
                "Find four things you can feel: your feet on the floor, the chair under you, the fabric of your "
                "sleeve, the air on your skin.")),
            (self.tr("Listen"), self.tr(
                "Pick out three sounds, near or far: a fridge humming, traffic, your own breathing.")),
            (self.tr("Smell"), self.tr(
                "Notice two things you can smell. If nothing comes, stand near a window, a cup of tea or your "
                "own hands.")),
            (self.tr("Taste"), self.tr(
                "Notice one taste: a sip of water, the last thing you ate, or simply your mouth as it is now.")),
        )
        self.pages = QStackedWidget()
        for i, (title, text) in enumerate(self.steps, 1):
            page = QWidget()
            box = QVBoxLayout(page)
            box.addStretch(1)
            box.addWidget(label(self.tr("Step %1 of %2").replace("%1", str(i)).replace("%2", str(len(self.steps))),
                                "hint"))
            box.addWidget(label(title, "title"))
            box.addWidget(label(text, "prompt"))
            box.addStretch(2)
            self.pages.addWidget(page)
        end = QWidget()
        end_box = QVBoxLayout(end)
        end_box.addStretch(1)
        end_box.addWidget(label(self.tr("You are here, in this room"), "title"))
        end_box.addWidget(label(self.tr(
            "However you feel now is all right. You can go through the steps again, breathe slowly for a while, "
            "or reach out to someone from your plan."), "prompt"))
        end_box.addStretch(2)
        self.pages.addWidget(end)

        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setToolTip(self.tr("The step before (Alt+Left)"))
        self.back_button.setShortcut("Alt+Left")
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setObjectName("primary")
        self.next_button.setToolTip(self.tr("The next step (Alt+Right)"))
        self.next_button.setShortcut("Alt+Right")
        self.next_button.clicked.connect(self.next)
        leave = QPushButton(self.tr("Back to support"))
        leave.clicked.connect(self.leave)
        row = QHBoxLayout()
        row.addWidget(leave)
        row.addStretch(1)
        row.addWidget(self.back_button)
        row.addWidget(self.next_button)
        box = QVBoxLayout(self)
        box.addWidget(label(self.tr("Five senses"), "subtitle"))
        box.addWidget(self.pages, 1)
        box.addLayout(row)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.restart()

    @property
    def step(self) -> int:
        """0-4 for the senses, 5 for the closing words."""
        return self.pages.currentIndex()

    def restart(self) -> None:
        self.pages.setCurrentIndex(0)
        self._update_buttons()

    def next(self) -> None:
        if self.step >= len(self.steps):
            self.restart()
            return
        self.pages.setCurrentIndex(self.step + 1)
        self._update_buttons()

    def back(self) -> None:
        if self.step > 0:
            self.pages.setCurrentIndex(self.step - 1)
        self._update_buttons()

    def leave(self) -> None:
        self.restart()
        self.done.emit()

    def _update_buttons(self) -> None:
        self.back_button.setEnabled(self.step > 0)
        last = self.step >= len(self.steps)
        self.next_button.setText(self.tr("Once more") if last else self.tr("Next"))
        self.next_button.setDefault(True)
        self.next_button.setFocus()
