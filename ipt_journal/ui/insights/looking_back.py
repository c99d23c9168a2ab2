"""Today's looking-back card: check in, since your last session, on this day, the weekly review.
Each part can be turned off in Preferences (QSettings booleans; no member text there)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QPushButton, QVBoxLayout, QWidget

from ipt_journal.services import insights as svc
from ipt_journal.services.group import Group
from ipt_journal.services.session import Session
from ipt_journal.ui.flow import flow_of
from ipt_journal.ui.insights.words import long_day
from ipt_journal.ui import style
from ipt_journal.ui.widgets import label

CHECKIN_SHORTCUT = "Ctrl+Shift+K"
PREFS = ("since_last_session", "on_this_day", "weekly_review")


def _settings() -> QSettings:
    return QSettings("ipt-journal", "ipt-journal")


def shown(key: str, prefs: QSettings | None = None) -> bool:
    value = (prefs or _settings()).value(f"looking_back_{key}", "true")
    return str(value).lower() not in ("false", "0")


def preference_boxes() -> dict[str, QCheckBox]:
    texts = {
        "since_last_session": QCoreApplication.translate(
            "Preferences", "On Today, show what happened since your last session"),
        "on_this_day": QCoreApplication.translate(
            "Preferences", "On Today, show what you wrote on this day a month, six months and a year ago"),
        "weekly_review": QCoreApplication.translate("Preferences", "On Today, offer a short weekly review"),
    }
    boxes = {}
    for key in PREFS:
        box = QCheckBox(texts[key])
        box.setChecked(shown(key))
        boxes[key] = box
    return boxes


def save_preference_boxes(boxes: dict[str, QCheckBox]) -> None:
    prefs = _settings()
    for key, box in boxes.items():
        prefs.setValue(f"looking_back_{key}", "true" if box.isChecked() else "false")


# Thin seams around the modal dialogs, so tests can replace them.
def run_checkin(parent: QWidget, people: list[str]):  # type: ignore[no-untyped-def]
    from ipt_journal.ui.insights.checkin import CheckInDialog

    dialog = CheckInDialog(parent, people=people)
    return dialog.result_checkin if dialog.exec() else None


def run_review(parent: QWidget):  # type: ignore[no-untyped-def]
    from ipt_journal.ui.insights.pages import WeeklyReviewDialog

    dialog = WeeklyReviewDialog(parent)
    now = datetime.now().astimezone()
    return (dialog.title(now), dialog.pairs()) if dialog.exec() else None


def show_since(parent: QWidget, since: svc.SinceLastSession) -> None:
    from ipt_journal.ui.insights.pages import SinceLastSessionPage

    SinceLastSessionPage(since, parent).exec()


class LookingBackCard(QFrame):
    open_entry = Signal(int)  # an entry id from "On this day"
    checked_in = Signal()  # a check-in was saved (Insights may want to redraw)

    def __init__(self, session: Session, group: Group | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.insights = svc.Insights(session, group=group)
        self.since: svc.SinceLastSession | None = None
        self.support_line: QFrame | None = None  # the quiet offer after a very hard check-in, made when needed
        self.checkin_button = QPushButton(self.tr("Check in"))
        self.checkin_button.setToolTip(self.tr("A few seconds: how you are right now (%1)").replace("%1", CHECKIN_SHORTCUT))
        self.checkin_button.setAccessibleDescription(self.tr("Check in on how you feel"))
        self.checkin_button.clicked.connect(self.check_in)
        self.status = label("", "hint")
        self.review_button = QPushButton(self.tr("Weekly review…"))
        self.review_button.setAccessibleDescription(self.tr("A short weekly review, three questions"))
        self.review_button.clicked.connect(self.weekly_review)
        row = QVBoxLayout()  # the question above its buttons, which wrap: large text and Spanish fit
        row.setSpacing(4)
        row.addWidget(label(self.tr("How are you right now?"), "subtitle"))
        row.addWidget(flow_of(self.checkin_button, self.review_button))

        self.since_line = label("", "")
        self.since_button = QPushButton(self.tr("Since your last session…"))
        self.since_button.clicked.connect(self.open_since)
        since_row = QVBoxLayout()  # the line above its button: neither is squeezed at large text
        since_row.addWidget(self.since_line)
        since_row.addWidget(self.since_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.since_box = QWidget()
        self.since_box.setLayout(since_row)
        since_row.setContentsMargins(0, 0, 0, 0)

        self.otd_box = QWidget()
        self.otd_layout = QVBoxLayout(self.otd_box)
        self.otd_layout.setContentsMargins(0, 0, 0, 0)
        self.otd_layout.setSpacing(2)

        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(row)
        box.addWidget(self.status)
        box.addWidget(self.since_box)
        box.addWidget(self.otd_box)
        self.status.hide()

    def refresh(self, now: datetime | None = None) -> None:
        now = now or datetime.now().astimezone()
        prefs = _settings()
        self.review_button.setVisible(shown("weekly_review", prefs))
        self.since = self.insights.since_last_session(now) if shown("since_last_session", prefs) else None
        ok = self.since is not None and self.since.state == "ok"
        self.since_box.setVisible(ok)
        if ok and self.since is not None:
            s = self.since
            if s.empty:
                self.since_line.setText(self.tr("Since your last session: nothing yet. The page is there when you "
                                                "want it."))
            else:
                self.since_line.setText(self.tr("Since your last session: entries %1, check-ins %2, for your list %3, "
                                                "goal check-ins %4").replace("%1", str(len(s.entries))).replace(
                    "%2", str(len(s.checkins))).replace("%3", str(len(s.agenda))).replace("%4", str(len(s.goal_checkins))))
        self._fill_on_this_day(now.date() if shown("on_this_day", prefs) else None)

    def _fill_on_this_day(self, today: date | None) -> None:
        while self.otd_layout.count():
            w = self.otd_layout.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        found = self.insights.on_this_day(today) if today else []
        self.otd_box.setVisible(bool(found))
        if not found:
            return
        ago = {"month": QCoreApplication.translate("Insights", "A month ago"),
               "six_months": QCoreApplication.translate("Insights", "Six months ago"),
               "year": QCoreApplication.translate("Insights", "A year ago")}
        self.otd_layout.addWidget(label(self.tr("On this day"), "subtitle"))
        for item in found:
            when = f"{ago[item.key]}, {long_day(item.day)}"
            if item.checkins:
                when = self.tr("%1 (check-ins: %2)").replace("%1", when).replace("%2", str(len(item.checkins)))
            self.otd_layout.addWidget(label(when, "hint"))
            for entry_id, _at, _kind, first in item.entries[:3]:
                b = QPushButton(first[:100] or self.tr("(an entry)"))
                b.setAccessibleName(self.tr("Open the entry from %1").replace("%1", when))
                b.setStyleSheet("text-align: left; border: none; background: transparent; padding: 2px 12px;"
                                f"color: {style.current().accent}; text-decoration: underline;")
                b.clicked.connect(lambda _=False, i=entry_id: self.open_entry.emit(i))
                self.otd_layout.addWidget(b)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    def people(self) -> list[str]:
        """Names to pick from: the member's people first (from People), then names used in check-ins before."""
        listed, _linked = self.insights.people()
        return sorted(listed, key=str.casefold) + self.insights.checkins.people()

    def check_in(self) -> None:
        checkin = run_checkin(self, self.people())
        if checkin is None:
            return
        self.insights.checkins.add(checkin)
        self._say(self.tr("Your check-in is saved."))
        if svc.very_hard(checkin):
            self.offer_support()
        self.checked_in.emit()
        self.refresh()

    def offer_support(self) -> None:
        """After a very hard feeling: one quiet line with the plan and grounding; no more than that."""
        from ipt_journal.ui.support.offer import offer_support_line

        if self.support_line is not None:
            self.support_line.show()
            return
        self.support_line = offer_support_line(self, self.session, self.tr(
            "That sounds like a hard moment. Your support plan and a breathing exercise are here if you want them."))
        self.layout().insertWidget(self.layout().indexOf(self.status) + 1, self.support_line)
        self.support_line.show()

    def weekly_review(self) -> None:
        got = run_review(self)
        if got is None:
            return
        title, pairs = got
        try:
            self.insights.save_weekly_review(title, pairs, datetime.now().astimezone())
        except ValueError:
            return
        self._say(self.tr("Your weekly review is saved in your journal."))

    def open_since(self) -> None:
        if self.since is not None:
            show_since(self, self.since)
