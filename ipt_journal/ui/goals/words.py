"""The Goals screen's words in the member's language: horizons, statuses, who a goal is about, marks, starting points."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from ipt_journal.domain.goals import DIRECTIONS, HORIZON_HINTS, HORIZON_LABELS, SCORE_MAX, STATUS_LABELS, CheckIn, JoinReason


def horizon_label(key: str) -> str:
    return {"short": QCoreApplication.translate("GoalWords", "Short-term"),
            "long": QCoreApplication.translate("GoalWords", "Long-term")}.get(key, HORIZON_LABELS.get(key, key))


def horizon_hint(key: str) -> str:
    return {"short": QCoreApplication.translate("GoalWords", "the next few weeks or sessions"),
            "long": QCoreApplication.translate("GoalWords", "what you want from group and beyond")}.get(
        key, HORIZON_HINTS.get(key, key))


def status_label(key: str) -> str:
    return {"active": QCoreApplication.translate("GoalWords", "Active"),
            "achieved": QCoreApplication.translate("GoalWords", "Achieved"),
            "paused": QCoreApplication.translate("GoalWords", "Paused"),
            "let_go": QCoreApplication.translate("GoalWords", "Let go")}.get(key, STATUS_LABELS.get(key, key))


def section_title(key: str) -> str:
    return {"short": QCoreApplication.translate("GoalWords", "Short-term"),
            "long": QCoreApplication.translate("GoalWords", "Long-term"),
            "closed": QCoreApplication.translate("GoalWords", "Closed")}.get(key, key)


def relationship_label(key: str) -> str:
    return {"partner": QCoreApplication.translate("GoalWords", "partner"),
            "parent": QCoreApplication.translate("GoalWords", "parent"),
            "sibling": QCoreApplication.translate("GoalWords", "sibling"),
            "friend": QCoreApplication.translate("GoalWords", "friend"),
            "colleague": QCoreApplication.translate("GoalWords", "colleague"),
            "child": QCoreApplication.translate("GoalWords", "child"),
            "people in group": QCoreApplication.translate("GoalWords", "people in group"),
            "other": QCoreApplication.translate("GoalWords", "other")}.get(key, key)


def direction_words(value: int) -> str:
    return {-1: QCoreApplication.translate("GoalWords", "moving away"),
            0: QCoreApplication.translate("GoalWords", "about the same"),
            1: QCoreApplication.translate("GoalWords", "moving toward")}.get(value, DIRECTIONS.get(value, ""))


def describe(checkin: CheckIn) -> str:
    """CheckIn.describe, in the member's language."""
    parts = []
    if checkin.direction is not None:
        parts.append(direction_words(checkin.direction))
    if checkin.score is not None:
        parts.append(f"{checkin.score}/{SCORE_MAX}")
    return " · ".join(parts) or QCoreApplication.translate("GoalWords", "a note")


def short_date(day: date) -> str:
    return QLocale().toString(day, "d MMM")


def long_date(day: date) -> str:
    return QLocale().toString(day, "ddd d MMM yyyy")


def describe_last(checkin: CheckIn | None, today: date) -> str:
    """domain.goals.describe_last, in the member's language."""
    if checkin is None:
        return QCoreApplication.translate("GoalWords", "No check-ins yet")
    days = (today - checkin.at.date()).days
    when = (QCoreApplication.translate("GoalWords", "Today") if days == 0 else
            QCoreApplication.translate("GoalWords", "Yesterday") if days == 1 else short_date(checkin.at.date()))
    return f"{when}: {describe(checkin)}"


def _reasons() -> dict[str, tuple[str, str, str, str]]:
    # key -> (how it feels, the draft's title, why, how I will notice it); one literal each for the tools
    return {
        "trust": (QCoreApplication.translate("JoinReasons", "Letting people in is hard; I keep my guard up"),
                    QCoreApplication.translate("JoinReasons", "Let people in, a little at a time"),
                    QCoreApplication.translate("JoinReasons", "Keeping everyone at arm's length keeps me safe, and it also keeps me alone."),
                    QCoreApplication.translate("JoinReasons", "I tell the group one thing I would normally keep to myself.")),
        "pleasing": (QCoreApplication.translate("JoinReasons", "I put what others want ahead of what I want"),
                    QCoreApplication.translate("JoinReasons", "Say no when I mean no"),
                    QCoreApplication.translate("JoinReasons", "When I always go along, I end up tired and quietly resentful."),
                    QCoreApplication.translate("JoinReasons", "I turn down a request without a long apology.")),
        "expressing": (QCoreApplication.translate("JoinReasons", "Saying what I think, feel or need doesn't come easily"),
                    QCoreApplication.translate("JoinReasons", "Say what I feel and need, plainly"),
                    QCoreApplication.translate("JoinReasons", "People can't meet me halfway if they have to guess."),
                    QCoreApplication.translate("JoinReasons", "I start a sentence with “I feel” or “I need” out loud in group.")),
        "loneliness": (QCoreApplication.translate("JoinReasons", "I feel lonely much of the time"),
                    QCoreApplication.translate("JoinReasons", "Feel less alone week to week"),
                    QCoreApplication.translate("JoinReasons", "I want people around me I can call, and who call me."),
                    QCoreApplication.translate("JoinReasons", "I make one plan a week to spend time with someone.")),
        "anger": (QCoreApplication.translate("JoinReasons", "I often end up angry, frustrated or let down with people"),
                    QCoreApplication.translate("JoinReasons", "Notice what is under my anger, and say it"),
                    QCoreApplication.translate("JoinReasons", "Arguments keep going the same way, and I want a different ending."),
                    QCoreApplication.translate("JoinReasons", "I say “I felt hurt when…” before it turns into a fight.")),
        "substances": (QCoreApplication.translate("JoinReasons", "I lean on drinking or using to feel at ease with people"),
                    QCoreApplication.translate("JoinReasons", "Be with people without drinking or using"),
                    QCoreApplication.translate("JoinReasons", "I want to know I can be myself around others as I am."),
                    QCoreApplication.translate("JoinReasons", "I go to a social plan sober and notice how it feels.")),
        "self_esteem": (QCoreApplication.translate("JoinReasons", "I'm hard on myself and don't think much of myself"),
                    QCoreApplication.translate("JoinReasons", "Speak to myself with more respect"),
                    QCoreApplication.translate("JoinReasons", "The way I talk to myself shapes what I let myself ask for."),
                    QCoreApplication.translate("JoinReasons", "I catch myself putting myself down and say it a kinder way.")),
        "closeness": (QCoreApplication.translate("JoinReasons", "Close relationships don't seem to last or go deep"),
                    QCoreApplication.translate("JoinReasons", "Let one relationship go a step deeper"),
                    QCoreApplication.translate("JoinReasons", "I have people around me, yet few who really know me."),
                    QCoreApplication.translate("JoinReasons", "I share something real with a friend instead of only small talk.")),
        "control": (QCoreApplication.translate("JoinReasons", "I give in too easily, or I take charge too much"),
                    QCoreApplication.translate("JoinReasons", "Find a fairer balance in who decides"),
                    QCoreApplication.translate("JoinReasons", "I want relationships where both of us have a say."),
                    QCoreApplication.translate("JoinReasons", "I notice when I give in or take over, and name it.")),
        "anxious": (QCoreApplication.translate("JoinReasons", "Being with people, especially in groups, makes me anxious"),
                    QCoreApplication.translate("JoinReasons", "Stay present when I feel anxious with others"),
                    QCoreApplication.translate("JoinReasons", "I miss a lot of what happens when my mind is busy worrying."),
                    QCoreApplication.translate("JoinReasons", "I speak up once each session, even when my heart is racing.")),
        "indirect": (QCoreApplication.translate("JoinReasons", "I tend to hint or steer instead of asking for what I need"),
                    QCoreApplication.translate("JoinReasons", "Ask for what I need directly"),
                    QCoreApplication.translate("JoinReasons", "Roundabout ways work for a while, then leave people confused or hurt."),
                    QCoreApplication.translate("JoinReasons", "I ask plainly, in one sentence, and let the answer be the answer.")),
    }


def reason_label(r: JoinReason) -> str:
    return _reasons().get(r.key, (r.label,))[0]


def reason_draft(r: JoinReason):  # type: ignore[no-untyped-def]
    """The draft goal of a starting point, in the member's language (the member rewords it freely)."""
    words = _reasons().get(r.key)
    goal = r.draft()
    if words is None:
        return goal
    return goal.with_changes(title=words[1], why=words[2], observable=words[3])
