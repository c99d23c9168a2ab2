"""A refused import is explained in the member's language: the vault's reasons, translated in the data .ts."""

from __future__ import annotations

import json
import string
import xml.etree.ElementTree as ET
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from ipt_journal.domain.entries import Entry
from ipt_journal.paths import resources_dir
from ipt_journal.ui import data_safety as safety
from ipt_journal.ui import i18n
from ipt_journal.ui import translation_files as tf
from ipt_journal.ui.data_safety.import_problems import import_problem
from ipt_journal.vault.export import ImportFailed, export_document, write_json_export
from ipt_journal.vault.import_files import QT_TRANSLATE_NOOP, _fail
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.test_data_safety import informed, unlocked_window  # noqa: F401 (informed is a fixture)
from tests.vault.test_import_problem_words import MODULES, PACKAGE, problem_sentences

WRAPPER = "%1 was not imported: %2; nothing was changed."


def _places(sentence: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(sentence) if name is not None}


def _spanish() -> dict[str, ET.Element]:
    tree = ET.parse(resources_dir() / "translations" / "es" / "data.ts")
    return {m.findtext("source"): m.find("translation")  # type: ignore[misc]
            for c in tree.getroot() if c.findtext("name") == "ImportProblems" for m in c.findall("message")}


def test_the_import_modules_are_read_for_the_data_translations() -> None:
    data = set(tf.sources("data"))
    assert {str(PACKAGE / m) for m in MODULES} <= data
    assert not any("/vault/" in f for f in set(tf.sources()) - data)


def test_every_reason_has_a_finished_spanish_sentence_with_the_same_places() -> None:
    spanish = _spanish()
    reasons = problem_sentences()
    assert reasons and set(spanish) == reasons | {WRAPPER}
    for english, translation in spanish.items():
        said = translation.text or ""
        assert said and translation.get("type") is None, english
        if english == WRAPPER:
            assert said.count("%1") == 1 and said.count("%2") == 1
        else:
            assert _places(said) == _places(english), f"{english!r} -> {said!r}"


@pytest.fixture
def journal(data_dir: Path) -> Path:
    v, _ = Vault.create(data_dir, PASSPHRASE)
    repo = JournalRepository(v)
    start = datetime(2024, 4, 1, 20).astimezone()
    for i in range(3):
        repo.save(Entry(kind="free", entry_at=start + timedelta(days=i), title=f"Evening {i}", body="Quiet day."))
    v.close()
    return data_dir


def _import(qtbot, window, informed: list[str], monkeypatch, fmt: str, path: Path) -> str:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(safety.importing, "ask_import", lambda _p: (fmt, [path]))
    informed.clear()
    window.data_actions["import"].trigger()
    qtbot.waitUntil(lambda: bool(informed), timeout=20_000)
    return informed[-1]


def _bad_files(tmp_path: Path) -> dict[str, tuple[str, Path]]:
    notes = tmp_path / "notas.json"
    notes.write_text(json.dumps({"compras": ["pan", "leche"]}), encoding="utf-8")

    trip = tmp_path / "viaje.zip"
    with zipfile.ZipFile(trip, "w") as zf:
        zf.writestr("Journal.json", json.dumps({"entries": [{"uuid": "a1", "creationDate": "2021-05-01T10:00:00Z",
                                                             "text": "En la playa"}]}))
    trip.write_bytes(trip.read_bytes()[:60])  # the end of the zip is lost

    other, _ = Vault.create(tmp_path / "other", PASSPHRASE)
    JournalRepository(other).save(Entry(kind="free", entry_at=datetime(2023, 3, 1).astimezone(), body="from the other"))
    export = tmp_path / "copia.json"
    write_json_export(other, export)
    doc = json.loads(export.read_text(encoding="utf-8"))
    last = list(doc["tables"])[-1]
    doc["tables"][last]["rows"].append(["not a row"] * (len(doc["tables"][last]["columns"]) + 1))
    export.write_text(json.dumps(doc), encoding="utf-8")  # every entry before the flaw would go in
    assert export_document(other)["tables"]["entries"]["rows"]
    other.close()
    return {"notes": ("json", notes), "trip": ("dayone", trip), "copy": ("json", export), "last": ("", Path(last))}


def test_a_refused_import_is_explained_in_spanish_and_nothing_goes_in(qtbot, journal: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                      monkeypatch, informed) -> None:
    files = _bad_files(tmp_path)
    last = files.pop("last")[1].name
    i18n.install("es")
    try:
        window = unlocked_window(qtbot, journal)
        said = {key: _import(qtbot, window, informed, monkeypatch, fmt, path) for key, (fmt, path) in files.items()}
        assert window.session.journal.count() == 3
        window.lock()
    finally:
        i18n.install("en")
    assert said["notes"] == "notas.json no se importó: no es una exportación de IPT Journal; no se cambió nada."
    assert said["trip"] == "viaje.zip no se importó: es un archivo zip dañado; no se cambió nada."
    assert said["copy"] == (f"copia.json no se importó: una fila de su tabla {last} no tiene la forma esperada; "
                            "no se cambió nada.")


def test_in_english_the_window_says_what_the_command_line_says(qtbot, journal: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                               monkeypatch, informed) -> None:
    from ipt_journal.vault import importers

    files = _bad_files(tmp_path)
    files.pop("last")
    window = unlocked_window(qtbot, journal)
    for fmt, path in files.values():
        with pytest.raises(ImportFailed) as info:
            with Vault.open(tmp_path / "other", passphrase=PASSPHRASE) as other:
                importers.import_files(other, fmt, [path])
        assert _import(qtbot, window, informed, monkeypatch, fmt, path) == str(info.value)
    assert window.session.journal.count() == 3
    window.lock()


class _LostPlace(QTranslator):
    """Our Spanish catalog, but with a {place} renamed by mistake in one sentence."""

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def, override]
        if source == "its table {table} is there twice":
            return "su tabla {tabla} aparece dos veces"
        return super().translate(context, source, disambiguation, n)


def test_a_translation_that_lost_a_place_falls_back_to_the_english_reason(qtbot) -> None:  # type: ignore[no-untyped-def]
    exc = _fail(Path("/somewhere/copia.json"), QT_TRANSLATE_NOOP("ImportProblems", "its table {table} is there twice"),
                table="goals")
    lost = _LostPlace()
    assert lost.load(str(i18n.catalog("es")))
    QCoreApplication.instance().installTranslator(lost)
    try:
        assert QCoreApplication.translate("ImportProblems", exc.problem) == "su tabla {tabla} aparece dos veces"
        said = import_problem(exc)
    finally:
        QCoreApplication.instance().removeTranslator(lost)
    assert said == "copia.json no se importó: its table goals is there twice; no se cambió nada."
    assert import_problem(exc) == str(exc) == "copia.json was not imported: its table goals is there twice; nothing was changed."


def test_a_percent_sign_in_a_file_name_stays_as_it_is() -> None:
    exc = _fail(Path("100%2 sure.json"), QT_TRANSLATE_NOOP("ImportProblems", "it is not an IPT Journal export"))
    assert import_problem(exc) == "100%2 sure.json was not imported: it is not an IPT Journal export; nothing was changed."
    plain = ImportFailed("x.json was not imported.")
    assert import_problem(plain) == "x.json was not imported."
