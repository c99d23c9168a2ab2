"""The circle tab: the drawing, the same people as a keyboard list with a ring selector, a date slider for how
the circle looked earlier, and "compare with the start" (first and latest places side by side)."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from ipt_journal.domain.people import RINGS, Person
from ipt_journal.ui.people import words
from ipt_journal.ui.insights.words import local_date
from ipt_journal.ui.people.circle import CircleView
from ipt_journal.ui.widgets import label
from ipt_journal.vault.people import PeopleRepository

PersonIdRole = Qt.ItemDataRole.UserRole + 1
RING_CHOICES: tuple[int | None, ...] = (None, *RINGS)
COMPARE_WITH_LIST = 1000  # width (px) from which the list stays beside two circles


class CircleTab(QWidget):
    placed = Signal(int)  # person id whose ring was changed here
    person_chosen = Signal(int)  # person id picked on the circle or in the list

    def __init__(self, repo: PeopleRepository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self._people: list[Person] = []
        self._start: datetime | None = None
        self.hint = label(self.tr("You are at the centre. Put each person on the ring that feels right today; "
                                   "moving someone later keeps where they were before."), "hint")
        self.view = CircleView()
        self.view.person_clicked.connect(self.select)
        self.start_view = CircleView(self.tr("At the start"))
        self.start_view.hide()
        circles = QHBoxLayout()
        circles.addWidget(self.start_view, 1)
        circles.addWidget(self.view, 1)

        self.list = QListWidget()
        self.list.setObjectName("circle_people")
        self.list.setAccessibleName(self.tr("People and their rings"))
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.ring = QComboBox()
        self.ring.setAccessibleName(self.tr("Ring for the selected person"))
        for choice in RING_CHOICES:
            self.ring.addItem(words.shown(words.RINGS)[choice], choice)
        self.ring.activated.connect(self._ring_chosen)
        self.ring.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # every ring's words whole
        ring_label = QLabel(self.tr("&Ring:"))
        ring_label.setBuddy(self.ring)
        side = QVBoxLayout()
        side.addWidget(label(self.tr("Who is where"), "subtitle"))
        side.addWidget(self.list, 1)
        side.addWidget(ring_label)
        side.addWidget(self.ring)
        keys = self.tr("Alt+1 to Alt+4 put the selected person on a ring, Alt+0 takes them off.")
        self.ring.setToolTip(keys)
        self.list.setAccessibleDescription(keys)
        self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)

        self.when = QSlider(Qt.Orientation.Horizontal)
        self.when.setAccessibleName(self.tr("Show the circle on an earlier day"))
        self.when.setPageStep(7)
        self.when.valueChanged.connect(lambda _v: self._show())
        self.when_label = label("", "hint", wrap=False)
        self.compare = QCheckBox(self.tr("&Compare with the start"))
        self.compare.setAccessibleName(self.tr("Compare with the start"))
        self.compare.toggled.connect(lambda _on: self._show())
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Day:")))
        bottom.addWidget(self.when, 1)
        bottom.addWidget(self.when_label)
        bottom.addWidget(self.compare)
        self.look_back = QPushButton(self.tr("&Look back…"))
        self.look_back.setAccessibleName(self.tr("Save a look back at how your circle changed"))
        self.look_back.setToolTip(self.tr("The circle then and now, what you worked on, goals reached, and what you "
                                          "wrote about each person, as Markdown or PDF"))
        self.look_back_names = QCheckBox(self.tr("Replace names"))
        self.look_back_names.setChecked(True)
        self.look_back_names.setToolTip(self.tr("Group members and people you marked become Member A, Member B…"))
        self.look_back.clicked.connect(self._save_look_back)
        side.addStretch(0)
        side.addWidget(self.look_back)
        side.addWidget(self.look_back_names)

        self.side = QWidget()
        self.side.setLayout(side)
        side.setContentsMargins(0, 0, 0, 0)
        self.side.ensurePolished()  # sizes from the style sheet's font
        # no wider than it needs, so the circle keeps the room; as wide as the longest ring's words
        self.side.setMaximumWidth(max(260, self.side.minimumSizeHint().width()))
        self.moved = label("", "hint")
        self.moved.hide()
        left = QVBoxLayout()
        left.addLayout(circles, 1)
        left.addWidget(self.moved)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(self.side, 1)
        box = QVBoxLayout(self)
        box.addWidget(self.hint)
        box.addLayout(body, 1)
        box.addLayout(bottom)
        for n, choice in enumerate(RING_CHOICES):
            QShortcut(QKeySequence(f"Alt+{n}"), self, activated=lambda c=choice: self.place_selected(c),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- data ------------------------------------------------------------------------

    def refresh(self, people: list[Person], selected: int | None = None) -> None:
        self._people = people
        self._start = self.repo.first_placement_at()
        today = datetime.now().astimezone().date()
        days = (today - self._start.astimezone().date()).days if self._start else 0
        self.when.blockSignals(True)
        self.when.setRange(0, max(days, 0))
        self.when.setValue(self.when.maximum())
        self.when.setEnabled(days > 0)
        self.when.blockSignals(False)
        self._show(selected if selected is not None else self.selected_id())

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if self.compare.isChecked():
            self.side.setVisible(self.width() >= COMPARE_WITH_LIST)

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(PersonIdRole)) if item is not None else None

    def shown_day(self) -> datetime | None:
        """The end of the day the slider shows, or None for today."""
        if self._start is None or self.when.value() >= self.when.maximum():
            return None
        day = self._start.astimezone().date() + timedelta(days=self.when.value())
        return datetime.combine(day, time(23, 59, 59)).astimezone()

    def _show(self, selected: int | None = None) -> None:
        selected = selected if selected is not None else self.selected_id()
        day = self.shown_day()
        names = {int(p.id): p.name for p in self._people}  # type: ignore[arg-type]
        if day is None:
            rings = self.repo.circle_at()
            self.when_label.setText(self.tr("Today"))
        else:
            rings = self.repo.circle_at(day)
            # people archived since are part of that day's circle
            names.update({int(p.id): p.name for p in self.repo.list(archived=True)})  # type: ignore[arg-type]
            self.when_label.setText(local_date(day, "dd MMM yyyy"))
        comparing = self.compare.isChecked()
        if comparing:
            both = self.repo.first_and_latest()
            self.start_view.set_circle(names, {pid: r[0] for pid, r in both.items() if r[0]}, selected)
            self.view.caption = self.tr("Now") if day is None else self.when_label.text()
        else:
            self.view.caption = ""
        self.start_view.setVisible(comparing)
        # two circles need the room: on a narrow window the list steps aside while comparing
        self.side.setVisible(not comparing or self.width() >= COMPARE_WITH_LIST)
        self.moved.setVisible(comparing)
        if comparing:
            closer = sum(1 for a, b in both.values() if a and b and b < a)
            further = sum(1 for a, b in both.values() if a and b and b > a)
            same = sum(1 for a, b in both.values() if a and a == b)
            self.moved.setText(self.tr("Since the start: %1 closer, %2 further away, %3 on the same ring.")
                               .replace("%1", str(closer)).replace("%2", str(further)).replace("%3", str(same)))
        self.view.setAccessibleName(self.tr("Closeness circle"))
        self.view.set_circle(names, rings, selected)
        editable = day is None
        self.ring.setEnabled(editable)
        self.hint.setText(self.tr("You are at the centre. Put each person on the ring that feels right today; "
                                   "moving someone later keeps where they were before.") if editable else
                          self.tr("This is how your circle looked on %1. Move the slider to the end to change it.")
                          .replace("%1", self.when_label.text()))
        self._fill_list(rings, selected, both if comparing else None)

    def _fill_list(self, rings: dict[int, int], selected: int | None,
                   both: dict[int, tuple[int | None, int | None]] | None = None) -> None:
        ring_words = words.shown(words.RINGS)
        self.list.blockSignals(True)
        self.list.clear()
        for person in self._people:
            pid = int(person.id)  # type: ignore[arg-type]
            ring = rings.get(pid)
            short = self.tr("%1 (ring %2)").replace("%2", str(ring)) if ring else self.tr("%1 (not on the circle)")
            if both is not None and pid in both:
                first = both[pid][0]
                short = (self.tr("%1: %2, as at the start").replace("%2", str(ring)) if first == ring else
                         self.tr("%1: %3 → %2").replace("%2", str(ring or "–")).replace("%3", str(first or "–")))
            item = QListWidgetItem(short.replace("%1", person.name))
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         self.tr("%1, %2").replace("%1", person.name).replace("%2", ring_words[ring]))
            item.setData(PersonIdRole, pid)
            self.list.addItem(item)
            if pid == selected:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._sync_ring(rings)

    def _sync_ring(self, rings: dict[int, int] | None = None) -> None:
        pid = self.selected_id()
        rings = rings if rings is not None else self.repo.circle_at(self.shown_day())
        self.ring.setCurrentIndex(RING_CHOICES.index(rings.get(pid)) if pid is not None else 0)

    # -- actions ---------------------------------------------------------------------

    def select(self, person_id: int) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(PersonIdRole) == person_id:
                self.list.setCurrentRow(i)
                return

    def _current_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        pid = int(current.data(PersonIdRole))
        self.view.set_selected(pid)
        self.start_view.set_selected(pid)
        self._sync_ring()
        self.person_chosen.emit(pid)

    def _ring_chosen(self, index: int) -> None:
        self.place_selected(RING_CHOICES[index])

    def _save_look_back(self) -> None:
        from ipt_journal.ui.people.look_back import save_look_back  # QtPdf-free until wanted

        save_look_back(self, self.repo.vault, replace_names=self.look_back_names.isChecked())

    def place_selected(self, ring: int | None) -> None:
        pid = self.selected_id()
        if pid is None or self.shown_day() is not None:
            return
        if self.repo.circle_at().get(pid) == ring:
            return
        self.repo.place(pid, ring)
        self.refresh(self._people, pid)
        self.placed.emit(pid)
