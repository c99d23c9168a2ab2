"""Goals, their check-ins and links, and goal search: SQL in, domain dataclasses out."""

from __future__ import annotations

import json
import re
from datetime import date, datetime

from ipt_journal.domain.entries import MARK_END, MARK_START, Entry, EntrySummary
from ipt_journal.domain.goals import (
    CLOSED_STATUSES,
    CheckIn,
    Goal,
    GoalHit,
    InvalidGoal,
    LinkedItem,
    ordered,
    validate,
    validate_checkin,
)
from ipt_journal.vault import db, search_base
from ipt_journal.vault.errors import NotFound
from ipt_journal.vault.journal import _dt, _now, _ts
from ipt_journal.vault.repository import Repository, SavedRow
from ipt_journal.vault.vault import Vault

_GOAL_COLUMNS = (
    "id, uid, created_at, updated_at, title, why, observable, horizon, target_date, status, relationships, "
    "suggestions, closing_reflection, closed_at, position"
)
_GOAL_ROW = SavedRow("goals", (
    "created_at", "updated_at", "title", "why", "observable", "horizon", "target_date", "status", "relationships",
    "suggestions", "closing_reflection", "closed_at", "position"), "That goal no longer exists.")


def _json_list(raw: str) -> list:  # type: ignore[type-arg]
    try:
        value = json.loads(raw)
    except ValueError:
        return []
    return value if isinstance(value, list) else []


class GoalRepository(Repository):

    # -- goals -------------------------------------------------------------------

    def save(self, goal: Goal, *, now: datetime | None = None) -> Goal:
        """Insert or update one goal and its index row, atomically. Raises InvalidGoal for an empty title."""
        now = now or _now()
        goal = validate(goal).with_changes(updated_at=now, created_at=goal.created_at or now)
        with self._vault.transaction() as conn:
            if goal.id is None and not goal.position:
                last = conn.execute("SELECT coalesce(max(position), 0) FROM goals").fetchone()[0]
                goal = goal.with_changes(position=int(last) + 1)
            values = (
                _ts(goal.created_at), _ts(goal.updated_at), goal.title, goal.why, goal.observable, goal.horizon,
                goal.target_date.isoformat() if goal.target_date else None, goal.status,
                json.dumps(list(goal.relationships), ensure_ascii=False), json.dumps(list(goal.suggestions)),
                goal.closing_reflection, _ts(goal.closed_at), goal.position,
            )
            goal = goal.with_changes(id=_GOAL_ROW.save(conn, values, row_id=goal.id, uid=goal.uid))
            self._reindex(conn, goal.id)
        return goal

    def create(self, goal: Goal, *, now: datetime | None = None) -> Goal:
        if goal.id is not None:
            raise InvalidGoal("This goal is already in your journal.")
        return self.save(goal, now=now)

    def update(self, goal: Goal, *, now: datetime | None = None) -> Goal:
        if goal.id is None:
            raise NotFound("That goal is not in your journal yet.")
        return self.save(goal, now=now)

    def set_status(self, goal_id: int, status: str, *, reflection: str | None = None,
                   now: datetime | None = None) -> Goal:
        """Change the status. Achieving or letting go records when, and the closing reflection if given;
        reopening keeps the reflection the member wrote."""
        now = now or _now()
        goal = self.get(goal_id)
        closing = status in CLOSED_STATUSES
        changes: dict[str, object] = {"status": status, "closed_at": (goal.closed_at or now) if closing else None}
        if closing and goal.status != status:
            changes["closed_at"] = now
        if reflection is not None:
            changes["closing_reflection"] = reflection.strip()
        return self.save(goal.with_changes(**changes), now=now)

    def delete(self, goal_id: int) -> None:
        """Delete a goal for good, with its check-ins and links (never the linked entries)."""
        with self._vault.transaction() as conn:
            conn.execute("DELETE FROM goals_fts WHERE rowid = ?", (goal_id,))
            cur = conn.execute("DELETE FROM goals WHERE id = ?", (goal_id,))
            if cur.rowcount != 1:
                raise NotFound("That goal no longer exists.")

    def get(self, goal_id: int) -> Goal:
        row = self._conn.execute(f"SELECT {_GOAL_COLUMNS} FROM goals WHERE id = ?", (goal_id,)).fetchone()
        if row is None:
            raise NotFound("That goal no longer exists.")
        return self._goal(row)

    def list(self, *, statuses: tuple[str, ...] | None = None) -> list[Goal]:
        """Every goal (or those with the given statuses), in the order the Goals view shows them."""
        rows = self._conn.execute(f"SELECT {_GOAL_COLUMNS} FROM goals").fetchall()
        goals = [self._goal(r) for r in rows]
        if statuses is not None:
            goals = [g for g in goals if g.status in statuses]
        return ordered(goals)

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM goals").fetchone()[0])

    def _goal(self, row: tuple) -> Goal:  # type: ignore[type-arg]
        return Goal(
            id=row[0], uid=row[1], created_at=_dt(row[2]), updated_at=_dt(row[3]), title=row[4], why=row[5],
            observable=row[6], horizon=row[7], target_date=date.fromisoformat(row[8]) if row[8] else None,
            status=row[9], relationships=tuple(str(r) for r in _json_list(row[10])),
            suggestions=tuple(int(s) for s in _json_list(row[11]) if isinstance(s, int)),
            closing_reflection=row[12], closed_at=_dt(row[13]), position=row[14],
        )

    def _reindex(self, conn, goal_id: int) -> None:  # type: ignore[no-untyped-def]
        """Rebuild the goal's index row from what is stored: title; why, observable, reflection and notes."""
        row = conn.execute(
            "SELECT title, why, observable, closing_reflection FROM goals WHERE id = ?", (goal_id,)
        ).fetchone()
        notes = [r[0] for r in conn.execute(
            "SELECT note FROM goal_checkins WHERE goal_id = ? AND note != '' ORDER BY at, id", (goal_id,)
        )]
        conn.execute("DELETE FROM goals_fts WHERE rowid = ?", (goal_id,))
        if row is None:
            return
        extra = "\n".join(p for p in (row[1], row[2], row[3], *notes) if p)
        conn.execute("INSERT INTO goals_fts (rowid, text, extra) VALUES (?,?,?)", (goal_id, row[0], extra))

    # -- check-ins -----------------------------------------------------------------

    def add_checkin(self, checkin: CheckIn) -> CheckIn:
        checkin = validate_checkin(checkin)
        with self._vault.transaction() as conn:
            if conn.execute("SELECT 1 FROM goals WHERE id = ?", (checkin.goal_id,)).fetchone() is None:
                raise NotFound("That goal no longer exists.")
            cur = conn.execute(
                "INSERT INTO goal_checkins (uid, goal_id, at, direction, score, note) VALUES (?,?,?,?,?,?)",
                (checkin.uid, checkin.goal_id, _ts(checkin.at), checkin.direction, checkin.score, checkin.note),
            )
            checkin = CheckIn(checkin.goal_id, checkin.at, checkin.direction, checkin.score, checkin.note,
                              int(cur.lastrowid), checkin.uid)
            self._reindex(conn, checkin.goal_id)
        return checkin

    def delete_checkin(self, checkin_id: int) -> None:
        with self._vault.transaction() as conn:
            row = conn.execute("SELECT goal_id FROM goal_checkins WHERE id = ?", (checkin_id,)).fetchone()
            if row is None:
                raise NotFound("That check-in no longer exists.")
            conn.execute("DELETE FROM goal_checkins WHERE id = ?", (checkin_id,))
            self._reindex(conn, row[0])

    def checkins(self, goal_id: int) -> list[CheckIn]:
        """Oldest first."""
        return [
            self._checkin(r)
            for r in self._conn.execute(
                "SELECT id, uid, goal_id, at, direction, score, note FROM goal_checkins WHERE goal_id = ? "
                "ORDER BY at, id", (goal_id,),
            )
        ]

    def last_checkins(self) -> dict[int, CheckIn]:
        """The newest check-in of every goal that has one."""
        rows = self._conn.execute(
            "SELECT c.id, c.uid, c.goal_id, c.at, c.direction, c.score, c.note FROM goal_checkins c "
            "WHERE c.id = (SELECT c2.id FROM goal_checkins c2 WHERE c2.goal_id = c.goal_id ORDER BY c2.at DESC, "
            "c2.id DESC LIMIT 1)"
        )
        return {r[2]: self._checkin(r) for r in rows}

    def last_active_checkin_at(self) -> datetime | None:
        """When the member last checked in on any active goal (None if never)."""
        row = self._conn.execute(
            "SELECT max(c.at) FROM goal_checkins c JOIN goals g ON g.id = c.goal_id WHERE g.status = 'active'"
        ).fetchone()
        return _dt(row[0]) if row and row[0] else None

    def _checkin(self, r: tuple) -> CheckIn:  # type: ignore[type-arg]
        return CheckIn(goal_id=r[2], at=_dt(r[3]) or _now(), direction=r[4], score=r[5], note=r[6], id=r[0], uid=r[1])

    # -- links ---------------------------------------------------------------------

    def link_entry(self, goal_id: int, entry_id: int) -> None:
        with self._vault.transaction() as conn:
            try:
                conn.execute(
                    "INSERT OR IGNORE INTO goal_links (goal_id, entry_id) VALUES (?, ?)", (goal_id, entry_id)
                )
            except db.DatabaseError as exc:  # a foreign key: the goal or entry is gone
                raise NotFound("That goal or entry no longer exists.") from exc

    def unlink_entry(self, goal_id: int, entry_id: int) -> None:
        with self._vault.transaction() as conn:
            conn.execute("DELETE FROM goal_links WHERE goal_id = ? AND entry_id = ?", (goal_id, entry_id))

    def link_agenda_item(self, goal_id: int, item_id: int) -> None:
        with self._vault.transaction() as conn:
            try:
                conn.execute(
                    "INSERT OR IGNORE INTO goal_links (goal_id, agenda_item_id) VALUES (?, ?)", (goal_id, item_id)
                )
            except db.DatabaseError as exc:
                raise NotFound("That goal or agenda item no longer exists.") from exc

    def unlink_agenda_item(self, goal_id: int, item_id: int) -> None:
        with self._vault.transaction() as conn:
            conn.execute("DELETE FROM goal_links WHERE goal_id = ? AND agenda_item_id = ?", (goal_id, item_id))

    def linked_entries(self, goal_id: int) -> list[EntrySummary]:
        """Entries linked to the goal, newest first; entries in the trash are left out."""
        rows = self._conn.execute(
            "SELECT e.id, e.kind, e.entry_at, e.title, substr(e.body, 1, 400), e.suggestion, e.fields "
            "FROM goal_links l JOIN entries e ON e.id = l.entry_id "
            "WHERE l.goal_id = ? AND e.deleted_at IS NULL ORDER BY e.entry_at DESC, e.id DESC",
            (goal_id,),
        ).fetchall()
        out = []
        for r in rows:
            try:
                fields = json.loads(r[6]) if r[1] != "free" else {}
            except ValueError:
                fields = {}
            probe = Entry(kind=r[1], entry_at=_dt(r[2]) or _now(), title=r[3], body=r[4],
                          fields=fields if isinstance(fields, dict) else {})
            out.append(EntrySummary(r[0], r[1], probe.entry_at, probe.first_line(), (), r[5]))
        return out

    def linked_agenda_items(self, goal_id: int) -> list[LinkedItem]:
        rows = self._conn.execute(
            "SELECT a.id, a.text FROM goal_links l JOIN agenda_items a ON a.id = l.agenda_item_id "
            "WHERE l.goal_id = ? ORDER BY a.position, a.id", (goal_id,),
        )
        return [LinkedItem(r[0], r[1]) for r in rows]

    def goals_for_entry(self, entry_id: int) -> list[Goal]:
        rows = self._conn.execute(
            f"SELECT {', '.join('g.' + c.strip() for c in _GOAL_COLUMNS.split(','))} "
            "FROM goal_links l JOIN goals g ON g.id = l.goal_id WHERE l.entry_id = ?", (entry_id,),
        ).fetchall()
        return ordered([self._goal(r) for r in rows])

    def goals_for_agenda_item(self, item_id: int) -> list[Goal]:
        rows = self._conn.execute(
            f"SELECT {', '.join('g.' + c.strip() for c in _GOAL_COLUMNS.split(','))} "
            "FROM goal_links l JOIN goals g ON g.id = l.goal_id WHERE l.agenda_item_id = ?", (item_id,),
        ).fetchall()
        return ordered([self._goal(r) for r in rows])

    # -- search --------------------------------------------------------------------

    def checkin_matching(self, goal_id: int, text: str) -> int | None:
        """The newest check-in of the goal whose note holds a searched word (a search result opens it)."""
        def words(tokens) -> list[str]:  # type: ignore[no-untyped-def]
            return [w.casefold() for token in tokens for w in re.findall(r"[^\W_]{2,}", token)]

        tokens = text.split()
        wanted = words(t for t in tokens if not t.startswith("-"))
        unwanted = words(t[1:] for t in tokens if t.startswith("-"))
        if not wanted:
            return None
        for checkin_id, note in self._conn.execute(
                "SELECT id, note FROM goal_checkins WHERE goal_id = ? ORDER BY at DESC, id DESC", (goal_id,)):
            folded = (note or "").casefold()
            if any(w in folded for w in wanted) and not any(w in folded for w in unwanted):
                return int(checkin_id)
        return None

    def search(self, text: str, *, limit: int = 50) -> list[GoalHit]:
        """Ranked hits over titles, reasons, what to notice, reflections and check-in notes; open and closed."""

        def fts(match: str) -> list[GoalHit]:
            rows = self._conn.execute(
                "SELECT g.id, g.title, g.status, "
                f"snippet(goals_fts, -1, '{MARK_START}', '{MARK_END}', '…', 14), bm25(goals_fts, 4.0, 1.0) "
                "FROM goals_fts JOIN goals g ON g.id = goals_fts.rowid "
                "WHERE goals_fts MATCH ? ORDER BY 5 LIMIT ?",
                (match, limit),
            ).fetchall()
            return [GoalHit(r[0], r[1], r[2], r[3], float(r[4])) for r in rows]

        def plain(needle: str) -> list[GoalHit]:
            pattern = search_base.like_pattern(needle)
            rows = self._conn.execute(
                "SELECT g.id, g.title, g.status, f.text || ' ' || f.extra FROM goals_fts f JOIN goals g ON g.id = f.rowid "
                "WHERE f.text LIKE ? ESCAPE '\\' OR f.extra LIKE ? ESCAPE '\\' ORDER BY g.updated_at DESC LIMIT ?",
                (pattern, pattern, limit),
            ).fetchall()
            return [GoalHit(r[0], r[1], r[2], search_base.marked_snippet(r[3], needle), 0.0) for r in rows]

        return search_base.search(text, fts, plain)
