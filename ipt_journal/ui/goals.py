"""The Goals screen: short-term, long-term and closed goals; each goal's page with check-ins, a chart and links."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QDate, QDateTime, QMargins, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QPalette, QPen, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ipt_journal.domain.goals import (
    HORIZON_HINTS,
    HORIZON_LABELS,
    HORIZONS,
    JOIN_REASONS,
    RELATIONSHIPS,
    SECTION_TITLES,
    STATUS_LABELS,
    CheckIn,
    Goal,
    InvalidGoal,
    describe_last,
    progress_series,
    section_of,
)
from ipt_journal.services.session import Session
from ipt_journal.ui import dialogs
from ipt_journal.ui.models import format_summary
from ipt_journal.ui.widgets import label
from ipt_journal.vault.errors import NotFound

AUTOSAVE_MS = 700
GoalIdRole = Qt.ItemDataRole.UserRole + 1
EntryRole = Qt.ItemDataRole.UserRole + 2
SparkRole = Qt.ItemDataRole.UserRole + 3  # the goal's progress values (0-10), oldest first
DetailRole = Qt.ItemDataRole.UserRole + 4  # the second line: status and last check-in
SPARK_W, SPARK_H = 56, 14

EMPTY_TEXT = (
    "Goals are the changes you want from your time in group and in your daily life, in your own words. "
    "Now and then you can mark how each one is moving, and look back on it over the weeks."
)

REFLECTION_PROMPTS = {
    "achieved": "Looking back, what helped this happen, and what do you notice now that it does?",
    "let_go": "Letting a goal go is a choice too. What did it teach you, and what made you set it down?",
}


# -- thin wrappers around modal dialogs (tests replace these) -------------------------------


def ask_closing_reflection(parent: QWidget | None, goal_title: str, status: str) -> str | None:
    """One closing reflection when a goal is achieved or let go; None if the member cancels."""
    heading = "You reached this goal" if status == "achieved" else "Letting this goal go"
    text, ok = QInputDialog.getMultiLineText(parent, heading, f"{goal_title}\n\n{REFLECTION_PROMPTS[status]}")
    return text if ok else None


def pick_entry(parent: QWidget | None, session: Session) -> int | None:
    """Choose an entry to link to a goal; None if the member cancels."""
    dialog = EntryPicker(session, parent)
    return dialog.chosen if dialog.exec() else None


def weekly_checkin(parent: QWidget | None, session: Session) -> int:
    """The check-in on every active goal, offered from Today. Returns how many check-ins were saved."""
    dialog = WeeklyCheckIn(session, parent)
    return dialog.saved_count if dialog.exec() else 0


def _button(text: str, accessible: str, slot, *, primary: bool = False, shortcut: str = "") -> QPushButton:  # type: ignore[no-untyped-def]
    b = QPushButton(text)
    b.setAccessibleName(accessible)
    if primary:
        b.setObjectName("primary")
    if shortcut:
        b.setShortcut(QKeySequence(shortcut))
        b.setToolTip(f"{accessible} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
    b.clicked.connect(slot)
    return b


def _text_box(accessible: str, placeholder: str = "", height: int = 72) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(accessible)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


# -- the chart --------------------------------------------------------------------------


class ProgressChart(QChartView):
    """Check-ins over time on the 0–10 scale (QtCharts); a direction moves the line one step."""

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.legend().hide()
        chart.setBackgroundRoundness(6)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundBrush(QColor("#ffffff"))
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName("Chart of your check-ins over time")
        self.setMinimumHeight(190)
        self.setMaximumHeight(230)
        self.line = QLineSeries()
        self.line.setPen(QPen(QColor("#4f7a8a"), 2))
        self.dots = QScatterSeries()
        self.dots.setMarkerSize(8)
        self.dots.setColor(QColor("#4f7a8a"))
        self.dots.setBorderColor(QColor("#4f7a8a"))
        self.x = QDateTimeAxis()
        self.x.setFormat("d MMM")
        self.x.setTickCount(4)
        self.y = QValueAxis()
        self.y.setRange(0, 10)
        self.y.setTickCount(3)
        self.y.setLabelFormat("%d")
        for axis in (self.x, self.y):
            axis.setGridLineColor(QColor("#eee9e2"))
            axis.setLabelsColor(QColor("#5b6770"))
        chart.addSeries(self.line)
        chart.addSeries(self.dots)
        chart.addAxis(self.x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y, Qt.AlignmentFlag.AlignLeft)
        for s in (self.line, self.dots):
            s.attachAxis(self.x)
            s.attachAxis(self.y)

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


# -- the goals list: title, then a small sparkline and the last check-in ------------------------


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


# -- the guided start -------------------------------------------------------------------


class GuidedStart(QWidget):
    finished = Signal(list)  # the keys of the reasons chosen (empty: not now)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        inner = QWidget()
        grid = QVBoxLayout(inner)
        grid.setSpacing(6)
        for r in JOIN_REASONS:
            box = QCheckBox(r.label)
            box.setAccessibleName(r.label)
            box.toggled.connect(self._update)
            self.boxes[r.key] = box
            grid.addWidget(box)
        grid.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        self.make = _button("Make draft goals", "Make draft goals from what you ticked", self._make, primary=True)
        self.skip = _button("Not now", "Close the starting points without making goals", lambda: self.finished.emit([]))
        row = QHBoxLayout()
        row.addWidget(self.make)
        row.addWidget(self.skip)
        row.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 16, 24, 16)
        box.setSpacing(10)
        box.addWidget(label("Starting points", "title"))
        box.addWidget(label(
            "People come to a group for many reasons. Tick any that sound like you; each one becomes a draft "
            "goal that you can reword, change or delete.", "subtitle",
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
        self.make.setText(f"Make {n} draft goal{'s' if n != 1 else ''}" if n else "Make draft goals")

    def _make(self) -> None:
        self.finished.emit(self.chosen())


# -- one goal's page --------------------------------------------------------------------


class GoalPage(QWidget):
    saved = Signal(int)  # goal id, after each save
    status_changed = Signal(int)  # goal id, after a status change or a check-in
    deleted = Signal(int)  # goal id deleted for good
    open_entry = Signal(int)  # entry id double-clicked in the linked entries

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert session.goals is not None
        self.session = session
        self.repo = session.goals
        self.goal: Goal | None = None
        self._loading = False
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)

        self.status_label = label("", "subtitle")
        self.saved_label = label("", "hint", wrap=False)
        self.title = QLineEdit()
        self.title.setAccessibleName("Goal title")
        self.title.setPlaceholderText("In a few words, what do you want?")
        font = QFont(self.title.font())
        font.setPointSizeF(max(font.pointSizeF(), 11) * 1.25)
        self.title.setFont(font)
        self.why = _text_box("Why it matters", "What would change for you?")
        self.observable = _text_box(
            "How I will notice it happening", "Something you could see or hear, e.g. I say when I disagree with my sister",
            56,
        )
        self.horizon = QComboBox()
        self.horizon.setAccessibleName("Horizon")
        self.horizon.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.horizon.setMinimumContentsLength(12)
        for h in HORIZONS:
            self.horizon.addItem(f"{HORIZON_LABELS[h]}: {HORIZON_HINTS[h]}", h)
        self.has_target = QCheckBox("Target date")
        self.has_target.setAccessibleName("Has a target date")
        self.target = QDateEdit()
        self.target.setAccessibleName("Target date")
        self.target.setCalendarPopup(True)
        self.target.setDisplayFormat("d MMM yyyy")
        self.target.setDate(QDate.currentDate().addDays(42))
        self.has_target.toggled.connect(self.target.setEnabled)
        target_row = QHBoxLayout()
        target_row.addWidget(self.has_target)
        target_row.addWidget(self.target)
        target_row.addStretch(1)
        self.relationships: dict[str, QCheckBox] = {}
        rel_grid = QGridLayout()
        rel_grid.setContentsMargins(0, 0, 0, 0)
        for i, word in enumerate(RELATIONSHIPS):
            box = QCheckBox(word)
            box.setAccessibleName(f"About: {word}")
            self.relationships[word] = box
            rel_grid.addWidget(box, i // 3, i % 3)
        self.suggestions = QListWidget()
        self.suggestions.setAccessibleName("Suggestions this goal relates to (Space ticks one)")
        self.suggestions.setFixedHeight(118)
        self.suggestions.setWordWrap(False)
        self.suggestions.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.suggestions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for group in session.library.suggestions:
            item = QListWidgetItem(f"{group.number}. {group.title}")
            item.setData(Qt.ItemDataRole.UserRole, group.number)
            item.setToolTip(group.title)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.suggestions.addItem(item)

        def form_layout() -> QFormLayout:
            form = QFormLayout()
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
            form.setContentsMargins(0, 0, 0, 0)
            form.setVerticalSpacing(6)
            return form

        form = form_layout()
        form.addRow("Why it matters", self.why)
        form.addRow("How I will notice it happening", self.observable)
        details = form_layout()
        details.addRow("Horizon", self.horizon)
        details.addRow(target_row)
        details.addRow("Who it is about", rel_grid)
        details.addRow("Suggestions it relates to", self.suggestions)

        # status and closing
        self.achieve_button = _button("Achieved…", "Mark this goal as achieved", lambda: self.close_goal("achieved"))
        self.pause_button = _button("Pause", "Pause this goal", self.toggle_pause)
        self.let_go_button = _button("Let go…", "Let this goal go", lambda: self.close_goal("let_go"))
        self.reopen_button = _button("Make active again", "Make this goal active again", self.reopen)
        self.delete_button = _button("Delete…", "Delete this goal for good", self.delete_goal)
        status_row = QHBoxLayout()
        for b in (self.achieve_button, self.pause_button, self.let_go_button, self.reopen_button):
            status_row.addWidget(b)
        status_row.addStretch(1)
        self.reflection_label = label("Looking back", "subtitle")
        self.reflection = _text_box("Your closing reflection", "", 80)

        # check-in
        self.direction_group = QButtonGroup(self)
        self.direction_group.setExclusive(False)  # so a second press can clear the mark
        self.direction_buttons: dict[int, QPushButton] = {}
        dir_row = QHBoxLayout()
        for value, text, full in ((-1, "\u2198 Away", "Moving away"), (0, "\u2192 Same", "About the same"),
                                  (1, "\u2197 Toward", "Moving toward")):
            b = QPushButton(text)
            b.setCheckable(True)
            b.setAccessibleName(f"Check-in: {full.lower()}")
            b.setToolTip(full)
            self.direction_group.addButton(b, value + 1)
            self.direction_buttons[value] = b
            dir_row.addWidget(b)
        self.direction_group.buttonToggled.connect(self._direction_toggled)
        self.score = QComboBox()
        self.score.addItem("No number", None)
        for n in range(11):
            self.score.addItem(f"{n} of 10", n)
        self.score.setAccessibleName("Check-in number, 0 to 10 (optional)")
        self.score.setToolTip("0: not happening at all · 10: happening as much as you want")
        dir_row.addStretch(1)
        self.note = QLineEdit()
        self.note.setAccessibleName("Check-in note")
        self.note.setPlaceholderText("A few words about this week (optional)")
        self.note.returnPressed.connect(self.save_checkin)
        self.checkin_button = _button("Save check-in", "Save this check-in", self.save_checkin, primary=True,
                                      shortcut="Ctrl+Return")
        note_row = QHBoxLayout()
        note_row.addWidget(self.score)
        note_row.addStretch(1)
        note_row.addWidget(self.checkin_button)
        checkin_card = QFrame()
        checkin_card.setObjectName("card")
        cbox = QVBoxLayout(checkin_card)
        cbox.addWidget(label("How is it going?", "subtitle"))
        cbox.addLayout(dir_row)
        cbox.addWidget(self.note)
        cbox.addLayout(note_row)
        self.checkin_card = checkin_card

        self.chart = ProgressChart()
        self.chart_hint = label("", "hint")
        self.history = QListWidget()
        self.history.setAccessibleName("Check-in history, newest first")
        self.history.setMaximumHeight(130)
        self.history.setWordWrap(True)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        # links
        self.entries = QListWidget()
        self.entries.setAccessibleName("Entries linked to this goal; Enter opens one")
        self.entries.setWordWrap(False)
        self.entries.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.entries.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.entries.itemActivated.connect(self._entry_activated)
        self.entries.itemDoubleClicked.connect(self._entry_activated)
        self.entries_hint = label("No entries linked yet. Link one you wrote about this goal.", "hint")
        self.link_button = _button("Link an entry…", "Link an entry to this goal", self.link_entry)
        self.unlink_button = _button("Unlink", "Unlink the chosen entry", self.unlink_entry)
        self.agenda_label = label("", "hint")
        link_row = QHBoxLayout()
        link_row.addWidget(self.link_button)
        link_row.addWidget(self.unlink_button)
        link_row.addStretch(1)

        inner = QWidget()
        box = QVBoxLayout(inner)
        box.setContentsMargins(20, 12, 20, 16)
        box.setSpacing(10)
        top = QHBoxLayout()
        top.addWidget(self.status_label, 1)
        top.addWidget(self.saved_label)
        box.addLayout(top)
        box.addWidget(self.title)
        box.addLayout(status_row)
        box.addLayout(form)
        box.addWidget(self.reflection_label)
        box.addWidget(self.reflection)
        box.addSpacing(6)
        box.addWidget(self.checkin_card)
        box.addWidget(self.chart)
        box.addWidget(self.chart_hint)
        box.addWidget(self.history)
        box.addSpacing(6)
        self.links_label = label("Linked entries", "subtitle")
        box.addWidget(self.links_label)
        box.addWidget(self.entries)
        box.addWidget(self.entries_hint)
        box.addLayout(link_row)
        box.addWidget(self.agenda_label)
        box.addSpacing(6)
        box.addWidget(label("Details", "subtitle"))
        box.addLayout(details)
        box.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)

        self.title.textChanged.connect(self._changed)
        for text in (self.why, self.observable, self.reflection):
            text.textChanged.connect(self._changed)
        self.horizon.currentIndexChanged.connect(self._changed)
        self.has_target.toggled.connect(self._changed)
        self.target.dateChanged.connect(self._changed)
        for b in self.relationships.values():
            b.toggled.connect(self._changed)
        self.suggestions.itemChanged.connect(self._changed)
        for w in (self.achieve_button, self.pause_button, self.let_go_button, self.reopen_button, self.delete_button,
                  self.reflection_label, self.reflection, self.checkin_card, self.chart, self.history):
            w.setVisible(False)  # until a goal is loaded; keeps the first layout from being wider than needed

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        # The page may have been laid out while hidden at another width; lay it out for the width it has now.
        super().showEvent(event)
        self.relayout()

    def relayout(self) -> None:
        inner = self.scroll.widget()
        inner.layout().invalidate()
        inner.layout().activate()

    # -- loading -------------------------------------------------------------

    def load(self, goal: Goal) -> None:
        self.save_now()
        self._loading = True
        try:
            self.goal = goal
            self.title.setText(goal.title)
            self.title.setCursorPosition(0)  # a long title shows its beginning
            self.title.setToolTip(goal.title)
            self.why.setPlainText(goal.why)
            self.observable.setPlainText(goal.observable)
            self.horizon.setCurrentIndex(HORIZONS.index(goal.horizon))
            self.has_target.setChecked(goal.target_date is not None)
            self.target.setEnabled(goal.target_date is not None)
            if goal.target_date:
                self.target.setDate(QDate(goal.target_date))
            for word, b in self.relationships.items():
                b.setChecked(word in goal.relationships)
            for i in range(self.suggestions.count()):
                item = self.suggestions.item(i)
                on = item.data(Qt.ItemDataRole.UserRole) in goal.suggestions
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.reflection.setPlainText(goal.closing_reflection)
            self._dirty = False
            self._clear_checkin_form()
            self._show_status()
            self._show_checkins()
            self._show_links()
            self.saved_label.setText("" if goal.id is None else "Saved")
        finally:
            self._loading = False
        self.relayout()  # buttons came and went: recompute the width it needs
        self.scroll.verticalScrollBar().setValue(0)

    def _show_status(self) -> None:
        goal = self.goal
        assert goal is not None
        saved = goal.id is not None
        when = f", {goal.closed_at.strftime('%d %b %Y')}" if goal.is_closed and goal.closed_at else ""
        self.status_label.setText(
            f"{HORIZON_LABELS[goal.horizon]} goal · {STATUS_LABELS[goal.status]}{when}" if saved else "A new goal"
        )
        self.achieve_button.setVisible(saved and not goal.is_closed)
        self.let_go_button.setVisible(saved and not goal.is_closed)
        self.pause_button.setVisible(saved and not goal.is_closed)
        self.pause_button.setText("Resume" if goal.status == "paused" else "Pause")
        self.pause_button.setAccessibleName("Make this goal active again" if goal.status == "paused" else "Pause this goal")
        self.reopen_button.setVisible(saved and goal.is_closed)
        self.delete_button.setVisible(saved)
        self.reflection_label.setVisible(goal.is_closed or bool(goal.closing_reflection))
        self.reflection.setVisible(goal.is_closed or bool(goal.closing_reflection))
        self.checkin_card.setVisible(saved and not goal.is_closed)  # reopen a closed goal to check in again
        for w in (self.links_label, self.link_button):
            w.setVisible(saved)  # check-ins and links wait until the goal has a title and is kept

    def _show_checkins(self) -> None:
        assert self.goal is not None
        checkins = self.repo.checkins(self.goal.id) if self.goal.id is not None else []
        self.chart.set_checkins(checkins)
        has_points = bool(progress_series(checkins))
        self.chart.setVisible(has_points)
        self.chart_hint.setText(
            "0 means it is not happening yet, 10 that it happens as much as you want; "
            "\u201cmoving toward\u201d lifts the line a step, \u201cmoving away\u201d lowers it."
            if has_points else
            "No check-ins yet. Whenever you like, mark how it is moving; the chart grows from there."
        )
        self.history.clear()
        for c in reversed(checkins):
            text = f"{c.at.strftime('%a %d %b %Y')} · {c.describe()}" + (f" \u2014 {c.note}" if c.note else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.history.addItem(item)
        self.history.setVisible(bool(checkins))
        if self.goal.id is None:
            self.chart_hint.setText("Give your goal a title; it is kept as you type.")

    def _show_links(self) -> None:
        assert self.goal is not None
        self.entries.clear()
        linked = self.repo.linked_entries(self.goal.id) if self.goal.id is not None else []
        for s in linked:
            item = QListWidgetItem(format_summary(s).replace("\n", " · "))
            item.setData(EntryRole, s.id)
            self.entries.addItem(item)
        self.entries.setVisible(bool(linked))
        self.entries_hint.setVisible(not linked and self.goal.id is not None)
        row_height = max(self.entries.sizeHintForRow(0), 20) if linked else 20
        self.entries.setFixedHeight(min(len(linked), 5) * (row_height + 2) + 8)
        self.unlink_button.setVisible(bool(linked))
        items = self.repo.linked_agenda_items(self.goal.id) if self.goal.id is not None else []
        self.agenda_label.setText(
            "On your agenda: " + "; ".join(i.text for i in items) if items else ""
        )
        self.agenda_label.setVisible(bool(items))

    # -- editing ---------------------------------------------------------------

    def _changed(self, *args: object) -> None:
        if self._loading or self.goal is None:
            return
        self._dirty = True
        self.saved_label.setText("Not saved yet")
        self._timer.start()

    def collect(self) -> Goal:
        assert self.goal is not None
        target: date | None = self.target.date().toPython() if self.has_target.isChecked() else None  # type: ignore[assignment]
        suggestions = tuple(
            int(self.suggestions.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.suggestions.count())
            if self.suggestions.item(i).checkState() == Qt.CheckState.Checked
        )
        return self.goal.with_changes(
            title=self.title.text(), why=self.why.toPlainText(), observable=self.observable.toPlainText(),
            horizon=self.horizon.currentData(), target_date=target,
            relationships=tuple(w for w, b in self.relationships.items() if b.isChecked()),
            suggestions=suggestions, closing_reflection=self.reflection.toPlainText(),
        )

    def save_now(self) -> None:
        self._timer.stop()
        if not self._dirty or self.goal is None:
            return
        was_new = self.goal.id is None
        try:
            self.goal = self.repo.save(self.collect())
        except InvalidGoal as exc:
            self.saved_label.setText("Not saved: needs a title" if "title" in str(exc) else "Not saved")
            return  # a new goal without a title stays unsaved; the old title stays stored
        except NotFound:
            self.goal = None
            self._dirty = False
            return
        self._dirty = False
        self.saved_label.setText("Saved")
        if was_new:
            self._show_status()
            self._show_checkins()
            self._show_links()
        self.saved.emit(self.goal.id)

    def focus_checkin(self) -> None:
        self.direction_buttons[1].setFocus()

    # -- status ----------------------------------------------------------------

    def close_goal(self, status: str) -> None:
        self.save_now()
        if self.goal is None or self.goal.id is None:
            return
        reflection = ask_closing_reflection(self, self.goal.title, status)
        if reflection is None:
            return
        self.goal = self.repo.set_status(self.goal.id, status, reflection=reflection)
        self.load(self.goal)
        self.status_changed.emit(self.goal.id)

    def toggle_pause(self) -> None:
        self.save_now()
        if self.goal is None or self.goal.id is None:
            return
        self._set_status("active" if self.goal.status == "paused" else "paused")

    def reopen(self) -> None:
        self.save_now()
        if self.goal is not None and self.goal.id is not None:
            self._set_status("active")

    def _set_status(self, status: str) -> None:
        assert self.goal is not None and self.goal.id is not None
        self.goal = self.repo.set_status(self.goal.id, status)
        self.load(self.goal)
        self.status_changed.emit(self.goal.id)

    def delete_goal(self) -> None:
        if self.goal is None or self.goal.id is None:
            return
        if not dialogs.confirm(
            self, "Delete this goal",
            "The goal, its check-ins and its links will be deleted for good. Linked entries stay in your journal.",
            yes="Delete for good",
        ):
            return
        goal_id = self.goal.id
        self._timer.stop()
        self._dirty = False
        self.repo.delete(goal_id)
        self.goal = None
        self.deleted.emit(goal_id)

    # -- check-ins ---------------------------------------------------------------

    def _direction_toggled(self, button, checked: bool) -> None:  # type: ignore[no-untyped-def]
        if checked:  # one mark at a time; pressing it again clears it
            for other in self.direction_group.buttons():
                if other is not button and other.isChecked():
                    other.setChecked(False)

    def _clear_checkin_form(self) -> None:
        for b in self.direction_group.buttons():
            b.setChecked(False)
        self.score.setCurrentIndex(0)
        self.note.clear()

    def checkin_direction(self) -> int | None:
        for value, b in self.direction_buttons.items():
            if b.isChecked():
                return value
        return None

    def save_checkin(self) -> None:
        self.save_now()
        if self.goal is None or self.goal.id is None:
            return
        score = self.score.currentData()
        try:
            self.repo.add_checkin(CheckIn(self.goal.id, datetime.now().astimezone(), self.checkin_direction(), score,
                                          self.note.text()))
        except InvalidGoal:
            self.saved_label.setText("Choose a mark or write a note first")
            self.focus_checkin()
            return
        self._clear_checkin_form()
        self._show_checkins()
        self.saved_label.setText("Check-in saved")
        self.status_changed.emit(self.goal.id)

    # -- links -------------------------------------------------------------------

    def _entry_activated(self, item: QListWidgetItem) -> None:
        self.open_entry.emit(int(item.data(EntryRole)))

    def link_entry(self) -> None:
        self.save_now()
        if self.goal is None or self.goal.id is None:
            return
        entry_id = pick_entry(self, self.session)
        if entry_id is None:
            return
        try:
            self.repo.link_entry(self.goal.id, entry_id)
        except NotFound:
            pass
        self._show_links()

    def unlink_entry(self) -> None:
        item = self.entries.currentItem()
        if item is None or self.goal is None or self.goal.id is None:
            return
        self.repo.unlink_entry(self.goal.id, int(item.data(EntryRole)))
        self._show_links()


# -- the screen ---------------------------------------------------------------------------


class GoalsScreen(QWidget):
    open_entry = Signal(int)  # entry id to open in the Journal
    goals_changed = Signal()  # a goal was saved, checked in on, closed or deleted

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert session.goals is not None
        self.session = session
        self.repo = session.goals

        # the empty state: two sentences and the first actions
        self.intro = QWidget()
        ibox = QVBoxLayout(self.intro)
        ibox.setContentsMargins(32, 24, 32, 24)
        ibox.setSpacing(12)
        ibox.addWidget(label("Goals", "title"))
        self.empty_text = label(EMPTY_TEXT, "subtitle")
        self.empty_text.setMaximumWidth(680)
        ibox.addWidget(self.empty_text)
        self.intro_guide = _button("Start from common reasons…", "Start from common reasons people join a group",
                                   self.show_guide, primary=True)
        self.intro_new = _button("Write my own goal", "Write your own goal", self.new_goal)
        irow = QHBoxLayout()
        irow.addWidget(self.intro_guide)
        irow.addWidget(self.intro_new)
        irow.addStretch(1)
        ibox.addLayout(irow)
        ibox.addStretch(1)

        # the list and the page
        self.new_button = _button("New goal", "New goal", self.new_goal, primary=True)
        self.new_button.setToolTip("New goal (Ctrl+N)")
        self.guide_button = _button("Ideas…", "Starting points: common reasons people join a group", self.show_guide)
        self.list = QListWidget()
        self.list.setAccessibleName("Your goals: short-term, long-term, then closed")
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(1)
        self.list.setItemDelegate(GoalRowDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.currentItemChanged.connect(self._current_changed)
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addStretch(1)
        actions.addWidget(self.guide_button)
        left = QWidget()
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 6, 0)
        lbox.addLayout(actions)
        lbox.addWidget(self.list, 1)
        left.setMinimumWidth(220)

        self.page = GoalPage(session)
        self.page.saved.connect(self._page_saved)
        self.page.status_changed.connect(self._page_saved)
        self.page.deleted.connect(self._page_deleted)
        self.page.open_entry.connect(self.open_entry.emit)
        self.none_chosen = label("Choose a goal on the left, or add a new one.", "hint")
        self.none_chosen.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = QStackedWidget()
        self.right.addWidget(self.none_chosen)
        self.right.addWidget(self.page)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([300, 700])
        splitter.setChildrenCollapsible(False)
        self.browser = QWidget()
        bbox = QVBoxLayout(self.browser)
        bbox.setContentsMargins(12, 12, 12, 12)
        bbox.addWidget(splitter)

        self.guide = GuidedStart()
        self.guide.finished.connect(self._guide_finished)

        self.stack = QStackedWidget()
        for w in (self.intro, self.browser, self.guide):
            self.stack.addWidget(w)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.stack)

        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.new_goal)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.page.save_now)
        QShortcut(QKeySequence("Ctrl+K"), self, activated=self._focus_checkin)
        QShortcut(QKeySequence("Ctrl+Shift+G"), self, activated=self.show_guide)
        self.refresh()

    # -- the list --------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list, keeping the goal on the page chosen."""
        keep = self.page.goal.id if self.page.goal is not None else None
        goals = self.repo.list()
        last = self.repo.last_checkins()
        today = date.today()
        self.list.blockSignals(True)
        self.list.clear()
        section = None
        for goal in goals:
            if section_of(goal) != section:
                section = section_of(goal)
                header = QListWidgetItem(SECTION_TITLES[section])
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                font = QFont(self.list.font())
                font.setBold(True)
                header.setFont(font)
                header.setForeground(QColor("#4a5661"))
                self.list.addItem(header)
            checks = self.repo.checkins(goal.id) if goal.id in last else []
            values = [v for _, v in progress_series(checks)][-12:]
            status = f"{STATUS_LABELS[goal.status]} · " if goal.status != "active" else ""
            line2 = f"{status}{describe_last(last.get(goal.id), today)}"
            item = QListWidgetItem(goal.title)
            item.setData(GoalIdRole, goal.id)
            item.setData(SparkRole, values)
            item.setData(DetailRole, line2)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{goal.title}. {line2}")
            item.setToolTip(goal.title)
            self.list.addItem(item)
            if goal.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.stack.currentWidget() is not self.guide:
            self._show_main()

    def _show_main(self) -> None:
        has_goals = self.list.count() > 0 or (self.page.goal is not None and self.right.currentWidget() is self.page)
        self.stack.setCurrentWidget(self.browser if has_goals else self.intro)

    def goal_ids(self) -> list[int]:
        return [self.list.item(i).data(GoalIdRole) for i in range(self.list.count())
                if self.list.item(i).data(GoalIdRole) is not None]

    def _row_of(self, goal_id: int) -> int:
        for i in range(self.list.count()):
            if self.list.item(i).data(GoalIdRole) == goal_id:
                return i
        return -1

    def _current_changed(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if current is None or current.data(GoalIdRole) is None:
            return
        goal_id = int(current.data(GoalIdRole))
        if self.page.goal is not None and self.page.goal.id == goal_id:
            return
        self.open_goal(goal_id)

    def open_goal(self, goal_id: int) -> None:
        try:
            goal = self.repo.get(goal_id)
        except NotFound:
            self.refresh()
            return
        if self.stack.currentWidget() is not self.browser:
            self.stack.setCurrentWidget(self.browser)
        self.page.load(goal)
        self.right.setCurrentWidget(self.page)
        row = self._row_of(goal_id)
        if row >= 0 and self.list.currentRow() != row:
            self.list.blockSignals(True)
            self.list.setCurrentRow(row)
            self.list.blockSignals(False)

    def new_goal(self) -> None:
        self.page.load(Goal(title=""))
        self.stack.setCurrentWidget(self.browser)
        self.right.setCurrentWidget(self.page)
        self.list.blockSignals(True)
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self.page.title.setFocus()

    def _focus_checkin(self) -> None:
        if self.page.goal is not None and self.page.goal.id is not None:
            self.page.focus_checkin()

    def _page_saved(self, goal_id: int) -> None:
        self.refresh()
        self.goals_changed.emit()

    def _page_deleted(self, goal_id: int) -> None:
        self.right.setCurrentWidget(self.none_chosen)
        self.refresh()
        self.goals_changed.emit()

    # -- the guided start ----------------------------------------------------------------

    def show_guide(self) -> None:
        self.page.save_now()
        self.guide.reset()
        self.stack.setCurrentWidget(self.guide)

    def _guide_finished(self, keys: list[str]) -> None:
        first: int | None = None
        for r in JOIN_REASONS:
            if r.key in keys:
                goal = self.repo.create(r.draft())
                first = first if first is not None else goal.id
        self.stack.setCurrentWidget(self.intro)
        self.refresh()
        if first is not None:
            self.open_goal(first)
            self.page.title.setFocus()
            self.page.title.selectAll()
            self.goals_changed.emit()

    def save_pending(self) -> None:
        self.page.save_now()


# -- the small dialogs behind the thin functions ---------------------------------------------


class EntryPicker(QDialog):
    """Find an entry to link: newest first, or search."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert session.journal is not None
        self.journal = session.journal
        self.chosen: int | None = None
        self.setWindowTitle("Link an entry")
        self.resize(620, 460)
        self.query = QLineEdit()
        self.query.setAccessibleName("Search entries to link")
        self.query.setPlaceholderText("Search, or choose from your latest entries")
        self.query.textChanged.connect(self.refresh)
        self.list = QListWidget()
        self.list.setAccessibleName("Entries to link")
        self.list.itemActivated.connect(self._accept_item)
        self.list.itemDoubleClicked.connect(self._accept_item)
        link = _button("Link", "Link the chosen entry", lambda: self._accept_item(self.list.currentItem()),
                       primary=True)
        cancel = _button("Cancel", "Cancel", self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(link)
        box = QVBoxLayout(self)
        box.addWidget(self.query)
        box.addWidget(self.list, 1)
        box.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        text = self.query.text().strip()
        if text:
            rows = [(h.entry_id, f"{h.entry_at.strftime('%a %d %b %Y')} · {h.title or h.snippet}")
                    for h in self.journal.search(text)]
        else:
            rows = [(s.id, format_summary(s).replace("\n", " · ")) for s in self.journal.timeline(limit=200)]
        for entry_id, text in rows:
            item = QListWidgetItem(text.replace("\ue000", "").replace("\ue001", ""))
            item.setData(EntryRole, entry_id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _accept_item(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.chosen = int(item.data(EntryRole))
            self.accept()


class WeeklyCheckIn(QDialog):
    """"How are your goals this week?": a mark and a note for each active goal, all optional."""

    MARKS = (("", None), ("moving away", -1), ("about the same", 0), ("moving toward", 1))

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert session.goals is not None
        self.repo = session.goals
        self.saved_count = 0
        self.setWindowTitle("How are your goals this week?")
        self.resize(640, 420)
        self.rows: list[tuple[Goal, QComboBox, QLineEdit]] = []
        inner = QWidget()
        grid = QVBoxLayout(inner)
        for goal in self.repo.list(statuses=("active",)):
            title = label(goal.title, "subtitle")
            mark = QComboBox()
            mark.setAccessibleName(f"How it is moving: {goal.title}")
            for text, value in self.MARKS:
                mark.addItem(text or "(no mark)", value)
            note = QLineEdit()
            note.setAccessibleName(f"Note: {goal.title}")
            note.setPlaceholderText("A few words (optional)")
            row = QHBoxLayout()
            row.addWidget(mark)
            row.addWidget(note, 1)
            grid.addWidget(title)
            grid.addLayout(row)
            self.rows.append((goal, mark, note))
        grid.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        save = _button("Save", "Save these check-ins", self.save, primary=True)
        later = _button("Later", "Close without saving", self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(later)
        buttons.addWidget(save)
        box = QVBoxLayout(self)
        box.addWidget(label("A quick mark for any goal you like; leave the rest as they are.", "hint"))
        box.addWidget(scroll, 1)
        box.addLayout(buttons)

    def save(self) -> None:
        now = datetime.now().astimezone()
        for goal, mark, note in self.rows:
            direction = mark.currentData()
            if direction is None and not note.text().strip():
                continue
            assert goal.id is not None
            self.repo.add_checkin(CheckIn(goal.id, now, direction, None, note.text()))
            self.saved_count += 1
        self.accept()
