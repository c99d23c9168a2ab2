"""The support plan in the vault: its items, their search index, the printable document.

No import of vault.vault at run time: migrations.py imports SCHEMA_V5 from here.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from ipt_journal.domain.entries import MARK_END, MARK_START
from ipt_journal.domain.support import (
    CONTACT_SECTIONS,
    SECTIONS,
    WARNING_SIGNS,
    PlanHit,
    PlanItem,
    SupportPlan,
    clean_plan,
    new_warning_signs,
)
from ipt_journal.vault import lock_card, search_base
from ipt_journal.vault.repository import Repository

if TYPE_CHECKING:
    from ipt_journal.vault.export import PlainDocument
    from ipt_journal.vault.vault import Vault

SCHEMA_V5 = """
CREATE TABLE support_plan_items (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    section TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL DEFAULT '',
    reach TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX support_plan_by_section ON support_plan_items (section, position);
CREATE VIRTUAL TABLE support_plan_fts USING fts5 (
    text, extra,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
)
"""

_COLUMNS = "id, uid, section, position, text, reach"


def _stamp(now: datetime | None) -> str:
    return (now or datetime.now(timezone.utc)).astimezone(timezone.utc).isoformat(timespec="seconds")


class SupportPlanRepository(Repository):

    def get(self) -> SupportPlan:
        """The whole plan, section by section in the plan's order (an empty plan when none was written)."""
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM support_plan_items ORDER BY position, id").fetchall()
        items = [PlanItem(r[2], r[4], r[5], r[0], r[1]) for r in rows if r[2] in SECTIONS]
        items.sort(key=lambda i: SECTIONS.index(i.section))  # stable: positions kept inside a section
        return SupportPlan(tuple(items))

    def save(self, plan: SupportPlan, *, now: datetime | None = None) -> SupportPlan:
        """Store the plan as given (items kept by uid, removed ones deleted), with its index, in one transaction.

        Rewrites the lock-screen card too when the member keeps one, so it never shows old numbers.
        """
        plan = clean_plan(plan)
        stamp = _stamp(now)
        saved: list[PlanItem] = []
        with self._vault.transaction() as conn:
            old = {r[0]: (r[1], r[2], r[3], r[4]) for r in conn.execute(
                "SELECT uid, id, section, text, reach FROM support_plan_items")}
            keep = {i.uid for i in plan.items}
            for uid, (item_id, *_rest) in old.items():
                if uid not in keep:
                    conn.execute("DELETE FROM support_plan_fts WHERE rowid = ?", (item_id,))
                    conn.execute("DELETE FROM support_plan_items WHERE id = ?", (item_id,))
            for position, item in enumerate(plan.items, 1):
                before = old.get(item.uid)
                if before is None:
                    cur = conn.execute(
                        "INSERT INTO support_plan_items (uid, section, position, text, reach, created_at, updated_at) "
                        "VALUES (?,?,?,?,?,?,?)",
                        (item.uid, item.section, position, item.text, item.reach, stamp, stamp),
                    )
                    item_id = int(cur.lastrowid)
                else:
                    item_id = before[0]
                    changed = (before[1], before[2], before[3]) != (item.section, item.text, item.reach)
                    conn.execute(
                        "UPDATE support_plan_items SET section=?, position=?, text=?, reach=?"
                        + (", updated_at=?" if changed else "") + " WHERE id=?",
                        (item.section, position, item.text, item.reach, *((stamp,) if changed else ()), item_id),
                    )
                self._reindex(conn, item_id)
                saved.append(item.with_changes(id=item_id))
        result = SupportPlan(tuple(saved))
        try:
            lock_card.refresh(self._vault.data_dir, result)
        except OSError:
            # The plan is saved; a card that cannot follow it must not keep showing old numbers on the
            # lock screen, so it is removed (Preferences then truthfully shows the option off).
            try:
                lock_card.disable(self._vault.data_dir)
            except OSError:
                pass
        return result

    def copy_warning_signs(self, signs: list[str]) -> int:
        """Add signs (e.g. from "A trigger I noticed") to the plan's warning signs; returns how many were new."""
        plan = self.get()
        fresh = new_warning_signs(plan, signs)
        if fresh:
            self.save(plan.with_section(WARNING_SIGNS, [*plan.section(WARNING_SIGNS), *fresh]))
        return len(fresh)

    def _reindex(self, conn, item_id: int) -> None:  # type: ignore[no-untyped-def]
        """Rebuild one item's index row from what is stored (also used after a JSON import)."""
        row = conn.execute("SELECT text, reach FROM support_plan_items WHERE id = ?", (item_id,)).fetchone()
        conn.execute("DELETE FROM support_plan_fts WHERE rowid = ?", (item_id,))
        if row is not None:
            conn.execute("INSERT INTO support_plan_fts (rowid, text, extra) VALUES (?,?,?)", (item_id, row[0], row[1]))

    def search(self, text: str, *, limit: int = 50) -> list[PlanHit]:
        """Ranked hits over every line of the plan, names and ways to reach people included."""

        def fts(match: str) -> list[PlanHit]:
            rows = self._conn.execute(
                "SELECT p.id, p.section, p.text, "
                f"snippet(support_plan_fts, -1, '{MARK_START}', '{MARK_END}', '…', 14), "
                "bm25(support_plan_fts, 4.0, 1.0) "
                "FROM support_plan_fts JOIN support_plan_items p ON p.id = support_plan_fts.rowid "
                "WHERE support_plan_fts MATCH ? ORDER BY 5 LIMIT ?",
                (match, limit),
            ).fetchall()
            return [PlanHit(r[0], r[1], r[2], r[3], float(r[4])) for r in rows]

        def plain(needle: str) -> list[PlanHit]:
            pattern = search_base.like_pattern(needle)
            rows = self._conn.execute(
                "SELECT p.id, p.section, p.text, p.text || ' ' || p.reach FROM support_plan_items p "
                "WHERE p.text LIKE ? ESCAPE '\\' OR p.reach LIKE ? ESCAPE '\\' ORDER BY p.position LIMIT ?",
                (pattern, pattern, limit),
            ).fetchall()
            return [PlanHit(r[0], r[1], r[2], search_base.marked_snippet(r[3], needle), 0.0) for r in rows]

        return search_base.search(text, fts, plain)


def plan_document(
    plan: SupportPlan, *, title: str, subtitle: str, headings: Mapping[str, str], empty: str,
) -> PlainDocument:
    """The plan as a printable document (Markdown or PDF); the words come from the ui, translated."""
    from ipt_journal.vault.export import PlainDocument, Section

    secs = []
    for key in SECTIONS:
        items = plan.section(key)
        if key in CONTACT_SECTIONS:
            lines = [f"- {i.text}" + (f": {i.reach}" if i.reach else "") for i in items]
        else:
            lines = [f"- {i.text}" for i in items]
        secs.append(Section(headings.get(key, key), "", ((None, "\n".join(lines) or empty),)))
    return PlainDocument(title, subtitle, tuple(secs), len(plan.items), str(len(plan.items)))


def write_plan_markdown(plan_doc: PlainDocument, dest) -> None:  # type: ignore[no-untyped-def]
    """Markdown written atomically straight to dest (the member chose an unencrypted copy)."""
    from ipt_journal.vault.atomic import atomic_write_bytes
    from ipt_journal.vault.export import document_markdown

    atomic_write_bytes(dest, document_markdown(plan_doc))
