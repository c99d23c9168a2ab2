"""The debrief after a session: how each item went, what I noticed, kept as a draft until saved."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ipt_journal.domain.agenda import AgendaItem, Outcome
from ipt_journal.domain.feelings import words_in_text
from ipt_journal.ui.next_session.common import slot_name
from ipt_journal.ui.next_session.words import item_text, outcome_words
from ipt_journal.ui.flow import flow_of
from ipt_journal.ui.widgets import FittingComboBox, button, label, scroll_area

# Words that, in a debrief's "what I felt", mark an evening that was very hard; a strength of 8 to 10
# written beside any feeling word marks it too. Only a quiet offer follows, never an alarm.
VERY_HARD = frozenset({
    "overwhelmed", "panicky", "ashamed", "unworthy", "hurt", "lonely", "afraid", "furious", "grieving", "numb",
    "exposed", "small", "bitter",
})
_STRONG = re.compile(r"(?<!\d)(8|9|10)(?!\d)")
_OUT_OF_TEN = re.compile(r"(/|out of|de)\s*10\b", re.IGNORECASE)  # "4/10": the 10 is not a strength


def very_hard(felt: str) -> bool:
    """True when what the member felt reads as very hard (see VERY_HARD), in English or their language."""
    from ipt_journal.ui.insights.words import word_label

    folded = felt.casefold()
    named = set(words_in_text(felt))
    named |= {key for key in VERY_HARD if word_label(key).casefold() in folded}
    if named & VERY_HARD:
        return True
    return bool(named) and bool(_STRONG.search(_OUT_OF_TEN.sub("", felt)))


class DebriefPart:
    """The “After the session” tab of NextSessionScreen."""

    def _build_debrief(self) -> QWidget:
        # a session's name is long ("Session 6, Sat 28 Nov 2026, 18:30 (looked back on)"): with large text
        # it ends in "…" (whole in the open list and on hover) rather than widening the tab past the window
        self.debrief_session = FittingComboBox(least_chars=16)
        self.debrief_session.setAccessibleName(QCoreApplication.translate("DebriefPart", "Which session"))
        self.debrief_session.currentIndexChanged.connect(self._debrief_session_changed)
        self._debrief_sid: int | None = None  # the session the debrief fields below belong to
        self.attended = QCheckBox(QCoreApplication.translate("DebriefPart", "I was there"))
        self.debrief_items = QWidget()
        self.debrief_layout = QVBoxLayout(self.debrief_items)
        self.debrief_layout.setContentsMargins(0, 0, 0, 0)
        self.noticed = QPlainTextEdit()
        self.noticed.setAccessibleName(QCoreApplication.translate("DebriefPart", "What I noticed in myself during group"))
        self.noticed.setAccessibleDescription(QCoreApplication.translate("DebriefPart", "Moment to moment, whatever you noticed"))
        self.noticed.setPlaceholderText(QCoreApplication.translate("DebriefPart", "Moment to moment, whatever you noticed"))
        self.noticed.setTabChangesFocus(True)
        noticed_label = label(QCoreApplication.translate("DebriefPart", "What I noticed in myself during group"))
        noticed_label.setBuddy(self.noticed)
        self.noticed.setMaximumHeight(100)
        save = button(QCoreApplication.translate("DebriefPart", "Save the debrief"), self.save_debrief, primary=True)
        self.debrief_saved = label("", "hint")
        prompt_words = label(QCoreApplication.translate("DebriefPart", "Then, if you like:"), "hint")
        prompt_buttons = []
        for kind, text in (("moment", QCoreApplication.translate("DebriefPart", "Something I noticed")), ("avoided", QCoreApplication.translate("DebriefPart", "Something I held back")),
                           ("nonverbal", QCoreApplication.translate("DebriefPart", "Without words"))):
            b = QPushButton(text)
            b.clicked.connect(lambda _=False, k=kind: self.write_requested.emit(k, "", 0, ""))
            prompt_buttons.append(b)
        self.support_slot = QVBoxLayout()  # the quiet support line after a very hard evening goes here
        self.support_line: QWidget | None = None
        inner = QWidget()
        box = QVBoxLayout(inner)
        box.addWidget(flow_of(self.debrief_session, self.attended))  # the tick box below when the name is long
        box.addWidget(label(QCoreApplication.translate("DebriefPart", "For each thing you meant to raise: how did it go?"), "hint"))
        box.addWidget(self.debrief_items)
        box.addWidget(noticed_label)
        box.addWidget(self.noticed)
        row = QHBoxLayout()
        row.addWidget(save)
        row.addWidget(self.debrief_saved, 1)
        box.addLayout(row)
        box.addLayout(self.support_slot)
        box.addWidget(prompt_words)
        box.addWidget(flow_of(*prompt_buttons))  # onto a second line when they do not fit in one
        box.addStretch(1)
        scroll = scroll_area(inner)
        self._debrief_rows: list[tuple[AgendaItem, QButtonGroup, QLineEdit, QLineEdit, QLineEdit]] = []
        return scroll

    def _fill_sessions(self, prefer: int | None = None) -> None:
        now = self.clock()
        past = [s for s in self.group.slots(now) if s.starts_at <= now and not s.cancelled]
        current = prefer if prefer is not None else self.debrief_session.currentData()
        self.debrief_session.blockSignals(True)
        self.debrief_session.clear()
        for slot in reversed(past[-12:]):
            self.debrief_session.addItem(self._slot_name(slot), slot.id)
        idx = self.debrief_session.findData(current)
        self.debrief_session.setCurrentIndex(max(idx, 0))
        self.debrief_session.blockSignals(False)

    _slot_name = staticmethod(slot_name)

    def _debrief_session_changed(self) -> None:
        self.save_debrief_draft()
        self._fill_debrief()

    def _debrief_state(self) -> dict[str, object]:
        items: dict[str, dict[str, str | None]] = {}
        for item, group, happened, felt, feedback in self._debrief_rows:
            checked = group.checkedButton()
            outcome = str(checked.property("outcome")) if checked is not None else None
            if outcome or happened.text() or felt.text() or feedback.text():
                items[str(item.id)] = {"outcome": outcome, "what_happened": happened.text(), "felt": felt.text(),
                                       "feedback": feedback.text()}
        return {"noticed": self.noticed.toPlainText(), "items": items}

    def save_debrief_draft(self) -> None:
        """On lock, quit, and switching away: nothing typed in the debrief is lost."""
        if self._debrief_sid is None or not self.session.is_unlocked:
            return
        state = self._debrief_state()
        if not state["noticed"] and not state["items"]:
            return
        saved = self.session.sessions.debrief(self._debrief_sid)
        if saved.get("noticed") == state["noticed"] and saved.get("items") == state["items"]:
            return
        self.session.sessions.save_debrief_draft(self._debrief_sid, {**saved, **state})

    def _fill_debrief(self) -> None:
        while self.debrief_layout.count():
            w = self.debrief_layout.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self._debrief_rows = []
        session_id = self.debrief_session.currentData()
        self._debrief_sid = session_id
        has_session = session_id is not None
        self.attended.setEnabled(has_session)
        self.noticed.setEnabled(has_session)
        self.debrief_saved.setText("" if has_session else QCoreApplication.translate("DebriefPart", "Debriefs appear here once a session has happened."))
        if not has_session:
            return
        slot = self.session.sessions.get(session_id)  # type: ignore[union-attr]
        self.attended.setChecked(slot.attended is not False)
        stored = self.session.sessions.debrief(session_id)  # type: ignore[union-attr]
        self.noticed.setPlainText(str(stored.get("noticed", "")))
        drafts = stored.get("items") if isinstance(stored.get("items"), dict) else {}
        for item in self.agenda.open_items():
            box = QGroupBox()
            box.setAccessibleName(QCoreApplication.translate("DebriefPart", "How it went: %1").replace("%1", item_text(item)))
            group = QButtonGroup(box)
            radios = []
            for key in ("raised", "carried", "dropped"):
                radio = QRadioButton(outcome_words(key))
                radio.setProperty("outcome", key)
                group.addButton(radio)
                radios.append(radio)
            happened, felt, feedback = QLineEdit(), QLineEdit(), QLineEdit()
            for w, name in ((happened, QCoreApplication.translate("DebriefPart", "What happened")), (felt, QCoreApplication.translate("DebriefPart", "What I felt")),
                            (feedback, QCoreApplication.translate("DebriefPart", "Feedback I got"))):
                w.setPlaceholderText(name)
                w.setAccessibleName(name)  # a name that stays when typing hides the placeholder
                w.setAccessibleDescription(item_text(item))
            form = QVBoxLayout(box)
            title = label(item_text(item), "subtitle")
            form.addWidget(title)
            form.addWidget(flow_of(*radios))  # the three choices wrap with large text
            form.addWidget(happened)
            form.addWidget(felt)
            form.addWidget(feedback)
            draft = drafts.get(str(item.id)) if isinstance(drafts.get(str(item.id)), dict) else None  # type: ignore[union-attr]
            if draft:
                happened.setText(str(draft.get("what_happened") or ""))
                felt.setText(str(draft.get("felt") or ""))
                feedback.setText(str(draft.get("feedback") or ""))
                for radio in group.buttons():
                    radio.setChecked(radio.property("outcome") == draft.get("outcome"))
            self.debrief_layout.addWidget(box)
            self._debrief_rows.append((item, group, happened, felt, feedback))
        if not self._debrief_rows:
            self.debrief_layout.addWidget(label(QCoreApplication.translate("DebriefPart", "There was nothing on your list for this session."), "hint"))

    def debrief_row(self, item_id: int):  # type: ignore[no-untyped-def]
        return next(r for r in self._debrief_rows if r[0].id == item_id)

    def save_debrief(self) -> None:
        session_id = self._debrief_sid  # the session the rows on screen belong to
        if session_id is None:
            return
        undecided = [item_text(item) for item, group, happened, felt, feedback in self._debrief_rows
                     if group.checkedButton() is None and (happened.text() or felt.text() or feedback.text())]
        if undecided:
            self.debrief_saved.setText(QCoreApplication.translate("DebriefPart", 
                "Choose how it went for \u201c%1\u201d first. What you wrote is kept meanwhile.").replace("%1", undecided[0]))
            self.save_debrief_draft()
            return
        now = self.clock()
        hard = any(very_hard(felt.text()) for _item, _group, _happened, felt, _feedback in self._debrief_rows)
        assert self.session.sessions is not None
        self.session.sessions.set_attended(session_id, self.attended.isChecked())
        for item, group, happened, felt, feedback in self._debrief_rows:
            checked = group.checkedButton()
            if checked is None:
                continue
            self.agenda.record_outcome(Outcome(
                int(item.id), str(checked.property("outcome")), now, session_id,  # type: ignore[arg-type]
                happened.text(), felt.text(), feedback.text(),
            ))
        self.session.sessions.save_debrief(session_id, {"noticed": self.noticed.toPlainText()}, now=now)
        self._debrief_sid = None  # recorded: nothing left to keep as a draft
        self.refresh()
        self._fill_debrief()
        self.debrief_saved.setText(QCoreApplication.translate("DebriefPart", "Saved. Anything not raised stays on your list for next time."))
        self._offer_support(hard)
        self.schedule_changed.emit()

    def _offer_support(self, hard: bool) -> None:
        """After a very hard evening, one quiet line offering the support plan and grounding."""
        from ipt_journal.ui.support import offer_support_line

        if self.support_line is not None:
            self.support_line.deleteLater()
            self.support_line = None
        if not hard:
            return
        self.support_line = offer_support_line(self, self.session, text=QCoreApplication.translate("DebriefPart", 
            "That sounds like a hard evening. If it helps, your support plan and a breathing exercise are here."))
        self.support_slot.addWidget(self.support_line)
        self.support_line.show()
