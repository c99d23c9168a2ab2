"""Calm words for what went wrong: what happened, that nothing was lost, what to do; detail to stderr only.

A member never sees an exception's name or our technical words; the vault's own sentences are
English and technical, so the screens say these instead and the detail goes to standard error.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication

from ipt_journal.domain.translatable import QT_TRANSLATE_NOOP

from ipt_journal.vault.errors import (
    CannotWrite,
    KeyFileDamaged,
    NotFound,
    TargetRefused,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultInUse,
    VaultLocked,
    WeakSetup,
    WrongPassphrase,
)


def to_stderr(where: str, exc: BaseException) -> None:
    """The technical side, for whoever looks at the terminal: never member text (no repr, no traceback)."""
    detail = ""
    if isinstance(exc, VaultError):
        detail = f": {exc}"  # the vault's sentences never carry member text or secrets
    elif isinstance(exc, OSError):
        detail = f": errno {exc.errno} {exc.strerror or ''}".rstrip()
    sys.stderr.write(f"ipt-journal: {where}: {type(exc).__name__}{detail}\n")


# What each kind of failure says, in order: the first that fits (its type, and a phrase in its own
# English sentence where one type covers several cases) is the one shown.
_SENTENCES: tuple[tuple[type[BaseException] | tuple[type[BaseException], ...], str, str], ...] = (
    (WrongPassphrase, "",
     QT_TRANSLATE_NOOP("CalmErrors", "That doesn't open this journal, and nothing was changed. Check it and try again.")),
    (VaultInUse, "",
     QT_TRANSLATE_NOOP("CalmErrors", "Your journal is already open in another window, and nothing was changed. Use that window, or "
         "close it first.")),
    (VaultExists, "",
     QT_TRANSLATE_NOOP("CalmErrors", "There is already a journal in this folder, so nothing new was made and nothing was changed. "
         "Open it from the lock screen instead.")),
    (VaultLocked, "",
     QT_TRANSLATE_NOOP("CalmErrors", "Your journal is locked, so nothing was changed. Unlock it and try again.")),
    (NotFound, "",
     QT_TRANSLATE_NOOP("CalmErrors", "That is no longer in your journal. Nothing else was changed.")),
    (WeakSetup, "",
     QT_TRANSLATE_NOOP("CalmErrors", "This copy of IPT Journal could not lock your journal as safely as it should on this computer, "
         "so it stopped before anything was written; nothing in your journal was changed. Reinstalling the "
         "app usually fixes this.")),
    (VaultDamaged, "other users",
     QT_TRANSLATE_NOOP("CalmErrors", "Other people on this computer could change the journal's folder, so it was not opened and "
         "nothing was changed. Make the folder private to you, then try again.")),
    (VaultDamaged, "newer version",
     QT_TRANSLATE_NOOP("CalmErrors", "This journal was saved by a newer version of IPT Journal. Nothing was changed; update the app "
         "to open it.")),
    (KeyFileDamaged, "",
     QT_TRANSLATE_NOOP("CalmErrors", "The journal's key file is damaged, so the journal cannot be opened; this has nothing to do with "
         "your passphrase. Nothing was changed. You can bring your journal back from a backup.")),
    (VaultDamaged, "",
     QT_TRANSLATE_NOOP("CalmErrors", "Some of the journal's files could not be read: they may be damaged or missing. Nothing was "
         "changed. You can bring your journal back from a backup.")),
    (TargetRefused, "",
     QT_TRANSLATE_NOOP("CalmErrors", "The journal keeps nothing of this kind in that place (it is the journal's own folder, or a link "
         "to somewhere else). Nothing was written; choose another place.")),
    ((CannotWrite, OSError), "",
     QT_TRANSLATE_NOOP("CalmErrors", "The computer would not let the journal write here (the disk may be full, or the folder may not "
         "allow it). Nothing was lost.")),
)


def explain(exc: BaseException) -> str:
    """One or two calm sentences for exc, in the member's language (the caller adds what to do next)."""
    said = str(exc).lower()
    for kind, phrase, sentence in _SENTENCES:
        if isinstance(exc, kind) and phrase in said:
            return QCoreApplication.translate("CalmErrors", sentence)
    return QCoreApplication.translate("CalmErrors", "Something unexpected happened. Nothing you saved was lost.")
