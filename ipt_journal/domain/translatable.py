"""The marker for words the domain and vault keep in English and the ui shows translated.

QT_TRANSLATE_NOOP("Context", "text") returns the text unchanged (no Qt below the ui); Qt's lupdate
reads the modules that use it (named in ui/translation_files.py's AREAS) and puts the text in
that area's .ts, so the ui can show QCoreApplication.translate("Context", text).
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name Qt's lupdate looks for
    """The English text, marked for translation under context."""
    return text
