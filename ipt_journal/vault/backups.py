"""Automatic backups: at most one a day into backups/, verified, then rotated (7 daily, 8 weekly)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ipt_journal.vault.backup import BACKUP_SUFFIX, BackupInfo
from ipt_journal.vault.vault import Vault

AUTO_PREFIX = "auto-"
KEEP_DAILY = 7
KEEP_WEEKLY = 8
_NAME = re.compile(r"^auto-(\d{8}-\d{6})" + re.escape(BACKUP_SUFFIX) + "$")


@dataclass(frozen=True)
class AutoBackup:
    path: Path
    made: datetime


def auto_backups(folder: Path) -> list[AutoBackup]:
    """Our automatic backups in folder, oldest first. Other files (manual, before-migration) are ignored."""
    found = []
    if not folder.is_dir():
        return []
    for p in folder.iterdir():
        m = _NAME.match(p.name)
        if m:
            try:
                found.append(AutoBackup(p, datetime.strptime(m.group(1), "%Y%m%d-%H%M%S")))
            except ValueError:
                continue
    return sorted(found, key=lambda b: b.made)


def to_keep(made: list[datetime], keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY) -> set[datetime]:
    """The newest backup of each of the last keep_daily days that have one, and of the last keep_weekly weeks."""
    newest_per_day: dict[date, datetime] = {}
    newest_per_week: dict[tuple[int, int], datetime] = {}
    for m in sorted(made):
        newest_per_day[m.date()] = m
        newest_per_week[tuple(m.isocalendar())[:2]] = m  # type: ignore[index]
    days = sorted(newest_per_day, reverse=True)[:keep_daily]
    weeks = sorted(newest_per_week, reverse=True)[:keep_weekly]
    return {newest_per_day[d] for d in days} | {newest_per_week[w] for w in weeks}


def daily_backup(vault: Vault, *, now: datetime | None = None) -> BackupInfo | None:
    """Write today's automatic backup unless there is one; verify it, then rotate older ones.

    Returns the new backup's info, or None when today's backup already exists.
    """
    now = (now or datetime.now().astimezone()).replace(microsecond=0)
    local = now.replace(tzinfo=None)
    folder = vault.backups_dir()
    existing = auto_backups(folder)
    if any(b.made.date() == local.date() for b in existing):
        return None
    dest = folder / f"{AUTO_PREFIX}{local:%Y%m%d-%H%M%S}{BACKUP_SUFFIX}"
    info = vault.backup_to(dest)
    try:
        vault.verify_own_backup(dest, info.counts, info.digest)
    except Exception:
        dest.unlink(missing_ok=True)
        raise
    rotate(folder)
    return info


def rotate(folder: Path, keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY) -> list[Path]:
    """Remove automatic backups outside the daily and weekly windows; returns what was removed."""
    backups = auto_backups(folder)
    keep = to_keep([b.made for b in backups], keep_daily, keep_weekly)
    removed = []
    for b in backups:
        if b.made not in keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed
