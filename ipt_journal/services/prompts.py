"""Which prompt to offer now: the library, the member's hidden/pinned/custom prompts and what they wrote."""

from __future__ import annotations

import random
from datetime import datetime

from ipt_journal.domain.prompts import Prompt, choose_prompt
from ipt_journal.services.group import Group
from ipt_journal.services.session import Session

CUSTOM_PREFIX = "custom:"


def custom_prompts(session: Session) -> list[Prompt]:
    assert session.prompt_prefs is not None
    return [
        Prompt(
            id=f"{CUSTOM_PREFIX}{uid}", text=text, suggestion=suggestion, set_key="custom",
            when=frozenset(), phases=frozenset(), custom=True,
        )
        for uid, text, suggestion in session.prompt_prefs.custom()
    ]


def find_prompt(session: Session, prompt_id: str) -> Prompt | None:
    if prompt_id.startswith(CUSTOM_PREFIX):
        return next((p for p in custom_prompts(session) if p.id == prompt_id), None)
    return session.library.by_id(prompt_id)


def prompt_for_now(
    session: Session, *, previous_id: str | None, rng: random.Random, now: datetime | None = None,
    group: Group | None = None,
) -> Prompt | None:
    """`group` lets a screen share the sessions it has already read."""
    assert session.journal is not None and session.prompt_prefs is not None
    now = now or datetime.now().astimezone()
    group = group or Group(session)
    timing = group.prompt_timing(now) if group.schedule() else "midweek"
    return choose_prompt(
        session.library,
        timing=timing,
        phase=group.phase(now, timing),
        last_written=session.journal.last_written_by_suggestion(),
        now=now,
        hidden=session.prompt_prefs.hidden(),
        pinned=session.prompt_prefs.pinned(),
        custom=custom_prompts(session),
        previous_id=previous_id,
        rng=rng,
    )
