"""The feelings vocabulary, check-in rules, the member's own day, and dates for "On this day"."""

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from ipt_journal.domain import feelings as fd
from ipt_journal.domain.entries import FEELING_WORDS

NEW_YORK = ZoneInfo("America/New_York")


def test_vocabulary_has_six_families_of_stable_unique_keys() -> None:
    assert len(fd.FAMILIES) == 6
    keys = [w for f in fd.FAMILIES for w in f.words]
    assert len(keys) == len(set(keys)) == 60
    assert all(k == k.lower() and " " not in k for k in keys)
    assert all(f.words[0] == f.key for f in fd.FAMILIES)
    # every word of the reflection forms has a place, so forms and check-ins are one series
    assert all(fd.key_for(w) is not None for w in FEELING_WORDS)
    assert fd.key_for("Left  out") == "left_out" and fd.key_for("anger") == "angry"
    assert fd.key_for("my own word") is None


def test_words_are_found_in_free_text_once_each() -> None:
    assert fd.words_in_text("Anger first, then I felt left-out and angry, later CALM.") == ["angry", "left_out", "calm"]
    assert fd.words_in_text("nothing here: scaredy sadder") == []


def test_a_checkin_with_nothing_chosen_is_refused_kindly() -> None:
    empty = fd.new_checkin(datetime(2026, 3, 1, 9, 0, tzinfo=timezone.utc), note="only a note")
    with pytest.raises(fd.InvalidCheckIn) as err:
        fd.validate(empty)
    assert str(err.value) == fd.NOTHING_CHOSEN and "still here" in str(err.value)
    ok = fd.validate(empty.with_changes(words=(fd.ChosenWord("calm", 3), fd.ChosenWord("calm", 5))))
    assert ok.words == (fd.ChosenWord("calm", 5),)  # a word once
    assert fd.validate(empty.with_changes(valence=0, energy=0)).valence == 0


@pytest.mark.parametrize("changes, words", [
    ({"valence": 6, "energy": 0}, "outside"),
    ({"valence": 1}, "both directions"),
    ({"words": (fd.ChosenWord("sad", 11),)}, "0 to 10"),
    ({"words": (fd.ChosenWord("sad"),), "note": "x" * (fd.MAX_NOTE + 1)}, "Nothing was lost"),
    ({"words": (fd.ChosenWord("sad"),), "person_name": "y" * 300}, "initials"),
])
def test_bad_input_gets_a_clear_sentence(changes: dict, words: str) -> None:
    base = fd.new_checkin(datetime(2026, 3, 1, 9, 0, tzinfo=timezone.utc))
    with pytest.raises(fd.InvalidCheckIn, match=words):
        fd.validate(base.with_changes(**changes))


def test_a_checkin_keeps_the_members_own_day_and_clock() -> None:
    late = datetime(2026, 11, 1, 23, 30, tzinfo=NEW_YORK)  # after the clocks went back that night
    c = fd.new_checkin(late, valence=1, energy=1)
    assert c.local_date == date(2026, 11, 1)
    assert c.utc_offset_minutes == -300
    assert c.at.tzinfo == timezone.utc and c.at.date() == date(2026, 11, 2)
    summer = fd.new_checkin(datetime(2026, 7, 1, 23, 30, tzinfo=NEW_YORK), valence=1, energy=1)
    assert summer.utc_offset_minutes == -240 and summer.local_date == date(2026, 7, 1)


def test_pleasantness_comes_from_the_grid_or_the_words() -> None:
    at = datetime(2026, 3, 1, tzinfo=timezone.utc)
    assert fd.CheckIn(at, date(2026, 3, 1), 0, valence=-2, energy=3).pleasantness == -2.0
    both = fd.CheckIn(at, date(2026, 3, 1), 0, words=(fd.ChosenWord("calm"), fd.ChosenWord("angry")))
    assert both.pleasantness == pytest.approx((3 - 4) / 2)
    assert fd.CheckIn(at, date(2026, 3, 1), 0, words=(fd.ChosenWord("mine"),)).pleasantness is None


@pytest.mark.parametrize("today, expected", [
    (date(2028, 2, 29), [("month", date(2028, 1, 29)), ("six_months", date(2027, 8, 29)), ("year", date(2027, 2, 28))]),
    (date(2028, 3, 31), [("month", date(2028, 2, 29)), ("six_months", date(2027, 9, 30)), ("year", date(2027, 3, 31))]),
    (date(2027, 8, 31), [("month", date(2027, 7, 31)), ("six_months", date(2027, 2, 28)), ("year", date(2026, 8, 31))]),
    (date(2026, 1, 15), [("month", date(2025, 12, 15)), ("six_months", date(2025, 7, 15)), ("year", date(2025, 1, 15))]),
])
def test_on_this_day_dates_handle_leap_days_and_short_months(today: date, expected: list) -> None:
    assert fd.on_this_day_dates(today) == expected


def test_local_day_uses_the_zone_given() -> None:
    moment = datetime(2026, 3, 29, 0, 30, tzinfo=timezone.utc)
    assert fd.local_day(moment, ZoneInfo("Asia/Tokyo")) == date(2026, 3, 29)
    assert fd.local_day(moment, NEW_YORK) == date(2026, 3, 28)
