"""Insights and the quick check-in with a real vault, offscreen: keyboard use, text equivalents, empty states."""

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QKeySequence

from ipt_journal.domain.entries import Entry, Feeling
from ipt_journal.domain.feelings import ChosenWord, new_checkin
from ipt_journal.services import insights as svc
from ipt_journal.services.session import Session
from ipt_journal.ui.insights import looking_back
from ipt_journal.ui.insights.charts import group_days_sentence
from ipt_journal.ui.insights.checkin import CheckInDialog, MoodGrid
from ipt_journal.ui.insights.heatmap import HeatMap
from ipt_journal.ui.insights.pages import SinceLastSessionPage, WeeklyReviewDialog, since_sections
from ipt_journal.ui.insights.screen import InsightsScreen
from ipt_journal.ui.preferences import PreferencesDialog
from ipt_journal.ui.style import STYLE
from ipt_journal.ui.today import TodayScreen
from ipt_journal.ui.workspace import NAV, Workspace
from ipt_journal.vault.checkins import CheckinRepository

TODAY = date(2026, 6, 17)


def test_grid_is_placed_and_moved_by_keyboard_and_mouse(qtbot) -> None:  # type: ignore[no-untyped-def]
    grid = MoodGrid()
    qtbot.addWidget(grid)
    grid.resize(260, 260)
    grid.show()
    assert grid.spot is None and "No spot" in grid.accessibleDescription()
    qtbot.keyClick(grid, Qt.Key.Key_Right)  # the first arrow places the spot in the middle
    assert grid.spot == (0, 0)
    for _ in range(8):
        qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.spot == (5, -1)  # held at the edge
    assert "Pleasant 5 of 5, energy -1 of 5" in grid.accessibleDescription()
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert grid.spot is None
    sq = grid._square()
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=QPoint(int(sq.left() + 1), int(sq.top() + 1)))
    assert grid.spot == (-5, 5)


def test_checkin_dialog_with_nothing_chosen_is_not_saved(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = CheckInDialog()
    qtbot.addWidget(dialog)
    dialog.note.setPlainText("a long day")
    dialog.save()
    assert dialog.result() == 0 and dialog.result_checkin is None
    assert "nothing to save yet" in dialog.message.text() and dialog.note.toPlainText() == "a long day"
    dialog.choose_word("lonely", 8)
    qtbot.keyClick(dialog.grid, Qt.Key.Key_Up)
    dialog.person.setText("Sam")
    dialog.save()
    c = dialog.result_checkin
    assert c is not None and dialog.result() == 1
    assert c.words == (ChosenWord("lonely", 8),) and (c.valence, c.energy) == (0, 0)
    assert c.person_name == "Sam" and c.note == "a long day"


def test_checkin_words_are_chosen_by_keyboard(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = CheckInDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    first_family = dialog.words.topLevelItem(0)
    dialog.words.setFocus()
    dialog.words.setCurrentItem(first_family.child(1))
    qtbot.keyClick(dialog.words, Qt.Key.Key_Space)
    assert dialog.chosen() == (ChosenWord(first_family.child(1).data(0, Qt.ItemDataRole.UserRole), 5),)
    qtbot.keyClick(dialog.intensity, Qt.Key.Key_End)
    assert dialog.chosen()[0].intensity == 10


def _moods() -> dict[date, svc.DayMood]:
    return {TODAY: svc.DayMood(TODAY, 3.0, 4), TODAY - timedelta(days=1): svc.DayMood(TODAY - timedelta(days=1), -3.0, 2)}


def test_heat_map_keyboard_moves_and_opens_days(qtbot) -> None:  # type: ignore[no-untyped-def]
    heat = HeatMap()
    qtbot.addWidget(heat)
    heat.resize(900, 200)
    heat.show()
    heat.set_current(TODAY)
    heat.set_moods(_moods())
    assert "leaning pleasant" in heat.accessibleDescription() and "4 feelings" in heat.accessibleDescription()
    qtbot.keyClick(heat, Qt.Key.Key_Up)  # year view: weekdays run down, so Up is the day before
    assert heat.current == TODAY - timedelta(days=1) and "leaning unpleasant" in heat.accessibleDescription()
    qtbot.keyClick(heat, Qt.Key.Key_Right)
    assert heat.current == TODAY + timedelta(days=6)
    assert "nothing noted" in heat.accessibleDescription()
    qtbot.keyClick(heat, Qt.Key.Key_PageDown)
    assert heat.current == date(2026, 7, 23)
    with qtbot.waitSignal(heat.day_activated) as opened:
        qtbot.keyClick(heat, Qt.Key.Key_Return)
    assert opened.args == [date(2026, 7, 23)]
    heat.set_mode("month")
    qtbot.keyClick(heat, Qt.Key.Key_Down)  # month view: a row is a week
    assert heat.current == date(2026, 7, 30)
    heat.grab()  # paints without error in both views


def test_text_equivalents_say_every_chart_in_words() -> None:
    bars = [svc.GroupDayBar("before", -2.0, 3), svc.GroupDayBar("day_of", 0.5, 2), svc.GroupDayBar("after", None, 0),
            svc.GroupDayBar("other", 2.0, 9)]
    sentence = group_days_sentence(bars)
    assert "The day before group: 3 feelings, leaning unpleasant" in sentence
    assert "The day of group: 2 feelings, in between" in sentence and "Other days: 9 feelings, leaning pleasant" in sentence
    assert "two days after" not in sentence  # nothing noted there: not claimed
    assert "Nothing is noted around group days yet" in group_days_sentence([svc.GroupDayBar("before", None, 0)])


def _fill(session: Session) -> None:
    repo = CheckinRepository(session.vault)
    now = datetime.now().astimezone().replace(hour=12, minute=0, second=0, microsecond=0)
    repo.add_many([new_checkin(now - timedelta(days=d), valence=(d % 11) - 5, energy=0,
                               words=(ChosenWord("hopeful" if d % 2 else "tired", 5),), person_name="Ana" if d % 3 else None)
                   for d in range(40)])
    assert session.journal is not None
    session.journal.save(Entry(kind="moment", entry_at=now, title="about today", suggestion=1,
                               feelings=(Feeling("sad", 4),)))


def test_insights_screen_empty_then_filled(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    screen = InsightsScreen(session)
    qtbot.addWidget(screen)
    screen.setStyleSheet(STYLE)
    screen.resize(900, 600)
    screen.show()
    assert screen.empty.isVisible() and not screen.body.isVisible()
    with qtbot.waitSignal(screen.check_in_requested):
        next(b for b in screen.empty.findChildren(type(screen.year_button))).click()
    _fill(session)
    screen.refresh()
    assert not screen.empty.isVisible() and screen.body.isVisible()
    assert screen.summary.text().startswith(f"In {date.today().year} you noted feelings on")
    assert screen.group_text.text().startswith("Nothing is noted around group days")  # no group yet
    words = [screen.words_table.item(r, 0).text() for r in range(screen.words_table.rowCount())]
    assert words and set(words) <= {"hopeful", "tired", "sad"}
    assert screen.person_table.rowCount() == 1 and screen.person_table.item(0, 0).text() == "Ana"
    assert screen.suggestion_table.item(0, 0).text().startswith("1. ")
    screen.set_mode("month")
    assert screen.period.text().endswith(str(date.today().year)) and "In " in screen.summary.text()
    # Enter on today's cell shows its writing; Enter on the entry opens it
    screen.heat.setFocus()
    qtbot.keyClick(screen.heat, Qt.Key.Key_Return)
    texts = [screen.day_list.item(i).text() for i in range(screen.day_list.count())]
    assert any("about today" in t for t in texts) and any(t.startswith("Check-in:") for t in texts)
    entry_row = next(i for i, t in enumerate(texts) if "about today" in t)
    with qtbot.waitSignal(screen.open_entry) as opened:
        screen.day_list.itemActivated.emit(screen.day_list.item(entry_row))
    assert opened.args[0] > 0


def test_workspace_builds_insights_lazily_and_checks_in_anywhere(qtbot, session: Session, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ws = Workspace(session, QSettings())
    qtbot.addWidget(ws)
    ws.show()
    assert NAV[-1] == "Insights" and ws.nav.item(ws.nav.count() - 1).text() == "Insights"
    assert ws._insights is None
    chosen = new_checkin(datetime.now().astimezone(), words=(ChosenWord("calm", 2),))
    monkeypatch.setattr(looking_back, "run_checkin", lambda parent, people: chosen)
    ws.nav.setCurrentRow(NAV.index("Journal"))
    ws.activateWindow()
    qtbot.waitUntil(ws.isActiveWindow)
    qtbot.keyClick(ws.journal.editor.body, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert CheckinRepository(session.vault).count() == 1
    ws.nav.setCurrentRow(NAV.index("Insights"))
    assert ws._insights is not None and ws.stack.currentWidget() is ws._insights
    assert ws._insights.body.isVisible()
    assert QKeySequence("Ctrl+Shift+K") not in [QKeySequence(f"Ctrl+{i + 1}") for i in range(len(NAV))]


def test_today_card_respects_preferences_and_hides_empty_parts(qtbot, session: Session, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    today = TodayScreen(session)
    qtbot.addWidget(today)
    today.show()
    card = today.looking_back
    assert card.checkin_button.isVisible() and card.review_button.isVisible()
    assert not card.otd_box.isVisible()  # nothing a month, six months or a year ago
    assert not card.since_box.isVisible()  # no group yet
    dialog = PreferencesDialog(5)
    qtbot.addWidget(dialog)
    dialog.looking_back_boxes["weekly_review"].setChecked(False)
    dialog.accept()
    assert QSettings("ipt-journal", "ipt-journal").value("looking_back_weekly_review") == "false"
    card.refresh()
    assert not card.review_button.isVisible()
    monkeypatch.setattr(looking_back, "run_checkin", lambda parent, people: None)  # cancelled: nothing saved
    card.check_in()
    assert CheckinRepository(session.vault).count() == 0 and not card.status.isVisible()
    monkeypatch.setattr(looking_back, "run_review", lambda parent: ("Weekly review", [("Q?", "an answer")]))
    card.weekly_review()
    assert session.journal is not None and session.journal.count() == 1 and "saved" in card.status.text()


def test_on_this_day_shows_and_opens_a_year_ago(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    now = datetime.now().astimezone()
    from ipt_journal.domain.feelings import months_back

    day = months_back(now.date(), 12)
    assert session.journal is not None
    old = session.journal.save(Entry(kind="free", entry_at=now.replace(year=day.year, month=day.month, day=day.day),
                                     title="a year back"))
    today = TodayScreen(session)
    qtbot.addWidget(today)
    today.show()
    card = today.looking_back
    assert card.otd_box.isVisible()
    buttons = [b for b in card.otd_box.findChildren(type(card.checkin_button)) if "a year back" in b.text()]
    assert len(buttons) == 1
    with qtbot.waitSignal(card.open_entry) as opened:
        buttons[0].click()
    assert opened.args == [old.id]
    QSettings("ipt-journal", "ipt-journal").setValue("looking_back_on_this_day", "false")
    card.refresh()
    assert not card.otd_box.isVisible()


def test_since_page_and_weekly_review_dialogs(qtbot) -> None:  # type: ignore[no-untyped-def]
    when = datetime(2026, 6, 8, 19, 30).astimezone()
    c = new_checkin(when + timedelta(hours=3), words=(ChosenWord("relieved", 6),), note="walked home")
    since = svc.SinceLastSession("ok", when, 6, entries=((1, when + timedelta(hours=1), "free", "wrote this"),),
                                 checkins=(c,))
    title, sub, secs = since_sections(since)
    assert title == "Since your last session" and "session 6" in sub
    assert [s.heading for s in secs] == ["What you wrote", "Check-ins", "Added to your list for group", "Goal check-ins"]
    page = SinceLastSessionPage(since)
    qtbot.addWidget(page)
    assert "wrote this" in page.markdown and "relieved 6/10" in page.markdown
    assert "Nothing added to your list since then." in page.view.toPlainText()
    review = WeeklyReviewDialog()
    qtbot.addWidget(review)
    review._try_accept()
    assert review.result() == 0 and "nothing to save yet" in review.message.text()
    review.answers[1].setPlainText("I spoke first")
    review._try_accept()
    assert review.result() == 1 and review.pairs()[1][1] == "I spoke first"


@pytest.mark.parametrize("size", [(900, 600), (1280, 800)])
def test_screens_render_at_both_sizes(qtbot, session: Session, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    _fill(session)
    screen = InsightsScreen(session)
    qtbot.addWidget(screen)
    screen.setStyleSheet(STYLE)
    screen.resize(*size)
    screen.show()
    image = screen.grab().toImage()
    assert image.width() == size[0] and not image.isNull()
    assert screen.heat.width() <= size[0]


def test_the_checkin_names_someone_from_people_or_any_name(qtbot, session: Session, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ipt_journal.domain.people import Person
    from ipt_journal.vault.people import PeopleRepository

    PeopleRepository(session.vault).save(Person(name="Robin"))
    CheckinRepository(session.vault).add(new_checkin(datetime.now().astimezone(), valence=1, energy=1, person_name="Kim"))
    today = TodayScreen(session)
    qtbot.addWidget(today)
    offered: list[list[str]] = []
    monkeypatch.setattr(looking_back, "run_checkin", lambda parent, people: offered.append(people))
    today.looking_back.check_in()
    assert offered == [["Robin", "Kim"]]
    dialog = CheckInDialog(people=offered[0])
    qtbot.addWidget(dialog)
    combo = dialog.person_choice
    assert [combo.itemText(i) for i in range(combo.count())] == ["", "Robin", "Kim"] and dialog.person.text() == ""
    combo.setCurrentIndex(1)
    dialog.choose_word("calm", 3)
    dialog.save()
    assert dialog.result_checkin is not None and dialog.result_checkin.person_name == "Robin"
    other = CheckInDialog(people=offered[0])
    qtbot.addWidget(other)
    other.person.setText("my neighbour")  # free text still works
    other.choose_word("calm", 3)
    other.save()
    assert other.result_checkin is not None and other.result_checkin.person_name == "my neighbour"


def test_feelings_by_person_use_the_people_list(session: Session) -> None:  # type: ignore[no-untyped-def]
    from ipt_journal.domain.people import Person
    from ipt_journal.vault.people import PeopleRepository

    now = datetime.now().astimezone()
    people = PeopleRepository(session.vault)
    robin = people.save(Person(name="Robin"))
    assert session.journal is not None
    entry = session.journal.save(Entry(kind="moment", entry_at=now, body="after the call",
                                       feelings=(Feeling("hurt", 6),)))
    people.link(int(robin.id), "entry", int(entry.id))  # type: ignore[arg-type]
    CheckinRepository(session.vault).add(new_checkin(now, words=(ChosenWord("calm", 3),), person_name="robin "))
    CheckinRepository(session.vault).add(new_checkin(now, words=(ChosenWord("tense", 3),), person_name="Kim"))
    insights = svc.Insights(session)
    rows = {r.key: r for r in insights.person_view(insights.series())}
    assert set(rows) == {"Robin", "Kim"}
    assert rows["Robin"].count == 2 and set(rows["Robin"].words) == {"hurt", "calm"}
    assert [r.key for r in svc.by_person(insights.series())] == ["Kim", "robin"]  # without People: typed names


def test_a_very_hard_checkin_offers_support_quietly(qtbot, session: Session, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    today = TodayScreen(session)
    qtbot.addWidget(today)
    today.show()
    card = today.looking_back
    easy = new_checkin(datetime.now().astimezone(), words=(ChosenWord("sad", 5),))
    monkeypatch.setattr(looking_back, "run_checkin", lambda parent, people: easy)
    card.check_in()
    assert card.support_line is None
    hard = new_checkin(datetime.now().astimezone(), words=(ChosenWord("overwhelmed", 9),))
    monkeypatch.setattr(looking_back, "run_checkin", lambda parent, people: hard)
    card.check_in()
    assert card.support_line is not None and card.support_line.isVisible()
    assert svc.very_hard(new_checkin(datetime.now().astimezone(), valence=-5, energy=0))
    assert not svc.very_hard(new_checkin(datetime.now().astimezone(), words=(ChosenWord("joyful", 10),)))


def test_a_10000_character_name_or_a_huge_note_gets_a_clear_sentence(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ipt_journal.domain import feelings as fd

    dialog = CheckInDialog()
    qtbot.addWidget(dialog)
    dialog.choose_word("calm", 3)
    dialog.note.setPlainText("x" * (fd.MAX_NOTE + 5))
    dialog.save()
    assert dialog.result_checkin is None and "shorten it. Nothing was lost" in dialog.message.text()
    assert len(dialog.note.toPlainText()) == fd.MAX_NOTE + 5  # nothing lost


def test_long_dates_read_as_each_language_writes_them(qtbot) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from ipt_journal.ui import i18n
    from ipt_journal.ui.insights.words import long_day

    day = date(2026, 12, 2)
    assert long_day(day, weekday=True) == "Wednesday 2 December 2026" and long_day(day) == "2 December 2026"
    i18n.install("es")
    try:
        assert long_day(day, weekday=True) == "miércoles 2 de diciembre de 2026"
        assert long_day(day) == "2 de diciembre de 2026"
    finally:
        i18n.install("en")
