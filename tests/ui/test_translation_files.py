"""The translation sources follow the code, the shipped catalog follows the sources, and every
self.tr() call sits where Qt can find its words at run time."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

from ipt_journal.paths import resources_dir
from ipt_journal.ui import translation_files as tf

FOLDER = resources_dir() / "translations"


@pytest.mark.parametrize("lang", tf.TRANSLATED)
@pytest.mark.parametrize("area", list(tf.AREAS))
def test_ts_is_up_to_date_with_the_code(tmp_path: Path, lang: str, area: str) -> None:
    committed = tf.ts_path(FOLDER, lang, area)
    fresh_path = tf.ts_path(tmp_path, lang, area)
    fresh_path.parent.mkdir(parents=True)
    shutil.copy(committed, fresh_path)
    tf.update_ts(tmp_path, lang, area)
    assert fresh_path.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8"), (
        f"{committed} is out of date: run python -m ipt_journal.ui.translation_files"
    )


@pytest.mark.parametrize("lang", tf.TRANSLATED)
def test_qm_is_compiled_from_the_ts(tmp_path: Path, lang: str) -> None:
    qm = tmp_path / "out.qm"
    tf.compile_qm(FOLDER, lang, qm)
    assert qm.read_bytes() == (FOLDER / f"ipt_journal_{lang}.qm").read_bytes()


def test_every_module_with_words_is_in_one_area() -> None:
    all_sources = set(tf.sources())
    by_area = [set(tf.sources(area)) for area in tf.AREAS]
    assert set().union(*by_area) == all_sources and sum(len(s) for s in by_area) == len(all_sources)


def _qt_classes(trees: dict[str, ast.Module]) -> set[str]:
    """Our classes that are QObjects: a Q* base, or a base that is one of ours already known."""
    classes = {n.name: n for t in trees.values() for n in ast.walk(t) if isinstance(n, ast.ClassDef)}
    known: set[str] = set()
    changed = True
    while changed:
        changed = False
        for name, node in classes.items():
            bases = [b.id if isinstance(b, ast.Name) else b.attr if isinstance(b, ast.Attribute) else "" for b in node.bases]
            if name not in known and any(b.startswith("Q") or b in known for b in bases):
                known.add(name)
                changed = True
    return known


def test_self_tr_is_only_used_in_qobject_classes() -> None:
    """PySide6 looks a self.tr() string up under the object's own class, while lupdate files it under
    the class the call is written in. A mixin part (not a QObject) would never be translated: such
    code calls QCoreApplication.translate("Context", "...") instead."""
    trees = {f: ast.parse(Path(f).read_text(encoding="utf-8")) for f in tf.sources()}
    qt = _qt_classes(trees)
    wrong = []
    for f, tree in trees.items():
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            if cls.name in qt:
                continue
            for call in (n for n in ast.walk(cls) if isinstance(n, ast.Call)):
                func = call.func
                if isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(func.value, ast.Name) \
                        and func.value.id == "self":
                    wrong.append(f"{Path(f).name}:{call.lineno} in {cls.name}")
    assert wrong == []
