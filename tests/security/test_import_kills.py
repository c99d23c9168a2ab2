"""kill -9 during a streamed JSON import: the journal afterwards holds nothing of it, or all of it (issue 15)."""

from __future__ import annotations

import random
import signal
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ipt_journal.domain.entries import Entry
from ipt_journal.vault.json_export import write_json_export
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.security._proc import LineReader, kill, spawn

ENTRIES = 60
SEED = 15_2026


@pytest.fixture
def export_file(tmp_path: Path) -> Path:
    """The export of a journal of ENTRIES entries, every one new to the target journal."""
    source, _code = Vault.create(tmp_path / "source", PASSPHRASE)
    repo = JournalRepository(source)
    start = datetime(2024, 3, 1, 19, 30).astimezone()
    for i in range(ENTRIES):
        repo.save(Entry(kind="free", entry_at=start + timedelta(days=i), body=f"imported words {i} " * 6))
    dest = tmp_path / "exports" / "export.json"
    dest.parent.mkdir()
    write_json_export(source, dest)
    source.close()
    return dest


def _entries(data_dir: Path) -> tuple[int, list[str]]:
    with Vault.open(data_dir, passphrase=PASSPHRASE) as vault:
        count = int(vault.conn.execute("SELECT count(*) FROM entries").fetchone()[0])
        found = int(vault.conn.execute("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH 'imported'").fetchone()[0])
        assert found == count - 1, "the search index holds exactly the entries that are there"
        return count, vault.integrity_problems()


def _round(data_dir: Path, source: Path, at_step: int) -> str:
    proc = spawn("-m", "tests.security._import_child", str(data_dir), PASSPHRASE, str(source))
    reader = LineReader(proc)
    finished = False
    try:
        assert reader.readline() == "ready"
        for _ in range(at_step):
            if reader.readline() == "done":
                finished = True
                break
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait()
    finally:
        kill(proc)
    count, problems = _entries(data_dir)
    assert problems == []
    if count == 1:
        assert not finished, "a finished import was lost"
        return "nothing"
    assert count == 1 + ENTRIES, f"killed at step {at_step}: {count - 1} of {ENTRIES} entries were left behind"
    return "all"


def test_a_killed_streamed_import_leaves_nothing_or_everything(data_dir: Path, export_file: Path) -> None:
    target, _code = Vault.create(data_dir, PASSPHRASE)
    JournalRepository(target).save(Entry(kind="free", entry_at=datetime(2025, 1, 1).astimezone(), body="mine already"))
    target.close()  # a journal in use: the import merges
    rng = random.Random(SEED)
    seen = {"nothing": 0, "all": 0}
    for _ in range(6):
        outcome = _round(data_dir, export_file, rng.randint(1, 12))
        seen[outcome] += 1
        if outcome == "all":
            break  # the rest would merge nothing new
    assert seen["nothing"] >= 1  # at least one kill landed mid-import and left nothing
