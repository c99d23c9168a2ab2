"""Markdown export: a date range or chosen entries, a heading per entry, names replaced when asked."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ipt_journal.domain.entries import Entry, Feeling
from ipt_journal.vault import export
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.vault import Vault

T0 = datetime(2024, 5, 1, 19, 0).astimezone()


def fill(vault: Vault) -> list[Entry]:
    repo = JournalRepository(vault)
    return [
        repo.save(Entry(kind="free", entry_at=T0, title="First night", body="Sam looked away when I spoke.")),
        repo.save(Entry(kind="feedback", entry_at=T0 + timedelta(days=1),
                        fields={"direction": "received", "who": "Sam, JT", "said": "JT said I sound far away",
                                "reaction": "I felt hurt; sam didn't notice"}, tags=("group",),
                        feelings=(Feeling("hurt", 6),))),
        repo.save(Entry(kind="free", entry_at=T0 + timedelta(days=2), body="Talked with Alex and Samantha.")),
        repo.save(Entry(kind="free", entry_at=T0 + timedelta(days=10), body="Later entry")),
    ]


def test_markdown_range_headings_and_names(vault: Vault, tmp_path: Path) -> None:
    entries = fill(vault)
    JournalRepository(vault).move_to_trash(entries[2].id)  # type: ignore[arg-type]
    out = tmp_path / "out" / "journal.md"
    out.parent.mkdir()
    n = export.write_markdown_export(vault, out, date_from=T0, date_to=T0 + timedelta(days=5), names=["Alex"])
    assert n == 2  # the trashed one and the later one are left out
    text = out.read_text(encoding="utf-8")
    assert text.count("\n## ") == 2
    assert "## 2024-05-01 19:00 — First night" in text
    assert "Sam" not in text and "JT" not in text and "sam " not in text
    assert "Member A looked away" in text and "Member B said I sound far away" in text
    assert "Member A didn't notice" in text
    assert "**What was said:**" in text and "feelings: hurt (6/10)" in text
    assert sorted(p.name for p in out.parent.iterdir()) == ["journal.md"]  # nothing plain anywhere else


def test_names_are_kept_unless_asked_and_partial_words_are_left(vault: Vault, tmp_path: Path) -> None:
    entries = fill(vault)
    out = tmp_path / "all.md"
    export.write_markdown_export(vault, out, ids=[entries[2].id])  # type: ignore[list-item]
    assert "Alex and Samantha" in out.read_text(encoding="utf-8")
    export.write_markdown_export(vault, out, ids=[entries[2].id], names=["Sam", "Alex"])  # type: ignore[list-item]
    text = out.read_text(encoding="utf-8")
    assert "Member B and Samantha" in text  # "Sam" inside "Samantha" is not a name match


def test_labels_never_get_replaced_again() -> None:
    replace = export.pseudonymizer(export.member_names([], ["A", "Member", "B"]))
    assert replace("A met B, the Member.") == "Member A met Member C, the Member B."


# -- the agenda and goals ------------------------------------------------------------

from ipt_journal.domain.agenda import AgendaItem, Outcome  # noqa: E402
from ipt_journal.domain.goals import CheckIn, Goal  # noqa: E402
from ipt_journal.vault.agenda import AgendaRepository, SessionRepository  # noqa: E402
from ipt_journal.vault.goals import GoalRepository  # noqa: E402

NOW = T0 + timedelta(days=30)


def fill_agenda(vault: Vault) -> dict[str, int]:
    """Two past sessions (one with outcomes and a debrief, one with nothing), one future; three open items."""
    fill(vault)  # the feedback form names Sam and JT
    sessions, agenda = SessionRepository(vault), AgendaRepository(vault)
    s1 = sessions.add_extra(T0 + timedelta(days=7), 90)
    sessions.add_extra(T0 + timedelta(days=14), 90)  # nothing recorded: left out
    sessions.add_extra(NOW + timedelta(days=3), 90)  # still to come: left out
    first = agenda.add(AgendaItem(text="Tell Sam I feel ignored", why="It keeps happening",
                                  draft="I notice I go quiet when Sam talks over me"), now=T0)
    second = agenda.add(AgendaItem(text="Ask JT about the silence"), now=T0)
    raised = agenda.add(AgendaItem(text="Say I might leave"), now=T0)
    agenda.record_outcome(Outcome(int(first.id), "carried", T0 + timedelta(days=7), s1,  # type: ignore[arg-type]
                                  what_happened="Ran out of time", felt="relieved, then sad"))
    agenda.record_outcome(Outcome(int(raised.id), "raised", T0 + timedelta(days=7), s1,  # type: ignore[arg-type]
                                  "I said it plainly", "shaky", "JT said he would miss me"))
    sessions.save_debrief(s1, {"noticed": "My hands were cold when Sam looked at me"})
    agenda.update(replace(agenda.get(int(first.id)), feeling_note="scared", chosen=True))  # type: ignore[arg-type]
    agenda.move(int(second.id), 0)  # type: ignore[arg-type]
    return {"s1": s1}


def test_agenda_markdown_open_items_in_order_then_past_sessions(vault: Vault, tmp_path: Path) -> None:
    fill_agenda(vault)
    out = tmp_path / "agenda.md"
    n = export.write_markdown_export(vault, out, what="agenda")
    text = out.read_text(encoding="utf-8")
    assert n == 3  # two open items and one past session with something recorded
    assert text.startswith("# My list for next session\n")
    assert text.index("## Open items") < text.index("### 1. Ask JT about the silence") \
        < text.index("### 2. Tell Sam I feel ignored") < text.index("## Past sessions")
    assert "Say I might leave" not in text.split("## Past sessions")[0]  # raised: no longer open
    for part in ("**Why it matters to me:**\nIt keeps happening", "**How I might say it:**\nI notice I go quiet",
                 "**How I feel about raising it:**\nscared", "waited 1 session",
                 "one of the things that matter most this time", "Ran out of time · relieved, then sad"):
        assert part in text, part
    past = text.split("## Past sessions")[1]
    assert past.count("\n### ") == 1 and "extra session" in past
    assert "**Say I might leave — I raised it:**" in past
    assert "- What happened: I said it plainly" in past and "- What I felt: shaky" in past
    assert "- Feedback: JT said he would miss me" in past
    assert "**What I noticed:**\nMy hands were cold" in past


def test_agenda_and_goals_replace_names_from_the_whole_journal(vault: Vault, tmp_path: Path) -> None:
    fill_agenda(vault)
    goals = GoalRepository(vault)
    goals.create(Goal(title="Tell Sam how I feel", why="Sam reminds me of my brother", observable="I say it to Alex"))
    out = tmp_path / "x.md"
    export.write_markdown_export(vault, out, what="agenda", names=["Alex"])
    text = out.read_text(encoding="utf-8")
    # Sam and JT come from the feedback form (in the order they appear there); Alex was added.
    assert "Sam" not in text and "JT" not in text
    assert "Tell Member A I feel ignored" in text and "Member B said he would miss me" in text
    export.write_markdown_export(vault, out, what="goals", names=["Alex"])
    text = out.read_text(encoding="utf-8")
    assert "Sam" not in text and "Alex" not in text
    assert "### Tell Member A how I feel" in text and "I say it to Member C" in text
    export.write_markdown_export(vault, out, what="goals")  # names kept unless asked
    assert "### Tell Sam how I feel" in out.read_text(encoding="utf-8")


def test_goals_markdown_headings_check_ins_and_reflection(vault: Vault, tmp_path: Path) -> None:
    repo = GoalRepository(vault)
    speak = repo.create(Goal(title="Speak up once per session", why="I disappear in groups",
                             observable="I say one thing before the break", horizon="short"), now=T0)
    repo.add_checkin(CheckIn(int(speak.id), T0 + timedelta(days=7), direction=1, score=4, note="said one thing"))  # type: ignore[arg-type]
    repo.add_checkin(CheckIn(int(speak.id), T0 + timedelta(days=14), note="only a note"))  # type: ignore[arg-type]
    repo.create(Goal(title="Feel less alone", horizon="long"), now=T0)
    done = repo.create(Goal(title="Say no to overtime", horizon="short"), now=T0)
    repo.set_status(int(done.id), "achieved", reflection="It was easier than I feared", now=T0 + timedelta(days=20))  # type: ignore[arg-type]
    out = tmp_path / "goals.md"
    n = export.write_markdown_export(vault, out, what="goals")
    text = out.read_text(encoding="utf-8")
    assert n == 3 and text.startswith("# My goals\n")
    assert text.index("## Short-term") < text.index("### Speak up once per session") < text.index("## Long-term") \
        < text.index("### Feel less alone") < text.index("## Closed") < text.index("### Say no to overtime")
    assert "*Short-term · Active · set Wed 01 May 2024*" in text
    assert "**Why it matters:**\nI disappear in groups" in text
    assert "**How I will notice it happening:**\nI say one thing before the break" in text
    assert "**Check-ins:**\n- Wed 08 May 2024: moving toward · 4/10 — said one thing\n- Wed 15 May 2024: only a note" in text
    assert "Achieved · set Wed 01 May 2024 · achieved Tue 21 May 2024" in text
    assert "**Looking back:**\nIt was easier than I feared" in text


def test_empty_agenda_and_goals_explain_themselves(vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "e.md"
    assert export.write_markdown_export(vault, out, what="agenda") == 0
    text = out.read_text(encoding="utf-8")
    assert "Nothing is waiting on your list." in text and "Nothing is recorded from past sessions yet." in text
    assert export.write_markdown_export(vault, out, what="goals") == 0
    assert "You have not written down any goals yet." in out.read_text(encoding="utf-8")
    doc = export.plain_document(vault, "goals")
    assert doc.summary == "0 goals" and doc.subtitle.startswith("Written out on ")


def test_dates_and_chosen_entries_belong_to_entries_only(vault: Vault) -> None:
    for what in ("agenda", "goals"):
        with pytest.raises(ValueError):
            export.plain_document(vault, what, date_from=T0)
        with pytest.raises(ValueError):
            export.plain_document(vault, what, ids=[1])
    with pytest.raises(ValueError):
        export.plain_document(vault, "everything")


def test_chosen_entries_keep_date_order_and_skip_deleted_ones(vault: Vault, tmp_path: Path) -> None:
    entries = fill(vault)
    repo = JournalRepository(vault)
    repo.move_to_trash(entries[1].id)  # type: ignore[arg-type]
    repo.empty_trash()  # gone for good after it was picked
    doc = export.plain_document(vault, ids=[entries[3].id, entries[1].id, entries[0].id, entries[0].id])  # type: ignore[list-item]
    assert [s.heading[:10] for s in doc.sections] == ["2024-05-01", "2024-05-11"]
    assert doc.summary == "2 entries"
    midnight = T0.replace(hour=0)
    doc = export.plain_document(vault, date_from=midnight, date_to=midnight + timedelta(days=1))
    assert doc.summary == "1 entry" and doc.subtitle.startswith("Entries from Wed 01 May 2024 to Wed 01 May 2024.")


def test_agenda_outcomes_whose_session_was_removed_are_kept(vault: Vault, tmp_path: Path) -> None:
    sessions, agenda = SessionRepository(vault), AgendaRepository(vault)
    sid = sessions.add_extra(T0, 60)
    item = agenda.add(AgendaItem(text="Ask for feedback"), now=T0)
    agenda.record_outcome(Outcome(int(item.id), "raised", T0, sid, "They listened"))  # type: ignore[arg-type]
    with vault.transaction() as conn:
        conn.execute("DELETE FROM sessions WHERE id = ?", (sid,))
    text = tmp_path / "a.md"
    export.write_markdown_export(vault, text, what="agenda")
    body = text.read_text(encoding="utf-8")
    assert "### Wed 01 May 2024" in body and "*not tied to a session*" in body
    assert "- Ask for feedback — I raised it: They listened" in body
