"""Feeling check-ins (their own records, searchable) and the reads that join every feeling into one series.

SQL in, domain dataclasses and plain tuples out. This module imports nothing from
vault.vault at load time, because vault.migrations reads its schema.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING

from ipt_journal.domain import entries
from ipt_journal.domain.entries import MARK_END, MARK_START
from ipt_journal.domain.feelings import CheckIn, ChosenWord, validate
from ipt_journal.vault import search_base
from ipt_journal.vault.errors import NotFound
from ipt_journal.vault.repository import Repository

if TYPE_CHECKING:
    from ipt_journal.vault.vault import Vault

SCHEMA_V6 = """
CREATE TABLE checkins (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    local_date TEXT NOT NULL,
    utc_offset_minutes INTEGER NOT NULL DEFAULT 0 CHECK (utc_offset_minutes BETWEEN -1080 AND 1080),
    valence INTEGER CHECK (valence IS NULL OR valence BETWEEN -5 AND 5),
    energy INTEGER CHECK (energy IS NULL OR energy BETWEEN -5 AND 5),
    person_name TEXT,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX checkins_by_day ON checkins (local_date, at);
CREATE INDEX checkins_by_time ON checkins (at);
CREATE TABLE checkin_words (
    checkin_id INTEGER NOT NULL REFERENCES checkins (id) ON DELETE CASCADE,
    word TEXT NOT NULL,
    intensity INTEGER CHECK (intensity IS NULL OR intensity BETWEEN 0 AND 10),
    PRIMARY KEY (checkin_id, word)
) WITHOUT ROWID;
CREATE INDEX checkin_words_by_word ON checkin_words (word, checkin_id);
CREATE VIRTUAL TABLE checkins_fts USING fts5 (
    text, extra,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
)
"""


def _ts(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.astimezone()
    return value.astimezone(timezone.utc).isoformat(timespec="seconds")


def _dt(value: str) -> datetime:
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo is timezone.utc else moment.astimezone(timezone.utc)


@dataclass(frozen=True)
class CheckinHit:
    checkin_id: int
    at: datetime
    local_date: date
    snippet: str  # member text with MARK_START/MARK_END around matches
    rank: float = 0.0  # bm25, lower is better; 0.0 when not ranked


_COLS = "c.id, c.uid, c.at, c.local_date, c.utc_offset_minutes, c.valence, c.energy, c.person_name, c.note"


class CheckinRepository(Repository):

    def add(self, checkin: CheckIn, *, now: datetime | None = None) -> CheckIn:
        """Save one check-in with its words and index row, atomically. Raises InvalidCheckIn when nothing is chosen."""
        return self.add_many([checkin], now=now)[0]

    def add_many(self, checkins: list[CheckIn], *, now: datetime | None = None) -> list[CheckIn]:
        """Several check-ins in one transaction (imports, the benchmark); all or none."""
        now = now or datetime.now(timezone.utc)
        out = []
        with self._vault.transaction() as conn:
            for c in checkins:
                c = validate(c)
                cur = conn.execute(
                    "INSERT INTO checkins (uid, at, local_date, utc_offset_minutes, valence, energy, person_name, "
                    "note, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
                    (c.uid, _ts(c.at), c.local_date.isoformat(), c.utc_offset_minutes, c.valence, c.energy,
                     c.person_name, c.note, _ts(now)),
                )
                c = c.with_changes(id=int(cur.lastrowid))
                conn.executemany("INSERT INTO checkin_words (checkin_id, word, intensity) VALUES (?,?,?)",
                                 [(c.id, w.key, w.intensity) for w in c.words])
                self._reindex(conn, c.id)
                out.append(c)
        return out

    def delete(self, checkin_id: int) -> None:
        with self._vault.transaction() as conn:
            conn.execute("DELETE FROM checkins_fts WHERE rowid = ?", (checkin_id,))
            if conn.execute("DELETE FROM checkins WHERE id = ?", (checkin_id,)).rowcount != 1:
                raise NotFound("That check-in no longer exists.")

    def get(self, checkin_id: int) -> CheckIn:
        found = self._read(f"SELECT {_COLS} FROM checkins c WHERE c.id = ?", (checkin_id,))
        if not found:
            raise NotFound("That check-in no longer exists.")
        return found[0]

    def between(self, start: datetime | None = None, end: datetime | None = None) -> list[CheckIn]:
        """Check-ins whose moment is in [start, end), oldest first."""
        where, params = self._range("c.at", start and _ts(start), end and _ts(end))
        return self._read(f"SELECT {_COLS} FROM checkins c {where} ORDER BY c.at, c.id", params)

    def on_days(self, first: date, last: date) -> list[CheckIn]:
        """Check-ins made on the member's own days first..last (inclusive), oldest first."""
        return self._read(f"SELECT {_COLS} FROM checkins c WHERE c.local_date BETWEEN ? AND ? ORDER BY c.at, c.id",
                          (first.isoformat(), last.isoformat()))

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM checkins").fetchone()[0])

    def feeling_rows(self, first: date | None = None, last: date | None = None) -> list[tuple]:  # type: ignore[type-arg]
        """Lean rows for the feelings series, one per word (word None for a check-in without words):
        (id, at, local_date, valence, person_name, word, intensity). No dataclasses: Insights reads thousands."""
        where, params = "", ()
        if first and last:
            where, params = "WHERE c.local_date BETWEEN ? AND ?", (first.isoformat(), last.isoformat())
        return self._conn.execute(
            "SELECT c.id, c.at, c.local_date, c.valence, c.person_name, w.word, w.intensity FROM checkins c "
            f"LEFT JOIN checkin_words w ON w.checkin_id = c.id {where}", params).fetchall()

    def people(self, limit: int = 200) -> list[str]:
        """Names used in check-ins, most recent first, for the name field's suggestions."""
        return [r[0] for r in self._conn.execute(
            "SELECT person_name FROM checkins WHERE person_name IS NOT NULL GROUP BY person_name "
            "ORDER BY max(at) DESC LIMIT ?", (limit,))]

    @staticmethod
    def _range(col: str, start: str | None, end: str | None) -> tuple[str, tuple[str, ...]]:
        clauses, params = [], []
        if start:
            clauses.append(f"{col} >= ?")
            params.append(start)
        if end:
            clauses.append(f"{col} < ?")
            params.append(end)
        return ("WHERE " + " AND ".join(clauses) if clauses else ""), tuple(params)

    def _read(self, sql: str, params: tuple) -> list[CheckIn]:  # type: ignore[type-arg]
        """One query with the words joined in; rows come back in the order of `sql`."""
        joined = (f"SELECT c.*, w.word, w.intensity FROM ({sql}) c "
                  "LEFT JOIN checkin_words w ON w.checkin_id = c.id")
        out: dict[int, tuple[tuple, list[ChosenWord]]] = {}  # type: ignore[type-arg]
        for r in self._conn.execute(joined, params):
            got = out.get(r[0])
            if got is None:
                got = out[r[0]] = (r, [])
            if r[9] is not None:
                got[1].append(ChosenWord(r[9], r[10]))
        return [
            CheckIn(at=_dt(r[2]), local_date=date.fromisoformat(r[3]), utc_offset_minutes=r[4], valence=r[5],
                    energy=r[6], words=tuple(words), person_name=r[7], note=r[8], id=r[0], uid=r[1])
            for r, words in sorted(out.values(), key=lambda rw: (rw[0][2], rw[0][0]))
        ]

    def _reindex(self, conn, checkin_id: int) -> None:  # type: ignore[no-untyped-def]
        """The index row from what is stored: note and person as text, the words as extra."""
        row = conn.execute("SELECT note, coalesce(person_name, '') FROM checkins WHERE id = ?", (checkin_id,)).fetchone()
        conn.execute("DELETE FROM checkins_fts WHERE rowid = ?", (checkin_id,))
        if row is None:
            return
        words = " ".join(r[0].replace("_", " ") for r in conn.execute(
            "SELECT word FROM checkin_words WHERE checkin_id = ?", (checkin_id,)))
        conn.execute("INSERT INTO checkins_fts (rowid, text, extra) VALUES (?,?,?)",
                     (checkin_id, "\n".join(p for p in row if p), words))

    def search(self, text: str, *, limit: int = 50) -> list[CheckinHit]:
        """Check-ins whose note, person or words match, best first; odd input falls back to a plain match."""
        sql = ("SELECT c.id, c.at, c.local_date, {snip}, {rank} FROM checkins_fts f JOIN checkins c ON c.id = f.rowid "
               "WHERE {where} ORDER BY {order} LIMIT ?")

        def hits(rows) -> list[CheckinHit]:  # type: ignore[no-untyped-def]
            return [CheckinHit(r[0], _dt(r[1]), date.fromisoformat(r[2]), r[3], float(r[4])) for r in rows]

        def fts(match: str) -> list[CheckinHit]:
            return hits(self._conn.execute(sql.format(
                snip=f"snippet(checkins_fts, -1, '{MARK_START}', '{MARK_END}', '…', 14)", rank="bm25(checkins_fts)",
                where="checkins_fts MATCH ?", order="5"), (match, limit)).fetchall())

        def plain(needle: str) -> list[CheckinHit]:
            pattern = search_base.like_pattern(needle)
            rows = self._conn.execute(sql.format(
                snip="f.text || ' ' || f.extra", rank="0.0",
                where="(f.text LIKE ? ESCAPE '\\' OR f.extra LIKE ? ESCAPE '\\')", order="c.at DESC"),
                (pattern, pattern, limit)).fetchall()
            return hits([(*r[:3], search_base.marked_snippet(r[3], needle), 0.0) for r in rows])

        return search_base.search(text, fts, plain)


# -- reads for the one feelings series and for looking back --------------------------


@dataclass(frozen=True)
class FeelingRow:
    """A feeling named outside check-ins: in a reflection form, or in a debrief's "what I felt"."""

    source: str  # "entry" | "debrief"
    ref_id: int  # entry id, or agenda item id for a debrief
    at: datetime
    text: str  # the feeling's name (entry) or the whole "what I felt" (debrief)
    intensity: int | None
    suggestion: int | None


class FeelingReader:
    """Read-only queries over entries, debriefs, the agenda and goal check-ins; no writes."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def _rows(self, sql: str, col: str, start: datetime | None, end: datetime | None, extra: str = "") -> list:  # type: ignore[type-arg]
        where, params = CheckinRepository._range(col, start and _ts(start), end and _ts(end))
        if extra:
            where = (where + " AND " if where else "WHERE ") + extra
        return self._vault.conn.execute(sql.format(where=where), params).fetchall()

    def entry_feelings(self, start: datetime | None = None, end: datetime | None = None) -> list[FeelingRow]:
        # The covering index keeps long bodies (and their overflow pages) out of this read: 5x faster.
        rows = self._rows("SELECT e.id, e.entry_at, f.feeling, f.intensity, e.suggestion "
                          "FROM entries e INDEXED BY entries_suggestion_recent "
                          "JOIN entry_feelings f ON f.entry_id = e.id {where}",
                          "e.entry_at", start, end, "e.deleted_at IS NULL")
        return [FeelingRow("entry", r[0], _dt(r[1]), r[2], r[3], r[4]) for r in rows]

    def any_feelings(self) -> bool:
        """Whether anything at all feeds the series (the Insights screen's empty state)."""
        return self._vault.conn.execute(
            "SELECT EXISTS (SELECT 1 FROM checkins) OR EXISTS (SELECT 1 FROM entry_feelings) "
            "OR EXISTS (SELECT 1 FROM agenda_outcomes WHERE felt != '')").fetchone()[0] == 1

    def debrief_feelings(self, start: datetime | None = None, end: datetime | None = None) -> list[FeelingRow]:
        rows = self._rows("SELECT o.item_id, o.at, o.felt, a.suggestion FROM agenda_outcomes o "
                          "JOIN agenda_items a ON a.id = o.item_id {where} ORDER BY o.at",
                          "o.at", start, end, "o.felt != ''")
        return [FeelingRow("debrief", r[0], _dt(r[1]), r[2], None, r[3]) for r in rows]

    def entries_written(self, start: datetime, end: datetime | None = None) -> list[tuple[int, datetime, str, str]]:
        """(id, when, kind, first words) of entries written in [start, end), oldest first; trash left out."""
        rows = self._rows("SELECT e.id, e.entry_at, e.kind, e.title, substr(e.body, 1, 300), e.fields FROM entries e "
                          "{where} ORDER BY e.entry_at, e.id", "e.entry_at", start, end, "e.deleted_at IS NULL")
        out = []
        for r in rows:
            fields: object = {}
            if not (r[3] or r[4]).strip():
                try:
                    fields = json.loads(r[5])
                except ValueError:
                    fields = {}
            shown = entries.shown_fields(r[2], fields) if isinstance(fields, dict) else {}
            out.append((r[0], _dt(r[1]), r[2], entries.first_line_of(r[2], r[3], r[4], shown)))
        return out

    def agenda_added(self, start: datetime, end: datetime | None = None) -> list[tuple[int, datetime, str]]:
        rows = self._rows("SELECT a.id, a.created_at, a.text FROM agenda_items a {where} ORDER BY a.created_at, a.id",
                          "a.created_at", start, end)
        return [(r[0], _dt(r[1]), r[2]) for r in rows]

    def goal_checkins(self, start: datetime, end: datetime | None = None) -> list[tuple[int, datetime, str, int | None, int | None, str]]:
        """(goal id, when, goal title, direction, score, note), oldest first."""
        rows = self._rows("SELECT g.id, c.at, g.title, c.direction, c.score, c.note FROM goal_checkins c "
                          "JOIN goals g ON g.id = c.goal_id {where} ORDER BY c.at, c.id", "c.at", start, end)
        return [(r[0], _dt(r[1]), r[2], r[3], r[4], r[5]) for r in rows]
