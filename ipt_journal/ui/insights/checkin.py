"""The quick check-in: a spot on the pleasant/energy grid (mouse or keyboard), feeling words with how strong, a person, a note."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QDialog,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QSlider,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipt_journal.domain import feelings as fd
from ipt_journal.ui.insights.words import mood_colour, word_label
from ipt_journal.ui import style
from ipt_journal.ui.widgets import label

STEPS = fd.GRID_MAX - fd.GRID_MIN  # 10 steps across each axis


class MoodGrid(QWidget):
    """Left to right: unpleasant to pleasant; bottom to top: low to high energy.
    Arrows move the spot (placing it in the middle first), Delete clears it."""

    placed = Signal()  # the spot moved or was cleared

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spot: tuple[int, int] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(220, 220)
        self.setAccessibleName(self.tr("Where you are: unpleasant to pleasant, low to high energy"))
        self._describe()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(260, 260)

    def set_spot(self, spot: tuple[int, int] | None) -> None:
        self.spot = None if spot is None else (fd.clamp(spot[0]), fd.clamp(spot[1]))
        self._describe()
        self.update()
        self.placed.emit()

    def _describe(self) -> None:
        if self.spot is None:
            text = self.tr("No spot chosen. Use the arrow keys or click to place one.")
        else:
            text = self.tr("Pleasant %1 of 5, energy %2 of 5 (negative is unpleasant or low)").replace(
                "%1", str(self.spot[0])).replace("%2", str(self.spot[1]))
        self.setAccessibleDescription(text)
        self.setToolTip(text)

    def _square(self) -> QRectF:
        side = min(self.width(), self.height()) - 2 * (self.fontMetrics().height() + 10)
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        sq = self._square()
        pos = event.position()
        x = round((pos.x() - sq.left()) / sq.width() * STEPS) + fd.GRID_MIN
        y = fd.GRID_MAX - round((pos.y() - sq.top()) / sq.height() * STEPS)
        self.setFocus()
        self.set_spot((x, y))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        moves = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, 1), Qt.Key.Key_Down: (0, -1)}
        key = event.key()
        if key in moves:
            dx, dy = moves[Qt.Key(key)]
            x, y = self.spot if self.spot else (0, 0)
            self.set_spot((x + dx, y + dy) if self.spot else (0, 0))
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_spot(None)
        elif key == Qt.Key.Key_Space and self.spot is None:
            self.set_spot((0, 0))
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        sq = self._square()
        cols = 5
        w = sq.width() / cols
        for i in range(cols):  # the pleasantness ramp behind, lightly
            c = mood_colour(-5 + 10 * (i + 0.5) / cols)
            c.setAlpha(90)
            p.fillRect(QRectF(sq.left() + i * w, sq.top(), w + 1, sq.height()), c)
        c = style.current()
        p.setPen(QPen(QColor(c.border), 1))
        p.drawRect(sq)
        p.drawLine(QPointF(sq.center().x(), sq.top()), QPointF(sq.center().x(), sq.bottom()))
        p.drawLine(QPointF(sq.left(), sq.center().y()), QPointF(sq.right(), sq.center().y()))
        p.setPen(QColor(c.soft))
        fm = p.fontMetrics()
        lh = fm.height() + 2
        p.drawText(QRectF(0, sq.top() - lh - 4, self.width(), lh), Qt.AlignmentFlag.AlignHCenter, self.tr("high energy"))
        p.drawText(QRectF(0, sq.bottom() + 4, self.width(), lh), Qt.AlignmentFlag.AlignHCenter, self.tr("low energy"))
        p.save()
        p.translate(sq.left() - fm.height() / 2 - 6, self.height() / 2)
        p.rotate(-90)
        p.drawText(QRectF(-sq.height() / 2, -fm.height() / 2 - 2, sq.height(), fm.height() + 4),
                   Qt.AlignmentFlag.AlignCenter, self.tr("unpleasant"))
        p.restore()
        p.save()
        p.translate(sq.right() + fm.height() / 2 + 6, self.height() / 2)
        p.rotate(90)
        p.drawText(QRectF(-sq.height() / 2, -fm.height() / 2 - 2, sq.height(), fm.height() + 4),
                   Qt.AlignmentFlag.AlignCenter, self.tr("pleasant"))
        p.restore()
        if self.spot is not None:
            cx = sq.left() + (self.spot[0] - fd.GRID_MIN) / STEPS * sq.width()
            cy = sq.top() + (fd.GRID_MAX - self.spot[1]) / STEPS * sq.height()
            p.setPen(QPen(QColor(c.text), 2))
            p.setBrush(QColor(c.base))
            p.drawEllipse(QPointF(cx, cy), 9, 9)
        if self.hasFocus():
            p.setPen(QPen(QColor(c.accent), 2, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(sq.adjusted(-3, -3, 3, 3))


class CheckInDialog(QDialog):
    """A few seconds: place yourself, tick a word or two, OK. Nothing chosen: a kind word, nothing saved."""

    def __init__(self, parent: QWidget | None = None, *, people: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check in"))
        self.result_checkin: fd.CheckIn | None = None
        self.grid = MoodGrid()
        self.words = QTreeWidget()
        self.words.setHeaderLabels([self.tr("Feeling"), self.tr("How strong")])
        self.words.setAccessibleName(self.tr("Feeling words, in six families; Space ticks a word"))
        self.words.setMinimumWidth(240)
        self.words.header().setAccessibleName(self.tr("Column headings"))
        for fam in fd.FAMILIES:
            top = QTreeWidgetItem([word_label(fam.key)])
            top.setFlags(top.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            self.words.addTopLevelItem(top)
            for w in fam.words[1:]:
                child = QTreeWidgetItem([word_label(w), ""])
                child.setData(0, Qt.ItemDataRole.UserRole, w)
                child.setCheckState(0, Qt.CheckState.Unchecked)
                top.addChild(child)
            # the family word itself is a choice too, first under its heading
            own = QTreeWidgetItem([word_label(fam.key), ""])
            own.setData(0, Qt.ItemDataRole.UserRole, fam.key)
            own.setCheckState(0, Qt.CheckState.Unchecked)
            top.insertChild(0, own)
        self.words.expandAll()
        self.words.resizeColumnToContents(0)
        self.words.itemChanged.connect(self._word_changed)
        self.words.currentItemChanged.connect(lambda *_: self._sync_slider())
        self.intensity = QSlider(Qt.Orientation.Horizontal)
        self.intensity.setRange(0, 10)
        self.intensity.setValue(5)
        self.intensity.setAccessibleName(self.tr("How strong the chosen word is, 0 to 10"))
        self.intensity.valueChanged.connect(self._set_intensity)
        # The member's people (from People, then names used before) to pick from, or any name typed.
        self.person_choice = QComboBox()
        self.person_choice.setEditable(True)
        self.person_choice.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person_choice.addItem("")
        seen: set[str] = set()
        for name in people or []:
            if name.strip() and name.casefold() not in seen:
                seen.add(name.casefold())
                self.person_choice.addItem(name)
        self.person_choice.setCurrentIndex(0)
        self.person_choice.setAccessibleName(self.tr("Who it is about, optional"))
        self.person_choice.setAccessibleDescription(self.tr("Pick someone from your people or type a name"))
        self.person = self.person_choice.lineEdit()
        self.person.setPlaceholderText(self.tr("optional: someone from your people, or a name"))
        self.person.setAccessibleName(self.tr("Who it is about, optional"))
        self.person.setMaxLength(fd.MAX_PERSON)
        self.person_choice.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("optional: a line about it"))
        self.note.setAccessibleName(self.tr("A note, optional"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        self.message = label("", "hint")
        self.message.setAccessibleName(self.tr("Message"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(label(self.tr("Where are you right now?"), "subtitle"))
        left.addWidget(self.grid, 1)
        right = QVBoxLayout()
        right.addWidget(label(self.tr("Any words for it?"), "subtitle"))
        right.addWidget(self.words, 1)
        strength = QHBoxLayout()
        strength.addWidget(label(self.tr("How strong"), wrap=False))
        strength.addWidget(self.intensity, 1)
        right.addLayout(strength)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addLayout(right, 1)
        form = QFormLayout()
        form.addRow(self.tr("About someone"), self.person_choice)
        form.addRow(self.tr("Note"), self.note)
        box = QVBoxLayout(self)
        box.addLayout(top, 1)
        box.addLayout(form)
        box.addWidget(self.message)
        box.addWidget(buttons)
        self.grid.setFocus()
        self.resize(self.sizeHint().expandedTo(QSize(640, 520)))

    def _word_items(self) -> list[QTreeWidgetItem]:
        out = []
        for i in range(self.words.topLevelItemCount()):
            top = self.words.topLevelItem(i)
            out.extend(top.child(j) for j in range(top.childCount()))
        return out

    def _word_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column != 0 or item.data(0, Qt.ItemDataRole.UserRole) is None:
            return
        checked = item.checkState(0) == Qt.CheckState.Checked
        blocker = self.words.blockSignals(True)
        item.setText(1, str(self.intensity.value()) if checked and not item.text(1) else (item.text(1) if checked else ""))
        self.words.blockSignals(blocker)
        self.words.setCurrentItem(item)
        self._sync_slider()

    def _sync_slider(self) -> None:
        item = self.words.currentItem()
        if item is not None and item.text(1):
            blocker = self.intensity.blockSignals(True)
            self.intensity.setValue(int(item.text(1)))
            self.intensity.blockSignals(blocker)

    def _set_intensity(self, value: int) -> None:
        item = self.words.currentItem()
        if item is not None and item.checkState(0) == Qt.CheckState.Checked:
            blocker = self.words.blockSignals(True)
            item.setText(1, str(value))
            self.words.blockSignals(blocker)

    def choose_word(self, key: str, intensity: int | None = None) -> None:
        for item in self._word_items():
            if item.data(0, Qt.ItemDataRole.UserRole) == key:
                item.setCheckState(0, Qt.CheckState.Checked)
                if intensity is not None:
                    self.intensity.setValue(intensity)

    def chosen(self) -> tuple[fd.ChosenWord, ...]:
        return tuple(
            fd.ChosenWord(item.data(0, Qt.ItemDataRole.UserRole), int(item.text(1)) if item.text(1) else None)
            for item in self._word_items() if item.checkState(0) == Qt.CheckState.Checked
        )

    def build(self, now: datetime | None = None) -> fd.CheckIn:
        spot = self.grid.spot
        return fd.new_checkin(now or datetime.now().astimezone(), valence=spot[0] if spot else None,
                              energy=spot[1] if spot else None, words=self.chosen(),
                              person_name=self.person.text(), note=self.note.toPlainText())

    def problem_words(self, problem: str) -> str:
        """The domain's sentence in the member's language (the domain cannot use Qt's translation)."""
        if problem == fd.NOTHING_CHOSEN:
            return self.tr("There is nothing to save yet: pick a spot on the grid or a word first. "
                           "Anything you typed is still here.")
        if problem.startswith("The note is longer"):
            return self.tr("The note is longer than %1 characters; please shorten it. Nothing was lost.").replace(
                "%1", f"{fd.MAX_NOTE:,}")
        if problem.startswith("Please choose at most"):
            return self.tr("Please choose at most %1 words for one check-in.").replace("%1", str(fd.MAX_WORDS))
        if problem.startswith("That name is very long"):
            return self.tr("That name is very long; a first name or initials are plenty.")
        return self.tr("That spot or strength could not be read; please set it again. Anything you typed is still "
                       "here.")

    def save(self) -> None:
        """Validate here, so a check-in with nothing chosen keeps the dialog open with a kind word."""
        try:
            self.result_checkin = fd.validate(self.build())
        except fd.InvalidCheckIn as exc:
            self.message.setText(self.problem_words(str(exc)))
            return
        self.accept()
