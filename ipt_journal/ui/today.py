"""Today: one prompt that fits now, and quick ways to start writing."""

from __future__ import annotations

import random
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QScrollArea,
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
from ipt_journal.ui.widgets import label


class TodayScreen(QWidget):
    write_requested = Signal(str, str, int, str)  # kind, prompt id ("" none), suggestion (0 none), prompt text
    go_to_next_session = Signal()  # the member chose to review the list or debrief

    def __init__(self, session: Session, parent: QWidget | None = None, *, rng: random.Random | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rng = rng or random.Random()
        self.prompt: Prompt | None = None
        self.group = Group(session)  # one reader of the group's sessions for the whole screen

        self.date_label = label("", "title")
        self.group_line = label("", "subtitle")
        self.group_line.setAccessibleName("Next group")
        self.group_action = QPushButton("")
        self.group_action.clicked.connect(self.go_to_next_session.emit)
        group_row = QHBoxLayout()
        group_row.addWidget(self.group_line, 1)
        group_row.addWidget(self.group_action)
        self.group_title = label("", "subtitle")
        self.prompt_text = label("", "prompt")
        self.prompt_text.setAccessibleName("Today's prompt")
        self.explanation = label("", "hint")
        card = QFrame()
        card.setObjectName("card")
        cbox = QVBoxLayout(card)
        cbox.addWidget(self.group_title)
        cbox.addWidget(self.prompt_text)
        cbox.addWidget(self.explanation)
        self.write_button = QPushButton("Write about this")
        self.write_button.setObjectName("primary")
        self.write_button.clicked.connect(self.write_about_prompt)
        self.another_button = QPushButton("Another prompt")
        self.another_button.setShortcut("Ctrl+R")
        self.another_button.clicked.connect(self.next_prompt)
        self.pin_button = QPushButton("Pin")
        self.pin_button.setToolTip("Pinned prompts come up more often")
        self.pin_button.clicked.connect(self.toggle_pin)
        self.hide_button = QPushButton("Don't show this one again")
        self.hide_button.clicked.connect(self.hide_prompt)
        row = QHBoxLayout()
        for b in (self.write_button, self.another_button, self.pin_button, self.hide_button):
            row.addWidget(b)
        row.addStretch(1)
        cbox.addLayout(row)

        starts = QGridLayout()
        for i, (kind, spec) in enumerate(FORMS.items()):
            b = QPushButton(spec.title)
            b.setAccessibleName(f"Start: {spec.title}")
            b.clicked.connect(lambda _=False, k=kind: self.write_requested.emit(k, "", 0, ""))
            starts.addWidget(b, i // 2, i % 2)
        browse = QPushButton("Browse all prompts…")
        browse.clicked.connect(self.browse)

        # Everything scrolls, so a small window or a long prompt never squeezes or clips it.
        content = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        box = QVBoxLayout(content)
        box.setContentsMargins(32, 24, 32, 24)
        box.setSpacing(12)
        box.addWidget(self.date_label)
        box.addLayout(group_row)
        box.addWidget(self._goal_card())
        from ipt_journal.ui.insights.looking_back import LookingBackCard  # check in and looking back (issue 13)

        self.looking_back = LookingBackCard(session, self.group)
        box.addWidget(self.looking_back)
        box.addWidget(card)
        box.addWidget(label("Or start with", "subtitle"))
        box.addLayout(starts)
        box.addWidget(browse, 0, Qt.AlignmentFlag.AlignLeft)
        box.addStretch(1)
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name): after midnight, today is a new day
        self.date_label.setText(datetime.now().strftime("%A, %d %B"))
        super().showEvent(event)

    def refresh(self) -> None:
        self.date_label.setText(datetime.now().strftime("%A, %d %B"))
        self.refresh_group()
        self.refresh_goals()
        self.looking_back.refresh()
        if self.prompt is None:
            self.next_prompt()

    def _goal_card(self) -> QFrame:
        self.goal_card = QFrame()  # a plain row like the group line: Today has little height to spare
        self.goal_button = QPushButton("Check in on your goals")
        self.goal_button.setAccessibleName("Check in on your goals")
        self.goal_button.clicked.connect(self.check_in_goals)
        row = QHBoxLayout(self.goal_card)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label("How are your goals this week? A quick mark is plenty.", "subtitle"), 1)
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
        self.group_line.setText(group.status_line(now))
        if group.schedule() is None:
            self.group_action.setText("Set up your group…")
        elif is_review_time(group.next(now), now):
            self.group_action.setText("Review what to raise")
        elif debrief_due(group.last(now), now):
            self.group_action.setText("Look back on group")
        else:
            self.group_action.setText("Your list for next time")

    def show_prompt(self, prompt: Prompt | None) -> None:
        self.prompt = prompt
        has = prompt is not None
        for b in (self.write_button, self.pin_button, self.hide_button):
            b.setEnabled(has)
        if prompt is None:
            self.group_title.setText("")
            self.prompt_text.setText("You have hidden every prompt. You can bring them back under Browse all prompts.")
            self.explanation.setText("")
            return
        group = self.session.library.suggestion(prompt.suggestion) if prompt.suggestion else None
        if group is None and not prompt.custom:
            group = self.session.library.group(prompt.set_key)
        title = group.title if group else "Your own prompt"
        if group is not None and group.number:
            title = f"{group.number}. {title}"
        self.group_title.setText(title)
        self.prompt_text.setText(prompt.text)
        self.explanation.setText(group.explanation if group else "")
        assert self.session.prompt_prefs is not None
        self.pin_button.setText("Unpin" if prompt.id in self.session.prompt_prefs.pinned() else "Pin")

    def next_prompt(self) -> None:
        previous = self.prompt.id if self.prompt else None
        self.show_prompt(prompt_for_now(self.session, previous_id=previous, rng=self.rng, group=self.group))

    def write_about_prompt(self) -> None:
        if self.prompt is None:
            return
        kind = "free"
        self.write_requested.emit(kind, self.prompt.id, self.prompt.suggestion or 0, self.prompt.text)

    def toggle_pin(self) -> None:
        if self.prompt is None or self.session.prompt_prefs is None:
            return
        pinned = self.prompt.id in self.session.prompt_prefs.pinned()
        self.session.prompt_prefs.set_pinned(self.prompt.id, not pinned)
        self.pin_button.setText("Pin" if pinned else "Unpin")

    def hide_prompt(self) -> None:
        if self.prompt is None or self.session.prompt_prefs is None:
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
        self.setWindowTitle("All prompts")
        self.resize(720, 560)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setAccessibleName("Prompts grouped by suggestion")
        self.tree.itemActivated.connect(lambda *_: self.write_selected())
        buttons = QHBoxLayout()
        for text, slot in (
            ("Write about this", self.write_selected),
            ("Hide / show", self.toggle_hidden),
            ("Pin / unpin", self.toggle_pinned),
            ("Add my own…", self.add_custom),
            ("Edit mine…", self.edit_custom),
            ("Delete mine", self.delete_custom),
        ):
            b = QPushButton(text)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        box = QVBoxLayout(self)
        box.addWidget(self.tree, 1)
        box.addLayout(buttons)
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
                marks = (" (pinned)" if p.id in pinned else "") + (" (hidden)" if p.id in hidden else "")
                child = QTreeWidgetItem([p.text + marks])
                child.setData(0, Qt.ItemDataRole.UserRole, p.id)
                top.addChild(child)

        for group in lib.suggestions:
            add_group(f"{group.number}. {group.title}", lib.prompts_in(group.key))
        for group in lib.sets:
            add_group(group.title, lib.prompts_in(group.key))
        add_group("Your own prompts", custom_prompts(self.session))
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
        text, ok = QInputDialog.getMultiLineText(self, "Your own prompt", "A question or nudge for yourself:")
        if ok and text.strip() and self.session.prompt_prefs is not None:
            self.session.prompt_prefs.add_custom(text.strip()[:1000])
            self.refresh()

    def edit_custom(self) -> None:
        p = self._selected()
        if p is None or not p.custom or self.session.prompt_prefs is None:
            return
        text, ok = QInputDialog.getMultiLineText(self, "Edit your prompt", "Prompt:", p.text)
        if ok and text.strip():
            self.session.prompt_prefs.edit_custom(p.id.removeprefix(CUSTOM_PREFIX), text.strip()[:1000], p.suggestion)
            self.refresh()

    def delete_custom(self) -> None:
        p = self._selected()
        if p is not None and p.custom and self.session.prompt_prefs is not None and dialogs.confirm(
            self, "Delete your prompt", "Delete this prompt of yours? Entries written with it are kept.", yes="Delete"
        ):
            self.session.prompt_prefs.delete_custom(p.id.removeprefix(CUSTOM_PREFIX))
            self.refresh()
