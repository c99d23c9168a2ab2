"""Imports accept the years 1900-2200 and name an entry outside them; dates already stored at the
edge of the calendar break no screen or export, in any time zone (issue 19, item 7)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from ipt_journal.domain.entries import TimelineFilter
from ipt_journal.services import data_safety
from ipt_journal.vault.errors import VaultError
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.security._cli import run_cli


def _jrnl(tmp_path: Path, *days: str) -> Path:
    doc = {"tags": {}, "entries": [{"date": d, "time": "10:00", "title": "", "body": f"on {d}"} for d in days]}
    path = tmp_path / "j.json"
    path.write_text(json.dumps(doc))
    return path


@pytest.mark.parametrize("bad", ["9999-12-31", "0001-01-01", "1899-12-31", "2201-01-01"])
def test_an_import_outside_the_years_names_the_entry_and_adds_nothing(vault: Vault, tmp_path: Path, bad: str) -> None:
    with pytest.raises(VaultError, match=f"entry 2 is dated {bad}, outside the years 1900-2200"):
        data_safety.import_from(vault, "jrnl", [_jrnl(tmp_path, "2024-01-01", bad)])
    assert JournalRepository(vault).timeline(TimelineFilter(), limit=10) == []
    doc = {"metadata": {}, "entries": [{"uuid": "A1", "creationDate": f"{bad}T10:00:00Z", "text": "x"}]}
    (tmp_path / "d.json").write_text(json.dumps(doc))
    with pytest.raises(VaultError, match="entry 1 is dated"):
        data_safety.import_from(vault, "dayone", [tmp_path / "d.json"])


def test_the_edge_years_themselves_are_accepted(vault: Vault, tmp_path: Path) -> None:
    result = data_safety.import_from(vault, "jrnl", [_jrnl(tmp_path, "1900-01-01", "2200-12-31")])
    assert result.added == 2


def test_our_own_json_with_an_extreme_date_is_refused(vault: Vault, tmp_path: Path) -> None:
    from datetime import datetime

    from ipt_journal.domain.entries import Entry

    JournalRepository(vault).save(Entry(kind="free", entry_at=datetime(2024, 5, 1, 9).astimezone(), body="fine"))
    out = tmp_path / "e.json"
    data_safety.export_to(vault, "json", out)
    doc = json.loads(out.read_text())
    rows = doc["tables"]["entries"]
    rows["rows"][0][rows["columns"].index("entry_at")] = "9999-12-31T23:30:00+00:00"
    rows["rows"][0][rows["columns"].index("uid")] = "a-new-uid"
    out.write_text(json.dumps(doc))
    with pytest.raises(VaultError, match="row 1 of its table entries is dated 9999-12-31"):
        data_safety.import_from(vault, "json", [out])


@pytest.fixture
def far_east(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TZ", "Pacific/Kiritimati")  # UTC+14: 9999-12-31 23:30 UTC is past the calendar's end
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _stored_at_the_edges(data_dir: Path) -> None:
    """What an import made before dates were checked left behind."""
    v, _ = Vault.create(data_dir, PASSPHRASE)
    for when in ("9999-12-31T23:30:00+00:00", "0001-01-01T00:30:00+00:00", "2024-05-01T09:00:00+00:00"):
        v.conn.execute(
            "INSERT INTO entries (uid, kind, entry_at, created_at, updated_at, body) VALUES (?, 'free', ?, ?, ?, 'x')",
            (when, when, when, when),
        )
    v.close()


def test_stored_extreme_dates_break_no_export(data_dir: Path, tmp_path: Path, far_east: None, monkeypatch: pytest.MonkeyPatch) -> None:
    _stored_at_the_edges(data_dir)
    with Vault.open(data_dir, passphrase=PASSPHRASE) as v:
        assert len(JournalRepository(v).timeline(TimelineFilter(), limit=10)) == 3
        data_safety.write_markdown(data_safety.plain_document(v), tmp_path / "all.md")
    assert (tmp_path / "all.md").read_text().count("\nx\n") >= 3
    for extra in (("--to", "9999-12-31"), ("--from", "0001-01-01", "--to", "9999-12-31")):
        out = tmp_path / f"r{len(extra)}.md"
        code, text, err = run_cli(monkeypatch, "export", "--data-dir", str(data_dir), "--format", "md", "--out", str(out),
                                  *extra, "--passphrase-file", "-", stdin=PASSPHRASE + "\n")
        assert code == 0 and "Exported 3 entries" in text, err


def test_the_journal_screen_builds_with_extreme_dates(data_dir: Path, far_east: None, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ipt_journal.services.session import Session
    from ipt_journal.ui.journal import JournalScreen

    _stored_at_the_edges(data_dir)
    session = Session(data_dir)
    session.unlock(PASSPHRASE)
    try:
        screen = JournalScreen(session)
        qtbot.addWidget(screen)
        screen.resize(900, 600)
        screen.show()
        assert screen.grab().width() == 900
    finally:
        session.lock()
