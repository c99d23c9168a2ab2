"""The closeness circle drawn with QPainter: you at the centre, four rings from closest to distant."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ipt_journal.domain.people import RINGS
from ipt_journal.ui import style
from ipt_journal.ui.people import words

LABEL_CHARS = 14
TINTS = (0.22, 0.14, 0.08, 0.03)  # how much of the accent each ring takes, closest first
LABEL_ALPHA = 215  # the name boxes let a ring's edge show faintly through


@dataclass(frozen=True)
class CircleColours:
    """The circle's colours, derived from the scheme's table so the drawing is calm in light and in dark."""

    bands: tuple[str, ...]  # ring 1 (closest, most tinted) to ring 4
    line: str  # the rings' edges: >= 3:1 on every band
    centre: str  # the member's own disc, in the field colour
    dot: str
    dot_selected: str
    halo: str  # the thin edge that keeps a dot apart from its band
    label: str  # the name boxes, drawn at LABEL_ALPHA over the bands
    text: str
    text_selected: str


def circle_colours(c: style.Colors) -> CircleColours:
    chosen = style.mix(c.accent, c.text, 0.5)  # darker than the dots in light, lighter in dark
    return CircleColours(
        bands=tuple(style.mix(c.base, c.accent, t) for t in TINTS), line=style.mix(c.accent, c.border, 0.5),
        centre=c.base, dot=c.accent, dot_selected=chosen, halo=c.base, label=c.base, text=c.text, text_selected=chosen,
    )


class CircleView(QWidget):
    person_clicked = Signal(int)  # the person id whose dot was clicked

    def __init__(self, caption: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = caption
        self.setMinimumSize(220, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(caption or self.tr("Closeness circle"))
        self._names: dict[int, str] = {}
        self._rings: dict[int, int] = {}
        self._selected: int | None = None
        self._spots: dict[int, QPointF] = {}
        self._version = 0  # bumped when the people or their rings change, so the layout is worked out again
        self._cache: tuple[tuple, list[tuple[int, QPointF, QRectF | None, str]]] | None = None  # type: ignore[type-arg]

    def sizeHint(self) -> QSize:
        return QSize(460, 420)

    def set_circle(self, names: dict[int, str], rings: dict[int, int], selected: int | None = None) -> None:
        """names: person id -> display name; rings: person id -> ring (people not in it are not drawn)."""
        self._names = dict(names)
        self._rings = {pid: ring for pid, ring in rings.items() if ring in RINGS and pid in names}
        self._selected = selected
        self._version += 1
        self._describe()
        self.update()

    def set_selected(self, person_id: int | None) -> None:
        self._selected = person_id
        self.update()

    def _describe(self) -> None:
        """What a screen reader says: who is on which ring."""
        ring_words = words.shown(words.RINGS)
        parts = [self.tr("You are at the centre.")]
        for ring in RINGS:
            who = sorted(self._names[p] for p, r in self._rings.items() if r == ring)
            if who:
                parts.append(self.tr("%1: %2.").replace("%1", ring_words[ring]).replace("%2", ", ".join(who)))
        if not self._rings:
            parts.append(self.tr("No one is on the circle yet."))
        self.setAccessibleDescription(" ".join(parts))

    # -- geometry --------------------------------------------------------------------

    def _geometry(self) -> tuple[QPointF, float, float]:
        """Centre, the radius of the member's own disc, and the width of one ring."""
        top = self._caption_height()
        # room outside the last ring for the names of the people on it
        metrics = QFontMetricsF(self.font())
        side, below = metrics.averageCharWidth() * 5 + 8, metrics.height() + 8
        area = QRectF(self.rect()).adjusted(side, below + top, -side, -below)
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
            p.setPen(self.palette().color(QPalette.ColorRole.WindowText))  # outside the drawing: the style's text
            p.drawText(QRectF(0, 4, self.width(), self._caption_height()), Qt.AlignmentFlag.AlignHCenter, self.caption)
        p.setFont(self.font())
        colours = circle_colours(style.current())
        for ring in reversed(RINGS):
            r = inner + band * ring
            p.setPen(QPen(QColor(colours.line), 1))
            p.setBrush(QColor(colours.bands[ring - 1]))
            p.drawEllipse(centre, r, r)
        p.setBrush(QColor(colours.centre))
        p.setPen(QPen(QColor(colours.dot), 1.5))
        p.drawEllipse(centre, inner, inner)
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.85, 7.0))
        p.setFont(small)
        metrics = QFontMetricsF(small)
        p.setPen(QColor(colours.text))
        you = self.tr("You")
        p.drawText(QRectF(centre.x() - inner, centre.y() - inner, 2 * inner, 2 * inner), Qt.AlignmentFlag.AlignCenter,
                   you)
        labels = self._labels(metrics, centre, inner, band)
        dot = self._dot(band)
        bold = QFont(small)
        bold.setBold(True)
        label = QColor(colours.label)
        label.setAlpha(LABEL_ALPHA)
        for pid, spot, box, name in labels:
            selected = pid == self._selected
            p.setPen(QPen(QColor(colours.halo), 1.5))
            p.setBrush(QColor(colours.dot_selected if selected else colours.dot))
            p.drawEllipse(spot, dot + (2 if selected else 0), dot + (2 if selected else 0))
            if box is None and selected:  # the chosen person's name is always shown, on top
                width = metrics.horizontalAdvance(name) + 8
                box = QRectF(spot.x() - width / 2, spot.y() + dot + 3, width, metrics.height() + 2)
            if box is None:
                continue
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(label)
            p.drawRoundedRect(box, 4, 4)
            p.setPen(QColor(colours.text_selected if selected else colours.text))
            p.setFont(bold if selected else small)
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, name)
        p.setFont(small)
        if not self._spots:
            p.setPen(QColor(colours.text))
            p.drawText(QRectF(0, centre.y() + inner + 6, self.width(), metrics.height() * 2),
                       Qt.AlignmentFlag.AlignHCenter, self.tr("No one is on this circle yet."))
        p.end()

    @staticmethod
    def _dot(band: float) -> float:
        return max(min(band * 0.16, 7.0), 3.5)

    def _labels(self, metrics: QFontMetricsF, centre: QPointF, inner: float,
                band: float) -> list[tuple[int, QPointF, QRectF | None, str]]:
        """Dots and name boxes, worked out again only when the people, the size or the font change."""
        key = (self._version, self.width(), self.height(), self.font().key(), self.caption)
        if self._cache is not None and self._cache[0] == key:
            return self._cache[1]
        self._spots = self._layout()
        dot = self._dot(band)
        grid = _Grid()
        grid.add((centre.x() - inner, centre.y() - inner, centre.x() + inner, centre.y() + inner))
        for spot in self._spots.values():
            grid.add((spot.x() - dot, spot.y() - dot, spot.x() + dot, spot.y() + dot))
        chars = LABEL_CHARS if len(self._spots) <= 25 else LABEL_CHARS - 3
        out = []
        for pid, spot in self._spots.items():
            name = metrics.elidedText(self._names[pid], Qt.TextElideMode.ElideRight, metrics.averageCharWidth() * chars)
            box = self._label_box(centre, spot, dot, metrics.horizontalAdvance(name) + 8, metrics.height() + 2, grid,
                                   (0.0, 0.0, float(self.width()), float(self.height())))
            if box is None:
                out.append((pid, spot, None, name))
                continue
            grid.add(box)
            out.append((pid, spot, QRectF(box[0], box[1], box[2] - box[0], box[3] - box[1]), name))
        self._cache = (key, out)
        return out

    @staticmethod
    def _label_box(centre: QPointF, spot: QPointF, dot: float, width: float, height: float,
                   grid: _Grid, bounds: tuple[float, float, float, float]) -> tuple[float, float, float, float] | None:
        """The name goes on the side of the dot away from the centre, or the first side where it covers no
        other name or dot (on a crowded ring), so names stay readable."""
        x, y = spot.x(), spot.y()
        dx, dy = x - centre.x(), y - centre.y()
        below = (x - width / 2, y + dot + 1, x + width / 2, y + dot + 1 + height)
        above = (x - width / 2, y - dot - 1 - height, x + width / 2, y - dot - 1)
        right = (x + dot + 2, y - height / 2, x + dot + 2 + width, y + height / 2)
        left = (x - dot - 2 - width, y - height / 2, x - dot - 2, y + height / 2)
        if abs(dy) >= abs(dx) * 0.6:
            order = [below, right, left, above] if dy >= 0 else [above, right, left, below]
        else:
            order = [right, below, above, left] if dx >= 0 else [left, below, above, right]
        for box in order:
            if not grid.hits(box) and box[0] >= bounds[0] and box[2] <= bounds[2] and box[1] >= bounds[1] \
                    and box[3] <= bounds[3]:
                return box
        return None  # no free side: the name shows on hover and in the list beside the circle

    def _nearest(self, pos: QPointF) -> int | None:
        best, best_d = None, 18.0
        for pid, spot in self._spots.items():
            d = math.hypot(spot.x() - pos.x(), spot.y() - pos.y())
            if d < best_d:
                best, best_d = pid, d
        return best

    def mousePressEvent(self, event: QMouseEvent) -> None:
        best = self._nearest(event.position())
        if best is not None:
            self.person_clicked.emit(best)
        super().mousePressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            best = self._nearest(QPointF(event.pos()))
            if best is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self._names.get(best, ""), self)
            return True
        return super().event(event)


class _Grid:
    """Boxes bucketed by area, so checking a name box against the others stays quick with 200 people."""

    CELL = 48.0

    def __init__(self) -> None:
        self._cells: dict[tuple[int, int], list[tuple[float, float, float, float]]] = {}

    def _keys(self, box: tuple[float, float, float, float]) -> list[tuple[int, int]]:
        c = self.CELL
        return [(i, j) for i in range(int(box[0] // c), int(box[2] // c) + 1)
                for j in range(int(box[1] // c), int(box[3] // c) + 1)]

    def add(self, box: tuple[float, float, float, float]) -> None:
        for key in self._keys(box):
            self._cells.setdefault(key, []).append(box)

    def hits(self, box: tuple[float, float, float, float]) -> bool:
        x1, y1, x2, y2 = box
        for key in self._keys(box):
            for a1, b1, a2, b2 in self._cells.get(key, ()):
                if x1 < a2 and a1 < x2 and y1 < b2 and b1 < y2:
                    return True
        return False
