"""One goal's page: title, why, how I will notice it, details, and autosave; the parts live beside it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipt_journal.domain.goals import HORIZONS, RELATIONSHIPS, Goal, InvalidGoal
from ipt_journal.services.session import Session
from ipt_journal.ui.goals.checkin import CheckInPart
from ipt_journal.ui.editor.people import PeoplePicker, people_repo
from ipt_journal.ui.goals.common import AUTOSAVE_MS, _button, _text_box
from ipt_journal.ui.goals.links import LinksPart
from ipt_journal.ui.goals.status import StatusPart
from ipt_journal.ui.goals.words import horizon_hint, horizon_label, relationship_label
from ipt_journal.ui.widgets import fill_with, hbox, label, save_timer, scroll_area
from ipt_journal.vault.errors import NotFound


class GoalPage(StatusPart, CheckInPart, LinksPart, QWidget):
    """One goal: its words and details, with the status, check-in and links parts (mixins)."""

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
        self._timer = save_timer(self, AUTOSAVE_MS, self.save_now)

        self.status_label = label("", "subtitle")
        self.saved_label = label("", "hint", wrap=False)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Goal title"))
        self.title.setPlaceholderText(self.tr("In a few words, what do you want?"))
        self.title.setAccessibleDescription(self.tr("In a few words, what do you want?"))
        self.title_label = label(self.tr("Goal title"), "hint")
        self.title_label.setBuddy(self.title)
        font = QFont(self.title.font())
        font.setPointSizeF(max(font.pointSizeF(), 11) * 1.25)
        self.title.setFont(font)
        self.why = _text_box(self.tr("Why it matters"), self.tr("What would change for you?"))
        self.observable = _text_box(
            self.tr("How I will notice it happening"),
            self.tr("Something you could see or hear, e.g. I say when I disagree with my sister"), 56,
        )
        self.horizon = QComboBox()
        self.horizon.setAccessibleName(self.tr("Horizon"))
        self.horizon.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.horizon.setMinimumContentsLength(12)
        for h in HORIZONS:
            self.horizon.addItem(self.tr("%1: %2").replace("%1", horizon_label(h)).replace("%2", horizon_hint(h)), h)
        self.has_target = QCheckBox(self.tr("Target date"))
        self.has_target.setAccessibleName(self.has_target.text())
        self.has_target.setAccessibleDescription(self.tr("Has a target date"))
        self.target = QDateEdit()
        self.target.setAccessibleName(self.tr("Target date"))
        self.target.setCalendarPopup(True)
        self.target.setDisplayFormat("d MMM yyyy")
        self.target.setDate(QDate.currentDate().addDays(42))
        self.has_target.toggled.connect(self.target.setEnabled)
        target_row = hbox(self.has_target, self.target, None)
        self.relationships: dict[str, QCheckBox] = {}
        rel_grid = QGridLayout()
        rel_grid.setContentsMargins(0, 0, 0, 0)
        for i, word in enumerate(RELATIONSHIPS):
            box = QCheckBox(relationship_label(word))
            box.setAccessibleName(box.text())
            box.setAccessibleDescription(self.tr("Who it is about"))
            self.relationships[word] = box
            rel_grid.addWidget(box, i // 2, i % 2)  # two columns: long words in other languages still fit
        self.suggestions = QListWidget()
        self.suggestions.setAccessibleName(self.tr("Suggestions this goal relates to (Space ticks one)"))
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
        form.addRow(self.tr("Why it matters"), self.why)
        form.addRow(self.tr("How I will notice it happening"), self.observable)
        details = form_layout()
        details.addRow(self.tr("Horizon"), self.horizon)
        details.addRow(target_row)
        details.addRow(self.tr("Who it is about"), rel_grid)
        details.addRow(self.tr("Suggestions it relates to"), self.suggestions)
        self.goal_people = PeoplePicker(lambda: people_repo(self.session), self.tr("People this goal is about"))

        # status and closing
        self.achieve_button = _button(self.tr("Achieved…"), self.tr("Mark this goal as achieved"),
                                      lambda: self.close_goal("achieved"))
        self.pause_button = _button(self.tr("Pause"), self.tr("Pause this goal"), self.toggle_pause)
        self.let_go_button = _button(self.tr("Let go…"), self.tr("Let this goal go"), lambda: self.close_goal("let_go"))
        self.reopen_button = _button(self.tr("Make active again"), self.tr("Make this goal active again"), self.reopen)
        self.delete_button = _button(self.tr("Delete…"), self.tr("Delete this goal for good"), self.delete_goal)
        status_row = QHBoxLayout()
        for b in (self.achieve_button, self.pause_button, self.let_go_button, self.reopen_button):
            status_row.addWidget(b)
        status_row.addStretch(1)
        self.reflection_label = label(self.tr("Looking back"), "subtitle")
        self.reflection = _text_box(self.tr("Your closing reflection"), "", 80)

        self._build_checkin()
        link_row = self._build_links()

        inner = QWidget()
        box = QVBoxLayout(inner)
        box.setContentsMargins(20, 12, 20, 16)
        box.setSpacing(10)
        top = QHBoxLayout()
        top.addWidget(self.status_label, 1)
        top.addWidget(self.saved_label)
        box.addLayout(top)
        box.addWidget(self.title_label)
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
        self.links_label = label(self.tr("Linked entries"), "subtitle")
        box.addWidget(self.links_label)
        box.addWidget(self.entries)
        box.addWidget(self.entries_hint)
        box.addLayout(link_row)
        box.addWidget(self.agenda_label)
        box.addWidget(self.goal_people)
        box.addSpacing(6)
        box.addWidget(label(self.tr("Details"), "subtitle"))
        box.addLayout(details)
        box.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addStretch(1)
        self.scroll = scroll_area(inner)
        fill_with(self, self.scroll)

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
            self.saved_label.setText("" if goal.id is None else self.tr("Saved"))
            self.goal_people.show_for("goal", goal.id)
        finally:
            self._loading = False
        self.relayout()  # buttons came and went: recompute the width it needs
        self.scroll.verticalScrollBar().setValue(0)

    # -- editing ---------------------------------------------------------------

    def _changed(self, *args: object) -> None:
        if self._loading or self.goal is None:
            return
        self._dirty = True
        self.saved_label.setText(self.tr("Not saved yet"))
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
            self.saved_label.setText(self.tr("Not saved yet: a goal needs a title") if "title" in str(exc)
                                     else self.tr("Not saved yet; what you typed is still here"))
            return  # a new goal without a title stays unsaved; the old title stays stored
        except NotFound:
            self.goal = None
            self._dirty = False
            return
        self._dirty = False
        self.saved_label.setText(self.tr("Saved"))
        if was_new:
            self._show_status()
            self._show_checkins()
            self._show_links()
            self.goal_people.show_for("goal", self.goal.id)
        self.saved.emit(self.goal.id)
