"""Goals and check-ins: what a goal holds, the guided-start reasons, ordering and chart data. No Qt, no SQL."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from ipt_journal.domain.entries import MIRRORS

HORIZONS = ("short", "long")
HORIZON_LABELS = {"short": "Short-term", "long": "Long-term"}
HORIZON_HINTS = {
    "short": "the next few weeks or sessions",
    "long": "what you want from group and beyond",
}
STATUSES = ("active", "achieved", "paused", "let_go")
STATUS_LABELS = {"active": "Active", "achieved": "Achieved", "paused": "Paused", "let_go": "Let go"}
CLOSED_STATUSES = ("achieved", "let_go")

# The people a goal is about; the pattern form's words, with a few more that come up in goals.
RELATIONSHIPS: tuple[str, ...] = tuple(m for m in MIRRORS if m != "other") + ("child", "people in group", "other")

DIRECTIONS = {-1: "moving away", 0: "about the same", 1: "moving toward"}
SCORE_MAX = 10
MAX_TITLE = 200
MAX_TEXT = 20_000


@dataclass(frozen=True)
class Goal:
    title: str
    why: str = ""
    observable: str = ""  # how I will notice it happening
    horizon: str = "short"
    target_date: date | None = None
    status: str = "active"
    relationships: tuple[str, ...] = ()
    suggestions: tuple[int, ...] = ()
    closing_reflection: str = ""
    closed_at: datetime | None = None
    position: int = 0
    id: int | None = None
    uid: str = field(default_factory=lambda: uuid.uuid4().hex)
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def with_changes(self, **changes: Any) -> Goal:
        return replace(self, **changes)

    @property
    def is_closed(self) -> bool:
        return self.status in CLOSED_STATUSES


@dataclass(frozen=True)
class CheckIn:
    goal_id: int
    at: datetime
    direction: int | None = None  # -1 moving away, 0 the same, 1 moving toward
    score: int | None = None  # 0..10, how much it is happening
    note: str = ""
    id: int | None = None
    uid: str = field(default_factory=lambda: uuid.uuid4().hex)

    def describe(self) -> str:
        """'moving toward · 6/10' — the mark in words, for lists and screen readers."""
        parts = []
        if self.direction is not None:
            parts.append(DIRECTIONS[self.direction])
        if self.score is not None:
            parts.append(f"{self.score}/{SCORE_MAX}")
        return " · ".join(parts) or "a note"


@dataclass(frozen=True)
class GoalHit:
    goal_id: int
    title: str
    status: str
    snippet: str  # member text with MARK_START/MARK_END around matches
    rank: float


@dataclass(frozen=True)
class LinkedItem:
    """An agenda item linked to a goal: its id and text."""

    id: int
    text: str


class InvalidGoal(ValueError):
    """A goal or check-in that cannot be stored as given; str() is a sentence a member can read."""


def validate(goal: Goal) -> Goal:
    """Trim and check a goal before it is stored."""
    title = " ".join(goal.title.split())[:MAX_TITLE]
    if not title:
        raise InvalidGoal("A goal needs a few words as its title.")
    if goal.horizon not in HORIZONS:
        raise InvalidGoal("A goal is either short-term or long-term.")
    if goal.status not in STATUSES:
        raise InvalidGoal("That is not a status a goal can have.")
    rels = tuple(dict.fromkeys(r for r in goal.relationships if r in RELATIONSHIPS))
    sugg = tuple(sorted({int(s) for s in goal.suggestions if 1 <= int(s) <= 10}))
    return goal.with_changes(
        title=title, why=goal.why[:MAX_TEXT], observable=goal.observable[:MAX_TEXT], relationships=rels,
        suggestions=sugg, closing_reflection=goal.closing_reflection[:MAX_TEXT],
    )


def validate_checkin(checkin: CheckIn) -> CheckIn:
    if checkin.direction is not None and checkin.direction not in DIRECTIONS:
        raise InvalidGoal("A check-in moves away, stays the same or moves toward.")
    if checkin.score is not None and not 0 <= checkin.score <= SCORE_MAX:
        raise InvalidGoal("A check-in number goes from 0 to 10.")
    note = checkin.note.strip()[:MAX_TEXT]
    if checkin.direction is None and checkin.score is None and not note:
        raise InvalidGoal("A check-in needs a mark or a note.")
    return replace(checkin, note=note)


# -- the guided start -------------------------------------------------------------


@dataclass(frozen=True)
class JoinReason:
    """A common reason people join a group, and the draft goal it turns into (the member edits it)."""

    key: str
    label: str  # shown as a checkbox: how it might feel from the inside
    title: str
    why: str
    observable: str
    horizon: str = "short"
    relationships: tuple[str, ...] = ()
    suggestions: tuple[int, ...] = ()

    def draft(self) -> Goal:
        return Goal(
            title=self.title, why=self.why, observable=self.observable, horizon=self.horizon,
            relationships=self.relationships, suggestions=self.suggestions,
        )


JOIN_REASONS: tuple[JoinReason, ...] = (
    JoinReason(
        "trust", "Letting people in is hard; I keep my guard up",
        "Let people in, a little at a time",
        "Keeping everyone at arm's length keeps me safe, and it also keeps me alone.",
        "I tell the group one thing I would normally keep to myself.",
        "long", ("people in group", "friend"), (2, 6),
    ),
    JoinReason(
        "pleasing", "I put what others want ahead of what I want",
        "Say no when I mean no",
        "When I always go along, I end up tired and quietly resentful.",
        "I turn down a request without a long apology.",
        "short", ("partner", "parent", "colleague"), (2,),
    ),
    JoinReason(
        "expressing", "Saying what I think, feel or need doesn't come easily",
        "Say what I feel and need, plainly",
        "People can't meet me halfway if they have to guess.",
        "I start a sentence with \u201cI feel\u201d or \u201cI need\u201d out loud in group.",
        "short", ("people in group",), (1, 5),
    ),
    JoinReason(
        "loneliness", "I feel lonely much of the time",
        "Feel less alone week to week",
        "I want people around me I can call, and who call me.",
        "I make one plan a week to spend time with someone.",
        "long", ("friend",), (8,),
    ),
    JoinReason(
        "anger", "I often end up angry, frustrated or let down with people",
        "Notice what is under my anger, and say it",
        "Arguments keep going the same way, and I want a different ending.",
        "I say \u201cI felt hurt when\u2026\u201d before it turns into a fight.",
        "short", ("partner", "sibling"), (1, 8),
    ),
    JoinReason(
        "substances", "I lean on drinking or using to feel at ease with people",
        "Be with people without drinking or using",
        "I want to know I can be myself around others as I am.",
        "I go to a social plan sober and notice how it feels.",
        "long", ("friend",), (1, 3),
    ),
    JoinReason(
        "self_esteem", "I'm hard on myself and don't think much of myself",
        "Speak to myself with more respect",
        "The way I talk to myself shapes what I let myself ask for.",
        "I catch myself putting myself down and say it a kinder way.",
        "long", (), (4,),
    ),
    JoinReason(
        "closeness", "Close relationships don't seem to last or go deep",
        "Let one relationship go a step deeper",
        "I have people around me, yet few who really know me.",
        "I share something real with a friend instead of only small talk.",
        "long", ("friend", "partner"), (2, 8),
    ),
    JoinReason(
        "control", "I give in too easily, or I take charge too much",
        "Find a fairer balance in who decides",
        "I want relationships where both of us have a say.",
        "I notice when I give in or take over, and name it.",
        "short", ("partner", "colleague"), (4, 8),
    ),
    JoinReason(
        "anxious", "Being with people, especially in groups, makes me anxious",
        "Stay present when I feel anxious with others",
        "I miss a lot of what happens when my mind is busy worrying.",
        "I speak up once each session, even when my heart is racing.",
        "short", ("people in group",), (1, 3),
    ),
    JoinReason(
        "indirect", "I tend to hint or steer instead of asking for what I need",
        "Ask for what I need directly",
        "Roundabout ways work for a while, then leave people confused or hurt.",
        "I ask plainly, in one sentence, and let the answer be the answer.",
        "short", ("partner", "parent"), (5,),
    ),
)


def reason(key: str) -> JoinReason:
    for r in JOIN_REASONS:
        if r.key == key:
            return r
    raise KeyError(key)


# -- ordering, check-in timing and chart data -------------------------------------------


def sort_key(goal: Goal) -> tuple[int, int, int, int, int]:
    """Open goals before closed; short-term before long-term; active before paused; then the member's order."""
    status_rank = {"active": 0, "paused": 1, "achieved": 2, "let_go": 2}[goal.status]
    closed_at = -int(goal.closed_at.timestamp()) if goal.closed_at else 0
    return (int(goal.is_closed), HORIZONS.index(goal.horizon) if not goal.is_closed else 0, status_rank,
            closed_at if goal.is_closed else goal.position, goal.id or 0)


def ordered(goals: list[Goal]) -> list[Goal]:
    return sorted(goals, key=sort_key)


def section_of(goal: Goal) -> str:
    """Which heading a goal sits under in the Goals list."""
    return "closed" if goal.is_closed else goal.horizon


SECTION_TITLES = {"short": "Short-term", "long": "Long-term", "closed": "Closed"}

WEEKLY_GAP = timedelta(days=6)
RECENT_GAP = timedelta(days=2)


def goal_checkin_due(now: datetime, last_checkin: datetime | None, next_session_start: datetime | None) -> bool:
    """Should Today ask "how are your goals this week?"

    With a group schedule: on the day before the next session (and on the day itself, until it starts),
    unless the member checked in during the last two days. Without one: when there has been no
    check-in for six days. Callers decide whether there are active goals at all.
    """
    if next_session_start is not None:
        if now >= next_session_start:
            return False
        start_day = next_session_start.astimezone(now.tzinfo).date() if now.tzinfo else next_session_start.date()
        if now.date() < start_day - timedelta(days=1):
            return False
        return last_checkin is None or now - last_checkin >= RECENT_GAP
    return last_checkin is None or now - last_checkin >= WEEKLY_GAP


START_LEVEL = 5.0


def progress_series(checkins: list[CheckIn]) -> list[tuple[datetime, float]]:
    """One point per check-in (oldest first) on a 0–10 scale, for the chart and the sparkline.

    A number is taken as it is; a direction moves one step from where the line was
    (starting in the middle), so a run of "moving toward" climbs. A note alone is not a point.
    """
    level = START_LEVEL
    points: list[tuple[datetime, float]] = []
    for c in sorted(checkins, key=lambda c: (c.at, c.id or 0)):
        if c.score is not None:
            level = float(c.score)
        elif c.direction is not None:
            level = min(max(level + c.direction, 0.0), float(SCORE_MAX))
        else:
            continue
        points.append((c.at, level))
    return points


SPARK_CHARS = "▁▂▃▄▅▆▇█"


def sparkline(values: list[float], width: int = 12) -> str:
    """The last `width` values as block characters on the fixed 0–10 scale (so flat stays flat)."""
    out = []
    for v in values[-width:]:
        v = min(max(v, 0.0), float(SCORE_MAX))
        out.append(SPARK_CHARS[min(int(v / SCORE_MAX * len(SPARK_CHARS)), len(SPARK_CHARS) - 1)])
    return "".join(out)


def describe_last(checkin: CheckIn | None, today: date) -> str:
    if checkin is None:
        return "No check-ins yet"
    days = (today - checkin.at.date()).days
    when = "Today" if days == 0 else "Yesterday" if days == 1 else checkin.at.strftime("%d %b")
    return f"{when}: {checkin.describe()}"
