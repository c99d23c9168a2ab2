"""The feelings vocabulary as the member reads it (translated), and the colour-blind-safe ramp for pleasantness."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime
from PySide6.QtGui import QColor

from ipt_journal.domain.feelings import WORDS
from ipt_journal.domain.translatable import QT_TRANSLATE_NOOP
from ipt_journal.ui import style
from ipt_journal.ui.i18n import translated


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


# Each feeling word as the member reads it (one literal per word, so the translation tools find every one).
FEELING_WORDS = {
    # joyful
    "joyful": QT_TRANSLATE_NOOP("Feelings", "joyful"),
    "happy": QT_TRANSLATE_NOOP("Feelings", "happy"),
    "excited": QT_TRANSLATE_NOOP("Feelings", "excited"),
    "proud": QT_TRANSLATE_NOOP("Feelings", "proud"),
    "hopeful": QT_TRANSLATE_NOOP("Feelings", "hopeful"),
    "playful": QT_TRANSLATE_NOOP("Feelings", "playful"),
    "confident": QT_TRANSLATE_NOOP("Feelings", "confident"),
    "appreciative": QT_TRANSLATE_NOOP("Feelings", "appreciative"),
    "grateful": QT_TRANSLATE_NOOP("Feelings", "grateful"),
    "curious": QT_TRANSLATE_NOOP("Feelings", "curious"),
    # peaceful
    "peaceful": QT_TRANSLATE_NOOP("Feelings", "peaceful"),
    "calm": QT_TRANSLATE_NOOP("Feelings", "calm"),
    "relieved": QT_TRANSLATE_NOOP("Feelings", "relieved"),
    "content": QT_TRANSLATE_NOOP("Feelings", "content"),
    "safe": QT_TRANSLATE_NOOP("Feelings", "safe"),
    "warm": QT_TRANSLATE_NOOP("Feelings", "warm"),
    "tender": QT_TRANSLATE_NOOP("Feelings", "tender"),
    "close": QT_TRANSLATE_NOOP("Feelings", "close"),
    "accepted": QT_TRANSLATE_NOOP("Feelings", "accepted"),
    "rested": QT_TRANSLATE_NOOP("Feelings", "rested"),
    # sad
    "sad": QT_TRANSLATE_NOOP("Feelings", "sad"),
    "lonely": QT_TRANSLATE_NOOP("Feelings", "lonely"),
    "hurt": QT_TRANSLATE_NOOP("Feelings", "hurt"),
    "disappointed": QT_TRANSLATE_NOOP("Feelings", "disappointed"),
    "unseen": QT_TRANSLATE_NOOP("Feelings", "unseen"),
    "left_out": QT_TRANSLATE_NOOP("Feelings", "left out"),
    "numb": QT_TRANSLATE_NOOP("Feelings", "numb"),
    "tired": QT_TRANSLATE_NOOP("Feelings", "tired"),
    "homesick": QT_TRANSLATE_NOOP("Feelings", "homesick"),
    "grieving": QT_TRANSLATE_NOOP("Feelings", "grieving"),
    # afraid
    "afraid": QT_TRANSLATE_NOOP("Feelings", "afraid"),
    "anxious": QT_TRANSLATE_NOOP("Feelings", "anxious"),
    "tense": QT_TRANSLATE_NOOP("Feelings", "tense"),
    "overwhelmed": QT_TRANSLATE_NOOP("Feelings", "overwhelmed"),
    "nervous": QT_TRANSLATE_NOOP("Feelings", "nervous"),
    "insecure": QT_TRANSLATE_NOOP("Feelings", "insecure"),
    "confused": QT_TRANSLATE_NOOP("Feelings", "confused"),
    "worried": QT_TRANSLATE_NOOP("Feelings", "worried"),
    "panicky": QT_TRANSLATE_NOOP("Feelings", "panicky"),
    "unsure": QT_TRANSLATE_NOOP("Feelings", "unsure"),
    # angry
    "angry": QT_TRANSLATE_NOOP("Feelings", "angry"),
    "frustrated": QT_TRANSLATE_NOOP("Feelings", "frustrated"),
    "irritated": QT_TRANSLATE_NOOP("Feelings", "irritated"),
    "resentful": QT_TRANSLATE_NOOP("Feelings", "resentful"),
    "jealous": QT_TRANSLATE_NOOP("Feelings", "jealous"),
    "annoyed": QT_TRANSLATE_NOOP("Feelings", "annoyed"),
    "impatient": QT_TRANSLATE_NOOP("Feelings", "impatient"),
    "bitter": QT_TRANSLATE_NOOP("Feelings", "bitter"),
    "defensive": QT_TRANSLATE_NOOP("Feelings", "defensive"),
    "furious": QT_TRANSLATE_NOOP("Feelings", "furious"),
    # ashamed
    "ashamed": QT_TRANSLATE_NOOP("Feelings", "ashamed"),
    "embarrassed": QT_TRANSLATE_NOOP("Feelings", "embarrassed"),
    "guilty": QT_TRANSLATE_NOOP("Feelings", "guilty"),
    "exposed": QT_TRANSLATE_NOOP("Feelings", "exposed"),
    "self_conscious": QT_TRANSLATE_NOOP("Feelings", "self conscious"),
    "small": QT_TRANSLATE_NOOP("Feelings", "small"),
    "foolish": QT_TRANSLATE_NOOP("Feelings", "foolish"),
    "regretful": QT_TRANSLATE_NOOP("Feelings", "regretful"),
    "awkward": QT_TRANSLATE_NOOP("Feelings", "awkward"),
    "unworthy": QT_TRANSLATE_NOOP("Feelings", "unworthy"),
}


_CACHE: dict[str, str] = {}


def word_label(word: str, known: bool = True) -> str:
    """The member-facing word for a key; a word of the member's own is shown as they wrote it."""
    if not known or word not in WORDS:
        return word
    if not _CACHE:
        _CACHE.update(translated("Feelings", FEELING_WORDS))
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
