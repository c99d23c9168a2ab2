"""Where an entry leads: bring it (or the selected words) to group, and link it to goals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QVBoxLayout, QWidget

from ipt_journal.ui.widgets import label


class LinksPart:
    """Bring to group and Goals… for EntryEditor."""

    def bring_selection_to_group(self) -> None:
        """Put the selected text (or the entry's first line) on the list for next session."""
        if self.entry is None:
            return
        text = self.body.textCursor().selectedText().replace("\u2029", " ").strip()
        for widget in self._field_widgets.values():
            if not text and isinstance(widget, (QLineEdit, QPlainTextEdit)) and widget.hasFocus():
                cursor = widget.textCursor() if isinstance(widget, QPlainTextEdit) else None
                text = cursor.selectedText() if cursor is not None else widget.selectedText()
        self._dirty = self._dirty or self.entry.id is None
        self.save_now()
        if self.entry.id is None:
            return
        self.bring_to_group.emit(text or self.collect().first_line()
                               or QCoreApplication.translate("LinksPart", "An entry I want to bring to group"), self.entry.id)

    def link_goals(self) -> None:
        """Tick the goals this entry belongs to; links are kept both ways."""
        if self.entry is None or self.goals is None:
            return
        self._dirty = self._dirty or self.entry.id is None
        self.save_now()
        if self.entry.id is None:
            return
        goals = [g for g in self.goals.list() if not g.is_closed]
        linked = {g.id for g in self.goals.goals_for_entry(self.entry.id)}
        chosen = choose_goals(self, [(int(g.id), g.title) for g in goals], linked)
        if chosen is None:
            return
        for goal_id in chosen - linked:
            self.goals.link_entry(goal_id, self.entry.id)
        for goal_id in linked - chosen:
            self.goals.unlink_entry(goal_id, self.entry.id)
        self._update_status(
            QCoreApplication.translate("LinksPart", "Linked to 1 goal") if len(chosen) == 1
            else QCoreApplication.translate("LinksPart", "Linked to %1 goals").replace("%1", str(len(chosen))))


def choose_goals(parent: QWidget | None, goals: list[tuple[int, str]], linked: set[int]) -> set[int] | None:
    """Checkboxes over the open goals; None if the member cancels. Tests replace this."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox

    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("choose_goals", "Goals this entry belongs to"))
    items = QListWidget()
    items.setAccessibleName(QCoreApplication.translate("choose_goals", "Your goals; tick the ones this entry is about"))
    for goal_id, title in goals:
        item = QListWidgetItem(title)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if goal_id in linked else Qt.CheckState.Unchecked)
        item.setData(Qt.ItemDataRole.UserRole, goal_id)
        items.addItem(item)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    box = QVBoxLayout(dialog)
    box.addWidget(label(QCoreApplication.translate("choose_goals", "You have no open goals yet.") if not goals
                        else QCoreApplication.translate("choose_goals", "Tick the goals this entry is about."), "hint"))
    box.addWidget(items)
    box.addWidget(buttons)
    if not dialog.exec():
        return None
    return {
        int(items.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(items.count())
        if items.item(i).checkState() == Qt.CheckState.Checked
    }
