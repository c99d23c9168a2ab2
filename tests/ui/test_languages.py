"""The real app speaks the system's language: Spanish with LANGUAGE=es, English with en_US."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE

CHILD = Path(__file__).with_name("_visible_words_child.py")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from ipt_journal.vault.vault import Vault

    data_dir = tmp_path_factory.mktemp("lang") / "vault"
    v, _code = Vault.create(data_dir, PASSPHRASE)
    v.close()
    return data_dir


def run_in(lang: str, journal: Path, tmp_path: Path) -> dict:  # type: ignore[type-arg]
    out = tmp_path / f"{lang}.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update({"LANG": f"{lang}.UTF-8", "LANGUAGE": lang.split("_")[0], "QT_QPA_PLATFORM": "offscreen",
                "PYTHONPATH": str(ROOT)})
    subprocess.run([sys.executable, str(CHILD), str(journal), PASSPHRASE, str(out)], env=env, check=True,
                   timeout=120, capture_output=True)
    return json.loads(out.read_text(encoding="utf-8"))


def sentences(texts: list[str]) -> set[str]:
    """Texts with words in them (not names, numbers, dates or keys)."""
    return {t for t in texts if len(re.findall(r"[^\W\d_]{3,}", t)) >= 2}


def test_spanish_on_the_lock_screen_and_every_section(journal: Path, tmp_path: Path) -> None:
    en, es = run_in("en_US", journal, tmp_path), run_in("es_ES", journal, tmp_path)
    assert en["screens"].keys() == es["screens"].keys() and len(en["screens"]) >= 6
    for where in ["locked", *en["screens"]]:
        english = sentences(en[where] if where == "locked" else en["screens"][where])
        spanish = sentences(es[where] if where == "locked" else es["screens"][where])
        same = english & spanish
        assert len(same) <= 0.1 * len(english), f"{where}: still in English: {sorted(same)[:12]}"
