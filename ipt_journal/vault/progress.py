"""How long vault work reports progress and is cancelled (shared by backups, exports and imports)."""

from __future__ import annotations

from collections.abc import Callable

# progress(done, total): total 0 means unknown. It may raise Cancelled to stop the work.
Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """The member cancelled a long task; nothing was written."""
