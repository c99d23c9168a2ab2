"""A breathing pacer: a soft shape that grows while you breathe in and shrinks while you breathe out.

Stores nothing. Time comes from an injectable clock, so tests move time instead of waiting.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ipt_journal.ui import style
from ipt_journal.ui.motion import desktop_reduces_motion
from ipt_journal.ui.widgets import label

DEFAULT_IN = 4
DEFAULT_OUT = 6
FRAME_MS = 40  # smooth enough for a slow shape, light on the processor
STILL_PREF = "support/breathing_still"  # QSettings: the member's own choice of the still variant (a preference)


def _prefs() -> QSettings:
    return QSettings("ipt-journal", "ipt-journal")


def remembered_still() -> bool:
    return str(_prefs().value(STILL_PREF, "false")).lower() in ("true", "1")


@dataclass(frozen=True)
class BreathState:
    inhaling: bool
    count: int  # the second of this half of the breath, from 1
    fraction: float  # how far the shape is between small (0) and full (1)


def breath_at(elapsed: float, seconds_in: int, seconds_out: int) -> BreathState:
    """Where in the rhythm we are after elapsed seconds: breathing in first, then out, again and again."""
    cycle = seconds_in + seconds_out
    t = elapsed % cycle
    if t < seconds_in:
        progress = t / seconds_in
        return BreathState(True, int(t) + 1, _ease(progress))
    t -= seconds_in
    return BreathState(False, int(t) + 1, 1.0 - _ease(t / seconds_out))


def _ease(p: float) -> float:
    return 0.5 - 0.5 * math.cos(math.pi * max(0.0, min(1.0, p)))


class BreathShape(QWidget):
    """The circle itself; in the still variant it keeps its size and only its shade changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fraction = 0.0
        self.still = False
        self.setMinimumSize(140, 140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Breathing shape"))

    def paintEvent(self, _event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt name)
        side = min(self.width(), self.height()) - 8
        colours = style.current()
        shade = QColor(colours.accent)  # the scheme's calm accent, seen through
        if self.still:
            radius = side * 0.42
            shade.setAlpha(int(70 + 120 * self.fraction))
        else:
            radius = side * (0.2 + 0.28 * self.fraction)
            shade.setAlpha(150)
        edge = QColor(colours.accent)
        edge.setAlpha(90)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(edge)
        painter.setBrush(QColor(colours.panel))
        c = self.rect().center()
        outer = side * 0.48
        painter.drawEllipse(QRectF(c.x() - outer, c.y() - outer, 2 * outer, 2 * outer))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(shade)
        painter.drawEllipse(QRectF(c.x() - radius, c.y() - radius, 2 * radius, 2 * radius))
        painter.end()


class BreathingPacer(QWidget):
    done = Signal()  # the member chose to go back

    def __init__(self, clock: Callable[[], float] = time.monotonic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self._started_at: float | None = None
        self._paused_for = 0.0  # elapsed seconds kept over a pause
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self.tick)

        self.shape = BreathShape()
        self.cue = QLabel(self.tr("Press Start when you are ready."))
        self.cue.setObjectName("prompt")
        self.cue.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cue.setWordWrap(True)
        self.cue.setAccessibleDescription(self.tr("Breathing cue"))
        self.seconds_in = QSpinBox()
        self.seconds_out = QSpinBox()
        for box, value, name in (
            (self.seconds_in, DEFAULT_IN, self.tr("Seconds breathing in")),
            (self.seconds_out, DEFAULT_OUT, self.tr("Seconds breathing out")),
        ):
            box.setRange(2, 12)
            box.setValue(value)
            box.setSuffix(self.tr(" s"))
            box.setAccessibleName(name)
            box.valueChanged.connect(self._rhythm_changed)
        self.still = QCheckBox(self.tr("Keep the shape still (less movement)"))
        self.desktop_still = desktop_reduces_motion() is True
        self.still.setChecked(self.desktop_still or remembered_still())
        self.shape.still = self.still.isChecked()
        if self.desktop_still:
            self.still.setToolTip(self.tr("Your computer asks for less movement, so the shape starts still"))
        self.still.toggled.connect(self._still_changed)
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setObjectName("primary")
        self.start_button.setToolTip(self.tr("Start or pause the pacer"))
        self.start_button.clicked.connect(self.toggle)
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(self.stop_and_leave)

        form = QFormLayout()
        form.addRow(self.tr("Breathe in for"), self.seconds_in)
        form.addRow(self.tr("Breathe out for"), self.seconds_out)
        controls = QHBoxLayout()
        controls.addLayout(form)
        controls.addStretch(1)
        controls.addWidget(self.start_button)
        controls.addWidget(back)
        box = QVBoxLayout(self)
        box.addWidget(label(self.tr("Breathe slowly"), "title"))
        box.addWidget(label(self.tr(
            "Follow the circle: in through your nose while it grows, out slowly while it shrinks. "
            "A longer breath out tends to settle the body. Stop whenever you like."), "hint"))
        box.addWidget(self.shape, 1)
        box.addWidget(self.cue)
        box.addWidget(self.still)
        box.addLayout(controls)

    @property
    def running(self) -> bool:
        return self._started_at is not None

    def elapsed(self) -> float:
        if self._started_at is None:
            return self._paused_for
        return self._paused_for + max(0.0, self.clock() - self._started_at)

    def start(self) -> None:
        if self._started_at is None:
            self._started_at = self.clock()
            self.timer.start()
            self.start_button.setText(self.tr("Pause"))
            self.tick()

    def pause(self) -> None:
        if self._started_at is not None:
            self._paused_for = self.elapsed()
            self._started_at = None
            self.timer.stop()
            self.start_button.setText(self.tr("Go on"))
            self.cue.setText(self.tr("Paused. Go on whenever you like."))

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def reset(self) -> None:
        self.timer.stop()
        self._started_at = None
        self._paused_for = 0.0
        self.shape.fraction = 0.0
        self.shape.update()
        self.start_button.setText(self.tr("Start"))
        self.cue.setText(self.tr("Press Start when you are ready."))

    def stop_and_leave(self) -> None:
        self.reset()
        self.done.emit()

    def state(self) -> BreathState:
        return breath_at(self.elapsed(), self.seconds_in.value(), self.seconds_out.value())

    def tick(self) -> None:
        if not self.running:
            return
        s = self.state()
        self.shape.fraction = s.fraction
        self.shape.update()
        text = self.tr("Breathe in… %1") if s.inhaling else self.tr("Breathe out… %1")
        self.cue.setText(text.replace("%1", str(s.count)))

    def _rhythm_changed(self) -> None:
        # A new rhythm starts from the beginning of a breath in, so the shape never jumps mid-breath.
        was_running = self.running
        self._paused_for = 0.0
        self._started_at = self.clock() if was_running else None
        self.tick()

    def _still_changed(self, on: bool) -> None:
        self.shape.still = on
        self.shape.update()
        _prefs().setValue(STILL_PREF, "true" if on else "false")  # the next pacer starts the same way

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt name)
        self.timer.stop()  # no timer runs for a pacer nobody sees
        if self._started_at is not None:
            self._paused_for = self.elapsed()
            self._started_at = None
            self.start_button.setText(self.tr("Go on"))
        super().hideEvent(event)
