"""Past sessions: what was raised and how it went, searchable."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from ipt_journal.ui.next_session.common import ItemIdRole
from ipt_journal.ui.next_session.words import item_text, outcome_words, session_state
from ipt_journal.ui.widgets import WrappedPlaceholder


class HintBrowser(WrappedPlaceholder, QTextBrowser):
    """What happened in a session; the hint before one is chosen wraps instead of being cut."""


class HistoryPart:
    """The “Past sessions” tab of NextSessionScreen."""

    def _build_history(self) -> QWidget:
        self.history_search = QLineEdit()
        self.history_search.setPlaceholderText(QCoreApplication.translate("HistoryPart", "Search what you raised and how it went"))
        self.history_search.setAccessibleName(QCoreApplication.translate("HistoryPart", "Search past sessions"))
        self.history_search.setAccessibleDescription(QCoreApplication.translate("HistoryPart", "Search what you raised and how it went"))
        self.history_search.setClearButtonEnabled(True)
        self.history_search.textChanged.connect(self._fill_history)
        self.history = QListWidget()
        self.history.setAccessibleName(QCoreApplication.translate("HistoryPart", "Past sessions"))
        self.history.currentItemChanged.connect(self._show_history_item)
        # a long row ("Session 6, Sat 28 Nov 2026, 18:30 (looked back on) · you raised one thing") wraps
        # onto a second line instead of needing sideways scrolling
        self.history.setWordWrap(True)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.history.setAlternatingRowColors(True)  # a wrapped row stays apart from the next one
        self.history_detail = HintBrowser()
        self.history_detail.setAccessibleName(QCoreApplication.translate("HistoryPart", "What happened in that session"))
        self.history_detail.setPlaceholderText(QCoreApplication.translate(
            "HistoryPart", "Choose a session on the left to see what you raised and how it went."))
        splitter = QSplitter()
        splitter.addWidget(self.history)
        splitter.addWidget(self.history_detail)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 2)  # the list as wide as what happened beside it, about
        splitter.setStretchFactor(1, 3)
        em = self.history.fontMetrics().averageCharWidth()
        splitter.setSizes([em * 40, em * 60])
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(self.history_search)
        box.addWidget(splitter, 1)
        return page

    def _fill_history(self) -> None:
        now = self.clock()
        query = self.history_search.text().strip()
        matching: set[int] | None = None
        if query:
            ids = {i.id for i in self.agenda.search(query)}
            matching = {o.session_id for i in ids for o in self.agenda.outcomes(int(i)) if o.session_id}  # type: ignore[arg-type]
        self.history.clear()
        for slot in reversed([s for s in self.group.slots(now) if s.starts_at <= now]):
            if matching is not None and slot.id not in matching:
                continue
            results = self.agenda.for_session(int(slot.id))  # type: ignore[arg-type]
            raised = sum(1 for _, o in results if o.outcome == "raised")
            state = session_state(slot, raised)
            name = self._slot_name(slot)
            # "(looked back on)" is in the name already: not "… (looked back on) · looked back on"
            row = QListWidgetItem(f"{name} \u00b7 {state}" if state and state not in name else name)
            row.setData(ItemIdRole, slot.id)
            self.history.addItem(row)
        if query and self.history.count() == 0:
            self.history_detail.setPlainText(QCoreApplication.translate("HistoryPart", "Nothing in past sessions matches that."))

    def _show_history_item(self, current: QListWidgetItem | None, _prev) -> None:  # type: ignore[no-untyped-def]
        if current is None:
            self.history_detail.clear()
            return
        session_id = int(current.data(ItemIdRole))
        parts = []
        for item, outcome in self.agenda.for_session(session_id):
            parts.append(f"<h3>{html.escape(item_text(item))}</h3>"
                         f"<p><b>{html.escape(outcome_words(outcome.outcome))}</b></p>")
            for title, value in ((QCoreApplication.translate("HistoryPart", "What happened"), outcome.what_happened), (QCoreApplication.translate("HistoryPart", "What I felt"), outcome.felt),
                                 (QCoreApplication.translate("HistoryPart", "Feedback"), outcome.feedback)):
                if value:
                    parts.append(f"<p><i>{html.escape(title)}:</i> {html.escape(value)}</p>")
        noticed = self.session.sessions.debrief(session_id).get("noticed")  # type: ignore[union-attr]
        if noticed:
            heading = QCoreApplication.translate("HistoryPart", "What I noticed")
            parts.append(f"<h3>{html.escape(heading)}</h3><p>{html.escape(noticed)}</p>")
        self.history_detail.setHtml("".join(parts) or
                                    "<p>" + html.escape(QCoreApplication.translate("HistoryPart", "Nothing was recorded for this session.")) + "</p>")
