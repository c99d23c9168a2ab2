"""The words of the support plan's sections: titles, a warm line about each, a placeholder. Translatable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ipt_journal.domain import support as plan


def section_title(key: str) -> str:
    return {
        plan.WARNING_SIGNS: QCoreApplication.translate("Support", "Signs that a hard time is building"),
        plan.ON_MY_OWN: QCoreApplication.translate("Support", "Things I can do on my own"),
        plan.DISTRACTIONS: QCoreApplication.translate("Support", "People and places that take my mind off it"),
        plan.PEOPLE: QCoreApplication.translate("Support", "People I can ask for help"),
        plan.PROFESSIONALS: QCoreApplication.translate("Support", "Professionals and services"),
        plan.SAFER: QCoreApplication.translate("Support", "Making my surroundings safer"),
        plan.REASONS: QCoreApplication.translate("Support", "What matters most to me"),
    }.get(key, key)


def section_short(key: str) -> str:
    """A short name for the list of steps in the plan editor."""
    return {
        plan.WARNING_SIGNS: QCoreApplication.translate("Support", "Warning signs"),
        plan.ON_MY_OWN: QCoreApplication.translate("Support", "On my own"),
        plan.DISTRACTIONS: QCoreApplication.translate("Support", "Taking my mind off it"),
        plan.PEOPLE: QCoreApplication.translate("Support", "People I can ask"),
        plan.PROFESSIONALS: QCoreApplication.translate("Support", "Professionals"),
        plan.SAFER: QCoreApplication.translate("Support", "Safer surroundings"),
        plan.REASONS: QCoreApplication.translate("Support", "Reasons to keep going"),
    }.get(key, key)


def section_about(key: str) -> str:
    return {
        plan.WARNING_SIGNS: QCoreApplication.translate("Support",
            "The thoughts, moods, places or moments that tell you things are getting heavier. "
            "Noticing them early gives you more room to choose."),
        plan.ON_MY_OWN: QCoreApplication.translate("Support",
            "Small things that have helped you through before, without needing anyone: a walk, a shower, "
            "music, stretching, writing here."),
        plan.DISTRACTIONS: QCoreApplication.translate("Support",
            "Company or places that shift your attention for a while: a friend to sit with, a café, a meeting, "
            "a park."),
        plan.PEOPLE: QCoreApplication.translate("Support",
            "People you trust to hear you, and how to reach them. You don't have to explain everything; "
            "\"can we talk?\" is enough."),
        plan.PROFESSIONALS: QCoreApplication.translate("Support",
            "Your group's therapist, a sponsor, your clinic, a crisis line where you live. Type their names "
            "and numbers yourself; the journal never calls or sends anything."),
        plan.SAFER: QCoreApplication.translate("Support",
            "What you could move out of reach, or away from home, for a while, and who could help you "
            "with that."),
        plan.REASONS: QCoreApplication.translate("Support",
            "The people, hopes and small things that make it worth staying with the hard moment until "
            "it passes."),
    }.get(key, "")


def section_hint(key: str) -> str:
    if key in plan.CONTACT_SECTIONS:
        return QCoreApplication.translate("Support", "A name, and how to reach them (a phone number, where to find them).")
    return QCoreApplication.translate("Support", "One per line. Leave it empty if nothing comes to mind yet.")


def all_titles() -> dict[str, str]:
    return {key: section_title(key) for key in plan.SECTIONS}
