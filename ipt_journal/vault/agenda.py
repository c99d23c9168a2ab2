"""Group sessions and the agenda of what to raise: SQL in, domain dataclasses out."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime

from ipt_journal.domain.agenda import AgendaItem, Outcome, debrief_text
from ipt_journal.domain.schedule import SessionSlot, number_sessions
from ipt_journal.domain.entries import MARK_END, MARK_START
from ipt_journal.domain.found import Found
from ipt_journal.vault import search_base
from ipt_journal.vault.errors import NotFound
from ipt_journal.vault.journal import _dt, _now, _ts
from ipt_journal.vault.vault import Vault


class SessionRepository:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def _slot(self, r: tuple) -> SessionSlot:  # type: ignore[type-arg]
        return SessionSlot(
            id=r[0], starts_at=_dt(r[1]) or _now(), length_minutes=r[2], extra=r[3] == "extra", cancelled=bool(r[4]),
            attended=None if r[5] is None else bool(r[5]), debriefed=r[6] is not None,
        )

    _COLS = "id, starts_at, length_minutes, kind, cancelled, attended, debriefed_at"

    def all(self) -> list[SessionSlot]:
        """Every session, numbered in time order (cancelled ones have no number)."""
        rows = self._vault.conn.execute(f"SELECT {self._COLS} FROM sessions ORDER BY starts_at").fetchall()
        return number_sessions([self._slot(r) for r in rows])

    def get(self, session_id: int) -> SessionSlot:
        for slot in self.all():
            if slot.id == session_id:
                return slot
        raise NotFound("That session no longer exists.")

    def ensure_scheduled(self, slots: list[tuple[date, datetime, int]]) -> int:
        """Create the scheduled sessions not yet recorded (by their slot date). Returns how many were added."""
        added = 0
        if not slots:
            return 0  # no write transaction for nothing
        with self._vault.transaction() as conn:
            for day, starts_at, length in slots:
                cur = conn.execute(
                    "INSERT OR IGNORE INTO sessions (uid, starts_at, length_minutes, kind, slot) VALUES (?,?,?,?,?)",
                    (uuid.uuid4().hex, _ts(starts_at), length, "scheduled", day.isoformat()),
                )
                added += cur.rowcount
        return added

    def forget_unused_future(self, now: datetime) -> None:
        """When the schedule changes, future scheduled sessions with nothing recorded are redrawn."""
        with self._vault.transaction() as conn:
            conn.execute(
                "DELETE FROM sessions WHERE kind = 'scheduled' AND starts_at > ? AND debriefed_at IS NULL "
                "AND attended IS NULL AND notes = '' AND id NOT IN (SELECT session_id FROM agenda_outcomes "
                "WHERE session_id IS NOT NULL)",
                (_ts(now),),
            )

    def add_extra(self, starts_at: datetime, length_minutes: int) -> int:
        with self._vault.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO sessions (uid, starts_at, length_minutes, kind) VALUES (?,?,?, 'extra')",
                (uuid.uuid4().hex, _ts(starts_at), length_minutes),
            )
        return int(cur.lastrowid)

    def _update(self, session_id: int, sql: str, params: tuple) -> None:  # type: ignore[type-arg]
        with self._vault.transaction() as conn:
            if conn.execute(f"UPDATE sessions SET {sql} WHERE id = ?", (*params, session_id)).rowcount != 1:
                raise NotFound("That session no longer exists.")

    def move(self, session_id: int, starts_at: datetime, length_minutes: int | None = None) -> None:
        if length_minutes is None:
            self._update(session_id, "starts_at = ?", (_ts(starts_at),))
        else:
            self._update(session_id, "starts_at = ?, length_minutes = ?", (_ts(starts_at), length_minutes))

    def set_cancelled(self, session_id: int, cancelled: bool) -> None:
        self._update(session_id, "cancelled = ?", (int(cancelled),))

    def set_attended(self, session_id: int, attended: bool | None) -> None:
        self._update(session_id, "attended = ?", (None if attended is None else int(attended),))

    def save_debrief(self, session_id: int, debrief: dict[str, str], *, now: datetime | None = None) -> None:
        self._update(
            session_id, "debrief = ?, debriefed_at = ?",
            (json.dumps(debrief, ensure_ascii=False, sort_keys=True), _ts(now or _now())),
        )
        with self._vault.transaction() as conn:
            self._reindex(conn, session_id)

    def save_debrief_draft(self, session_id: int, debrief: dict[str, object]) -> None:
        """Keep half-written debrief text without marking the session as looked back on."""
        self._update(session_id, "debrief = ?", (json.dumps(debrief, ensure_ascii=False, sort_keys=True),))
        with self._vault.transaction() as conn:
            self._reindex(conn, session_id)

    def _reindex(self, conn, session_id: int) -> None:  # type: ignore[no-untyped-def]
        """The debrief's words (every text in it) in sessions_fts, in the caller's transaction."""
        row = conn.execute("SELECT debrief FROM sessions WHERE id = ?", (session_id,)).fetchone()
        conn.execute("DELETE FROM sessions_fts WHERE rowid = ?", (session_id,))
        text = debrief_text(row[0]) if row is not None else ""
        if text:
            conn.execute("INSERT INTO sessions_fts (rowid, text) VALUES (?,?)", (session_id, text))

    def search_debriefs(self, text: str, *, limit: int = 50) -> list[Found]:
        """Sessions whose debrief matches, ranked like every other search."""
        conn = self._vault.conn
        starts = {}

        def found(rows) -> list[Found]:  # type: ignore[no-untyped-def]
            ids = [r[0] for r in rows]
            starts.update(conn.execute(
                f"SELECT id, starts_at FROM sessions WHERE id IN ({','.join('?' * len(ids))})", ids).fetchall())
            return [Found("session", r[0], "", r[1], _dt(starts.get(r[0])), float(r[2])) for r in rows]

        def fts(match: str) -> list[Found]:
            return found(conn.execute(
                f"SELECT rowid, snippet(sessions_fts, -1, '{MARK_START}', '{MARK_END}', '…', 14), bm25(sessions_fts) "
                "FROM sessions_fts WHERE sessions_fts MATCH ? ORDER BY 3 LIMIT ?", (match, limit)).fetchall())

        def plain(needle: str) -> list[Found]:
            rows = conn.execute("SELECT rowid, text FROM sessions_fts WHERE text LIKE ? ESCAPE '\\' "
                                "ORDER BY rowid DESC LIMIT ?", (search_base.like_pattern(needle), limit)).fetchall()
            return found([(r[0], search_base.marked_snippet(r[1], needle), 0.0) for r in rows])

        return search_base.search(text, fts, plain)

    def debrief(self, session_id: int) -> dict[str, str]:
        row = self._vault.conn.execute("SELECT debrief FROM sessions WHERE id = ?", (session_id,)).fetchone()
        if row is None:
            raise NotFound("That session no longer exists.")
        try:
            value = json.loads(row[0])
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}


class AgendaRepository:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    _COLS = (
        "a.id, a.uid, a.created_at, a.text, a.why, a.draft, a.entry_id, a.suggestion, a.status, a.chosen, "
        "a.feeling_note, a.position, "
        "(SELECT count(*) FROM agenda_outcomes o WHERE o.item_id = a.id AND o.outcome = 'carried')"
    )

    def _item(self, r: tuple) -> AgendaItem:  # type: ignore[type-arg]
        return AgendaItem(
            id=r[0], uid=r[1], created_at=_dt(r[2]), text=r[3], why=r[4], draft=r[5], entry_id=r[6],
            suggestion=r[7], status=r[8], chosen=bool(r[9]), feeling_note=r[10], position=r[11], carried=r[12],
        )

    def _reindex(self, conn, item_id: int) -> None:  # type: ignore[no-untyped-def]
        row = conn.execute("SELECT text, why || ' ' || draft || ' ' || feeling_note FROM agenda_items WHERE id = ?",
                           (item_id,)).fetchone()
        outcomes = " ".join(
            " ".join(r) for r in conn.execute(
                "SELECT what_happened, felt, feedback FROM agenda_outcomes WHERE item_id = ?", (item_id,))
        )
        conn.execute("DELETE FROM agenda_fts WHERE rowid = ?", (item_id,))
        if row is not None:
            conn.execute("INSERT INTO agenda_fts (rowid, text, extra) VALUES (?,?,?)",
                         (item_id, row[0], f"{row[1]} {outcomes}"))

    def add(self, item: AgendaItem, *, now: datetime | None = None) -> AgendaItem:
        now = now or _now()
        with self._vault.transaction() as conn:
            top = conn.execute("SELECT coalesce(max(position), 0) + 1 FROM agenda_items").fetchone()[0]
            cur = conn.execute(
                "INSERT INTO agenda_items (uid, created_at, updated_at, text, why, draft, entry_id, suggestion, "
                "position) VALUES (?,?,?,?,?,?,?,?,?)",
                (item.uid, _ts(now), _ts(now), item.text, item.why, item.draft, item.entry_id, item.suggestion, top),
            )
            self._reindex(conn, int(cur.lastrowid))
        return self.get(int(cur.lastrowid))

    def update(self, item: AgendaItem, *, now: datetime | None = None) -> AgendaItem:
        with self._vault.transaction() as conn:
            cur = conn.execute(
                "UPDATE agenda_items SET text = ?, why = ?, draft = ?, suggestion = ?, chosen = ?, feeling_note = ?, "
                "updated_at = ? WHERE id = ?",
                (item.text, item.why, item.draft, item.suggestion, int(item.chosen), item.feeling_note,
                 _ts(now or _now()), item.id),
            )
            if cur.rowcount != 1:
                raise NotFound("That agenda item no longer exists.")
            self._reindex(conn, int(item.id))  # type: ignore[arg-type]
        return self.get(int(item.id))  # type: ignore[arg-type]

    def delete(self, item_id: int) -> None:
        with self._vault.transaction() as conn:
            conn.execute("DELETE FROM agenda_fts WHERE rowid = ?", (item_id,))
            conn.execute("DELETE FROM agenda_items WHERE id = ?", (item_id,))

    def get(self, item_id: int) -> AgendaItem:
        row = self._vault.conn.execute(f"SELECT {self._COLS} FROM agenda_items a WHERE a.id = ?", (item_id,)).fetchone()
        if row is None:
            raise NotFound("That agenda item no longer exists.")
        return self._item(row)

    def open_items(self) -> list[AgendaItem]:
        rows = self._vault.conn.execute(
            f"SELECT {self._COLS} FROM agenda_items a WHERE a.status = 'open' ORDER BY a.position, a.id"
        ).fetchall()
        return [self._item(r) for r in rows]

    def for_entry(self, entry_id: int) -> list[AgendaItem]:
        rows = self._vault.conn.execute(
            f"SELECT {self._COLS} FROM agenda_items a WHERE a.entry_id = ? ORDER BY a.id", (entry_id,)
        ).fetchall()
        return [self._item(r) for r in rows]

    def move(self, item_id: int, new_index: int) -> None:
        """Put an open item at new_index in the list; the others keep their order."""
        with self._vault.transaction() as conn:
            ids = [r[0] for r in conn.execute(
                "SELECT id FROM agenda_items WHERE status = 'open' ORDER BY position, id")]
            if item_id not in ids:
                raise NotFound("That agenda item is not on the list.")
            ids.remove(item_id)
            ids.insert(max(0, min(new_index, len(ids))), item_id)
            for pos, i in enumerate(ids, start=1):
                conn.execute("UPDATE agenda_items SET position = ? WHERE id = ?", (pos, i))

    def record_outcome(self, outcome: Outcome) -> None:
        """raised / dropped close the item; carried keeps it open for next time, with its history."""
        with self._vault.transaction() as conn:
            conn.execute(
                "INSERT INTO agenda_outcomes (uid, item_id, session_id, at, outcome, what_happened, felt, feedback) "
                "VALUES (?,?,?,?,?,?,?,?)",
                (uuid.uuid4().hex, outcome.item_id, outcome.session_id, _ts(outcome.at), outcome.outcome,
                 outcome.what_happened, outcome.felt, outcome.feedback),
            )
            if outcome.outcome == "carried":
                conn.execute("UPDATE agenda_items SET chosen = 0 WHERE id = ?", (outcome.item_id,))
            else:
                conn.execute("UPDATE agenda_items SET status = ?, chosen = 0, closed_at = ? WHERE id = ?",
                             (outcome.outcome, _ts(outcome.at), outcome.item_id))
            self._reindex(conn, outcome.item_id)

    def outcomes(self, item_id: int) -> list[Outcome]:
        return [self._outcome(r) for r in self._vault.conn.execute(
            "SELECT item_id, outcome, at, session_id, what_happened, felt, feedback FROM agenda_outcomes "
            "WHERE item_id = ? ORDER BY at, id", (item_id,))]

    @staticmethod
    def _outcome(r: tuple) -> Outcome:  # type: ignore[type-arg]
        return Outcome(item_id=r[0], outcome=r[1], at=_dt(r[2]) or _now(), session_id=r[3], what_happened=r[4],
                       felt=r[5], feedback=r[6])

    def for_session(self, session_id: int) -> list[tuple[AgendaItem, Outcome]]:
        rows = self._vault.conn.execute(
            "SELECT item_id, outcome, at, session_id, what_happened, felt, feedback FROM agenda_outcomes "
            "WHERE session_id = ? ORDER BY id", (session_id,)).fetchall()
        return [(self.get(r[0]), self._outcome(r)) for r in rows]

    def search(self, text: str, *, limit: int = 50) -> list[AgendaItem]:
        return [self.get(f.record_id) for f in self.search_found(text, limit=limit)]

    def search_found(self, text: str, *, limit: int = 50) -> list[Found]:
        """Items (with their outcomes: what happened, what I felt, feedback) matching text, ranked."""
        conn = self._vault.conn

        def found(rows) -> list[Found]:  # type: ignore[no-untyped-def]
            ids = [r[0] for r in rows]
            meta = {m[0]: m for m in conn.execute(
                f"SELECT id, text, created_at, status FROM agenda_items WHERE id IN ({','.join('?' * len(ids))})", ids)}
            return [Found("agenda", r[0], meta[r[0]][1], r[1], _dt(meta[r[0]][2]), float(r[2]), meta[r[0]][3])
                    for r in rows if r[0] in meta]

        def fts(match: str) -> list[Found]:
            return found(conn.execute(
                f"SELECT rowid, snippet(agenda_fts, -1, '{MARK_START}', '{MARK_END}', '…', 14), bm25(agenda_fts, 4.0, 1.0) "
                "FROM agenda_fts WHERE agenda_fts MATCH ? ORDER BY 3 LIMIT ?", (match, limit)).fetchall())

        def plain(needle: str) -> list[Found]:
            pattern = search_base.like_pattern(needle)
            rows = conn.execute(
                "SELECT rowid, text || ' ' || extra FROM agenda_fts WHERE text LIKE ? ESCAPE '\\' "
                "OR extra LIKE ? ESCAPE '\\' ORDER BY rowid DESC LIMIT ?", (pattern, pattern, limit)).fetchall()
            return found([(r[0], search_base.marked_snippet(r[1], needle), 0.0) for r in rows])

        return search_base.search(text, fts, plain)
