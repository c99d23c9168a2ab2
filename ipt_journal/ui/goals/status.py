"""A goal's status: achieved, paused, let go, made active again, or deleted for good."""

from __future__ import annotations

from ipt_journal.domain.goals import HORIZON_LABELS, STATUS_LABELS
from ipt_journal.ui import dialogs
from ipt_journal.ui.goals import dialogs as goal_dialogs


class StatusPart:
    """The status line and buttons of GoalPage."""

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
