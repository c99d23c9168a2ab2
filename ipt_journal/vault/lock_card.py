"""The lock-screen card: the member's opt-in copy of the people and services they can reach.

The only plan text ever kept outside the vault, in its own 0600 file beside it, written
atomically; the file's existence is the opt-in itself, so it can be read while locked.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from ipt_journal.domain.support import CONTACT_SECTIONS, LOCK_CARD_SECTIONS, MAX_REACH, MAX_TEXT, PlanItem, SupportPlan
from ipt_journal.vault.atomic import ensure_private_dir, write_internal_bytes

CARD_NAME = "support-card.json"
FORMAT = "ipt-journal-lock-card"
VERSION = 1
MAX_BYTES = 256 * 1024


@dataclass(frozen=True)
class CardContact:
    section: str  # people or professionals
    name: str
    reach: str


def card_path(data_dir: Path) -> Path:
    return data_dir / CARD_NAME


def is_enabled(data_dir: Path) -> bool:
    return card_path(data_dir).is_file()


def card_bytes(plan: SupportPlan) -> bytes:
    """Exactly the two sections' names and ways to reach them, and nothing else of the plan."""
    contacts = {
        key: [{"name": i.text, "reach": i.reach} for i in plan.section(key)]
        for key in LOCK_CARD_SECTIONS
    }
    doc = {"format": FORMAT, "version": VERSION, "contacts": contacts}
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


def enable(data_dir: Path, plan: SupportPlan) -> None:
    """Write (or rewrite) the card from the plan, atomically, readable by the member only."""
    ensure_private_dir(data_dir)
    write_internal_bytes(card_path(data_dir), card_bytes(plan))


def refresh(data_dir: Path, plan: SupportPlan) -> bool:
    """Rewrite the card if the member chose to keep one; True if it was rewritten."""
    if not is_enabled(data_dir):
        return False
    enable(data_dir, plan)
    return True


def disable(data_dir: Path) -> None:
    """Remove the card (and a temp file a crash may have left); nothing stays outside the vault."""
    for path in (card_path(data_dir), card_path(data_dir).with_name(f".{CARD_NAME}.tmp")):
        try:
            os.unlink(path)
        except FileNotFoundError:
            pass


def read(data_dir: Path) -> list[CardContact] | None:
    """The card's contacts, or None when there is no card or it cannot be read (a damaged card shows nothing)."""
    path = card_path(data_dir)
    try:
        if path.stat().st_size > MAX_BYTES:
            return None
        doc = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or not isinstance(doc.get("contacts"), dict):
        return None
    out: list[CardContact] = []
    for key in LOCK_CARD_SECTIONS:
        rows = doc["contacts"].get(key)
        for row in rows if isinstance(rows, list) else []:
            if isinstance(row, dict) and isinstance(row.get("name"), str) and isinstance(row.get("reach", ""), str):
                out.append(CardContact(key, row["name"][:MAX_TEXT], str(row.get("reach", ""))[:MAX_REACH]))
    return out


def as_items(contacts: list[CardContact]) -> list[PlanItem]:
    return [PlanItem(c.section, c.name, c.reach) for c in contacts if c.section in CONTACT_SECTIONS]
