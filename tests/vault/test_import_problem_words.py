"""Why an import is refused: every reason is a sentence marked for translation, and the English stays as it was.

The vault has no Qt, so its sentences are marked with import_files.QT_TRANSLATE_NOOP (lupdate reads
these modules for the "data" .ts) and the GUI translates them; the command line prints str(exc).
"""

from __future__ import annotations

import ast
import json
import string
import zipfile
from pathlib import Path

import pytest

from ipt_journal.vault import import_files, importers
from ipt_journal.vault.export import ImportFailed, dumps, export_document, import_json
from ipt_journal.vault.vault import Vault
from tests.conftest import PASSPHRASE

PACKAGE = Path(import_files.__file__).resolve().parents[1]
MODULES = ("vault/import_files.py", "vault/json_stream.py", "vault/importers.py", "vault/json_import.py")
CONTEXT = "ImportProblems"


def _marked(node: ast.expr) -> str | None:
    """The sentence of QT_TRANSLATE_NOOP("ImportProblems", "<literal>"), or None for anything else."""
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP"
            and not node.keywords and len(node.args) == 2
            and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
            and node.args[0].value == CONTEXT):  # type: ignore[attr-defined]
        return node.args[1].value  # type: ignore[attr-defined, no-any-return]
    return None


def _marked_tables(tree: ast.Module) -> dict[str, list[str]]:
    """Module-level dicts whose every value is a marked sentence (whole sentences looked up by a key)."""
    out = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) \
                and isinstance(node.value, ast.Dict):
            sentences = [_marked(v) for v in node.value.values]
            if sentences and all(s is not None for s in sentences):
                out[node.targets[0].id] = sentences
    return out  # type: ignore[return-value]


def _places(sentence: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(sentence) if name is not None}


def _fail_calls() -> list[tuple[str, ast.Call, list[str]]]:
    """Every _fail(...) call in the import modules, with the sentences its problem argument can be."""
    found = []
    for module in MODULES:
        tree = ast.parse((PACKAGE / module).read_text(encoding="utf-8"))
        tables = _marked_tables(tree)
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            if not (isinstance(call.func, ast.Name) and call.func.id == "_fail"):
                continue
            where = f"{module}:{call.lineno}"
            assert len(call.args) == 2, f"{where}: _fail(path, problem, **values) takes two positional arguments"
            problem = call.args[1]
            sentence = _marked(problem)
            if sentence is not None:
                found.append((where, call, [sentence]))
            elif isinstance(problem, ast.Subscript) and isinstance(problem.value, ast.Name) \
                    and problem.value.id in tables:
                found.append((where, call, tables[problem.value.id]))
            else:
                raise AssertionError(f'{where}: the problem is not QT_TRANSLATE_NOOP("{CONTEXT}", "<literal>")')
    return found


def problem_sentences() -> set[str]:
    return {s for _where, _call, sentences in _fail_calls() for s in sentences}


def test_every_rejection_is_a_marked_sentence_with_its_places_given_by_name() -> None:
    calls = _fail_calls()
    assert len(calls) >= 60  # about seventy places refuse a file; none may be missed by the walk
    for where, call, sentences in calls:
        given = {k.arg for k in call.keywords}
        assert None not in given, f"{where}: values are given one by one, by name (no **mapping)"
        for sentence in sentences:
            assert _places(sentence) == given, f"{where}: {sentence!r} has places {_places(sentence)}, given {given}"
            assert all(p.isidentifier() for p in _places(sentence)), f"{where}: places are {{names}}: {sentence!r}"


def test_every_mark_in_the_import_modules_is_under_one_context_with_a_literal() -> None:
    """lupdate reads only literals; a mark it cannot read would leave a reason in English."""
    for module in MODULES:
        tree = ast.parse((PACKAGE / module).read_text(encoding="utf-8"))
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            if isinstance(call.func, ast.Name) and call.func.id == "QT_TRANSLATE_NOOP":
                assert _marked(call) is not None, f"{module}:{call.lineno}"


# -- the English sentence (the command line prints it) is the one it always was --------------------


def test_a_file_that_is_not_an_export_is_refused_in_the_same_words(vault: Vault, tmp_path: Path) -> None:
    notes = tmp_path / "notes.json"
    notes.write_text(json.dumps({"shopping": ["bread"]}), encoding="utf-8")
    with pytest.raises(ImportFailed) as info:
        importers.import_files(vault, "json", [notes])
    assert str(info.value) == "notes.json was not imported: it is not an IPT Journal export; nothing was changed."
    assert (info.value.file, info.value.problem, info.value.values) == ("notes.json", "it is not an IPT Journal export", {})


def test_a_damaged_day_one_zip_and_an_unreadable_date_keep_their_words(vault: Vault, tmp_path: Path) -> None:
    trip = tmp_path / "trip.zip"
    with zipfile.ZipFile(trip, "w") as zf:
        zf.writestr("Journal.json", "{}")
    trip.write_bytes(trip.read_bytes()[:40])  # cut off: no central directory
    with pytest.raises(ImportFailed) as info:
        importers.import_files(vault, "dayone", [trip])
    assert str(info.value) == "trip.zip was not imported: it is a damaged zip file; nothing was changed."

    jrnl = tmp_path / "jrnl.json"
    jrnl.write_text(json.dumps({"entries": [{"date": "2020-13-01", "time": "09:00", "body": "x"}]}), encoding="utf-8")
    with pytest.raises(ImportFailed) as info:
        importers.import_files(vault, "jrnl", [jrnl])
    assert str(info.value) == ("jrnl.json was not imported: an entry has a date that cannot be read "
                               "(2020-13-01 09:00); nothing was changed.")
    assert info.value.problem == "an entry has a date that cannot be read ({date})"
    assert info.value.values == {"date": "2020-13-01 09:00"}


def test_values_from_the_file_are_cut_as_before_and_kept_as_text(vault: Vault, tmp_path: Path) -> None:
    doc = export_document(vault)
    doc["tables"] = {"x" * 100: {"columns": [], "rows": []}, **doc["tables"]}
    odd = tmp_path / "odd.json"
    odd.write_bytes(dumps(doc))
    with pytest.raises(ImportFailed) as info:
        import_json(vault, odd)
    assert str(info.value) == (f"odd.json was not imported: it has a table this version does not know ({'x' * 40}); "
                               "nothing was changed.")
    assert info.value.values == {"table": "x" * 40}

    old = tmp_path / "old.md"
    old.write_text("---\ndate: 1850-05-01\n---\nA long time ago\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as info:
        importers.import_files(vault, "md", [old])
    assert str(info.value) == ("old.md was not imported: entry 1 is dated 1850-05-01, outside the years 1900-2200 "
                               "this app accepts; nothing was changed.")
    assert info.value.values == {"number": "1", "date": "1850-05-01", "first": "1900", "last": "2200"}


def test_an_import_failed_made_from_one_sentence_still_works(tmp_path: Path) -> None:
    exc = ImportFailed("x.json was not imported.")
    assert str(exc) == "x.json was not imported." and (exc.file, exc.problem, exc.values) == ("", "", {})


def test_the_command_line_prints_the_english_sentence(tmp_path: Path) -> None:
    from tests.test_cli import init, run

    data_dir = tmp_path / "journal"
    init(data_dir)
    notes = tmp_path / "notes.json"
    notes.write_text("[1, 2, 3]", encoding="utf-8")
    code, _out, err = run("import", "--format", "json", str(notes), "--data-dir", str(data_dir),
                          "--passphrase-file", "-", stdin=PASSPHRASE + "\n")
    assert code == 6
    assert err == "ipt-journal: notes.json was not imported: it is not an IPT Journal export; nothing was changed.\n"
