"""The reflection forms' words as the member reads them: titles, intros, field names and choices, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ipt_journal.domain import entries
from ipt_journal.domain.entries import FEELING_KEYS, FORMS, FieldSpec


def _forms() -> dict[str, tuple[str, str]]:
    # One literal per text, so the translation tools find every one: kind -> (title, intro).
    return {
        "free": (QCoreApplication.translate("Forms", "Free writing"), QCoreApplication.translate("Forms", "Write whatever is here for you right now.")),
        "moment": (QCoreApplication.translate("Forms", "Something I noticed"),
                   QCoreApplication.translate("Forms", "Catch one moment while it is fresh: what happened, and what went on in you.")),
        "nonverbal": (QCoreApplication.translate("Forms", "Without words"),
                      QCoreApplication.translate("Forms", "Faces, voices and posture say a lot. What did you notice in yourself or in others?")),
        "avoided": (QCoreApplication.translate("Forms", "Something I held back"),
                    QCoreApplication.translate("Forms", "Noticing what stays unsaid is a step of its own. Nobody sees this but you.")),
        "feedback": (QCoreApplication.translate("Forms", "Feedback"), QCoreApplication.translate("Forms", "Feedback you asked for, gave or received, and how it landed.")),
        "pattern": (QCoreApplication.translate("Forms", "A pattern I see"),
                    QCoreApplication.translate("Forms", "Sometimes the way we relate in group echoes someone from our life.")),
        "unformed": (QCoreApplication.translate("Forms", "A thought that doesn't make sense yet"),
                     QCoreApplication.translate("Forms", "It does not need to be clear. Half-formed is welcome here.")),
        "concern": (QCoreApplication.translate("Forms", "A concern about the group"),
                    QCoreApplication.translate("Forms", "Something about how the group works that bothers you or puzzles you.")),
        "trigger": (QCoreApplication.translate("Forms", "A trigger I noticed"),
                    QCoreApplication.translate("Forms", "Something stirred up an old pull. Looking at it afterwards, gently, is worth doing.")),
    }


def _fields() -> dict[str, str]:
    # "kind.key" -> the field's name on screen
    return {
        "moment.where": QCoreApplication.translate("Forms", "Where"),
        "moment.what_happened": QCoreApplication.translate("Forms", "What happened"),
        "moment.thought": QCoreApplication.translate("Forms", "What I thought"),
        "moment.feelings": QCoreApplication.translate("Forms", "What I felt"),
        "moment.body": QCoreApplication.translate("Forms", "What I felt in my body"),
        "moment.action": QCoreApplication.translate("Forms", "What I did, or wanted to do"),
        "nonverbal.whose": QCoreApplication.translate("Forms", "Whose"),
        "nonverbal.face": QCoreApplication.translate("Forms", "Face"),
        "nonverbal.voice": QCoreApplication.translate("Forms", "Voice"),
        "nonverbal.posture": QCoreApplication.translate("Forms", "Posture"),
        "nonverbal.meaning": QCoreApplication.translate("Forms", "What it might be saying"),
        "avoided.held_back": QCoreApplication.translate("Forms", "What I held back"),
        "avoided.feeling": QCoreApplication.translate("Forms", "The feeling in it"),
        "avoided.imagined": QCoreApplication.translate("Forms", "What I imagine would happen if I said it"),
        "feedback.direction": QCoreApplication.translate("Forms", "It was"),
        "feedback.who": QCoreApplication.translate("Forms", "With whom"),
        "feedback.said": QCoreApplication.translate("Forms", "What was said"),
        "feedback.reaction": QCoreApplication.translate("Forms", "My reaction"),
        "feedback.agree": QCoreApplication.translate("Forms", "Do I agree?"),
        "pattern.pattern": QCoreApplication.translate("Forms", "The pattern"),
        "pattern.mirrors": QCoreApplication.translate("Forms", "Who in my life it reminds me of"),
        "pattern.in_group": QCoreApplication.translate("Forms", "Where it showed up in group"),
        "unformed.thought": QCoreApplication.translate("Forms", "The thought"),
        "concern.concern": QCoreApplication.translate("Forms", "The concern"),
        "concern.wish": QCoreApplication.translate("Forms", "What I wish were different"),
        "trigger.what_happened": QCoreApplication.translate("Forms", "What happened, and with whom"),
        "trigger.feelings": QCoreApplication.translate("Forms", "What I felt"),
        "trigger.urge": QCoreApplication.translate("Forms", "The urge"),
        "trigger.urge_strength": QCoreApplication.translate("Forms", "How strong it was (0-10)"),
        "trigger.signs": QCoreApplication.translate("Forms", "What told me it was building"),
        "trigger.instead": QCoreApplication.translate("Forms", "What I did instead"),
        "trigger.helped": QCoreApplication.translate("Forms", "What helped"),
    }


def _placeholders() -> dict[str, str]:
    return {
        "moment.body": QCoreApplication.translate("Forms", "e.g. tight chest, warm face"),
        "feedback.who": QCoreApplication.translate("Forms", "initials or a made-up name"),
        "trigger.urge": QCoreApplication.translate("Forms", "what I felt pulled to do"),
    }


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


def form_title(kind: str) -> str:
    spec = FORMS.get(kind)
    return _forms().get(kind, (spec.title if spec else kind, ""))[0]


def form_intro(kind: str) -> str:
    spec = FORMS.get(kind)
    return _forms().get(kind, ("", spec.intro if spec else ""))[1]


def field_label(kind: str, field: FieldSpec) -> str:
    return _fields().get(f"{kind}.{field.key}", field.label)


def field_placeholder(kind: str, field: FieldSpec) -> str:
    return _placeholders().get(f"{kind}.{field.key}", field.placeholder) if field.placeholder else ""


def install_labels() -> None:
    """Stored keys (choices, offered feeling words) shown in the language in use, everywhere label() is used."""
    from ipt_journal.ui.insights.words import forget_labels, word_label

    forget_labels()
    table = {key: word_label(key) for key in FEELING_KEYS}
    table.update(_choices())
    entries.use_labels(table)
