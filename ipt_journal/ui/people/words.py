"""The words of the People screens for the keys in domain/people.py, translated when they are asked for."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def relations() -> dict[str, str]:
    return {
        "partner": QCoreApplication.translate("People", "Partner"),
        "parent": QCoreApplication.translate("People", "Parent"),
        "child": QCoreApplication.translate("People", "Child"),
        "sibling": QCoreApplication.translate("People", "Brother or sister"),
        "friend": QCoreApplication.translate("People", "Friend"),
        "colleague": QCoreApplication.translate("People", "Colleague"),
        "sponsor": QCoreApplication.translate("People", "Sponsor"),
        "therapist": QCoreApplication.translate("People", "Therapist or counsellor"),
        "group_member": QCoreApplication.translate("People", "Someone in my group"),
        "other": QCoreApplication.translate("People", "Someone else"),
    }


def contact() -> dict[str, str]:
    return {
        "": QCoreApplication.translate("People", "Not said"),
        "daily": QCoreApplication.translate("People", "Most days"),
        "weekly": QCoreApplication.translate("People", "Every week or so"),
        "monthly": QCoreApplication.translate("People", "Every month or so"),
        "rarely": QCoreApplication.translate("People", "Now and then"),
        "not_now": QCoreApplication.translate("People", "Not in touch at the moment"),
    }


def rings() -> dict[int | None, str]:
    return {
        None: QCoreApplication.translate("People", "Not on the circle"),
        1: QCoreApplication.translate("People", "Ring 1, closest"),
        2: QCoreApplication.translate("People", "Ring 2, close"),
        3: QCoreApplication.translate("People", "Ring 3, further out"),
        4: QCoreApplication.translate("People", "Ring 4, distant"),
    }


def area_titles() -> dict[str, str]:
    return {
        "grief": QCoreApplication.translate("People", "Grief and loss"),
        "role_disputes": QCoreApplication.translate("People", "Friction with people who matter"),
        "role_transitions": QCoreApplication.translate("People", "Life changes and new roles"),
        "interpersonal_deficits": QCoreApplication.translate("People", "Loneliness and connection"),
    }


def area_explanations() -> dict[str, str]:
    """Two sentences each, shown where the member picks the area."""
    return {
        "grief": QCoreApplication.translate(
            "People", "Losing someone, or something that mattered between you, can stay with you for a long time. "
            "Marking it here gives that loss a place on this person's page, at your own pace."),
        "role_disputes": QCoreApplication.translate(
            "People", "Sometimes you and someone close hope for different things from each other, and the same "
            "friction keeps coming back. Naming it can help you see what each of you is really asking for."),
        "role_transitions": QCoreApplication.translate(
            "People", "A move, a new job, getting sober, or a relationship starting or ending can change how you and "
            "this person fit together. Finding your feet again after a change like that takes time."),
        "interpersonal_deficits": QCoreApplication.translate(
            "People", "Some connections feel thinner or harder to start and keep than you would like. Marking this "
            "helps you notice what you would want more of, with this person or with others."),
    }


def answers() -> dict[str, str]:
    return {
        "good": QCoreApplication.translate("People", "What is good between us"),
        "hard": QCoreApplication.translate("People", "What is hard"),
        "can_talk": QCoreApplication.translate("People", "What I can talk about with them"),
        "cannot_talk": QCoreApplication.translate("People", "What I can't talk about with them"),
        "expectations": QCoreApplication.translate("People", "What each of us expects of the other"),
        "change": QCoreApplication.translate("People", "What I would like to change"),
        "notes": QCoreApplication.translate("People", "Anything else"),
    }


def link_kinds() -> dict[str, str]:
    return {
        "entry": QCoreApplication.translate("People", "Entry"),
        "agenda_item": QCoreApplication.translate("People", "Agenda item"),
        "goal": QCoreApplication.translate("People", "Goal"),
        "outcome": QCoreApplication.translate("People", "From a session"),
    }


def problems() -> dict[str, str]:
    """InvalidPerson reasons -> what the member reads (nothing was saved, nothing was lost)."""
    return {
        "empty_name": QCoreApplication.translate(
            "People", "Please give this person a name first; initials or a nickname are enough. Nothing else was "
            "changed."),
        "long_name": QCoreApplication.translate(
            "People", "That name is very long. Please keep it short here and put the rest in the notes; nothing was "
            "lost."),
        "long_text": QCoreApplication.translate(
            "People", "One answer is too long to keep in one place. Please split it; nothing was lost."),
        "same_person": QCoreApplication.translate("People", "Choose two different people to merge."),
    }


def group_member_reminder() -> str:
    return QCoreApplication.translate(
        "People", "Initials or a nickname protect other members' privacy if someone sees your screen or an export.")
