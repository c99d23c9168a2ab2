"""Support in a hard moment, through real widgets offscreen: one click and F1 from every screen, the page locked
and unlocked, the plan editor, the breathing pacer on an injected clock, five senses, the quiet offer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QPlainTextEdit, QWidget

from ipt_journal.app import MainWindow
from ipt_journal.domain.support import PlanItem, SupportPlan
from ipt_journal.services.session import Session
from ipt_journal.ui import dialogs
from ipt_journal.ui.support.breathing import BreathingPacer, breath_at
from ipt_journal.ui.support.page import SupportDialog
from ipt_journal.ui.support.plan_editor import ContactRows, LinesField
from ipt_journal.ui.support.senses import FiveSenses
from ipt_journal.ui.workspace import NAV
from ipt_journal.vault import lock_card
from ipt_journal.vault.support_plan import SupportPlanRepository
from ipt_journal.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.test_foundation_ui import make_window, unlocked_window

GENERAL = "call your local emergency number"


def support_pages() -> list[SupportDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, SupportDialog) and w.isVisible()]


def close_support_pages(qtbot) -> None:  # type: ignore[no-untyped-def]
    for page in support_pages():
        page.reject()
    qtbot.waitUntil(lambda: not support_pages())


def page_text(page: QWidget) -> str:
    return " ".join(w.text() for w in page.findChildren(QLabel))


def visible_support_buttons(window: QWidget) -> list[QAbstractButton]:
    """Walk every visible control of the screen; the ones that say Support."""
    return [b for b in window.findChildren(QAbstractButton) if b.isVisible() and b.text() == "Support"]


def one_click_and_f1(qtbot, window: MainWindow, where: str) -> None:  # type: ignore[no-untyped-def]
    buttons = visible_support_buttons(window)
    assert len(buttons) == 1, f"{where}: {len(buttons)} visible Support buttons"
    assert "F1" in buttons[0].toolTip()
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert len(support_pages()) == 1, f"{where}: one click did not open support"
    assert GENERAL in page_text(support_pages()[0])
    close_support_pages(qtbot)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: len(support_pages()) == 1)
    close_support_pages(qtbot)


def test_first_run_every_page_has_support(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, data_dir)
    fr = window.first_run
    assert fr is not None
    for i in range(fr.count()):
        fr.setCurrentIndex(i)
        one_click_and_f1(qtbot, window, f"first run page {i}")


def test_lock_screen_every_page_has_support(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    data_dir = vault.data_dir
    vault.close()
    window = make_window(qtbot, data_dir)
    screen = window.unlock_screen
    for i in range(screen.count()):
        screen.setCurrentIndex(i)
        one_click_and_f1(qtbot, window, f"lock screen page {i}")


def test_every_section_of_the_journal_has_support(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, vault)
    ws = window.workspace
    assert ws is not None
    for row in range(len(NAV)):
        ws.nav.setCurrentRow(row)
        one_click_and_f1(qtbot, window, NAV[row])
    ws.search_field.setText("anything")  # the search results screen too
    one_click_and_f1(qtbot, window, "search")
    ws.search_field.clear()  # no search left pending after the test
    window._support()  # the Help menu's entry opens the same page
    assert len(support_pages()) == 1
    close_support_pages(qtbot)


def test_the_page_locked_shows_only_general_words_and_exercises(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    SupportPlanRepository(vault).save(SupportPlan((PlanItem("reasons", "my niece"), PlanItem("people", "Ana", "555"))))
    data_dir = vault.data_dir
    vault.close()
    page = SupportDialog(Session(data_dir))
    qtbot.addWidget(page)
    text = page_text(page) + " ".join(b.text() for b in page.findChildren(QAbstractButton))
    assert GENERAL in text and "Breathe slowly" in text and "Five senses" in text
    assert "niece" not in text and "Ana" not in text and page.plan_text is None


def test_the_page_unlocked_shows_the_plan_and_lock_closes_it(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, vault)
    session = window.session
    window._support()
    page = support_pages()[0]
    assert page.edit_button is not None and page.edit_button.text() == "Write my plan"
    SupportPlanRepository(session.vault).save(SupportPlan((PlanItem("reasons", "my niece <b>laughing</b>"),)))
    page.refresh()
    assert page.plan_text is not None and "my niece &lt;b&gt;laughing&lt;/b&gt;" in page.plan_text.text()
    window.lock()
    qtbot.waitUntil(lambda: not session.is_unlocked)
    qtbot.waitUntil(lambda: not support_pages())
    QApplication.sendPostedEvents(None, 0)  # the closed page is deleted, not kept hidden with the plan in it
    leftover = [w for w in QApplication.allWidgets() if isinstance(w, SupportDialog)]
    assert leftover == []


def test_plan_editor_guided_first_fill_and_later_edit(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    session = Session(vault.data_dir)
    vault.close()
    session.unlock(PASSPHRASE)
    page = SupportDialog(session)
    qtbot.addWidget(page)
    page.open_editor()
    editor = page.editor
    assert editor.first_time and editor.steps.currentRow() == 0
    signs = editor.fields["warning_signs"]
    assert isinstance(signs, LinesField)
    qtbot.keyClicks(signs, "not answering the phone")
    qtbot.mouseClick(editor.next_button, Qt.MouseButton.LeftButton)  # each step saves
    assert [i.text for i in SupportPlanRepository(session.vault).get().items] == ["not answering the phone"]
    editor.steps.setCurrentRow(3)
    people = editor.fields["people"]
    assert isinstance(people, ContactRows)
    qtbot.keyClicks(people.rows[0][0], "Ana")
    qtbot.keyClicks(people.rows[0][1], "+1 555 0100")
    for _ in range(3, 6):
        qtbot.mouseClick(editor.next_button, Qt.MouseButton.LeftButton)  # the rest stays empty: that is fine
    assert editor.next_button.text() == "Finish"
    qtbot.mouseClick(editor.next_button, Qt.MouseButton.LeftButton)
    plan = SupportPlanRepository(session.vault).get()
    assert [(i.section, i.text, i.reach) for i in plan.items] == [
        ("warning_signs", "not answering the phone", ""), ("people", "Ana", "+1 555 0100")]
    assert page.plan_text is not None and "Ana" in page.plan_text.text()  # the page follows the editor
    # A later edit keeps each row's identity and adds a row.
    page.open_editor()
    editor = page.editor
    assert not editor.first_time
    rows = editor.fields["people"]
    assert isinstance(rows, ContactRows)
    rows.rows[0][1].setText("+1 555 0199")
    rows.add_row().setText("Marco")
    editor.reject()  # closing saves too
    after = SupportPlanRepository(session.vault).get().section("people")
    assert [(i.text, i.reach) for i in after] == [("Ana", "+1 555 0199"), ("Marco", "")]
    assert after[0].uid == plan.section("people")[0].uid
    session.lock()


def test_save_a_copy_warns_first_and_writes_only_where_chosen(qtbot, vault: Vault, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    session = Session(vault.data_dir)
    vault.close()
    session.unlock(PASSPHRASE)
    SupportPlanRepository(session.vault).save(SupportPlan((PlanItem("on_my_own", "a long shower"),)))
    page = SupportDialog(session)
    qtbot.addWidget(page)
    warned: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _p, _t, text, **k: warned.append(text) or False)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: str(tmp_path / "plan.md"))
    monkeypatch.setattr(dialogs, "inform", lambda *a: None)
    page.save_copy()
    assert "not be encrypted" in warned[0] and not (tmp_path / "plan.md").exists()
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    page.save_copy()
    text = (tmp_path / "plan.md").read_text(encoding="utf-8")
    assert "# My support plan" in text and "## Things I can do on my own" in text and "- a long shower" in text
    page.save_copy_to(tmp_path / "plan.pdf")
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")
    session.lock()


def test_breathing_pacer_follows_the_injected_clock(qtbot) -> None:  # type: ignore[no-untyped-def]
    now = [100.0]
    pacer = BreathingPacer(clock=lambda: now[0])
    qtbot.addWidget(pacer)
    pacer.show()
    assert pacer.seconds_in.value() == 4 and pacer.seconds_out.value() == 6
    pacer.start()
    assert pacer.cue.text() == "Breathe in… 1" and pacer.shape.fraction == 0.0
    for t, cue in ((3.9, "Breathe in… 4"), (4.0, "Breathe out… 1"), (9.95, "Breathe out… 6"), (10.0, "Breathe in… 1"),
                   (12.0, "Breathe in… 3")):
        now[0] = 100.0 + t
        pacer.tick()
        assert pacer.cue.text() == cue, t
    now[0] = 104.0
    pacer.tick()
    assert pacer.shape.fraction == 1.0  # full at the top of the breath
    now[0] = 107.0
    pacer.tick()
    assert 0.0 < pacer.shape.fraction < 1.0
    pacer.pause()
    now[0] = 500.0  # time passing while paused does not count
    pacer.start()
    assert abs(pacer.elapsed() - 7.0) < 1e-9
    pacer.seconds_out.setValue(8)  # a new rhythm starts with a fresh breath in
    assert pacer.cue.text() == "Breathe in… 1"
    now[0] = 500.0 + 4 + 7.5
    pacer.tick()
    assert pacer.cue.text() == "Breathe out… 8"
    pacer.still.setChecked(True)
    assert pacer.shape.still
    pacer.grab()  # the still variant paints without error
    pacer.start_button.setFocus()
    qtbot.keyClick(pacer.start_button, Qt.Key.Key_Space)  # keyboard: Space on the focused button pauses
    assert not pacer.running and not pacer.timer.isActive()
    assert breath_at(0.0, 4, 6).inhaling and not breath_at(4.0, 4, 6).inhaling


def test_five_senses_one_step_at_a_time_by_keyboard(qtbot) -> None:  # type: ignore[no-untyped-def]
    senses = FiveSenses()
    qtbot.addWidget(senses)
    senses.show()
    senses.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is senses)  # shortcuts belong to the active window
    assert senses.step == 0 and not senses.back_button.isEnabled()
    seen = []
    for step in range(5):
        seen.append(senses.pages.currentWidget().findChildren(QWidget)[1].text())
        qtbot.keyClick(senses, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda step=step: senses.step == step + 1)  # a button's shortcut clicks it a moment later
    assert senses.step == 5 and senses.next_button.text() == "Once more"
    assert seen == ["Look around", "Notice what you can touch", "Listen", "Smell", "Taste"]
    qtbot.keyClick(senses, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: senses.step == 4)
    assert not senses.findChildren(QPlainTextEdit)  # nothing to type, nothing stored


def test_a_strong_urge_offers_support_once_and_a_mild_one_does_not(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, vault)
    ws = window.workspace
    assert ws is not None
    editor = ws.journal.editor

    def write_trigger(strength: str) -> None:
        ws._write("trigger", "", 0, "")
        editor._field_widgets["what_happened"].setPlainText("walked past the old bar")
        combo = editor._field_widgets["urge_strength"]
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findText(strength))
        assert editor.save_now()

    def offers() -> list[QWidget]:
        return [w for w in editor.findChildren(QWidget, "support_offer") if w.isVisible()]

    write_trigger("4")
    assert offers() == []
    write_trigger("8")
    assert len(offers()) == 1
    editor._field_widgets["helped"].setPlainText("cold water")
    assert editor.save_now()
    assert len(offers()) == 1  # offered once, not again at every save
    editor._field_widgets["signs"].setPlainText("tight jaw\nscrolling old photos")
    assert editor.save_now()
    copy = next(b for b in offers()[0].findChildren(QAbstractButton) if "to my plan" in b.text())
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert [i.text for i in SupportPlanRepository(window.session.vault).get().section("warning_signs")] == [
        "tight jaw", "scrolling old photos"]
    assert copy.text() == "Added to your plan" and not copy.isEnabled()
    open_button = next(b for b in offers()[0].findChildren(QAbstractButton) if b.text() == "Open support")
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    assert len(support_pages()) == 1
    close_support_pages(qtbot)
    not_now = next(b for b in offers()[0].findChildren(QAbstractButton) if b.text() == "Not now")
    qtbot.mouseClick(not_now, Qt.MouseButton.LeftButton)
    assert offers() == []


def test_preferences_hold_the_lock_card_option(qtbot, vault: Vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ipt_journal.ui.preferences import PreferencesDialog

    window = unlocked_window(qtbot, vault)
    dialog = PreferencesDialog(5, window)
    qtbot.addWidget(dialog)
    assert not dialog.lock_card.box.isChecked() and dialog.lock_card.box.isEnabled()
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    dialog.lock_card.box.click()
    assert not lock_card.is_enabled(window.session.data_dir)  # nothing until the member presses OK
    dialog.accept()
    assert lock_card.is_enabled(window.session.data_dir)


def test_the_still_pacer_is_remembered_and_follows_the_desktop(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ipt_journal.ui.support import breathing

    first = BreathingPacer(clock=lambda: 0.0)
    qtbot.addWidget(first)
    assert not first.still.isChecked() and not first.shape.still  # nothing asked for: the moving shape
    first.still.setChecked(True)
    again = BreathingPacer(clock=lambda: 0.0)
    qtbot.addWidget(again)
    assert again.still.isChecked() and again.shape.still  # the member's choice is kept (a preference only)
    again.still.setChecked(False)
    monkeypatch.setattr(breathing, "desktop_reduces_motion", lambda: True)
    told = BreathingPacer(clock=lambda: 0.0)
    qtbot.addWidget(told)
    assert told.still.isChecked() and told.shape.still and "less movement" in told.still.toolTip()
    monkeypatch.undo()
    assert breathing.desktop_reduces_motion() is None  # Qt here tells no motion preference: the checkbox decides
