"""People, their dated places on the closeness circle, problem areas, links and search: SQL in, dataclasses out."""

from __future__ import annotations

import json
import uuid
from datetime import datetime

from ipt_journal.domain import entries
from ipt_journal.domain.entries import MARK_END, MARK_START
from ipt_journal.domain.people import (
    ANSWERS,
    AREAS,
    LINK_KINDS,
    InvalidPerson,
    Person,
    PersonHit,
    PersonLink,
    Placement,
    merged,
    validate,
    validate_ring,
)
from ipt_journal.vault import db, search_base
from ipt_journal.vault.errors import NotFound
from ipt_journal.vault.journal import _dt, _now, _ts
from ipt_journal.vault.repository import Repository, SavedRow
from ipt_journal.vault.vault import Vault

_COLUMNS = "id, uid, created_at, updated_at, name, relation, contact, answers, redact, archived_at"
_PERSON_ROW = SavedRow("people", ("created_at", "updated_at", "name", "relation", "contact", "answers", "redact",
                                  "archived_at"), "That person is no longer in your journal.")
_LINK_COLUMN = {"entry": "entry_id", "agenda_item": "agenda_item_id", "goal": "goal_id", "outcome": "outcome_id"}
_TARGET = {"entry": "entries", "agenda_item": "agenda_items", "goal": "goals", "outcome": "agenda_outcomes"}


def _column(kind: str) -> str:
    if kind not in LINK_KINDS:
        raise ValueError(f"unknown link kind {kind}")
    return _LINK_COLUMN[kind]


class PeopleRepository(Repository):
    @property
    def vault(self) -> Vault:
        return self._vault

    # -- people ------------------------------------------------------------------

    def save(self, person: Person, *, now: datetime | None = None) -> Person:
        """Insert or update one person and their search row; raises InvalidPerson (empty name, too long)."""
        now = now or _now()
        person = validate(person).with_changes(updated_at=now, created_at=person.created_at or now)
        values = (_ts(person.created_at), _ts(person.updated_at), person.name, person.relation, person.contact,
                  json.dumps(person.answers, ensure_ascii=False), int(person.redact), _ts(person.archived_at))
        with self._vault.transaction() as conn:
            person = person.with_changes(id=_PERSON_ROW.save(conn, values, row_id=person.id, uid=person.uid))
            self._reindex(conn, int(person.id))  # type: ignore[arg-type]
        return person

    def get(self, person_id: int) -> Person:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM people WHERE id = ?", (person_id,)).fetchone()
        if row is None:
            raise NotFound("That person is no longer in your journal.")
        return _person(row)

    def list(self, *, archived: bool = False) -> list[Person]:
        """Current people by name (archived=True: only the archived ones)."""
        where = "archived_at IS NOT NULL" if archived else "archived_at IS NULL"
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM people WHERE {where} ORDER BY name COLLATE NOCASE, id").fetchall()
        return [_person(r) for r in rows]

    def all(self) -> list[Person]:
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM people ORDER BY id").fetchall()
        return [_person(r) for r in rows]

    def names(self) -> dict[int, str]:
        """Every person's id and name, archived too (cheap: no answers are read)."""
        return {r[0]: r[1] for r in self._conn.execute("SELECT id, name FROM people")}

    def people_of_entries(self) -> dict[int, list[int]]:
        """entry id -> the ids of the people it names (one read, for the feelings-by-person view)."""
        out: dict[int, list[int]] = {}
        for entry_id, person_id in self._conn.execute(
                "SELECT entry_id, person_id FROM person_links WHERE entry_id IS NOT NULL ORDER BY person_id"):
            out.setdefault(int(entry_id), []).append(int(person_id))
        return out

    def matching(self, typed: str, *, limit: int = 10) -> list[tuple[int, str]]:
        """(id, name) of current people whose name, or a word of it, starts with what was typed (for an @-completion)."""
        folded = " ".join(typed.split()).casefold()
        rows = self._conn.execute(
            "SELECT id, name FROM people WHERE archived_at IS NULL ORDER BY name COLLATE NOCASE, id").fetchall()
        starts = [(pid, name) for pid, name in rows if name.casefold().startswith(folded)]
        inside = [(pid, name) for pid, name in rows if (pid, name) not in starts
                  and any(w.startswith(folded) for w in name.casefold().split())]
        return (starts + inside)[:limit]

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM people WHERE archived_at IS NULL").fetchone()[0])

    def archive(self, person_id: int, *, now: datetime | None = None) -> Person:
        """Out of the list and today's circle; their placements, areas and links stay."""
        person = self.get(person_id)
        return self.save(person.with_changes(archived_at=person.archived_at or now or _now()), now=now)

    def unarchive(self, person_id: int) -> Person:
        return self.save(self.get(person_id).with_changes(archived_at=None))

    def delete(self, person_id: int) -> None:
        """Remove a person for good: their placements, areas and links go; the linked entries and items stay."""
        with self._vault.transaction() as conn:
            conn.execute("DELETE FROM people_fts WHERE rowid = ?", (person_id,))
            if conn.execute("DELETE FROM people WHERE id = ?", (person_id,)).rowcount != 1:
                raise NotFound("That person is no longer in your journal.")

    def merge(self, keep_id: int, drop_id: int, *, now: datetime | None = None) -> Person:
        """Two entries that are one person: placements, areas, links and answers move to `keep_id`."""
        if keep_id == drop_id:
            raise InvalidPerson("same_person", "Choose two different people to merge.")
        keep, drop = self.get(keep_id), self.get(drop_id)
        with self._vault.transaction() as conn:
            conn.execute("UPDATE person_placements SET person_id = ? WHERE person_id = ?", (keep_id, drop_id))
            # Links and areas both already had stay once (their unique indexes); the rest move.
            for table in ("person_areas", "person_links"):
                conn.execute(f"UPDATE OR IGNORE {table} SET person_id = ? WHERE person_id = ?", (keep_id, drop_id))
                conn.execute(f"DELETE FROM {table} WHERE person_id = ?", (drop_id,))
            kept = self.save(merged(keep, drop), now=now)
            self.delete(drop_id)
        return kept

    def _reindex(self, conn, person_id: int) -> None:  # type: ignore[no-untyped-def]
        """The person's search row from what is stored: the name; every answer."""
        row = conn.execute("SELECT name, answers FROM people WHERE id = ?", (person_id,)).fetchone()
        conn.execute("DELETE FROM people_fts WHERE rowid = ?", (person_id,))
        if row is None:
            return
        extra = "\n".join(v for k, v in _answers(row[1]).items() if k in ANSWERS and v.strip())
        conn.execute("INSERT INTO people_fts (rowid, name, extra) VALUES (?,?,?)", (person_id, row[0], extra))

    # -- the circle ----------------------------------------------------------------

    def place(self, person_id: int, ring: int | None, *, at: datetime | None = None) -> Placement:
        """Record that the person is on `ring` (None: off the circle) from `at`; the earlier places stay."""
        ring = validate_ring(ring)
        placement = Placement(person_id, at or _now(), ring)
        with self._vault.transaction() as conn:
            try:
                cur = conn.execute("INSERT INTO person_placements (uid, person_id, at, ring) VALUES (?,?,?,?)",
                                   (placement.uid, person_id, _ts(placement.at), ring))
            except db.DatabaseError as exc:  # the foreign key: the person is gone
                raise NotFound("That person is no longer in your journal.") from exc
        return Placement(person_id, placement.at, ring, int(cur.lastrowid), placement.uid)

    def placements(self, person_id: int) -> list[Placement]:
        """Oldest first."""
        rows = self._conn.execute(
            "SELECT id, uid, person_id, at, ring FROM person_placements WHERE person_id = ? ORDER BY at, id",
            (person_id,))
        return [Placement(r[2], _dt(r[3]) or _now(), r[4], r[0], r[1]) for r in rows]

    def circle_at(self, when: datetime | None = None) -> dict[int, int]:
        """person id -> ring as the circle was at `when` (now if None): people archived by then are left out."""
        at = _ts(when or _now())
        rows = self._conn.execute(
            "SELECT p.person_id, p.ring FROM person_placements p JOIN people x ON x.id = p.person_id "
            "WHERE p.id = (SELECT q.id FROM person_placements q WHERE q.person_id = p.person_id AND q.at <= ? "
            "ORDER BY q.at DESC, q.id DESC LIMIT 1) AND (x.archived_at IS NULL OR x.archived_at > ?)", (at, at))
        return {r[0]: r[1] for r in rows if r[1] is not None}

    def first_and_latest(self) -> dict[int, tuple[int | None, int | None]]:
        """person id -> (first ring, latest ring), for "compare with the start" and the look-back; archived too."""
        rows = self._conn.execute(
            "SELECT p.id, (SELECT ring FROM person_placements q WHERE q.person_id = p.id ORDER BY q.at, q.id LIMIT 1), "
            "(SELECT ring FROM person_placements q WHERE q.person_id = p.id ORDER BY q.at DESC, q.id DESC LIMIT 1), "
            "EXISTS (SELECT 1 FROM person_placements q WHERE q.person_id = p.id) "
            "FROM people p")
        return {r[0]: (r[1], r[2]) for r in rows if r[3]}

    def first_placement_at(self) -> datetime | None:
        row = self._conn.execute("SELECT min(at) FROM person_placements").fetchone()
        return _dt(row[0]) if row and row[0] else None

    # -- problem areas -----------------------------------------------------------

    def set_areas(self, person_id: int, areas: set[str] | list[str] | tuple[str, ...], *,
                  now: datetime | None = None) -> None:
        wanted = [a for a in AREAS if a in set(areas)]
        with self._vault.transaction() as conn:
            have = {r[0] for r in conn.execute("SELECT area FROM person_areas WHERE person_id = ?", (person_id,))}
            for area in have - set(wanted):
                conn.execute("DELETE FROM person_areas WHERE person_id = ? AND area = ?", (person_id, area))
            for area in wanted:
                if area not in have:
                    try:
                        conn.execute("INSERT INTO person_areas (uid, person_id, area, added_at) VALUES (?,?,?,?)",
                                     (uuid.uuid4().hex, person_id, area, _ts(now or _now())))
                    except db.DatabaseError as exc:
                        raise NotFound("That person is no longer in your journal.") from exc

    def areas(self, person_id: int) -> list[str]:
        have = {r[0] for r in self._conn.execute("SELECT area FROM person_areas WHERE person_id = ?", (person_id,))}
        return [a for a in AREAS if a in have]

    def all_areas(self) -> dict[int, list[str]]:
        out: dict[int, list[str]] = {}
        for pid, area in self._conn.execute("SELECT person_id, area FROM person_areas ORDER BY person_id"):
            out.setdefault(pid, []).append(area)
        return {pid: [a for a in AREAS if a in got] for pid, got in out.items()}

    # -- links -------------------------------------------------------------------

    def link(self, person_id: int, kind: str, target_id: int) -> None:
        """Name the person on an entry, agenda item, goal or outcome (again: no change)."""
        column = _column(kind)
        with self._vault.transaction() as conn:
            try:
                conn.execute(f"INSERT INTO person_links (uid, person_id, {column}, created_at) VALUES (?,?,?,?) "
                             "ON CONFLICT DO NOTHING", (uuid.uuid4().hex, person_id, target_id, _ts(_now())))
            except db.DatabaseError as exc:
                raise NotFound("That person or item is no longer in your journal.") from exc

    def unlink(self, person_id: int, kind: str, target_id: int) -> None:
        with self._vault.transaction() as conn:
            conn.execute(f"DELETE FROM person_links WHERE person_id = ? AND {_column(kind)} = ?", (person_id, target_id))

    def set_people_for(self, kind: str, target_id: int, person_ids: list[int]) -> None:
        """The people named on one item become exactly these (the pickers' one call)."""
        column = _column(kind)
        with self._vault.transaction() as conn:
            have = {r[0] for r in conn.execute(f"SELECT person_id FROM person_links WHERE {column} = ?", (target_id,))}
            for pid in have - set(person_ids):
                self.unlink(pid, kind, target_id)
            for pid in person_ids:
                if pid not in have:
                    self.link(pid, kind, target_id)

    def people_for(self, kind: str, target_id: int) -> list[Person]:
        rows = self._conn.execute(
            f"SELECT {', '.join('p.' + c.strip() for c in _COLUMNS.split(','))} FROM person_links l "
            f"JOIN people p ON p.id = l.person_id WHERE l.{_column(kind)} = ? ORDER BY p.name COLLATE NOCASE",
            (target_id,)).fetchall()
        return [_person(r) for r in rows]

    def links(self, person_id: int) -> list[PersonLink]:
        """Everything that names the person, newest first; entries in the trash are left out."""
        out = []
        for r in self._conn.execute(
            "SELECT e.id, e.entry_at, e.kind, e.title, substr(e.body, 1, 300), e.fields FROM person_links l "
            "JOIN entries e ON e.id = l.entry_id WHERE l.person_id = ? AND e.deleted_at IS NULL", (person_id,)):
            out.append(PersonLink(person_id, "entry", r[0], _dt(r[1]), _entry_line(r[2], r[3], r[4], r[5])))
        for kind, sql in (
            ("agenda_item", "SELECT a.id, a.created_at, a.text FROM person_links l JOIN agenda_items a "
                            "ON a.id = l.agenda_item_id WHERE l.person_id = ?"),
            ("goal", "SELECT g.id, g.created_at, g.title FROM person_links l JOIN goals g ON g.id = l.goal_id "
                     "WHERE l.person_id = ?"),
            ("outcome", "SELECT o.id, o.at, a.text FROM person_links l JOIN agenda_outcomes o ON o.id = l.outcome_id "
                        "JOIN agenda_items a ON a.id = o.item_id WHERE l.person_id = ?"),
        ):
            out.extend(PersonLink(person_id, kind, r[0], _dt(r[1]), " ".join(r[2].split())[:200])
                       for r in self._conn.execute(sql, (person_id,)))
        out.sort(key=lambda link: (link.at.timestamp() if link.at else 0.0, link.target_id), reverse=True)
        return out

    def link_counts(self) -> dict[int, dict[str, int]]:
        """person id -> link kind -> how many (the look-back's "items raised about each person")."""
        out: dict[int, dict[str, int]] = {}
        for kind, column in _LINK_COLUMN.items():
            for pid, n in self._conn.execute(
                    f"SELECT person_id, count(*) FROM person_links WHERE {column} IS NOT NULL GROUP BY person_id"):
                out.setdefault(pid, {})[kind] = int(n)
        return out

    def feelings_with(self, person_id: int) -> list[tuple[str, int]]:
        """Feelings recorded on the entries that name the person, most often first."""
        rows = self._conn.execute(
            "SELECT f.feeling, count(*) FROM person_links l JOIN entries e ON e.id = l.entry_id "
            "JOIN entry_feelings f ON f.entry_id = e.id WHERE l.person_id = ? AND e.deleted_at IS NULL "
            "GROUP BY f.feeling ORDER BY 2 DESC, 1", (person_id,))
        return [(r[0], int(r[1])) for r in rows]

    # -- search and names ----------------------------------------------------------

    def search(self, text: str, *, limit: int = 50) -> list[PersonHit]:
        """People whose name or answers match, archived ones too, each with a snippet."""

        def fts(match: str) -> list[PersonHit]:
            rows = self._conn.execute(
                "SELECT p.id, p.name, "
                f"snippet(people_fts, -1, '{MARK_START}', '{MARK_END}', '…', 14), bm25(people_fts, 4.0, 1.0) "
                "FROM people_fts JOIN people p ON p.id = people_fts.rowid WHERE people_fts MATCH ? "
                "ORDER BY 4 LIMIT ?", (match, limit)).fetchall()
            return [PersonHit(r[0], r[1], r[2], float(r[3])) for r in rows]

        def plain(needle: str) -> list[PersonHit]:
            pattern = search_base.like_pattern(needle)
            rows = self._conn.execute(
                "SELECT p.id, p.name, f.name || ' ' || f.extra FROM people_fts f JOIN people p ON p.id = f.rowid "
                "WHERE f.name LIKE ? ESCAPE '\\' OR f.extra LIKE ? ESCAPE '\\' ORDER BY p.updated_at DESC LIMIT ?",
                (pattern, pattern, limit)).fetchall()
            return [PersonHit(pid, name, search_base.marked_snippet(full, needle), 0.0) for pid, name, full in rows]

        return search_base.search(text, fts, plain)

    def names_to_replace(self) -> list[str]:
        """Display names replaced in exports (group members and anyone marked), in the order they were added."""
        rows = self._conn.execute("SELECT name, relation, redact FROM people ORDER BY id")
        return [r[0] for r in rows if r[2] or r[1] == "group_member"]


def with_people(vault: Vault, mapping: dict[str, str]) -> dict[str, str]:
    """The labels of an export with names replaced: the people list first (so Member A is the same person in
    every export), then other names found in feedback forms or given, continuing the letters."""
    from ipt_journal.vault.export import _label

    try:
        names = PeopleRepository(vault).names_to_replace()
    except db.DatabaseError:  # a vault before schema 4 (a test of the export alone)
        names = []
    seen: dict[str, str] = {}
    for name in [*names, *mapping]:
        if name.casefold() not in seen:
            seen[name.casefold()] = name
    return {name: _label(i) for i, name in enumerate(seen.values())}


def _answers(raw: str) -> dict[str, str]:
    try:
        value = json.loads(raw)
    except ValueError:
        return {}
    return {k: v for k, v in value.items() if isinstance(v, str)} if isinstance(value, dict) else {}


def _person(r: tuple) -> Person:  # type: ignore[type-arg]
    return Person(name=r[4], relation=r[5], contact=r[6], answers=_answers(r[7]), redact=bool(r[8]), id=r[0], uid=r[1],
                  created_at=_dt(r[2]), updated_at=_dt(r[3]), archived_at=_dt(r[9]))


def _entry_line(kind: str, title: str, body: str, raw_fields: str) -> str:
    """Entry.first_line without building an Entry (a person's page lists many)."""
    fields: object = {}
    if kind != "free" and not (title.strip() or body.strip()):
        try:
            fields = json.loads(raw_fields)
        except ValueError:
            fields = {}
    return entries.first_line_of(kind, title, body, entries.shown_fields(kind, fields) if isinstance(fields, dict) else {})
