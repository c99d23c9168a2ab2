"""The goals list's rows: the title, then a small sparkline and the last check-in."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ipt_journal.ui.goals.common import SPARK_H, SPARK_W, DetailRole, GoalIdRole, SparkRole


class GoalRowDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:  # type: ignore[no-untyped-def]
        if index.data(GoalIdRole) is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        rect = opt.rect.adjusted(8, 5, -8, -5)
        fm = opt.fontMetrics
        painter.save()
        painter.setPen(opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        title = fm.elidedText(str(index.data(Qt.ItemDataRole.DisplayRole)), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect.x(), rect.y() + fm.ascent(), title)
        y2 = rect.y() + fm.height() + 4
        x = rect.x()
        values = index.data(SparkRole) or []
        if len(values) >= 1:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor("#ffffff" if selected else "#4f7a8a"), 1.6))
            step = SPARK_W / max(len(values) - 1, 1)
            pts = [QPointF(x + i * step, y2 + SPARK_H - v / 10 * SPARK_H) for i, v in enumerate(values)]
            if len(pts) == 1:
                painter.drawEllipse(pts[0], 1.5, 1.5)
            else:
                painter.drawPolyline(pts)
            x += SPARK_W + 10
        painter.setPen(QColor("#ffffff") if selected else QColor("#5b6770"))
        detail = fm.elidedText(str(index.data(DetailRole) or ""), Qt.TextElideMode.ElideRight, rect.right() - x)
        painter.drawText(x, y2 + (SPARK_H + fm.ascent() - fm.descent()) // 2, detail)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # type: ignore[no-untyped-def]  # noqa: N802
        size = super().sizeHint(option, index)
        if index.data(GoalIdRole) is None:
            return QSize(size.width(), size.height() + 8)
        fm = option.fontMetrics
        return QSize(size.width(), fm.height() + max(fm.height(), SPARK_H) + 16)
