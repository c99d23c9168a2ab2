"""The schedule form: an ongoing group can be given a last session; a time-limited one cannot."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate

from ipt_journal.domain.schedule import GroupSchedule
from ipt_journal.ui.group_setup import GroupScheduleForm


def test_an_ongoing_group_can_set_a_last_session(qtbot) -> None:  # type: ignore[no-untyped-def]
    ongoing = GroupSchedule(3, time(18, 0), date(2026, 9, 3))
    form = GroupScheduleForm(ongoing)
    qtbot.addWidget(form)
    assert form.ending.isEnabled() and not form.ending.isChecked() and not form.last.isEnabled()
    assert form.schedule() == ongoing
    form.ending.setChecked(True)
    assert form.last.isEnabled()
    form.last.setDate(QDate(2027, 2, 25))
    assert form.schedule().last_date == date(2027, 2, 25)
    again = GroupScheduleForm(form.schedule())
    qtbot.addWidget(again)
    assert again.ending.isChecked() and again.schedule() == form.schedule()


def test_a_time_limited_group_has_no_last_date(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = GroupScheduleForm(GroupSchedule(3, time(18, 0), date(2026, 9, 3), last_date=date(2027, 1, 7)))
    qtbot.addWidget(form)
    form.limited.setChecked(True)
    assert not form.ending.isEnabled() and not form.last.isEnabled()
    assert form.schedule().last_date is None and form.schedule().total_sessions == 16
