"""The JSON export: table-driven, round trip exact into an empty vault, merge by uid, hostile files rejected."""

from __future__ import annotations

import json
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ipt_journal.domain.agenda import AgendaItem, Outcome
from ipt_journal.domain.entries import FORMS, Entry, Feeling
from ipt_journal.domain.support import PlanItem, SupportPlan
from ipt_journal.vault import export, import_files
from ipt_journal.vault.agenda import AgendaRepository, SessionRepository
from ipt_journal.vault.export import ImportFailed
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.settings import PromptPrefs, VaultSettings
from ipt_journal.vault.support_plan import SupportPlanRepository
from ipt_journal.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.vault._people_data import fill_people

T0 = datetime(2024, 2, 5, 20, 0).astimezone()


def doc_of(v: Vault) -> dict:
    doc = export.export_document(v)
    doc.pop("exported_at")
    return doc


def fill_everything(v: Vault, text: str = "hello") -> None:
    """At least one row of every kind of record the app keeps."""
    repo = JournalRepository(v)
    saved = []
    for i, (kind, spec) in enumerate(FORMS.items()):
        fields = {f.key: f"{text} {f.key}" for f in spec.fields if f.kind != "feelings"}
        saved.append(
            repo.save(
                Entry(kind=kind, entry_at=T0 + timedelta(hours=i), title=f"{text} {kind}", body=f"{text} body",
                      fields=fields, tags=("group", f"t{i}"), feelings=(Feeling("sad", 3), Feeling("hopeful")),
                      suggestion=spec.suggestion, prompt_id="p-1" if i % 2 else None, bring_to_group=bool(i % 2))
            )
        )
    repo.move_to_trash(saved[-1].id)  # type: ignore[arg-type]
    VaultSettings(v).set("schedule", {"weekday": 3, "time": "18:30", "note": text})
    prefs = PromptPrefs(v)
    prefs.add_custom(f"{text}: what did I notice?", 1)
    prefs.set_hidden("p-2", True)
    prefs.set_pinned("p-3", True)
    sessions = SessionRepository(v)
    sid = sessions.add_extra(T0 + timedelta(days=2), 90)
    agenda = AgendaRepository(v)
    item = agenda.add(AgendaItem(text=f"{text} agenda", why="because", entry_id=saved[0].id))
    agenda.record_outcome(Outcome(item_id=item.id, outcome="carried", at=T0 + timedelta(days=2), session_id=sid,  # type: ignore[arg-type]
                                  what_happened=text))
    conn = v.conn
    with v.transaction():
        cur = conn.execute(
            "INSERT INTO goals (uid, created_at, updated_at, title, why) VALUES (?,?,?,?,?)",
            (f"goal-{abs(hash(text))}", T0.isoformat(), T0.isoformat(), f"{text} goal", "to speak up"),
        )
        gid = cur.lastrowid
        conn.execute("INSERT INTO goal_checkins (uid, goal_id, at, direction, score, note) VALUES (?,?,?,?,?,?)",
                     (f"chk-{abs(hash(text))}", gid, T0.isoformat(), 1, 6, text))
        conn.execute("INSERT INTO goal_links (goal_id, entry_id) VALUES (?,?)", (gid, saved[0].id))
        conn.execute("INSERT INTO goal_links (goal_id, agenda_item_id) VALUES (?,?)", (gid, item.id))
    SupportPlanRepository(v).save(SupportPlan((
        PlanItem("warning_signs", f"{text} sign", uid=f"plan-{abs(hash(text))}-1"),
        PlanItem("people", f"{text} friend", "555 0100", uid=f"plan-{abs(hash(text))}-2"),
    )))
    from ipt_journal.domain.feelings import ChosenWord, new_checkin  # feeling check-ins (issue 13)
    from ipt_journal.vault.checkins import CheckinRepository

    CheckinRepository(v).add(new_checkin(T0, valence=2, energy=-1, words=(ChosenWord("hopeful", 4),),
                                         person_name=f"{text} person", note=f"{text} check-in"))
    fill_people(v, text, int(saved[0].id), int(item.id), int(gid), T0)  # type: ignore[arg-type]


def test_export_is_table_driven_and_self_describing(vault: Vault) -> None:
    fill_everything(vault)
    doc = export.export_document(vault, now=T0)
    assert doc["format"] == "ipt-journal-export" and doc["version"] == 1
    assert doc["schema_version"] == vault.conn.execute("PRAGMA user_version").fetchone()[0]
    names = set(doc["tables"])
    assert {"entries", "tags", "entry_tags", "entry_feelings", "settings", "custom_prompts", "prompt_prefs"} <= names
    assert not any("fts" in n for n in names)
    empty = [n for n, t in doc["tables"].items() if not t["rows"]]
    assert empty == [], f"fill_everything misses a record type: {empty}"
    # A table added by a later migration is exported without touching the exporter.
    vault.conn.execute("CREATE TABLE zz_new_thing (id INTEGER PRIMARY KEY, uid TEXT UNIQUE, note TEXT)")
    vault.conn.execute("INSERT INTO zz_new_thing (uid, note) VALUES ('u1', 'new')")
    assert export.export_document(vault)["tables"]["zz_new_thing"]["rows"] == [[1, "u1", "new"]]


def test_round_trip_into_empty_vault_is_exact_and_searchable(vault: Vault, tmp_path: Path) -> None:
    fill_everything(vault, "Ünïcode 😊 שלום")
    out = tmp_path / "export.json"
    export.write_json_export(vault, out)
    target, _ = Vault.create(tmp_path / "target", PASSPHRASE)
    with target:
        report = export.import_json(target, out)
        assert report.entries_added == len(FORMS)
        assert doc_of(target) == doc_of(vault)
        assert JournalRepository(target).search("Ünïcode")
        assert AgendaRepository(target).search("agenda")
        from ipt_journal.vault.goals import GoalRepository

        assert GoalRepository(target).search("speak")  # goal search rows rebuilt through the repository
        assert target.integrity_problems() == []


def test_import_into_vault_in_use_merges_by_uid(vault: Vault, tmp_path: Path) -> None:
    fill_everything(vault, "first")
    out = tmp_path / "export.json"
    export.write_json_export(vault, out)
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE)
    with other:
        JournalRepository(other).save(Entry(kind="free", entry_at=T0, body="mine already", tags=("group",)))
        VaultSettings(other).set("schedule", {"weekday": 1})
        first = export.import_json(other, out)
        assert first.entries_added == len(FORMS)
        again = export.import_json(other, out)  # a second import adds nothing
        assert again.entries_added == 0 and again.entries_skipped == len(FORMS)
        repo = JournalRepository(other)
        assert repo.count() + repo.count(trashed=True) == len(FORMS) + 1
        assert VaultSettings(other).get("schedule") == {"weekday": 1}  # the member's own setting stays
        assert repo.search("first body")
        moment = next(s for s in repo.timeline(limit=100) if s.kind == "moment")
        assert set(repo.get(moment.id).tags) == {"group", "t1"}
        doc = doc_of(other)
        assert len(doc["tables"]["agenda_outcomes"]["rows"]) == 1
        assert len(doc["tables"]["goal_links"]["rows"]) == 2
        assert other.conn.execute("PRAGMA foreign_key_check").fetchall() == []


texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=0, max_size=200
) | st.sampled_from(["😊🌧️ 🫶", "مرحبا بالعالم", "שלום עולם", "x" * 100_000, "line\nbreak\r\n\ttab", "a'\"; DROP TABLE entries;--"])


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(items=st.lists(st.tuples(texts, texts, st.lists(texts.filter(lambda t: t.strip() and len(t) < 60), max_size=3)),
                      min_size=1, max_size=5))
def test_round_trip_any_text(items: list[tuple[str, str, list[str]]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        src, _ = Vault.create(root / "src", PASSPHRASE)
        with src:
            repo = JournalRepository(src)
            for i, (title, body, tags) in enumerate(items):
                repo.save(Entry(kind="feedback", entry_at=T0 + timedelta(minutes=i), title=title, body=body,
                                fields={"who": title[:20], "said": body[:50]}, tags=tuple(tags)))
            VaultSettings(src).set("free", items[0][1])
            out = root / "e.json"
            export.write_json_export(src, out)
            dst, _ = Vault.create(root / "dst", PASSPHRASE)
            with dst:
                export.import_json(dst, out)
                assert doc_of(dst) == doc_of(src)


# -- hostile files change nothing ------------------------------------------------------


def _valid(vault: Vault, tmp_path: Path) -> dict:
    export.write_json_export(vault, tmp_path / "good.json")
    return json.loads((tmp_path / "good.json").read_text(encoding="utf-8"))


def _hostile(kind: str, good: dict) -> bytes:
    if kind == "truncated":
        return json.dumps(good).encode()[:-40]
    if kind == "binary":
        return bytes(range(256)) * 10
    if kind == "nested":
        return b"[" * 200_000 + b"]" * 200_000
    if kind == "not-ours":
        return json.dumps({"entries": []}).encode()
    bad = json.loads(json.dumps(good))
    rows = bad["tables"]["entries"]["rows"]
    cols = bad["tables"]["entries"]["columns"]
    if kind == "rows-not-list":
        bad["tables"]["entries"]["rows"] = "oops"
    elif kind == "value-wrong-type":
        rows[0][cols.index("body")] = {"nested": [1, 2]}
    elif kind == "short-row":
        rows[0] = rows[0][:3]
    elif kind == "unknown-table":
        bad["tables"]["passwords"] = {"columns": ["x"], "rows": [[1]]}
    elif kind == "unknown-column":
        bad["tables"]["entries"]["columns"] = [*cols[:-1], "evil"]
    elif kind == "breaks-check":
        rows[0][cols.index("suggestion")] = 99
    elif kind == "dangling-reference":
        bad["tables"]["entry_tags"]["rows"].append([424242, 1])
    elif kind == "newer-schema":
        bad["schema_version"] = 999
    elif kind == "null-required":
        rows[-1][cols.index("uid")] = None
    elif kind == "huge-int":
        rows[0][cols.index("suggestion")] = 2**80
    elif kind == "not-finite":
        rows[0][cols.index("suggestion")] = float("nan")  # json.dumps writes NaN
    return json.dumps(bad).encode()


HOSTILE = ["truncated", "binary", "nested", "not-ours", "rows-not-list", "value-wrong-type", "short-row",
           "unknown-table", "unknown-column", "breaks-check", "dangling-reference", "newer-schema", "null-required", "huge-int", "not-finite"]


@pytest.mark.parametrize("empty_target", [True, False], ids=["empty", "in-use"])
def test_hostile_json_imports_change_nothing(vault: Vault, tmp_path: Path, empty_target: bool) -> None:
    fill_everything(vault, "source")
    good = _valid(vault, tmp_path)
    target, _ = Vault.create(tmp_path / "target", PASSPHRASE)
    with target:
        if not empty_target:
            JournalRepository(target).save(Entry(kind="free", entry_at=T0, body="already here"))
        before = doc_of(target)
        for kind in HOSTILE:
            bad = tmp_path / f"{kind}.json"
            bad.write_bytes(_hostile(kind, good))
            with pytest.raises(ImportFailed) as info:
                export.import_json(target, bad)
                pytest.fail(f"{kind} was accepted")
            message = str(info.value)
            assert f"{kind}.json" in message and message.count(".") <= 3 and "\n" not in message, message
            assert doc_of(target) == before, kind
        assert not target.conn.in_transaction


def test_huge_file_is_refused_before_reading(vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 4096)
    monkeypatch.setattr(import_files, "MAX_IMPORT_BYTES", 1024)
    monkeypatch.setattr(import_files.read_json_file, "__defaults__", (1024,))
    before = doc_of(vault)
    with pytest.raises(ImportFailed, match="big.json.*larger"):
        export.import_json(vault, big)
    assert doc_of(vault) == before
