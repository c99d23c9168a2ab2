"""Entries, tags, feelings, the trash and full-text search: SQL in, domain dataclasses out."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from ipt_journal.domain import entries
from ipt_journal.domain.entries import (
    MARK_END,
    MARK_START,
    Entry,
    EntrySummary,
    Feeling,
    SearchHit,
    TimelineFilter,
    normalize_tags,
)
from ipt_journal.vault import db, search_base

# What a repository call can raise from SQLite itself (disk full, I/O error, busy):
# the UI catches this without importing the driver.
StorageError = db.DatabaseError
from ipt_journal.vault.errors import NotFound
from ipt_journal.vault.repository import Repository, SavedRow
from ipt_journal.vault.vault import Vault

_ENTRY_COLUMNS = (
    "id, uid, kind, entry_at, created_at, updated_at, title, body, fields, suggestion, prompt_id, "
    "bring_to_group, deleted_at"
)
_ENTRY_ROW = SavedRow("entries", (
    "kind", "entry_at", "created_at", "updated_at", "title", "body", "fields", "suggestion", "prompt_id",
    "bring_to_group", "deleted_at"), "That entry no longer exists.")


TimelineKey = tuple[str, int]  # a row's place in the timeline: its stored time and id


def _now() -> datetime:
    return datetime.now().astimezone()


def _ts(value: datetime | None) -> str | None:
    """Stored in UTC so that text order is time order, across DST and time-zone changes."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.astimezone()
    return value.astimezone(timezone.utc).isoformat(timespec="seconds")


class EdgeOfCalendar(datetime):
    """A stored date so near year 1 or 9999 that a time zone pushes it off the calendar (an import
    from before dates were checked). It stays as stored, in UTC, instead of failing every screen
    and export that converts it to local time."""

    def astimezone(self, tz=None):  # type: ignore[no-untyped-def, override]
        try:
            return super().astimezone(tz)
        except (OverflowError, ValueError):
            return self


def _dt(value: str | None) -> datetime | None:
    if not value:
        return None
    when = datetime.fromisoformat(value)
    try:
        return when.astimezone()
    except (OverflowError, ValueError):
        edge = EdgeOfCalendar.fromisoformat(value)
        return edge if edge.tzinfo else edge.replace(tzinfo=timezone.utc)


class _Facets:
    """What the journal's filters offer: the tags, feelings and suggestions written about (read only)."""

    def all_tags(self) -> list[str]:
        return [
            r[0]
            for r in self._conn.execute(
                "SELECT t.name FROM tags t WHERE EXISTS (SELECT 1 FROM entry_tags et WHERE et.tag_id = t.id) "
                "ORDER BY t.name COLLATE NOCASE"
            )
        ]

    def all_feelings(self) -> list[str]:
        """Every feeling used, as the member sees it."""
        # Hop from one distinct feeling to the next on the index instead of reading every row.
        return list(dict.fromkeys(
            entries.label(r[0])
            for r in self._conn.execute(
                "WITH RECURSIVE f(name) AS ("
                " SELECT min(feeling) FROM entry_feelings"
                " UNION ALL"
                " SELECT (SELECT min(feeling) FROM entry_feelings WHERE feeling > f.name) FROM f"
                " WHERE f.name IS NOT NULL) "
                "SELECT name FROM f WHERE name IS NOT NULL"
            )
        ))

    def last_written_by_suggestion(self) -> dict[int, datetime]:
        out: dict[int, datetime] = {}
        for number in range(1, 11):  # ten index look-ups
            row = self._conn.execute(
                "SELECT max(entry_at) FROM entries WHERE deleted_at IS NULL AND suggestion = ?", (number,)
            ).fetchone()
            if row and (dt := _dt(row[0])) is not None:
                out[number] = dt
        return out


class _Search:
    """Searching the entries (SearchHit rows with snippets), for JournalRepository."""

    def search(self, text: str, *, limit: int = 50) -> list[SearchHit]:
        """Highlighted hits. Any text works; nothing searchable gives [].

        One pass, newest first, stops after the first RANK_LIMIT + 1 matches (or `limit` + 1),
        making snippets only for them. When that is every match (no more than RANK_LIMIT), they are
        put in order of relevance (bm25, titles weigh most, set in migration 3); when there are more,
        the words are common enough that the newest come first. Ranking or counting every match
        first would cost a second and third pass over everything that matches: measured at 100,000
        entries, 30-50 ms for a phrase of common words ("my partner"), against a few for this.
        """
        return search_base.search(text, lambda m: self._fts_search(m, limit), lambda p: self._plain_search(p, limit))

    RANK_LIMIT = 50

    def _fts_search(self, match: str, limit: int) -> list[SearchHit]:
        conn = self._conn
        cap = max(limit, self.RANK_LIMIT) + 1

        def newest(expr: str) -> list:  # type: ignore[type-arg]
            return conn.execute(
                f"SELECT rowid, snippet(entries_fts, -1, '{MARK_START}', '{MARK_END}', '…', 14) "
                "FROM entries_fts WHERE entries_fts MATCH ? "
                "AND rowid NOT IN (SELECT id FROM entries WHERE deleted_at IS NOT NULL) "
                "ORDER BY rowid DESC LIMIT ?",
                (expr, cap),
            ).fetchall()

        # Every word is also a prefix (for typing), and FTS5 merges the whole list of a prefix
        # before it can stream: 5-10 ms for a common word at 100,000 entries, against 0.2-0.5 ms for
        # the word itself. So the words as typed go first; when they alone match more than can be
        # ranked, their newest matches are the answer, and only rarer words pay for the prefix.
        positive, sep, negative = match.partition(" NOT ")
        rows = []
        if '"*' in positive:
            rows = newest(positive.replace('"*', '"') + sep + negative)
        if len(rows) < cap:
            rows = newest(match)
        if not rows:
            return []
        scores: dict[int, float] = {}
        if len(rows) <= self.RANK_LIMIT:  # every match is here: the most relevant first
            scores = dict(conn.execute(
                "SELECT rowid, rank FROM entries_fts WHERE entries_fts MATCH ? AND rowid >= ?", (match, rows[-1][0])
            ).fetchall())
            rows.sort(key=lambda r: (scores.get(r[0], 0.0), -r[0]))
        rows = rows[:limit]
        ids = [r[0] for r in rows]
        meta = {
            r[0]: r
            for r in conn.execute(
                f"SELECT id, kind, entry_at, title FROM entries WHERE id IN ({','.join('?' * len(ids))})", ids
            )
        }
        return [
            SearchHit(i, meta[i][1], _dt(meta[i][2]) or _now(), meta[i][3], snippet, float(scores.get(i, 0.0)))
            for i, snippet in rows
            if i in meta
        ]

    def _plain_search(self, text: str, limit: int) -> list[SearchHit]:
        rows = self._conn.execute(
            "SELECT e.id, e.kind, e.entry_at, e.title, f.title || ' ' || f.body || ' ' || f.extra "
            "FROM entries_fts f JOIN entries e ON e.id = f.rowid WHERE e.deleted_at IS NULL AND "
            "(f.title LIKE ? ESCAPE '\\' OR f.body LIKE ? ESCAPE '\\' OR f.extra LIKE ? ESCAPE '\\') "
            "ORDER BY e.entry_at DESC LIMIT ?",
            (search_base.like_pattern(text),) * 3 + (limit,),
        ).fetchall()
        return [SearchHit(r[0], r[1], _dt(r[2]) or _now(), r[3], search_base.marked_snippet(r[4], text), 0.0) for r in rows]


class JournalRepository(_Search, _Facets, Repository):

    # -- writing -------------------------------------------------------------

    def save(self, entry: Entry, *, now: datetime | None = None) -> Entry:
        """Insert or update one entry with its tags, feelings and index row, atomically."""
        now = now or _now()
        tags = normalize_tags(entry.tags)
        entry = entry.with_changes(tags=tags, updated_at=now, created_at=entry.created_at or now)
        keep = entries.stored(entry)  # keys on disk, whatever language the screen showed
        extra = entries.shown(keep).searchable_extra()
        fields_json = json.dumps(keep.fields, ensure_ascii=False, sort_keys=True)
        with self._vault.transaction() as conn:
            values = (
                entry.kind, _ts(entry.entry_at), _ts(entry.created_at), _ts(entry.updated_at), entry.title,
                entry.body, fields_json, entry.suggestion, entry.prompt_id, int(entry.bring_to_group),
                _ts(entry.deleted_at),
            )
            stored_before = entry.id is not None
            entry = entry.with_changes(id=_ENTRY_ROW.save(conn, values, row_id=entry.id, uid=entry.uid))
            if stored_before:
                conn.execute("DELETE FROM entry_tags WHERE entry_id = ?", (entry.id,))
                conn.execute("DELETE FROM entry_feelings WHERE entry_id = ?", (entry.id,))
                conn.execute("DELETE FROM entries_fts WHERE rowid = ?", (entry.id,))
            for tag in tags:
                conn.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", (tag,))
                conn.execute(
                    "INSERT OR IGNORE INTO entry_tags (entry_id, tag_id) SELECT ?, id FROM tags WHERE name = ?",
                    (entry.id, tag),
                )
            for feeling in keep.feelings:
                conn.execute(
                    "INSERT OR REPLACE INTO entry_feelings (entry_id, feeling, intensity) VALUES (?,?,?)",
                    (entry.id, feeling.name, feeling.intensity),
                )
            conn.execute(
                "INSERT INTO entries_fts (rowid, title, body, extra) VALUES (?,?,?,?)",
                (entry.id, entry.title, entry.body, extra),
            )
        return entries.shown(keep.with_changes(id=entry.id))

    def _reindex(self, conn, entry_id: int) -> None:  # type: ignore[no-untyped-def]
        """The entry's search row from what is stored (after an import or a restore), in the caller's transaction."""
        conn.execute("DELETE FROM entries_fts WHERE rowid = ?", (entry_id,))
        try:
            entry = self.get(entry_id)
        except NotFound:
            return
        conn.execute(
            "INSERT INTO entries_fts (rowid, title, body, extra) VALUES (?,?,?,?)",
            (entry_id, entry.title, entry.body, entry.searchable_extra()),
        )

    def _reindex_all(self, conn) -> int:  # type: ignore[no-untyped-def]
        """Every entry's search row in one pass (a restore, a rebuild), the same rows _reindex makes;
        the caller has emptied entries_fts and holds the transaction. Returns how many."""
        rows = conn.execute(
            "SELECT e.id, e.kind, e.title, e.body, e.fields, "
            "(SELECT group_concat(t.name, '\x1f' ORDER BY t.name) FROM entry_tags et JOIN tags t ON t.id = et.tag_id "
            " WHERE et.entry_id = e.id), "
            "(SELECT group_concat(feeling, '\x1f' ORDER BY feeling) FROM entry_feelings WHERE entry_id = e.id) "
            "FROM entries e ORDER BY e.id"
        )
        when = _now()
        done = 0
        while batch := rows.fetchmany(2000):  # a batch at a time: 100,000 bodies never sit in memory at once
            out = []
            for entry_id, kind, title, body, fields_json, tags, feelings in batch:
                try:
                    fields = json.loads(fields_json)
                except ValueError:
                    fields = {}
                entry = entries.shown(Entry(
                    kind=kind, entry_at=when, fields=fields if isinstance(fields, dict) else {},
                    tags=tuple(tags.split("\x1f")) if tags else (),
                    feelings=tuple(Feeling(f, None) for f in feelings.split("\x1f")) if feelings else (),
                ))
                out.append((entry_id, title, body, entry.searchable_extra()))
            conn.executemany("INSERT INTO entries_fts (rowid, title, body, extra) VALUES (?,?,?,?)", out)
            done += len(out)
        return done

    def move_to_trash(self, entry_id: int, *, now: datetime | None = None) -> None:
        with self._vault.transaction() as conn:
            cur = conn.execute(
                "UPDATE entries SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL", (_ts(now or _now()), entry_id)
            )
            if cur.rowcount != 1:
                raise NotFound("That entry is not in the journal.")

    def restore(self, entry_id: int) -> None:
        with self._vault.transaction() as conn:
            cur = conn.execute("UPDATE entries SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL", (entry_id,))
            if cur.rowcount != 1:
                raise NotFound("That entry is not in the trash.")

    def empty_trash(self) -> int:
        """Delete trashed entries for good (secure_delete overwrites their pages)."""
        with self._vault.transaction() as conn:
            ids = [r[0] for r in conn.execute("SELECT id FROM entries WHERE deleted_at IS NOT NULL")]
            for entry_id in ids:
                conn.execute("DELETE FROM entries_fts WHERE rowid = ?", (entry_id,))
                conn.execute("DELETE FROM entries WHERE id = ?", (entry_id,))
            conn.execute("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM entry_tags)")
        return len(ids)

    # -- reading ---------------------------------------------------------------

    def get(self, entry_id: int) -> Entry:
        row = self._conn.execute(f"SELECT {_ENTRY_COLUMNS} FROM entries WHERE id = ?", (entry_id,)).fetchone()
        if row is None:
            raise NotFound("That entry no longer exists.")
        return self._entry(row)

    def _entry(self, row: tuple) -> Entry:  # type: ignore[type-arg]
        entry_id = row[0]
        tags = tuple(
            r[0]
            for r in self._conn.execute(
                "SELECT t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id WHERE et.entry_id = ? ORDER BY t.name",
                (entry_id,),
            )
        )
        feelings = tuple(
            Feeling(r[0], r[1])
            for r in self._conn.execute(
                "SELECT feeling, intensity FROM entry_feelings WHERE entry_id = ? ORDER BY feeling", (entry_id,)
            )
        )
        try:
            fields = json.loads(row[8])
            if not isinstance(fields, dict):
                fields = {}
        except ValueError:
            fields = {}
        return entries.shown(Entry(
            id=entry_id, uid=row[1], kind=row[2], entry_at=_dt(row[3]) or _now(), created_at=_dt(row[4]),
            updated_at=_dt(row[5]), title=row[6], body=row[7], fields=fields, suggestion=row[9], prompt_id=row[10],
            bring_to_group=bool(row[11]), deleted_at=_dt(row[12]), tags=tags, feelings=feelings,
        ))

    def _where(self, flt: TimelineFilter, trashed: bool) -> tuple[str, list[object]]:
        clauses = ["e.deleted_at IS NOT NULL" if trashed else "e.deleted_at IS NULL"]
        params: list[object] = []
        if flt.kind:
            clauses.append("e.kind = ?")
            params.append(flt.kind)
        if flt.suggestion:
            clauses.append("e.suggestion = ?")
            params.append(flt.suggestion)
        if flt.tag:
            clauses.append(
                "e.id IN (SELECT et.entry_id FROM entry_tags et JOIN tags t ON t.id = et.tag_id WHERE t.name = ?)"
            )
            params.append(flt.tag)
        if flt.feeling:
            # by key; a label still stored by an old import matches too
            clauses.append("e.id IN (SELECT entry_id FROM entry_feelings WHERE feeling IN (?, ?))")
            params += [entries.key_for(flt.feeling), flt.feeling]
        if flt.date_from:
            clauses.append("e.entry_at >= ?")
            params.append(_ts(flt.date_from))
        if flt.date_to:
            clauses.append("e.entry_at < ?")
            params.append(_ts(flt.date_to))
        return " AND ".join(clauses), params

    def count(self, flt: TimelineFilter = TimelineFilter(), *, trashed: bool = False) -> int:
        where, params = self._where(flt, trashed)
        return int(self._conn.execute(f"SELECT count(*) FROM entries e WHERE {where}", params).fetchone()[0])

    def timeline_keys(
        self, flt: TimelineFilter = TimelineFilter(), *, after: TimelineKey | None = None, limit: int = 10_000,
    ) -> list[TimelineKey]:
        """The timeline's order alone, newest first: (stored time, id) per row, from the narrow index.

        About 1 ms per 1,000 rows: a list can know where every row is long before it shows them.
        """
        where, params = self._where(flt, False)
        if after is not None:
            where += " AND (e.entry_at, e.id) < (?, ?)"
            params += list(after)
        return self._conn.execute(  # rows come as (text, int) tuples already: no conversion per row
            f"SELECT e.entry_at, e.id FROM entries e WHERE {where} ORDER BY e.entry_at DESC, e.id DESC LIMIT ?",
            (*params, limit),
        ).fetchall()

    def timeline(
        self, flt: TimelineFilter = TimelineFilter(), *, offset: int = 0, limit: int = 200, trashed: bool = False,
        after: EntrySummary | None = None, start: TimelineKey | None = None,
    ) -> list[EntrySummary]:
        """Newest first. Only what the list shows is read: no bodies beyond the first line.

        `after` continues below a row already shown, `start` begins at a row of timeline_keys()
        (keyset paging either way: an index range seek, no rescan of earlier rows).
        """
        where, params = self._where(flt, trashed)
        if after is not None:
            at = _ts(after.entry_at)
            where += " AND (e.entry_at, e.id) < (?, ?)"  # a row value: an index range seek, not a scan
            params += [at, after.id]
        if start is not None:
            where += " AND (e.entry_at, e.id) <= (?, ?)"
            params += list(start)
        # Later pages take every column from entries_timeline_lines (schema 9): no table page is read.
        # The first page reads its rows from the table too (their form fields), so damage to the
        # entries table still shows at unlock, before anything is written.
        fields_col = "e.fields" if after is None and start is None else "NULL"
        rows = self._conn.execute(
            f"SELECT e.id, e.kind, e.entry_at, e.title, substr(e.body, 1, 400), e.suggestion, "
            f"(SELECT group_concat(t.name, '\x1f') FROM entry_tags et JOIN tags t ON t.id = et.tag_id "
            f" WHERE et.entry_id = e.id), {fields_col} "
            f"FROM entries e INDEXED BY entries_timeline_lines WHERE {where} "
            f"ORDER BY e.entry_at DESC, e.id DESC LIMIT ? OFFSET ?",
            (*params, limit, offset),
        ).fetchall()
        # Entry.first_line() looks at the title, the body, then the form's fields: the fields are read
        # (JSON, labels for choices) only for a row whose title and body are empty, and no Entry is
        # built per row (at 100,000 rows that work was most of fetching the whole timeline).
        out = []
        for r in rows:
            line = entries.first_line_of(r[1], r[3], r[4], {})
            if not line and r[1] != "free":
                row = (r[7],) if r[7] is not None else self._conn.execute(
                    "SELECT fields FROM entries WHERE id = ?", (r[0],)).fetchone()
                try:
                    fields = json.loads(row[0]) if row else {}
                except ValueError:
                    fields = {}
                if isinstance(fields, dict):
                    line = entries.first_line_of(r[1], "", "", entries.shown_fields(r[1], fields))
            out.append(EntrySummary(
                r[0], r[1], _dt(r[2]) or _now(), line, tuple(r[6].split("\x1f")) if r[6] else (), r[5]
            ))
        return out

    def position_of_date(self, day_end: datetime, flt: TimelineFilter = TimelineFilter()) -> int:
        """Row index of the newest entry on or before day_end, for 'jump to a day'."""
        where, params = self._where(flt, False)
        return int(
            self._conn.execute(
                f"SELECT count(*) FROM entries e WHERE {where} AND e.entry_at >= ?", (*params, _ts(day_end))
            ).fetchone()[0]
        )
