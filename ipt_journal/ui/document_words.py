"""The words of Markdown/PDF exports and the review page in the member's language.

ipt_journal.vault.documents builds the documents from English words (the command line keeps them); the app
installs this table at start, so what a member saves from the GUI reads in their language.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale

from ipt_journal.domain.agenda import LEAVING_TEXT, OUTCOME_WORDS
from ipt_journal.domain.entries import FORMS
from ipt_journal.domain.goals import HORIZON_LABELS, SECTION_TITLES, STATUS_LABELS
from ipt_journal.services.data_safety import use_document_words


def _own() -> dict[str, str]:
    return {
        "My journal": QCoreApplication.translate("Documents", "My journal"),
        "My list for next session": QCoreApplication.translate("Documents", "My list for next session"),
        "My goals": QCoreApplication.translate("Documents", "My goals"),
        "Member %1": QCoreApplication.translate("Documents", "Member %1"),
        "tags: %1": QCoreApplication.translate("Documents", "tags: %1"),
        "feelings: %1": QCoreApplication.translate("Documents", "feelings: %1"),
        "to bring to group": QCoreApplication.translate("Documents", "to bring to group"),
        "Why it matters to me": QCoreApplication.translate("Documents", "Why it matters to me"),
        "How I might say it": QCoreApplication.translate("Documents", "How I might say it"),
        "How I feel about raising it": QCoreApplication.translate("Documents", "How I feel about raising it"),
        "Before group": QCoreApplication.translate("Documents", "Before group"),
        "Open items": QCoreApplication.translate("Documents", "Open items"),
        "Nothing is waiting on your list.": QCoreApplication.translate("Documents", "Nothing is waiting on your list."),
        "added %1": QCoreApplication.translate("Documents", "added %1"),
        "one of the things that matter most this time": QCoreApplication.translate("Documents", "one of the things that matter most this time"),
        "waited %1": QCoreApplication.translate("Documents", "waited %1"),
        "Session %1, ": QCoreApplication.translate("Documents", "Session %1, "),
        "extra session": QCoreApplication.translate("Documents", "extra session"),
        "cancelled": QCoreApplication.translate("Documents", "cancelled"),
        "I was there": QCoreApplication.translate("Documents", "I was there"),
        "I could not be there": QCoreApplication.translate("Documents", "I could not be there"),
        "What happened": QCoreApplication.translate("Documents", "What happened"),
        "What I felt": QCoreApplication.translate("Documents", "What I felt"),
        "Feedback": QCoreApplication.translate("Documents", "Feedback"),
        "What I noticed": QCoreApplication.translate("Documents", "What I noticed"),
        "Past sessions": QCoreApplication.translate("Documents", "Past sessions"),
        "Nothing is recorded from past sessions yet.": QCoreApplication.translate("Documents", "Nothing is recorded from past sessions yet."),
        "No goals yet": QCoreApplication.translate("Documents", "No goals yet"),
        "You have not written down any goals yet.": QCoreApplication.translate("Documents", "You have not written down any goals yet."),
        "set %1": QCoreApplication.translate("Documents", "set %1"),
        "hoping by %1": QCoreApplication.translate("Documents", "hoping by %1"),
        "Why it matters": QCoreApplication.translate("Documents", "Why it matters"),
        "How I will notice it happening": QCoreApplication.translate("Documents", "How I will notice it happening"),
        "Check-ins": QCoreApplication.translate("Documents", "Check-ins"),
        "Looking back": QCoreApplication.translate("Documents", "Looking back"),
        "Written out on %1.": QCoreApplication.translate("Documents", "Written out on %1."),
        "the beginning": QCoreApplication.translate("Documents", "the beginning"),
        "Entries from %1 to %2. ": QCoreApplication.translate("Documents", "Entries from %1 to %2. "),
        "%1 and %2": QCoreApplication.translate("Documents", "%1 and %2"),
        "item": QCoreApplication.translate("Documents", "item"), "items": QCoreApplication.translate("Documents", "items"),
        "session": QCoreApplication.translate("Documents", "session"), "sessions": QCoreApplication.translate("Documents", "sessions"),
        "entry": QCoreApplication.translate("Documents", "entry"), "entries": QCoreApplication.translate("Documents", "entries"),
        "open item": QCoreApplication.translate("Documents", "open item"), "open items": QCoreApplication.translate("Documents", "open items"),
        "past session": QCoreApplication.translate("Documents", "past session"), "past sessions": QCoreApplication.translate("Documents", "past sessions"),
        "goal": QCoreApplication.translate("Documents", "goal"), "goals": QCoreApplication.translate("Documents", "goals"),
    }


def table() -> dict[str, str]:
    """English word -> the word in the language in use, for every word a document shows."""
    from ipt_journal.ui.editor.words import field_label, form_title
    from ipt_journal.ui.goals.words import horizon_label, section_title, status_label
    from ipt_journal.ui.next_session.words import leaving_text, outcome_words

    words = _own()
    for kind, spec in FORMS.items():
        words[spec.title] = form_title(kind)
        for field in spec.fields:
            words.setdefault(field.label, field_label(kind, field))
    words.update({STATUS_LABELS[k]: status_label(k) for k in STATUS_LABELS})
    words.update({HORIZON_LABELS[k]: horizon_label(k) for k in HORIZON_LABELS})
    words.update({SECTION_TITLES[k]: section_title(k) for k in SECTION_TITLES})
    words.update({OUTCOME_WORDS[k]: outcome_words(k) for k in OUTCOME_WORDS})
    words[LEAVING_TEXT] = leaving_text()  # the item the app adds when the member is thinking of leaving
    return words


def _day(when: datetime | date) -> str:
    day = when.date() if isinstance(when, datetime) else when
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")


def _when(when: datetime | date) -> str:
    if not isinstance(when, datetime):
        return _day(when)
    return QLocale().toString(QDateTime(QDate(when.year, when.month, when.day).startOfDay().addSecs(
        when.hour * 3600 + when.minute * 60)), "ddd d MMM yyyy, HH:mm")


def install() -> None:
    """Documents made from now on speak the installed language (English when that is English)."""
    use_document_words(table(), day=_day, when=_when)
