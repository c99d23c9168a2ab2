"""The statement coach under its old name; the rules live in ipt_journal.domain.coach."""

from __future__ import annotations

from ipt_journal.domain import coach
from ipt_journal.domain.coach import *  # noqa: F403 (the same names, for older imports)

__all__ = list(coach.__all__)
