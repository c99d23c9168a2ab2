"""Today: one prompt that fits now, and quick ways to start writing."""

from __future__ import annotations

import random
from datetime import datetime

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipt_journal.domain.entries import FORMS
from ipt_journal.domain.prompts import Prompt
from ipt_journal.services.group import Group
from ipt_journal.services.prompts import CUSTOM_PREFIX, custom_prompts, prompt_for_now
from ipt_journal.services.session import Session
from ipt_journal.ui import dialogs
from ipt_journal.ui.editor.words import form_title
from ipt_journal.ui.flow import FlowLayout, flow_of
from ipt_journal.ui.next_session.words import status_line
from ipt_journal.ui.widgets import fill_with, label, scroll_area

WRITE_SHORTCUT = "Ctrl+Return"  # write about today's prompt
BROWSE_SHORTCUT = "Ctrl+Shift+P"  # browse every prompt



def form_titles() -> dict[str, str]:
    """The reflection forms' names as every screen shows them (the domain keeps them by key)."""
    return {kind: form_title(kind) for kind in FORMS}


def _local_date(moment: datetime) -> QDate:
    return QDate(moment.year, moment.month, moment.day)


class TodayScreen(QWidget):
    write_requested = Signal(str, str, int, str)  # kind, prompt id ("" none), suggestion (0 none), prompt text
    go_to_next_session = Signal()  # the member chose to review the list or debrief
    map_people_requested = Signal()  # the invitation: start the map of relationships (People)
    look_back_requested = Signal()  # the look back: the circle then and now (People)

    def __init__(self, session: Session, parent: QWidget | None = None, *, rng: random.Random | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rng = rng or random.Random()
        self.prompt: Prompt | None = None
        self.group = Group(session)  # one reader of the group's sessions for the whole screen

        self.date_label = label("", "title")
        self.group_line = label("", "subtitle")  # announced as it reads; what it is goes in the description
        self.group_line.setAccessibleDescription(self.tr("When your next group meets"))
        self.group_action = QPushButton("")
        self.group_action.clicked.connect(self.go_to_next_session.emit)
        group_row = QHBoxLayout()
        group_row.addWidget(self.group_line, 1)
        group_row.addWidget(self.group_action)
        self.group_title = label("", "subtitle")
        self.prompt_text = label("", "prompt")
        self.prompt_text.setAccessibleDescription(self.tr("Today's prompt"))
        self.explanation = label("", "hint")
        card = QFrame()
        card.setObjectName("card")
        cbox = QVBoxLayout(card)
        cbox.addWidget(self.group_title)
        cbox.addWidget(self.prompt_text)
        cbox.addWidget(self.explanation)
        self.write_button = QPushButton(self.tr("Write about this"))
        self.write_button.setObjectName("primary")
        self.write_button.setShortcut(QKeySequence(WRITE_SHORTCUT))
        self.write_button.setToolTip(self.tr("Start an entry with this prompt (%1)").replace(
            "%1", QKeySequence(WRITE_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)))
        self.write_button.clicked.connect(self.write_about_prompt)
        self.another_button = QPushButton(self.tr("Another prompt"))
        self.another_button.setShortcut("Ctrl+R")
        self.another_button.setToolTip(self.tr("Show a different prompt (Ctrl+R)"))
        self.another_button.clicked.connect(self.next_prompt)
        self.pin_button = QPushButton(self.tr("Pin"))
        self.pin_button.setToolTip(self.tr("Pinned prompts come up more often"))
        self.pin_button.clicked.connect(self.toggle_pin)
        self.hide_button = QPushButton(self.tr("Don't show this one again"))
        self.hide_button.clicked.connect(self.hide_prompt)
        # The buttons wrap onto a new line rather than push past the card's edge (large text, Spanish).
        cbox.addWidget(flow_of(self.write_button, self.another_button, self.pin_button, self.hide_button))

        starts = FlowLayout()
        titles = form_titles()
        for kind in FORMS:
            title = titles.get(kind, FORMS[kind].title)
            b = QPushButton(title)
            b.setAccessibleName(self.tr("Start: %1").replace("%1", title))
            b.clicked.connect(lambda _=False, k=kind: self.write_requested.emit(k, "", 0, ""))
            starts.addWidget(b)
        self.browse_button = browse = QPushButton(self.tr("Browse all prompts…"))
        browse.setShortcut(QKeySequence(BROWSE_SHORTCUT))
        browse.setToolTip(self.tr("Every prompt, by suggestion; add your own (%1)").replace(
            "%1", QKeySequence(BROWSE_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)))
        browse.clicked.connect(self.browse)

        # Everything scrolls, so a small window or a long prompt never squeezes or clips it.
        content = QWidget()
        fill_with(self, scroll_area(content))
        box = QVBoxLayout(content)
        box.setContentsMargins(32, 24, 32, 24)
        box.setSpacing(12)
        box.addWidget(self.date_label)
        box.addLayout(group_row)
        box.addWidget(self._goal_card())
        from ipt_journal.ui.people.invitation import PeopleCard  # the map of relationships, the look back (issue 11)

        self.people_card = PeopleCard(session, self.group)
        self.people_card.map_requested.connect(self.map_people_requested.emit)
        self.people_card.compare_requested.connect(self.look_back_requested.emit)
        box.addWidget(self.people_card)
        from ipt_journal.ui.insights.looking_back import LookingBackCard  # check in and looking back (issue 13)

        self.looking_back = LookingBackCard(session, self.group)
        box.addWidget(self.looking_back)
        box.addWidget(card)
        box.addWidget(label(self.tr("Or start with"), "subtitle"))
        box.addLayout(starts)
        box.addWidget(browse, 0, Qt.AlignmentFlag.AlignLeft)
        box.addStretch(1)
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name): after midnight, today is a new day
        self._show_date()
        super().showEvent(event)

    def _show_date(self) -> None:
        # the pattern is translatable: Spanish says "miércoles, 2 de diciembre"
        self.date_label.setText(QLocale().toString(_local_date(datetime.now()), self.tr("dddd, d MMMM")))

    def refresh(self) -> None:
        self._show_date()
        self.refresh_group()
        self.refresh_goals()
        self.people_card.refresh()
        self.looking_back.refresh()
        if self.prompt is None:
            self.next_prompt()

    def _goal_card(self) -> QFrame:
        self.goal_card = QFrame()  # a plain row like the group line: Today has little height to spare
        self.goal_button = QPushButton(self.tr("Check in on your goals"))
        self.goal_button.clicked.connect(self.check_in_goals)
        row = QHBoxLayout(self.goal_card)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label(self.tr("How are your goals this week? A quick mark is plenty."), "subtitle"), 1)
        row.addWidget(self.goal_button)
        return self.goal_card

    def refresh_goals(self) -> None:
        """The goal card shows when there are active goals and no check-in for a while."""
        from ipt_journal.domain.goals import goal_checkin_due

        goals = self.session.goals
        now = datetime.now().astimezone()
        due = False
        if goals is not None and goals.list(statuses=("active",)):
            nxt = self.group.next(now)
            due = goal_checkin_due(now, goals.last_active_checkin_at(), nxt.starts_at if nxt else None)
        self.goal_card.setVisible(due)

    def check_in_goals(self) -> None:
        from ipt_journal.ui import goals as goals_ui

        goals_ui.weekly_checkin(self, self.session)
        self.refresh_goals()

    def refresh_group(self) -> None:
        from ipt_journal.domain.schedule import debrief_due, is_review_time

        group = self.group
        group.forget()  # the schedule or a session may have changed elsewhere: read them once here
        now = datetime.now().astimezone()
        self.group_line.setText(status_line(group, now))  # the same line as on Next session
        if group.schedule() is None:
            self.group_action.setText(self.tr("Set up your group…"))
        elif is_review_time(group.next(now), now):
            self.group_action.setText(self.tr("Review what to raise"))
        elif debrief_due(group.last(now), now):
            self.group_action.setText(self.tr("Look back on group"))
        else:
            self.group_action.setText(self.tr("Your list for next time"))
        self.people_card.refresh(now)

    def show_prompt(self, prompt: Prompt | None) -> None:
        self.prompt = prompt
        has = prompt is not None
        for b in (self.write_button, self.pin_button, self.hide_button):
            b.setEnabled(has)
        if prompt is None:
            self.group_title.setText("")
            self.prompt_text.setText(self.tr("You have hidden every prompt. You can bring them back under Browse all "
                                             "prompts."))
            self.explanation.setText("")
            return
        group = self.session.library.suggestion(prompt.suggestion) if prompt.suggestion else None
        if group is None and not prompt.custom:
            group = self.session.library.group(prompt.set_key)
        title = group.title if group else self.tr("Your own prompt")
        if group is not None and group.number:
            title = f"{group.number}. {title}"
        self.group_title.setText(title)
        self.prompt_text.setText(prompt.text)
        self.explanation.setText(group.explanation if group else "")
        assert self.session.prompt_prefs is not None
        self.pin_button.setText(self.tr("Unpin") if prompt.id in self.session.prompt_prefs.pinned() else self.tr("Pin"))

    def next_prompt(self) -> None:
        previous = self.prompt.id if self.prompt else None
        self.show_prompt(prompt_for_now(self.session, previous_id=previous, rng=self.rng, group=self.group))

    def write_about_prompt(self) -> None:
        if self.prompt is None:
            return
        kind = "free"
        self.write_requested.emit(kind, self.prompt.id, self.prompt.suggestion or 0, self.prompt.text)

    def toggle_pin(self) -> None:
        if self.prompt is None or not self.session.is_unlocked:
            return
        pinned = self.prompt.id in self.session.prompt_prefs.pinned()
        self.session.prompt_prefs.set_pinned(self.prompt.id, not pinned)
        self.pin_button.setText(self.tr("Pin") if pinned else self.tr("Unpin"))

    def hide_prompt(self) -> None:
        if self.prompt is None or not self.session.is_unlocked:
            return
        self.session.prompt_prefs.set_hidden(self.prompt.id, True)
        self.next_prompt()

    def browse(self) -> None:
        dialog = PromptBrowser(self.session, self)
        dialog.write_requested.connect(self.write_requested.emit)
        dialog.exec()


class PromptBrowser(QDialog):
    write_requested = Signal(str, str, int, str)  # same as TodayScreen.write_requested

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("All prompts"))
        self.resize(720, 560)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setAccessibleName(self.tr("Prompts grouped by suggestion"))
        self.tree.itemActivated.connect(lambda *_: self.write_selected())
        grid = QGridLayout()  # two rows of three: readable with large text and longer Spanish words
        grid_buttons: list[QPushButton] = []
        for text, slot in (
            (self.tr("Write about this"), self.write_selected),
            (self.tr("Hide / show"), self.toggle_hidden),
            (self.tr("Pin / unpin"), self.toggle_pinned),
            (self.tr("Add my own…"), self.add_custom),
            (self.tr("Edit mine…"), self.edit_custom),
            (self.tr("Delete mine"), self.delete_custom),
        ):
            b = QPushButton(text)
            b.clicked.connect(slot)
            grid.addWidget(b, len(grid_buttons) // 3, len(grid_buttons) % 3)
            grid_buttons.append(b)
        box = QVBoxLayout(self)
        box.addWidget(self.tree, 1)
        box.addLayout(grid)
        self.refresh()

    def refresh(self) -> None:
        prefs = self.session.prompt_prefs
        assert prefs is not None
        hidden, pinned = prefs.hidden(), prefs.pinned()
        self.tree.clear()
        lib = self.session.library

        def add_group(title: str, prompts: list[Prompt] | tuple[Prompt, ...]) -> None:
            top = QTreeWidgetItem([title])
            self.tree.addTopLevelItem(top)
            for p in prompts:
                marks = (self.tr(" (pinned)") if p.id in pinned else "") + (self.tr(" (hidden)") if p.id in hidden else "")
                child = QTreeWidgetItem([p.text + marks])
                child.setData(0, Qt.ItemDataRole.UserRole, p.id)
                top.addChild(child)

        for group in lib.suggestions:
            add_group(f"{group.number}. {group.title}", lib.prompts_in(group.key))
        for group in lib.sets:
            add_group(group.title, lib.prompts_in(group.key))
        add_group(self.tr("Your own prompts"), custom_prompts(self.session))
        self.tree.expandAll()

    def _selected(self) -> Prompt | None:
        item = self.tree.currentItem()
        prompt_id = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        if not prompt_id:
            return None
        from ipt_journal.services.prompts import find_prompt

        return find_prompt(self.session, prompt_id)

    def write_selected(self) -> None:
        p = self._selected()
        if p is not None:
            self.write_requested.emit("free", p.id, p.suggestion or 0, p.text)
            self.accept()

    def toggle_hidden(self) -> None:
        p = self._selected()
        if p is not None and self.session.prompt_prefs is not None:
            self.session.prompt_prefs.set_hidden(p.id, p.id not in self.session.prompt_prefs.hidden())
            self.refresh()

    def toggle_pinned(self) -> None:
        p = self._selected()
        if p is not None and self.session.prompt_prefs is not None:
            self.session.prompt_prefs.set_pinned(p.id, p.id not in self.session.prompt_prefs.pinned())
            self.refresh()

    def add_custom(self) -> None:
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Your own prompt"),
                                                 self.tr("A question or nudge for yourself:"))
        if ok and text.strip() and self.session.prompt_prefs is not None:
            self.session.prompt_prefs.add_custom(text.strip()[:1000])
            self.refresh()

    def edit_custom(self) -> None:
        p = self._selected()
        if p is None or not p.custom or not self.session.is_unlocked:
            return
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Edit your prompt"), self.tr("Prompt:"), p.text)
        if ok and text.strip():
            self.session.prompt_prefs.edit_custom(p.id.removeprefix(CUSTOM_PREFIX), text.strip()[:1000], p.suggestion)
            self.refresh()

    def delete_custom(self) -> None:
        p = self._selected()
        if p is not None and p.custom and self.session.prompt_prefs is not None and dialogs.confirm(
            self, self.tr("Delete your prompt"), self.tr("Delete this prompt of yours? Entries written with it are kept."),
            yes=self.tr("Delete")
        ):
            self.session.prompt_prefs.delete_custom(p.id.removeprefix(CUSTOM_PREFIX))
            self.refresh()
