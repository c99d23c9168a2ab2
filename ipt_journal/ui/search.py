"""Search results as you type: ranked, with the matching words highlighted."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ipt_journal.domain.entries import FORMS, MARK_END, MARK_START, SearchHit
from ipt_journal.domain.goals import STATUS_LABELS, GoalHit
from ipt_journal.services.session import Session
from ipt_journal.ui import style
from ipt_journal.ui.widgets import label

DEBOUNCE_MS = 120
GoalHitRole = Qt.ItemDataRole.UserRole + 3


def snippet_html(snippet: str) -> str:
    """Escape member text, then turn our private markers into <b>; markdown stars are dropped."""
    text = html.escape(snippet.replace("**", "").replace("\n", " "))
    return text.replace(MARK_START, f"<b style='background:{style.current().mark}'>").replace(MARK_END, "</b>")


class SearchScreen(QWidget):
    open_entry = Signal(int)  # entry id chosen from the results
    open_goal = Signal(int)  # goal id chosen from the results' Goals section

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert session.journal is not None
        self.journal = session.journal
        self.heading = label("", "subtitle")
        self.results = QListWidget()
        self.results.setAccessibleName("Search results")
        self.results.setWordWrap(True)
        self.results.itemActivated.connect(self._activated)
        self.results.itemClicked.connect(self._activated)
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 16, 24, 16)
        box.addWidget(self.heading)
        box.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run)
        self._query = ""
        self.hits: list[SearchHit] = []
        self.goal_hits: list[GoalHit] = []
        self._goals = session.goals

    def set_query(self, text: str) -> None:
        self._query = text
        self._timer.start()

    def run(self) -> None:
        self._timer.stop()
        query = self._query.strip()
        self.results.clear()
        self.hits = self.journal.search(query) if query else []
        self.goal_hits = self._goals.search(query) if query and self._goals is not None else []
        if not query:
            self.heading.setText("Type to search everything you have written.")
        elif not self.hits and not self.goal_hits:
            self.heading.setText("Nothing matches that yet. Try fewer or shorter words.")
        else:
            n, g = len(self.hits), len(self.goal_hits)
            found = [f"{n}{'+' if n >= 50 else ''} entr{'ies' if n != 1 else 'y'}"] if n else []
            found += [f"{g} goal{'s' if g != 1 else ''}"] if g else []
            self.heading.setText(" and ".join(found) + " found")
        soft = style.current().soft
        for hit in self.hits:
            kind = FORMS[hit.kind].title if hit.kind in FORMS else hit.kind
            title = html.escape(hit.title) + " · " if hit.title else ""
            text = (
                f"<span style='color:{soft}'>{hit.entry_at.strftime('%a %d %b %Y')} · {title}{kind}</span><br>"
                f"{snippet_html(hit.snippet)}"
            )
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, hit.entry_id)
            widget = QLabel(text)
            widget.setTextFormat(Qt.TextFormat.RichText)
            widget.setWordWrap(True)
            widget.setContentsMargins(6, 6, 6, 6)
            item.setSizeHint(widget.sizeHint())
            self.results.addItem(item)
            self.results.setItemWidget(item, widget)
        if self.goal_hits:
            header = QListWidgetItem("Goals")
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(header)
        for g_hit in self.goal_hits:
            item = QListWidgetItem()
            item.setData(GoalHitRole, g_hit.goal_id)
            status = "" if g_hit.status == "active" else f" · {STATUS_LABELS.get(g_hit.status, '')}"
            widget = QLabel(f"<span style='color:{soft}'>Goal{status}</span> · {html.escape(g_hit.title)}<br>"
                            f"{snippet_html(g_hit.snippet)}")
            widget.setTextFormat(Qt.TextFormat.RichText)
            widget.setWordWrap(True)
            widget.setContentsMargins(6, 6, 6, 6)
            item.setSizeHint(widget.sizeHint())
            self.results.addItem(item)
            self.results.setItemWidget(item, widget)

    def _activated(self, item: QListWidgetItem) -> None:
        if item.data(GoalHitRole) is not None:
            self.open_goal.emit(int(item.data(GoalHitRole)))
        elif item.data(Qt.ItemDataRole.UserRole) is not None:
            self.open_entry.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def clear(self) -> None:
        self._query = ""
        self.results.clear()
        self.hits = []
        self.goal_hits = []
