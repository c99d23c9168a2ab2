"""A screen reader and voice control can use every screen: each control named, names carry what is seen.

Walks first run (every page), the lock screen (every page), every section of the unlocked window
and the main dialogs, and lists each problem tests/ui/a11y.py finds. KNOWN holds the problems not
fixed yet, so that a new one fails at once and a fixed one must be struck from the list.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QStackedWidget

from ipt_journal.services.session import Session
from ipt_journal.ui.main_window import MainWindow
from ipt_journal.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.a11y import problems

KNOWN: set[str] = set()  # problems not fixed yet (none now); a new one fails the walk at once


def walk_stack(qtbot, window, stack: QStackedWidget, where: str) -> set[str]:  # type: ignore[no-untyped-def]
    found = set()
    for i in range(stack.count()):
        stack.setCurrentIndex(i)
        qtbot.wait(0)  # let the page show (no time passes)
        found |= {f"{where}[{i}]: {p}" for p in problems(window)}
    return found


def test_first_run_and_lock_screen_pages(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(Session(data_dir))
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    found = walk_stack(qtbot, window, window.first_run, "first run")
    s = Session(data_dir)
    s.create(PASSPHRASE)
    s.lock()
    locked = MainWindow(Session(data_dir))
    qtbot.addWidget(locked)
    locked.resize(900, 600)
    locked.show()
    found |= walk_stack(qtbot, locked, locked.unlock_screen, "unlock")
    assert found - KNOWN == set(), "new accessibility problems"
    assert {k for k in KNOWN if k.startswith(("first run", "unlock"))} - found == set(), "fixed: strike from KNOWN"


def test_every_section_of_the_unlocked_window(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_foundation_ui import unlocked_window

    window = unlocked_window(qtbot, vault)
    window.resize(900, 600)
    found = set()
    nav = window.workspace.nav
    for row in range(nav.count()):
        nav.setCurrentRow(row)
        qtbot.wait(0)
        found |= {f"{nav.item(row).text()}: {p}" for p in problems(window)}
    assert found - KNOWN == set(), "new accessibility problems"
    sections = tuple(f"{nav.item(r).text()}:" for r in range(nav.count()))
    assert {k for k in KNOWN if k.startswith(sections)} - found == set(), "fixed: strike from KNOWN"


def walk_dialog(qtbot, dialog, where: str) -> set[str]:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.resize(900, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    return {f"{where}: {p}" for p in problems(dialog)}


def test_the_main_dialogs(qtbot, vault: Vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Preferences, Keyboard shortcuts, Trash, Go to a day and the dates filter, as a member opens them."""
    from ipt_journal.ui import dialogs, journal
    from ipt_journal.ui.keyboard_shortcuts import KeyboardShortcutsDialog
    from ipt_journal.ui.preferences import PreferencesDialog
    from tests.ui.test_foundation_ui import unlocked_window

    window = unlocked_window(qtbot, vault)
    found = walk_dialog(qtbot, PreferencesDialog(5, window), "Preferences")
    found |= walk_dialog(qtbot, KeyboardShortcutsDialog(window), "Keyboard shortcuts")
    shown = []
    monkeypatch.setattr(dialogs, "run", lambda dialog: shown.append(dialog) or False)
    screen = window.workspace.journal
    screen.open_trash()
    screen._pick_day()
    journal.ask_date_range(screen, None)
    for dialog, where in zip(shown, ("Trash", "Go to a day", "Show entries between"), strict=True):
        found |= walk_dialog(qtbot, dialog, where)
    assert found - KNOWN == set(), "new accessibility problems"
    dialog_names = ("Preferences:", "Keyboard shortcuts:", "Trash:", "Go to a day:", "Show entries between:")
    assert {k for k in KNOWN if k.startswith(dialog_names)} - found == set(), "fixed: strike from KNOWN"


def test_a_control_with_no_name_is_found(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The walk itself: an unnamed field, a nameless icon button and a calendar are all caught."""
    from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QToolButton, QVBoxLayout, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    box = QVBoxLayout(root)
    for w in (QLineEdit(), QToolButton(), QCalendarWidget()):
        box.addWidget(w)
    root.show()
    assert sorted(p.split("(")[0] for p in problems(root)) == ["unnamed QCalendarWidget", "unnamed QLineEdit",
                                                               "unnamed QToolButton"]


def test_the_recovery_code_is_spelled_and_the_confirm_field_says_which_group(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from ipt_journal.ui.first_run import FirstRun

    fr = FirstRun(Session(data_dir))
    qtbot.addWidget(fr)
    fr.setCurrentIndex(1)
    fr.pass1.setText(PASSPHRASE)
    fr.pass2.setText(PASSPHRASE)
    fr._create()
    code = fr.code_label.text()
    groups = code.split("-")
    described = fr.code_label.accessibleDescription()
    assert code in described and ", ".join(" ".join(g) for g in groups) in described  # "7 K 3 M, Q 9 X T, …"
    assert fr.code_label.focusPolicy() & Qt.FocusPolicy.TabFocus  # Tab reaches it, so it is read out
    fr._ask_confirmation()
    ordinal = ("first", "second", "third", "fourth", "fifth", "sixth")[fr._confirm_group]
    assert ordinal in fr.confirm_field.accessibleName() and ordinal in fr.confirm_prompt.text()
    assert fr.expected_confirmation() == groups[fr._confirm_group]


def test_the_sections_stay_the_left_most_list_on_every_screen(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    """A tool (or a person) looking for the window's sections finds the left-most list of a few items:
    with three items on the agenda, three goals and three people, it must still be the sections."""
    from datetime import datetime

    from PySide6.QtWidgets import QApplication, QListWidget

    from ipt_journal.domain.agenda import AgendaItem
    from ipt_journal.domain.goals import Goal
    from ipt_journal.domain.people import Person
    from ipt_journal.services.session import Session as _Session
    from tests.ui.test_foundation_ui import unlocked_window

    window = unlocked_window(qtbot, vault)
    session: _Session = window.session
    now = datetime.now().astimezone()
    for i in range(3):
        session.agenda.add(AgendaItem(f"Something to raise {i}"), now=now)
        session.goals.create(Goal(title=f"Goal {i}", why="", horizon="short"))
        session.people.save(Person(f"P{i}"))
    window.resize(900, 600)
    nav = window.workspace.nav
    for row in range(nav.count()):
        nav.setCurrentRow(row)
        qtbot.wait(0)
        lists = [lw for top in QApplication.topLevelWidgets() for lw in top.findChildren(QListWidget)
                 if lw.isVisible() and 3 <= lw.count() <= 12]
        leftmost = min(lists, key=lambda lw: lw.x())  # the first of equals, as the walker takes it
        assert leftmost is nav, f"on {nav.item(row).text()}: {leftmost.accessibleName()} at x={leftmost.x()}"
