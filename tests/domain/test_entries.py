"""An entry's first line: what the timeline and search show for it."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from ipt_journal.domain.entries import Entry, stored_fields

AT = datetime(2026, 11, 1, 20, 0, tzinfo=timezone.utc)


def _as_stored(kind: str, fields: dict[str, str]) -> dict[str, str]:
    """What the vault gives back: keys sorted (json.dumps(sort_keys=True)), choices by key."""
    return json.loads(json.dumps(stored_fields(kind, fields), sort_keys=True))


def test_an_untitled_form_entry_shows_its_first_written_field_not_the_alphabetical_one() -> None:
    held = Entry(kind="avoided", entry_at=AT, fields=_as_stored("avoided", {
        "held_back": "That I was hurt when J. left early", "feeling": "anger", "imagined": "They would laugh"}))
    assert held.first_line() == "That I was hurt when J. left early"  # not "anger" (feeling < held_back)
    feedback = Entry(kind="feedback", entry_at=AT, fields=_as_stored("feedback", {
        "direction": "received", "agree": "partly", "said": "You go quiet when it matters", "reaction": "Stung"}))
    assert feedback.first_line() == "You go quiet when it matters"  # not "partly" or "received"
    moment = Entry(kind="moment", entry_at=AT, fields=_as_stored("moment", {
        "where": "in_group", "action": "Looked at the floor", "what_happened": "R. asked me a question"}))
    assert moment.first_line() == "R. asked me a question"


def test_choices_and_unknown_fields_come_last_and_title_and_body_first() -> None:
    only_choice = Entry(kind="feedback", entry_at=AT, fields={"agree": "partly"})
    assert only_choice.first_line() == "partly"
    old_import = Entry(kind="moment", entry_at=AT, fields={"zz_note": "kept from an old export", "where": ""})
    assert old_import.first_line() == "kept from an old export"
    titled = Entry(kind="avoided", entry_at=AT, title="  # After Thursday", fields={"held_back": "x"})
    assert titled.first_line() == "After Thursday"
    bodied = Entry(kind="avoided", entry_at=AT, body="\n\n- first words\nmore", fields={"held_back": "x"})
    assert bodied.first_line() == "first words"
