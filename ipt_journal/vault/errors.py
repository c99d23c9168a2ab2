"""The narrow exceptions the vault raises; none of them ever carries a key, passphrase or member text."""

from __future__ import annotations


class VaultError(Exception):
    """Base class. str(exc) is one sentence a member can read."""


class NoVault(VaultError):
    """There is no vault in the chosen folder."""


class VaultExists(VaultError):
    """A vault (or part of one) is already in the chosen folder."""


class WrongPassphrase(VaultError):
    """The passphrase or recovery code does not open this vault."""


class VaultDamaged(VaultError):
    """The database or key file is missing, unreadable or not what it should be."""


class VaultInUse(VaultError):
    """Another IPT Journal process has this vault open."""


class VaultLocked(VaultError):
    """An operation needed an open vault, but it is locked."""


class WeakSetup(VaultError):
    """The SQLCipher build or a pragma is weaker than we accept."""


class NotFound(VaultError):
    """A record asked for does not exist (any more)."""


class CannotWrite(VaultError, OSError):
    """A place cannot be written (full, read-only, an I/O error): the place is the problem, not the journal.

    Also an OSError, so callers that catch the system's error keep working."""


class TargetRefused(CannotWrite):
    """A file the member asked for would land somewhere the app never writes (the journal's folder, a link…)."""


class KeyFileDamaged(VaultDamaged):
    """The key file fails its own check (a flipped bit, swapped slots, a changed vault id): not a wrong secret."""
