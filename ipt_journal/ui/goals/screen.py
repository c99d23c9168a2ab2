"""The Goals screen: the intro when there are none, the list beside one goal's page, and the guided start."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ipt_journal.domain.goals import JOIN_REASONS, Goal, progress_series, section_of
from ipt_journal.services.session import Session
from ipt_journal.ui.flow import flow_of
from ipt_journal.ui.goals.common import DetailRole, GoalIdRole, SparkRole, _button
from ipt_journal.ui.goals.guide import GuidedStart
from ipt_journal.ui.goals.list import GoalRowDelegate
from ipt_journal.ui.goals.page import GoalPage
from ipt_journal.ui.goals.words import describe_last, reason_draft, section_title, status_label
from ipt_journal.ui.widgets import hbox, label
from ipt_journal.vault.errors import NotFound

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "GoalsScreen",
    "Goals are the changes you want from your time in group and in your daily life, in your own words. "
    "Now and then you can mark how each one is moving, and look back on it over the weeks.")  # English; shown as empty_text()


def empty_text() -> str:
    return QCoreApplication.translate("GoalsScreen", EMPTY_TEXT)


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
        ibox.addWidget(label(self.tr("Goals"), "title"))
        self.empty_text = label(empty_text(), "subtitle")
        self.empty_text.setMaximumWidth(680)
        ibox.addWidget(self.empty_text)
        self.intro_guide = _button(self.tr("Start from common reasons…"),
                                   self.tr("Start from common reasons people join a group"), self.show_guide,
                                   primary=True)
        self.intro_new = _button(self.tr("Write my own goal"), self.tr("Write a goal in your own words"),
                                 self.new_goal)
        ibox.addWidget(flow_of(self.intro_guide, self.intro_new))  # wraps at large text instead of cutting
        ibox.addStretch(1)

        # the list and the page
        self.new_button = _button(self.tr("New goal"), self.tr("New goal"), self.new_goal, primary=True)
        self.new_button.setToolTip(self.tr("New goal (Ctrl+N)"))
        self.guide_button = _button(self.tr("Ideas…"), self.tr("Starting points: common reasons people join a group"),
                                    self.show_guide)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Your goals: short-term, long-term, then closed"))
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(1)
        self.list.setItemDelegate(GoalRowDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.currentItemChanged.connect(self._current_changed)
        actions = hbox(self.new_button, None, self.guide_button)
        left = QWidget()
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 6, 0)
        lbox.addLayout(actions)
        lbox.addWidget(self.list, 1)
        left.setMinimumWidth(max(220, left.minimumSizeHint().width()))  # its buttons stay whole at large text

        self.page = GoalPage(session)
        self.page.saved.connect(self._page_saved)
        self.page.status_changed.connect(self._page_saved)
        self.page.deleted.connect(self._page_deleted)
        self.page.open_entry.connect(self.open_entry.emit)
        self.none_chosen = label(self.tr("Choose a goal on the left, or add a new one."), "hint")
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
                header = QListWidgetItem(section_title(section))
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                font = QFont(self.list.font())
                font.setBold(True)
                header.setFont(font)  # its colour: the palette's soft text, from the delegate
                self.list.addItem(header)
            checks = self.repo.checkins(goal.id) if goal.id in last else []
            values = [v for _, v in progress_series(checks)][-12:]
            status = f"{status_label(goal.status)} · " if goal.status != "active" else ""
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

    def open_goal(self, goal_id: int, checkin_id: int | None = None) -> bool:
        """Show a goal's page (search opens it here); with checkin_id that check-in is chosen in its history."""
        try:
            goal = self.repo.get(goal_id)
        except NotFound:
            self.refresh()
            return False
        if self.stack.currentWidget() is not self.browser:
            self.stack.setCurrentWidget(self.browser)
        self.page.load(goal)
        self.right.setCurrentWidget(self.page)
        row = self._row_of(goal_id)
        if row >= 0 and self.list.currentRow() != row:
            self.list.blockSignals(True)
            self.list.setCurrentRow(row)
            self.list.blockSignals(False)
        if checkin_id is not None:
            return self.page.show_checkin(checkin_id)
        return True

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
                goal = self.repo.create(reason_draft(r))
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
