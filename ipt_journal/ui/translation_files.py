"""Keeps the translation files in step with the code (a developer tool, also used by the tests).

    python -m ipt_journal.ui.translation_files      # update every .ts source, then compile the .qm

Uses PySide6's own lupdate and lrelease. The sources are split by area of the app (one .ts per
area and language, resources/translations/<lang>/<area>.ts) so that people translating different
screens never edit the same file; lrelease joins them into one catalog per language
(resources/translations/ipt_journal_<lang>.qm). Locations are left out of the .ts files so that
moving code does not churn them; only new, changed or removed strings do. An area may name modules
outside ui/ whose sentences are marked with QT_TRANSLATE_NOOP for the ui to translate (the vault's
reasons for refusing an import).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from ipt_journal.ui.i18n import SUPPORTED

PACKAGE = Path(__file__).resolve().parents[1]
TRANSLATED = tuple(lang for lang in SUPPORTED if lang != "en")

# Each area: the path prefixes (relative to ipt_journal/) whose words it holds. A file not named
# here belongs to "window", so no screen is ever left out.
AREAS: dict[str, tuple[str, ...]] = {
    "window": (),  # first run, unlock, the journal list, menus, preferences, dialogs, app.py...
    "data": ("ui/data_safety", "ui/pdf.py", "ui/main_window/window.py", "ui/main_window/locking.py",
             # Outside ui/: why an import was refused (QT_TRANSLATE_NOOP marks; ui/data_safety/import_problems.py).
             "vault/import_files.py", "vault/json_stream.py", "vault/importers.py", "vault/json_import.py"),
    "writing": ("ui/editor/", "ui/next_session/", "ui/goals/",
                "domain/entries.py"),  # the forms' titles, intros and fields (QT_TRANSLATE_NOOP marks)
    "caring": ("ui/today.py", "ui/insights/", "ui/people/", "ui/support/", "ui/search.py", "ui/workspace.py"),
}


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(here) if here.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise FileNotFoundError(f"pyside6-{name} is not installed")
    return found


def area_of(relative: str) -> str:
    for area, prefixes in AREAS.items():
        if any(relative.startswith(p) for p in prefixes):
            return area
    return "window"


def _outside_ui() -> list[Path]:
    """The modules outside ui/ that an area names (words marked there with QT_TRANSLATE_NOOP, shown by the ui)."""
    named = [PACKAGE / p for prefixes in AREAS.values() for p in prefixes if not p.startswith("ui/")]
    return [f for p in named for f in (sorted(p.rglob("*.py")) if p.is_dir() else [p])]


def sources(area: str | None = None) -> list[str]:
    """The modules that can show words (the ui package, the app, those named outside ui/), or those of one area."""
    files = sorted({*(PACKAGE / "ui").rglob("*.py"), PACKAGE / "app.py", *_outside_ui()})
    chosen = []
    for f in files:
        if f.name == "translation_files.py":
            continue
        if area is None or area_of(f.relative_to(PACKAGE).as_posix()) == area:
            chosen.append(str(f))
    return chosen


def ts_path(folder: Path, lang: str, area: str) -> Path:
    return folder / lang / f"{area}.ts"


def update_ts(folder: Path, lang: str, area: str) -> None:
    target = ts_path(folder, lang, area)
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none", "-source-language", "en",
         "-target-language", lang, *sources(area), "-ts", str(target)],
        check=True, capture_output=True,
    )


def compile_qm(folder: Path, lang: str, qm: Path) -> None:
    sources_ts = [str(ts_path(folder, lang, area)) for area in AREAS]
    subprocess.run([_tool("lrelease"), "-silent", *sources_ts, "-qm", str(qm)], check=True, capture_output=True)


def main() -> int:
    from ipt_journal.paths import resources_dir

    folder = resources_dir() / "translations"
    for lang in TRANSLATED:
        for area in AREAS:
            update_ts(folder, lang, area)
        compile_qm(folder, lang, folder / f"ipt_journal_{lang}.qm")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
