"""Feelings over time and looking back: one feelings series from check-ins, reflection forms and debriefs,
and what the Insights screen and Today's looking-back cards show. No Qt, no SQL."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import NamedTuple

from ipt_journal.domain import feelings as fd
from ipt_journal.domain.entries import Entry
from ipt_journal.services.group import Group
from ipt_journal.services.session import Session
from ipt_journal.vault.checkins import CheckinRepository, FeelingReader
from ipt_journal.vault.people import PeopleRepository


class FeelingPoint(NamedTuple):
    """One feeling at one moment. word is a vocabulary key, or the member's own word (known=False).
    A named tuple: a year's series is thousands of these, and tuples are made ten times faster."""

    source: str  # "checkin" | "entry" | "debrief"
    ref_id: int
    at: datetime
    day: date  # the member's own day
    word: str | None  # None: a spot on the grid with no word
    known: bool
    intensity: int | None
    valence: float | None  # -5..5, None for a word outside the vocabulary
    suggestion: int | None = None
    person: str | None = None


@dataclass(frozen=True)
class DayMood:
    day: date
    pleasantness: float | None  # mean of what was noted, -5..5; None when only own words
    count: int  # feelings noted that day


GROUP_DAY_BUCKETS = ("before", "day_of", "after", "other")


@dataclass(frozen=True)
class GroupDayBar:
    bucket: str  # one of GROUP_DAY_BUCKETS
    pleasantness: float | None
    count: int


@dataclass(frozen=True)
class ViewRow:
    """One row of the per-suggestion or per-person view."""

    key: str  # suggestion number as text, or the person's name
    count: int
    pleasantness: float | None
    words: tuple[str, ...]  # most named first


@dataclass(frozen=True)
class SinceLastSession:
    state: str  # "no_schedule" | "no_session_yet" | "ok"
    since: datetime | None
    session_number: int | None
    entries: tuple[tuple[int, datetime, str, str], ...] = ()
    checkins: tuple[fd.CheckIn, ...] = ()
    agenda: tuple[tuple[int, datetime, str], ...] = ()
    goal_checkins: tuple[tuple[int, datetime, str, int | None, int | None, str], ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.entries or self.checkins or self.agenda or self.goal_checkins)


@dataclass(frozen=True)
class OnThisDay:
    key: str  # "month" | "six_months" | "year"
    day: date
    entries: tuple[tuple[int, datetime, str, str], ...]
    checkins: tuple[fd.CheckIn, ...]


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _day_bounds(first: date, last: date, tz: tzinfo | None) -> tuple[datetime, datetime]:
    """UTC moments covering local days first..last, padded a day each side for zones far from ours."""
    start = datetime.combine(first - timedelta(days=1), time(0), tz or timezone.utc)
    end = datetime.combine(last + timedelta(days=2), time(0), tz or timezone.utc)
    return start, end


class Insights:
    """Reads for one unlocked session. `tz` is the zone days are counted in (the machine's when None)."""

    def __init__(self, session: Session, tz: tzinfo | None = None, group: Group | None = None) -> None:
        self.session = session
        self.tz = tz
        self.checkins = CheckinRepository(session.vault)
        self.reader = FeelingReader(session.vault)
        self._group = group

    @property
    def group(self) -> Group:
        if self._group is None:
            self._group = Group(self.session, self.tz)
        return self._group

    def people(self) -> tuple[list[str], dict[int, list[str]]]:
        """The People list's names and, per entry, the names it links (empty lists before anyone is added)."""
        repo = PeopleRepository(self.session.vault)
        names = repo.names()
        if not names:
            return [], {}
        linked = {eid: [names[p] for p in pids if p in names] for eid, pids in repo.people_of_entries().items()}
        return list(names.values()), linked

    def person_view(self, points: list[FeelingPoint]) -> list[ViewRow]:
        people, linked = self.people()
        return by_person(points, people=people, entry_people=linked)

    # -- the one series ---------------------------------------------------------------

    def series(self, first: date | None = None, last: date | None = None) -> list[FeelingPoint]:
        """Every feeling noted on local days first..last (all when None), oldest first."""
        start = end = None
        if first and last:
            start, end = _day_bounds(first, last, self.tz)
        points: list[FeelingPoint] = []
        points.extend(_checkin_points(self.checkins.feeling_rows(first, last)))
        for row in self.reader.entry_feelings(start, end):
            key = fd.key_for(row.text)
            place = fd.word_place(key) if key else None
            points.append(FeelingPoint("entry", row.ref_id, row.at, fd.local_day(row.at, self.tz), key or row.text,
                                       key is not None, row.intensity, place[0] if place else None, row.suggestion))
        for row in self.reader.debrief_feelings(start, end):
            day = fd.local_day(row.at, self.tz)
            for key in fd.words_in_text(row.text):
                place = fd.word_place(key)
                points.append(FeelingPoint("debrief", row.ref_id, row.at, day, key, True, None,
                                           place[0] if place else None, row.suggestion))
        if first and last:
            points = [p for p in points if first <= p.day <= last]
        points.sort(key=lambda p: p.at)
        return points

    # -- views ------------------------------------------------------------------------

    def any(self) -> bool:
        return self.reader.any_feelings()

    def year(self, year: int) -> dict[date, DayMood]:
        return day_moods(self.series(date(year, 1, 1), date(year, 12, 31)))

    def around_group_days(self, now: datetime, points: list[FeelingPoint] | None = None) -> list[GroupDayBar]:
        held = [s for s in self.group.slots(now) if not s.cancelled and s.starts_at <= now]
        days = {fd.local_day(s.starts_at, self.tz) for s in held}
        if points is None:
            points = self.series() if days else []
        return group_day_bars(points, days)

    def words_this_month(self, today: date, n: int = 10) -> list[tuple[str, bool, int]]:
        first = today.replace(day=1)
        return top_words(self.series(first, today), n)

    # -- looking back -----------------------------------------------------------------

    def since_last_session(self, now: datetime) -> SinceLastSession:
        """What was written, checked in, added to the agenda and goal check-ins since the last group that was held."""
        if self.group.schedule() is None and not self.group.slots(now):
            return SinceLastSession("no_schedule", None, None)
        last = self.group.last(now)  # cancelled sessions never count; a moved one counts at its new time
        if last is None:
            return SinceLastSession("no_session_yet", None, None)
        since = last.ends_at
        return SinceLastSession(
            "ok", since, last.number,
            tuple(self.reader.entries_written(since, now + timedelta(seconds=1))),
            tuple(self.checkins.between(since, now + timedelta(seconds=1))),
            tuple(self.reader.agenda_added(since, now + timedelta(seconds=1))),
            tuple(self.reader.goal_checkins(since, now + timedelta(seconds=1))),
        )

    def on_this_day(self, today: date) -> list[OnThisDay]:
        """A month, six months and a year ago; only the days that hold something."""
        out = []
        for key, day in fd.on_this_day_dates(today):
            start, end = _day_bounds(day, day, self.tz)
            entries = tuple(e for e in self.reader.entries_written(start, end) if fd.local_day(e[1], self.tz) == day)
            cis = tuple(self.checkins.on_days(day, day))
            if entries or cis:
                out.append(OnThisDay(key, day, entries, cis))
        return out

    def day(self, day: date) -> tuple[list[tuple[int, datetime, str, str]], list[fd.CheckIn]]:
        """What was written and checked in on one local day (a heat-map cell opened)."""
        start, end = _day_bounds(day, day, self.tz)
        entries = [e for e in self.reader.entries_written(start, end) if fd.local_day(e[1], self.tz) == day]
        return entries, self.checkins.on_days(day, day)

    def save_weekly_review(self, title: str, answers: list[tuple[str, str]], now: datetime) -> Entry:
        """The three questions and answers as one journal entry; raises ValueError when every answer is empty."""
        if not any(a.strip() for _q, a in answers):
            raise ValueError("empty review")
        body = "\n\n".join(f"**{q}**\n\n{a.strip()}" for q, a in answers if a.strip())
        journal = self.session.journal
        assert journal is not None
        return journal.save(Entry(kind="free", entry_at=now, title=title, body=body, tags=("weekly review",)))


# -- pure helpers (tested without a vault) -------------------------------------------

VERY_HARD_SPOT = -4  # the grid's far unpleasant edge
VERY_HARD_INTENSITY = 8  # an unpleasant word this strong (0-10)


def very_hard(c: fd.CheckIn) -> bool:
    """A check-in that marks a very hard feeling: the far unpleasant edge, or an unpleasant word at 8 or more.
    Only used to offer the support plan quietly; never shown as a verdict."""
    if c.valence is not None and c.valence <= VERY_HARD_SPOT:
        return True
    for w in c.words:
        place = fd.word_place(w.key)
        if place is not None and place[0] < 0 and (w.intensity or 0) >= VERY_HARD_INTENSITY:
            return True
    return False



def checkin_points(c: fd.CheckIn) -> list[FeelingPoint]:
    points = []
    if c.valence is not None:
        points.append(FeelingPoint("checkin", c.id or 0, c.at, c.local_date, None, True, None, float(c.valence),
                                   person=c.person_name))
    for w in c.words:
        place = fd.word_place(w.key)
        points.append(FeelingPoint("checkin", c.id or 0, c.at, c.local_date, w.key, place is not None, w.intensity,
                                   place[0] if place else None, person=c.person_name))
    return points


def _checkin_points(rows: list[tuple]) -> list[FeelingPoint]:  # type: ignore[type-arg]
    """The same points as checkin_points(), from the repository's lean rows (parsed once per check-in)."""
    points: list[FeelingPoint] = []
    seen: dict[int, tuple[datetime, date]] = {}
    for cid, at_text, day_text, valence, person, word, intensity in rows:
        known = seen.get(cid)
        if known is None:
            known = seen[cid] = (datetime.fromisoformat(at_text), date.fromisoformat(day_text))
            if valence is not None:
                points.append(FeelingPoint("checkin", cid, known[0], known[1], None, True, None, float(valence),
                                           person=person))
        if word is not None:
            place = fd.word_place(word)
            points.append(FeelingPoint("checkin", cid, known[0], known[1], word, place is not None, intensity,
                                       place[0] if place else None, person=person))
    return points


def day_moods(points: list[FeelingPoint]) -> dict[date, DayMood]:
    by_day: dict[date, list[FeelingPoint]] = defaultdict(list)
    for p in points:
        by_day[p.day].append(p)
    return {
        d: DayMood(d, _mean([p.valence for p in ps if p.valence is not None]), sum(1 for p in ps if p.word or p.valence is not None))
        for d, ps in by_day.items()
    }


def group_day_bars(points: list[FeelingPoint], group_days: set[date]) -> list[GroupDayBar]:
    buckets: dict[str, list[FeelingPoint]] = {b: [] for b in GROUP_DAY_BUCKETS}
    if group_days:
        for p in points:
            if p.day in group_days:
                buckets["day_of"].append(p)
            elif p.day + timedelta(days=1) in group_days:
                buckets["before"].append(p)
            elif p.day - timedelta(days=1) in group_days or p.day - timedelta(days=2) in group_days:
                buckets["after"].append(p)
            else:
                buckets["other"].append(p)
    return [GroupDayBar(b, _mean([p.valence for p in ps if p.valence is not None]), len(ps))
            for b, ps in buckets.items()]


def top_words(points: list[FeelingPoint], n: int = 10) -> list[tuple[str, bool, int]]:
    """(word, known, times named), most first; ties alphabetically so the order is stable."""
    counts = Counter((p.word, p.known) for p in points if p.word)
    return [(w, k, c) for (w, k), c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][0]))[:n]]


def _rows(groups: dict[str, list[FeelingPoint]]) -> list[ViewRow]:
    out = []
    for key, ps in groups.items():
        words = tuple(w for w, _k, _c in top_words(ps, 3))
        out.append(ViewRow(key, len(ps), _mean([p.valence for p in ps if p.valence is not None]), words))
    return out


def by_suggestion(points: list[FeelingPoint]) -> list[ViewRow]:
    groups: dict[str, list[FeelingPoint]] = defaultdict(list)
    for p in points:
        if p.suggestion:
            groups[str(p.suggestion)].append(p)
    return sorted(_rows(groups), key=lambda r: int(r.key))


def by_person(points: list[FeelingPoint], *, people: Iterable[str] = (),
              entry_people: Mapping[int, Iterable[str]] | None = None) -> list[ViewRow]:
    """Feelings grouped by who they were about. With the People list: a check-in's typed name that matches
    someone there is counted under that person's name, and an entry's feelings count for each person it names."""
    groups: dict[str, list[FeelingPoint]] = defaultdict(list)
    names: dict[str, str] = {" ".join(n.split()).casefold(): n for n in people}
    linked = entry_people or {}
    for p in points:
        whos = [p.person] if p.person else []
        if p.source == "entry":
            whos.extend(linked.get(p.ref_id, ()))
        for who in dict.fromkeys(" ".join(w.split()) for w in whos):
            fold = who.casefold()
            names.setdefault(fold, who)
            groups[names[fold]].append(p)
    return sorted(_rows(groups), key=lambda r: (-r.count, r.key.casefold()))
