"""Which language the journal speaks: the system's, or the member's choice in Preferences.

Loads our compiled translations (resources/translations/ipt_journal_<lang>.qm) and Qt's own
(standard buttons, dialogs), and makes QLocale follow the same language for dates and plurals.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ipt_journal.paths import resources_dir

SUPPORTED = ("en", "es")
PREF_KEY = "language"  # "system" (default), "en" or "es"; a preference, never member text

K = TypeVar("K")
V = TypeVar("V", str, tuple[str, ...])

_installed: list[QTranslator] = []
_current: list[str] = ["en"]  # the language install() put in place last


def preferred(prefs: QSettings | None) -> str:
    value = str(prefs.value(PREF_KEY, "system")) if prefs is not None else "system"
    return value if value in SUPPORTED else "system"


def system_language() -> str:
    """The first supported language in the system's list (LANGUAGE, LC_ALL, LANG on Linux)."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SUPPORTED:
            return code
    return "en"


def choose(prefs: QSettings | None) -> str:
    choice = preferred(prefs)
    return system_language() if choice == "system" else choice


def current() -> str:
    """The language installed now ("en" until install() chose another)."""
    return _current[0]


def catalog(lang: str):  # type: ignore[no-untyped-def]
    return resources_dir() / "translations" / f"ipt_journal_{lang}.qm"


def install(lang: str) -> str:
    """Install the translators for lang (replacing earlier ones); returns the language in use."""
    app = QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    lang = lang if lang in SUPPORTED else "en"
    wanted = QLocale.Language.Spanish if lang == "es" else QLocale.Language.English
    system = QLocale.system()
    # The system's own region when it speaks this language (24-hour clock in Spain, es_MX's ways in Mexico).
    QLocale.setDefault(system if system.language() == wanted else QLocale(wanted))
    _current[0] = lang
    if lang == "en":
        return lang
    ours = QTranslator(app)
    if ours.load(str(catalog(lang))):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qt_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return lang


def translated(context: str, table: Mapping[K, V]) -> dict[K, V]:
    """A table of English words (marked with QT_TRANSLATE_NOOP under context) in the language in use.

    A value is one text or a tuple of texts (a singular and its plural, a title and its explanation).
    """
    def one(text: str) -> str:
        return QCoreApplication.translate(context, text)

    return {key: one(v) if isinstance(v, str) else tuple(one(t) for t in v) for key, v in table.items()}  # type: ignore[misc]
