"""Locking (Ctrl+L and the idle timer) leaves no member text in any widget of the application and
closes the vault connection, after every screen has been visited and filled with unique markers."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabWidget,
    QTableWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from ipt_journal.app import MainWindow
from ipt_journal.domain.agenda import AgendaItem, Outcome
from ipt_journal.domain.entries import Entry
from ipt_journal.domain.goals import CheckIn, Goal
from ipt_journal.domain.schedule import GroupSchedule
from ipt_journal.services.group import Group
from ipt_journal.services.session import Session
from ipt_journal.vault.errors import VaultLocked
from ipt_journal.vault.vault import Vault
from tests.conftest import PASSPHRASE

ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
         Qt.ItemDataRole.StatusTipRole, Qt.ItemDataRole.WhatsThisRole, Qt.ItemDataRole.AccessibleTextRole,
         Qt.ItemDataRole.AccessibleDescriptionRole] + [Qt.ItemDataRole(Qt.ItemDataRole.UserRole + i) for i in range(12)]


def _model_text(model, parent: QModelIndex, out: list[str], depth: int = 0) -> None:  # type: ignore[no-untyped-def]
    if model is None or depth > 4:
        return
    try:
        columns = max(model.columnCount(parent), 1)
        tree = True
    except TypeError:  # list models keep columnCount and hasChildren private: one column, flat
        columns, tree = 1, False
    for r in range(model.rowCount(parent)):
        for c in range(columns):
            index = model.index(r, c, parent)
            for role in ROLES:
                value = model.data(index, role)
                if value is not None:
                    out.append(str(value))
            if tree and c == 0 and model.hasChildren(index):
                _model_text(model, index, out, depth + 1)


def widget_text(w: QWidget) -> list[str]:
    """Every string a widget holds or shows: contents, items, models, titles, tips, names."""
    out = [w.windowTitle(), w.toolTip(), w.statusTip(), w.whatsThis(), w.accessibleName(), w.accessibleDescription()]
    if isinstance(w, QLineEdit):
        out += [w.text(), w.placeholderText(), w.displayText()]
    if isinstance(w, (QTextEdit, QPlainTextEdit)):  # QTextBrowser is a QTextEdit
        out += [w.toPlainText(), w.document().toHtml(), w.placeholderText()]
    if isinstance(w, QLabel):
        out.append(w.text())
    if isinstance(w, QAbstractButton):
        out.append(w.text())
    if isinstance(w, QGroupBox):
        out.append(w.title())
    if isinstance(w, QTabWidget):
        out += [w.tabText(i) for i in range(w.count())] + [w.tabToolTip(i) for i in range(w.count())]
    if isinstance(w, QComboBox):
        out += [w.currentText()] + [w.itemText(i) for i in range(w.count())]
        out += [str(w.itemData(i)) for i in range(w.count())]
    if isinstance(w, QListWidget):
        for i in range(w.count()):
            item = w.item(i)
            out += [item.text(), item.toolTip(), item.statusTip()]
    if isinstance(w, QTreeWidget):
        stack = [w.topLevelItem(i) for i in range(w.topLevelItemCount())]
        while stack:
            item = stack.pop()
            out += [item.text(c) for c in range(w.columnCount())] + [item.toolTip(c) for c in range(w.columnCount())]
            stack += [item.child(i) for i in range(item.childCount())]
    if isinstance(w, QTableWidget):
        out += [w.item(r, c).text() for r in range(w.rowCount()) for c in range(w.columnCount()) if w.item(r, c)]
    if isinstance(w, QAbstractItemView):
        _model_text(w.model(), QModelIndex(), out)
    return out


def all_text(window: MainWindow) -> str:
    """The window and every widget the application still has, anywhere (parented or not)."""
    widgets = {id(w): w for w in [window, *window.findChildren(QWidget), *QApplication.allWidgets()]}
    parts = [window.statusBar().currentMessage()]
    for w in widgets.values():
        parts += widget_text(w)
    for action in window.findChildren(type(window.lock_action)):
        parts += [action.text(), action.toolTip(), action.statusTip()]
    return "\n".join(p for p in parts if p)


def _marker(label: str) -> str:
    return f"LOCKMRK{label.upper()}{uuid.uuid4().hex[:10]}"


@pytest.mark.parametrize("how", ["ctrl_l", "idle"])
def test_lock_leaves_no_member_text_in_any_widget(qtbot, data_dir: Path, how: str) -> None:  # type: ignore[no-untyped-def]
    markers: dict[str, str] = {}

    def mk(label: str) -> str:
        markers[label] = _marker(label)
        return markers[label]

    # -- a journal with something on every screen -------------------------------------------------
    now = datetime.now().astimezone()
    v, _code = Vault.create(data_dir, PASSPHRASE)
    v.close()
    s = Session(data_dir)
    s.unlock(PASSPHRASE)
    assert s.journal and s.agenda and s.sessions and s.goals
    entry = s.journal.save(Entry(kind="free", entry_at=now - timedelta(hours=1), title=mk("entry-title"),
                                 body=mk("entry-body") + " more words", tags=(mk("tag"),)))
    group = Group(s)
    # weekly on yesterday's weekday, so the last session was yesterday and its debrief is due
    yesterday = now - timedelta(days=1)
    group.set_schedule(GroupSchedule(weekday=yesterday.weekday(), start=clock_time(0, 5),
                                     first_date=(now - timedelta(days=29)).date(), total_sessions=30), now)
    items = [s.agenda.add(AgendaItem(mk(f"agenda{i}"), why=mk(f"why{i}"), draft=mk(f"draft{i}"), entry_id=entry.id))
             for i in range(2)]
    s.agenda.update(replace(items[0], feeling_note=mk("feeling-note")))
    earlier = [x for x in group.slots(now) if x.starts_at < now - timedelta(days=3)]
    s.agenda.record_outcome(Outcome(int(items[1].id), "carried", earlier[-1].starts_at, earlier[-1].id,  # type: ignore[arg-type]
                                    mk("happened"), mk("felt"), mk("feedback")))
    s.sessions.save_debrief(int(earlier[-1].id), {"noticed": mk("noticed")}, now=now)  # type: ignore[arg-type]
    goal = s.goals.create(Goal(title=mk("goal-title"), why=mk("goal-why"), observable=mk("goal-observable")))
    s.goals.add_checkin(CheckIn(int(goal.id), now - timedelta(days=2), direction=1, score=5,  # type: ignore[arg-type]
                                note=mk("checkin-note")))
    s.lock()

    # -- the real window, every screen visited -------------------------------------------------------
    window = MainWindow(Session(data_dir))
    qtbot.addWidget(window)
    window.show()
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.try_unlock()
    assert window.session.is_unlocked
    vault = window.session.vault
    ws = window.workspace
    assert ws is not None
    ws.nav.setCurrentRow(0)  # Today
    ws.nav.setCurrentRow(1)  # Journal, with the entry open and more typed into it
    ws.journal.open_entry(int(entry.id))  # type: ignore[arg-type]
    qtbot.keyClicks(ws.journal.editor.body, " " + mk("typed-body"))
    ws.journal.editor.title.setText(ws.journal.editor.title.text() + " " + mk("typed-title"))
    ws.nav.setCurrentRow(2)  # Next session: agenda, the debrief tab, history
    ns = ws.next_session
    ns.tabs.setCurrentIndex(0)
    ns._fill_items(select_id=items[0].id)
    ns.new_item.setText(mk("new-item-typed"))
    ns.f_draft.setPlainText(ns.f_draft.toPlainText() + " " + mk("draft-typed"))
    ns.tabs.setCurrentIndex(1)
    assert ns._debrief_rows, "the debrief of yesterday's session must show the open items"
    ns._debrief_rows[0][2].setText(mk("debrief-happened-typed"))
    ns.noticed.setPlainText(mk("debrief-noticed-typed"))
    ns.tabs.setCurrentIndex(2)
    ns.history.setCurrentRow(ns.history.count() - 1)
    ns.history_search.setText(mk("history-search"))
    ns.history_search.clear()
    for row in range(ns.history.count()):  # show the session with the outcome in the detail pane
        ns.history.setCurrentRow(row)
        if markers["happened"] in ns.history_detail.toPlainText():
            break
    ws.nav.setCurrentRow(3)  # Goals, with the goal open and a note typed
    ws.goals.open_goal(int(goal.id))  # type: ignore[arg-type]
    ws.goals.page.note.setText(mk("checkin-typed"))
    ws.goals.page.why.setPlainText(ws.goals.page.why.toPlainText() + " " + mk("goal-why-typed"))
    ws.search_field.setText(markers["entry-body"][:14])  # Search, with results (entries and goals)
    ws.search.run()
    assert ws.search.hits, "the search must find the entry"
    ws.search_field.setText(markers["goal-title"])
    ws.search.run()
    assert ws.search.goal_hits, "the search must find the goal"
    ws.search_field.setText(mk("search-typed"))
    ws.search.run()

    before = all_text(window)
    missing = sorted(label for label, m in markers.items() if m not in before)
    # every marker is somewhere in the widgets now (so the check after locking means something), except
    # the second agenda item's details (not selected) and the history search typed and cleared again
    assert set(missing) <= {"why1", "draft1", "history-search"}, missing
    shown = len(markers) - len(missing)

    with qtbot.waitSignal(window.locked, timeout=10_000):
        if how == "ctrl_l":
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow)
            qtbot.keyClick(ws.goals.page.note, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        else:
            window.idle.set_minutes(1)
            window.idle.timer.setInterval(10)
            window.idle.timer.start()
    window.wait_for_background_work()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the dropped workspace is really gone
    QApplication.processEvents()

    assert not window.session.is_unlocked and window.workspace is None
    assert not vault.is_open
    with pytest.raises(VaultLocked):
        vault.conn  # noqa: B018 - the connection is closed
    after = all_text(window)
    leaked = sorted(label for label, m in markers.items() if m in after)
    assert leaked == [], f"member text left in widgets after locking: {leaked}"
    assert window.pages.currentWidget() is window.unlock_screen
    print(f"\nlock-{how}: {len(markers)} markers, {shown} shown in widgets before locking, 0 after; "
          f"{len(QApplication.allWidgets())} widgets walked after")
    # what was typed was saved before locking
    with Vault.open(data_dir, passphrase=PASSPHRASE) as v2:
        from ipt_journal.vault.journal import JournalRepository

        assert JournalRepository(v2).search(markers["typed-body"])
