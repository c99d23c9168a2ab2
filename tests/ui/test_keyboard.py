"""The keyboard path: explicit keys for the menus, a list of every shortcut, Tab in reading order."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QScrollArea, QStackedWidget, QWidget

from ipt_journal.services.session import Session
from ipt_journal.ui import dialogs
from ipt_journal.ui.keyboard_shortcuts import KeyboardShortcutsDialog, shortcuts
from ipt_journal.ui.main_window import MainWindow
from ipt_journal.vault.vault import Vault
from tests.conftest import PASSPHRASE

UI = Path(__file__).resolve().parents[2] / "ipt_journal" / "ui"
KEY = re.compile(r"""["']((?:Ctrl|Alt|Shift|Meta)(?:\+[A-Za-z0-9,/]+)+|F\d{1,2})["']""")


def listed_keys() -> dict[str, set[str]]:
    """Every key of the list, by where it works; a range "Ctrl+1 … Ctrl+6" stands for each key in it."""
    out: dict[str, set[str]] = {}
    for where, rows in shortcuts():
        keys = out.setdefault(where, set())
        for row, _what in rows:
            if "…" in row:
                first, _, last = row
                stem = first.rstrip("0123456789")
                keys |= {f"{stem}{n}" for n in range(int(first[len(stem):]), int(last[len(stem):]) + 1)}
            else:
                keys |= set(row)
    return out


def keys_in_the_code() -> set[str]:
    found = set()
    for f in UI.rglob("*.py"):
        text = f.read_text(encoding="utf-8")
        found |= set(KEY.findall(text))
        for name in re.findall(r"StandardKey\.(\w+)", text):
            found.add(QKeySequence(getattr(QKeySequence.StandardKey, name)).toString())
    return found - {""}


def test_every_key_in_the_code_is_in_the_list_and_none_clash_with_the_global_ones(qapp) -> None:  # type: ignore[no-untyped-def]
    listed = listed_keys()
    everything = set().union(*listed.values())
    missing = keys_in_the_code() - everything
    assert missing == set(), f"add these to ui/keyboard_shortcuts.py: {sorted(missing)}"
    everywhere = listed["Everywhere"]
    for where, keys in listed.items():
        if where != "Everywhere":
            assert not keys & everywhere, f"{where} reuses a key that works everywhere: {keys & everywhere}"


def test_the_menus_have_explicit_keys_and_help_lists_them(qtbot, vault: Vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_foundation_ui import unlocked_window

    window = unlocked_window(qtbot, vault)
    assert window.preferences_action.shortcut() == QKeySequence("Ctrl+,")  # empty as a standard key on Linux
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    keys = {k: a.shortcut().toString() for k, a in window.data_actions.items()}
    assert keys == {"backup": "Ctrl+Shift+S", "restore": "Ctrl+Shift+R", "export": "Ctrl+Shift+E",
                    "import": "Ctrl+Shift+I"}
    shown = []
    monkeypatch.setattr(dialogs, "run", lambda dialog: shown.append(dialog) or False)
    window.shortcuts_action.trigger()
    assert len(shown) == 1 and isinstance(shown[0], KeyboardShortcutsDialog)
    qtbot.addWidget(shown[0])
    table = shown[0].table
    rows = [(table.item(r, 0), table.item(r, 1)) for r in range(table.rowCount()) if table.columnSpan(r, 0) == 1]
    assert len(rows) == sum(len(r) for _w, r in shortcuts()) and len(rows) > 30
    assert table.rowCount() == len(rows) + len(shortcuts())  # a heading row for each place
    texts = {keys.text() for keys, _what in rows}
    for action in (window.lock_action, window.preferences_action, window.quit_action, *window.data_actions.values()):
        native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert native in texts, native
    assert all(keys.data(Qt.ItemDataRole.AccessibleTextRole) == f"{keys.text()}: {what.text()}" for keys, what in rows)


def test_journal_keys_open_go_to_day_and_the_trash(qtbot, vault: Vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_foundation_ui import unlocked_window

    window = unlocked_window(qtbot, vault)
    window.workspace.nav.setCurrentRow(1)
    screen = window.workspace.journal
    assert screen.jump.shortcut() == QKeySequence("Ctrl+G")
    assert screen.trash_button.shortcut() == QKeySequence("Ctrl+Shift+T")
    shown = []
    monkeypatch.setattr(dialogs, "run", lambda dialog: shown.append(dialog.windowTitle()) or False)
    screen.jump.animateClick()  # what the shortcut does: click the button
    qtbot.waitUntil(lambda: shown == ["Go to a day"])
    screen.trash_button.animateClick()
    qtbot.waitUntil(lambda: shown == ["Go to a day", "Trash"])


# -- Tab in reading order ------------------------------------------------------------------------------------


def controls(page: QWidget) -> list[QWidget]:
    """What Tab should reach on the page: visible, enabled, outermost controls that take Tab."""
    found = [w for w in page.findChildren(QWidget)
             if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
             and w.focusProxy() is None and not isinstance(w, QScrollArea)]
    return [w for w in found if not any(o is not w and o.isAncestorOf(w) for o in found)]


def tab_through(qtbot, page: QWidget) -> list[QWidget]:  # type: ignore[no-untyped-def]
    wanted = controls(page)
    top_left = min(wanted, key=lambda w: (w.mapTo(page, QPoint(0, 0)).y(), w.mapTo(page, QPoint(0, 0)).x()))
    top_left.setFocus(Qt.FocusReason.TabFocusReason)
    seen = [top_left]
    def current() -> QWidget | None:
        w = page.window().focusWidget()
        while w is not None and w not in wanted:
            w = w.parentWidget()
        return w

    for _ in range(len(wanted) - 1):
        for _section in range(4):  # a date or time field takes Tab through its day, month, year first (Qt's way)
            qtbot.keyClick(page.window().focusWidget(), Qt.Key.Key_Tab)
            if current() is not seen[-1]:
                break
        seen.append(current())
    return seen


def assert_reading_order(page: QWidget, seen: list[QWidget], where: str) -> None:
    assert set(seen) == set(controls(page)) and len(seen) == len(set(seen)), f"{where}: Tab misses or repeats"
    for a, b in zip(seen, seen[1:]):
        pa, pb = a.mapTo(page, QPoint(0, 0)), b.mapTo(page, QPoint(0, 0))
        below = pb.y() + b.height() / 2 > pa.y() + a.height()  # b starts a later line
        beside = pb.y() < pa.y() + a.height() and pb.y() + b.height() > pa.y() and pb.x() > pa.x()
        assert below or beside, f"{where}: Tab goes from {a.accessibleName() or a.text()!r} back up to " \
                                f"{b.accessibleName() or b.text()!r}"  # type: ignore[attr-defined]


def walk(qtbot, window: MainWindow, stack: QStackedWidget, where: str) -> int:  # type: ignore[no-untyped-def]
    pages = 0
    for i in range(stack.count()):
        stack.setCurrentIndex(i)
        qtbot.wait(0)
        page = stack.currentWidget()
        seen = tab_through(qtbot, page)
        assert len(seen) >= 2  # the Support button and at least the way on
        assert_reading_order(page, seen, f"{where}[{i}]")
        qtbot.keyClick(page.window().focusWidget(), Qt.Key.Key_Backtab)
        assert page.window().focusWidget() in (seen[-2], *seen[-2].findChildren(QWidget)), f"{where}[{i}]: Shift+Tab"
        pages += 1
    return pages


def test_tab_follows_the_reading_order_on_first_run_and_unlock(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(Session(data_dir))
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    assert walk(qtbot, window, window.first_run, "first run") == 5
    s = Session(data_dir)
    s.create(PASSPHRASE)
    s.lock()
    locked = MainWindow(Session(data_dir))
    qtbot.addWidget(locked)
    locked.resize(900, 600)
    locked.show()
    locked.activateWindow()
    qtbot.waitActive(locked)
    locked.unlock_screen.show_damage("The journal cannot be read.")  # the restore button takes its place too
    assert walk(qtbot, locked, locked.unlock_screen, "unlock") == 3
    locked.unlock_screen.setCurrentIndex(0)
    first = locked.unlock_screen.widget(0)
    order = tab_through(qtbot, first)
    assert order[0] is locked.unlock_screen.support_buttons[0]  # top right, read first
    assert order.index(locked.unlock_screen.passphrase) < order.index(locked.unlock_screen.restore_button)


def test_the_reading_order_check_catches_a_wrong_order_and_the_page_helper_fixes_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    import pytest
    from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout

    from ipt_journal.ui.widgets import tab_in_reading_order

    page = QWidget()
    qtbot.addWidget(page)
    box = QVBoxLayout(page)
    field = QLineEdit()
    field.setAccessibleName("field")
    row = QHBoxLayout()
    left, right = QPushButton("left"), QPushButton("right")
    row.addWidget(left)
    row.addWidget(right)
    box.addWidget(field)
    box.addLayout(row)
    top = QPushButton("top")  # made last, shown first: as the Support button is
    box.insertWidget(0, top)
    QWidget.setTabOrder(right, left)  # a wrong order within the row
    page.resize(400, 200)
    page.show()
    page.activateWindow()
    qtbot.waitActive(page)
    with pytest.raises(AssertionError):
        assert_reading_order(page, tab_through(qtbot, page), "wrong")
    assert tab_in_reading_order(page) == [top, field, left, right]
    assert_reading_order(page, tab_through(qtbot, page), "fixed")
