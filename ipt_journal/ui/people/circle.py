"""The closeness circle drawn with QPainter: you at the centre, four rings from closest to distant."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ipt_journal.domain.people import RINGS
from ipt_journal.ui.people import words

BAND_FILLS = ("#dfeaee", "#e8eff1", "#f0f4f5", "#f6f8f8")
LINE = QColor("#b8c7cd")
DOT = QColor("#4f7a8a")
DOT_SELECTED = QColor("#2f5563")
TEXT = QColor("#2f3b45")
LABEL_CHARS = 14


class CircleView(QWidget):
    person_clicked = Signal(int)  # the person id whose dot was clicked

    def __init__(self, caption: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = caption
        self.setMinimumSize(220, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(caption or words.tr("Closeness circle"))
        self._names: dict[int, str] = {}
        self._rings: dict[int, int] = {}
        self._selected: int | None = None
        self._spots: dict[int, QPointF] = {}

    def sizeHint(self) -> QSize:
        return QSize(460, 420)

    def set_circle(self, names: dict[int, str], rings: dict[int, int], selected: int | None = None) -> None:
        """names: person id -> display name; rings: person id -> ring (people not in it are not drawn)."""
        self._names = dict(names)
        self._rings = {pid: ring for pid, ring in rings.items() if ring in RINGS and pid in names}
        self._selected = selected
        self._describe()
        self.update()

    def set_selected(self, person_id: int | None) -> None:
        self._selected = person_id
        self.update()

    def _describe(self) -> None:
        """What a screen reader says: who is on which ring."""
        ring_words = words.rings()
        parts = [words.tr("You are at the centre.")]
        for ring in RINGS:
            who = sorted(self._names[p] for p, r in self._rings.items() if r == ring)
            if who:
                parts.append(words.tr("%1: %2.").replace("%1", ring_words[ring]).replace("%2", ", ".join(who)))
        if not self._rings:
            parts.append(words.tr("No one is on the circle yet."))
        self.setAccessibleDescription(" ".join(parts))

    # -- geometry --------------------------------------------------------------------

    def _geometry(self) -> tuple[QPointF, float, float]:
        """Centre, the radius of the member's own disc, and the width of one ring."""
        top = self._caption_height()
        area = QRectF(self.rect()).adjusted(8, 8 + top, -8, -8)
        radius = max(min(area.width(), area.height()) / 2, 40.0)
        inner = radius * 0.14
        return area.center(), inner, (radius - inner) / len(RINGS)

    def _caption_height(self) -> float:
        return QFontMetricsF(self._caption_font()).height() + 4 if self.caption else 0.0

    def _caption_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _layout(self) -> dict[int, QPointF]:
        centre, inner, band = self._geometry()
        spots: dict[int, QPointF] = {}
        for ring in RINGS:
            who = sorted((p for p, r in self._rings.items() if r == ring), key=lambda p: (self._names[p].casefold(), p))
            if not who:
                continue
            mid = inner + band * (ring - 0.5)
            # each ring starts at its own angle, so dots of neighbouring rings do not line up
            offset = -math.pi / 2 + ring * 0.45
            for i, pid in enumerate(who):
                angle = offset + 2 * math.pi * i / len(who)
                # crowded rings alternate in and out a little, so neighbouring labels do not overlap
                r = mid + (band * 0.22 * (1 if i % 2 else -1) if len(who) > 6 else 0.0)
                spots[pid] = QPointF(centre.x() + r * math.cos(angle), centre.y() + r * math.sin(angle))
        return spots

    # -- painting ------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: ARG002 - we repaint everything
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre, inner, band = self._geometry()
        if self.caption:
            p.setFont(self._caption_font())
            p.setPen(TEXT)
            p.drawText(QRectF(0, 4, self.width(), self._caption_height()), Qt.AlignmentFlag.AlignHCenter, self.caption)
        p.setFont(self.font())
        for ring in reversed(RINGS):
            r = inner + band * ring
            p.setPen(QPen(LINE, 1))
            p.setBrush(QColor(BAND_FILLS[ring - 1]))
            p.drawEllipse(centre, r, r)
        p.setBrush(QColor("#ffffff"))
        p.setPen(QPen(DOT, 1.5))
        p.drawEllipse(centre, inner, inner)
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.85, 7.0))
        p.setFont(small)
        metrics = QFontMetricsF(small)
        p.setPen(TEXT)
        you = words.tr("You")
        p.drawText(QRectF(centre.x() - inner, centre.y() - inner, 2 * inner, 2 * inner), Qt.AlignmentFlag.AlignCenter,
                   you)
        self._spots = self._layout()
        dot = max(min(band * 0.16, 7.0), 3.5)
        taken = [QRectF(centre.x() - inner, centre.y() - inner, 2 * inner, 2 * inner)]
        taken += [QRectF(s.x() - dot, s.y() - dot, 2 * dot, 2 * dot) for s in self._spots.values()]
        chars = LABEL_CHARS if len(self._spots) <= 25 else LABEL_CHARS - 3
        for pid, spot in self._spots.items():
            selected = pid == self._selected
            p.setPen(QPen(QColor("#ffffff"), 1.5))
            p.setBrush(DOT_SELECTED if selected else DOT)
            p.drawEllipse(spot, dot + (2 if selected else 0), dot + (2 if selected else 0))
            name = metrics.elidedText(self._names[pid], Qt.TextElideMode.ElideRight, metrics.averageCharWidth() * chars)
            width, height = metrics.horizontalAdvance(name) + 8, metrics.height() + 2
            box = self._label_box(centre, spot, dot, width, height, taken)
            taken.append(box)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(255, 255, 255, 215))
            p.drawRoundedRect(box, 4, 4)
            p.setPen(DOT_SELECTED if selected else TEXT)
            f = QFont(small)
            f.setBold(selected)
            p.setFont(f)
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, name)
            p.setFont(small)
        if not self._spots:
            p.setPen(TEXT)
            p.drawText(QRectF(0, centre.y() + inner + 6, self.width(), metrics.height() * 2),
                       Qt.AlignmentFlag.AlignHCenter, words.tr("No one is on this circle yet."))
        p.end()

    @staticmethod
    def _label_box(centre: QPointF, spot: QPointF, dot: float, width: float, height: float,
                   taken: list[QRectF]) -> QRectF:
        """The name goes on the side of the dot away from the centre, or the first side where it covers no
        other name or dot (on a crowded ring), so names stay readable."""
        dx, dy = spot.x() - centre.x(), spot.y() - centre.y()
        below = QRectF(spot.x() - width / 2, spot.y() + dot + 1, width, height)
        above = QRectF(spot.x() - width / 2, spot.y() - dot - 1 - height, width, height)
        right = QRectF(spot.x() + dot + 2, spot.y() - height / 2, width, height)
        left = QRectF(spot.x() - dot - 2 - width, spot.y() - height / 2, width, height)
        if abs(dy) >= abs(dx) * 0.6:
            order = [below, right, left, above] if dy >= 0 else [above, right, left, below]
        else:
            order = [right, below, above, left] if dx >= 0 else [left, below, above, right]
        for box in order:
            if not any(box.intersects(t) for t in taken):
                return box
        return order[0]

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        best, best_d = None, 18.0
        for pid, spot in self._spots.items():
            d = math.hypot(spot.x() - pos.x(), spot.y() - pos.y())
            if d < best_d:
                best, best_d = pid, d
        if best is not None:
            self.person_clicked.emit(best)
        super().mousePressEvent(event)
