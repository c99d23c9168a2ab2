"""The plain documents: the sections of a Markdown or PDF export (entries, the agenda, goals), names replaced.

The same words serve the Markdown file, the PDF (ui/pdf.py) and the review of what is ready to bring.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from ipt_journal.domain.agenda import LEAVING_TEXT, OUTCOME_WORDS, AgendaItem
from ipt_journal.domain.entries import FORMS, Entry, TimelineFilter
from ipt_journal.domain.goals import HORIZON_LABELS, SECTION_TITLES, STATUS_LABELS, section_of
from ipt_journal.vault.agenda import AgendaRepository, SessionRepository
from ipt_journal.vault.errors import NotFound
from ipt_journal.vault.goals import GoalRepository
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.people import with_people
from ipt_journal.vault.progress import Progress
from ipt_journal.vault.targets import write_requested
from ipt_journal.vault.vault import Vault

WHAT = ("entries", "agenda", "goals")
TITLES = {"entries": "My journal", "agenda": "My list for next session", "goals": "My goals"}

# The words of these documents, in the member's language: the ui installs a table (English -> shown)
# and a date format; the command line keeps English. Keys are the English words below.
_WORDS: dict[str, str] = {}
_DATE_FORMATS: dict[str, Callable[[datetime | date], str]] = {}


def use_words(words: dict[str, str], *, day: Callable[[datetime | date], str] | None = None,
              when: Callable[[datetime | date], str] | None = None) -> None:
    """Show the documents in another language (an empty table: English again)."""
    _WORDS.clear()
    _WORDS.update(words)
    _DATE_FORMATS.clear()
    _DATE_FORMATS.update({k: v for k, v in (("day", day), ("when", when)) if v is not None})


def w(text: str) -> str:
    """One of the documents' own words, in the language in use."""
    return _WORDS.get(text, text)


@dataclass(frozen=True)
class Section:
    """One heading with a line of details and labelled parts, ready for Markdown or PDF.

    level is the heading level under the document's title (1): an entry is 2; the agenda
    and goals group their items under level-2 headings (Open items, Short-term…) at level 3.
    Parts are (label or None, text); a text whose lines all start with "- " is a list.
    """

    heading: str
    details: str
    parts: tuple[tuple[str | None, str], ...]
    level: int = 2


@dataclass(frozen=True)
class PlainDocument:
    """What a Markdown or PDF export holds: a title, a dated line, the sections, and a count in words."""

    title: str
    subtitle: str
    sections: tuple[Section, ...]
    count: int  # entries, agenda items plus sessions, or goals
    summary: str  # "12 entries", "3 open items and 5 past sessions", "1 goal"


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {w(one) if n == 1 else w(many or one + 's')}"


def select_entries(
    vault: Vault,
    *,
    date_from: datetime | None = None,
    date_to: datetime | None = None,
    ids: Iterable[int] | None = None,
    progress: Progress | None = None,
) -> list[Entry]:
    """Entries (not in the trash) oldest first: a date range [from, to) or a chosen list.

    A chosen entry deleted for good since it was picked is left out.
    """
    repo = JournalRepository(vault)
    if ids is not None:
        wanted = list(dict.fromkeys(ids))
    else:
        flt = TimelineFilter(date_from=date_from, date_to=date_to)
        wanted = [s.id for s in reversed(repo.timeline(flt, limit=10**9))]
    out = []
    for i, entry_id in enumerate(wanted, 1):
        try:
            entry = repo.get(entry_id)
        except NotFound:
            entry = None
        if entry is not None and entry.deleted_at is None:
            out.append(entry)
        if progress and (i % 50 == 0 or i == len(wanted)):
            progress(i, len(wanted))
    out.sort(key=lambda e: (e.entry_at.astimezone(timezone.utc), e.id or 0))
    return out


def _label(n: int) -> str:
    letters = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        letters = chr(ord("A") + r) + letters
    return w("Member %1").replace("%1", letters)


def member_names(entries: Iterable[Entry], extra: Iterable[str] = ()) -> dict[str, str]:
    """Names of other members -> neutral labels, in order of first appearance.

    Names come from the feedback form's 'who' field and from the member's own list.
    """
    return _names_to_labels((e.fields.get("who", "") for e in entries if e.kind == "feedback"), extra)


def _names_to_labels(from_forms: Iterable[object], extra: Iterable[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    seen: list[str] = []
    found = [(raw, True) for raw in from_forms] + [(n, False) for n in extra]
    for raw, from_form in found:
        if not isinstance(raw, str):
            continue
        for name in re.split(r"[,;/&]|\band\b", raw):
            name = " ".join(name.split()).strip(".")
            if from_form and (len(name) > 40 or name.count(" ") > 2):
                continue  # a sentence written in the field, not a name
            if name and name.casefold() not in {s.casefold() for s in seen}:
                seen.append(name)
    for i, name in enumerate(seen):
        mapping[name] = _label(i)
    return mapping


def journal_member_names(vault: Vault, extra: Iterable[str] = ()) -> dict[str, str]:
    """member_names over every feedback form in the journal (for the agenda and goals, which name no one)."""
    whos = []
    for (raw,) in vault.conn.execute(
        "SELECT fields FROM entries WHERE kind = 'feedback' AND deleted_at IS NULL ORDER BY entry_at, id"
    ):
        try:
            fields = json.loads(raw)
        except ValueError:
            continue
        if isinstance(fields, dict):
            whos.append(fields.get("who", ""))
    return _names_to_labels(whos, extra)


def pseudonymizer(mapping: dict[str, str]) -> Callable[[str], str]:
    """A function replacing whole-word, any-case occurrences of each name in one pass."""
    if not mapping:
        return lambda text: text
    by_fold = {k.casefold(): v for k, v in mapping.items()}
    names = sorted(mapping, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in names) + r")(?!\w)", re.IGNORECASE)
    return lambda text: pattern.sub(lambda m: by_fold.get(m.group(1).casefold(), m.group(1)), text)


def _same(text: str) -> str:
    return text


def _day(when: datetime | date) -> str:
    fmt = _DATE_FORMATS.get("day")
    return fmt(when) if fmt else when.strftime("%a %d %b %Y")


def _when(when: datetime) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def _session_when(when: datetime) -> str:
    fmt = _DATE_FORMATS.get("when")
    return fmt(when.astimezone()) if fmt else when.astimezone().strftime("%a %d %b %Y, %H:%M")


def sections(entries: Iterable[Entry], replace: Callable[[str], str] = _same) -> list[Section]:
    out = []
    for e in entries:
        spec = FORMS.get(e.kind)
        when = _when(e.entry_at)
        title = replace(e.title.strip()) or (w(spec.title) if spec and e.kind != "free" else "")
        heading = f"{when} — {title}" if title else when
        details = []
        if spec and e.kind != "free":
            details.append(w(spec.title))
        if e.tags:
            details.append(w("tags: %1").replace("%1", ", ".join(replace(t) for t in e.tags)))
        if e.feelings:
            details.append(w("feelings: %1").replace("%1", ", ".join(
                f.name if f.intensity is None else f"{f.name} ({f.intensity}/10)" for f in e.feelings)))
        if e.bring_to_group:
            details.append(w("to bring to group"))
        parts: list[tuple[str | None, str]] = []
        labels = {f.key: w(f.label) for f in spec.fields} if spec else {}
        ordered_keys = [k for k in labels if k in e.fields] + [k for k in e.fields if k not in labels]
        for key in ordered_keys:
            value = e.fields[key]
            text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
            if text.strip():
                parts.append((labels.get(key, key), replace(text.strip())))
        if e.body.strip():
            parts.append((None, replace(e.body.strip())))
        out.append(Section(heading, " · ".join(details), tuple(parts)))
    return out


def _labelled(replace: Callable[[str], str], *pairs: tuple[str, str]) -> tuple[tuple[str | None, str], ...]:
    return tuple((label, replace(text.strip())) for label, text in pairs if text and text.strip())


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _said(item: AgendaItem) -> str:
    """An item's words on one line; the app's own leaving item in the language in use."""
    return w(LEAVING_TEXT) if item.text == LEAVING_TEXT else _one_line(item.text)


def _item_parts(item: AgendaItem, replace: Callable[[str], str]) -> tuple[tuple[str | None, str], ...]:
    """What the member wrote about an item on their list: the same words in the export and the review."""
    return _labelled(
        replace, (w("Why it matters to me"), item.why), (w("How I might say it"), item.draft),
        (w("How I feel about raising it"), item.feeling_note),
    )


def review_document(vault: Vault, status_line: str = "") -> PlainDocument:
    """The review before group: the items chosen for this session (or all open ones), as the export words them."""
    items = AgendaRepository(vault).open_items()
    chosen = [i for i in items if i.chosen] or items
    secs = tuple(Section(_said(item), "", _item_parts(item, _same), level=3) for item in chosen)
    return PlainDocument(w("Before group"), status_line, secs, len(chosen), _plural(len(chosen), "item"))


def agenda_sections(
    vault: Vault, replace: Callable[[str], str] = _same, *, now: datetime | None = None,
    progress: Progress | None = None,
) -> tuple[list[Section], int, int]:
    """The list for next session (open items in order) and past sessions with what happened.

    Returns (sections, open items, sessions). Sessions are listed oldest first when
    something was recorded for them; outcomes not tied to a session come last.
    """
    now = now or datetime.now().astimezone()
    agenda, sessions = AgendaRepository(vault), SessionRepository(vault)
    items = agenda.open_items()
    slots = [s for s in sessions.all() if s.starts_at <= now or s.debriefed]
    total, done = len(items) + len(slots), 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress and (done % 20 == 0 or done == total):
            progress(done, total)

    out = [Section(w("Open items"), "", () if items else ((None, w("Nothing is waiting on your list.")),))]
    for n, item in enumerate(items, 1):
        details = [w("added %1").replace("%1", _day(item.created_at)) if item.created_at else ""]
        if item.chosen:
            details.append(w("one of the things that matter most this time"))
        if item.carried:
            details.append(w("waited %1").replace("%1", _plural(item.carried, "session")))
        parts = list(_item_parts(item, replace))
        earlier = [o for o in agenda.outcomes(int(item.id)) if o.what_happened or o.felt or o.feedback]  # type: ignore[arg-type]
        if earlier:
            parts.append(("Earlier sessions", "\n".join(
                f"- {_day(o.at)}: " + replace(" · ".join(_one_line(t) for t in (o.what_happened, o.felt, o.feedback) if t))
                for o in earlier
            )))
        out.append(Section(f"{n}. {replace(_said(item))}", " · ".join(d for d in details if d), tuple(parts),
                           level=3))
        step()

    past: list[Section] = []
    seen_outcomes = 0
    for slot in slots:
        recorded = agenda.for_session(int(slot.id))  # type: ignore[arg-type]
        noticed = sessions.debrief(int(slot.id)).get("noticed", "")  # type: ignore[arg-type]
        step()
        if not recorded and not (isinstance(noticed, str) and noticed.strip()):
            continue
        seen_outcomes += len(recorded)
        name = w("Session %1, ").replace("%1", str(slot.number)) if slot.number else ""
        details = [w("extra session") if slot.extra else "", w("cancelled") if slot.cancelled else "",
                   {True: w("I was there"), False: w("I could not be there"), None: ""}[slot.attended]]
        said: list[tuple[str | None, str]] = []
        for item, outcome in recorded:
            lines = [f"- {label}: {replace(_one_line(text))}" for label, text in (
                (w("What happened"), outcome.what_happened), (w("What I felt"), outcome.felt),
                (w("Feedback"), outcome.feedback),
            ) if text.strip()]
            said.append((f"{replace(_said(item))} — {w(OUTCOME_WORDS.get(outcome.outcome, outcome.outcome))}",
                         "\n".join(lines)))
        if isinstance(noticed, str) and noticed.strip():
            said.append((w("What I noticed"), replace(noticed.strip())))
        past.append(Section(f"{name}{_session_when(slot.starts_at)}",
                            " · ".join(d for d in details if d), tuple(said), level=3))
    loose = _outcomes_without_session(vault, agenda, replace)
    out.append(Section(w("Past sessions"), "", () if past or loose else (
        (None, w("Nothing is recorded from past sessions yet.")),)))
    out.extend(past)
    out.extend(loose)
    return out, len(items), len(past)


def _outcomes_without_session(
    vault: Vault, agenda: AgendaRepository, replace: Callable[[str], str]
) -> list[Section]:
    """Outcomes whose session was removed: one section per day they were recorded."""
    item_ids = [r[0] for r in vault.conn.execute(
        "SELECT DISTINCT item_id FROM agenda_outcomes WHERE session_id IS NULL ORDER BY item_id")]
    by_day: dict[date, list[str]] = {}
    for item_id in item_ids:
        item = agenda.get(item_id)
        for o in agenda.outcomes(item_id):
            if o.session_id is None:
                said = " · ".join(_one_line(t) for t in (o.what_happened, o.felt, o.feedback) if t.strip())
                line = f"- {_said(item)} — {w(OUTCOME_WORDS.get(o.outcome, o.outcome))}" + (f": {said}" if said else "")
                by_day.setdefault(o.at.astimezone().date(), []).append(replace(line))
    return [Section(_day(day), "not tied to a session", ((None, "\n".join(lines)),), level=3)
            for day, lines in sorted(by_day.items())]


def goal_sections(
    vault: Vault, replace: Callable[[str], str] = _same, *, progress: Progress | None = None,
) -> tuple[list[Section], int]:
    """Every goal under the Goals screen's headings, with its check-ins oldest first. Returns (sections, goals)."""
    repo = GoalRepository(vault)
    goals = repo.list()
    if not goals:
        return [Section(w("No goals yet"), "", ((None, w("You have not written down any goals yet.")),))], 0
    out: list[Section] = []
    heading = None
    for i, goal in enumerate(goals, 1):
        group = SECTION_TITLES[section_of(goal)]
        if group != heading:
            out.append(Section(w(group), "", ()))
            heading = group
        details = [w(HORIZON_LABELS.get(goal.horizon, goal.horizon)), w(STATUS_LABELS.get(goal.status, goal.status))]
        if goal.created_at:
            details.append(w("set %1").replace("%1", _day(goal.created_at)))
        if goal.target_date and not goal.is_closed:
            details.append(w("hoping by %1").replace("%1", _day(goal.target_date)))
        if goal.closed_at and goal.is_closed:
            details.append(f"{w(STATUS_LABELS[goal.status]).lower()} {_day(goal.closed_at)}")
        if goal.relationships:
            details.append("about: " + ", ".join(goal.relationships))
        parts = list(_labelled(replace, (w("Why it matters"), goal.why),
                               (w("How I will notice it happening"), goal.observable)))
        checkins = repo.checkins(int(goal.id))  # type: ignore[arg-type]
        if checkins:
            lines = []
            for c in checkins:
                mark = c.describe() if (c.direction is not None or c.score is not None) else ""
                note = replace(_one_line(c.note)) if c.note.strip() else ""
                lines.append(f"- {_day(c.at)}: " + " — ".join(p for p in (mark, note) if p))
            parts.append((w("Check-ins"), "\n".join(lines)))
        parts.extend(_labelled(replace, (w("Looking back"), goal.closing_reflection)))
        out.append(Section(replace(goal.title), " · ".join(details), tuple(parts), level=3))
        if progress and (i % 10 == 0 or i == len(goals)):
            progress(i, len(goals))
    return out, len(goals)


def plain_document(
    vault: Vault,
    what: str = "entries",
    *,
    date_from: datetime | None = None,
    date_to: datetime | None = None,
    ids: Iterable[int] | None = None,
    names: Iterable[str] | None = None,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> PlainDocument:
    """The sections of a Markdown or PDF export: entries (a date range or chosen ones), the agenda, or goals.

    names=None keeps names as written; a list (even empty) replaces the names of other
    members found in feedback forms, and the names given, with Member A, Member B…
    """
    if what not in WHAT:
        raise ValueError(f"unknown export selection {what}")
    if what != "entries" and (date_from or date_to or ids is not None):
        raise ValueError("dates and chosen entries apply to entries only")
    now = now or datetime.now().astimezone()
    subtitle = w("Written out on %1.").replace("%1", _day(now))
    if what == "entries":
        entries = select_entries(vault, date_from=date_from, date_to=date_to, ids=ids, progress=progress)
        replace = pseudonymizer(with_people(vault, member_names(entries, names))) if names is not None else _same
        if date_from or date_to:
            first = _day(date_from) if date_from else w("the beginning")
            last = _day(date_to - timedelta(seconds=1)) if date_to else _day(now)
            subtitle = w("Entries from %1 to %2. ").replace("%1", first).replace("%2", last) + subtitle
        secs = sections(entries, replace)
        return PlainDocument(w(TITLES[what]), subtitle, tuple(secs), len(entries), _plural(len(entries), "entry", "entries"))
    replace = pseudonymizer(with_people(vault, journal_member_names(vault, names))) if names is not None else _same
    if what == "agenda":
        secs, n_items, n_sessions = agenda_sections(vault, replace, now=now, progress=progress)
        summary = w("%1 and %2").replace("%1", _plural(n_items, "open item")).replace("%2", _plural(n_sessions, "past session"))
        return PlainDocument(w(TITLES[what]), subtitle, tuple(secs), n_items + n_sessions, summary)
    secs, n_goals = goal_sections(vault, replace, progress=progress)
    return PlainDocument(w(TITLES[what]), subtitle, tuple(secs), n_goals, _plural(n_goals, "goal"))


def render_markdown(secs: Iterable[Section], *, title: str = "My journal", subtitle: str = "") -> str:
    lines = [f"# {title}", ""]
    if subtitle:
        lines.extend([f"*{subtitle}*", ""])
    for s in secs:
        lines.append(f"{'#' * s.level} {s.heading}")
        lines.append("")
        if s.details:
            lines.extend([f"*{s.details}*", ""])
        for label, text in s.parts:
            if label:
                lines.append(f"**{label}:**" if text else f"**{label}**")
            if text:
                lines.append(text)
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def document_markdown(doc: PlainDocument) -> bytes:
    return render_markdown(doc.sections, title=doc.title, subtitle=doc.subtitle).encode("utf-8")


def write_markdown_export(
    vault: Vault,
    dest: Path,
    *,
    what: str = "entries",
    date_from: datetime | None = None,
    date_to: datetime | None = None,
    ids: Iterable[int] | None = None,
    names: Iterable[str] | None = None,
    progress: Progress | None = None,
    overwrite: bool = True,
) -> int:
    """Markdown of the chosen entries, the agenda or goals, written atomically to dest; names=None keeps names.

    Returns the number of entries (agenda: open items plus sessions; goals: goals) written.
    """
    doc = plain_document(vault, what, date_from=date_from, date_to=date_to, ids=ids, names=names, progress=progress)
    write_requested(dest, document_markdown(doc), overwrite=overwrite, protected=[vault.data_dir])
    return doc.count
