"""The debrief after a session: how each item went, what I noticed, kept as a draft until saved."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ipt_journal.domain.agenda import OUTCOME_WORDS, AgendaItem, Outcome
from ipt_journal.ui.next_session.common import slot_name
from ipt_journal.ui.widgets import button, label, scroll_area


class DebriefPart:
    """The “After the session” tab of NextSessionScreen."""

    def _build_debrief(self) -> QWidget:
        self.debrief_session = QComboBox()
        self.debrief_session.setAccessibleName("Which session")
        self.debrief_session.currentIndexChanged.connect(self._debrief_session_changed)
        self._debrief_sid: int | None = None  # the session the debrief fields below belong to
        self.attended = QCheckBox("I was there")
        self.debrief_items = QWidget()
        self.debrief_layout = QVBoxLayout(self.debrief_items)
        self.debrief_layout.setContentsMargins(0, 0, 0, 0)
        self.noticed = QPlainTextEdit()
        self.noticed.setAccessibleName("What I noticed in myself during group")
        self.noticed.setPlaceholderText("What you noticed in yourself during group, moment to moment")
        self.noticed.setMaximumHeight(100)
        save = button("Save the debrief", self.save_debrief, primary=True)
        self.debrief_saved = label("", "hint")
        prompts = QHBoxLayout()
        prompts.addWidget(label("Then, if you like:", "hint"))
        for kind, text in (("moment", "Something I noticed"), ("avoided", "Something I held back"),
                           ("nonverbal", "Without words")):
            b = QPushButton(text)
            b.clicked.connect(lambda _=False, k=kind: self.write_requested.emit(k, "", 0, ""))
            prompts.addWidget(b)
        prompts.addStretch(1)
        inner = QWidget()
        box = QVBoxLayout(inner)
        head = QHBoxLayout()
        head.addWidget(self.debrief_session, 1)
        head.addWidget(self.attended)
        box.addLayout(head)
        box.addWidget(label("For each thing you meant to raise: how did it go?", "hint"))
        box.addWidget(self.debrief_items)
        box.addWidget(self.noticed)
        row = QHBoxLayout()
        row.addWidget(save)
        row.addWidget(self.debrief_saved, 1)
        box.addLayout(row)
        box.addLayout(prompts)
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
        if self._debrief_sid is None or self.session.sessions is None:
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
        self.debrief_saved.setText("" if has_session else "Debriefs appear here once a session has happened.")
        if not has_session:
            return
        slot = self.session.sessions.get(session_id)  # type: ignore[union-attr]
        self.attended.setChecked(slot.attended is not False)
        stored = self.session.sessions.debrief(session_id)  # type: ignore[union-attr]
        self.noticed.setPlainText(str(stored.get("noticed", "")))
        drafts = stored.get("items") if isinstance(stored.get("items"), dict) else {}
        for item in self.agenda.open_items():
            box = QGroupBox()
            box.setAccessibleName(f"How it went: {item.text}")
            group = QButtonGroup(box)
            radios = QHBoxLayout()
            for key in ("raised", "carried", "dropped"):
                radio = QRadioButton(OUTCOME_WORDS[key])
                radio.setProperty("outcome", key)
                group.addButton(radio)
                radios.addWidget(radio)
            radios.addStretch(1)
            happened, felt, feedback = QLineEdit(), QLineEdit(), QLineEdit()
            happened.setPlaceholderText("What happened")
            felt.setPlaceholderText("What I felt")
            feedback.setPlaceholderText("Feedback I got")
            for w, name in ((happened, "What happened"), (felt, "What I felt"), (feedback, "Feedback I got")):
                w.setAccessibleName(name)
            form = QVBoxLayout(box)
            title = label(item.text, "subtitle")
            form.addWidget(title)
            form.addLayout(radios)
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
            self.debrief_layout.addWidget(label("There was nothing on your list for this session.", "hint"))

    def debrief_row(self, item_id: int):  # type: ignore[no-untyped-def]
        return next(r for r in self._debrief_rows if r[0].id == item_id)

    def save_debrief(self) -> None:
        session_id = self._debrief_sid  # the session the rows on screen belong to
        if session_id is None:
            return
        undecided = [item.text for item, group, happened, felt, feedback in self._debrief_rows
                     if group.checkedButton() is None and (happened.text() or felt.text() or feedback.text())]
        if undecided:
            self.debrief_saved.setText(
                f"Choose how it went for \u201c{undecided[0]}\u201d first. What you wrote is kept meanwhile."
            )
            self.save_debrief_draft()
            return
        now = self.clock()
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
        self.debrief_saved.setText("Saved. Anything not raised stays on your list for next time.")
        self.schedule_changed.emit()
