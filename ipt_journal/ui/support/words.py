"""The words of the support plan's sections: titles, a warm line about each, a placeholder. Translatable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ipt_journal.domain import support as plan


def _t(text: str) -> str:
    return QCoreApplication.translate("Support", text)


def section_title(key: str) -> str:
    return {
        plan.WARNING_SIGNS: _t("Signs that a hard time is building"),
        plan.ON_MY_OWN: _t("Things I can do on my own"),
        plan.DISTRACTIONS: _t("People and places that take my mind off it"),
        plan.PEOPLE: _t("People I can ask for help"),
        plan.PROFESSIONALS: _t("Professionals and services"),
        plan.SAFER: _t("Making my surroundings safer"),
        plan.REASONS: _t("What matters most to me"),
    }.get(key, key)


def section_short(key: str) -> str:
    """A short name for the list of steps in the plan editor."""
    return {
        plan.WARNING_SIGNS: _t("Warning signs"),
        plan.ON_MY_OWN: _t("On my own"),
        plan.DISTRACTIONS: _t("Taking my mind off it"),
        plan.PEOPLE: _t("People I can ask"),
        plan.PROFESSIONALS: _t("Professionals"),
        plan.SAFER: _t("Safer surroundings"),
        plan.REASONS: _t("Reasons to keep going"),
    }.get(key, key)


def section_about(key: str) -> str:
    return {
        plan.WARNING_SIGNS: _t(
            "The thoughts, moods, places or moments that tell you things are getting heavier. "
            "Noticing them early gives you more room to choose."),
        plan.ON_MY_OWN: _t(
            "Small things that have helped you through before, without needing anyone: a walk, a shower, "
            "music, stretching, writing here."),
        plan.DISTRACTIONS: _t(
            "Company or places that shift your attention for a while: a friend to sit with, a café, a meeting, "
            "a park."),
        plan.PEOPLE: _t(
            "People you trust to hear you, and how to reach them. You don't have to explain everything; "
            "\"can we talk?\" is enough."),
        plan.PROFESSIONALS: _t(
            "Your group's therapist, a sponsor, your clinic, a crisis line where you live. Type their names "
            "and numbers yourself; the journal never calls or sends anything."),
        plan.SAFER: _t(
            "What you could move out of reach, or away from home, for a while, and who could help you "
            "with that."),
        plan.REASONS: _t(
            "The people, hopes and small things that make it worth staying with the hard moment until "
            "it passes."),
    }.get(key, "")


def section_hint(key: str) -> str:
    if key in plan.CONTACT_SECTIONS:
        return _t("A name, and how to reach them (a phone number, where to find them).")
    return _t("One per line. Leave it empty if nothing comes to mind yet.")


def all_titles() -> dict[str, str]:
    return {key: section_title(key) for key in plan.SECTIONS}
