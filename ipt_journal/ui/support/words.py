"""The words of the support plan's sections: titles, a warm line about each, a placeholder. Translatable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ipt_journal.domain import support as plan
from ipt_journal.domain.translatable import QT_TRANSLATE_NOOP

TITLES = {
    plan.WARNING_SIGNS: QT_TRANSLATE_NOOP("Support", "Signs that a hard time is building"),
    plan.ON_MY_OWN: QT_TRANSLATE_NOOP("Support", "Things I can do on my own"),
    plan.DISTRACTIONS: QT_TRANSLATE_NOOP("Support", "People and places that take my mind off it"),
    plan.PEOPLE: QT_TRANSLATE_NOOP("Support", "People I can ask for help"),
    plan.PROFESSIONALS: QT_TRANSLATE_NOOP("Support", "Professionals and services"),
    plan.SAFER: QT_TRANSLATE_NOOP("Support", "Making my surroundings safer"),
    plan.REASONS: QT_TRANSLATE_NOOP("Support", "What matters most to me"),
}


def _shown(table: dict[str, str], key: str, missing: str) -> str:
    return QCoreApplication.translate("Support", table[key]) if key in table else missing


def section_title(key: str) -> str:
    return _shown(TITLES, key, key)


# A short name for the list of steps in the plan editor.
SHORT_NAMES = {
    plan.WARNING_SIGNS: QT_TRANSLATE_NOOP("Support", "Warning signs"),
    plan.ON_MY_OWN: QT_TRANSLATE_NOOP("Support", "On my own"),
    plan.DISTRACTIONS: QT_TRANSLATE_NOOP("Support", "Taking my mind off it"),
    plan.PEOPLE: QT_TRANSLATE_NOOP("Support", "People I can ask"),
    plan.PROFESSIONALS: QT_TRANSLATE_NOOP("Support", "Professionals"),
    plan.SAFER: QT_TRANSLATE_NOOP("Support", "Safer surroundings"),
    plan.REASONS: QT_TRANSLATE_NOOP("Support", "Reasons to keep going"),
}


def section_short(key: str) -> str:
    return _shown(SHORT_NAMES, key, key)


# A warm line about each section, under its title.
ABOUT = {
    plan.WARNING_SIGNS: QT_TRANSLATE_NOOP("Support",
        "The thoughts, moods, places or moments that tell you things are getting heavier. "
        "Noticing them early gives you more room to choose."),
    plan.ON_MY_OWN: QT_TRANSLATE_NOOP("Support",
        "Small things that have helped you through before, without needing anyone: a walk, a shower, "
        "music, stretching, writing here."),
    plan.DISTRACTIONS: QT_TRANSLATE_NOOP("Support",
        "Company or places that shift your attention for a while: a friend to sit with, a café, a meeting, "
        "a park."),
    plan.PEOPLE: QT_TRANSLATE_NOOP("Support",
        "People you trust to hear you, and how to reach them. You don't have to explain everything; "
        "\"can we talk?\" is enough."),
    plan.PROFESSIONALS: QT_TRANSLATE_NOOP("Support",
        "Your group's therapist, a sponsor, your clinic, a crisis line where you live. Type their names "
        "and numbers yourself; the journal never calls or sends anything."),
    plan.SAFER: QT_TRANSLATE_NOOP("Support",
        "What you could move out of reach, or away from home, for a while, and who could help you "
        "with that."),
    plan.REASONS: QT_TRANSLATE_NOOP("Support",
        "The people, hopes and small things that make it worth staying with the hard moment until "
        "it passes."),
}


def section_about(key: str) -> str:
    return _shown(ABOUT, key, "")


def section_hint(key: str) -> str:
    if key in plan.CONTACT_SECTIONS:
        return QCoreApplication.translate("Support", "A name, and how to reach them (a phone number, where to find them).")
    return QCoreApplication.translate("Support", "One per line. Leave it empty if nothing comes to mind yet.")


def all_titles() -> dict[str, str]:
    return {key: section_title(key) for key in plan.SECTIONS}
