"""The feelings vocabulary as the member reads it (translated), and the colour-blind-safe ramp for pleasantness."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime
from PySide6.QtGui import QColor

from ipt_journal.domain.feelings import WORDS
from ipt_journal.ui import style


def local_date(value: date | datetime, fmt: str) -> str:
    """A date (or a local date and time) in the member's language, with a Qt format such as "dd MMM yyyy"."""
    day = QDate(value.year, value.month, value.day)
    if isinstance(value, datetime):
        return QLocale().toString(QDateTime(day, QTime(value.hour, value.minute, value.second)), fmt)
    return QLocale().toString(day, fmt)


def long_day(value: date | datetime, *, weekday: bool = False) -> str:
    """'Wednesday 2 December 2026' / 'miércoles 2 de diciembre de 2026' (the pattern is translated)."""
    fmt = (QCoreApplication.translate("Insights", "dddd d MMMM yyyy") if weekday
           else QCoreApplication.translate("Insights", "d MMMM yyyy"))
    return local_date(value, fmt)


def month_name(month: int, short: bool = False) -> str:
    kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().standaloneMonthName(month, kind)


def day_name(weekday: int, short: bool = True) -> str:
    """weekday 0 = Monday, as Python counts."""
    kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().standaloneDayName(weekday + 1, kind)


def _labels() -> dict[str, str]:
    # One literal per word, so the translation tools find every one.
    return {
        # joyful
        "joyful": QCoreApplication.translate("Feelings", "joyful"),
        "happy": QCoreApplication.translate("Feelings", "happy"),
        "excited": QCoreApplication.translate("Feelings", "excited"),
        "proud": QCoreApplication.translate("Feelings", "proud"),
        "hopeful": QCoreApplication.translate("Feelings", "hopeful"),
        "playful": QCoreApplication.translate("Feelings", "playful"),
        "confident": QCoreApplication.translate("Feelings", "confident"),
        "appreciative": QCoreApplication.translate("Feelings", "appreciative"),
        "grateful": QCoreApplication.translate("Feelings", "grateful"),
        "curious": QCoreApplication.translate("Feelings", "curious"),
        # peaceful
        "peaceful": QCoreApplication.translate("Feelings", "peaceful"),
        "calm": QCoreApplication.translate("Feelings", "calm"),
        "relieved": QCoreApplication.translate("Feelings", "relieved"),
        "content": QCoreApplication.translate("Feelings", "content"),
        "safe": QCoreApplication.translate("Feelings", "safe"),
        "warm": QCoreApplication.translate("Feelings", "warm"),
        "tender": QCoreApplication.translate("Feelings", "tender"),
        "close": QCoreApplication.translate("Feelings", "close"),
        "accepted": QCoreApplication.translate("Feelings", "accepted"),
        "rested": QCoreApplication.translate("Feelings", "rested"),
        # sad
        "sad": QCoreApplication.translate("Feelings", "sad"),
        "lonely": QCoreApplication.translate("Feelings", "lonely"),
        "hurt": QCoreApplication.translate("Feelings", "hurt"),
        "disappointed": QCoreApplication.translate("Feelings", "disappointed"),
        "unseen": QCoreApplication.translate("Feelings", "unseen"),
        "left_out": QCoreApplication.translate("Feelings", "left out"),
        "numb": QCoreApplication.translate("Feelings", "numb"),
        "tired": QCoreApplication.translate("Feelings", "tired"),
        "homesick": QCoreApplication.translate("Feelings", "homesick"),
        "grieving": QCoreApplication.translate("Feelings", "grieving"),
        # afraid
        "afraid": QCoreApplication.translate("Feelings", "afraid"),
        "anxious": QCoreApplication.translate("Feelings", "anxious"),
        "tense": QCoreApplication.translate("Feelings", "tense"),
        "overwhelmed": QCoreApplication.translate("Feelings", "overwhelmed"),
        "nervous": QCoreApplication.translate("Feelings", "nervous"),
        "insecure": QCoreApplication.translate("Feelings", "insecure"),
        "confused": QCoreApplication.translate("Feelings", "confused"),
        "worried": QCoreApplication.translate("Feelings", "worried"),
        "panicky": QCoreApplication.translate("Feelings", "panicky"),
        "unsure": QCoreApplication.translate("Feelings", "unsure"),
        # angry
        "angry": QCoreApplication.translate("Feelings", "angry"),
        "frustrated": QCoreApplication.translate("Feelings", "frustrated"),
        "irritated": QCoreApplication.translate("Feelings", "irritated"),
        "resentful": QCoreApplication.translate("Feelings", "resentful"),
        "jealous": QCoreApplication.translate("Feelings", "jealous"),
        "annoyed": QCoreApplication.translate("Feelings", "annoyed"),
        "impatient": QCoreApplication.translate("Feelings", "impatient"),
        "bitter": QCoreApplication.translate("Feelings", "bitter"),
        "defensive": QCoreApplication.translate("Feelings", "defensive"),
        "furious": QCoreApplication.translate("Feelings", "furious"),
        # ashamed
        "ashamed": QCoreApplication.translate("Feelings", "ashamed"),
        "embarrassed": QCoreApplication.translate("Feelings", "embarrassed"),
        "guilty": QCoreApplication.translate("Feelings", "guilty"),
        "exposed": QCoreApplication.translate("Feelings", "exposed"),
        "self_conscious": QCoreApplication.translate("Feelings", "self conscious"),
        "small": QCoreApplication.translate("Feelings", "small"),
        "foolish": QCoreApplication.translate("Feelings", "foolish"),
        "regretful": QCoreApplication.translate("Feelings", "regretful"),
        "awkward": QCoreApplication.translate("Feelings", "awkward"),
        "unworthy": QCoreApplication.translate("Feelings", "unworthy"),
    }


_CACHE: dict[str, str] = {}


def word_label(word: str, known: bool = True) -> str:
    """The member-facing word for a key; a word of the member's own is shown as they wrote it."""
    if not known or word not in WORDS:
        return word
    if not _CACHE:
        _CACHE.update(_labels())
    return _CACHE.get(word, word)


def forget_labels() -> None:
    """After the language changes."""
    _CACHE.clear()


def mood_colour(value: float | None) -> QColor:
    return QColor(_colour(None if value is None else round(value, 1)))


@lru_cache(maxsize=256)
def _colour(value: float | None) -> QColor:
    if value is None:
        return QColor(style.OWN_WORDS_GREY)  # only own words: noted, with no place on the grid
    v = max(-5.0, min(5.0, value))
    ramp = style.FEELINGS_RAMP  # data colours from the one table, the same in light and dark
    for (a, ca), (b, cb) in zip(ramp, ramp[1:]):
        if v <= b:
            return QColor(style.mix(ca, cb, (v - a) / (b - a)))
    return QColor(ramp[-1][1])


def lean(value: float | None) -> str:
    """A neutral description of where the day's feelings sat; never a verdict on the day."""
    if value is None:
        return QCoreApplication.translate("Insights", "your own words")
    if value >= 1.5:
        return QCoreApplication.translate("Insights", "leaning pleasant")
    if value <= -1.5:
        return QCoreApplication.translate("Insights", "leaning unpleasant")
    return QCoreApplication.translate("Insights", "in between")
