"""Feelings around group days as a small bar chart, and the tables that say every chart in words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ipt_journal.services.insights import GroupDayBar
from ipt_journal.ui import style
from ipt_journal.ui.insights.words import lean, mood_colour


def bucket_label(bucket: str) -> str:
    return {
        "before": QCoreApplication.translate("Insights", "The day before group"),
        "day_of": QCoreApplication.translate("Insights", "The day of group"),
        "after": QCoreApplication.translate("Insights", "The two days after"),
        "other": QCoreApplication.translate("Insights", "Other days"),
    }[bucket]


def group_days_sentence(bars: list[GroupDayBar]) -> str:
    """The chart in one or two sentences for a screen reader (and for anyone who prefers words)."""
    noted = [b for b in bars if b.count]
    if not noted:
        return QCoreApplication.translate(
            "Insights", "Nothing is noted around group days yet. Check-ins and feelings you name in your "
                        "writing will show here once your group has met.")
    parts = [QCoreApplication.translate("Insights", "%1: %2 feelings, %3").replace("%1", bucket_label(b.bucket)).replace(
        "%2", str(b.count)).replace("%3", lean(b.pleasantness)) for b in noted]
    return "; ".join(parts) + "."


class GroupDaysChart(QWidget):
    """One bar per time around group: the bar's length is how pleasant, its colour the same ramp as the calendar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[GroupDayBar] = []
        self.setMinimumHeight(120)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(self.tr("Feelings around group days, as a chart"))

    def set_bars(self, bars: list[GroupDayBar]) -> None:
        self.bars = bars
        self.setAccessibleDescription(group_days_sentence(bars))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 150)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = p.fontMetrics()
        label_w = max((fm.horizontalAdvance(bucket_label(b.bucket)) for b in self.bars), default=0) + 12
        row_h = max(fm.height() + 8, (self.height() - 20) / max(len(self.bars), 1))
        mid = label_w + (self.width() - label_w) / 2
        half = (self.width() - label_w) / 2 - 8
        c = style.current()
        p.setPen(QColor(c.border))
        p.drawLine(int(mid), 0, int(mid), int(row_h * len(self.bars)))
        for i, b in enumerate(self.bars):
            top = i * row_h
            p.setPen(QColor(c.text))
            p.drawText(QRectF(0, top, label_w - 6, row_h), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       bucket_label(b.bucket))
            if not b.count or b.pleasantness is None:
                continue
            length = half * max(-1.0, min(1.0, b.pleasantness / 5))
            rect = QRectF(mid, top + 4, length, row_h - 8).normalized()
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(mood_colour(b.pleasantness))
            p.drawRoundedRect(rect, 3, 3)
        p.setPen(QColor(c.soft))
        y = row_h * len(self.bars) + 2
        p.drawText(QRectF(label_w, y, mid - label_w - 4, 18), Qt.AlignmentFlag.AlignLeft, self.tr("unpleasant"))
        p.drawText(QRectF(mid + 4, y, half, 18), Qt.AlignmentFlag.AlignRight, self.tr("pleasant"))


def text_table(headers: list[str], rows: list[list[str]], accessible: str) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    fill_table(table, headers, rows)
    table.setAccessibleName(accessible)
    table.horizontalHeader().setAccessibleName(QCoreApplication.translate("Insights", "Column headings"))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(True)
    return table


def fill_table(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    # As tall as its rows (up to ten), so a short table leaves no empty box below it.
    row_h = table.verticalHeader().defaultSectionSize()
    shown = max(1, min(len(rows), 10))
    table.setFixedHeight(table.horizontalHeader().sizeHint().height() + shown * row_h + 2 * table.frameWidth() + 2)
