"""Kill an export (SIGKILL, SIGTERM) at random moments: the target folder then holds nothing new,
or the complete file. Never a hidden copy of the member's words (issue 19, item 2)."""

from __future__ import annotations

import json
import random
import signal
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ipt_journal.domain.entries import Entry
from ipt_journal.vault import targets
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.security._proc import LineReader, kill, spawn

ENTRIES = 40
MARKER = "kettle-whistle-4417"
SEED = 19_2026


@pytest.fixture
def small_vault(data_dir: Path) -> Path:
    v, _code = Vault.create(data_dir, PASSPHRASE)
    repo = JournalRepository(v)
    start = datetime(2024, 3, 1, 19, 30).astimezone()
    for i in range(ENTRIES):
        repo.save(Entry(kind="free", entry_at=start + timedelta(days=i), body=f"{MARKER} {i} " * 8))
    v.close()
    return data_dir


def _complete(path: Path, fmt: str) -> bool:
    text = path.read_text(encoding="utf-8")
    if fmt == "json":
        return len(json.loads(text)["tables"]["entries"]["rows"]) == ENTRIES
    return text.count(MARKER) == ENTRIES * 8


def _round(data_dir: Path, out: Path, mode: str, fmt: str, sig: int, at_step: int) -> str:
    out.mkdir()
    dest = out / f"export.{'json' if fmt == 'json' else 'md'}"
    proc = spawn("-m", "tests.security._export_child", mode, str(data_dir), PASSPHRASE, str(dest), fmt)
    reader = LineReader(proc)
    finished = False
    try:
        assert reader.readline() == "ready"
        for _ in range(at_step):
            line = reader.readline()
            if line == "done":
                finished = True
                break
        if proc.poll() is None:
            proc.send_signal(sig)
        proc.wait()
    finally:
        kill(proc)
    left = sorted(p.name for p in out.iterdir())
    assert left in ([], [dest.name]), f"{mode}/{fmt}/{signal.Signals(sig).name} at step {at_step}: left {left}"
    if left:
        assert _complete(dest, fmt), "a file at the target name is always the complete export"
        return "complete"
    assert not finished
    return "nothing"


@pytest.mark.parametrize(
    ("mode", "sig", "rounds"),
    [("tmpfile", signal.SIGKILL, 12), ("tmpfile", signal.SIGTERM, 10), ("fallback", signal.SIGTERM, 10)],
    ids=["anonymous-file-SIGKILL", "anonymous-file-SIGTERM", "fallback-SIGTERM"],
)
def test_a_killed_export_leaves_nothing_or_the_whole_file(
    small_vault: Path, tmp_path: Path, mode: str, sig: int, rounds: int
) -> None:
    rng = random.Random(SEED + rounds + sig)
    seen = {"nothing": 0, "complete": 0}
    for r in range(rounds):
        fmt = "json" if r % 2 == 0 else "md"
        seen[_round(small_vault, tmp_path / f"out-{r}", mode, fmt, sig, rng.randint(0, 25))] += 1
    print(f"\nexport kills ({mode}, {signal.Signals(sig).name}): {seen}")
    assert seen["nothing"] > 0  # most kills land mid-export


def test_the_anonymous_file_writer_is_the_one_in_use(tmp_path: Path) -> None:
    """On this Linux machine the export never has a name before it is complete."""
    seen: list[list[str]] = []
    with targets.requested_file(tmp_path / "x.md") as fh:
        fh.write(b"words")
        fh.flush()
        seen.append(sorted(p.name for p in tmp_path.iterdir()))
    assert seen == [[]] and (tmp_path / "x.md").read_bytes() == b"words"
