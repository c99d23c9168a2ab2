"""The translation sources follow the code, and the shipped catalogs follow the sources."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ipt_journal.paths import resources_dir
from ipt_journal.ui import translation_files as tf

FOLDER = resources_dir() / "translations"


@pytest.mark.parametrize("lang", tf.TRANSLATED)
def test_ts_is_up_to_date_with_the_code(tmp_path: Path, lang: str) -> None:
    committed = tf.ts_path(FOLDER, lang)
    shutil.copy(committed, tf.ts_path(tmp_path, lang))
    tf.update_ts(tmp_path, lang)
    fresh = tf.ts_path(tmp_path, lang).read_text(encoding="utf-8")
    assert fresh == committed.read_text(encoding="utf-8"), (
        "resources/translations is out of date: run python -m ipt_journal.ui.translation_files"
    )


@pytest.mark.parametrize("lang", tf.TRANSLATED)
def test_qm_is_compiled_from_the_ts(tmp_path: Path, lang: str) -> None:
    qm = tmp_path / "out.qm"
    tf.compile_qm(tf.ts_path(FOLDER, lang), qm)
    assert qm.read_bytes() == (FOLDER / f"ipt_journal_{lang}.qm").read_bytes()
