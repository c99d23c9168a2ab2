"""A deterministic synthetic journal: ~300-word entries of every kind over ~10 years, goals with weekly
check-ins, and two years of group sessions with an agenda."""

from __future__ import annotations

import bisect
import random
import sys
import time
from dataclasses import replace
from datetime import datetime, timedelta
from datetime import time as clock
from pathlib import Path

from ipt_journal.domain.agenda import AgendaItem, Outcome
from ipt_journal.domain.entries import FEELING_WORDS, FORMS, Entry, Feeling
from ipt_journal.domain.goals import JOIN_REASONS, RELATIONSHIPS, CheckIn, Goal
from ipt_journal.domain.schedule import GroupSchedule

PASSPHRASE = "bench harness quiet kettle morning"
YEARS = 10
END = datetime(2026, 6, 1, 21, 0).astimezone()  # the newest generated entry; everything is dated before it
GROUP_YEARS = 2
GOALS = 20
# 20 goals: (status, how many) - the rest of each goal is drawn from the seed.
GOAL_STATUSES = ("active",) * 8 + ("achieved",) * 5 + ("paused",) * 3 + ("let_go",) * 4
MORE_GOAL_TITLES = (
    "Stay in the room when there is conflict", "Tell my sister how the visits feel", "Ask for feedback once a week",
    "Sleep before midnight on group nights", "Notice when I go quiet and say so", "Stop apologising for my feelings",
    "Call my father on Sundays", "Say thank you without deflecting", "Take one evening a week just for me",
)

COMMON = (
    "the and to of a in that it was for on with as group my me he she they we you i not be at this had but "
    "what when felt feel think said about there someone because so just like time today again after before "
    "week session talk talking others people partner friend mother father sister brother work home evening "
    "morning body chest breath voice face eyes hands quiet silence listen listened heard saw noticed wanted "
    "could would should maybe really very much more less still something nothing everything always never "
    "sometimes often why how who where then now here room circle therapist member members turn speak spoke "
    "looked looking asked answer question answered tried trying hard easy change changed same different old "
    "new first last next little big long short warm cold good bad better worse right wrong true real mind "
    "heart pattern feedback held back moment thought memory remember remembered childhood school family"
).split()

FEELINGS = tuple(w for w in FEELING_WORDS if " " not in w)

# Rare words: a few hundred made-up but pronounceable words, each used seldom.
_SYL = ("ka", "lo", "mi", "ren", "ta", "vo", "shu", "bel", "dor", "fin", "gra", "hal", "jun", "pex", "qui", "zor")


def _rare_words(n: int = 600) -> list[str]:
    rng = random.Random(4242)
    out: set[str] = set()
    while len(out) < n:
        out.add("".join(rng.choice(_SYL) for _ in range(rng.randint(3, 4))))
    return sorted(out)


RARE = _rare_words()
VOCAB = COMMON + list(FEELINGS) + RARE
# Zipf-like weights for common words, a fixed weight for feelings, tiny weights for rare words.
WEIGHTS = [1.0 / (i + 1) ** 0.8 for i in range(len(COMMON))] + [0.02] * len(FEELINGS) + [0.0008] * len(RARE)
TAGS = [
    "work", "family", "partner", "group", "mother", "father", "sleep", "anger", "conflict", "progress",
    "dream", "body", "fear", "sister", "friendship", "loneliness", "boundaries", "shame", "joy", "feedback",
    "holiday", "therapy", "childhood", "money", "health", "trust", "silence", "grief", "hope", "weekend",
]  # fmt: skip

# Kind mix: half free writing, the rest spread over the reflection forms.
KIND_WEIGHTS = {"free": 50, "moment": 14, "nonverbal": 5, "avoided": 8, "feedback": 8, "pattern": 6,
                "unformed": 5, "concern": 4}  # fmt: skip


class Words:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        # Pre-computed cumulative weights keep generation of 100,000 entries fast.
        self._cum = []
        total = 0.0
        for w in WEIGHTS:
            total += w
            self._cum.append(total)

    def words(self, n: int) -> list[str]:
        return self.rng.choices(VOCAB, cum_weights=self._cum, k=n)

    def sentence(self, n: int) -> str:
        w = self.words(n)
        return " ".join(w).capitalize() + self.rng.choice(".....?!")

    def paragraphs(self, total_words: int) -> str:
        rng = self.rng
        paras: list[str] = []
        left = total_words
        while left > 0:
            n = min(left, rng.randint(30, 90))
            sentences = []
            k = n
            while k > 0:
                m = min(k, rng.randint(6, 18))
                sentences.append(self.sentence(m))
                k -= m
            para = " ".join(sentences)
            roll = rng.random()
            if roll < 0.08:
                para = "## " + " ".join(self.words(3)).capitalize() + "\n\n" + para
            elif roll < 0.16:
                para = "\n".join(f"- {self.sentence(rng.randint(4, 9))}" for _ in range(3)) + "\n\n" + para
            elif roll < 0.30:
                ws = para.split(" ")
                i = rng.randrange(len(ws))
                ws[i] = f"**{ws[i]}**"
                para = " ".join(ws)
            paras.append(para)
            left -= n
        return "\n\n".join(paras)


def make_entry(rng: random.Random, words: Words, when: datetime, suggestion_numbers: list[int]) -> Entry:
    kind = rng.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()))[0]
    spec = FORMS[kind]
    fields: dict[str, str] = {}
    feelings: list[Feeling] = []
    field_words = 0
    for f in spec.fields:
        if f.kind == "choice":
            fields[f.key] = rng.choice(f.choices)
        elif f.kind == "text":
            n = rng.randint(15, 45)
            fields[f.key] = words.sentence(n)
            field_words += n
        elif f.kind == "line":
            n = rng.randint(2, 6)
            fields[f.key] = " ".join(words.words(n))
            field_words += n
    for name in rng.sample(FEELING_WORDS, rng.choice((0, 1, 1, 2, 2, 3))):
        feelings.append(Feeling(name, rng.randint(0, 10) if rng.random() < 0.8 else None))
    body_words = max(40, rng.randint(220, 380) - field_words)
    if kind == "free":
        suggestion = rng.choice(suggestion_numbers) if suggestion_numbers and rng.random() < 0.3 else None
    else:
        suggestion = spec.suggestion
    return Entry(
        kind=kind,
        entry_at=when,
        title=" ".join(words.words(rng.randint(2, 6))).capitalize() if rng.random() < 0.4 else "",
        body=words.paragraphs(body_words),
        fields=fields,
        tags=tuple(rng.sample(TAGS, rng.choice((0, 1, 1, 2, 3)))),
        feelings=tuple(feelings),
        suggestion=suggestion,
        bring_to_group=rng.random() < 0.05,
        uid=f"{rng.getrandbits(128):032x}",
    )


def _uid(rng: random.Random) -> str:
    return f"{rng.getrandbits(128):032x}"


class _Entries:
    """The ids of the live generated entries in time order, to link goals and agenda items to."""

    def __init__(self) -> None:
        self.at: list[datetime] = []
        self.ids: list[int] = []

    def add(self, when: datetime, entry_id: int) -> None:
        self.at.append(when)
        self.ids.append(entry_id)

    def between(self, start: datetime, end: datetime) -> list[int]:
        return self.ids[bisect.bisect_left(self.at, start): bisect.bisect_right(self.at, end)]


def make_group(session, rng: random.Random, words: Words, entries: _Entries, end: datetime) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Two years of a weekly group (Thursdays 18:00), recorded the way the app does it (services.group.Group),
    with one session moved, one cancelled, one extra, some missed; most debriefed, with what happened to each
    agenda item (raised, carried, dropped) - some carried three times or more."""
    from ipt_journal.services.group import Group

    group = Group(session)
    first = (end - timedelta(days=365 * GROUP_YEARS)).date()
    group.set_schedule(GroupSchedule(weekday=3, start=clock(18, 0), first_date=first, length_minutes=90), end)
    sessions, agenda = session.sessions, session.agenda
    slots = [s for s in sessions.all() if s.ends_at < end]
    moved, cancelled = slots[len(slots) // 3], slots[len(slots) // 2]
    sessions.move(moved.id, moved.starts_at + timedelta(days=1))  # the room was taken: Friday that week
    sessions.set_cancelled(cancelled.id, True)  # the therapist was ill
    extra_at = slots[2 * len(slots) // 3].starts_at + timedelta(days=3, hours=1)
    sessions.add_extra(extra_at, 120)  # a longer extra session before the summer break
    counts = {"sessions": 0, "debriefed": 0, "missed": 0, "agenda_items": 0, "outcomes": 0}
    previous = end - timedelta(days=365 * GROUP_YEARS + 7)
    hard: set[int] = set()  # items that are hard to bring up: usually carried
    for slot in [s for s in sessions.all() if s.ends_at < end]:
        counts["sessions"] += 1
        # The week before: 0-3 things to raise, some from an entry, some with a suggestion.
        for _ in range(rng.choices((0, 1, 2, 3), weights=(25, 40, 25, 10))[0]):
            created = previous + (slot.starts_at - previous) * rng.random()
            near = entries.between(created - timedelta(days=7), created)
            item = agenda.add(AgendaItem(
                text=words.sentence(rng.randint(5, 14)),
                why=words.sentence(rng.randint(8, 25)) if rng.random() < 0.6 else "",
                draft=words.sentence(rng.randint(10, 30)) if rng.random() < 0.3 else "",
                entry_id=rng.choice(near) if near and rng.random() < 0.35 else None,
                suggestion=rng.randint(1, 10) if rng.random() < 0.4 else None,
                uid=_uid(rng),
            ), now=created)
            counts["agenda_items"] += 1
            if rng.random() < 0.12:
                hard.add(int(item.id))  # type: ignore[arg-type]
        previous = slot.starts_at
        if slot.cancelled:
            continue
        if rng.random() < 0.07:
            sessions.set_attended(slot.id, False)
            counts["missed"] += 1
            continue
        sessions.set_attended(slot.id, True)
        if rng.random() < 0.25:
            continue  # attended, never looked back on: the items just wait
        after = slot.ends_at + timedelta(hours=rng.randint(1, 60))
        for item in agenda.open_items():
            carry = 0.85 if item.id in hard else 0.35
            outcome = rng.choices(("raised", "carried", "dropped"), weights=(1 - carry - 0.1, carry, 0.1))[0]
            raised = outcome == "raised"
            agenda.record_outcome(Outcome(
                int(item.id), outcome, after, slot.id,  # type: ignore[arg-type]
                what_happened=words.sentence(rng.randint(8, 30)) if raised else "",
                felt=" ".join(rng.sample(FEELINGS, rng.randint(1, 3))) if raised else "",
                feedback=words.sentence(rng.randint(6, 25)) if raised and rng.random() < 0.6 else "",
            ))
            counts["outcomes"] += 1
        sessions.save_debrief(slot.id, {"noticed": words.sentence(rng.randint(10, 40))}, now=after)
        counts["debriefed"] += 1
    for item in agenda.open_items()[:3]:  # chosen for the next session
        agenda.update(replace(item, chosen=True), now=end)
    return counts


def make_goals(session, rng: random.Random, words: Words, entries: _Entries, end: datetime) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """20 goals, short- and long-term, in every status, with weekly check-ins over their life and links
    to entries and agenda items."""
    goals = session.goals
    start = end - timedelta(days=365 * GROUP_YEARS)
    drafts = [r.draft() for r in JOIN_REASONS] + [Goal(title=t) for t in MORE_GOAL_TITLES]
    items = [(i.created_at, i.id) for i in _all_agenda_items(session)]
    statuses = list(GOAL_STATUSES)
    rng.shuffle(statuses)
    counts = {"goals": 0, "checkins": 0, "goal_links": 0}
    for n in range(GOALS):
        draft, status = drafts[n % len(drafts)], statuses[n]
        horizon = draft.horizon if n < len(JOIN_REASONS) else rng.choice(("short", "long"))
        created = start + timedelta(days=rng.uniform(0, 365 * GROUP_YEARS - 60))
        life = timedelta(weeks=rng.randint(4, 14) if horizon == "short" else rng.randint(20, 80))
        stop = end if status == "active" else min(created + life, end - timedelta(days=7))
        goal = goals.create(draft.with_changes(
            horizon=horizon, uid=_uid(rng),
            why=draft.why or words.sentence(rng.randint(10, 30)),
            observable=draft.observable or words.sentence(rng.randint(8, 20)),
            relationships=draft.relationships or tuple(rng.sample(RELATIONSHIPS, rng.randint(0, 2))),
            suggestions=draft.suggestions or tuple(rng.sample(range(1, 11), rng.randint(0, 2))),
            target_date=(created + life).date() if rng.random() < 0.5 else None,
        ), now=created)
        counts["goals"] += 1
        score = rng.randint(1, 5)
        at = created + timedelta(days=7)
        while at < stop:
            if rng.random() < 0.85:  # a week is skipped now and then
                direction = rng.choices((-1, 0, 1), weights=(2, 4, 5))[0]
                score = max(0, min(10, score + direction * rng.randint(0, 2)))
                mark = rng.random()  # a direction and a number, or only one of them; a note now and then
                goals.add_checkin(CheckIn(
                    int(goal.id), at, direction=direction if mark < 0.9 else None,  # type: ignore[arg-type]
                    score=score if mark > 0.2 else None,
                    note=words.sentence(rng.randint(5, 25)) if rng.random() < 0.4 else "", uid=_uid(rng),
                ))
                counts["checkins"] += 1
            at += timedelta(days=7, hours=rng.randint(-20, 20))
        mine = entries.between(created, stop)
        for entry_id in rng.sample(mine, min(len(mine), rng.randint(3, 20))):
            goals.link_entry(int(goal.id), entry_id)  # type: ignore[arg-type]
            counts["goal_links"] += 1
        mine = [i for at, i in items if at is not None and created <= at <= stop]
        for item_id in rng.sample(mine, min(len(mine), rng.randint(0, 3))):
            goals.link_agenda_item(int(goal.id), item_id)  # type: ignore[arg-type]
            counts["goal_links"] += 1
        if status != "active":
            reflection = words.sentence(rng.randint(15, 40)) if status in ("achieved", "let_go") else None
            goals.set_status(int(goal.id), status, reflection=reflection, now=stop)  # type: ignore[arg-type]
    return counts


def _all_agenda_items(session) -> list[AgendaItem]:  # type: ignore[no-untyped-def]
    ids = [r[0] for r in session.vault.conn.execute("SELECT id FROM agenda_items ORDER BY id")]
    return [session.agenda.get(i) for i in ids]


def generate(data_dir: Path, entries: int, seed: int = 1, *, log=None) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Create a vault in data_dir (must not exist) and fill it; returns timing figures."""
    from ipt_journal.services.group import Group
    from ipt_journal.services.session import Session, load_prompt_library

    log = log or (lambda msg: print(msg, file=sys.stderr))
    rng = random.Random(seed)
    words = Words(rng)
    numbers = [g.number for g in load_prompt_library().suggestions if g.number is not None]
    end = END
    span = timedelta(days=365 * YEARS).total_seconds()
    stamps = sorted(rng.random() * span for _ in range(entries))
    t0 = time.perf_counter()
    session = Session(data_dir)
    session.create(PASSPHRASE)
    try:
        vault, repo = session.vault, session.journal
        assert repo is not None
        live = _Entries()
        with vault.transaction():
            for i, s in enumerate(stamps):
                when = (end - timedelta(seconds=span - s)).replace(second=0, microsecond=0)
                entry = make_entry(rng, words, when, numbers)
                if rng.random() < 0.01:
                    entry = entry.with_changes(deleted_at=when + timedelta(days=1))
                saved = repo.save(entry, now=when + timedelta(minutes=rng.randint(1, 90)))
                if saved.deleted_at is None:
                    live.add(when, int(saved.id))  # type: ignore[arg-type]
                if i and i % 10_000 == 0:
                    log(f"  generated {i:,} entries…")
            # A separate generator for the rest, so the entries stay the same as before it existed.
            grng = random.Random(seed * 7919 + 1)
            gwords = Words(grng)
            counts = make_group(session, grng, gwords, live, end)
            counts.update(make_goals(session, grng, gwords, live, end))
            # The app records the sessions from the schedule up to next week at unlock (Group.sync);
            # doing it here keeps that one-off write out of the unlock measurements.
            Group(session).sync(datetime.now().astimezone())
        gen_s = time.perf_counter() - t0
        log("  " + ", ".join(f"{v:,} {k.replace('_', ' ')}" for k, v in counts.items()))
        conn = vault.conn
        held = {f"vault_{table}": float(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
                for table in ("goals", "goal_checkins", "goal_links", "sessions", "agenda_items", "agenda_outcomes")}
        held["vault_debriefed"] = float(
            conn.execute("SELECT count(*) FROM sessions WHERE debriefed_at IS NOT NULL").fetchone()[0])
    finally:
        session.lock()
    size = sum(p.stat().st_size for p in data_dir.iterdir() if p.is_file())
    return {"generate_s": gen_s, "db_mb": size / 1e6, **held}
