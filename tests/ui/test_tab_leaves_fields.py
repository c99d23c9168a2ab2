"""No keyboard trap: Tab leaves every text field of every section (and Shift+Tab goes back)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from ipt_journal.vault.vault import Vault


def editable_fields(root):  # type: ignore[no-untyped-def]
    for w in root.findChildren(QWidget):
        if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)) and w.isVisible() and w.isEnabled() and not (hasattr(w, "isReadOnly") and w.isReadOnly()) \
                and w.focusPolicy() & Qt.FocusPolicy.TabFocus and not w.objectName().startswith("qt_"):
            yield w


def test_tab_and_shift_tab_leave_every_text_field(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_foundation_ui import unlocked_window

    window = unlocked_window(qtbot, vault)
    window.resize(900, 600)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)  # focus moves only in the active window
    window.workspace.journal.start_entry("feedback")  # a form with every kind of field, and the body
    trapped = []
    nav = window.workspace.nav
    checked = 0
    for row in range(nav.count()):
        nav.setCurrentRow(row)
        if row == 1:
            window.workspace.journal.start_entry("feedback")
        qtbot.wait(0)
        for field in list(editable_fields(window)):
            for key, mod in ((Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
                             (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)):
                field.setFocus()
                qtbot.wait(0)
                if QApplication.focusWidget() is not field:
                    continue  # not focusable right now (another tab, a collapsed part)
                qtbot.keyClick(field, key, mod)
                checked += 1
                if QApplication.focusWidget() is field:
                    trapped.append(f"{nav.item(row).text()}: {type(field).__name__} {field.accessibleName()!r}")
    assert checked >= 10 and trapped == []
