"""The goals list's rows: the title, then a small sparkline and the last check-in."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ipt_journal.ui.goals.common import SPARK_H, SPARK_W, DetailRole, GoalIdRole, SparkRole


@dataclass(frozen=True)
class RowColours:
    """A goal row's colours, all palette roles, so they follow light and dark."""

    background: QColor  # what the row is drawn on
    title: QColor
    spark: QColor  # the sparkline: a graphical line, >= 3:1 on the background
    detail: QColor  # the last check-in: text, >= 4.5:1 on the background


def row_colours(palette: QPalette, selected: bool) -> RowColours:
    role = QPalette.ColorRole
    if selected:  # everything on the selection in the one colour made for it
        on = palette.color(role.HighlightedText)
        return RowColours(palette.color(role.Highlight), on, on, on)
    return RowColours(palette.color(role.Base), palette.color(role.Text), palette.color(role.Highlight),
                      palette.color(role.PlaceholderText))


def header_colour(palette: QPalette) -> QColor:
    """"Short-term" and "Long-term": quieter than a goal's title, still readable (the soft text)."""
    return palette.color(QPalette.ColorRole.PlaceholderText)


class GoalRowDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:  # type: ignore[no-untyped-def]
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else QApplication.style()
        if index.data(GoalIdRole) is None:  # a section header
            colour = header_colour(opt.palette)
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
                opt.palette.setColor(group, QPalette.ColorRole.Text, colour)
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
            return
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        colours = row_colours(opt.palette, bool(opt.state & QStyle.StateFlag.State_Selected))
        rect = opt.rect.adjusted(8, 5, -8, -5)
        fm = opt.fontMetrics
        painter.save()
        painter.setPen(colours.title)
        title = fm.elidedText(str(index.data(Qt.ItemDataRole.DisplayRole)), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect.x(), rect.y() + fm.ascent(), title)
        y2 = rect.y() + fm.height() + 4
        x = rect.x()
        values = index.data(SparkRole) or []
        if len(values) >= 1:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(colours.spark, 1.6))
            step = SPARK_W / max(len(values) - 1, 1)
            pts = [QPointF(x + i * step, y2 + SPARK_H - v / 10 * SPARK_H) for i, v in enumerate(values)]
            if len(pts) == 1:
                painter.drawEllipse(pts[0], 1.5, 1.5)
            else:
                painter.drawPolyline(pts)
            x += SPARK_W + 10
        painter.setPen(colours.detail)
        detail = fm.elidedText(str(index.data(DetailRole) or ""), Qt.TextElideMode.ElideRight, rect.right() - x)
        painter.drawText(x, y2 + (SPARK_H + fm.ascent() - fm.descent()) // 2, detail)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # type: ignore[no-untyped-def]  # noqa: N802
        size = super().sizeHint(option, index)
        if index.data(GoalIdRole) is None:
            return QSize(size.width(), size.height() + 8)
        fm = option.fontMetrics
        return QSize(size.width(), fm.height() + max(fm.height(), SPARK_H) + 16)
