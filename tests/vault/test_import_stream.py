"""The streamed JSON import: any chunk size gives the same journal; a flaw anywhere, even in the last row, imports nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ipt_journal.vault import json_stream
from ipt_journal.vault.export import ImportFailed, dumps, export_document, import_json, write_json_export
from ipt_journal.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.vault.test_export_json import doc_of, fill_everything


@pytest.fixture
def export_file(vault: Vault, tmp_path: Path) -> Path:
    fill_everything(vault, "streamed ünïcode \u00e9 \U0001f642 12345")
    dest = tmp_path / "out" / "export.json"
    dest.parent.mkdir()
    write_json_export(vault, dest)
    return dest


def _empty(tmp_path: Path, name: str) -> Vault:
    v, _code = Vault.create(tmp_path / name, PASSPHRASE)
    return v


@pytest.mark.parametrize("chunk", [1, 7, 64, 1 << 16])
def test_any_chunk_size_imports_the_same_journal(vault: Vault, export_file: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    monkeypatch.setattr(json_stream, "CHUNK", chunk)  # numbers, words and multi-byte letters cut at every place
    target = _empty(tmp_path, f"t{chunk}")
    try:
        report = import_json(target, export_file)
        assert report.entries_added > 0 and doc_of(target) == doc_of(vault)
    finally:
        target.close()


def _bad_last_row(export_file: Path) -> bytes:
    doc = json.loads(export_file.read_text(encoding="utf-8"))
    tables = doc["tables"]
    last = list(tables)[-1]
    body = tables[last]
    body["rows"].append(["not", "a", "row"][: max(len(body["columns"]) - 1, 0)])
    return dumps(doc)


def test_a_flaw_in_the_last_row_leaves_the_journal_as_it_was(export_file: Path, tmp_path: Path) -> None:
    target = _empty(tmp_path, "last")
    try:
        bad = tmp_path / "bad.json"
        bad.write_bytes(_bad_last_row(export_file))
        before = doc_of(target)
        with pytest.raises(ImportFailed, match=r"bad\.json.*not in the expected shape"):
            import_json(target, bad)
        assert doc_of(target) == before and not target.conn.in_transaction
    finally:
        target.close()


@pytest.mark.parametrize("cut", [0.05, 0.3, 0.6, 0.95, 0.999])
def test_a_file_cut_short_anywhere_imports_nothing(export_file: Path, tmp_path: Path, cut: float) -> None:
    data = export_file.read_bytes()
    short = tmp_path / "short.json"
    short.write_bytes(data[: int(len(data) * cut)])
    target = _empty(tmp_path, "cut")
    try:
        before = doc_of(target)
        with pytest.raises(ImportFailed, match="short.json"):
            import_json(target, short)
        assert doc_of(target) == before
    finally:
        target.close()


def test_the_header_must_come_before_the_tables(vault: Vault, export_file: Path, tmp_path: Path) -> None:
    doc = export_document(vault)
    reordered = {"tables": doc.pop("tables"), **doc}
    odd = tmp_path / "odd.json"
    odd.write_text(json.dumps(reordered), encoding="utf-8")
    target = _empty(tmp_path, "odd")
    try:
        with pytest.raises(ImportFailed, match="not an IPT Journal export"):
            import_json(target, odd)
        assert doc_of(target)["tables"]["entries"]["rows"] == []
    finally:
        target.close()


def test_merging_refuses_children_before_their_parents(vault: Vault, tmp_path: Path) -> None:
    fill_everything(vault, "first")
    other = _empty(tmp_path, "other")
    try:
        fill_everything(other, "second")
        doc = export_document(other)
        tables = doc["tables"]
        doc["tables"] = {"entry_tags": tables.pop("entry_tags"), **tables}  # a child first
        flipped = tmp_path / "flipped.json"
        flipped.write_bytes(dumps(doc))
        before = doc_of(vault)
        with pytest.raises(ImportFailed, match="comes before a table it belongs to"):
            import_json(vault, flipped)
        assert doc_of(vault) == before
    finally:
        other.close()


def test_a_table_twice_is_refused(vault: Vault, export_file: Path, tmp_path: Path) -> None:
    text = export_file.read_text(encoding="utf-8")
    head, sep, rest = text.partition('"tables": {')
    first_table = rest[: rest.index("\n  },") + len("\n  }")]
    twice = tmp_path / "twice.json"
    twice.write_text(head + sep + first_table + "," + rest, encoding="utf-8")
    target = _empty(tmp_path, "twice")
    try:
        with pytest.raises(ImportFailed, match="there twice"):
            import_json(target, twice)
    finally:
        target.close()
