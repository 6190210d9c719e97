"""Dates: the plain text of a date parameter, or a date template's arguments, as a PartialDate.

Three entry points. :func:`parse_date` reads what a reader sees, for example
``1939 (as the workers' settlement of Kengir)``, and splits it into the date
and a *note* (the qualifier around it). :func:`date_from_template` reads the
arguments of ``{{start date}}`` and its relatives (``{{As of}}``, ``{{dts}}``),
which the caller has already rendered to plain text; :func:`template_text`
writes what a reader sees of such a template, or nothing and why when its
parts make no date.

What :func:`parse_date` accepts, always starting at the beginning of the text:

- ``December 20, 1954``, ``Dec. 20, 1954``, ``20 December 1954``,
  ``20 Dec 1954``, ``20th of December 1954``, ``December 1954``, ``1939``;
  month names are English, full or abbreviated (``Sept`` too), in any case;
- the everyday variants ``March, 3 1911``, ``May 14. 1987``, ``July 4 , 1976``
  (what ``[[July 4]] , 1976`` shows) and the year first, ``1702, October 9`` or
  ``1987 May 14``;
- ISO ``1954-12-20`` (with a time, ``2011-03-02T14:05:00Z``) and ``1954-12``,
  year-first ``1987/05/14`` or ``1987.5.14``, ``9-Oct-1702``, and all-numeric
  ``20.12.1954`` or ``12/20/1954`` when only one day/month order makes a valid
  date;
- decades and centuries: ``1890s``, ``1890's``, ``the 1890s``, ``AD 40s``,
  ``14th century``, ``14th-century``, ``5th century BC``, with an ``early``,
  ``mid`` (``mid-1890s``, ``middle``) or ``late`` qualifier; a decade at a
  multiple of 100 is written ``1900s decade`` (see below for ``1900s``);
- a time before the date, as in a signature ``14:05, 2 March 2011 (UTC)`` or
  ``10:15AM EST, March 3rd, 1875``: the time is dropped, and so is a zone left
  after the date; so is a time right after the date (``2 March 2011, 14:05``);
  a leading ``As of`` (what ``{{As of}}`` shows) is dropped too;
- eras: ``753 BC``, ``753 BCE``, ``44 B.C.`` give negative years; ``AD 43``,
  ``43 AD`` and ``43 CE`` positive ones. Without an era a year needs three or
  four digits, so ``December 20`` is not read as the year 20;
- an approximation first (``c.``, ``ca.``, ``circa``, ``approx.``,
  ``approximately``, ``about``, ``around``, ``~``) or a ``?`` right after the date
  (``1890?``): the date is read with ``approximate=True``; the note says
  nothing of it.

Decisions on the forms that could be read more than one way:

- **Qualifiers.** Text after the date becomes the note, with one pair of
  enclosing parentheses and any leading ``,``/``;``/``:`` removed and white
  space collapsed: ``1 July 1867, as a town`` → note ``as a town``. The age
  that ``{{start date and age}}`` prints (``; 127 years ago`` or
  ``(127 years ago)``) is dropped, and so is a repetition of the same date
  (the hidden ISO copy those templates emit). A note of bare punctuation is
  dropped.
- **Leading labels.** ``as a village: 1850`` gives 1850 with the label as the
  note (``as a village``), when the label holds no digit and the date follows
  the first colon. Any other text before the date (``before 1850``,
  ``Founded 1850``) makes the value unreadable: guessing would risk a wrong
  date.
- **Two dates or a range.** ``1850 – 1900``, ``1535 and 1542``: the first date
  is kept, the rest is the note as written (``– 1900``) and ``date.ambiguous``
  says so.
- **YYYY-MM versus a range of years.** Wikipedia's style forbids ``YYYY-MM``
  because ``2011-12`` may be December 2011 or the years 2011–12. ``1954-12``
  is a month (55 would be the next year). Where the two digits could be the
  next year, only the year is kept, the rest is the note and
  ``date.ambiguous`` explains; where they can only be a year (``1990-95``) it
  is a range, read as above.
- **Day and month order** in ``01.02.2013`` is unknowable: only the year is
  kept, with ``date.ambiguous``.
- **Decades and centuries** give a span (:class:`PartialDate` ``span``), never
  a year. ``1800s`` may be the century or the decade 1800–1809; the century,
  which holds both, is kept with ``date.ambiguous``. A decade without its
  century (``the 90s``), a millennium or ``early 1911`` is not read.
- **Digit junk.** Three or more digit groups joined by ``/`` or ``.`` that no
  numeric form reads (``012/03/20051``), two joined by a full stop (``1999.5``),
  or a group of five or more digits, give
  no date and ``date.unparseable``: a year is never cut out of them.
- **Date templates whose parts do not exist** (``{{start date|1998|4|31}}``,
  month 13) give no date and a ``date.unparseable`` that names the part; the
  template shows nothing, so the remaining parts are never read as a shorter
  date. ``{{dts}}`` counts years up to 0 astronomically (``0`` is 1 BC), as
  the template does.
- Invalid dates (``February 30, 1954``, month 13, year 0) give no date and
  ``date.unparseable``; nothing is ever clamped or rolled over.

Digits of any script are read (Bengali ``২০১৯``, Arabic-Indic, Devanagari,
full-width …), and a year, month and day written with the CJK markers
(``2018年12月31日``, Korean ``2018년 12월 31일``) are read whatever the locale.

**A locale** (``parse_date(text, locale=locale_for("ru"))``) adds the forms of
that language's conventions, tried before the English ones: native month names
(CLDR's, every form) with the day, month and year in any order the language
writes them, its date words and year words (``31 декабря 2018 г.``, ``2013. gada
31. decembris``, ``31 de diciembre de 2018``, ``1170 год``), and an all-numeric
``31.12.2013`` read as day-month-year (see :mod:`infobox.locale.forms`). A
locale of English changes nothing. Without a locale the rules above are the whole
story.

Every regular expression is anchored or has bounded repetition, so any text is
read in linear time, and no text raises.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Final, NamedTuple

import attrs

from ..diagnostics import make
from ..locale.forms import match_cjk, match_date
from ..models import Diagnostic, PartialDate
from ..names import normalize_title

if TYPE_CHECKING:
    from ..locale import Locale

__all__ = ["DATE_TEMPLATES", "date_from_template", "format_date", "parse_date", "template_text"]

#: Templates whose positional arguments are year, month, day (and then the
#: time, which is ignored). ``Startdate``, ``Start date and years ago`` and
#: ``Date and age`` are redirects on English Wikipedia.
_NUMERIC_TEMPLATES: Final[frozenset[str]] = frozenset(
    {
        "Start date",
        "Startdate",
        "Start date and age",
        "Start date and years ago",
        "Date and age",
        "End date",
        "End date and age",
        "Birth date",
        "Birth date and age",
        "Death date",
    }
)

#: Templates whose first argument is a date written out as text (``{{Start-date|
#: December 7, 1941}}``, ``{{Date|2006-01-02|mdy}}``); it is read by :func:`parse_date`.
_TEXT_TEMPLATES: Final[frozenset[str]] = frozenset(
    {"Start-date", "End-date", "Birth-date", "Death-date", "Date"}
)

#: ``{{As of|2019|7}}`` shows "As of July 2019": year, month, day.
_AS_OF_TEMPLATES: Final[frozenset[str]] = frozenset({"As of", "Asof"})

#: ``{{Dts}}`` (date table sorting): year, month, day (a negative year is BC), or
#: one argument holding the whole date as text.
_DTS_TEMPLATES: Final[frozenset[str]] = frozenset({"Dts", "Date table sorting"})

#: Every date template :func:`date_from_template` reads, in normalised form
#: (first letter upper-case, ``_`` as a space). ``Death date and age`` and
#: ``Birth date and age2`` are left out on purpose: they hold two dates.
DATE_TEMPLATES: Final[frozenset[str]] = (
    _NUMERIC_TEMPLATES | _TEXT_TEMPLATES | _AS_OF_TEMPLATES | _DTS_TEMPLATES
)

_MONTHS: Final[dict[str, int]] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

_MONTH_TITLES: Final = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

# Longest names first, so that "june" is not read as "jun" + "e".
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_MONTH = rf"(?P<month>{_MONTH_NAMES})(?![a-z])\.?"
_DAY = r"(?P<day>[0-9]{1,2})(?:st|nd|rd|th)?"
# The era letters are matched case-sensitively; "ad" in lower case is a word.
_YEAR = (
    r"(?:(?-i:(?P<pre>AD|A\.D\.))\s?)?(?P<year>[0-9]{1,4})(?![0-9])"
    r"(?:\s?(?-i:(?P<post>BCE|BC|B\.C\.E\.|B\.C\.|AD|A\.D\.|CE|C\.E\.)))?"
)
# After a date: not a letter, a digit or an apostrophe ("1990s", "1990's").
_END = r"(?![\w'’])"

# Between the day and the year: a space, a comma or a full stop (``May 14. 1987``),
# with a space before the comma allowed (``[[July 4]] , 1976`` shows ``July 4 , 1976``).
_DAY_YEAR = r"(?:\s?[,.]\s?|\s)"
_FORMS: Final[tuple[re.Pattern[str], ...]] = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf"{_DAY}\s(?:of\s)?{_MONTH}{_DAY_YEAR}{_YEAR}{_END}",
        rf"{_DAY}-{_MONTH}-{_YEAR}{_END}",  # 9-Oct-1702
        rf"{_MONTH}(?:,\s?|\s){_DAY}{_DAY_YEAR}{_YEAR}{_END}",
        rf"{_MONTH},?\s{_YEAR}{_END}",
        # The year first: ``1702, October 9``, ``1987 May 14``.
        rf"(?P<year>[0-9]{{3,4}})(?:,\s?|\s){_MONTH}\s{_DAY}{_END}",
        rf"{_YEAR}{_END}",
    )
)
_ERA = r"(?-i:(?P<post>BCE|BC|B\.C\.E\.|B\.C\.|AD|A\.D\.|CE|C\.E\.))"
_QUALIFIER = r"(?:(?P<qualifier>early|mid|middle|late)(?:\s?[-‐‑–]\s?|\s))?"
_SPANS: Final[tuple[re.Pattern[str], ...]] = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # 1890s, 1990's, the early 1890s, mid-1990s, AD 40s, 1890s BC
        rf"(?:the\s)?{_QUALIFIER}(?:the\s)?(?:(?-i:(?P<pre>AD|A\.D\.))\s?)?"
        rf"(?P<decade>[0-9]{{0,3}}0)['’]?s(?![\w'’])(?P<word>\sdecade(?![\w'’]))?"
        rf"(?:\s?{_ERA})?{_END}",
        # 14th century, early 19th-century, the 5th century BC
        rf"(?:the\s)?{_QUALIFIER}(?:the\s)?(?P<century>[0-9]{{1,3}})(?:st|nd|rd|th)"
        rf"[\s-]century(?![\w'’])(?:\s?{_ERA})?{_END}",
    )
)
# An ISO date may carry its time: 2011-03-02T14:05:00Z.
_ISO_DAY = re.compile(
    r"(?P<year>[0-9]{4})-(?P<month>[0-9]{2})-(?P<day>[0-9]{2})"
    r"(?:T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,9})?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?(?![\w'’])"
)
_ISO_MONTH = re.compile(r"(?P<year>[0-9]{4})-(?P<month>[0-9]{2})(?![\w'’]|-[0-9])")
_NUMERIC = re.compile(
    r"(?P<a>[0-9]{1,2})(?P<sep>[./])(?P<b>[0-9]{1,2})(?P=sep)(?P<year>[0-9]{4})(?![\w'’])"
)
# Year first with slashes or full stops: 1987/05/14, 1987.5.14 (never ambiguous).
_YMD = re.compile(
    r"(?P<year>[0-9]{4})(?P<sep>[./])(?P<month>[0-9]{1,2})(?P=sep)(?P<day>[0-9]{1,2})"
    r"(?![\w'’]|[./-][0-9])"
)
# Digit groups that no form reads, three or more joined by / or . (012/03/20051), two
# joined by a full stop (1999.5), or one of five or more digits, are no date: never read
# a year out of them.
_DIGIT_RUN = re.compile(r"[0-9]+(?:[./-][0-9]+)*")
_DIGIT_GROUP = re.compile(r"[0-9]+")
# A time before the date: the MediaWiki signature ``14:05, 2 March 2011 (UTC)``,
# {{Start-date|10:15AM EST, March 3rd, 1875}}.
_TIME = re.compile(
    r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:\s?[ap]\.?m\.?)?(?:\s?(?-i:[A-Z]{2,5}))?(?:,\s?|\s)",
    re.IGNORECASE,
)
_ZONE = re.compile(r"(?-i:[A-Z]{2,5})(?:[+−-][0-9]{1,2}(?::?[0-9]{2})?)?")
_AS_OF = re.compile(r"as\sof\s", re.IGNORECASE)

_APPROXIMATE = re.compile(
    r"(?:(?:circa|approx(?:imately|\.)|about|around|ca\.?|c\.?)(?=[\s0-9])|~)\s?",
    re.IGNORECASE,
)
# A time after the date ("2 March 2011, 14:05 (UTC)") is no qualifier of it.
_TRAILING_TIME = re.compile(
    r",?\s?(?:at\s)?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:\s?[ap]\.?m\.?)?"
    r"(?:\s?\(?(?-i:[A-Z]{2,5})\)?)?(?![\w:])",
    re.IGNORECASE,
)
_LABEL = re.compile(r"(?P<label>[^:0-9]+):\s?")
_MILLENNIUM = re.compile(r"[0-9]{1,2}(?:st|nd|rd|th)[\s-]millennium", re.IGNORECASE)
_UNIT = r"(?:years?|months?|weeks?|days?)"
_AGE = re.compile(
    rf"\s?(?:\(\s?(?:[0-9]+\s{_UNIT}(?:,?\s(?:and\s)?[0-9]+\s{_UNIT})*\sago)\s?\)"
    rf"|[;,]?\s?[0-9]+\s{_UNIT}(?:,?\s(?:and\s)?[0-9]+\s{_UNIT})*\sago(?!\w))",
    re.IGNORECASE,
)
_ANOTHER_YEAR = re.compile(r"(?<![0-9])[0-9]{3,4}(?![0-9])")
_RANGE_START = re.compile(r"\s?[-‐‑‒–—―/]")
_LEADING_SEPARATORS = re.compile(r"[\s,;:]+")
_BARE_PUNCTUATION = re.compile(r"[\s.,;:]*")
_SPACES = re.compile(r"\s+")
# Bidirectional marks (LRM, RLM, ALM, embeddings, isolates): dropped when a locale is given.
_BIDI_MARKS: Final = str.maketrans(
    dict.fromkeys("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)


class _Found(NamedTuple):
    """A date read at the start of a text: the date, or why there is none."""

    date: PartialDate | None
    end: int
    problem: str | None = None
    doubt: str | None = None


def parse_date(
    text: str, *, locale: Locale | None = None
) -> tuple[PartialDate | None, str | None, tuple[Diagnostic, ...]]:
    """Read a date and its qualifier from plain text.

    Returns ``(date, note, diagnostics)``; the note is the text around the date
    that qualifies it. The module docstring lists the forms and the decisions.

    >>> parse_date("1939 (as the workers' settlement of Kengir)")
    (PartialDate(year=1939, month=None, day=None), "as the workers' settlement of Kengir", ())
    >>> parse_date("December 20, 1954; 70 years ago")[:2]
    (PartialDate(year=1954, month=12, day=20), None)
    >>> parse_date("c. 1200")[:2]
    (PartialDate(year=1200, month=None, day=None, approximate=True), None)
    >>> str(parse_date("early 19th century")[0])
    'early 18XX'
    >>> parse_date("February 30, 1954")[2][0].code
    'date.unparseable'

    With a wiki's ``locale`` its own month names and orders are read too:

    >>> from infobox.locale import locale_for
    >>> parse_date("31 декабря 2018", locale=locale_for("ru"))[0]
    PartialDate(year=2018, month=12, day=31)
    >>> parse_date("২০১৮ জনগণনা")[:2]
    (PartialDate(year=2018, month=None, day=None), 'জনগণনা')
    """
    if locale is not None:
        text = text.translate(_BIDI_MARKS)  # invisible marks an Arabic or Hebrew date holds
    original = _SPACES.sub(" ", text).strip()
    if not original:
        return None, None, ()
    s = _ascii_digits(original)
    notes: list[str] = []
    found, timed = _read_leading(s, 0, locale)
    if found is None:
        label = _LABEL.match(s)
        if label is not None:
            found, timed = _read_leading(s, label.end(), locale)
            if found is not None:
                notes.append(label["label"].strip())
    if found is None:
        approximate_marker = _APPROXIMATE.match(s)
        if _MILLENNIUM.match(s, approximate_marker.end() if approximate_marker else 0):
            why = f"{_shown(s)} names a millennium, not a year"
        else:
            why = f"no date can be read in {_shown(s)}"
        return None, None, (make("date.unparseable", why),)
    if found.date is None:
        return None, None, (make("date.unparseable", found.problem or _shown(s)),)
    rest = s[found.end :]
    time_after = _TRAILING_TIME.match(rest)
    if time_after is not None:
        rest = rest[time_after.end() :]
    age = _AGE.match(rest)
    if age is not None:
        rest = rest[age.end() :]
    diagnostics: list[Diagnostic] = []
    trailing = _note(rest)
    if trailing is not None and _is_same_date(trailing, found.date, locale):
        trailing = None
    if trailing is not None and timed and _ZONE.fullmatch(trailing):
        trailing = None  # the zone of the time read before the date: "(UTC)"
    if found.doubt is not None:
        diagnostics.append(make("date.ambiguous", found.doubt))
    elif trailing is not None and (
        _ANOTHER_YEAR.search(rest) or (_RANGE_START.match(rest) and re.search("[0-9]", rest))
    ):
        diagnostics.append(
            make(
                "date.ambiguous",
                f"{_shown(s)} holds more than one date or a range; "
                f"the first, {found.date}, was read and the rest kept as the note",
            )
        )
    if trailing is not None:
        if s is not original:  # the note as written, native digits and all
            at = s.find(trailing, found.end)
            trailing = original[at : at + len(trailing)]
        notes.append(trailing)
    return found.date, "; ".join(notes) or None, tuple(diagnostics)


def _ascii_digits(text: str) -> str:
    """Decimal digits of any script as ASCII, one character for one."""
    if text.isascii():
        return text
    return "".join(
        str(unicodedata.decimal(c)) if c.isdecimal() and not c.isascii() else c for c in text
    )


def date_from_template(
    name: str, positional: Sequence[str], named: Mapping[str, str]
) -> tuple[PartialDate | None, tuple[Diagnostic, ...]]:
    """Read the date of a date template from its plain-text arguments.

    ``{{start date}}`` and its relatives take year, month and day; the date is
    as precise as the arguments given (trailing empty ones do not count). The
    month may be a number, leading zeros ignored, or an English month name.
    Explicit ``1=``, ``2=``, ``3=`` in ``named`` win over ``positional``; every
    other named argument (``df``, ``p``, ``br``) and the time arguments are
    ignored. ``{{Start-date}}``, ``{{Date}}`` and the other free-text templates
    have their first argument read by :func:`parse_date`, whose note is
    dropped. A name not in :data:`DATE_TEMPLATES` gives no date.

    >>> date_from_template("start date", ["1954", "12", "20"], {"df": "y"})
    (PartialDate(year=1954, month=12, day=20), ())
    >>> date_from_template("Start date and age", ["1911", "June"], {})[0]
    PartialDate(year=1911, month=6, day=None)
    """
    title = normalize_title(name)
    args = [_arg(positional, named, i) for i in range(3)]
    one_text = args[0] and not any(args[1:]) and not re.fullmatch("-?[0-9]+", args[0])
    if title in _AS_OF_TEMPLATES | _DTS_TEMPLATES and one_text:
        date, _, diagnostics = parse_date(args[0])  # {{dts|July 4, 1555}}
        return date, diagnostics
    if title in _TEXT_TEMPLATES:
        if not args[0]:
            return None, (make("date.unparseable", f"{{{{{title}}}}} gives no date"),)
        date, _, diagnostics = parse_date(args[0])
        return date, diagnostics
    if title not in _NUMERIC_TEMPLATES | _AS_OF_TEMPLATES | _DTS_TEMPLATES:
        return None, (make("date.unparseable", f"{{{{{title}}}}} is not a date template"),)
    while args and not args[-1]:
        args.pop()
    shown = "|".join([title, *args])
    if not args or not args[0]:
        return None, (make("date.unparseable", f"{{{{{shown}}}}} gives no year"),)
    if "" in args:
        why = f"{{{{{shown}}}}} gives a day without a month"
        return None, (make("date.unparseable", why),)
    year = int(args[0]) if re.fullmatch("[0-9]{1,4}", args[0]) else None
    if title in _DTS_TEMPLATES:
        year = _dts_year(args[0], _arg(positional, named, 3))
    month = _template_month(args[1]) if len(args) > 1 else None
    day = int(args[2]) if len(args) > 2 and re.fullmatch("0*[0-9]{1,2}", args[2]) else None
    if year is None or (len(args) > 1 and month is None) or (len(args) > 2 and day is None):
        why = f"{{{{{shown}}}}} does not hold a year, month and day that can be read"
        return None, (make("date.unparseable", why),)
    try:
        return PartialDate(year, month, day), ()
    except ValueError as exc:
        return None, (make("date.unparseable", f"{{{{{shown}}}}} is not a valid date: {exc}"),)


def format_date(date: PartialDate) -> str:
    """Write a date in words that :func:`parse_date` reads back as exactly that date.

    Use it, not ``str(date)``, to put a template's date into plain text: the
    ISO ``2011-12`` is read back as ambiguous, ``-0753`` not at all.

    >>> [format_date(PartialDate(y, m)) for y, m in ((2011, 12), (-753, None), (43, None))]
    ['December 2011', '753 BC', 'AD 43']
    >>> format_date(PartialDate(1800, span="century", qualifier="early", approximate=True))
    'c. early 19th century'
    >>> parse_date(format_date(PartialDate(1954, 12, 20)))
    (PartialDate(year=1954, month=12, day=20), None, ())
    """
    if date.span == "century":
        number = abs(date.year) // 100 + 1
        text = f"{_ordinal(number)} century" + (" BC" if date.year < 0 else "")
    elif date.span == "decade":
        digits = abs(date.year) // 10 * 10
        # "1900s" alone is read as the century: the decade says so.
        text = f"{digits}s decade" if digits % 100 == 0 and digits else f"{digits}s"
        if date.year < 0:
            text = f"{text} BC"
        elif digits < 100:
            text = f"AD {text}"
    else:
        if date.year < 0:
            year = f"{-date.year} BC"
        else:
            year = f"AD {date.year}" if date.year < 100 else str(date.year)
        if date.month is None:
            text = year
        else:
            month = _MONTH_TITLES[date.month - 1]
            text = f"{month} {year}" if date.day is None else f"{date.day} {month} {year}"
    if date.qualifier is not None:
        text = f"{date.qualifier} {text}"
    return f"c. {text}" if date.approximate else text


def _ordinal(number: int) -> str:
    if number % 100 in (11, 12, 13):
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


def template_text(
    name: str, positional: Sequence[str], named: Mapping[str, str], *, after_number: bool = False
) -> tuple[str, tuple[Diagnostic, ...]]:
    """What a reader sees of a date template, as text :func:`parse_date` reads back.

    The date is written by :func:`format_date`; ``{{As of}}`` puts ``As of`` (or
    ``as of`` with ``lc=``, ``Since`` with ``since=``) before it and shows its
    ``alt=`` text instead when given; after text holding a digit (``after_number``,
    as in ``5,000 {{As of|2019}}``) it shows nothing, so that the number before it
    is read alone. A date template whose parts make no date
    (``{{start date|1998|4|31}}``) shows nothing and says why: reading the parts
    that remain would give a shorter date than the one written.

    >>> template_text("As of", ["2019", "7"], {})
    ('As of July 2019', ())
    >>> text, found = template_text("start date", ["1998", "4", "31"], {})
    >>> text, found[0].code
    ('', 'date.unparseable')
    """
    title = normalize_title(name)
    date, diagnostics = date_from_template(title, positional, named)
    if title in _AS_OF_TEMPLATES and after_number:
        return "", ()
    if title in _AS_OF_TEMPLATES and date is not None:
        if named.get("alt", "").strip():
            return named["alt"].strip(), ()
        lead = "Since" if named.get("since", "").strip() else "As of"
        if named.get("lc", "").strip():
            lead = lead.lower()
        pre = named.get("pre", "").strip()
        return " ".join(part for part in (lead, pre, format_date(date)) if part), diagnostics
    if date is not None:
        return format_date(date), diagnostics
    if title in _TEXT_TEMPLATES:
        return " ".join(part.strip() for part in positional), ()  # parse_date says why
    return "", diagnostics


def _dts_year(text: str, era: str) -> int | None:
    """{{dts}}: years up to 0 are astronomical (0 is 1 BC); a fourth argument ``BC``."""
    if not re.fullmatch("-?[0-9]{1,4}", text):
        return None
    year = int(text)
    if year <= 0:
        return year - 1
    return -year if era.strip().upper() == "BC" else year


def _arg(positional: Sequence[str], named: Mapping[str, str], index: int) -> str:
    key = str(index + 1)
    if key in named:
        return named[key].strip()
    return positional[index].strip() if index < len(positional) else ""


def _template_month(text: str) -> int | None:
    if re.fullmatch("0*[0-9]{1,2}", text):
        return int(text)
    return _MONTHS.get(text.removesuffix(".").lower())


def _read_leading(s: str, pos: int, locale: Locale | None) -> tuple[_Found | None, bool]:
    """Read a date at ``pos``, after an optional ``as of``, approximation marker and time.

    The marker may stand before or after the time (``c. 10:15, 3 March 1875``).
    Returns the date found and whether a time was read before it.
    """
    if (as_of := _AS_OF.match(s, pos)) is not None:
        pos = as_of.end()
    # (start, approximate, timed), the longest prefix first.
    starts = [(pos, False, False)]
    if (marker := _APPROXIMATE.match(s, pos)) is not None:
        starts.insert(0, (marker.end(), True, False))
    for start, approximate, _ in list(starts):
        if (time := _TIME.match(s, start)) is not None:
            starts.insert(0, (time.end(), approximate, True))
            if not approximate and (marker := _APPROXIMATE.match(s, time.end())) is not None:
                starts.insert(0, (marker.end(), True, True))
    for start, approximate, timed in starts:
        found = _match_date(s, start, locale)
        if found is not None:
            return (_approximate(found) if approximate else found), timed
    return None, False


def _approximate(found: _Found) -> _Found:
    if found.date is None or found.date.approximate:
        return found
    return found._replace(date=attrs.evolve(found.date, approximate=True))


def _match_date(s: str, pos: int, locale: Locale | None = None) -> _Found | None:
    """Read a date that starts exactly at ``pos``; None when no form matches there.

    A ``?`` right after the date (``1890?``) marks it approximate.
    """
    found = _match_exact(s, pos, locale)
    if found is not None and s.startswith("?", found.end):
        return _approximate(found._replace(end=found.end + 1))
    return found


def _match_exact(s: str, pos: int, locale: Locale | None) -> _Found | None:
    if (span := _match_span(s, pos)) is not None:
        return span
    if (iso := _ISO_DAY.match(s, pos)) is not None:
        parts = (int(iso["year"]), int(iso["month"]), int(iso["day"]))
        return _build(s[pos : iso.end()], *parts, end=iso.end())
    if (iso := _ISO_MONTH.match(s, pos)) is not None:
        return _iso_month(s[pos : iso.end()], int(iso["year"]), int(iso["month"]), iso)
    if (written := match_cjk(s, pos)) is not None or (
        locale is not None and (written := match_date(s, pos, locale)) is not None
    ):
        shown = s[pos : written.end]
        return _build(shown, written.year, written.month, written.day, end=written.end)
    if (numeric := _NUMERIC.match(s, pos)) is not None:
        return _numeric(s[pos : numeric.end()], numeric)
    if (ymd := _YMD.match(s, pos)) is not None:
        parts = (int(ymd["year"]), int(ymd["month"]), int(ymd["day"]))
        return _build(s[pos : ymd.end()], *parts, end=ymd.end())
    if (run := _DIGIT_RUN.match(s, pos)) is not None:
        longest = max(len(group) for group in _DIGIT_GROUP.findall(run[0]))
        if len(re.findall("[./]", run[0])) >= 2 or "." in run[0] or longest >= 5:
            return _Found(None, run.end(), f"{_shown(run[0])} is not a date")
    for form in _FORMS:
        match = form.match(s, pos)
        if match is None:
            continue
        groups = match.groupdict()
        digits = match["year"]
        if groups.get("pre") and groups.get("post"):
            return _Found(None, match.end(), f"{_shown(match[0])} has two eras")
        era = groups.get("pre") or groups.get("post")
        if era is None and len(digits) < 3:
            continue  # "December 20" has no year; try the shorter forms.
        year = -int(digits) if era is not None and era.startswith("B") else int(digits)
        month = _MONTHS[groups["month"].lower()] if groups.get("month") else None
        day = int(groups["day"]) if groups.get("day") else None
        return _build(match[0], year, month, day, end=match.end())
    return None


def _match_span(s: str, pos: int) -> _Found | None:
    """A decade (``1890s``) or a century (``14th century``), with its qualifier."""
    for form in _SPANS:
        match = form.match(s, pos)
        if match is None:
            continue
        groups = match.groupdict()
        if groups.get("pre") and groups.get("post"):
            return _Found(None, match.end(), f"{_shown(match[0])} has two eras")
        era = groups.get("pre") or groups.get("post")
        sign = -1 if era is not None and era.startswith("B") else 1
        qualifier = _QUALIFIERS.get((match["qualifier"] or "").lower())
        doubt = None
        if groups.get("century") is not None:
            number = int(groups["century"])
            if not 1 <= number <= 100:
                return _Found(None, match.end(), f"{_shown(match[0])} is not a century")
            span, year = "century", 100 * (number - 1)
        else:
            digits = groups["decade"]
            if era is None and len(digits) < 3:
                return None  # "the 90s": which century is not said.
            span, year = "decade", int(digits)
            if year % 100 == 0 and year and not groups.get("word"):
                # "1800s" is the century in most writing; the decade 1800–1809 lies inside it.
                # A qualifier is dropped: the late 2000s (2007-09) are not late in 2000-2099.
                span = "century"
                dropped = f" without {match['qualifier']!r}" if qualifier else ""
                qualifier = None
                doubt = (
                    f"{_shown(match[0])} may be the century {year}–{year + 99} or the decade "
                    f"{year}–{year + 9}; the century was kept{dropped}"
                )
        date = PartialDate(
            sign * max(year, 1),
            span=span,  # type: ignore[arg-type]
            qualifier=qualifier,  # type: ignore[arg-type]
        )
        return _Found(date, match.end(), None, doubt)
    return None


_QUALIFIERS: Final[dict[str, str]] = {
    "early": "early",
    "mid": "mid",
    "middle": "mid",
    "late": "late",
}


def _build(shown: str, year: int, month: int | None, day: int | None, *, end: int) -> _Found:
    try:
        return _Found(PartialDate(year, month, day), end)
    except ValueError as exc:
        return _Found(None, end, f"{_shown(shown)} is not a valid date: {exc}")


def _iso_month(shown: str, year: int, month: int, match: re.Match[str]) -> _Found:
    """``YYYY-NN``: a month, or a range of years such as ``2011-12``."""
    start = match.start()
    whole_year = _build(shown, year, None, None, end=match.end())
    if whole_year.date is None:
        return whole_year
    next_year = month > year % 100 or (year % 100 == 99 and month == 0)
    if next_year:
        kind = "may be a month or" if 1 <= month <= 12 else "is"
        doubt = f"{_shown(shown)} {kind} a range of years; only the year {year} was kept"
        return _Found(whole_year.date, start + 4, None, doubt)
    return _build(shown, year, month, None, end=match.end())


def _numeric(shown: str, match: re.Match[str]) -> _Found:
    """``D.M.YYYY`` or ``M/D/YYYY``: used only when one order makes a valid date."""
    year, a, b = int(match["year"]), int(match["a"]), int(match["b"])
    whole_year = _build(shown, year, None, None, end=match.end())
    if whole_year.date is None:
        return whole_year
    readings = {
        date
        for day, month in ((a, b), (b, a))
        if (date := _build(shown, year, month, day, end=0).date) is not None
    }
    if len(readings) == 1:
        return _Found(readings.pop(), match.end())
    if not readings:
        return _Found(None, match.end(), f"{_shown(shown)} is not a valid date")
    doubt = f"{_shown(shown)} may be day-month or month-day; only the year {year} was kept"
    return whole_year._replace(doubt=doubt)


def _note(rest: str) -> str | None:
    """Clean the text after a date: separators, one pair of parentheses, outer spaces."""
    separators = _LEADING_SEPARATORS.match(rest)
    note = rest[separators.end() if separators else 0 :].strip()
    if note.startswith("(") and _closing_paren(note) == len(note) - 1:
        note = note[1:-1].strip()
    if _BARE_PUNCTUATION.fullmatch(note):
        return None
    return note


def _closing_paren(text: str) -> int:
    """Find the parenthesis that closes ``text[0]``; -1 when there is none."""
    depth = 0
    for index, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
    return -1


def _is_same_date(note: str, date: PartialDate, locale: Locale | None) -> bool:
    found = _match_date(note, 0, locale)
    return found is not None and found.end == len(note) and found.date == date


def _shown(text: str, limit: int = 60) -> str:
    """Quote text for a message, shortened when long."""
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
