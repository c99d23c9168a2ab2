"""The feelings vocabulary as the member reads it (translated), and the colour-blind-safe ramp for pleasantness."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime
from PySide6.QtGui import QColor

from ipt_journal.domain.feelings import WORDS


def local_date(value: date | datetime, fmt: str) -> str:
    """A date (or a local date and time) in the member's language, with a Qt format such as "dd MMM yyyy"."""
    day = QDate(value.year, value.month, value.day)
    if isinstance(value, datetime):
        return QLocale().toString(QDateTime(day, QTime(value.hour, value.minute, value.second)), fmt)
    return QLocale().toString(day, fmt)


def month_name(month: int, short: bool = False) -> str:
    kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().standaloneMonthName(month, kind)


def day_name(weekday: int, short: bool = True) -> str:
    """weekday 0 = Monday, as Python counts."""
    kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().standaloneDayName(weekday + 1, kind)


def _labels() -> dict[str, str]:
    t = QCoreApplication.translate
    # One literal per word, so the translation tools find every one.
    return {
        # joyful
        "joyful": t("Feelings", "joyful"),
        "happy": t("Feelings", "happy"),
        "excited": t("Feelings", "excited"),
        "proud": t("Feelings", "proud"),
        "hopeful": t("Feelings", "hopeful"),
        "playful": t("Feelings", "playful"),
        "confident": t("Feelings", "confident"),
        "appreciative": t("Feelings", "appreciative"),
        "grateful": t("Feelings", "grateful"),
        "curious": t("Feelings", "curious"),
        # peaceful
        "peaceful": t("Feelings", "peaceful"),
        "calm": t("Feelings", "calm"),
        "relieved": t("Feelings", "relieved"),
        "content": t("Feelings", "content"),
        "safe": t("Feelings", "safe"),
        "warm": t("Feelings", "warm"),
        "tender": t("Feelings", "tender"),
        "close": t("Feelings", "close"),
        "accepted": t("Feelings", "accepted"),
        "rested": t("Feelings", "rested"),
        # sad
        "sad": t("Feelings", "sad"),
        "lonely": t("Feelings", "lonely"),
        "hurt": t("Feelings", "hurt"),
        "disappointed": t("Feelings", "disappointed"),
        "unseen": t("Feelings", "unseen"),
        "left_out": t("Feelings", "left out"),
        "numb": t("Feelings", "numb"),
        "tired": t("Feelings", "tired"),
        "homesick": t("Feelings", "homesick"),
        "grieving": t("Feelings", "grieving"),
        # afraid
        "afraid": t("Feelings", "afraid"),
        "anxious": t("Feelings", "anxious"),
        "tense": t("Feelings", "tense"),
        "overwhelmed": t("Feelings", "overwhelmed"),
        "nervous": t("Feelings", "nervous"),
        "insecure": t("Feelings", "insecure"),
        "confused": t("Feelings", "confused"),
        "worried": t("Feelings", "worried"),
        "panicky": t("Feelings", "panicky"),
        "unsure": t("Feelings", "unsure"),
        # angry
        "angry": t("Feelings", "angry"),
        "frustrated": t("Feelings", "frustrated"),
        "irritated": t("Feelings", "irritated"),
        "resentful": t("Feelings", "resentful"),
        "jealous": t("Feelings", "jealous"),
        "annoyed": t("Feelings", "annoyed"),
        "impatient": t("Feelings", "impatient"),
        "bitter": t("Feelings", "bitter"),
        "defensive": t("Feelings", "defensive"),
        "furious": t("Feelings", "furious"),
        # ashamed
        "ashamed": t("Feelings", "ashamed"),
        "embarrassed": t("Feelings", "embarrassed"),
        "guilty": t("Feelings", "guilty"),
        "exposed": t("Feelings", "exposed"),
        "self_conscious": t("Feelings", "self conscious"),
        "small": t("Feelings", "small"),
        "foolish": t("Feelings", "foolish"),
        "regretful": t("Feelings", "regretful"),
        "awkward": t("Feelings", "awkward"),
        "unworthy": t("Feelings", "unworthy"),
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


# A sequential ramp from orange (unpleasant) through pale to blue (pleasant): it reads for the
# common colour-vision differences and in grey, and it never uses red.
_RAMP = ((-5.0, (179, 88, 6)), (-2.5, (241, 163, 64)), (0.0, (222, 214, 190)), (2.5, (116, 169, 207)), (5.0, (5, 112, 176)))
EMPTY = QColor(250, 249, 247)  # drawn with an outline: nothing noted is not the same as in between


def mood_colour(value: float | None) -> QColor:
    return QColor(_colour(None if value is None else round(value, 1)))


@lru_cache(maxsize=256)
def _colour(value: float | None) -> QColor:
    if value is None:
        return QColor(150, 150, 150)  # only own words: noted, with no place on the grid
    v = max(-5.0, min(5.0, value))
    for (a, ca), (b, cb) in zip(_RAMP, _RAMP[1:]):
        if v <= b:
            f = (v - a) / (b - a)
            return QColor(*(round(x + (y - x) * f) for x, y in zip(ca, cb)))
    return QColor(*_RAMP[-1][1])


def lean(value: float | None) -> str:
    """A neutral description of where the day's feelings sat; never a verdict on the day."""
    t = QCoreApplication.translate
    if value is None:
        return t("Insights", "your own words")
    if value >= 1.5:
        return t("Insights", "leaning pleasant")
    if value <= -1.5:
        return t("Insights", "leaning unpleasant")
    return t("Insights", "in between")
