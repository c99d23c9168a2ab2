"""The guided start: common reasons people join a group, offered as first goals."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from ipt_journal.domain.goals import JOIN_REASONS
from ipt_journal.ui.goals.common import _button
from ipt_journal.ui.goals.words import reason_label
from ipt_journal.ui.widgets import hbox, label, scroll_area


class GuidedStart(QWidget):
    finished = Signal(list)  # the keys of the reasons chosen (empty: not now)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        inner = QWidget()
        grid = QVBoxLayout(inner)
        grid.setSpacing(6)
        for r in JOIN_REASONS:
            box = QCheckBox(reason_label(r))
            box.setAccessibleName(box.text())
            box.toggled.connect(self._update)
            self.boxes[r.key] = box
            grid.addWidget(box)
        grid.addStretch(1)
        scroll = scroll_area(inner, horizontal=True)
        self.make = _button(self.tr("Make draft goals"), self.tr("Make draft goals from what you ticked"), self._make,
                            primary=True)
        self.skip = _button(self.tr("Not now"), self.tr("Close the starting points without making goals"),
                            lambda: self.finished.emit([]))
        row = hbox(self.make, self.skip, None)
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 16, 24, 16)
        box.setSpacing(10)
        box.addWidget(label(self.tr("Starting points"), "title"))
        box.addWidget(label(self.tr(
            "People come to a group for many reasons. Tick any that sound like you; each one becomes a draft "
            "goal that you can reword, change or delete."), "subtitle",
        ))
        box.addWidget(scroll, 1)
        box.addLayout(row)
        self._update()

    def reset(self) -> None:
        for b in self.boxes.values():
            b.setChecked(False)
        first = next(iter(self.boxes.values()))
        first.setFocus()

    def chosen(self) -> list[str]:
        return [key for key, b in self.boxes.items() if b.isChecked()]

    def _update(self) -> None:
        n = len(self.chosen())
        self.make.setEnabled(n > 0)
        text = (self.tr("Make 1 draft goal") if n == 1 else
                self.tr("Make %1 draft goals").replace("%1", str(n)) if n else self.tr("Make draft goals"))
        self.make.setText(text)
        self.make.setAccessibleName(text)

    def _make(self) -> None:
        self.finished.emit(self.chosen())
