"""One search over everything the member wrote: every kind's hits in one list, ranked the same way.

Each kind of record has a source: a function (session, text, limit) -> [Found] over that kind's
repository. Features add theirs to SOURCES. Ranked hits (bm25, titles weighted) come first, best
first, whatever their kind; hits that could not be ranked (a very common word, the plain fallback)
follow, newest first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timezone

from ipt_journal.domain.found import KINDS, Found
from ipt_journal.services.session import Session
from ipt_journal.vault.agenda import AgendaRepository, SessionRepository
from ipt_journal.vault.checkins import CheckinRepository
from ipt_journal.vault.goals import GoalRepository
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.people import PeopleRepository
from ipt_journal.vault.support_plan import SupportPlanRepository
from ipt_journal.vault.vault import Vault

Source = Callable[[Session, str, int], list[Found]]


class Reader:
    """The repositories search reads, over one vault handle of their own (a worker's second connection),
    so a search can run off the UI thread without sharing the UI's connection. Close it when done."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.journal = JournalRepository(vault)
        self.goals = GoalRepository(vault)
        self.agenda = AgendaRepository(vault)
        self.sessions = SessionRepository(vault)
        self.people = PeopleRepository(vault)
        self.support_plan = SupportPlanRepository(vault)
        self.checkins = CheckinRepository(vault)

    def close(self) -> None:
        self.vault.close(checkpoint=False)  # a reader wrote nothing; closing wipes its copy of the key
_OLDEST = datetime.min.replace(tzinfo=timezone.utc)


def _entries(session: Session, text: str, limit: int) -> list[Found]:
    return [Found("entry", h.entry_id, h.title, h.snippet, h.entry_at, h.rank, h.kind)
            for h in session.journal.search(text, limit=limit)]  # type: ignore[union-attr]


def _goals(session: Session, text: str, limit: int) -> list[Found]:
    return [Found("goal", h.goal_id, h.title, h.snippet, None, h.rank, h.status)
            for h in session.goals.search(text, limit=limit)]  # type: ignore[union-attr]


def _agenda(session: Session, text: str, limit: int) -> list[Found]:
    return session.agenda.search_found(text, limit=limit)  # type: ignore[union-attr]


def _sessions(session: Session, text: str, limit: int) -> list[Found]:
    return session.sessions.search_debriefs(text, limit=limit)  # type: ignore[union-attr]


def _repository(session: Session, name: str, make: Callable[[Vault], object]) -> object:
    """The session's own repository when it hands one out, else one built on its vault."""
    found = getattr(session, name, None)
    return found if found is not None else make(session.vault)


def _people(session: Session, text: str, limit: int) -> list[Found]:
    repo = _repository(session, "people", PeopleRepository)
    return [Found("person", h.person_id, h.name, h.snippet, None, h.rank)
            for h in repo.search(text, limit=limit)]  # type: ignore[attr-defined]


def _plan(session: Session, text: str, limit: int) -> list[Found]:
    repo = _repository(session, "support_plan", SupportPlanRepository)
    return [Found("plan", h.item_id, h.text, h.snippet, None, h.rank, h.section)
            for h in repo.search(text, limit=limit)]  # type: ignore[attr-defined]


def _checkins(session: Session, text: str, limit: int) -> list[Found]:
    repo = _repository(session, "checkins", CheckinRepository)
    return [Found("checkin", h.checkin_id, "", h.snippet, h.at, getattr(h, "rank", 0.0), h.local_date.isoformat())
            for h in repo.search(text, limit=limit)]  # type: ignore[attr-defined]


SOURCES: dict[str, Source] = {"entry": _entries, "goal": _goals, "agenda": _agenda, "session": _sessions,
                              "person": _people, "plan": _plan, "checkin": _checkins}


def merge(groups: Iterable[list[Found]], limit: int) -> list[Found]:
    """Ranked hits best first (bm25 is comparable enough across our indexes), then the rest newest first."""
    hits = [h for group in groups for h in group]
    ranked = sorted((h for h in hits if h.ranked), key=lambda h: h.rank)
    rest = sorted((h for h in hits if not h.ranked), key=lambda h: h.when or _OLDEST, reverse=True)
    return (ranked + rest)[:limit]


def search_everything(session: Session, text: str, *, kinds: Iterable[str] | None = None,
                      limit: int = 50, per_kind: int | None = None) -> list[Found]:
    """Every kind (or only kinds) matching text, as one list of at most limit results.

    per_kind caps what each kind's index is asked for (default: limit); snippets are the costly part,
    so a screen that shows 50 of each asks for no more than that.
    """
    wanted = [k for k in KINDS if k in SOURCES and (kinds is None or k in set(kinds))]
    each = per_kind or limit
    return merge((SOURCES[k](session, text, each) for k in wanted), limit)
