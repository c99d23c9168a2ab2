"""Next session's words in the member's language: when group meets, a past session, an item's wait and outcome."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from ipt_journal.domain import schedule as sched
from ipt_journal.domain.agenda import LEAVING_TEXT, AgendaItem
from ipt_journal.domain.schedule import SessionSlot


def _wall(when: datetime) -> QDateTime:
    """The clock time the datetime itself shows (the group's zone), never shifted to the machine's zone."""
    return QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))


def local_when(when: datetime, fmt: str = "ddd d MMM yyyy, HH:mm") -> str:
    """A date and time as the member's language writes it."""
    return QLocale().toString(_wall(when), fmt)


def slot_name(slot: SessionSlot) -> str:
    when = local_when(slot.starts_at)
    name = (QCoreApplication.translate("NextSessionWords", "Session %1, %2").replace("%1", str(slot.number))
            .replace("%2", when) if slot.number else when)
    if slot.debriefed:
        name = QCoreApplication.translate("NextSessionWords", "%1 (looked back on)").replace("%1", name)
    return name


def outcome_words(outcome: str) -> str:
    return {
        "raised": QCoreApplication.translate("NextSessionWords", "I raised it"),
        "carried": QCoreApplication.translate("NextSessionWords", "Not this time"),
        "dropped": QCoreApplication.translate("NextSessionWords", "No longer needed"),
    }.get(outcome, outcome)


def session_state(slot: SessionSlot, raised: int) -> str:
    """domain.schedule.session_words, in the member's language."""
    english = sched.session_words(slot, raised)
    if not english:
        return ""
    if english.startswith("you raised") and raised > 1:
        return QCoreApplication.translate("NextSessionWords", "you raised %1 things").replace("%1", str(raised))
    return {
        "cancelled": QCoreApplication.translate("NextSessionWords", "cancelled"),
        "you were away": QCoreApplication.translate("NextSessionWords", "you were away"),
        "you raised one thing": QCoreApplication.translate("NextSessionWords", "you raised one thing"),
        "looked back on": QCoreApplication.translate("NextSessionWords", "looked back on"),
    }.get(english, english)


def waiting(item: AgendaItem) -> str:
    """domain.agenda.waiting_words, in the member's language (empty for one carry-over)."""
    from ipt_journal.domain.agenda import waiting_words

    if not waiting_words(item):
        return ""
    return QCoreApplication.translate("NextSessionWords", "waiting %1 sessions").replace("%1", str(item.carried))


def leaving_text() -> str:
    return QCoreApplication.translate("NextSessionWords", "Tell the group I am thinking of leaving")


def item_text(item: AgendaItem) -> str:
    """The item's words; the one the journal wrote for leaving is shown in the member's language."""
    return leaving_text() if item.text == LEAVING_TEXT else item.text


def item_row(item: AgendaItem) -> str:
    """An open item in the list: its words, a star when chosen, and a quiet note of a long wait."""
    marks = " \u2605" if item.chosen else ""
    wait = waiting(item)
    return item_text(item) + marks + (f"   ({wait})" if wait else "")


def mirror_words(item: AgendaItem) -> str:
    """domain.agenda.gentle_mirror, in the member's language (empty until an item has waited three sessions)."""
    if item.carried < 3:
        return ""
    return QCoreApplication.translate(
        "NextSessionWords",
        "This has waited %1 sessions. If something makes it hard to bring up, that is worth noticing too, "
        "and it can wait as long as you need.").replace("%1", {
            3: QCoreApplication.translate("NextSessionWords", "three"),
            4: QCoreApplication.translate("NextSessionWords", "four"),
            5: QCoreApplication.translate("NextSessionWords", "five"),
            6: QCoreApplication.translate("NextSessionWords", "six"),
        }.get(item.carried, str(item.carried)))


def _when(slot: SessionSlot, now: datetime) -> str:
    start = slot.starts_at.astimezone(now.tzinfo) if now.tzinfo else slot.starts_at
    clock = QLocale().toString(_wall(start), "HH:mm")
    if start <= now < slot.ends_at:
        return QCoreApplication.translate("NextSessionWords", "happening now (started %1)").replace("%1", clock)
    days = (start.date() - now.date()).days
    if days == 0:
        return QCoreApplication.translate("NextSessionWords", "today at %1").replace("%1", clock)
    if days == 1:
        return QCoreApplication.translate("NextSessionWords", "tomorrow at %1").replace("%1", clock)
    # the date pattern is translatable: Spanish says "jueves 15 de octubre"
    day = QLocale().toString(_wall(start), "dddd" if days < 7 else QCoreApplication.translate(
        "NextSessionWords", "dddd d MMMM"))
    return (QCoreApplication.translate("NextSessionWords", "%1 %2, in %3 days")
            .replace("%1", day).replace("%2", clock).replace("%3", str(days)))


def phase_words(phase: str) -> str:
    return {
        "beginning": QCoreApplication.translate(
            "NextSessionWords", "the beginning: getting to know the group and mapping the people who matter in your life"),
        "middle": QCoreApplication.translate("NextSessionWords", "the middle: the main work of the group"),
        "ending": QCoreApplication.translate("NextSessionWords", "the ending: what ending brings up, and looking back"),
    }.get(phase, phase)


def status_line(group, now: datetime) -> str:  # type: ignore[no-untyped-def]
    """services.group.Group.status_line, in the member's language."""
    if group.schedule() is None:
        return QCoreApplication.translate("NextSessionWords",
                                          "Add your group's day and time to see when the next session is.")
    nxt = group.next(now)
    if nxt is None:
        return QCoreApplication.translate("NextSessionWords", "Your group's sessions have come to an end.")
    text = QCoreApplication.translate("NextSessionWords", "Next group: %1").replace("%1", _when(nxt, now))
    total = group.total()
    if nxt.number is not None:
        text += " · " + (
            QCoreApplication.translate("NextSessionWords", "session %1 of %2").replace("%1", str(nxt.number))
            .replace("%2", str(total)) if total else
            QCoreApplication.translate("NextSessionWords", "session %1").replace("%1", str(nxt.number)))
    phase = sched.phase_for(nxt.number, total, leaving=group.leaving(now))
    if phase:
        text += f" · {phase_words(phase)}"
    return text
