"""Hostile import files: every format (our JSON, jrnl JSON, Day One JSON and zip, Markdown/text),
generated structurally-valid-but-wrong documents and raw bytes.

Whatever the file holds: no exception but ImportFailed, nothing half-imported (the vault's JSON
export is unchanged after a rejected import), and memory stays bounded for capped inputs.
"""

from __future__ import annotations

import copy
import io
import json
import os
import tracemalloc
import warnings
import zipfile
from collections.abc import Iterator
from datetime import datetime, timedelta
from itertools import count
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ipt_journal.domain.agenda import AgendaItem, Outcome
from ipt_journal.domain.entries import Entry, Feeling
from ipt_journal.domain.goals import CheckIn, Goal
from ipt_journal.services import data_safety
from ipt_journal.services.session import Session
from ipt_journal.vault import export, importers
from ipt_journal.vault.errors import VaultError
from ipt_journal.vault.export import ImportFailed
from ipt_journal.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

FUZZ = settings(max_examples=70, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                        HealthCheck.function_scoped_fixture])
_n = count()


def _fill(vault: Vault) -> None:
    """Entries, tags, feelings, agenda with outcomes, sessions, goals with check-ins and links."""
    s = Session(vault.data_dir)
    s._attach(vault)  # the repositories over this already-open vault
    assert s.journal and s.agenda and s.sessions and s.goals
    now = datetime(2025, 3, 4, 19, 0).astimezone()
    e1 = s.journal.save(Entry(kind="free", entry_at=now, title="first", body="kettle", tags=("work",),
                              feelings=(Feeling("sad", 3),)))
    s.journal.save(Entry(kind="moment", entry_at=now, fields={"what_happened": "x"}, tags=("group",)))
    sid = s.sessions.add_extra(now - timedelta(days=1), 90)
    item = s.agenda.add(AgendaItem("raise it", why="because", entry_id=e1.id))
    s.agenda.record_outcome(Outcome(int(item.id), "carried", now, sid, "it", "felt", "fb"))  # type: ignore[arg-type]
    g = s.goals.create(Goal(title="speak", why="why"))
    s.goals.add_checkin(CheckIn(int(g.id), now, direction=1, note="note"))  # type: ignore[arg-type]
    s.goals.link_entry(int(g.id), int(e1.id))  # type: ignore[arg-type]
    s.goals.link_agenda_item(int(g.id), int(item.id))  # type: ignore[arg-type]
    s.settings.set("group_schedule", {"weekday": 1, "start": "18:00", "first_date": "2025-01-07"})  # type: ignore[union-attr]


def _fingerprint(vault: Vault) -> bytes:
    doc = export.export_document(vault)
    doc.pop("exported_at")
    return json.dumps(doc, sort_keys=True, default=str).encode()


class Target:
    """A vault and what its export looked like after the last accepted import."""

    def __init__(self, folder: Path, filled: bool) -> None:
        self.folder = folder
        self.filled = filled
        self._new()

    def _new(self) -> None:
        self.vault, _code = Vault.create(self.folder / f"vault-{next(_n)}", PASSPHRASE, kdf=FAST_KDF)
        if self.filled:
            _fill(self.vault)
        self.before = _fingerprint(self.vault)
        self.base_doc = export.export_document(self.vault)

    def attempt(self, fmt: str, paths: list[Path]) -> str:
        """Import; returns "accepted" or "rejected" (each test asserts on its own outcomes)."""
        try:
            result = data_safety.import_from(self.vault, fmt, paths)
        except Exception as exc:  # noqa: BLE001 - checked below: only ImportFailed is allowed
            assert not self.vault.conn.in_transaction
            after = _fingerprint(self.vault)
            assert after == self.before, f"{fmt}: a rejected import changed the vault (half-imported)"
            assert isinstance(exc, ImportFailed), (
                f"{fmt}: the import raised {type(exc).__name__} ({str(exc)[:120]}), not ImportFailed "
                "(nothing was half-imported, but the member gets 'something unexpected' instead of the reason)"
            )
            assert str(exc) and "Traceback" not in str(exc)
            return "rejected"
        assert isinstance(result, importers.ImportResult) and result.added >= 0 and result.skipped >= 0
        assert not self.vault.conn.in_transaction
        if not self.filled and not export.is_empty(self.vault):
            self.vault.close()  # keep the empty-vault (verbatim insert) path under fire: start again
            self._new()
        else:
            self.before = _fingerprint(self.vault)
        return "accepted"

    def close(self) -> None:
        assert self.vault.integrity_problems() == []
        self.vault.close()


@pytest.fixture(scope="module")
def targets(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Target]]:
    folder = tmp_path_factory.mktemp("hostile-import")
    t = {"empty": Target(folder, filled=False), "filled": Target(folder, filled=True)}
    yield t
    for target in t.values():
        target.close()


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("hostile-files")


def _write(folder: Path, name: str, data: bytes) -> Path:
    p = folder / f"{next(_n)}-{name}"
    p.write_bytes(data)
    return p


# -- values that are wrong in every way a JSON document can be wrong -------------------------

HUGE = "ä" * (importers.MAX_ENTRY_CHARS + 1)
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(min_value=2**63, max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=40),
    st.sampled_from(["", "2024-02-30", "25:61", "0000-00-00T00:00:00", "9999-12-31T23:59:59+14:00", "\x00",
                     "NaN", "-1", "1e309", "'; DROP TABLE entries; --", "\ud7ff\ue000🙂", "x" * 600]),
    st.just({"base64": "!!not base64"}), st.just({"base64": "AAEC"}), st.just({"base64": 5}),
)
values = st.recursive(
    scalars, lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=12,
)


DEEP = "__DEEP_NESTING__"  # replaced by thousands of brackets after json.dumps (which would recurse)


def _dumps(doc: Any, depth: int = 5000) -> bytes:
    text = json.dumps(doc, allow_nan=True, default=str)
    return text.replace(json.dumps(DEEP), "[" * depth + '"bottom"' + "]" * depth).encode()


# -- our JSON export ------------------------------------------------------------------------


def _mutate(doc: dict[str, Any], data: st.DataObject) -> dict[str, Any]:
    doc = copy.deepcopy(doc)

    def fresh(strategy):  # type: ignore[no-untyped-def]
        # a drawn value is copied before it joins the document, so no later step can change a value
        # the strategy hands out again (hypothesis then sees the same data for the same choices)
        return copy.deepcopy(data.draw(strategy))

    for _ in range(data.draw(st.integers(1, 3))):
        where = data.draw(st.sampled_from(["top", "table", "columns", "row", "cell", "cell", "cell", "drop", "uid", "uid"]))
        tables = doc.get("tables") if isinstance(doc.get("tables"), dict) else None
        names = sorted(tables) if tables else []
        if where == "top" or not names:
            key = data.draw(st.sampled_from(["format", "version", "schema_version", "tables", "exported_at", "extra"]))
            doc[key] = fresh(values)
            continue
        name = data.draw(st.sampled_from(names))
        body = tables[name]  # type: ignore[index]
        if where == "table":
            tables[data.draw(st.sampled_from([name, "sqlite_master", "entries_fts", "no_such", "entries_fts_data"]))] = (  # type: ignore[index]
                fresh(values))
        elif where == "drop":
            del tables[name]  # type: ignore[union-attr]
        elif not isinstance(body, dict) or not isinstance(body.get("rows"), list):
            continue
        elif where == "columns":
            cols = list(body["columns"])
            op = data.draw(st.sampled_from(["dup", "unknown", "drop", "type"]))
            if op == "dup" and cols:
                cols.append(cols[0])
            elif op == "unknown":
                cols.append(data.draw(st.text(max_size=10)))
            elif op == "drop" and cols:
                i = data.draw(st.integers(0, len(cols) - 1))
                cols.pop(i)
                body["rows"] = [r[:i] + r[i + 1:] if isinstance(r, list) else r for r in body["rows"]]
            else:
                cols.append(5)
            body["columns"] = cols
        elif where == "uid":  # rows that are new to the filled vault, so merging does not skip them
            if "uid" in body["columns"] and body["rows"]:
                at = body["columns"].index("uid")
                for row in body["rows"]:
                    if isinstance(row, list) and len(row) > at:
                        row[at] = f"fresh-{next(_n)}"
        elif where == "row":
            body["rows"].append(fresh(st.one_of(values, st.lists(scalars, max_size=20))))
        elif body["rows"]:
            r = data.draw(st.integers(0, len(body["rows"]) - 1))
            row = body["rows"][r]
            if not isinstance(row, list):  # a row an earlier step replaced with a value that is not a list
                continue
            c = data.draw(st.integers(0, max(len(row) - 1, 0)))
            if row:
                row[c] = fresh(st.one_of(values, st.just(DEEP), st.just("y" * (export.MAX_TEXT + 1))))
    return doc


@FUZZ
@given(data=st.data(), which=st.sampled_from(["empty", "filled"]))
def test_own_json_export_mutated(targets: dict[str, Target], files: Path, data: st.DataObject, which: str) -> None:
    target = targets[which]
    doc = _mutate(target.base_doc if which == "filled" else targets["filled"].base_doc, data)
    raw = _dumps(doc, data.draw(st.sampled_from([50, 5000])))
    target.attempt("json", [_write(files, "export.json", raw)])


raw_bytes = st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=300).map(lambda t: t.encode("utf-8")),
    st.text(max_size=100).map(lambda t: t.encode("utf-16")),
    st.integers(1, 200_000).map(lambda n: b"[" * n),
    st.integers(1, 50_000).map(lambda n: b'{"a":' * n),
    st.sampled_from([b"", b"\xef\xbb\xbf", b"null", b"[]", b"{}", b"\xff\xfe{\x00}\x00", b"1" * 5000, b'{"entries": {}}',
                     b'{"entries": [[]]}', b'{"entries": [null]}', b'{"format": "ipt-journal-export"}']),
)


@FUZZ
@given(raw=raw_bytes, fmt=st.sampled_from(["json", "jrnl", "dayone", "md"]), which=st.sampled_from(["empty", "filled"]))
@example(raw=b"[" * 100_000, fmt="json", which="filled")
@example(raw=b'{"entries": [{"date": "2024-01-01", "body": 5}]}', fmt="jrnl", which="filled")
def test_raw_bytes_in_every_format(targets: dict[str, Target], files: Path, raw: bytes, fmt: str, which: str) -> None:
    targets[which].attempt(fmt, [_write(files, "raw.json" if fmt != "md" else "raw.md", raw)])


def _truncations(doc: dict[str, Any]) -> st.SearchStrategy[bytes]:
    raw = export.dumps(doc)
    return st.integers(0, len(raw) - 1).map(lambda n: raw[:n])


@FUZZ
@given(data=st.data())
def test_truncated_own_export(targets: dict[str, Target], files: Path, data: st.DataObject) -> None:
    raw = data.draw(_truncations(targets["filled"].base_doc))
    targets["filled"].attempt("json", [_write(files, "cut.json", raw)])


# -- jrnl and Day One ------------------------------------------------------------------------

good_jrnl_entry = st.fixed_dictionaries(
    {"date": st.just("2024-05-06"), "time": st.just("07:30"), "title": st.text(max_size=20),
     "body": st.text(max_size=50), "tags": st.lists(st.text(max_size=10), max_size=3), "starred": st.booleans()}
)
good_dayone_entry = st.fixed_dictionaries(
    {"uuid": st.uuids().map(lambda u: u.hex.upper()), "creationDate": st.just("2024-05-06T07:30:00Z"),
     "text": st.text(max_size=50), "tags": st.lists(st.text(max_size=10), max_size=3), "starred": st.booleans()}
)


@st.composite
def wrong_entry(draw: st.DrawFn, good: st.SearchStrategy[dict[str, Any]]) -> Any:
    entry = dict(draw(good))
    for _ in range(draw(st.integers(0, 3))):
        op = draw(st.sampled_from(["set", "drop", "huge", "deep"]))
        key = draw(st.sampled_from(sorted(entry) + ["other"])) if entry else "other"
        if op == "set":
            entry[key] = draw(values)
        elif op == "drop":
            entry.pop(key, None)
        elif op == "huge":
            entry[key] = HUGE
        else:
            entry[key] = DEEP
    return entry if draw(st.integers(0, 9)) else draw(values)


def _document(draw: st.DrawFn, good: st.SearchStrategy[dict[str, Any]]) -> Any:
    entries = draw(st.lists(st.one_of(good, wrong_entry(good)), max_size=5))
    doc: Any = draw(st.sampled_from([{"entries": entries}, {"metadata": {"version": "1.0"}, "entries": entries},
                                     {"tags": {"@a": 1}, "entries": entries}, {"entries": {"0": entries}}, entries]))
    return doc


@st.composite
def jrnl_documents(draw: st.DrawFn) -> bytes:
    return _dumps(_document(draw, good_jrnl_entry), draw(st.sampled_from([20, 3000])))


@st.composite
def dayone_documents(draw: st.DrawFn) -> bytes:
    return _dumps(_document(draw, good_dayone_entry), draw(st.sampled_from([20, 3000])))


@FUZZ
@given(raw=jrnl_documents(), which=st.sampled_from(["empty", "filled"]))
def test_jrnl_documents(targets: dict[str, Target], files: Path, raw: bytes, which: str) -> None:
    targets[which].attempt("jrnl", [_write(files, "jrnl.json", raw)])


@FUZZ
@given(raw=dayone_documents(), which=st.sampled_from(["empty", "filled"]))
def test_dayone_json_documents(targets: dict[str, Target], files: Path, raw: bytes, which: str) -> None:
    targets[which].attempt("dayone", [_write(files, "Journal.json", raw)])


@st.composite
def dayone_zips(draw: st.DrawFn) -> bytes:
    buf = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buf, "w", draw(st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED]))) as zf:
        warnings.simplefilter("ignore", UserWarning)  # duplicate member names are on purpose
        for _ in range(draw(st.integers(0, 4))):
            name = draw(st.sampled_from(["Journal.json", "other.JSON", "photos/a.jpg", "x/../../evil.json",
                                         "/abs.json", "dir/", "a.json/", "ü.json"]))
            body = draw(st.one_of(dayone_documents(), raw_bytes))
            if name.endswith("/"):
                zf.writestr(name, b"")
            else:
                zf.writestr(name, body)
    raw = buf.getvalue()
    cut = draw(st.sampled_from([None, None, None, "head", "tail", "flip"]))
    if cut == "head" and raw:
        raw = raw[: draw(st.integers(0, len(raw) - 1))]
    elif cut == "tail" and raw:
        raw = raw[draw(st.integers(1, len(raw))):]
    elif cut == "flip" and raw:
        i = draw(st.integers(0, len(raw) - 1))
        raw = raw[:i] + bytes([raw[i] ^ 0xFF]) + raw[i + 1:]
    return raw


@FUZZ
@given(raw=dayone_zips(), which=st.sampled_from(["empty", "filled"]))
def test_dayone_zips(targets: dict[str, Target], files: Path, raw: bytes, which: str) -> None:
    targets[which].attempt("dayone", [_write(files, "dayone.zip", raw)])


# -- Markdown and text -----------------------------------------------------------------------


@st.composite
def markdown_files(draw: st.DrawFn) -> bytes:
    meta = draw(st.dictionaries(st.sampled_from(["date", "title", "tags", "Date", " x", "tags "]),
                                st.one_of(st.text(max_size=30), st.sampled_from(["2024-13-01", "[a, b", "'", "2024-02-03T04:05:06Z",
                                                                                 "1970-01-01", "9999-12-31"])),
                                max_size=4))
    front = "---\n" + "\n".join(f"{k}: {v}" for k, v in meta.items()) + "\n---\n" if meta or draw(st.booleans()) else ""
    body = draw(st.one_of(st.text(max_size=200), st.just("# " + "t" * 900 + "\nbody"), st.just(HUGE)))
    raw = (front + body).encode("utf-8")
    if draw(st.integers(0, 5)) == 0:
        raw = draw(st.binary(max_size=50)) + raw
    return raw


@FUZZ
@given(raws=st.lists(markdown_files(), min_size=1, max_size=3), which=st.sampled_from(["empty", "filled"]))
def test_markdown_files(targets: dict[str, Target], files: Path, raws: list[bytes], which: str) -> None:
    targets[which].attempt("md", [_write(files, f"note{i}.md", raw) for i, raw in enumerate(raws)])


WRONG_CELLS = [
    ("entries", "id", None),
    ("entries", "entry_at", "not a date"),
    ("entries", "created_at", 12345),
    ("agenda_outcomes", "what_happened", {"base64": "AAEC"}),
    ("agenda_items", "why", {"base64": "AAEC"}),
    ("goals", "why", {"base64": "AAEC"}),
    ("goal_checkins", "note", {"base64": "AAEC"}),
    ("entries", "title", 7),
    ("entry_feelings", "intensity", "strong"),
    ("sessions", "kind", "party"),
]


@pytest.mark.parametrize("which", ["empty", "filled"])
@pytest.mark.parametrize("table,column,value", WRONG_CELLS, ids=[f"{t}.{c}={v!r}" for t, c, v in WRONG_CELLS])
def test_wrongly_typed_cells_in_our_export(
    targets: dict[str, Target], files: Path, table: str, column: str, value: Any, which: str
) -> None:
    """Regression cases found by the fuzzing above, pinned so they fail the same way every run."""
    doc = copy.deepcopy(targets["filled"].base_doc)
    body = doc["tables"][table]
    body["rows"][0][body["columns"].index(column)] = value
    if "uid" in body["columns"]:  # a new record, so merging into the filled vault does not skip it
        body["rows"][0][body["columns"].index("uid")] = f"fresh-{next(_n)}"
    targets[which].attempt("json", [_write(files, f"{table}.json", _dumps(doc))])


def _fresh_rows(doc: dict[str, Any]) -> dict[str, Any]:
    """The vault's own export with new uids: every row is new to it, so a merge would really add them."""
    doc = copy.deepcopy(doc)
    for body in doc["tables"].values():
        if "uid" in body["columns"]:
            at = body["columns"].index("uid")
            for row in body["rows"]:
                row[at] = f"fresh-{next(_n)}"
    return doc


def test_several_files_are_all_or_nothing(tmp_path: Path) -> None:
    """A good file followed by a bad one: neither goes in. The good files hold only new rows, so a
    half-done import would show in the fingerprint (Target.attempt compares it)."""
    target = Target(tmp_path, filled=True)
    try:
        files = tmp_path / "files"
        files.mkdir()
        good = json.dumps({"entries": [{"date": "2019-01-02", "time": "10:00", "title": "good", "body": "fine"}]}).encode()
        bad = json.dumps({"entries": [{"date": "2019-01-02", "body": ["not text"]}]}).encode()
        good_json = _write(files, "good.json", export.dumps(_fresh_rows(target.base_doc)))
        bad_json = _write(files, "bad.json", b'{"format": "ipt-journal-export", "version": 1}')
        assert target.attempt("jrnl", [_write(files, "good.json", good), _write(files, "bad.json", bad)]) == "rejected"
        assert target.attempt("md", [_write(files, "good.md", b"# fine\ntext"), _write(files, "bad.md", b"\x00\x01binary")]) == "rejected"
        assert target.attempt("json", [good_json, bad_json]) == "rejected"
        entries = target.vault.conn.execute("SELECT count(*) FROM entries").fetchone()[0]
        assert target.attempt("json", [good_json]) == "accepted"  # alone, the good file really adds its rows
        assert target.vault.conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 2 * entries
    finally:
        target.close()


def test_not_files_at_all(targets: dict[str, Target], files: Path) -> None:
    for fmt in importers.FORMATS:
        assert targets["filled"].attempt(fmt, [files / "does-not-exist.json"]) == "rejected", fmt
        assert targets["filled"].attempt(fmt, [files]) == "rejected", fmt  # a folder


@pytest.fixture
def no_hang():  # type: ignore[no-untyped-def]
    """A test that would block (a pipe read without O_NONBLOCK) fails after 20 s instead of hanging."""
    import signal

    def stop(_sig, _frame):  # type: ignore[no-untyped-def]
        raise AssertionError("the import blocked")

    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


@pytest.mark.parametrize("fmt", importers.FORMATS)
def test_links_to_endless_devices_and_pipes_are_refused_at_once(targets: dict[str, Target], tmp_path: Path, fmt: str, no_hang) -> None:  # type: ignore[no-untyped-def]
    zero = tmp_path / "zero.json"
    zero.symlink_to("/dev/zero")
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)
    for path, words in ((zero, "device or a pipe"), (pipe, "device or a pipe"), (Path("/dev/urandom"), "device or a pipe")):
        with pytest.raises(ImportFailed, match=words):
            data_safety.import_from(targets["filled"].vault, fmt, [path])
        assert targets["filled"].attempt(fmt, [path]) == "rejected"


def test_a_file_that_grows_while_read_is_cut_at_the_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never more than cap + 1 bytes are read, whatever the size said when the file was opened."""
    p = tmp_path / "grows.md"
    p.write_bytes(b"x" * 100)
    reads: list[int] = []
    real_read = os.read

    def counting_read(fd: int, n: int) -> bytes:
        reads.append(n)
        return real_read(fd, n) or b""

    monkeypatch.setattr(os, "read", counting_read)
    with pytest.raises(ImportFailed, match="larger than"):
        export.read_regular(p, 50)
    assert sum(reads) <= 51


def test_empty_records_cannot_use_up_memory(tmp_path: Path) -> None:
    """20 MB of empty rows once peaked at 1.1 GB; now refused before parsing, memory about twice the file."""
    p = tmp_path / "empty-rows.json"
    head = b'{"format": "ipt-journal-export", "version": 1, "schema_version": 1, "tables": {"entries": {"columns": [], "rows": ['
    p.write_bytes(head + b"[]," * (20 * 1024 * 1024 // 3) + b"[]]}}}")
    size_mb = p.stat().st_size / 1e6
    for fmt in ("json", "jrnl", "dayone"):
        with pytest.raises(ImportFailed, match="empty records"):
            export.read_json_file(p) if fmt == "json" else importers.read_entries(fmt, [p])
    peak = _peak_mb(lambda: _swallow(lambda: export.read_json_file(p)))
    print(f"\nmemory empty-rows: {size_mb:.0f} MB file, peak {peak:.0f} MB")
    assert peak < 2.5 * size_mb


def _swallow(fn: Any) -> None:
    try:
        fn()
    except ImportFailed:
        pass


@pytest.mark.parametrize("unit", [b'["abcd","efgh"],', b'[1,"a",2.5],', b'{"a":1,"b":2},', b'[10,20,30,40],'])
def test_memory_is_a_bounded_factor_of_the_input(vault: Vault, tmp_path: Path, unit: bytes) -> None:
    """The densest documents still accepted by the record check: parse and check cost at most
    export.MEMORY_FACTOR times the file's size."""
    p = tmp_path / "dense.json"
    head = b'{"format": "ipt-journal-export", "version": 1, "schema_version": 1, "tables": {"entries": {"columns": ["body"], "rows": ['
    p.write_bytes(head + unit * (2 * 1024 * 1024 // len(unit)) + b'["x"]]}}}')
    peak = _peak_mb(lambda: _swallow(lambda: export.import_json(vault, p)))
    factor = peak / (p.stat().st_size / 1e6)
    print(f"\nmemory factor {unit[:12]!r}: {factor:.1f}x")
    assert factor < export.MEMORY_FACTOR


# -- memory stays bounded ----------------------------------------------------------------------


def _peak_mb(fn: Any) -> float:
    tracemalloc.start()
    try:
        fn()
    finally:
        _cur, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return peak / 1e6


@pytest.mark.parametrize("case", ["oversized-json", "oversized-md", "oversized-jrnl", "zip-bomb", "zip-lies",
                                  "long-entry", "deep-nesting"])
def test_memory_is_bounded_for_capped_inputs(targets: dict[str, Target], files: Path, case: str) -> None:
    target = targets["filled"]
    folder = files / case
    folder.mkdir()
    fmt, limit_mb = "json", 8.0
    if case.startswith("oversized"):
        fmt = {"oversized-json": "json", "oversized-md": "md", "oversized-jrnl": "jrnl"}[case]
        p = folder / "big.json"
        with p.open("wb") as fh:  # sparse: larger than the cap, without using the disk
            fh.truncate(export.MAX_IMPORT_BYTES + 1 if fmt == "json" else importers.MAX_FILE_BYTES + 1)
        limit_mb = 1.0
    elif case == "zip-bomb":
        fmt, p = "dayone", folder / "bomb.zip"
        with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("Journal.json", b'{"entries": [' + b" " * (60 * 1024 * 1024) + b"]}")
        limit_mb = 2.0
    elif case == "zip-lies":
        # the header says 10 bytes, the data inflates to 5 MB: read stops at the claimed size
        fmt, p = "dayone", folder / "lies.zip"
        payload = b'{"entries": []}' + b" " * (5 * 1024 * 1024)
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("Journal.json", payload)
        raw = bytearray(buf.getvalue())
        for sig, off in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):  # uncompressed size in both headers
            at = raw.index(sig)
            raw[at + off: at + off + 4] = (10).to_bytes(4, "little")
        p.write_bytes(bytes(raw))
        limit_mb = 2.0
    elif case == "long-entry":
        fmt, p = "jrnl", folder / "long.json"
        p.write_text(json.dumps({"entries": [{"date": "2020-01-01", "body": "z" * (importers.MAX_ENTRY_CHARS + 1)}]}))
        limit_mb = 40.0  # about 4 MB of input: the file, its text and the parsed string
    else:
        p = folder / "deep.json"
        p.write_bytes(b"[" * 2_000_000)
        limit_mb = 40.0  # 2 MB of input
    def import_only() -> None:  # the import alone: the before/after fingerprint is an export, not measured here
        try:
            data_safety.import_from(target.vault, fmt, [p])
        except ImportFailed:
            pass

    peak = _peak_mb(import_only)
    # and the usual checks: rejected cleanly, nothing half-imported
    assert target.attempt(fmt, [p]) == "rejected", case
    print(f"\nmemory {case}: peak {peak:.2f} MB (limit {limit_mb} MB)")
    assert peak < limit_mb, f"{case}: {peak:.1f} MB"


def test_the_generators_reach_both_outcomes(tmp_path: Path) -> None:
    """Self-contained (no counts carried over from other tests): mutated exports of a fresh vault are
    sometimes accepted and sometimes rejected, so the fuzz tests above exercise both paths."""
    from collections import Counter

    target = Target(tmp_path, filled=True)
    outcomes: Counter[str] = Counter()

    @settings(max_examples=60, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        doc = _mutate(target.base_doc, data)
        outcomes[target.attempt("json", [_write(tmp_path, "m.json", _dumps(doc))])] += 1

    try:
        run()
        print(f"\nhostile-import outcomes: {dict(outcomes)}")
        assert outcomes["accepted"] > 0 and outcomes["rejected"] > 0
        assert target.vault.integrity_problems() == []
        assert issubclass(ImportFailed, VaultError)
        assert os.environ.get("IPT_JOURNAL_DATA_DIR")  # conftest isolation held
    finally:
        target.close()
