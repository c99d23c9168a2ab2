"""A goal's status: achieved, paused, let go, made active again, or deleted for good."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ipt_journal.ui import dialogs
from ipt_journal.ui.goals import dialogs as goal_dialogs
from ipt_journal.ui.goals.words import horizon_label, long_date, status_label


class StatusPart:
    """The status line and buttons of GoalPage."""

    def _show_status(self) -> None:
        goal = self.goal
        assert goal is not None
        saved = goal.id is not None
        when = f", {long_date(goal.closed_at.date())}" if goal.is_closed and goal.closed_at else ""
        self.status_label.setText(
            QCoreApplication.translate("StatusPart", "%1 goal · %2").replace("%1", horizon_label(goal.horizon)).replace("%2", status_label(goal.status))
            + when if saved else QCoreApplication.translate("StatusPart", "A new goal")
        )
        self.achieve_button.setVisible(saved and not goal.is_closed)
        self.let_go_button.setVisible(saved and not goal.is_closed)
        self.pause_button.setVisible(saved and not goal.is_closed)
        self.pause_button.setText(QCoreApplication.translate("StatusPart", "Resume") if goal.status == "paused" else QCoreApplication.translate("StatusPart", "Pause"))
        self.pause_button.setAccessibleName(self.pause_button.text())
        self.pause_button.setAccessibleDescription(
            QCoreApplication.translate("StatusPart", "Make this goal active again") if goal.status == "paused" else QCoreApplication.translate("StatusPart", "Pause this goal"))
        self.reopen_button.setVisible(saved and goal.is_closed)
        self.delete_button.setVisible(saved)
        self.reflection_label.setVisible(goal.is_closed or bool(goal.closing_reflection))
        self.reflection.setVisible(goal.is_closed or bool(goal.closing_reflection))
        self.checkin_card.setVisible(saved and not goal.is_closed)  # reopen a closed goal to check in again
        for w in (self.links_label, self.link_button, self.goal_people):
            w.setVisible(saved)  # check-ins and links wait until the goal has a title and is kept

    def close_goal(self, status: str) -> None:
        self.save_now()
        if self.goal is None or self.goal.id is None:
            return
        reflection = goal_dialogs.ask_closing_reflection(self, self.goal.title, status)
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
            self, QCoreApplication.translate("StatusPart", "Delete this goal"),
            QCoreApplication.translate("StatusPart", "The goal, its check-ins and its links will be deleted for good. Linked entries stay in your journal."),
            yes=QCoreApplication.translate("StatusPart", "Delete for good"),
        ):
            return
        goal_id = self.goal.id
        self._timer.stop()
        self._dirty = False
        self.repo.delete(goal_id)
        self.goal = None
        self.deleted.emit(goal_id)
