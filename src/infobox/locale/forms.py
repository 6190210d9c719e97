"""Dates written in a language's conventions: the forms :func:`match_date` reads.

:func:`infobox.values.dates.parse_date` asks this module first when it is given a
locale; what is read here is only the day, month and year and where they end.
The forms are built from the locale's CLDR data (month names, the words of its
date patterns, its year words and eras), not typed in per language:

- a numeric date ``31.12.2013``, ``31/12/2013``, ``31-12-2013``, ``31. 12. 2013``
  (cs) is day, month,
  year in every language but English (whose rules stay those of
  :mod:`infobox.values.dates`, which reads the order only where one is valid); where
  the second number can be no month (``12/31/2018``) the English rules read it;
  ``2018. 12. 31.`` (hu, ko) is year, month, day;
- a month name with a day and a year in any order the languages use:
  day-month-year (``31 декабря 2018``, ``31. prosince 2018``, ``31 de diciembre
  de 2018``, ``1º gennaio 2020``, ``31 tháng 12 năm 2019``), year-month-day
  (``2018. december 31.``, ``2018 m. gruodžio 31 d.``, ``2018年12月31日``: CLDR's
  Japanese and Chinese month names are ``12月``), year-day-month (``2013. gada
  31. decembris``), month-day-year; a month and a year (``декабрь 2018``,
  ``diciembre de 2018``); a year with a year word or an era (``1170 год``,
  ``2018 г.``, ``2018 жыл``, ``100 до н. э.``);
- between the parts: spaces, ``,`` ``.`` ``-`` and the connector words of the
  language's CLDR patterns (es ``de``, lv ``gada``, lt ``m``/``d``, ja ``年`` ``日``);
  after the date, one more connector or year word (``日``, ``d.``, ``г.``).

Whatever the locale, a year, month and day written with the CJK markers
``2018年12月31日`` (Korean ``2018년 12월 31일``) are read (:func:`match_cjk`).
Digits are ASCII here: the caller has replaced native digits already. Every
repetition is bounded, so matching is linear.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from typing import Final, NamedTuple

from . import Locale

__all__ = ["DateParts", "match_cjk", "match_date"]


class DateParts(NamedTuple):
    """A date's parts as written (the month as a number), and where the date ends.

    >>> DateParts(year=2018, month=12, day=None, end=13).month
    12
    """

    year: int
    month: int | None
    day: int | None
    end: int


# After a date: no letter, digit or apostrophe; after a CJK or Hangul marker, no digit.
_END: Final = r"(?:(?<=[\u3040-\u9fff\uac00-\ud7af])(?![0-9])|(?![\w'’]))"
# A day, with the ordinal marks some languages write (it 1º, pt 1ª; the French first
# of the month, 1er / 1re, and only the first).
_DAY: Final = r"(?P<day>[0-9]{1,2})(?![0-9])(?:[º°ª]|(?<=\b1)(?:er|re))?"
_CJK: Final = re.compile(
    r"(?P<year>[0-9]{1,4})\s?[年년]\s?(?P<month>[0-9]{1,2})\s?[月월]"
    r"(?:\s?(?P<day>[0-9]{1,2})\s?[日일])?(?![0-9])"
)
# Year first with full stops and spaces (hu ``2018. 12. 31.``, ko ``2018. 12. 31.``).
_YMD_SPACED: Final = re.compile(
    r"(?P<year>[0-9]{4})\.\s(?P<month>[0-9]{1,2})\.\s(?P<day>[0-9]{1,2})\.?(?![\w'’]|[0-9])"
)
_NUMERIC: Final = re.compile(
    r"(?P<day>[0-9]{1,2})(?P<sep>[./-])\s?(?P<month>[0-9]{1,2})(?P=sep)\s?(?P<year>[0-9]{4})"
    r"(?![\w'’]|[./-][0-9])"
)


def _alternation(words: Iterable[str]) -> str:
    """Words as a regular expression, the longest first, each ending at a word's end.

    A word that ends in a letter may not be followed by a letter; one that ends in
    a digit (``tháng 1``) not by a digit. Spaces match any one space, and both the
    composed and decomposed forms of each word are accepted.
    """
    spellings = {unicodedata.normalize(form, w) for w in words for form in ("NFC", "NFD")}
    parts = []
    for word in sorted(spellings, key=lambda w: (-len(w), w)):
        pattern = r"\s?".join(re.escape(piece) for piece in word.split(" "))
        if word[-1].isdigit():
            pattern += "(?![0-9])"
        elif word[-1].isalpha() or unicodedata.category(word[-1]).startswith("M"):
            pattern += r"(?![^\W\d_])"
        parts.append(pattern)
    return "|".join(parts) or "(?!)"


def _key(text: str) -> str:
    """A name as the tables hold it, spaces aside: NFC, casefolded."""
    return "".join(unicodedata.normalize("NFC", text).split()).casefold()


class _Forms(NamedTuple):
    forms: tuple[re.Pattern[str], ...]
    months: dict[str, int]
    eras: dict[str, int]


@functools.cache
def _forms(locale: Locale) -> _Forms:
    if locale.language == "en":
        return _Forms((), {}, {})  # English dates are read by infobox.values.dates alone
    month = rf"(?P<month>{_alternation(locale.months)})"
    words = _alternation(locale.connectors | locale.year_words)
    sep = rf"(?:[\s,.\-]|(?:{words})\.?){{0,6}}"
    eras = _alternation(locale.eras)
    year = (
        r"(?P<year>[0-9]{1,4})(?![0-9])"
        rf"(?:\s?(?:{_alternation(locale.year_words)})\.?)?(?:\s?(?P<era>{eras}))?"
    )
    tail = rf"(?:\s?(?:{words})\.?)?"
    lead = rf"(?:(?:{_alternation(locale.connectors)})\s)?"
    patterns = (
        rf"{lead}{_DAY}{sep}{month}{sep}{year}",
        rf"{year}{sep}{month}{sep}{_DAY}{tail}",
        rf"{year}{sep}{_DAY}{sep}{month}",
        rf"{month}{sep}{_DAY}{sep}{year}",
        rf"{month}{sep}{year}",
        rf"{year}{sep}{month}",
        # A year alone needs its year word or era: a bare year is read by the English forms.
        r"(?P<year>[0-9]{1,4})(?![0-9])"
        rf"(?:\s?(?:{_alternation(locale.year_words)})\.?(?:\s?(?P<era>{eras}))?"
        rf"|\s?(?P<era2>{eras}))",
    )
    compiled = tuple(re.compile(p + _END, re.IGNORECASE) for p in patterns)
    months = {_key(name): number for name, number in locale.months.items()}
    return _Forms(compiled, months, {_key(name): sign for name, sign in locale.eras.items()})


def match_cjk(s: str, pos: int) -> DateParts | None:
    """A date written with CJK year, month and day markers at ``s[pos]``, in any locale.

    >>> match_cjk("2018年12月31日", 0)
    DateParts(year=2018, month=12, day=31, end=11)
    """
    match = _CJK.match(s, pos)
    if match is None:
        return None
    day = int(match["day"]) if match["day"] else None
    return DateParts(int(match["year"]), int(match["month"]), day, match.end())


def match_date(s: str, pos: int, locale: Locale) -> DateParts | None:
    """A date in the locale's conventions at ``s[pos]``; None when no form matches.

    The parts are as written: the caller checks that they make a date. A year
    needs three or four digits unless an era comes with it (as in English); an era
    before the common era makes the year negative.

    >>> from infobox.locale import locale_for
    >>> match_date("31 декабря 2018 г.", 0, locale_for("ru"))
    DateParts(year=2018, month=12, day=31, end=18)
    >>> match_date("2013. gada 31. decembris", 0, locale_for("lv"))[:3]
    (2013, 12, 31)
    """
    forms = _forms(locale)
    numeric = _NUMERIC.match(s, pos) or _YMD_SPACED.match(s, pos) if forms.forms else None
    if numeric is not None:
        year, month, day = (int(numeric[name]) for name in ("year", "month", "day"))
        if 1 <= month <= 12:  # else 12/31/2018: the English rules read the only valid order
            return DateParts(year, month, day, numeric.end())
    for form in forms.forms:
        match = form.match(s, pos)
        if match is None:
            continue
        groups = match.groupdict()
        era = groups.get("era") or groups.get("era2")
        digits = match["year"]
        if era is None and len(digits) < 3:
            continue
        sign = forms.eras.get(_key(era), 1) if era else 1
        named: int | None = None
        if groups.get("month") is not None:
            named = forms.months.get(_key(groups["month"]))
            if named is None:
                continue
        written_day = int(groups["day"]) if groups.get("day") else None
        return DateParts(sign * int(digits), named, written_day, match.end())
    return None
