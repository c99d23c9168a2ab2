"""First run, unlock, recovery, lock and idle lock, driven through the real window offscreen."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from ipt_journal.app import MainWindow
from ipt_journal.services.session import Session
from ipt_journal.vault.vault import Vault
from tests.conftest import PASSPHRASE, files_containing


def make_window(qtbot, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(Session(data_dir))
    qtbot.addWidget(window)
    window.show()
    return window


def unlocked_window(qtbot, vault: Vault) -> MainWindow:  # type: ignore[no-untyped-def]
    data_dir = vault.data_dir
    vault.close()
    window = make_window(qtbot, data_dir)
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.try_unlock()
    assert window.workspace is not None
    return window


def complete_first_run(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    fr = window.first_run
    assert fr is not None
    qtbot.mouseClick(fr.begin_button, Qt.MouseButton.LeftButton)
    assert fr.currentIndex() == 1
    qtbot.keyClicks(fr.pass1, "short")
    assert not fr.create_button.isEnabled()
    fr.pass1.clear()
    qtbot.keyClicks(fr.pass1, PASSPHRASE)
    qtbot.keyClicks(fr.pass2, PASSPHRASE + "x")
    assert not fr.create_button.isEnabled()
    qtbot.keyClick(fr.pass2, Qt.Key.Key_Backspace)
    assert fr.create_button.isEnabled()
    qtbot.mouseClick(fr.create_button, Qt.MouseButton.LeftButton)
    assert fr.currentIndex() == 2
    code = fr.code_label.text()
    assert len(code) == 29
    qtbot.mouseClick(fr.written_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(fr.confirm_field, "ZZZZ")
    qtbot.keyClick(fr.confirm_field, Qt.Key.Key_Return)
    assert "doesn't match" in fr.confirm_error.text()
    fr.confirm_field.clear()
    qtbot.keyClicks(fr.confirm_field, fr.expected_confirmation().lower())
    qtbot.keyClick(fr.confirm_field, Qt.Key.Key_Return)
    assert fr.currentIndex() == 4  # the group's rhythm, which can be skipped
    fr.group_form.weekday.setCurrentIndex(3)
    fr.group_form.limited.setChecked(True)
    fr.group_form.total.setValue(12)
    with qtbot.waitSignal(fr.finished):
        fr.save_group()
    window.recovery_code_for_test = code  # type: ignore[attr-defined]


def test_first_run_flow_creates_a_vault(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, data_dir)
    complete_first_run(qtbot, window)
    assert window.workspace is not None and window.session.is_unlocked
    assert "session" in window.workspace.today.group_line.text() or "ended" in window.workspace.today.group_line.text()
    window.lock()
    with Vault.open(data_dir, passphrase=PASSPHRASE) as v:
        from ipt_journal.vault.settings import VaultSettings

        assert VaultSettings(v).get("group_schedule")["total_sessions"] == 12
    with Vault.open(data_dir, recovery_code=window.recovery_code_for_test):  # type: ignore[attr-defined]
        pass


def test_unlock_wrong_then_right(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    data_dir = vault.data_dir
    vault.close()
    window = make_window(qtbot, data_dir)
    screen = window.unlock_screen
    assert window.pages.currentWidget() is screen
    qtbot.keyClicks(screen.passphrase, "wrong one here")
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert "doesn't open" in screen.message.text()
    assert screen.passphrase.text() == ""
    assert not window.session.is_unlocked
    qtbot.keyClicks(screen.passphrase, PASSPHRASE)
    with qtbot.waitSignal(screen.unlocked):
        qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert window.workspace is not None


def test_repeated_failures_pause_the_unlock_button(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    data_dir = vault.data_dir
    vault.close()
    window = make_window(qtbot, data_dir)
    screen = window.unlock_screen
    for _ in range(3):
        screen.passphrase.setText("nope nope nope")
        screen.try_unlock()
    assert not screen.unlock_button.isEnabled()
    assert "try again in 1 second" in screen.message.text()
    qtbot.waitUntil(screen.unlock_button.isEnabled, timeout=3000)


def test_recovery_code_path_sets_a_new_passphrase(qtbot, vault_with_code) -> None:  # type: ignore[no-untyped-def]
    vault, code = vault_with_code
    data_dir = vault.data_dir
    vault.close()
    window = make_window(qtbot, data_dir)
    screen = window.unlock_screen
    screen.show_recovery()
    qtbot.keyClicks(screen.code, "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")
    screen.try_recovery()
    assert "doesn't open" in screen.code_message.text()
    screen.code.setText(code.lower())
    screen.try_recovery()
    assert screen.currentIndex() == 2
    qtbot.keyClicks(screen.new1, "a fresh start for me")
    qtbot.keyClicks(screen.new2, "a fresh start for me")
    with qtbot.waitSignal(screen.unlocked):
        qtbot.mouseClick(screen.set_button, Qt.MouseButton.LeftButton)
    window.lock()
    with Vault.open(data_dir, passphrase="a fresh start for me"):
        pass


def visible_text(root: QWidget) -> str:
    """Every piece of text any widget under root holds, models included."""
    parts: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, QLineEdit):
            parts.append(w.text())
        elif isinstance(w, (QTextEdit, QPlainTextEdit)):
            parts.append(w.toPlainText())
        elif isinstance(w, QLabel):
            parts.append(w.text())
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            for r in range(m.rowCount()):
                parts.append(str(m.data(m.index(r, 0))))
    return "\n".join(parts)


@pytest.mark.parametrize("how", ["ctrl_l", "idle"])
def test_lock_saves_and_clears_every_widget(qtbot, vault: Vault, how: str) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, vault)
    data_dir = window.session.data_dir
    ws = window.workspace
    assert ws is not None
    ws.nav.setCurrentRow(1)
    ws.journal.start_entry("free")
    marker = "LOCKMARKER-d41d8c"
    qtbot.keyClicks(ws.journal.editor.body, f"{marker} typed just before locking")
    assert marker in visible_text(window)
    with qtbot.waitSignal(window.locked):
        if how == "ctrl_l":
            assert window.lock_action.shortcut().toString() == "Ctrl+L"
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow)
            qtbot.keyClick(ws.journal.editor.body, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        else:
            window.idle.set_minutes(1)
            window.idle.timer.setInterval(10)
            window.idle.timer.start()
    assert window.workspace is None and not window.session.is_unlocked
    assert window.pages.currentWidget() is window.unlock_screen
    assert marker not in visible_text(window)
    assert files_containing(data_dir, marker) == []
    with Vault.open(data_dir, passphrase=PASSPHRASE) as v:
        from ipt_journal.vault.journal import JournalRepository

        hits = JournalRepository(v).search(marker)
        assert len(hits) == 1  # the pending text was saved before locking


def test_settings_hold_no_member_text(qtbot, vault: Vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import os

    window = unlocked_window(qtbot, vault)
    data_dir = window.session.data_dir
    ws = window.workspace
    ws.nav.setCurrentRow(1)
    ws.journal.start_entry("free")
    marker = "SETTINGSMARKER-99ab"
    qtbot.keyClicks(ws.journal.editor.body, marker)
    ws.search_field.setText(marker)
    ws.search.run()
    window.close()
    config = Path(os.environ["XDG_CONFIG_HOME"])
    assert any(config.rglob("*")), "geometry should have been saved somewhere under the test config dir"
    assert files_containing(config, marker) == []
    assert files_containing(config, PASSPHRASE) == []
    assert files_containing(data_dir, marker) == []


def test_idle_lock_preference_is_kept_and_can_be_off(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    from ipt_journal.app import preferences
    from ipt_journal.ui.preferences import PreferencesDialog

    data_dir = vault.data_dir
    vault.close()
    window = make_window(qtbot, data_dir)
    assert window.idle.minutes == 5 and window.idle.timer.interval() == 5 * 60_000
    window.set_idle_minutes(0)
    assert not window.idle.timer.isActive()
    assert int(preferences().value("idle_lock_minutes")) == 0
    window.set_idle_minutes(90)
    assert window.idle.minutes == 60
    again = make_window(qtbot, data_dir / "other")
    assert again.idle.minutes == 60
    dialog = PreferencesDialog(12)
    qtbot.addWidget(dialog)
    assert dialog.idle.value() == 12 and dialog.idle.minimum() == 0 and dialog.idle.maximum() == 60


def test_second_launch_on_the_same_vault_says_so_and_touches_nothing(qtbot, vault: Vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from ipt_journal.app import run_gui
    from ipt_journal.vault.instance import InstanceLock
    from tests.conftest import snapshot

    data_dir = vault.data_dir
    vault.close()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, text: told.append(text)))
    with InstanceLock(data_dir):  # the first window
        before = snapshot(data_dir)
        assert run_gui(data_dir) == 5
        assert snapshot(data_dir) == before
    assert told and "already open" in told[0]


def test_text_copied_from_the_journal_is_cleared_later(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QPlainTextEdit

    from ipt_journal.ui import clipboard

    monkeypatch.setattr(clipboard, "CLEAR_AFTER_MS", 50)
    board = QGuiApplication.clipboard()
    clipboard.watch_copies()  # as run_gui does
    field = QPlainTextEdit("my words from tonight")
    qtbot.addWidget(field)
    field.selectAll()
    field.copy()  # copied while the app is in front: the watcher schedules the clear
    assert board.text() == "my words from tonight"
    assert any(t.property("text") == "my words from tonight" for t in clipboard._pending)
    qtbot.waitUntil(lambda: board.text() == "", timeout=3000)
    clipboard.stop_watching()
    # something the member copied elsewhere afterwards is left alone
    clipboard.schedule_clear("old text")
    board.setText("copied in another app")
    timer = clipboard._pending[-1]
    with qtbot.waitSignal(timer.timeout, timeout=3000):
        pass
    assert board.text() == "copied in another app"


def test_idle_lock_while_a_dialog_is_open_closes_it_and_locks(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    from ipt_journal.domain.entries import Entry

    window = unlocked_window(qtbot, vault)
    ws = window.workspace
    from datetime import datetime

    entry = window.session.journal.save(Entry(kind="free", entry_at=datetime.now().astimezone(), body="x"))
    window.session.journal.move_to_trash(entry.id)
    ws.nav.setCurrentRow(1)
    QTimer.singleShot(0, window.lock)  # fires inside the Trash dialog's own event loop
    with qtbot.waitSignal(window.locked, timeout=5000):
        ws.journal.open_trash()  # exec() returns when the lock rejects the dialog
    assert not window.session.is_unlocked and window.workspace is None
    assert window.pages.currentWidget() is window.unlock_screen


def test_odd_idle_setting_falls_back_to_the_default(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from ipt_journal.app import preferences

    preferences().setValue("idle_lock_minutes", "soon")
    window = make_window(qtbot, data_dir)
    assert window.idle.minutes == 5


def test_real_input_on_the_window_restarts_the_idle_timer(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, data_dir)
    window.idle.timer.stop()
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Shift)
    assert window.idle.timer.isActive()
    window.idle.timer.stop()
    qtbot.mouseMove(window.windowHandle(), window.rect().center())
    qtbot.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, pos=window.rect().center())
    assert window.idle.timer.isActive()


def test_only_the_first_screens_are_built_at_unlock(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, vault)
    ws = window.workspace
    assert ws._next_session is None and ws._goals is None and ws._search is None
    ws.nav.setCurrentRow(3)
    assert ws._goals is not None and ws._next_session is None


def test_input_method_text_counts_as_activity(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    window = unlocked_window(qtbot, vault)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.workspace.nav.setCurrentRow(1)
    window.workspace.journal.start_entry("free")
    body = window.workspace.journal.editor.body
    body.setFocus()
    qtbot.waitUntil(body.hasFocus)
    window.idle.timer.stop()
    event = QInputMethodEvent()
    event.setCommitString("日記")
    QApplication.sendEvent(body, event)
    assert "日記" in body.toPlainText()
    assert window.idle.timer.isActive()


def test_lock_closes_an_open_context_menu(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QMenu

    window = unlocked_window(qtbot, vault)
    menu = QMenu(window)
    menu.addAction("Bring to group")
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is menu)
    window.lock()
    assert QApplication.activePopupWidget() is None and not window.session.is_unlocked


def test_quit_with_text_that_cannot_be_saved_asks_first(qtbot, vault: Vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ipt_journal.ui import dialogs
    from ipt_journal.ui.editor import SaveFailed

    window = unlocked_window(qtbot, vault)

    def failing() -> None:
        raise SaveFailed("OperationalError")

    monkeypatch.setattr(window.workspace.journal, "save_pending", failing)
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, yes="": asked.append(text) or False)
    window.close()
    assert asked and "could not be saved" in asked[0]
    assert window.isVisible() and window.session.is_unlocked  # the member chose to stay: nothing is lost
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    window.close()
    assert not window.isVisible() and not window.session.is_unlocked
