"""The words of the People screens for the keys in domain/people.py, translated when they are asked for."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from ipt_journal.domain.translatable import QT_TRANSLATE_NOOP
from ipt_journal.ui.i18n import K, V, translated

RELATIONS = {
    "partner": QT_TRANSLATE_NOOP("People", "Partner"),
    "parent": QT_TRANSLATE_NOOP("People", "Parent"),
    "child": QT_TRANSLATE_NOOP("People", "Child"),
    "sibling": QT_TRANSLATE_NOOP("People", "Brother or sister"),
    "friend": QT_TRANSLATE_NOOP("People", "Friend"),
    "colleague": QT_TRANSLATE_NOOP("People", "Colleague"),
    "sponsor": QT_TRANSLATE_NOOP("People", "Sponsor"),
    "therapist": QT_TRANSLATE_NOOP("People", "Therapist or counsellor"),
    "group_member": QT_TRANSLATE_NOOP("People", "Someone in my group"),
    "other": QT_TRANSLATE_NOOP("People", "Someone else"),
}


CONTACT = {
    "": QT_TRANSLATE_NOOP("People", "Not said"),
    "daily": QT_TRANSLATE_NOOP("People", "Most days"),
    "weekly": QT_TRANSLATE_NOOP("People", "Every week or so"),
    "monthly": QT_TRANSLATE_NOOP("People", "Every month or so"),
    "rarely": QT_TRANSLATE_NOOP("People", "Now and then"),
    "not_now": QT_TRANSLATE_NOOP("People", "Not in touch at the moment"),
}


RINGS = {
    None: QT_TRANSLATE_NOOP("People", "Not on the circle"),
    1: QT_TRANSLATE_NOOP("People", "Ring 1, closest"),
    2: QT_TRANSLATE_NOOP("People", "Ring 2, close"),
    3: QT_TRANSLATE_NOOP("People", "Ring 3, further out"),
    4: QT_TRANSLATE_NOOP("People", "Ring 4, distant"),
}


# Each problem area: its title, and two sentences shown where the member picks it.
AREAS = {
    "grief": (
        QT_TRANSLATE_NOOP("People", "Grief and loss"),
        QT_TRANSLATE_NOOP(
            "People", "Losing someone, or something that mattered between you, can stay with you for a long time. "
            "Marking it here gives that loss a place on this person's page, at your own pace.")),
    "role_disputes": (
        QT_TRANSLATE_NOOP("People", "Friction with people who matter"),
        QT_TRANSLATE_NOOP(
            "People", "Sometimes you and someone close hope for different things from each other, and the same "
            "friction keeps coming back. Naming it can help you see what each of you is really asking for.")),
    "role_transitions": (
        QT_TRANSLATE_NOOP("People", "Life changes and new roles"),
        QT_TRANSLATE_NOOP(
            "People", "A move, a new job, getting sober, or a relationship starting or ending can change how you and "
            "this person fit together. Finding your feet again after a change like that takes time.")),
    "interpersonal_deficits": (
        QT_TRANSLATE_NOOP("People", "Loneliness and connection"),
        QT_TRANSLATE_NOOP(
            "People", "Some connections feel thinner or harder to start and keep than you would like. Marking this "
            "helps you notice what you would want more of, with this person or with others.")),
}


ANSWERS = {
    "good": QT_TRANSLATE_NOOP("People", "What is good between us"),
    "hard": QT_TRANSLATE_NOOP("People", "What is hard"),
    "can_talk": QT_TRANSLATE_NOOP("People", "What I can talk about with them"),
    "cannot_talk": QT_TRANSLATE_NOOP("People", "What I can't talk about with them"),
    "expectations": QT_TRANSLATE_NOOP("People", "What each of us expects of the other"),
    "change": QT_TRANSLATE_NOOP("People", "What I would like to change"),
    "notes": QT_TRANSLATE_NOOP("People", "Anything else"),
}


LINK_KINDS = {
    "entry": QT_TRANSLATE_NOOP("People", "Entry"),
    "agenda_item": QT_TRANSLATE_NOOP("People", "Agenda item"),
    "goal": QT_TRANSLATE_NOOP("People", "Goal"),
    "outcome": QT_TRANSLATE_NOOP("People", "From a session"),
}


# InvalidPerson reasons -> what the member reads (nothing was saved, nothing was lost).
PROBLEMS = {
    "empty_name": QT_TRANSLATE_NOOP(
        "People", "Please give this person a name first; initials or a nickname are enough. Nothing else was "
        "changed."),
    "long_name": QT_TRANSLATE_NOOP(
        "People", "That name is very long. Please keep it short here and put the rest in the notes; nothing was "
        "lost."),
    "long_text": QT_TRANSLATE_NOOP(
        "People", "One answer is too long to keep in one place. Please split it; nothing was lost."),
    "same_person": QT_TRANSLATE_NOOP("People", "Choose two different people to merge."),
}


def shown(table: Mapping[K, V]) -> dict[K, V]:
    """One of the tables above in the language in use: words.shown(words.RINGS)[2]."""
    return translated("People", table)


def group_member_reminder() -> str:
    return QCoreApplication.translate(
        "People", "Initials or a nickname protect other members' privacy if someone sees your screen or an export.")
