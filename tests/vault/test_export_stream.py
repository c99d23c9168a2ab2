"""The JSON export is streamed: the same bytes as dumps(export_document()), written atomically, in little memory."""

from __future__ import annotations

import json
import os
import stat
import tracemalloc
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ipt_journal.domain.entries import Entry
from ipt_journal.vault import export, json_export
from ipt_journal.vault.export import Cancelled
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.vault import Vault
from tests.vault.test_export_json import T0, fill_everything

TRICKY = 'Ünïcode 😊 שלום "quoted" back\\slash line\nbreak\r\n\ttab \x01 \u2028 </script>'


def _odd_tables(v: Vault) -> None:
    """Tables a later migration might add: bytes, REAL, huge and negative numbers, NULLs, an empty table."""
    with v.transaction() as conn:
        conn.execute("CREATE TABLE zz_blobs (id INTEGER PRIMARY KEY, data BLOB, amount REAL, big INTEGER, note TEXT)")
        conn.executemany(
            "INSERT INTO zz_blobs (data, amount, big, note) VALUES (?,?,?,?)",
            [(b"\x00\xff binary", 1.5, 2**63 - 1, TRICKY), (b"", -0.0, -(2**63), None), (None, 1e300 * 10, 0, ""),
             (bytes(range(256)), 3.141592653589793, 7, "x")],
        )
        conn.execute("CREATE TABLE zz_empty (a TEXT, b INTEGER)")


def _out(tmp_path: Path) -> Path:
    """A folder of its own for the export (the vault lives in tmp_path too)."""
    folder = tmp_path / "out"
    folder.mkdir(exist_ok=True)
    return folder


def _streamed(v: Vault, out: Path) -> bytes:
    rows = export.write_json_export(v, out, now=T0)
    data = out.read_bytes()
    doc = json.loads(data)
    assert rows == sum(len(t["rows"]) for t in doc["tables"].values())
    return data


@pytest.mark.parametrize("batch", [1, 2, 500])
@pytest.mark.parametrize("filled", [True, False], ids=["every-record-type", "new-vault"])
def test_streamed_file_is_dumps_of_the_document(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batch: int, filled: bool
) -> None:
    if filled:
        fill_everything(vault, TRICKY)
        _odd_tables(vault)
    monkeypatch.setattr(json_export, "BATCH", batch)  # batch edges must not show in the text
    monkeypatch.setattr(json_export, "WRITE_CHARS", 7)
    out = _out(tmp_path)
    data = _streamed(vault, out / "export.json")
    doc = export.export_document(vault, now=T0)
    assert data == export.dumps(doc)
    assert data == (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode("utf-8")
    if filled:
        assert all(t["rows"] for n, t in doc["tables"].items() if n != "zz_empty")
        assert doc["tables"]["zz_blobs"]["rows"][0][1] == {"base64": "AP8gYmluYXJ5"}
    assert stat.S_IMODE((out / "export.json").stat().st_mode) == 0o600
    assert [p.name for p in out.iterdir()] == ["export.json"]


cells = st.one_of(
    st.none(),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(allow_nan=False),  # SQLite keeps infinities; it turns NaN into NULL
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40),
    st.binary(max_size=20),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(rows=st.lists(st.tuples(cells, cells, cells), max_size=6))
def test_any_values_stream_as_dumps_writes_them(vault: Vault, tmp_path: Path, rows: list[tuple[object, ...]]) -> None:
    with vault.transaction() as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS zz_any (a, b, c)")  # no types: every value stays as given
        conn.execute("DELETE FROM zz_any")
        conn.executemany("INSERT INTO zz_any VALUES (?,?,?)", rows)
    out = _out(tmp_path) / "any.json"
    data = _streamed(vault, out)
    doc = export.export_document(vault, now=T0)
    assert data == export.dumps(doc)
    assert len(doc["tables"]["zz_any"]["rows"]) == len(rows)


# -- nothing is left behind ---------------------------------------------------------------


def _fail_after(calls: int, exc: BaseException):  # type: ignore[no-untyped-def]
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if len(seen) >= calls:
            raise exc

    return progress, seen


@pytest.mark.parametrize("exc", [Cancelled(), OSError(28, "No space left on device"), KeyboardInterrupt()],
                         ids=["cancelled", "error", "interrupted"])
@pytest.mark.parametrize("earlier", [False, True], ids=["new-file", "over-an-earlier-file"])
def test_a_stopped_export_leaves_nothing(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exc: BaseException, earlier: bool
) -> None:
    fill_everything(vault)
    monkeypatch.setattr(json_export, "BATCH", 2)
    monkeypatch.setattr(json_export, "WRITE_CHARS", 10)  # part of the document is on disk when it stops
    out_dir = _out(tmp_path)
    dest = out_dir / "export.json"
    if earlier:
        dest.write_bytes(b"an earlier export")
    progress, seen = _fail_after(3, exc)
    with pytest.raises(type(exc)):
        export.write_json_export(vault, dest, progress=progress)
    assert len(seen) == 3 and 0 < seen[-1][0] < seen[-1][1]  # stopped part way, reported per batch
    assert [p.name for p in out_dir.iterdir()] == (["export.json"] if earlier else [])
    if earlier:
        assert dest.read_bytes() == b"an earlier export"
    assert not vault.conn.in_transaction
    export.write_json_export(vault, dest, now=T0)  # and the next export works
    assert dest.read_bytes() == export.dumps(export.export_document(vault, now=T0))
    assert [p.name for p in out_dir.iterdir()] == ["export.json"]


def test_a_failed_fsync_leaves_nothing(vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_everything(vault)
    dest = _out(tmp_path) / "export.json"

    def no_space(fd: int) -> None:
        raise OSError(28, "No space left on device")

    from ipt_journal.vault import atomic

    monkeypatch.setattr(atomic.os, "fsync", no_space)
    with pytest.raises(OSError, match="(?i)no space"):
        export.write_json_export(vault, dest)
    assert list(dest.parent.iterdir()) == []
    assert not vault.conn.in_transaction


def test_a_stale_temp_file_is_replaced_privately(vault: Vault, tmp_path: Path) -> None:
    dest = _out(tmp_path) / "export.json"
    stale = dest.parent / ".export.json.tmp"  # left by a crash, readable by others
    stale.write_bytes(b"old " * 10_000)
    os.chmod(stale, 0o644)
    export.write_json_export(vault, dest, now=T0)
    assert stat.S_IMODE(dest.stat().st_mode) == 0o600
    assert dest.read_bytes() == export.dumps(export.export_document(vault, now=T0))
    assert [p.name for p in dest.parent.iterdir()] == ["export.json"]


# -- memory ----------------------------------------------------------------------------------


def test_export_memory_stays_well_below_the_file_size(vault: Vault, tmp_path: Path) -> None:
    repo = JournalRepository(vault)
    paragraph = "Today in group I noticed how quickly I apologise when someone disagrees with me. " * 20
    with vault.transaction():
        for i in range(3000):
            repo.save(Entry(kind="free", entry_at=T0 + timedelta(minutes=i), title=f"Entry {i}",
                            body=f"{i} {paragraph}", tags=("group", f"week {i % 52}")))
    dest = _out(tmp_path) / "export.json"
    tracemalloc.start()
    try:
        start, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        rows = export.write_json_export(vault, dest)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    size = dest.stat().st_size
    assert rows > 3000 and size > 5_000_000
    assert peak - start < size / 3, f"peak {(peak - start) / 1e6:.1f} MB for a {size / 1e6:.1f} MB file"
