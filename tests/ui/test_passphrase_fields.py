"""The passphrase pair shared by first run and unlock: the hint, the match check, the button."""

from PySide6.QtCore import Qt

from ipt_journal.ui.passphrase_fields import NewPassphraseFields, first_hint, not_the_same


def test_button_waits_for_a_strong_enough_passphrase_typed_twice_the_same(qtbot) -> None:  # type: ignore[no-untyped-def]
    fields = NewPassphraseFields("Passphrase", "Go on")
    for w in (fields.first, fields.second, fields.hint, fields.button):
        qtbot.addWidget(w)
    assert fields.hint.text() == first_hint() and not fields.button.isEnabled()
    qtbot.keyClicks(fields.first, "short")
    assert "longer" in fields.hint.text() and not fields.button.isEnabled() and not fields.ready
    fields.first.clear()
    qtbot.keyClicks(fields.first, "blue kettle quiet morning")
    assert "strong" in fields.hint.text() and not fields.button.isEnabled()  # not typed again yet
    qtbot.keyClicks(fields.second, "blue kettle quiet mornin")
    assert fields.hint.text() == not_the_same() and not fields.button.isEnabled()
    with qtbot.waitSignal(fields.ready_changed) as ready:
        qtbot.keyClicks(fields.second, "g")
    assert ready.args == [True] and fields.button.isEnabled() and fields.text() == "blue kettle quiet morning"
    qtbot.keyClick(fields.first, Qt.Key.Key_Backspace)  # changing the first one again un-readies it
    assert not fields.button.isEnabled() and fields.hint.text() == not_the_same()
    fields.clear()
    assert fields.first.text() == fields.second.text() == "" and not fields.button.isEnabled()


def test_first_run_and_unlock_use_the_same_fields(qtbot, vault) -> None:  # type: ignore[no-untyped-def]
    from ipt_journal.services.session import Session
    from ipt_journal.ui.first_run import FirstRun
    from ipt_journal.ui.unlock import UnlockScreen

    first = FirstRun(Session(vault.data_dir.parent / "new"))
    unlock = UnlockScreen(Session(vault.data_dir))
    qtbot.addWidget(first)
    qtbot.addWidget(unlock)
    assert isinstance(first.new_passphrase, NewPassphraseFields) and isinstance(unlock.new_passphrase, NewPassphraseFields)
    assert (first.pass1, first.create_button) == (first.new_passphrase.first, first.new_passphrase.button)
    assert (unlock.new1, unlock.set_button) == (unlock.new_passphrase.first, unlock.new_passphrase.button)


def test_every_strength_hint_of_the_domain_has_its_translatable_twin() -> None:
    """The hint table in the ui says, in English, exactly what the domain says (no level forgotten)."""
    from ipt_journal.domain.passphrase import check_passphrase
    from ipt_journal.ui.passphrase_fields import hint_for

    samples = ["", "   ", "short", "aaaaaaaaaaaa", "Kx9!mQ2#vL", "abcdefghijk", "blue kettle quiet morning",
               "blue kettle quiet morning window", "four small blue cups", "a much longer passphrase without spaces....."]
    levels = set()
    for text in samples:
        verdict = check_passphrase(text)
        levels.add((verdict.acceptable, verdict.strength))
        assert hint_for(verdict, text) == verdict.hint, text
    assert {(True, 1), (True, 2), (True, 3), (True, 4), (False, 0)} <= levels
