"""Search as you type over everything you wrote: one ranked list, filters by kind, highlighted words.

Each result is a real list item whose text a screen reader reads (kind, date, title, the matching
words); a delegate draws the same text with the matched words highlighted.
"""

from __future__ import annotations

import html
import sys
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QRectF,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QButtonGroup,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ipt_journal.domain.entries import FORMS, MARK_END, MARK_START
from ipt_journal.domain.found import KINDS, Found
from ipt_journal.domain.translatable import QT_TRANSLATE_NOOP
from ipt_journal.services import search as everything
from ipt_journal.services.session import Session
from ipt_journal.ui import style
from ipt_journal.ui.editor.words import form_title
from ipt_journal.ui.goals.words import status_label
from ipt_journal.ui.flow import FlowLayout
from ipt_journal.ui.i18n import translated
from ipt_journal.ui.widgets import label

DEBOUNCE_MS = 120
PER_KIND = 50  # hits fetched per kind; the merged list shows the best of them
FoundRole = Qt.ItemDataRole.UserRole + 4  # the (kind, record id) of a result
RichRole = Qt.ItemDataRole.UserRole + 5  # the result as highlighted rich text
GoalHitRole = Qt.ItemDataRole.UserRole + 3  # a goal result's goal id (kept for the goals screen's tests)

# Each kind's singular (for a result) and plural (for its filter) name.
KIND_NAMES = {
    "entry": (QT_TRANSLATE_NOOP("SearchScreen", "Entry"), QT_TRANSLATE_NOOP("SearchScreen", "Entries")),
    "goal": (QT_TRANSLATE_NOOP("SearchScreen", "Goal"), QT_TRANSLATE_NOOP("SearchScreen", "Goals")),
    "agenda": (QT_TRANSLATE_NOOP("SearchScreen", "Agenda item"), QT_TRANSLATE_NOOP("SearchScreen", "Agenda")),
    "session": (QT_TRANSLATE_NOOP("SearchScreen", "Session"), QT_TRANSLATE_NOOP("SearchScreen", "Sessions")),
    "person": (QT_TRANSLATE_NOOP("SearchScreen", "Person"), QT_TRANSLATE_NOOP("SearchScreen", "People")),
    "plan": (QT_TRANSLATE_NOOP("SearchScreen", "Support plan"), QT_TRANSLATE_NOOP("SearchScreen", "Support plan")),
    "checkin": (QT_TRANSLATE_NOOP("SearchScreen", "Check-in"), QT_TRANSLATE_NOOP("SearchScreen", "Check-ins")),
}

# '1 entry', '3 entries'... for the heading.
KIND_COUNTS = {
    "entry": (QT_TRANSLATE_NOOP("SearchScreen", "1 entry"), QT_TRANSLATE_NOOP("SearchScreen", "%1 entries")),
    "goal": (QT_TRANSLATE_NOOP("SearchScreen", "1 goal"), QT_TRANSLATE_NOOP("SearchScreen", "%1 goals")),
    "agenda": (QT_TRANSLATE_NOOP("SearchScreen", "1 agenda item"), QT_TRANSLATE_NOOP("SearchScreen", "%1 agenda items")),
    "session": (QT_TRANSLATE_NOOP("SearchScreen", "1 session"), QT_TRANSLATE_NOOP("SearchScreen", "%1 sessions")),
    "person": (QT_TRANSLATE_NOOP("SearchScreen", "1 person"), QT_TRANSLATE_NOOP("SearchScreen", "%1 people")),
    "plan": (QT_TRANSLATE_NOOP("SearchScreen", "the support plan"), QT_TRANSLATE_NOOP("SearchScreen", "the support plan")),
    "checkin": (QT_TRANSLATE_NOOP("SearchScreen", "1 check-in"), QT_TRANSLATE_NOOP("SearchScreen", "%1 check-ins")),
}


def kind_names() -> dict[str, tuple[str, str]]:
    """Each kind's singular and plural name in the language in use."""
    return translated("SearchScreen", KIND_NAMES)


def count_text(kind: str, n: int) -> str:
    """'1 entry', '3 entries'... for the heading."""
    one, many = (QCoreApplication.translate("SearchScreen", t) for t in KIND_COUNTS.get(kind, (kind, kind)))
    return one if n == 1 else many.replace("%1", shown_count(n))


def shown_count(n: int) -> str:
    """A kind's count; at the cap, "50+" (only the best 50 of a kind are fetched)."""
    return f"{n}+" if n >= PER_KIND else str(n)


def snippet_html(snippet: str) -> str:
    """Escape member text, then turn our private markers into <b>; markdown stars are dropped."""
    text = html.escape(snippet.replace("**", "").replace("\n", " "))
    return text.replace(MARK_START, f"<b style='background:{style.current().mark}'>").replace(MARK_END, "</b>")


def snippet_plain(snippet: str) -> str:
    return snippet.replace("**", "").replace("\n", " ").replace(MARK_START, "").replace(MARK_END, "")


def describe(hit: Found) -> str:
    """The result's first line: kind, date and title (and a goal's or a form's own word)."""
    parts = [kind_names().get(hit.kind, (hit.kind, hit.kind))[0]]
    if hit.kind == "entry" and hit.detail in FORMS and hit.detail != "free":
        parts[0] = form_title(hit.detail)
    if hit.kind == "goal" and hit.detail and hit.detail != "active":
        parts.append(status_label(hit.detail))
    if hit.kind == "plan" and hit.detail:
        from ipt_journal.ui.support.words import section_title

        parts.append(section_title(hit.detail))
    if hit.when is not None:
        local = hit.when.astimezone()
        parts.append(QLocale().toString(QDate(local.year, local.month, local.day), "ddd d MMM yyyy"))
    if hit.title and hit.kind != "plan":  # a plan line is its own snippet: said once
        parts.append(hit.title if len(hit.title) <= 80 else hit.title[:79] + "…")
    return " · ".join(p for p in parts if p)


def _checkin_day(hit: Found) -> date:
    """The day the check-in belongs to where it was made (stored with it), not where the clock is now."""
    try:
        return date.fromisoformat(hit.detail)
    except ValueError:
        return hit.when.astimezone().date() if hit.when else date.today()


class _RichDelegate(QStyledItemDelegate):
    """Draws a result's rich text (the highlight) where the item's plain text would go."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[tuple[str, int, str], int] = {}

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(str(index.data(RichRole) or html.escape(str(index.data() or ""))))
        doc.setTextWidth(max(option.rect.width() - 12, 80))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        (widget.style() if widget else QStyle()).drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        doc = self._document(option, index)
        painter.save()
        painter.translate(option.rect.left() + 6, option.rect.top() + 6)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if option.state & QStyle.StateFlag.State_Selected else QPalette.ColorRole.Text
        ctx.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        ctx.clip = QRectF(0, 0, option.rect.width(), option.rect.height())
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 (Qt name)
        width = option.widget.viewport().width() if option.widget else 400
        # Laying out rich text is the costly part of showing results, and Qt asks for each row's size
        # several times: remember each row's height for this width and font.
        key = (str(index.data(RichRole) or index.data() or ""), width, option.font.key())
        height = self._heights.get(key)
        if height is None:
            opt = QStyleOptionViewItem(option)
            opt.rect.setWidth(width)
            height = int(self._document(opt, index).size().height()) + 12
            if len(self._heights) > 2000:
                self._heights.clear()
            self._heights[key] = height
        return QSize(width, height)


class _Delivery(QObject):
    found = Signal(int, str, object)  # query number, the query, list[Found] (None when the search failed)


class _SearchTask(QRunnable):
    """One query on its own vault handle, off the UI thread; it closes the handle (and its key copy) itself."""

    def __init__(self, handle, number: int, text: str, latest: list[int], delivery: _Delivery) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.handle, self.number, self.text, self.latest, self.delivery = handle, number, text, latest, delivery

    def run(self) -> None:
        found = None
        reader = None
        try:
            if self.latest[0] != self.number:
                return  # typed on meanwhile: never run an outdated query
            reader = everything.Reader(self.handle)
            found = everything.search_everything(reader, self.text, limit=PER_KIND * len(everything.SOURCES),  # type: ignore[arg-type]
                                                 per_kind=PER_KIND)
        except Exception as exc:  # noqa: BLE001 - said calmly on screen; the detail (no member text) to stderr
            sys.stderr.write(f"search failed in the background: {type(exc).__name__}\n")
        finally:
            if reader is not None:
                reader.close()
            else:
                self.handle.close(checkpoint=False)
        if self.latest[0] == self.number:
            try:
                self.delivery.found.emit(self.number, self.text, found)
            except RuntimeError:
                pass  # the screen went away (the journal was locked)


class SearchScreen(QWidget):
    open_entry = Signal(int)  # entry id chosen from the results
    open_goal = Signal(int)  # goal id chosen from the results
    open_goal_checkin = Signal(int, int)  # goal id and the check-in whose note matched
    open_agenda_item = Signal(int)  # agenda item id chosen from the results
    open_session = Signal(int)  # session id whose debrief matched
    open_record = Signal(str, int)  # any other kind (a person, a line of the plan) and its id
    open_day = Signal(object)  # a check-in's day (a datetime.date), to open Insights there

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.heading = label("", "subtitle")
        self.chips = QButtonGroup(self)
        self.chips.setExclusive(True)
        self.chip_row = FlowLayout(spacing=6)  # the chips wrap onto a second line when they do not fit
        self._chip_buttons: dict[str, QPushButton] = {}
        for kind, text in [("", self.tr("Everything"))] + [(k, kind_names()[k][1]) for k in KINDS if k in everything.SOURCES]:
            chip = QPushButton(text)
            chip.setCheckable(True)
            chip.setAccessibleName(self.tr("Show: %1").replace("%1", text))
            chip.setChecked(kind == "")
            chip.toggled.connect(lambda on, kind=kind: on and self._filter(kind))
            self.chips.addButton(chip)
            self.chip_row.addWidget(chip)
            self._chip_buttons[kind] = chip
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWordWrap(True)
        self.results.setItemDelegate(_RichDelegate(self.results))
        self.results.itemActivated.connect(self._activated)
        self.results.itemClicked.connect(self._activated)
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 16, 24, 16)
        box.addWidget(self.heading)
        box.addLayout(self.chip_row)
        box.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_in_background)
        self._pool = QThreadPool(self)  # one query at a time; waits for it when the screen goes
        self._pool.setMaxThreadCount(1)
        self._latest = [0]  # the newest query's number, read by the worker to skip queries already outdated
        self._delivery = _Delivery()  # no parent: a task may still hold it when the screen is gone
        self._delivery.found.connect(self._background_found)
        self._query = ""
        self._kind = ""
        self.found: list[Found] = []

    # The entry and goal results, for the lock test and older callers.
    @property
    def hits(self) -> list[Found]:
        return [f for f in self.found if f.kind == "entry"]

    @property
    def goal_hits(self) -> list[Found]:
        return [f for f in self.found if f.kind == "goal"]

    def set_query(self, text: str) -> None:
        self._query = text
        self._timer.start()

    def run(self) -> None:
        """Search now, on this thread (tests, and the fallback when no second connection can be had)."""
        self._timer.stop()
        self._latest[0] += 1  # an answer still coming from the background is now out of date
        query = self._query.strip()
        self.found = everything.search_everything(self.session, query, limit=PER_KIND * len(everything.SOURCES),
                                                  per_kind=PER_KIND) if query else []
        self._present(query)

    def run_in_background(self) -> None:
        """The debounced typing path: the query runs on its own connection in a worker; the UI never waits.

        At 10,000 entries a query plus its snippets can take longer than a frame (see bench), so typing
        must not wait for it. Only the newest query's answer is shown.
        """
        self._timer.stop()
        self._latest[0] += 1
        query = self._query.strip()
        if not query or not self.session.is_unlocked:
            self.run()
            return
        try:
            handle = self.session.vault.worker_handle()  # made here, while surely unlocked
        except Exception as exc:  # noqa: BLE001 - then search here, as before
            sys.stderr.write(f"search: no second connection ({type(exc).__name__}); searching in place\n")
            self.run()
            return
        self._pool.start(_SearchTask(handle, self._latest[0], query, self._latest, self._delivery))

    def _background_found(self, number: int, query: str, found: object) -> None:
        if number != self._latest[0]:
            return  # a newer query was asked for meanwhile
        if found is None:
            self.found = []
            self._present(query)
            self.heading.setText(self.tr("The search could not finish just now. Nothing was changed; try again "
                                         "in a moment."))
            return
        self.found = found  # type: ignore[assignment]
        self._present(query)

    def _present(self, query: str) -> None:
        counts = {k: sum(1 for f in self.found if f.kind == k) for k in everything.SOURCES}
        for kind, chip in self._chip_buttons.items():
            chip.setVisible(kind == "" or counts.get(kind, 0) > 0)
            if kind:
                chip.setText(self.tr("%1 (%2)").replace("%1", kind_names()[kind][1]).replace(
                    "%2", shown_count(counts.get(kind, 0))))
                chip.setAccessibleName(self.tr("Show: %1").replace("%1", chip.text()))
        if self._kind and not counts.get(self._kind):
            self._chip_buttons[""].setChecked(True)
            self._kind = ""
        if not query:
            self.heading.setText(self.tr("Type to search everything you have written."))
        elif not self.found:
            self.heading.setText(self.tr("Nothing matches that yet. Try fewer or shorter words."))
        else:
            parts = [count_text(k, n) for k, n in counts.items() if n]
            listed = parts[0] if len(parts) == 1 else self.tr("%1 and %2").replace("%1", ", ".join(parts[:-1])).replace("%2", parts[-1])
            self.heading.setText(self.tr("%1 found").replace("%1", listed))
        self._show()

    def _filter(self, kind: str) -> None:
        self._kind = kind
        self._show()

    def _show(self) -> None:
        self.results.clear()
        soft = style.current().soft
        shown = [f for f in self.found if not self._kind or f.kind == self._kind][:PER_KIND]
        for hit in shown:
            first = describe(hit)
            item = QListWidgetItem(f"{first}\n{snippet_plain(hit.snippet)}")
            item.setData(FoundRole, (hit.kind, hit.record_id))
            if hit.kind == "entry":
                item.setData(Qt.ItemDataRole.UserRole, hit.record_id)
            if hit.kind == "goal":
                item.setData(GoalHitRole, hit.record_id)
            item.setData(RichRole, f"<span style='color:{soft}'>{html.escape(first)}</span><br>{snippet_html(hit.snippet)}")
            self.results.addItem(item)

    def _activated(self, item: QListWidgetItem) -> None:
        data = item.data(FoundRole)
        if not data:
            return
        kind, record_id = data[0], int(data[1])
        if kind == "checkin":
            hit = next((f for f in self.found if f.kind == kind and f.record_id == record_id), None)
            if hit is not None and hit.when is not None:
                self.open_day.emit(_checkin_day(hit))
            return
        if kind == "goal" and self.session.is_unlocked:
            checkin_id = self.session.goals.checkin_matching(record_id, self._query)
            if checkin_id is not None:  # the words were in a check-in's note: open the goal on it
                self.open_goal_checkin.emit(record_id, checkin_id)
                return
        signal = {"entry": self.open_entry, "goal": self.open_goal, "agenda": self.open_agenda_item,
                  "session": self.open_session}.get(kind)
        if signal is not None:
            signal.emit(record_id)
        else:
            self.open_record.emit(kind, record_id)

    def focus_results(self) -> None:
        if self.results.count():
            self.results.setCurrentRow(max(self.results.currentRow(), 0))
        self.results.setFocus()

    def clear(self) -> None:
        self._latest[0] += 1  # an answer on its way is no longer wanted
        self._query = ""
        self.results.clear()
        self.found = []
