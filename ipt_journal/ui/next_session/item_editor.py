"""The chosen item's details on the To raise tab: its words, why, wording coach, goal and autosave."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from ipt_journal.domain.agenda import LEAVING_TEXT, MAX_CHOSEN, AgendaItem
from ipt_journal.ui.editor.coach import coach_language
from ipt_journal.ui.editor.people import PeoplePicker, people_repo
from ipt_journal.ui.next_session.common import ItemIdRole
from ipt_journal.ui.next_session.words import item_row, item_text, leaving_text, mirror_words
from ipt_journal.ui.widgets import button, hbox, label, scroll_area


class ItemEditorPart:
    """The form beside the agenda list; edits are saved shortly after typing stops."""

    def _build_item_editor(self) -> QWidget:
        self.f_text = QLineEdit()
        self.f_text.setAccessibleName(QCoreApplication.translate("ItemEditorPart", "What I want to say"))
        self.f_why = QPlainTextEdit()
        self.f_why.setAccessibleName(QCoreApplication.translate("ItemEditorPart", "Why it matters to me"))
        self.f_why.setMaximumHeight(80)
        self.f_why.setTabChangesFocus(True)
        self.f_suggestion = QComboBox()
        self.f_suggestion.setAccessibleName(QCoreApplication.translate("ItemEditorPart", "Which suggestion it relates to"))
        self.f_suggestion.addItem("", None)
        for combo in (self.f_suggestion,):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)  # long titles are elided, the form keeps its width
        for group in self.session.library.suggestions:
            self.f_suggestion.addItem(f"{group.number}. {group.title}", group.number)
        self.f_draft = QPlainTextEdit()
        self.f_draft.setAccessibleName(QCoreApplication.translate("ItemEditorPart", "How I might say it"))
        self.f_draft.setPlaceholderText(QCoreApplication.translate("ItemEditorPart", "Try it as a sentence about you: \u201cI noticed\u2026\u201d, \u201cI felt\u2026\u201d"))
        self.f_draft.setMaximumHeight(90)
        self.f_draft.setTabChangesFocus(True)
        coach = button(QCoreApplication.translate("ItemEditorPart", "Check my wording"), self.run_coach)
        coach.setShortcut(QKeySequence("Ctrl+Shift+W"))
        coach.setToolTip(QCoreApplication.translate("ItemEditorPart", "Spots questions to others and offers them as statements about you")
                         + " (" + QKeySequence("Ctrl+Shift+W").toString(QKeySequence.SequenceFormat.NativeText) + ")")
        self.coach_hint = label("", "hint")
        self.f_chosen = QCheckBox(QCoreApplication.translate("ItemEditorPart", "One of my top three this time"))
        self.f_feeling = QLineEdit()
        self.f_feeling.setAccessibleName(QCoreApplication.translate("ItemEditorPart", "How I feel about raising it"))
        self.f_feeling.setPlaceholderText(QCoreApplication.translate("ItemEditorPart", "A word or two, if you like"))
        self.f_feeling_label = label(QCoreApplication.translate("ItemEditorPart", "How I feel about raising it"))
        self.f_feeling_label.setBuddy(self.f_feeling)
        self.mirror = label("", "hint")
        self.mirror_write = button(QCoreApplication.translate("ItemEditorPart", "Write about what makes it hard"), self._write_about_waiting)
        self.f_goal = QComboBox()
        self.f_goal.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.f_goal.setMinimumContentsLength(12)
        self.f_goal.setAccessibleName(QCoreApplication.translate("ItemEditorPart", "The goal it serves"))
        self.f_goal.activated.connect(self._goal_chosen)
        self.open_source = button(QCoreApplication.translate("ItemEditorPart", "Open the entry it came from"), self._open_source)
        delete = button(QCoreApplication.translate("ItemEditorPart", "Remove from the list"), self.delete_current)
        self.item_people = PeoplePicker(lambda: people_repo(self.session), QCoreApplication.translate("ItemEditorPart", "People it is about"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(QCoreApplication.translate("ItemEditorPart", "What I want to say"), self.f_text)
        form.addRow(QCoreApplication.translate("ItemEditorPart", "Why it matters to me"), self.f_why)
        form.addRow(QCoreApplication.translate("ItemEditorPart", "It relates to"), self.f_suggestion)
        form.addRow(QCoreApplication.translate("ItemEditorPart", "The goal it serves"), self.f_goal)
        form.addRow(self.item_people)
        form.addRow(QCoreApplication.translate("ItemEditorPart", "How I might say it"), self.f_draft)
        form.addRow(coach)
        form.addRow(self.coach_hint)
        form.addRow(self.f_chosen)
        form.addRow(self.f_feeling_label)
        form.addRow(self.f_feeling)
        self.detail = QWidget()
        dbox = QVBoxLayout(self.detail)
        dbox.setContentsMargins(8, 0, 8, 0)
        dbox.addWidget(self.mirror)
        dbox.addWidget(self.mirror_write, 0, Qt.AlignmentFlag.AlignLeft)
        dbox.addLayout(form)
        dbox.addWidget(self.open_source, 0, Qt.AlignmentFlag.AlignLeft)
        dbox.addWidget(delete, 0, Qt.AlignmentFlag.AlignLeft)
        dbox.addStretch(1)
        scroll = scroll_area(self.detail)
        for w in (self.f_text, self.f_feeling):
            w.textChanged.connect(self._edited)
        for w in (self.f_why, self.f_draft):
            w.textChanged.connect(self._edited)
        self.f_suggestion.currentIndexChanged.connect(self._edited)
        self.f_chosen.toggled.connect(self._chosen_toggled)
        return scroll

    def _show_item(self, item: AgendaItem | None) -> None:
        self._loading = True
        self.current = item
        self.detail.setEnabled(item is not None)
        self.detail.setVisible(item is not None)
        self.print_button.setEnabled(item is not None)
        self.f_text.setText(item_text(item) if item else "")
        self.f_why.setPlainText(item.why if item else "")
        self.f_draft.setPlainText(item.draft if item else "")
        self.f_suggestion.setCurrentIndex(max(self.f_suggestion.findData(item.suggestion), 0) if item else 0)
        self.f_chosen.setChecked(bool(item and item.chosen))
        self.f_feeling.setText(item.feeling_note if item else "")
        self.mirror.setText(mirror_words(item) if item else "")
        self.mirror.setVisible(bool(self.mirror.text()))
        self.mirror_write.setVisible(bool(self.mirror.text()))
        self._fill_goals(item)
        self.open_source.setVisible(bool(item and item.entry_id))
        self.item_people.show_for("agenda_item", item.id if item else None)
        self.coach_hint.setText("")
        self._loading = False

    def _fill_goals(self, item: AgendaItem | None) -> None:
        goals = self.session.goals
        self.f_goal.clear()
        self.f_goal.addItem(QCoreApplication.translate("ItemEditorPart", "None"), None)
        if goals is None or item is None:
            return
        linked = goals.goals_for_agenda_item(int(item.id))  # type: ignore[arg-type]
        linked_ids = {g.id for g in linked}
        for goal in goals.list():
            if goal.status in ("active", "paused") or goal.id in linked_ids:  # a closed goal shows if linked
                self.f_goal.addItem(goal.title, goal.id)
        if linked:
            self.f_goal.setCurrentIndex(max(self.f_goal.findData(linked[0].id), 0))

    def _goal_chosen(self, index: int) -> None:
        goals = self.session.goals
        if goals is None or self.current is None:
            return
        item_id = int(self.current.id)  # type: ignore[arg-type]
        for goal in goals.goals_for_agenda_item(item_id):
            goals.unlink_agenda_item(int(goal.id), item_id)  # type: ignore[arg-type]
        goal_id = self.f_goal.itemData(index)
        if goal_id is not None:
            goals.link_agenda_item(int(goal_id), item_id)

    def _write_about_waiting(self) -> None:
        if self.current is not None:
            self.write_requested.emit("avoided", "", 6, f"{self.mirror.text()} ({self.current.text})")

    def _edited(self, *args: object) -> None:
        if not self._loading and self.current is not None:
            self._save_timer.start()

    def _chosen_toggled(self, on: bool) -> None:
        if self._loading or self.current is None:
            return
        chosen = [i for i in self.agenda.open_items() if i.chosen and i.id != self.current.id]
        if on and len(chosen) >= MAX_CHOSEN:
            self._loading = True
            self.f_chosen.setChecked(False)
            self._loading = False
            self.coach_hint.setText(QCoreApplication.translate("ItemEditorPart", "You have chosen three already. Fewer is often easier to carry into the room."))
            return
        self.save_current(force=True)
        self._fill_items()

    def save_current(self, force: bool = False) -> None:
        was_pending = self._save_timer.isActive()
        self._save_timer.stop()
        if self.current is None or (not was_pending and not force):
            return
        text = self.f_text.text().strip() or self.current.text
        if self.current.text == LEAVING_TEXT and text == leaving_text():
            text = LEAVING_TEXT  # shown translated, kept as the journal wrote it
        updated = replace(
            self.current, text=text[:500], why=self.f_why.toPlainText(), draft=self.f_draft.toPlainText(),
            suggestion=self.f_suggestion.currentData(), chosen=self.f_chosen.isChecked(),
            feeling_note=self.f_feeling.text(),
        )
        self.current = self.agenda.update(updated)
        row = self.items.currentItem()
        if row is not None and int(row.data(ItemIdRole)) == self.current.id:
            row.setText(item_row(self.current))

    def _open_source(self) -> None:
        if self.current is not None and self.current.entry_id:
            self.open_entry.emit(self.current.entry_id)

    def run_coach(self) -> None:
        from ipt_journal.domain.statements import nothing_spotted, review

        # with no draft yet, the item's own words are what would be said
        language = coach_language()
        hints = review(self.f_draft.toPlainText().strip() or self.f_text.text(), language)
        if not hints:
            self.coach_hint.setText(nothing_spotted(language))
            return
        first = hints[0]
        if first.rewrite:
            self.coach_hint.setText(QCoreApplication.translate("ItemEditorPart", "%1 You could say: \u201c%2\u201d").replace("%1", first.reason)
                                    .replace("%2", first.rewrite))
        else:
            self.coach_hint.setText(first.reason)
