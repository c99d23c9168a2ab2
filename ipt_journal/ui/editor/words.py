"""The reflection forms' words as the member reads them: titles, intros, field names and choices, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ipt_journal.domain import entries
from ipt_journal.domain.entries import FEELING_KEYS, FORMS, FieldSpec


def _choices() -> dict[str, str]:
    return {
        "in_group": QCoreApplication.translate("Forms", "in group"), "daily_life": QCoreApplication.translate("Forms", "in daily life"),
        "mine": QCoreApplication.translate("Forms", "mine"), "someone_else": QCoreApplication.translate("Forms", "someone else's"),
        "asked_for": QCoreApplication.translate("Forms", "asked for"), "given": QCoreApplication.translate("Forms", "given"), "received": QCoreApplication.translate("Forms", "received"),
        "yes": QCoreApplication.translate("Forms", "yes"), "partly": QCoreApplication.translate("Forms", "partly"), "no": QCoreApplication.translate("Forms", "no"),
        "not_sure": QCoreApplication.translate("Forms", "not sure yet"),
        "sadness": QCoreApplication.translate("Forms", "sadness"), "anger": QCoreApplication.translate("Forms", "anger"), "happiness": QCoreApplication.translate("Forms", "happiness"),
        "frustration": QCoreApplication.translate("Forms", "frustration"), "appreciation": QCoreApplication.translate("Forms", "appreciation"),
        "fear": QCoreApplication.translate("Forms", "fear"), "shame": QCoreApplication.translate("Forms", "shame"), "other": QCoreApplication.translate("Forms", "other"),
        "partner": QCoreApplication.translate("Forms", "partner"), "parent": QCoreApplication.translate("Forms", "parent"), "sibling": QCoreApplication.translate("Forms", "sibling"),
        "friend": QCoreApplication.translate("Forms", "friend"), "colleague": QCoreApplication.translate("Forms", "colleague"),
    }


def _forms(text: str) -> str:
    # The English is written once, in domain/entries.py (QT_TRANSLATE_NOOP("Forms", ...)).
    return QCoreApplication.translate("Forms", text) if text else ""


def form_title(kind: str) -> str:
    spec = FORMS.get(kind)
    return _forms(spec.title) if spec else kind


def form_intro(kind: str) -> str:
    spec = FORMS.get(kind)
    return _forms(spec.intro) if spec else ""


def field_label(kind: str, field: FieldSpec) -> str:
    return _forms(field.label)


def field_placeholder(kind: str, field: FieldSpec) -> str:
    return _forms(field.placeholder)


def install_labels() -> None:
    """Stored keys (choices, offered feeling words) shown in the language in use, everywhere label() is used."""
    from ipt_journal.ui.insights.words import forget_labels, word_label

    forget_labels()
    table = {key: word_label(key) for key in FEELING_KEYS}
    table.update(_choices())
    entries.use_labels(table)
