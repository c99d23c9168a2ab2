"""Why an import was refused, in the member's language.

The vault says it in English (ImportFailed: the file's name, the problem as a sentence with {named}
places, and what goes in them); its sentences are marked for lupdate under "ImportProblems" and
translated in resources/translations/<lang>/data.ts, so here they are looked up and filled in.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ipt_journal.services.data_safety import ImportFailed

_PLACE = re.compile(r"%([12])")


def _filled(template: str, values: dict[str, str]) -> str | None:
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a place lost or mistyped in a translation
        return None


def import_problem(exc: ImportFailed) -> str:
    """The sentence the member reads: which file was not imported, why, and that nothing was changed."""
    if not exc.problem:  # not made by the importers (no words to look up): its own sentence
        return str(exc)
    translated = _filled(QCoreApplication.translate("ImportProblems", exc.problem), exc.values)
    problem = translated if translated is not None else exc.problem.format(**exc.values)
    sentence = QCoreApplication.translate("ImportProblems", "%1 was not imported: %2; nothing was changed.")
    # One pass, so a "%2" inside the file's name or the problem stays as it is.
    return _PLACE.sub(lambda m: exc.file if m.group(1) == "1" else problem, sentence)
