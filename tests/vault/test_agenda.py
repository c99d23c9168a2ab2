from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from ipt_journal.domain.agenda import AgendaItem, Outcome, gentle_mirror
from ipt_journal.domain.entries import Entry
from ipt_journal.vault.agenda import AgendaRepository, SessionRepository
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.vault import Vault

BERLIN = ZoneInfo("Europe/Berlin")


def test_add_reorder_carry_over_and_debrief(vault: Vault) -> None:
    agenda = AgendaRepository(vault)
    sessions = SessionRepository(vault)
    entry = JournalRepository(vault).save(Entry(kind="avoided", entry_at=datetime.now().astimezone(), body="x"))
    a = agenda.add(AgendaItem("I felt ignored by M", why="it keeps happening", entry_id=entry.id, suggestion=6))
    b = agenda.add(AgendaItem("Ask for feedback on how I come across", suggestion=7))
    c = agenda.add(AgendaItem("Say I appreciated L's honesty"))
    assert [i.id for i in agenda.open_items()] == [a.id, b.id, c.id]
    agenda.move(c.id, 0)
    agenda.move(a.id, 5)
    assert [i.id for i in agenda.open_items()] == [c.id, b.id, a.id]

    sid = sessions.add_extra(datetime(2026, 10, 8, 18, 0, tzinfo=BERLIN), 90)
    agenda.update(agenda.get(a.id).__class__(**{**agenda.get(a.id).__dict__, "chosen": True, "feeling_note": "nervous"}))
    assert agenda.get(a.id).chosen and agenda.get(a.id).feeling_note == "nervous"
    for week in range(3):
        agenda.record_outcome(Outcome(a.id, "carried", datetime(2026, 10, 8 + 7 * week, 20, 0, tzinfo=BERLIN), sid))
    item = agenda.get(a.id)
    assert item.carried == 3 and item.status == "open" and not item.chosen
    assert gentle_mirror(item) is not None
    agenda.record_outcome(Outcome(b.id, "raised", datetime(2026, 10, 8, 20, 0, tzinfo=BERLIN), sid,
                                  what_happened="Two people said I seem calm", felt="surprised", feedback="calm"))
    agenda.record_outcome(Outcome(c.id, "dropped", datetime(2026, 10, 8, 20, 0, tzinfo=BERLIN), sid))
    assert [i.id for i in agenda.open_items()] == [a.id]
    assert agenda.get(b.id).status == "raised" and agenda.get(c.id).status == "dropped"
    history = agenda.for_session(sid)
    assert {o.outcome for _, o in history} == {"carried", "raised", "dropped"}
    assert [len(agenda.outcomes(a.id)), len(agenda.outcomes(b.id))] == [3, 1]
    # history is searchable, including what happened
    assert [i.id for i in agenda.search("seem calm")] == [b.id]
    assert [i.id for i in agenda.search("ignored")] == [a.id]
    for odd in ['"', "NEAR(", "😊", "-x"]:
        assert isinstance(agenda.search(odd), list)
    # deleting the linked entry keeps the item
    JournalRepository(vault).move_to_trash(entry.id)
    JournalRepository(vault).empty_trash()
    assert agenda.get(a.id).entry_id is None


def test_sessions_move_cancel_attend_and_debrief(vault: Vault) -> None:
    sessions = SessionRepository(vault)
    start = datetime(2026, 10, 1, 18, 0, tzinfo=BERLIN)
    added = sessions.ensure_scheduled([(start.date() + timedelta(days=7 * i), start + timedelta(days=7 * i), 90)
                                       for i in range(4)])
    assert added == 4
    assert sessions.ensure_scheduled([(start.date(), start, 90)]) == 0  # no duplicates
    s1, s2, s3, s4 = sessions.all()
    sessions.set_cancelled(s2.id, True)
    sessions.move(s3.id, s3.starts_at + timedelta(days=1, hours=-1), 120)
    sessions.set_attended(s1.id, False)
    sessions.save_debrief(s4.id, {"noticed": "my voice shook"})
    by_id = {s.id: s for s in sessions.all()}
    assert by_id[s2.id].number is None and by_id[s3.id].number == 2 and by_id[s4.id].number == 3
    assert by_id[s3.id].length_minutes == 120 and by_id[s3.id].starts_at.astimezone(BERLIN).hour == 17
    assert by_id[s1.id].attended is False and by_id[s4.id].debriefed
    assert sessions.debrief(s4.id) == {"noticed": "my voice shook"}
