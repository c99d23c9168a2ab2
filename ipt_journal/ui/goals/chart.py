"""A goal's progress chart: check-ins over time on the 0-10 scale (QtCharts)."""

from __future__ import annotations

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QDateTime, QEvent, QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from ipt_journal.domain.goals import CheckIn, progress_series
from ipt_journal.ui import style


class ProgressChart(QChartView):
    """Check-ins over time on the 0–10 scale (QtCharts); a direction moves the line one step."""

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.legend().hide()
        chart.setBackgroundRoundness(6)
        chart.setMargins(QMargins(4, 4, 4, 4))
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(self.tr("Chart of your check-ins over time"))
        self.setMinimumHeight(190)
        self.setMaximumHeight(230)
        self.line = QLineSeries()
        self.dots = QScatterSeries()
        self.dots.setMarkerSize(8)
        self.x = QDateTimeAxis()
        self.x.setFormat("d MMM")
        self.x.setTickCount(4)
        self.y = QValueAxis()
        self.y.setRange(0, 10)
        self.y.setTickCount(3)
        self.y.setLabelFormat("%d")
        chart.addSeries(self.line)
        chart.addSeries(self.dots)
        chart.addAxis(self.x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y, Qt.AlignmentFlag.AlignLeft)
        for s in (self.line, self.dots):
            s.attachAxis(self.x)
            s.attachAxis(self.y)
        self.use_colours()

    def use_colours(self) -> None:
        """The chart in the scheme's colours: on the field colour, the line in the accent, labels in soft text."""
        c = style.current()
        self.chart().setBackgroundBrush(QColor(c.base))
        self.setBackgroundBrush(QColor(c.base))  # the view around the chart's rounded corners
        self.line.setPen(QPen(QColor(c.accent), 2))
        self.dots.setColor(QColor(c.accent))
        self.dots.setBorderColor(QColor(c.accent))
        for axis in (self.x, self.y):
            axis.setGridLineColor(QColor(style.mix(c.base, c.border, 0.35)))  # faint guides only: the labels tell
            axis.setLinePenColor(QColor(c.border))
            axis.setLabelsColor(QColor(c.soft))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange) and hasattr(self, "y"):
            self.use_colours()  # light or dark chosen while the screen is open
        super().changeEvent(event)

    def set_checkins(self, checkins: list[CheckIn]) -> None:
        points = progress_series(checkins)
        self.line.clear()
        self.dots.clear()
        for at, value in points:
            ms = at.timestamp() * 1000
            self.line.append(ms, value)
            self.dots.append(ms, value)
        if points:
            first, last = points[0][0].timestamp() * 1000, points[-1][0].timestamp() * 1000
            pad = max((last - first) * 0.05, 86_400_000.0)  # at least a day either side
            self.x.setRange(QDateTime.fromMSecsSinceEpoch(int(first - pad)),
                            QDateTime.fromMSecsSinceEpoch(int(last + pad)))

    def values(self) -> list[float]:
        return [p.y() for p in self.line.points()]
