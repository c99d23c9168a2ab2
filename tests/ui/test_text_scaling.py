"""Large text on a small window: at 900x600 with 150% text no button, label or list box is cut.

A control narrower (or lower) than its minimum size hint shows only part of its words; one that
runs past the window's right edge (outside any scroll area) is cut as well. Walks first run (every
page), the lock screen (every page) and every section of the unlocked window. KNOWN holds what is
not fixed yet, as tests/ui/test_accessibility.py does: a new problem fails at once, a fixed one must
be struck.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QStackedWidget,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)

from ipt_journal.services.session import Session
from ipt_journal.ui import style
from ipt_journal.ui.main_window import MainWindow
from ipt_journal.vault.vault import Vault
from tests.conftest import PASSPHRASE

KNOWN: set[str] = set()  # not fixed yet: strike each entry as it is fixed (the test says when)
# Whole screens whose content is wider than their scroll area at 150% text (what is cut there
# follows today's prompt, so it is matched by its start); ui/today.py's owner strikes this.
KNOWN_PREFIXES: tuple[str, ...] = ()


@pytest.fixture
def large_text(qapp):  # type: ignore[no-untyped-def]
    font, palette, sheet = qapp.font(), qapp.palette(), qapp.styleSheet()
    bigger = qapp.font()
    bigger.setPointSizeF(max(font.pointSizeF(), style.MIN_PT) * 1.5)
    qapp.setFont(bigger)
    style.apply(qapp, "light")
    yield
    qapp.setFont(font)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)


def _describe(w: QWidget) -> str:
    text = w.text() if isinstance(w, QAbstractButton | QLabel) else w.currentText() if isinstance(w, QComboBox) else ""
    text = " ".join(text.split())
    return f"{type(w).__name__}({w.objectName() or '-'}) {text[:40]!r}"


def _scroll_area(w: QWidget, root: QWidget) -> QAbstractScrollArea | None:
    p = w.parentWidget()
    while p is not None and p is not root:
        if isinstance(p, QAbstractScrollArea):
            return p
        p = p.parentWidget()
    return None


def combo_text_cut(combo: QComboBox) -> bool:
    """A drop-down whose chosen words are wider than the room its frame leaves for them.

    Its minimum size hint cannot tell: a combo sized to a few characters' width has a small hint and
    still cuts "All suggestions" to "All suggestion".
    """
    if combo.isEditable() or not combo.currentText():
        return False  # an editable one scrolls its own line; an empty one shows nothing to cut
    opt = QStyleOptionComboBox()
    combo.initStyleOption(opt)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    # the style draws the words a pixel in from each side of that field, and clips them there
    return combo.fontMetrics().horizontalAdvance(combo.currentText()) > field.width() - 2


def clipped(root: QWidget, *, sideways: bool = False) -> set[str]:
    """Each visible button, label or combo box on root that cannot show all it holds.

    With sideways, one that reaches past the edge of the scroll area it is in counts as well, even where
    that area can scroll sideways: at the smallest window nothing should need it.
    """
    out = set()
    window = QRect(QPoint(0, 0), root.size())
    for w in root.findChildren(QWidget):
        if not isinstance(w, QAbstractButton | QLabel | QComboBox) or not w.isVisibleTo(root):
            continue
        if w.objectName().startswith("qt_") or not w.isVisible():
            continue
        if isinstance(w, QLabel) and not w.text().strip() and w.pixmap().isNull():
            continue  # an empty line waiting for a message
        if isinstance(w.parentWidget(), QTabBar) and not w.text():
            continue  # the tab bar's own arrows, shown when its tabs scroll: no words to cut
        hint = w.minimumSizeHint()
        if w.width() + 1 < hint.width():
            out.add(f"narrower than its text: {_describe(w)}")
        elif w.height() + 1 < hint.height():
            out.add(f"lower than its text: {_describe(w)}")
        elif isinstance(w, QComboBox) and combo_text_cut(w):
            out.add(f"narrower than its text: {_describe(w)}")
        area = _scroll_area(w, root)
        if area is None:
            where = QRect(w.mapTo(root, QPoint(0, 0)), w.size())
            if where.right() > window.right() + 1:
                out.add(f"cut at the window's right edge: {_describe(w)}")
        elif sideways or area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
            # a view that cannot scroll sideways cuts whatever is wider than it
            right = w.mapTo(area.viewport(), QPoint(w.width(), 0)).x()
            if right > area.viewport().width() + 1:
                out.add(f"cut at the right edge of its scroll area: {_describe(w)}")
            elif sideways:  # inside its own area, but that area may lie past the window's edge
                where = QRect(w.mapTo(root, QPoint(0, 0)), w.size())
                if where.right() > window.right() + 1:
                    out.add(f"cut at the window's right edge: {_describe(w)}")
    return out


def walk_stack(qtbot, window, stack: QStackedWidget, where: str) -> set[str]:  # type: ignore[no-untyped-def]
    found = set()
    for i in range(stack.count()):
        stack.setCurrentIndex(i)
        qtbot.wait(0)
        found |= {f"{where}[{i}]: {p}" for p in clipped(window)}
    return found


def show(qtbot, window: MainWindow) -> MainWindow:  # type: ignore[no-untyped-def]
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_first_run_and_lock_screen_at_150_percent(qtbot, data_dir: Path, large_text) -> None:  # type: ignore[no-untyped-def]
    window = show(qtbot, MainWindow(Session(data_dir)))
    window.first_run.code_label.setText("ABCD-EFGH-JKMN-PQRS-TVWX-YZ23")  # as long as a real code
    found = walk_stack(qtbot, window, window.first_run, "first run")
    s = Session(data_dir)
    s.create(PASSPHRASE)
    s.lock()
    locked = show(qtbot, MainWindow(Session(data_dir)))
    locked.unlock_screen.show_damage("The journal cannot be read.")
    found |= walk_stack(qtbot, locked, locked.unlock_screen, "unlock")
    assert found - KNOWN == set(), "controls cut at 150% text"
    assert {k for k in KNOWN if k.startswith(("first run", "unlock"))} - found == set(), "fixed: strike from KNOWN"


def test_every_section_at_150_percent(qtbot, vault: Vault, large_text) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_foundation_ui import unlocked_window

    window = unlocked_window(qtbot, vault)
    window.resize(900, 600)
    qtbot.waitExposed(window)
    found = set()
    nav = window.workspace.nav
    for row in range(nav.count()):
        nav.setCurrentRow(row)
        qtbot.wait(0)
        found |= {f"{nav.item(row).text()}: {p}" for p in clipped(window)}
    assert {f for f in found if not f.startswith(KNOWN_PREFIXES)} - KNOWN == set(), "controls cut at 150% text"
    sections = tuple(f"{nav.item(r).text()}:" for r in range(nav.count()))
    assert {k for k in KNOWN if k.startswith(sections)} - found == set(), "fixed: strike from KNOWN"
    assert [k for k in KNOWN_PREFIXES if not any(f.startswith(k) for f in found)] == [], "fixed: strike it"


def test_the_check_finds_a_cut_button(qtbot, large_text) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPushButton

    root = QWidget()
    qtbot.addWidget(root)
    b = QPushButton("A button with rather a lot of words on it", root)
    b.setGeometry(0, 0, 60, 30)
    root.resize(200, 100)
    root.show()
    assert any("narrower than its text" in p for p in clipped(root))


def test_preferences_and_keyboard_shortcuts_at_150_percent(qtbot, vault: Vault, large_text) -> None:  # type: ignore[no-untyped-def]
    from ipt_journal.ui.keyboard_shortcuts import KeyboardShortcutsDialog
    from ipt_journal.ui.preferences import PreferencesDialog
    from tests.ui.test_foundation_ui import unlocked_window

    window = unlocked_window(qtbot, vault)
    found = set()
    for where, dialog in (("Preferences", PreferencesDialog(5, window)), ("Keyboard shortcuts",
                                                                           KeyboardShortcutsDialog(window))):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        found |= {f"{where}: {p}" for p in clipped(dialog)}
    assert found == set(), "controls cut at 150% text"
