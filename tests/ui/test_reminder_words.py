"""Tray reminders: neutral words by default, the group's name only when the member opts in."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSettings

from ipt_journal.domain.schedule import SessionSlot
from ipt_journal.ui.reminders import GROUP_WORDS_KEY, ReminderController, group_words

BERLIN = ZoneInfo("Europe/Berlin")


def test_reminders_are_neutral_unless_group_words_are_chosen(qtbot) -> None:  # type: ignore[no-untyped-def]
    prefs = QSettings()
    now = datetime(2026, 10, 7, 19, 30, tzinfo=BERLIN)
    controller = ReminderController(prefs, lambda: now)
    shown: list[str] = []
    controller.show_text.connect(shown.append)
    nxt = SessionSlot(6, datetime(2026, 10, 8, 18, 0, tzinfo=BERLIN), 90)
    try:
        assert not group_words(prefs)
        controller.plan(nxt, None)
        assert shown == ["A moment for your journal, to look ahead."]
        prefs.setValue(GROUP_WORDS_KEY, "true")
        controller.shown.clear()
        controller.plan(nxt, None)
        assert shown[-1] == "Time to prepare for group."
    finally:
        controller.timer.stop()
        prefs.remove(GROUP_WORDS_KEY)


def test_every_reminder_of_the_domain_has_translatable_words() -> None:
    from ipt_journal.domain import reminders
    from ipt_journal.ui.reminders import words_of

    for table in (reminders.TEXTS, reminders.GROUP_TEXTS):
        for kind, text in table.items():
            r = reminders.Reminder(f"{kind}:1", kind, datetime(2026, 10, 7, tzinfo=BERLIN), text)
            assert words_of(r) == text
