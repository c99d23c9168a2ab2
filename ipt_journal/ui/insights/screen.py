"""Insights: the year's calendar of feelings, feelings around group days, words this month,
and views by suggestion and by person; every chart has its words beside it. No scores, no streaks."""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipt_journal.domain.feelings import CheckIn, months_back
from ipt_journal.services import insights as svc
from ipt_journal.services.session import Session
from ipt_journal.ui.insights.charts import GroupDaysChart, fill_table, group_days_sentence, text_table
from ipt_journal.ui.insights.heatmap import HeatMap
from ipt_journal.ui.insights.words import lean, local_date, word_label
from ipt_journal.ui import style
from ipt_journal.ui.widgets import fill_with, label, scroll_area


def checkin_line(c: CheckIn, *, with_day: bool = False) -> str:
    local = c.at.astimezone()
    words = ", ".join(word_label(w.key) + (f" {w.intensity}/10" if w.intensity is not None else "") for w in c.words)
    parts = [local_date(local, "ddd dd MMM, HH:mm" if with_day else "HH:mm"), words]
    if c.person_name:
        parts.append(c.person_name)
    if c.note:
        parts.append(" ".join(c.note.split())[:120])
    return " · ".join(p for p in parts if p)


class InsightsScreen(QWidget):
    open_entry = Signal(int)  # an entry id: the member opened that day's writing
    check_in_requested = Signal()  # the empty state's first action

    def __init__(self, session: Session, parent: QWidget | None = None, *, tz: tzinfo | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.insights = svc.Insights(session, tz)
        self._today = today
        self.points: list[svc.FeelingPoint] = []
        self._shown_year: int | None = None

        self.empty = QFrame()
        self.empty.setObjectName("card")
        ebox = QVBoxLayout(self.empty)
        ebox.addWidget(label(self.tr("Nothing to look back on yet. When you check in or name a feeling in your "
                                     "writing, this page shows how your feelings move over the weeks."), "subtitle"))
        first = QPushButton(self.tr("Check in now"))
        first.setObjectName("primary")
        first.clicked.connect(self.check_in_requested.emit)
        ebox.addWidget(first, 0, Qt.AlignmentFlag.AlignLeft)

        self.heat = HeatMap()
        self.heat.day_activated.connect(self.open_day)
        self.heat.current_changed.connect(self._moved)
        self.year_button = QPushButton(self.tr("Year"))
        self.month_button = QPushButton(self.tr("Month"))
        modes = QButtonGroup(self)
        for b, mode in ((self.year_button, "year"), (self.month_button, "month")):
            b.setCheckable(True)
            modes.addButton(b)
            b.clicked.connect(lambda _=False, m=mode: self.set_mode(m))
        self.year_button.setChecked(True)
        for b in (self.year_button, self.month_button):  # on the two buttons only: a sheet on the screen re-polishes all
            b.setStyleSheet(f"QPushButton:checked {{ background: {style.current().selected}; color: {style.current().text};"
                            f" border: 1px solid {style.current().accent}; }}")
        self.prev_button = QPushButton(self.tr("Earlier"))
        self.prev_button.clicked.connect(lambda: self._step(-1))
        self.next_button = QPushButton(self.tr("Later"))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.period = label("", "subtitle", wrap=False)
        row = QHBoxLayout()
        for w in (self.year_button, self.month_button, self.prev_button, self.next_button):
            row.addWidget(w)
        row.addWidget(self.period, 1)
        self.legend = label(self.tr("Orange is more unpleasant, blue more pleasant, pale in between; "
                                    "grey days hold only your own words. Arrow keys move, Enter opens a day."), "hint")
        self.summary = label("", "")
        self.summary.setAccessibleDescription(self.tr("The calendar in words"))
        self.day_line = label("", "hint")
        self.day_line.setAccessibleDescription(self.tr("The chosen day"))
        self.day_list = QListWidget()
        self.day_list.setAccessibleName(self.tr("What you wrote and noted on the chosen day"))
        self.day_list.setMaximumHeight(140)
        self.day_list.itemActivated.connect(self._day_item)

        self.group_chart = GroupDaysChart()
        self.group_text = label("", "")
        self.group_text.setAccessibleDescription(self.tr("Feelings around group days, in words"))
        self.words_table = text_table([self.tr("Word"), self.tr("Times this month")], [],
                                      self.tr("The words you used most this month"))
        self.suggestion_table = text_table([], [], self.tr("Feelings by suggestion"))
        self.person_table = text_table([], [], self.tr("Feelings by person"))
        self.words_empty = label("", "hint")
        self.views_empty = label("", "hint")

        content = QWidget()
        self.body = QWidget()
        bbox = QVBoxLayout(self.body)
        bbox.setContentsMargins(0, 0, 0, 0)
        bbox.setSpacing(10)
        bbox.addLayout(row)
        bbox.addWidget(self.heat)
        bbox.addWidget(self.legend)
        bbox.addWidget(self.summary)
        bbox.addWidget(self.day_line)
        bbox.addWidget(self.day_list)
        self.group_title = label("", "subtitle")
        bbox.addWidget(self.group_title)
        bbox.addWidget(self.group_chart)
        bbox.addWidget(self.group_text)
        bbox.addWidget(label(self.tr("Words you used most this month"), "subtitle"))
        bbox.addWidget(self.words_empty)
        bbox.addWidget(self.words_table)
        self.views_title = label("", "subtitle")
        bbox.addWidget(self.views_title)
        bbox.addWidget(self.views_empty)
        bbox.addWidget(self.suggestion_table)
        bbox.addWidget(self.person_table)
        box = QVBoxLayout(content)
        box.setContentsMargins(32, 24, 32, 24)
        box.setSpacing(12)
        box.addWidget(label(self.tr("Insights"), "title"))
        box.addWidget(label(self.tr("How your feelings moved, from check-ins, your reflection forms and your "
                                    "debriefs. It describes; it never judges a day."), "hint"))
        box.addWidget(self.empty)
        box.addWidget(self.body)
        box.addStretch(1)
        fill_with(self, scroll_area(content))
        self.heat.current = self.today()
        self.refresh()

    def today(self) -> date:
        return self._today or date.today()

    # -- reading ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the year in view once and draw every view from it (each page is about one year)."""
        has = self.insights.any()
        self.empty.setVisible(not has)
        self.body.setVisible(has)
        self._shown_year = None
        if not has:
            self.points = []
            return
        self._draw_calendar()
        self._draw_words()
        self.fill_day(self.heat.current)

    def _load_year(self, year: int) -> None:
        self.points = self.insights.series(date(year, 1, 1), date(year, 12, 31))
        self.heat.set_moods(svc.day_moods(self.points))
        self._shown_year = year
        bars = self.insights.around_group_days(datetime.now().astimezone(), self.points)
        self.group_chart.set_bars(bars)
        self.group_text.setText(group_days_sentence(bars))
        self.group_title.setText(self.tr("Around group days in %1").replace("%1", str(year)))
        self.views_title.setText(self.tr("By suggestion and by person in %1").replace("%1", str(year)))
        self._draw_views()

    def _draw_calendar(self) -> None:
        year = self.heat.current.year
        if self._shown_year != year:
            self._load_year(year)
        cur = self.heat.current
        if self.heat.mode == "year":
            self.period.setText(str(year))
            days = list(self.heat.moods.values())
            where = str(year)
        else:
            where = local_date(cur, "MMMM yyyy")
            self.period.setText(where)
            days = [m for d, m in self.heat.moods.items() if (d.year, d.month) == (cur.year, cur.month)]
        self.summary.setText(self.period_sentence(where, days))
        self.day_line.setText(self.heat.day_text(cur))

    def period_sentence(self, where: str, days: list[svc.DayMood]) -> str:
        noted = [d for d in days if d.count]
        if not noted:
            return self.tr("Nothing noted in %1.").replace("%1", where)
        counts = {lean(v): 0 for v in (5.0, 0.0, -5.0, None)}
        for d in noted:
            counts[lean(d.pleasantness)] += 1
        parts = ", ".join(f"{n} {k}" for k, n in counts.items() if n)
        return self.tr("In %1 you noted feelings on %2 days: %3.").replace("%1", where).replace(
            "%2", str(len(noted))).replace("%3", parts)

    def _draw_words(self) -> None:
        today = self.today()
        if self._shown_year == today.year:  # the usual case: this month is inside the year already read
            month = [p for p in self.points if (p.day.year, p.day.month) == (today.year, today.month)]
        else:
            month = self.insights.series(today.replace(day=1), today)
        top = svc.top_words(month, 10)
        fill_table(self.words_table, [self.tr("Word"), self.tr("Times this month")],
                   [[word_label(w, k), str(n)] for w, k, n in top])
        self.words_table.setVisible(bool(top))
        self.words_empty.setVisible(not top)
        self.words_empty.setText(self.tr("No feeling words yet this month. Words you choose in a check-in or a "
                                         "reflection form are counted here."))

    def _draw_views(self) -> None:
        sug = svc.by_suggestion(self.points)
        people = self.insights.person_view(self.points)
        lib = self.session.library
        rows = []
        for r in sug:
            s = lib.suggestion(int(r.key))
            rows.append([f"{r.key}. {s.title}" if s else r.key, str(r.count), lean(r.pleasantness),
                         ", ".join(word_label(w) for w in r.words)])
        heads = [self.tr("Feelings"), self.tr("Where they sat"), self.tr("Most named")]
        fill_table(self.suggestion_table, [self.tr("Suggestion"), *heads], rows)
        fill_table(self.person_table, [self.tr("Person"), *heads],
                   [[r.key, str(r.count), lean(r.pleasantness), ", ".join(word_label(w) for w in r.words)]
                    for r in people])
        self.suggestion_table.setVisible(bool(sug))
        self.person_table.setVisible(bool(people))
        self.views_empty.setVisible(not (sug and people))
        self.views_empty.setText(self.tr("Feelings in writing about a suggestion, and check-ins about someone, "
                                         "are gathered here once this year has some."))

    # -- moving around ------------------------------------------------------------------

    def set_mode(self, mode: str) -> None:
        self.heat.set_mode(mode)
        (self.year_button if mode == "year" else self.month_button).setChecked(True)
        self._draw_calendar()

    def _step(self, direction: int) -> None:
        cur = self.heat.current
        if self.heat.mode == "year":
            target = months_back(cur, -12 * direction)
        else:
            target = months_back(cur, -direction)
        self.heat.set_current(target)

    def _moved(self, day: date) -> None:
        self._draw_calendar()
        self.fill_day(day)

    def open_day(self, day: date) -> None:
        """Enter or a double click on a day: its writing and check-ins get the focus; Enter on an entry opens it."""
        self.fill_day(day)
        self.day_list.setFocus()

    def show_day(self, day: date) -> None:
        """Open the calendar on a day (from search): its year is read, the day chosen, its list focused."""
        blocked = self.heat.blockSignals(True)  # one read below, not one per signal
        self.heat.set_current(day)
        self.heat.blockSignals(blocked)
        self.refresh()
        self.open_day(day)

    def fill_day(self, day: date) -> None:
        entries, checkins = self.insights.day(day)
        self.day_list.clear()
        for entry_id, at, _kind, first in entries:
            item = QListWidgetItem(f"{at.astimezone().strftime('%H:%M')} · {first or self.tr('(an entry)')}")
            item.setData(Qt.ItemDataRole.UserRole, entry_id)
            self.day_list.addItem(item)
        for c in checkins:
            self.day_list.addItem(QListWidgetItem(self.tr("Check-in: %1").replace("%1", checkin_line(c))))
        if not entries and not checkins:
            self.day_list.addItem(QListWidgetItem(self.tr("Nothing written or noted on this day.")))
        self.day_list.setCurrentRow(0)

    def _day_item(self, item: QListWidgetItem) -> None:
        entry_id = item.data(Qt.ItemDataRole.UserRole)
        if entry_id:
            self.open_entry.emit(int(entry_id))
