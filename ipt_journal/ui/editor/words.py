"""The reflection forms' words as the member reads them: titles, intros, field names and choices, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ipt_journal.domain import entries
from ipt_journal.domain.entries import FEELING_KEYS, FORMS, FieldSpec


def _forms() -> dict[str, tuple[str, str]]:
    t = QCoreApplication.translate
    # One literal per text, so the translation tools find every one: kind -> (title, intro).
    return {
        "free": (t("Forms", "Free writing"), t("Forms", "Write whatever is here for you right now.")),
        "moment": (t("Forms", "Something I noticed"),
                   t("Forms", "Catch one moment while it is fresh: what happened, and what went on in you.")),
        "nonverbal": (t("Forms", "Without words"),
                      t("Forms", "Faces, voices and posture say a lot. What did you notice in yourself or in others?")),
        "avoided": (t("Forms", "Something I held back"),
                    t("Forms", "Noticing what stays unsaid is a step of its own. Nobody sees this but you.")),
        "feedback": (t("Forms", "Feedback"), t("Forms", "Feedback you asked for, gave or received, and how it landed.")),
        "pattern": (t("Forms", "A pattern I see"),
                    t("Forms", "Sometimes the way we relate in group echoes someone from our life.")),
        "unformed": (t("Forms", "A thought that doesn't make sense yet"),
                     t("Forms", "It does not need to be clear. Half-formed is welcome here.")),
        "concern": (t("Forms", "A concern about the group"),
                    t("Forms", "Something about how the group works that bothers you or puzzles you.")),
        "trigger": (t("Forms", "A trigger I noticed"),
                    t("Forms", "Something stirred up an old pull. Looking at it afterwards, gently, is worth doing.")),
    }


def _fields() -> dict[str, str]:
    t = QCoreApplication.translate
    # "kind.key" -> the field's name on screen
    return {
        "moment.where": t("Forms", "Where"),
        "moment.what_happened": t("Forms", "What happened"),
        "moment.thought": t("Forms", "What I thought"),
        "moment.feelings": t("Forms", "What I felt"),
        "moment.body": t("Forms", "What I felt in my body"),
        "moment.action": t("Forms", "What I did, or wanted to do"),
        "nonverbal.whose": t("Forms", "Whose"),
        "nonverbal.face": t("Forms", "Face"),
        "nonverbal.voice": t("Forms", "Voice"),
        "nonverbal.posture": t("Forms", "Posture"),
        "nonverbal.meaning": t("Forms", "What it might be saying"),
        "avoided.held_back": t("Forms", "What I held back"),
        "avoided.feeling": t("Forms", "The feeling in it"),
        "avoided.imagined": t("Forms", "What I imagine would happen if I said it"),
        "feedback.direction": t("Forms", "It was"),
        "feedback.who": t("Forms", "With whom"),
        "feedback.said": t("Forms", "What was said"),
        "feedback.reaction": t("Forms", "My reaction"),
        "feedback.agree": t("Forms", "Do I agree?"),
        "pattern.pattern": t("Forms", "The pattern"),
        "pattern.mirrors": t("Forms", "Who in my life it reminds me of"),
        "pattern.in_group": t("Forms", "Where it showed up in group"),
        "unformed.thought": t("Forms", "The thought"),
        "concern.concern": t("Forms", "The concern"),
        "concern.wish": t("Forms", "What I wish were different"),
        "trigger.what_happened": t("Forms", "What happened, and with whom"),
        "trigger.feelings": t("Forms", "What I felt"),
        "trigger.urge": t("Forms", "The urge"),
        "trigger.urge_strength": t("Forms", "How strong it was (0-10)"),
        "trigger.signs": t("Forms", "What told me it was building"),
        "trigger.instead": t("Forms", "What I did instead"),
        "trigger.helped": t("Forms", "What helped"),
    }


def _placeholders() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "moment.body": t("Forms", "e.g. tight chest, warm face"),
        "feedback.who": t("Forms", "initials or a made-up name"),
        "trigger.urge": t("Forms", "what I felt pulled to do"),
    }


def _choices() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "in_group": t("Forms", "in group"), "daily_life": t("Forms", "in daily life"),
        "mine": t("Forms", "mine"), "someone_else": t("Forms", "someone else's"),
        "asked_for": t("Forms", "asked for"), "given": t("Forms", "given"), "received": t("Forms", "received"),
        "yes": t("Forms", "yes"), "partly": t("Forms", "partly"), "no": t("Forms", "no"),
        "not_sure": t("Forms", "not sure yet"),
        "sadness": t("Forms", "sadness"), "anger": t("Forms", "anger"), "happiness": t("Forms", "happiness"),
        "frustration": t("Forms", "frustration"), "appreciation": t("Forms", "appreciation"),
        "fear": t("Forms", "fear"), "shame": t("Forms", "shame"), "other": t("Forms", "other"),
        "partner": t("Forms", "partner"), "parent": t("Forms", "parent"), "sibling": t("Forms", "sibling"),
        "friend": t("Forms", "friend"), "colleague": t("Forms", "colleague"),
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
