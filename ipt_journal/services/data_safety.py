"""Backups, restore, export and import as use cases for the GUI and the command line. No Qt.

Long tasks take a progress callback (done, total) that may raise export.Cancelled.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ipt_journal.domain.entries import EntrySummary, TimelineFilter
from ipt_journal.vault import documents
from ipt_journal.vault import backup, backups, documents, importers, json_export, migrations
from ipt_journal.vault.errors import VaultError
from ipt_journal.vault.import_files import ImportFailed  # noqa: F401 (re-exported)
from ipt_journal.vault.instance import InstanceLock
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.progress import Cancelled, Progress  # noqa: F401 (re-exported)
from ipt_journal.vault.targets import check_target, write_requested
from ipt_journal.vault.vault import Vault, check_folder_is_private

PLAINTEXT_WARNING = (
    "The exported file is not encrypted: anyone who can open the file can read it. "
    "Keep it somewhere private, and delete it when you no longer need it."
)
EXPORT_FORMATS = ("json", "md", "pdf")
PlainDocument, Section = documents.PlainDocument, documents.Section  # what the UI renders
EXPORT_WHAT = documents.WHAT  # entries, agenda, goals (md and pdf)
IMPORT_FORMATS = importers.FORMATS


def daily_backup_quietly(vault: Vault, *, now: datetime | None = None) -> str | None:
    """After each unlock, off the UI thread: every page of the journal's file is checked, then today's
    automatic backup is made if not made yet. A problem never blocks unlocking: it is returned as a sentence."""
    if vault.page_problems():
        return (
            "A part of your journal's file is damaged, so no automatic backup was made over your good ones. "
            f"Please restore your journal from a backup (your backups are in {vault.backups_dir()})."
        )
    try:
        backups.daily_backup(vault, now=now)
    except (VaultError, OSError) as exc:
        sys.stderr.write(f"ipt-journal: daily backup: {type(exc).__name__}: {exc}\n")
        if isinstance(exc, VaultError):
            return f"Today's automatic backup could not be made ({exc}). Your journal itself is fine."
        return (
            "Today's automatic backup could not be made (the backups folder could not be written). "
            "Your journal itself is fine; check that the disk has room."
        )
    return None


def backup_file_name(now: datetime | None = None) -> str:
    return f"ipt-journal-{(now or datetime.now()):%Y-%m-%d-%H%M%S}{backup.BACKUP_SUFFIX}"


def back_up_to(
    vault: Vault, folder: Path, *, now: datetime | None = None, progress: Progress | None = None
) -> backup.BackupInfo:
    """An encrypted backup into any folder, read back and checked before this returns. May be cancelled.

    The folder may not be inside the journal's own folder (a backup there is lost with it).
    """
    dest = check_target(folder / backup_file_name(now), overwrite=False, protected=[vault.data_dir], new_folder=True)
    info = vault.backup_to(dest, progress=progress)
    try:
        vault.verify_own_backup(dest, info.counts)
    except VaultError:
        dest.unlink(missing_ok=True)
        raise
    return info


def restore(
    data_dir: Path, archive: Path, *, passphrase: str | None = None, recovery_code: str | None = None,
    now: datetime | None = None, lock: InstanceLock | None = None,
) -> backup.BackupInfo:
    """Replace the (closed) vault in data_dir with a backup; the current files are kept in backups/ first.

    The caller holds the instance lock (pass it as lock, or it is found among this process's locks)
    and has locked the session. The lock is re-checked before anything is replaced.
    """
    check_folder_is_private(data_dir)

    def still_ours() -> None:
        if lock is not None:
            lock.check_still_ours()
        InstanceLock.check_held(data_dir)

    return backup.restore_backup(
        data_dir, archive, passphrase=passphrase, recovery_code=recovery_code,
        latest_schema=migrations.LATEST_VERSION, now=now, before_replacing=still_ours,
    )


@dataclass(frozen=True)
class ExportRequest:
    """What a plain export holds: entries (a date range [from, to) or chosen ids), the agenda, or goals.

    names=None keeps names as written; a list (even empty) replaces other members' names with Member A, B...
    """

    what: str = "entries"
    date_from: datetime | None = None
    date_to: datetime | None = None
    ids: Sequence[int] | None = None
    names: Sequence[str] | None = None

    @property
    def is_everything(self) -> bool:
        return self == ExportRequest()


def export_to(
    vault: Vault, fmt: str, dest: Path, *, progress: Progress | None = None, overwrite: bool = True, **selection: Any
) -> int:
    """JSON (everything) or Markdown (what ExportRequest(**selection) names); returns what was written.

    PDF is drawn by the UI layer (Qt) from the same plain_document().
    """
    request = ExportRequest(**selection)
    if fmt == "json":
        if not request.is_everything:
            raise ValueError("a JSON export always holds everything, as written")
        return json_export.write_json_export(vault, dest, progress=progress, overwrite=overwrite)
    if fmt == "md":
        doc = document_for(vault, request, progress=progress)
        write_requested(dest, documents.document_markdown(doc), overwrite=overwrite, protected=[vault.data_dir])
        return doc.count
    raise ValueError(f"unknown export format {fmt}")


def document_for(vault: Vault, request: ExportRequest, *, progress: Progress | None = None) -> documents.PlainDocument:
    """The one document function: what a Markdown or PDF export (and the review of a list) holds."""
    return documents.plain_document(
        vault, request.what, date_from=request.date_from, date_to=request.date_to, ids=request.ids,
        names=request.names, progress=progress,
    )


def plain_document(
    vault: Vault, what: str = "entries", *, progress: Progress | None = None, **selection: Any
) -> documents.PlainDocument:
    """What a Markdown or PDF export holds, for callers that render it themselves (PDF)."""
    return document_for(vault, ExportRequest(what, **selection), progress=progress)


def review_document(vault: Vault, status_line: str = "") -> documents.PlainDocument:
    """The review before group (the chosen items of the list), worded as the exports word them."""
    return documents.review_document(vault, status_line)


def write_document_bytes(data: bytes, dest: Path, *, overwrite: bool = True) -> None:
    """A rendered document (a PDF) written straight to dest: checked, complete or not at all (vault.targets)."""
    write_requested(dest, data, overwrite=overwrite)


def write_markdown(doc: documents.PlainDocument, dest: Path, *, overwrite: bool = True) -> None:
    """overwrite=True only when the member was asked (the GUI's save dialog; --force on the command line)."""
    write_requested(dest, documents.document_markdown(doc), overwrite=overwrite)


def entries_to_choose(vault: Vault, limit: int = 100_000) -> list[EntrySummary]:
    """The timeline, newest first, for picking entries one by one."""
    return JournalRepository(vault).timeline(TimelineFilter(), limit=limit)


def import_from(vault: Vault, fmt: str, paths: Sequence[Path], *, progress: Progress | None = None) -> importers.ImportResult:
    return importers.import_files(vault, fmt, paths, progress=progress)


def backups_left_behind(data_dir: Path) -> list[Path]:
    """Backups in data_dir/backups/ when the journal's own files are gone, newest first.

    Then the app offers to restore one instead of starting a new, empty journal.
    """
    from ipt_journal.vault.vault import VaultState, state

    folder = data_dir / "backups"
    if state(data_dir) is not VaultState.NONE or not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"*{backup.BACKUP_SUFFIX}") if p.is_file() and not p.name.startswith(".")]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def use_document_words(words: dict[str, str], *, day=None, when=None) -> None:  # type: ignore[no-untyped-def]
    """The words (and date formats) every Markdown/PDF document is made with, from the UI's language."""
    documents.use_words(words, day=day, when=when)
