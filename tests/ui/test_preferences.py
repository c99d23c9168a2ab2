"""Preferences: language, colours and the reminders' words are kept in QSettings; colours change at once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QPalette

from ipt_journal.ui import i18n, style
from ipt_journal.ui.preferences import PreferencesDialog
from ipt_journal.ui.reminders import GROUP_WORDS_KEY, group_words


def prefs() -> QSettings:
    return QSettings("ipt-journal", "ipt-journal")


def test_choices_are_kept_and_colours_change_at_once(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    palette, sheet = qapp.palette(), qapp.styleSheet()
    try:
        style.apply(qapp, "light")
        dialog = PreferencesDialog(5)
        qtbot.addWidget(dialog)
        assert dialog.chosen_language() == "system" and dialog.chosen_scheme() == "system"
        assert not dialog.group_words.isChecked() and not dialog.language_hint.isVisibleTo(dialog)
        dialog.scheme.setCurrentIndex(dialog.scheme.findData("dark"))
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 60  # before OK
        dialog.language.setCurrentIndex(dialog.language.findData("es"))
        assert dialog.language_hint.isVisibleTo(dialog) and "next time" in dialog.language_hint.text()
        dialog.group_words.setChecked(True)
        dialog.accept()
        assert prefs().value(i18n.PREF_KEY) == "es" and prefs().value(style.PREF_KEY) == "dark"
        assert prefs().value(GROUP_WORDS_KEY) == "true" and group_words(prefs())
        assert i18n.choose(prefs()) == "es" and style.chosen(prefs()) == "dark"
        again = PreferencesDialog(5)
        qtbot.addWidget(again)
        assert again.chosen_language() == "es" and again.chosen_scheme() == "dark" and again.group_words.isChecked()
        again.scheme.setCurrentIndex(again.scheme.findData("light"))
        assert style.current() is style.LIGHT
        again.reject()  # cancelled: the colours from before come back, nothing is kept
        assert style.current() is style.DARK and prefs().value(style.PREF_KEY) == "dark"
    finally:
        qapp.setPalette(palette)
        qapp.setStyleSheet(sheet)


def test_odd_values_in_the_settings_mean_the_system_s_choice() -> None:
    p = prefs()
    p.setValue(i18n.PREF_KEY, "klingon")
    p.setValue(style.PREF_KEY, "purple")
    assert i18n.preferred(p) == "system" and style.chosen(p) == "system"


def test_the_language_is_installed_before_the_window_and_reported(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    from ipt_journal import app

    try:
        prefs().setValue(i18n.PREF_KEY, "es")
        assert app.start_language() == "es" and i18n.current() == "es"
        assert QCoreApplication.translate("MenusPart", "&Quit") != "&Quit"
        assert QLocale().language() == QLocale.Language.Spanish
        prefs().setValue(i18n.PREF_KEY, "en")
        assert app.start_language() == "en" and i18n.current() == "en"
        assert QCoreApplication.translate("MenusPart", "&Quit") == "&Quit"
    finally:
        i18n.install("en")


def test_the_system_colour_scheme_is_followed_only_when_chosen(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    palette, sheet = qapp.palette(), qapp.styleSheet()
    try:
        monkeypatch.setattr(style, "_following", [])
        choice = ["system"]
        style.follow_system(qapp, lambda: choice[0])
        changed = style._following[0]
        style.apply(qapp, "light")
        monkeypatch.setattr(qapp.styleHints(), "colorScheme", lambda: Qt.ColorScheme.Dark, raising=False)
        monkeypatch.setattr(style, "colors_for", lambda scheme: style.DARK if scheme == "system" else style.LIGHT)
        changed(Qt.ColorScheme.Dark)  # what the desktop's signal delivers
        assert style.current() is style.DARK
        choice[0] = "light"
        style.apply(qapp, "light")
        changed(Qt.ColorScheme.Dark)
        assert style.current() is style.LIGHT  # the member chose Light: the desktop does not override it
    finally:
        qapp.styleHints().colorSchemeChanged.disconnect(style._following[0])
        qapp.setPalette(palette)
        qapp.setStyleSheet(sheet)


def test_run_gui_tells_the_session_its_language_before_the_window_is_built(qapp, data_dir, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from ipt_journal import app

    seen: list[tuple[str, str]] = []

    class Window:  # stands in for MainWindow: what the session and the translators say when it is built
        def __init__(self, session) -> None:  # type: ignore[no-untyped-def]
            seen.append((session.language, QCoreApplication.translate("MenusPart", "&Quit")))

        def show(self) -> None:
            pass

    prefs().setValue(i18n.PREF_KEY, "es")
    monkeypatch.setattr(app, "MainWindow", Window)
    monkeypatch.setattr(QApplication, "exec", lambda *_a: 0)
    palette, sheet, hook = qapp.palette(), qapp.styleSheet(), app.sys.excepthook
    try:
        assert app.run_gui(data_dir) == 0
    finally:
        i18n.install("en")
        qapp.setPalette(palette)
        qapp.setStyleSheet(sheet)
        app.sys.excepthook = hook
    assert seen == [("es", "&Salir")]
