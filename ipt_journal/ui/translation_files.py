"""Keeps the translation files in step with the code (a developer tool, also used by the tests).

    python -m ipt_journal.ui.translation_files      # update the .ts sources, then compile the .qm

Uses PySide6's own lupdate and lrelease. Locations are left out of the .ts files so that moving
code does not churn them; only new, changed or removed strings do.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from ipt_journal.ui.i18n import SUPPORTED

PACKAGE = Path(__file__).resolve().parents[1]
TRANSLATED = tuple(lang for lang in SUPPORTED if lang != "en")


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(here) if here.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise FileNotFoundError(f"pyside6-{name} is not installed")
    return found


def sources() -> list[str]:
    """Every module that can show words: the ui package and the app."""
    files = sorted((PACKAGE / "ui").rglob("*.py")) + [PACKAGE / "app.py"]
    return [str(f) for f in files if f.name != "translation_files.py"]


def ts_path(folder: Path, lang: str) -> Path:
    return folder / f"ipt_journal_{lang}.ts"


def update_ts(folder: Path, lang: str) -> None:
    subprocess.run(
        [_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none", "-source-language", "en",
         "-target-language", lang, *sources(), "-ts", str(ts_path(folder, lang))],
        check=True, capture_output=True,
    )


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)


def main() -> int:
    from ipt_journal.paths import resources_dir

    folder = resources_dir() / "translations"
    for lang in TRANSLATED:
        update_ts(folder, lang)
        compile_qm(ts_path(folder, lang), folder / f"ipt_journal_{lang}.qm")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
