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
from ipt_journal.domain.translatable import QT_TRANSLATE_NOOP
from ipt_journal.services.data_safety import use_document_words


# The documents' own words, in English as vault.documents writes them.
OWN_WORDS = (
    QT_TRANSLATE_NOOP("Documents", "My journal"),
    QT_TRANSLATE_NOOP("Documents", "My list for next session"),
    QT_TRANSLATE_NOOP("Documents", "My goals"),
    QT_TRANSLATE_NOOP("Documents", "Member %1"),
    QT_TRANSLATE_NOOP("Documents", "tags: %1"),
    QT_TRANSLATE_NOOP("Documents", "feelings: %1"),
    QT_TRANSLATE_NOOP("Documents", "to bring to group"),
    QT_TRANSLATE_NOOP("Documents", "Why it matters to me"),
    QT_TRANSLATE_NOOP("Documents", "How I might say it"),
    QT_TRANSLATE_NOOP("Documents", "How I feel about raising it"),
    QT_TRANSLATE_NOOP("Documents", "Before group"),
    QT_TRANSLATE_NOOP("Documents", "Open items"),
    QT_TRANSLATE_NOOP("Documents", "Nothing is waiting on your list."),
    QT_TRANSLATE_NOOP("Documents", "added %1"),
    QT_TRANSLATE_NOOP("Documents", "one of the things that matter most this time"),
    QT_TRANSLATE_NOOP("Documents", "waited %1"),
    QT_TRANSLATE_NOOP("Documents", "Session %1, "),
    QT_TRANSLATE_NOOP("Documents", "extra session"),
    QT_TRANSLATE_NOOP("Documents", "cancelled"),
    QT_TRANSLATE_NOOP("Documents", "I was there"),
    QT_TRANSLATE_NOOP("Documents", "I could not be there"),
    QT_TRANSLATE_NOOP("Documents", "What happened"),
    QT_TRANSLATE_NOOP("Documents", "What I felt"),
    QT_TRANSLATE_NOOP("Documents", "Feedback"),
    QT_TRANSLATE_NOOP("Documents", "What I noticed"),
    QT_TRANSLATE_NOOP("Documents", "Past sessions"),
    QT_TRANSLATE_NOOP("Documents", "Nothing is recorded from past sessions yet."),
    QT_TRANSLATE_NOOP("Documents", "No goals yet"),
    QT_TRANSLATE_NOOP("Documents", "You have not written down any goals yet."),
    QT_TRANSLATE_NOOP("Documents", "set %1"),
    QT_TRANSLATE_NOOP("Documents", "hoping by %1"),
    QT_TRANSLATE_NOOP("Documents", "Why it matters"),
    QT_TRANSLATE_NOOP("Documents", "How I will notice it happening"),
    QT_TRANSLATE_NOOP("Documents", "Check-ins"),
    QT_TRANSLATE_NOOP("Documents", "Looking back"),
    QT_TRANSLATE_NOOP("Documents", "Written out on %1."),
    QT_TRANSLATE_NOOP("Documents", "the beginning"),
    QT_TRANSLATE_NOOP("Documents", "Entries from %1 to %2. "),
    QT_TRANSLATE_NOOP("Documents", "%1 and %2"),
    QT_TRANSLATE_NOOP("Documents", "item"),
    QT_TRANSLATE_NOOP("Documents", "items"),
    QT_TRANSLATE_NOOP("Documents", "session"),
    QT_TRANSLATE_NOOP("Documents", "sessions"),
    QT_TRANSLATE_NOOP("Documents", "entry"),
    QT_TRANSLATE_NOOP("Documents", "entries"),
    QT_TRANSLATE_NOOP("Documents", "open item"),
    QT_TRANSLATE_NOOP("Documents", "open items"),
    QT_TRANSLATE_NOOP("Documents", "past session"),
    QT_TRANSLATE_NOOP("Documents", "past sessions"),
    QT_TRANSLATE_NOOP("Documents", "goal"),
    QT_TRANSLATE_NOOP("Documents", "goals"),
)


def table() -> dict[str, str]:
    """English word -> the word in the language in use, for every word a document shows."""
    from ipt_journal.ui.editor.words import field_label, form_title
    from ipt_journal.ui.goals.words import horizon_label, section_title, status_label
    from ipt_journal.ui.next_session.words import leaving_text, outcome_words

    words = {text: QCoreApplication.translate("Documents", text) for text in OWN_WORDS}
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
