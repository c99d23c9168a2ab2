"""The smallest window, 900x600, at 100% and 150% text in English and Spanish: every word shows whole.

The Journal with an entry of each form open (and a free entry naming someone), its filters on every
kind and period, the People circle tab and Next session's Past sessions. Nothing may be cut, nor reach
past the edge of the scroll area it is in: the editor at this size needs no sideways scrolling.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QListWidget, QWidget

from ipt_journal.domain.agenda import AgendaItem, Outcome
from ipt_journal.domain.entries import FORMS, Entry, Feeling
from ipt_journal.domain.people import Person
from ipt_journal.domain.schedule import GroupSchedule
from ipt_journal.services.group import Group
from ipt_journal.services.session import Session
from ipt_journal.ui import i18n, style
from ipt_journal.ui.editor.words import install_labels
from ipt_journal.ui.main_window import MainWindow
from ipt_journal.ui.workspace import NAV
from tests.conftest import PASSPHRASE
from ipt_journal.ui.widgets import FittingComboBox
from tests.ui.test_text_scaling import _describe, clipped, combo_text_cut


LOOKS = [("en", 1.0), ("es", 1.0), ("en", 1.5), ("es", 1.5)]


@pytest.fixture(params=LOOKS, ids=[f"{lang}-{int(scale * 100)}" for lang, scale in LOOKS])
def look(request, qapp):  # type: ignore[no-untyped-def]
    lang, scale = request.param
    font, palette, sheet = qapp.font(), qapp.palette(), qapp.styleSheet()
    sized = qapp.font()
    sized.setPointSizeF(max(font.pointSizeF(), style.MIN_PT) * scale)
    qapp.setFont(sized)
    style.apply(qapp, "light")
    i18n.install(lang)
    install_labels()
    yield lang, scale
    i18n.install("en")
    install_labels()
    qapp.setFont(font)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)


def _journal_to_look_at(data_dir: Path) -> None:
    """An entry of every form and a free one naming someone; a group six weeks in, one session looked back on."""
    s = Session(data_dir)
    s.create(PASSPHRASE)
    now = datetime.now().astimezone().replace(second=0, microsecond=0)
    for n, kind in enumerate(("free", *FORMS)):
        spec = FORMS.get(kind)
        feelings = (Feeling("anxious", 6),) if spec and any(f.kind == "feelings" for f in spec.fields) else ()
        saved = s.journal.save(Entry(kind, now - timedelta(hours=n + 1), title=f"Entry {n}", body="A few words.",
                                     tags=("family", "work"), feelings=feelings))
        if kind == "free":
            person = s.people.save(Person("Dani"))
            s.people.set_people_for("entry", int(saved.id), [int(person.id)])
            s.people.place(int(person.id), 1)
    first = now.date() - timedelta(weeks=6)
    group = Group(s)
    group.set_schedule(GroupSchedule(first.weekday(), time(18, 30), first, 90, 16), now)
    held = [slot for slot in group.slots(now) if slot.ends_at <= now]
    last = int(held[-1].id)
    item = s.agenda.add(AgendaItem("Thank R. for nodding when I talked"), now=now - timedelta(days=8))
    s.agenda.record_outcome(Outcome(int(item.id), "raised", now - timedelta(days=1), last, what_happened="I said it."))
    s.sessions.save_debrief(last, {"noticed": "My shoulders dropped."}, now=now - timedelta(days=1))
    s.lock()


def _window(qtbot, data_dir: Path, lang: str) -> MainWindow:  # type: ignore[no-untyped-def]
    _journal_to_look_at(data_dir)
    window = MainWindow(Session(data_dir, language=lang))
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.try_unlock()
    assert window.workspace is not None
    return window


def _settle() -> None:
    for _ in range(3):  # scroll areas and splitters lay out on posted events
        QApplication.processEvents()


def test_the_journal_with_each_form_open(qtbot, data_dir: Path, look) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, data_dir, look[0])
    window.workspace.nav.setCurrentRow(NAV.index("Journal"))
    journal = window.workspace.journal
    found, kinds = set(), set()
    for row in range(journal.model.rowCount()):
        journal.list.setCurrentIndex(journal.model.index(row))
        _settle()
        kind = journal.editor.entry.kind
        kinds.add(kind)
        if kind == "free":
            assert journal.editor.people.remove_button.isVisible()  # the picker with someone named
        found |= {f"{kind}: {p}" for p in clipped(window, sideways=True)}
    assert kinds == {"free", *FORMS}
    longer_than_the_row = []
    for combo in (journal.kind, journal.suggestion, journal.period, journal.tag, journal.feeling):
        for i in range(combo.count() - (combo is journal.period)):  # not "Choose dates…": it asks for dates
            combo.setCurrentIndex(i)
            _settle()
            cut, whole_row = _with_whole_rows(clipped(window, sideways=True), window)
            longer_than_the_row += whole_row
            found |= {f"filter {combo.accessibleName()}: {p}" for p in cut}
        combo.setCurrentIndex(0)
    assert found == set(), "cut at 900x600"
    # only the longest suggestion titles, and only with large text
    assert longer_than_the_row == [] if look[1] == 1.0 else len(longer_than_the_row) <= 3, longer_than_the_row


def _with_whole_rows(found: set[str], window: QWidget) -> tuple[set[str], list[str]]:
    """found without the drop-downs whose words are longer than the whole row they have to themselves:
    those end in "…" and show whole on hover and in the open list (FittingComboBox); and their words."""
    whole_row = []
    for combo in window.findChildren(FittingComboBox):
        if combo.isVisible() and combo_text_cut(combo) and combo.width() >= combo.parentWidget().width() - 1:
            found = found - {f"narrower than its text: {_describe(combo)}"}
            whole_row.append(combo.currentText())
    return found, whole_row


# Not fixed yet (none now). An empty To raise list gives its room to the hint under it, so the hint
# stays whole at 150% text even though Next session's header takes half of a 600 px window.
KNOWN_150: set[str] = set()


def test_every_section_and_tab(qtbot, data_dir: Path, look) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, data_dir, look[0])
    ws = window.workspace
    found = set()
    for row, section in enumerate(NAV):
        ws.nav.setCurrentRow(row)
        _settle()
        tabs = {"Next session": ws.next_session.tabs, "People": ws.people.tabs}.get(section)
        if section == "People":
            ws.people.list.setCurrentRow(0)  # a person's page, with their ring
        for tab in range(tabs.count() if tabs else 1):
            if tabs:
                tabs.setCurrentIndex(tab)
                _settle()
            cut, _whole_row = _with_whole_rows(clipped(window), window)
            found |= {f"{section}: {p}" for p in cut}
    known = {k for k in KNOWN_150 if look[1] == 1.5 and ("Tu lista" in k) == (look[0] == "es")}
    assert found - known == set(), "cut at 900x600"
    assert known - found == set(), "fixed: strike it from KNOWN_150"


def test_the_circle_tab(qtbot, data_dir: Path, look) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, data_dir, look[0])
    window.workspace.nav.setCurrentRow(NAV.index("People"))
    people = window.workspace.people
    people.list.setCurrentRow(0)
    people.tabs.setCurrentIndex(1)
    _settle()
    ring = people.circle.ring
    found = set()
    for i in range(ring.count()):
        ring.setCurrentIndex(i)  # each ring's words in the selector, not only the chosen one's
        _settle()
        found |= clipped(window, sideways=True)
    assert found == set(), "cut at 900x600"


def _rows_cut(view: QListWidget) -> list[str]:
    """Rows whose words are wider than the list and not wrapped onto lines it shows."""
    fm, width = view.fontMetrics(), view.viewport().width()
    out = []
    for i in range(view.count()):
        item = view.item(i)
        rect = view.visualItemRect(item)
        needed = fm.boundingRect(QRect(0, 0, rect.width(), 10_000), Qt.TextFlag.TextWordWrap, item.text())
        if rect.right() > width or needed.width() > rect.width() + 1 or needed.height() > rect.height() + 1:
            out.append(item.text())
    return out


def test_past_sessions(qtbot, data_dir: Path, look) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, data_dir, look[0])
    window.workspace.nav.setCurrentRow(NAV.index("Next session"))
    screen = window.workspace.next_session
    screen.tabs.setCurrentIndex(2)
    screen.history.setCurrentRow(0)
    _settle()
    assert screen.history.count() >= 5
    # a list that adjusts to its width lays its rows out again 100 ms after it was resized (Qt's own delay)
    qtbot.waitUntil(lambda: _rows_cut(screen.history) == [], timeout=2000)
    assert screen.history.horizontalScrollBar().maximum() == 0, "no sideways scrolling for a list of sessions"
    tabs = screen.tabs.tabBar()
    if look[1] == 1.0:  # at 150% in Spanish the tabs scroll with the tab bar's arrows: a way to see them
        assert sum(tabs.tabRect(i).width() for i in range(tabs.count())) <= tabs.width(), "every tab whole"
    assert clipped(window, sideways=True) == set()


def test_a_fitting_combo_box_fits_its_words_and_ends_long_ones_in_an_ellipsis(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    combo = FittingComboBox()
    qtbot.addWidget(combo)
    combo.addItems(["All of them", "Something rather longer to choose", "Two"])
    combo.setToolTip("Filter the list")
    combo.show()
    short = combo.sizeHint().width()
    combo.setCurrentIndex(1)
    assert combo.sizeHint().width() > short + combo.fontMetrics().horizontalAdvance("rather longer")
    assert combo.minimumSizeHint().width() == short  # never below its first choice's words
    combo.setCurrentIndex(2)
    assert combo.minimumSizeHint().width() < short  # "Two" is shorter than "All of them"
    combo.setCurrentIndex(1)
    combo.resize(combo.sizeHint())
    assert not combo_text_cut(combo)

    def hover() -> str:
        QToolTip.hideText()
        qapp.sendEvent(combo, QHelpEvent(QEvent.Type.ToolTip, QPoint(5, 5), combo.mapToGlobal(QPoint(5, 5))))
        return QToolTip.text() if QToolTip.isVisible() else ""

    assert "Something" not in hover()  # whole: its own tooltip only
    combo.resize(short + 10, combo.height())
    assert combo_text_cut(combo)
    assert hover() == "Something rather longer to choose\nFilter the list"
    QToolTip.hideText()


def test_a_text_views_placeholder_wraps_instead_of_being_cut(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ipt_journal.ui.editor.body import BodyEdit
    from ipt_journal.ui.next_session.history import HintBrowser

    for view in (HintBrowser(), BodyEdit()):
        qtbot.addWidget(view)
        view.setPlaceholderText("Choose a session on the left to see what you raised and how it went.")
        view.resize(200, 160)
        view.show()
        qtbot.waitExposed(view)
        image = view.viewport().grab().toImage()
        background = image.pixelColor(image.width() - 2, image.height() - 2)
        line = view.fontMetrics().lineSpacing()
        margin = int(view.document().documentMargin())
        # the second and third lines of the hint have words drawn on them
        inked = {y for y in range(margin + line + 2, margin + 3 * line) for x in range(0, image.width(), 2)
                 if image.pixelColor(x, y) != background}
        assert len(inked) > line // 2, type(view).__name__
        assert view.placeholderText().startswith("Choose a session")
        view.setPlainText("Something written")  # and gone once there is text
        qtbot.wait(0)
        image = view.viewport().grab().toImage()
        assert not {y for y in range(margin + line + 2, margin + 3 * line) for x in range(0, image.width(), 2)
                    if image.pixelColor(x, y) != background}
