"""Hypothesis strategies for infobox's models and for whole wiki pages.

Needs Hypothesis (``pip install 'infobox[hypothesis]'``). Installing infobox also
registers these strategies with Hypothesis through its entry point, so
``st.from_type(Settlement)`` works in any test without importing this module.

**Values.** One strategy per value class, each giving only valid values that
survive being written as wikitext and read back: :func:`names` (plain text in many
scripts), :func:`coordinates`, :func:`partial_dates`, :func:`utc_offsets`,
:func:`timezone`, :func:`areas`, :func:`populations`, :func:`subdivision`,
:func:`establishment`, :func:`leader`, :func:`image` and :func:`citation`.
The strategies named after a tuple of :class:`~infobox.models.Settlement` —
:func:`timezones`, :func:`subdivisions`, :func:`establishments`, :func:`leaders`,
:func:`images`, :func:`citations` — give that tuple, numbered and ordered the way
:func:`~infobox.parse_infobox` gives it; their singular forms give one element and
are what ``st.from_type`` uses.

**Settlements.** :func:`settlements` gives settlements that
:func:`~infobox.render.render_infobox` can write and :func:`~infobox.parse_infobox`
reads back. It sets every typed attribute, each optionally:

- ``template``: ``Infobox settlement`` or one of its redirects;
- the plain-text attributes (``name``, ``official_name``, ``settlement_type``,
  ``nickname``, ``motto``, ``etymology``, ``government_type``, ``postal_code_type``,
  ``area_code_type``, ``population.rank``/``demonym``) and the lists ``other_names``
  and ``native_names``: :func:`names`; ``native_name_lang``: a language code;
  ``postal_code``, ``area_code``: codes of digits and capitals; ``website``: a URL
  with or without a scheme;
- ``coordinates``: :func:`coordinates` (at most 6 decimals, no -180 longitude);
- ``elevation_m``, the areas and ``population.density_km2``: decimals of at most 3
  places (elevation may be negative, areas and densities may not; land and water
  areas are at most the total);
- ``population``: :func:`populations`; ``density_computed`` is true, with the
  density ``total / area.total_km2`` exactly, only where the infobox would say
  ``auto`` (a total and a positive total area);
- ``subdivisions``, ``established``, ``leaders``, ``timezones``, ``images``,
  ``citations``: the tuple strategies above. A citation is a ``{{Cite web}}`` (its
  ``url``, ``title`` and ``date`` also in ``fields``), a bare ref or a reference to
  a named ref; citations stand in parameters the settlement uses (or in
  ``*_footnotes``), those of one parameter next to each other. A subdivision is
  sometimes a country by its English name (``Country``: ``Germany``);
- ``country`` and ``country_code``: what :func:`infobox.values.countries.country_of`
  reads from the subdivisions, as the parser does.

``params`` and ``diagnostics`` are left empty (the parser fills them from the text).

**Pages.** :func:`wikitext_pages` gives pairs ``(settlement, page)`` where the page
writes the settlement the many ways editors do and ``parse_infobox(page)`` gives
it back on every typed attribute:

- the template's name as written: any alias, the first letter in lower case, ``_``
  for spaces, a ``Template:`` prefix, doubled spaces, a comment after it; other
  templates before the infobox (``{{Short description}}``, ``{{Use dmy dates}}``,
  another infobox) and a lead, sections and categories after it;
- the parameters in any order, one a line or several on one, aligned or not, odd
  spacing around ``|`` and ``=``, values on the same line or the next; empty
  parameters for unset values, unknown parameters, earlier duplicates (the last
  one wins) and stray pipes;
- after a value: refs (``{{cite web}}`` and other cite templates, bare refs,
  ``<ref name=x/>``), comments and maintenance templates (``{{cn}}``, ``{{efn}}``);
- a country among the subdivisions by its code, half the time: ``{{flag|GER}}``,
  ``{{flagcountry|NOR}}``, ``{{flag|AUT|empire}}``, ``{{CAN}}``, ``{{EU}}``;
- each value in one of its forms, one function per form: ``_TEXT_FORMS`` (plain,
  links, ``{{lang}}``/``{{lang-xx}}``/``{{native name}}``, ``{{nowrap}}``,
  ``&nbsp;``, character references, ``<br />``, ``{{sic}}``, bold and italic),
  ``_LIST_FORMS`` (``<br>``, ``{{br}}``, ``{{ubl}}``, ``{{hlist}}``, ``{{plainlist}}``,
  ``*`` lines, ``{{native name list}}``), ``_COUNT_FORMS`` (``89,079``, ``89 079``,
  ``{{formatnum}}``, ``1.234.567``, Indian grouping, ``c.``, ``(2023 census)``),
  ``_QUANTITY_FORMS`` (grouping, unit words, ``{{convert}}``; the writers also use
  ``*_sq_mi``, ``_ha``, ``_acre``, ``_dunam``, ``elevation_ft``,
  ``population_density_sq_mi`` and ``auto``, and write areas and elevations with
  a unit other than the parameter's suffix, ``area_total_km2 = 12.5 sq mi``,
  ``elevation_m = 2,300 ft``, which wins), ``_DATE_FORMS`` (``{{start date}}``
  and relatives, ``20 December 1954``, ``December 20, 1954``, ``1954-12-20``,
  ``20.12.1954``, eras, ``{{Start-date}}``; notes before or after, ``c.``),
  ``_OFFSET_FORMS`` (``+6``, ``UTC−05:00``, ``+0545``, ``+5.75``, ``[[UTC+06:00]]``,
  ``{{UTC+6}}``),
  ``_COORD_FORMS`` (``{{coord}}`` signed, with N/S/E/W, in degrees and minutes or
  degrees, minutes and seconds, with ``region:`` and ``display=``; the legacy
  ``latd``/``lat_deg``/``lat_d`` families with letters, Russian letters or signs;
  ``latitude``/``longitude``), ``_FILE_FORMS``, ``_URL_FORMS`` and ``_REF_FORMS``.

The settlement of a pair is :func:`settlements`'s with what the forms change:
coordinates in degrees and minutes, areas in square miles, elevations in feet,
densities per square mile, the note ``circa`` of an approximate date, the template's
name as written and the citations of every ref on the page.

**Other templates.** ``settlements(template=…)`` and ``wikitext_pages(template=…)``
take any registered template's name (:data:`infobox.templates.registry.SPECS`: ruwiki's
``НП``, itwiki's ``Divisione amministrativa``, …) and give what that template holds,
written in its wiki's conventions (:mod:`infobox._wiki_pages`): its own parameter
names, numbers with the wiki's decimal mark and grouping, dates with its CLDR month
names and eras; ``tests/test_wiki_pages_roundtrip.py`` checks every template.

To add a form, write a function that takes the value and returns a strategy for
its wikitext (or None where the form cannot write that value) and add it to its
tuple; the simplest form comes first, so that failures shrink to it.
``tests/test_pages_roundtrip.py`` checks each form alone, then whole pages.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable, Sequence
from decimal import Decimal, localcontext
from typing import Final, TypeVar

try:
    from hypothesis import strategies as st
    from hypothesis.errors import InvalidArgument
except ImportError as error:  # pragma: no cover - exercised without the extra
    raise ImportError(
        "infobox.strategies needs Hypothesis; install it with: pip install 'infobox[hypothesis]'"
    ) from error

import attrs

from .models import (
    Area,
    Citation,
    Coordinates,
    Establishment,
    Image,
    Leader,
    PartialDate,
    Population,
    Settlement,
    Subdivision,
    Timezone,
)
from .names import normalize_title
from .refs import SHORT_FOOTNOTES, resolved
from .settlement import IMAGE_PARAMS
from .templates.en import INFOBOX_SETTLEMENT
from .values.countries import country_of, known_codes

__all__ = [
    "areas",
    "citation",
    "citations",
    "coordinates",
    "establishment",
    "establishments",
    "image",
    "images",
    "leader",
    "leaders",
    "names",
    "partial_dates",
    "populations",
    "settlements",
    "subdivision",
    "subdivisions",
    "timezone",
    "timezones",
    "utc_offsets",
    "wikitext_pages",
]

T = TypeVar("T")


def _optional(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    """None or a value; shrinks to None."""
    return st.none() | strategy


_LOWER: Final = "abcdefghijklmnopqrstuvwxyz"
_UPPER: Final = _LOWER.upper()
_DIGITS: Final = "0123456789"


def _joined(*parts: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """The pieces' texts one after the other (cheaper than ``st.from_regex``)."""
    return st.tuples(*parts).map("".join)


def _pick(draw: st.DrawFn, options: Sequence[T]) -> T:
    """One of ``options``, shrinking to the first.

    Cheaper than a new ``st.sampled_from`` in a composite's body: ``st.integers`` is
    cached by its arguments, so no new strategy is built and validated per draw.
    """
    return options[draw(st.integers(0, len(options) - 1))]


# -- plain text ---------------------------------------------------------------------------


@attrs.frozen
class _Script:
    """How to write words in one script."""

    letters: str
    #: Signs that may follow a letter (vowel signs of the Indic scripts).
    signs: str = ""
    #: Whether words are separated by spaces (Chinese and Japanese are not).
    spaced: bool = True
    #: Characters that may join two words inside a name, besides a space.
    joiners: str = ""


def _between(first: int, last: int) -> str:
    return "".join(chr(c) for c in range(first, last + 1))


_SCRIPTS: Final = (
    _Script("abcdefghijklmnopqrstuvwxyz", joiners="-'"),
    _Script(
        "aeiouàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿāăąćčďđēėęěğīįıķļłńņňőœřśşšţťūůűųźżžșțəß",
        joiners="-'",
    ),
    _Script("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіїєґў", joiners="-"),
    _Script("αβγδεζηθικλμνξοπρστυφχψωάέήίόύώϊϋ", joiners="-"),
    _Script("ابتثجحخدذرزسشصضطظعغفقكلمنهويةأإآ"),
    _Script("אבגדהוזחטיכלמנסעפצקרשת"),
    _Script("कखगघचछजझटठडढणतथदधनपफबभमयरलवशषसह", "ािीुूेैोौं"),
    _Script("কখগঘচছজঝটঠডঢণতথদধনপফবভমযরলশষসহ", "ািীুূেৈোৌং"),
    _Script("აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ", joiners="-"),
    _Script("աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ", joiners="-"),
    _Script("北京上海東京大阪南西山川河田村町市城新中本天津廣州香港台", spaced=False),
    _Script(_between(0x3041, 0x3093) + _between(0x30A1, 0x30F3), spaced=False),
    _Script(_between(0xAC00, 0xAC40) + _between(0xC11C, 0xC150)),
)


@functools.cache
def _words(script: _Script) -> st.SearchStrategy[str]:
    """Words of 1 to 8 letters (a sign only after a letter), maybe capitalised."""
    signs = frozenset(script.signs)

    def word(parts: tuple[str, str, bool]) -> str:
        first, rest, capital = parts
        kept = [first]
        for char in rest:  # a vowel sign follows a letter, never a sign
            if char not in signs or kept[-1] not in signs:
                kept.append(char)
        text = "".join(kept)
        return text[:1].upper() + text[1:] if capital else text

    # One text choice per word, not one per letter: pages hold many names.
    return st.tuples(
        st.sampled_from(script.letters),
        st.text(alphabet=script.letters + script.signs, max_size=7),
        st.booleans(),
    ).map(word)


@st.composite
def _names(draw: st.DrawFn, max_words: int) -> str:
    script = _pick(draw, _SCRIPTS)
    count = draw(st.integers(1, max_words)) if script.spaced else 1
    name = draw(_words(script))
    for _ in range(count - 1):
        joiner = _pick(draw, (" ", *script.joiners, ". "))
        if joiner == ". " and not script.joiners:
            joiner = " "
        name += joiner + draw(_words(script))
    return name


def names(*, max_words: int = 3) -> st.SearchStrategy[str]:
    """Plain-text names in many scripts, as a reader sees them in an infobox.

    Latin with diacritics, Cyrillic (Kazakh letters too), Greek, Arabic, Hebrew,
    Devanagari, Bengali, Georgian, Armenian, Chinese, Japanese kana and Hangul, in
    up to ``max_words`` words. A name holds no wiki markup character and nothing
    the parser would render differently: no ``{ } [ ] | < > = & ~ _ : ; # *``, no
    digits, no run of two apostrophes, no leading, trailing or double space and no
    line break. An apostrophe or a hyphen only joins two words; a period only ends
    one before a space (``St. Louis``).

    >>> from hypothesis import find
    >>> name = find(names(), lambda n: " " in n)
    >>> name == " ".join(name.split()) and name.count(" ") == 1
    True
    """
    if max_words < 1:
        raise InvalidArgument(f"max_words must be at least 1, got {max_words}")
    return _names_of(max_words)


@functools.cache
def _names_of(max_words: int) -> st.SearchStrategy[str]:
    # One strategy object per argument: Hypothesis validates each object once.
    return _names(max_words)


@functools.cache
def _maybe_names() -> st.SearchStrategy[str | None]:
    return _optional(names())


# -- numbers as text writes them -----------------------------------------------------------


def _decimals(low: int, high: int, places: int = 3) -> st.SearchStrategy[float]:
    """Floats in [low, high] with at most ``places`` decimals, each the float of its decimal."""
    # int / int is correctly rounded: n / 10**p is the float nearest the decimal.
    return st.integers(0, places).flatmap(
        lambda p: st.integers(low * 10**p, high * 10**p).map(lambda n: n / 10**p)
    )


def _decimal_text(value: float) -> str:
    """A float in full decimal notation, ``repr``'s digits, no exponent (``0.00001``)."""
    text = format(Decimal(repr(value + 0.0)), "f")
    return text[:-2] if text.endswith(".0") else text


def _grouped(text: str, separator: str = ",") -> str:
    """``1234567.5`` as ``1,234,567.5``."""
    sign = "-" if text.startswith("-") else ""
    whole, dot, fraction = text.lstrip("-").partition(".")
    return f"{sign}{int(whole):,}".replace(",", separator) + dot + fraction


def _times(value: float, factor: str) -> float:
    """``value × factor`` rounded once, as docs/model.md converts units."""
    with localcontext() as context:
        context.prec = 80
        return float(Decimal(value) * Decimal(factor))


def _divided(value: float, factor: str) -> float:
    with localcontext() as context:
        context.prec = 80
        return float(Decimal(value) / Decimal(factor))


#: Square kilometres per unit and metres per foot (docs/model.md, "Area").
_KM2_PER: Final = {
    "sq_mi": "2.589988110336",
    "ha": "0.01",
    "acre": "0.0040468564224",
    "dunam": "0.001",
}
_M_PER_FT: Final = "0.3048"


# -- dates ------------------------------------------------------------------------------

#: English month names, as the date parser reads them (not the locale's).
_MONTH_NAMES: Final = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_MONTH_ABBREVIATIONS: Final = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec",
)  # fmt: skip


def _days_in(year: int, month: int) -> int:
    # PartialDate's rule: a BCE year has the leap years of the proleptic year 400 - (-y % 400).
    return calendar.monthrange(year if year > 0 else 400 - (-year % 400), month)[1]


@st.composite
def _partial_dates(draw: st.DrawFn, min_year: int, max_year: int, exact: bool) -> PartialDate:
    ranges = [(max(min_year, 1), max_year), (min_year, min(max_year, -1))]
    year = draw(st.one_of([st.integers(a, b) for a, b in ranges if a <= b]))
    approximate = not exact and draw(st.integers(0, 4)) == 0
    precisions = (
        ("year", "month", "day") if exact else ("year", "month", "day", "decade", "century")
    )
    precision = _pick(draw, precisions)
    if precision in ("decade", "century"):
        size = 10 if precision == "decade" else 100
        first = (abs(year) // size * size or 1) * (1 if year > 0 else -1)
        if min_year <= first <= max_year:  # else the span starts outside: keep the year
            qualifier = _pick(draw, (None, "early", "mid", "late"))
            return PartialDate(
                first,
                span=precision,  # type: ignore[arg-type]
                qualifier=qualifier,  # type: ignore[arg-type]
                approximate=approximate,
            )
        precision = "year"
    if precision == "year":
        return PartialDate(year, approximate=approximate)
    month = draw(st.integers(1, 12))
    if precision == "month":
        return PartialDate(year, month, approximate=approximate)
    day = draw(st.integers(1, _days_in(year, month)))
    return PartialDate(year, month, day, approximate=approximate)


def partial_dates(
    *, min_year: int = -9999, max_year: int = 9999, exact: bool = False
) -> st.SearchStrategy[PartialDate]:
    """Dates that exist, at day, month, year, decade or century precision; negative years are BCE.

    The years (the first year of a decade or century) are in ``min_year..max_year``
    (at most -9999..9999), never 0. Some dates are approximate, and a decade or a
    century may have a qualifier (``early``, ``mid``, ``late``); ``exact=True``
    draws only days, months and years, none approximate.

    >>> from hypothesis import find
    >>> find(partial_dates(), lambda d: d.day is not None).day
    1
    >>> find(partial_dates(min_year=-800, max_year=-700), lambda d: True).year < 0
    True
    >>> find(partial_dates(), lambda d: d.span == "century").precision
    'century'
    """
    if not -9999 <= min_year <= max_year <= 9999 or min_year == max_year == 0:
        raise InvalidArgument(
            f"need -9999 <= min_year <= max_year <= 9999 and a year other than 0, "
            f"got {min_year}..{max_year}"
        )
    return _partial_dates(min_year, max_year, exact)


# -- coordinates ------------------------------------------------------------------------

_REGIONS: Final = st.sampled_from(
    ("KZ", "KZ-ULY", "CA-ON", "US-NY", "RU-MOW", "LV", "GB", "IN-MH", "JP-13", "GR", "BD")
) | _joined(
    st.text(_UPPER, min_size=2, max_size=2),
    st.just("") | _joined(st.just("-"), st.text(_UPPER + _DIGITS, min_size=1, max_size=3)),
)
_DISPLAYS: Final = ("inline", "title", "inline,title", "inline, title", "it", "title,inline")


@st.composite
def _coordinates(draw: st.DrawFn) -> Coordinates:
    scale = 10 ** draw(st.integers(0, 6))
    return Coordinates(
        lat=draw(st.integers(-90 * scale, 90 * scale)) / scale,
        lon=draw(st.integers(-180 * scale + 1, 180 * scale)) / scale,
        region=draw(_optional(_REGIONS)),
        display=draw(_optional(st.sampled_from(_DISPLAYS))),
    )


def coordinates() -> st.SearchStrategy[Coordinates]:
    """Coordinates with latitude in [-90, 90], longitude in (-180, 180], at most 6 decimals.

    ``region`` is an ISO 3166 code or None, ``display`` a ``display=`` value or None.

    >>> from hypothesis import find
    >>> c = find(coordinates(), lambda c: c.lat > 10 and c.region is not None)
    >>> c.lat > 10, -180 < c.lon <= 180
    (True, True)
    """
    return _coordinates()


# -- time zones -------------------------------------------------------------------------

#: Every offset in use: whole hours from -12 to +14 and the half and quarter hours
#: that real zones have (Marquesas, Newfoundland, India, Nepal, Chatham, …).
_OFFSET_MINUTES: Final = (
    *range(-12 * 60, 14 * 60 + 1, 60),
    *(-9 * 60 - 30, -3 * 60 - 30, -2 * 60 - 30, 3 * 60 + 30, 4 * 60 + 30, 5 * 60 + 30),
    *(5 * 60 + 45, 6 * 60 + 30, 8 * 60 + 45, 9 * 60 + 30, 10 * 60 + 30, 12 * 60 + 45),
    13 * 60 + 45,
)


def _offset_text(minutes: int) -> str:
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{rest:02d}"


def _offset_minutes(offset: str) -> int:
    minutes = int(offset[1:3]) * 60 + int(offset[4:6])
    return -minutes if offset[0] == "-" else minutes


_OFFSETS: Final = tuple(_offset_text(m) for m in sorted(_OFFSET_MINUTES, key=abs))


def utc_offsets() -> st.SearchStrategy[str]:
    """UTC offsets that exist, normalised to ``+HH:MM``/``-HH:MM`` (zero is ``+00:00``).

    >>> from hypothesis import find
    >>> find(utc_offsets(), lambda o: o.endswith(":45"))[-3:]
    ':45'
    """
    return st.sampled_from(_OFFSETS)


#: Zones whose names name their offsets: (name, offset, summer name, summer offset).
_NAMED_ZONES: Final = (
    ("Central European Time", "+01:00", "Central European Summer Time", "+02:00"),
    ("CET", "+01:00", "CEST", "+02:00"),
    ("Eastern European Time", "+02:00", "Eastern European Summer Time", "+03:00"),
    ("Moscow Time", "+03:00", None, None),
    ("Indian Standard Time", "+05:30", None, None),
    ("Nepal Time", "+05:45", None, None),
    ("Australian Central Standard Time", "+09:30", "ACDT", "+10:30"),
    ("Newfoundland Standard Time", "-03:30", None, None),
    ("Pacific Standard Time", "-08:00", "PDT", "-07:00"),
    ("Japan Standard Time", "+09:00", None, None),
)
#: Zones whose names do not say their offset (ambiguous or changed; see values/timezones.py).
_UNSTATED_ZONES: Final = (
    ("ALMT", "+06:00", None, None),
    ("Eastern Standard Time", "-05:00", "EDT", "-04:00"),
    ("Central Standard Time", "-06:00", "CDT", "-05:00"),
    ("IST", "+05:30", None, None),
    ("AST", "-04:00", "ADT", "-03:00"),
    ("GST", "+04:00", None, None),
    ("YEKT", "+05:00", None, None),
)


@st.composite
def _timezone(draw: st.DrawFn) -> Timezone:
    kind = _pick(draw, ("named", "unstated", "offset", "utc-name", "free"))
    if kind in ("named", "unstated"):
        name, offset, dst_name, dst_offset = _pick(
            draw, _NAMED_ZONES if kind == "named" else _UNSTATED_ZONES
        )
        summer = dst_name is not None and draw(st.booleans())
        # Only a zone whose name does not state its offset may leave the offset out.
        return Timezone(
            name=name,
            utc_offset=offset if kind == "named" or draw(st.booleans()) else None,
            dst_name=dst_name if summer else None,
            dst_utc_offset=dst_offset
            if summer and (kind == "named" or draw(st.booleans()))
            else None,
        )
    offset = draw(utc_offsets())
    if kind == "offset":
        return Timezone(utc_offset=offset)
    if kind == "utc-name":
        return Timezone(name=f"UTC{offset}", utc_offset=offset)
    dst = draw(_optional(utc_offsets()))
    return Timezone(name=draw(names()), utc_offset=offset, dst_utc_offset=dst)


def timezone() -> st.SearchStrategy[Timezone]:
    """One time zone: something set, and offsets that exist.

    No offset is left out where the zone's name states one (the parser would read
    it from the name).

    >>> from hypothesis import find
    >>> find(timezone(), lambda z: z.dst_utc_offset is not None).utc_offset is not None
    True
    """
    return _timezone()


def timezones() -> st.SearchStrategy[tuple[Timezone, ...]]:
    """A settlement's time zones, in the order ``timezone``, ``timezone1``, … gives them.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(timezones())
    ... def test_offsets(zones):
    ...     assert all(z.utc_offset is None or z.utc_offset[0] in "+-" for z in zones)
    >>> test_offsets()
    """
    return st.lists(timezone(), max_size=3).map(tuple)


# -- areas and populations ----------------------------------------------------------------


@st.composite
def _areas(draw: st.DrawFn) -> Area:
    total = draw(_optional(_decimals(0, 600_000)))
    bound = 600_000 if total is None else int(total)

    def part() -> float | None:
        return draw(_optional(_decimals(0, bound)))

    return Area(
        total_km2=total,
        land_km2=part(),
        water_km2=part(),
        urban_km2=draw(_optional(_decimals(0, 600_000))),
        metro_km2=draw(_optional(_decimals(0, 600_000))),
    )


def areas() -> st.SearchStrategy[Area]:
    """Areas in km², each None or a non-negative decimal of at most 3 places.

    The land and water areas are at most the total.

    >>> from hypothesis import find
    >>> a = find(areas(), lambda a: a.land_km2 is not None and a.total_km2 is not None)
    >>> 0 <= a.land_km2 <= a.total_km2
    True
    """
    return _areas()


@st.composite
def _populations(draw: st.DrawFn) -> Population:
    counts = _optional(st.integers(0, 40_000_000))
    dates = _optional(partial_dates(min_year=1000, max_year=2100))
    total = draw(counts)
    return Population(
        total=total,
        urban=draw(counts),
        metro=draw(counts),
        as_of=draw(dates),
        # The parser reads a lone estimate as the total too: an estimate needs a total.
        estimate=draw(counts) if total is not None else None,
        estimate_as_of=draw(dates),
        density_km2=draw(_optional(_decimals(0, 100_000))),
        rank=draw(_maybe_names()),
        demonym=draw(_maybe_names()),
    )


def populations() -> st.SearchStrategy[Population]:
    """Populations: counts >= 0, an "as of" date, a density as written.

    The density is never ``auto`` (``density_computed`` is False): :func:`settlements`
    makes computed densities, which need the area.

    >>> from hypothesis import find
    >>> p = find(populations(), lambda p: p.total is not None and p.as_of is not None)
    >>> p.total >= 0, p.density_computed
    (True, False)
    """
    return _populations()


# -- numbered families ----------------------------------------------------------------------


def _index(index: int | None) -> st.SearchStrategy[int]:
    return st.integers(0, 12) if index is None else st.just(index)


@functools.cache
def _countries() -> dict[str, tuple[str, ...]]:
    """Each country's name, with the codes that flag templates write it by."""
    codes: dict[str, list[str]] = {}
    for code, name in sorted(known_codes().items()):
        codes.setdefault(name, []).append(code)
    return {name: tuple(found) for name, found in codes.items()}


@st.composite
def _subdivision(draw: st.DrawFn, index: int | None) -> Subdivision:
    if draw(st.integers(0, 4)) == 0:  # a country, by its English name
        return Subdivision(
            index=draw(_index(index)),
            type=_pick(draw, ("Country", "Sovereign state")),
            name=_pick(draw, tuple(_countries())),
        )
    parts = _pick(draw, ("both", "type", "name"))
    return Subdivision(
        index=draw(_index(index)),
        type=draw(names()) if parts != "name" else None,
        name=draw(names()) if parts != "type" else None,
    )


def subdivision(index: int | None = None) -> st.SearchStrategy[Subdivision]:
    """One subdivision with a type, a name or both (``index`` drawn when None).

    >>> from hypothesis import find
    >>> find(subdivision(2), lambda s: True).index
    2
    """
    return _subdivision(index)


def _numbered(one: Callable[[int], st.SearchStrategy[T]]) -> st.SearchStrategy[tuple[T, ...]]:
    return st.integers(0, 4).flatmap(lambda n: st.tuples(*(one(i) for i in range(n))))


def subdivisions() -> st.SearchStrategy[tuple[Subdivision, ...]]:
    """A settlement's subdivisions, indexed 0, 1, 2, ….

    The indexes are the parameters' numbers: ``subdivision_type``, ``subdivision_type1``, ….

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(subdivisions())
    ... def test_numbered(subs):
    ...     assert [s.index for s in subs] == list(range(len(subs)))
    >>> test_numbered()
    """
    return _numbered(subdivision)


@st.composite
def _establishment(draw: st.DrawFn, index: int | None) -> Establishment:
    date = draw(_optional(partial_dates()))
    title = draw(names()) if date is None else draw(_maybe_names())
    note = None if date is None else draw(_maybe_names())
    return Establishment(index=draw(_index(index)), title=title, date=date, note=note)


def establishment(index: int | None = None) -> st.SearchStrategy[Establishment]:
    """One event: a title, a date or both; a note (the qualifier) only with a date.

    >>> from hypothesis import find
    >>> e = find(establishment(0), lambda e: e.note is not None)
    >>> e.date is not None
    True
    """
    return _establishment(index)


def establishments() -> st.SearchStrategy[tuple[Establishment, ...]]:
    """A settlement's establishment events, indexed 0, 1, 2, ….

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(establishments())
    ... def test_numbered(events):
    ...     assert [e.index for e in events] == list(range(len(events)))
    >>> test_numbered()
    """
    return _numbered(establishment)


@st.composite
def _leader(draw: st.DrawFn, index: int | None) -> Leader:
    holders = draw(st.lists(names(), max_size=3))
    title = draw(names()) if not holders else draw(_maybe_names())
    return Leader(index=draw(_index(index)), title=title, name="; ".join(holders) or None)


def leader(index: int | None = None) -> st.SearchStrategy[Leader]:
    """One office: a title, its holders (several joined by ``"; "``) or both.

    >>> from hypothesis import find
    >>> find(leader(0), lambda l: l.name is not None and "; " in l.name).name.count("; ")
    1
    """
    return _leader(index)


def leaders() -> st.SearchStrategy[tuple[Leader, ...]]:
    """A settlement's offices, indexed 0, 1, 2, ….

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(leaders())
    ... def test_numbered(offices):
    ...     assert [o.index for o in offices] == list(range(len(offices)))
    >>> test_numbered()
    """
    return _numbered(leader)


# -- images -------------------------------------------------------------------------------

_EXTENSIONS: Final = ("jpg", "png", "svg", "JPG", "jpeg", "gif", "tif")
_FILES: Final = st.tuples(names(), st.sampled_from(_EXTENSIONS)).map(".".join)


@st.composite
def _image(draw: st.DrawFn, param: str | None) -> Image:
    entries = {entry[0]: entry for entry in IMAGE_PARAMS}
    chosen = _pick(draw, sorted(entries)) if param is None else param
    _, caption, alt = entries[chosen]
    return Image(
        param=chosen,
        file=draw(_FILES),
        caption=draw(_maybe_names()) if caption else None,
        alt=draw(_maybe_names()) if alt else None,
    )


def image(param: str | None = None) -> st.SearchStrategy[Image]:
    """One image: an image parameter (drawn when None) and a file name.

    A caption and an alt text only where that parameter has them.

    >>> from hypothesis import find
    >>> find(image("image_flag"), lambda i: True).caption is None
    True
    """
    if param is not None and param not in {entry[0] for entry in IMAGE_PARAMS}:
        raise InvalidArgument(f"not an image parameter: {param!r}")
    return _image(param)


@st.composite
def _images(draw: st.DrawFn) -> tuple[Image, ...]:
    result: list[Image] = []
    for param, _, _ in IMAGE_PARAMS:
        # image and image_skyline share image_caption and image_alt: use one of them.
        if param == "image" and result and result[-1].param == "image_skyline":
            continue
        if draw(st.integers(0, 3)) == 3:
            result.append(draw(image(param)))
    return tuple(result)


def images() -> st.SearchStrategy[tuple[Image, ...]]:
    """A settlement's images, one per image parameter, in the parser's order.

    >>> from hypothesis import given, settings
    >>> order = [entry[0] for entry in IMAGE_PARAMS]
    >>> @settings(max_examples=20)
    ... @given(images())
    ... def test_in_order(found):
    ...     params = [i.param for i in found]
    ...     assert params == sorted(set(params), key=order.index)
    >>> test_in_order()
    """
    return _images()


# -- citations ------------------------------------------------------------------------------

_REF_NAMES: Final = _joined(st.sampled_from(_LOWER), st.text(_LOWER + _DIGITS, max_size=7))
_HOSTS: Final = _joined(
    st.sampled_from(_LOWER),
    st.text(_LOWER + _DIGITS, min_size=1, max_size=9),
    st.just("") | _joined(st.just("-"), st.text(_LOWER + _DIGITS, min_size=1, max_size=5)),
)
_TLDS: Final = ("kz", "com", "org", "gov.kz", "lv", "ru", "gr", "jp", "in", "net")
_PATHS: Final = st.lists(
    _joined(st.sampled_from(_LOWER + _DIGITS), st.text(_LOWER + _DIGITS + "-", max_size=7)),
    max_size=2,
)
_CITABLE_FOOTNOTES: Final = ("footnotes", "population_footnotes", "area_footnotes")
_EXTRA_FIELDS: Final = ("access-date", "publisher", "website", "language")


@st.composite
def _urls(draw: st.DrawFn, scheme: bool | None = None) -> str:
    """A URL; with a scheme when ``scheme`` is True, without when False."""
    schemes = ("https://", "http://", "https://www.")
    prefixes = {True: schemes, False: ("", "www."), None: (*schemes, "", "www.")}[scheme]
    path = "".join("/" + part for part in draw(_PATHS))
    slash = "/" if path == "" and draw(st.booleans()) else ""
    host = draw(_HOSTS) + "." + _pick(draw, _TLDS)
    return _pick(draw, prefixes) + host + path + slash


@st.composite
def _cite_dates(draw: st.DrawFn) -> str:
    date = draw(partial_dates(min_year=1990, max_year=2030, exact=True))
    month = _MONTH_NAMES[date.month - 1] if date.month else ""
    forms = [str(date)]
    if date.day is not None:
        forms += [f"{date.day} {month} {date.year}", f"{month} {date.day}, {date.year}"]
    elif date.month is not None:
        forms.append(f"{month} {date.year}")
    return _pick(draw, forms)


@st.composite
def _citation(draw: st.DrawFn, param: str | None) -> Citation:
    param = (
        _pick(draw, ("population_total", "name", *_CITABLE_FOOTNOTES)) if param is None else param
    )
    name = draw(_optional(_REF_NAMES))
    kind = _pick(draw, ("cite", "bare", "named", "short"))
    if kind == "short":
        # {{sfn|Smith|Jones|2001|p=5}}, or {{harvnb|…}} in a ref: authors, year, page.
        template = _pick(draw, ("sfn", "sfnp", "harvnb", "harvp"))
        pages = draw(_optional(st.integers(1, 999).map(str)))
        page_key = _pick(draw, ("p", "pp"))
        return Citation(
            param=param,
            name=None if template.startswith("sfn") else name,
            template=template,
            author="; ".join(draw(st.lists(names(max_words=1), min_size=1, max_size=3))),
            year=str(draw(st.integers(1800, 2030))),
            pages=pages,
            fields={} if pages is None else {page_key: pages},
        )
    if kind == "named" and name is not None:
        # <ref name="x" />: a reference to a ref defined elsewhere.
        return Citation(param=param, name=name)
    if kind == "bare":
        url = draw(_optional(_urls(scheme=True)))
        title = draw(names()) if url is None else draw(_maybe_names())
        return Citation(param=param, name=name, url=url, title=title)
    url, title, date = draw(_urls(scheme=True)), draw(names()), draw(_optional(_cite_dates()))
    fields = {"url": url, "title": title} | ({} if date is None else {"date": date})
    for key in draw(st.lists(st.sampled_from(_EXTRA_FIELDS), unique=True, max_size=2)):
        fields[key] = draw(_cite_dates() if key == "access-date" else names())
    return Citation(
        param=param, name=name, template="Cite web", url=url, title=title, date=date, fields=fields
    )


def citation(param: str | None = None) -> st.SearchStrategy[Citation]:
    """One ``<ref>`` in parameter ``param`` (drawn when None).

    Mostly a ``{{Cite web}}`` with ``url``, ``title``, ``date`` (as plain text, the
    way the parser reads it back) and a few more fields, all in ``fields``; also a
    bare ref (``[url title]`` or text), a reference to a named ref (``<ref
    name="x" />``: only ``param`` and ``name``) and a short citation (``{{sfn}}``,
    ``{{harvnb}}`` in a ref: ``author``, ``year``, ``pages``).

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(citation("population_total"))
    ... def test_fields(c):
    ...     assert c.param == "population_total"
    ...     assert c.template is None or c.author is not None or (c.url, c.title) == (
    ...         c.fields["url"], c.fields["title"])
    >>> test_fields()
    """
    return _citation_of(param)


@functools.cache
def _citation_of(param: str | None) -> st.SearchStrategy[Citation]:
    return _citation(param)


@st.composite
def _citations(draw: st.DrawFn, params: Sequence[str]) -> tuple[Citation, ...]:
    chosen = draw(st.lists(st.sampled_from(params), unique=True, max_size=3)) if params else []
    result: list[Citation] = []
    seen: set[str] = set()
    for param in chosen:
        for found in draw(st.lists(citation(param), min_size=1, max_size=2)):
            defines = found.template is not None or found.url is not None or found.title is not None
            # One definition per ref name (a reference, <ref name="x" />, may repeat it).
            if defines and found.name in seen:
                found = attrs.evolve(found, name=None)
            if defines and found.name is not None:
                seen.add(found.name)
            result.append(found)
    # A reuse reads back as the ref that defines its name.
    return resolved(result)


def citations(
    params: Sequence[str] = ("population_total", *_CITABLE_FOOTNOTES),
) -> st.SearchStrategy[tuple[Citation, ...]]:
    """A settlement's citations in some of ``params``, those of one parameter together.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(citations(["name", "population_total"]))
    ... def test_grouped(found):
    ...     params = [c.param for c in found]
    ...     assert params == sorted(params, key=params.index)  # each parameter's together
    >>> test_grouped()
    """
    return _citations(tuple(params))


# -- settlements ----------------------------------------------------------------------------

_LANGUAGES: Final = ("kk", "ru", "lv", "el", "ar", "he", "hi", "bn", "ka", "hy", "zh", "ja", "ko")


def _digits(low: int, high: int) -> st.SearchStrategy[str]:
    return st.text(_DIGITS, min_size=low, max_size=high)


_POSTAL_CODES: Final = st.one_of(
    _digits(4, 6),
    _joined(
        st.text(_UPPER, min_size=1, max_size=2),
        _digits(1, 2),
        st.just(" "),
        _digits(1, 1),
        st.text(_UPPER, min_size=2, max_size=2),
    ),
    _joined(_digits(3, 3), st.just("-"), _digits(4, 4)),
    _joined(_digits(6, 6), st.just("–"), _digits(6, 6)),
)
_AREA_CODES: Final = _digits(2, 5) | _joined(
    st.just("+"), _digits(1, 3), st.just(" "), _digits(2, 5)
)


#: The settlement infobox's names, the canonical one first (examples shrink to it).
_TEMPLATES: Final = (
    "Infobox settlement",
    *sorted(INFOBOX_SETTLEMENT.names - {"Infobox settlement"}),
)


def _citable(s: Settlement) -> list[str]:
    """Parameters of ``s`` where a ref may stand, as every page form writes them."""
    params = [
        param
        for param, value in (
            ("name", s.name),
            ("official_name", s.official_name),
            ("settlement_type", s.settlement_type),
            ("population_total", s.population.total),
            ("population_as_of", s.population.as_of),
            ("area_total_km2", s.area.total_km2),
            ("elevation_m", s.elevation_m),
            ("postal_code", s.postal_code),
            ("government_type", s.government_type),
        )
        if value is not None
    ]
    params += [f"subdivision_name{x.index or ''}" for x in s.subdivisions if x.name is not None]
    params += [f"leader_name{x.index or ''}" for x in s.leaders if x.name is not None]
    return params + list(_CITABLE_FOOTNOTES)


@st.composite
def _settlements(draw: st.DrawFn) -> Settlement:
    text = _maybe_names()
    area = draw(areas())
    population = draw(populations())
    total, area_total = population.total, area.total_km2
    if total is not None and area_total is not None and area_total > 0 and draw(st.booleans()):
        population = attrs.evolve(population, density_km2=total / area_total, density_computed=True)
    settlement = Settlement(
        template=_pick(draw, _TEMPLATES),
        wiki="en",
        name=draw(text),
        official_name=draw(text),
        other_names=draw(st.lists(names(), max_size=3)),
        native_names=draw(st.lists(names(), max_size=3)),
        native_name_lang=draw(_optional(st.sampled_from(_LANGUAGES))),
        settlement_type=draw(text),
        nickname=draw(text),
        motto=draw(text),
        etymology=draw(text),
        coordinates=draw(_optional(coordinates())),
        elevation_m=draw(_optional(_decimals(-500, 9000, 2))),
        area=area,
        population=population,
        subdivisions=draw(subdivisions()),
        established=draw(establishments()),
        leaders=draw(leaders()),
        government_type=draw(text),
        timezones=draw(timezones()),
        postal_code=draw(_optional(_POSTAL_CODES)),
        postal_code_type=draw(text),
        area_code=draw(_optional(_AREA_CODES)),
        area_code_type=draw(text),
        website=draw(_optional(_urls())),
        images=draw(images()),
    )
    # The country is read from the subdivisions, as parse_infobox reads it.
    country, code = country_of(settlement.subdivisions)
    settlement = attrs.evolve(settlement, country=country, country_code=code)
    return attrs.evolve(settlement, citations=draw(citations(_citable(settlement))))


def settlements(template: str | None = None) -> st.SearchStrategy[Settlement]:
    """Valid settlements that render_infobox can write and parse_infobox reads back.

    The module docstring says which attributes are set and which are left empty.
    With ``template`` (any registered template's name: ``"НП"``), only the values
    that template holds, its labels' values (a type it shows, not takes), ``wiki``
    its wiki's, and citations under the template's parameter names, as
    :func:`~infobox.render.render_infobox` writes them.
    A settlement takes a few hundredths of a second to draw; on a loaded machine,
    suppress the ``too_slow`` health check, as here.

    >>> from hypothesis import HealthCheck, given, settings
    >>> from infobox import parse_infobox
    >>> from infobox.render import render_infobox
    >>> @settings(max_examples=20, suppress_health_check=[HealthCheck.too_slow])
    ... @given(settlements())
    ... def test_round_trip(s):
    ...     back = parse_infobox(render_infobox(s))
    ...     assert (back.name, back.population) == (s.name, s.population)
    >>> test_round_trip()
    """
    if template is not None:
        from ._wiki_pages import template_settlements

        return template_settlements(_registered(template))
    return _settlements()


def _registered(template: str) -> str:
    """The title of the registered template named ``template``; InvalidArgument if none."""
    from .templates.registry import spec_for

    spec = spec_for(template)
    if spec is None:
        raise InvalidArgument(f"not a registered settlement template: {template!r}")
    return spec.name


# == pages =================================================================================
#
# A page is written parameter by parameter. Each family writer takes the settlement and
# returns the settlement as the page will read back (a value may change where a form
# writes it in another unit or in degrees and minutes) and the parameters it writes.
# Decorations (refs, comments, maintenance templates, white space), the order of the
# parameters, unknown and duplicated parameters, the template's name and the text around
# the infobox come after. Each form below is one function; see the module docstring.

_Form = Callable[[T], st.SearchStrategy[str] | None]
_COMMENT: Final = re.compile(r"<!--.*?-->", re.DOTALL)


@attrs.frozen
class _Field:
    """One parameter as the page writes it: its name, its wikitext, the refs' citations."""

    name: str
    value: str
    citations: tuple[Citation, ...] = ()


_Written = tuple[Settlement, list[_Field]]


@st.composite
def _forms(draw: st.DrawFn, forms: Sequence[_Form[T]], value: T) -> str:
    """One of the forms that can write ``value``; shrinks to the first."""
    # The form is chosen first, so that only its strategy is drawn from (and validated).
    options = [s for s in (form(value) for form in forms) if s is not None]
    return draw(options[draw(st.integers(0, len(options) - 1))])


def _suffix(index: int) -> str:
    return str(index) if index else ""


# -- plain text --------------------------------------------------------------------------


def _text_plain(text: str) -> st.SearchStrategy[str] | None:
    """``Jezkazgan``: the text as it reads."""
    return st.just(text)


def _text_link(text: str) -> st.SearchStrategy[str] | None:
    """``[[Ulytau Region]]`` or ``[[Ulytau_Region]]``: a link shows its target."""
    return st.sampled_from((f"[[{text}]]", f"[[{text.replace(' ', '_')}]]"))


def _text_piped_link(text: str) -> st.SearchStrategy[str] | None:
    """``[[Some page|Jezkazgan]]``: a link shows its text."""
    return names().map(lambda target: f"[[{target}|{text}]]")


def _text_template(text: str) -> st.SearchStrategy[str] | None:
    """``{{lang|kk|…}}``, ``{{lang-kk|…}}``, ``{{native name|kk|…}}``, ``{{nowrap|…}}``, …."""
    return st.sampled_from(_LANGUAGES).flatmap(
        lambda code: st.sampled_from(
            (
                f"{{{{lang|{code}|{text}}}}}",
                f"{{{{lang-{code}|{text}}}}}",
                f"{{{{langx|{code}|{text}}}}}",
                f"{{{{native name|{code}|{text}}}}}",
                f"{{{{nowrap|{text}}}}}",
                f"{{{{small|{text}}}}}",
                f'<span lang="{code}">{text}</span>',
            )
        )
    )


def _text_spaces(text: str) -> st.SearchStrategy[str] | None:
    """Spaces written ``&nbsp;`` or ``{{nbsp}}``."""
    if " " not in text:
        return None
    return st.sampled_from(("&nbsp;", "{{nbsp}}")).map(lambda space: text.replace(" ", space))


def _text_entity(text: str) -> st.SearchStrategy[str] | None:
    """One character as a character reference: ``O&#39;Brien``, ``&#x416;езқазған``."""
    return st.integers(0, len(text) - 1).flatmap(
        lambda i: st.sampled_from((f"&#{ord(text[i])};", f"&#x{ord(text[i]):X};")).map(
            lambda ref: text[:i] + ref + text[i + 1 :]
        )
    )


def _text_break(text: str) -> st.SearchStrategy[str] | None:
    """A space as a line break (``<br />``): a reader sees one line, spaces collapsed."""
    if " " not in text:
        return None
    return st.sampled_from(("<br />", "<br>", " <br/>\n")).map(lambda br: text.replace(" ", br, 1))


#: Ways to write one line of plain text.
def _text_sic(text: str) -> st.SearchStrategy[str] | None:
    """``{{sic|Teh}}``, split ``{{sic|Te|h}}``, ``{{sic|?|Teh}}``, ``{{sic|hide=y|Teh}}``."""
    return st.integers(1, max(1, len(text) - 1)).flatmap(
        lambda i: st.sampled_from(
            (
                f"{{{{sic|{text}}}}}",
                f"{{{{sic|{text[:i]}|{text[i:]}}}}}" if len(text) > 1 else f"{{{{sic|{text}}}}}",
                f"{{{{sic|?|{text}}}}}",
                f"{{{{sic|hide=y|{text}}}}}",
            )
        )
    )


_TEXT_FORMS: Final[tuple[_Form[str], ...]] = (
    _text_plain,
    _text_link,
    _text_piped_link,
    _text_template,
    _text_spaces,
    _text_entity,
    _text_break,
    _text_sic,
)


@st.composite
def _text(draw: st.DrawFn, text: str, extra: Sequence[_Form[str]] = ()) -> str:
    """Plain text in one of ``_TEXT_FORMS`` (and ``extra``), maybe bold or italic."""
    written = draw(_forms((*_TEXT_FORMS, *extra), text))
    if draw(st.integers(0, 4)) == 4:
        quotes = _pick(draw, ("''", "'''", "'''''"))
        written = quotes + written + quotes
    return written


def _text_flag(text: str) -> st.SearchStrategy[str] | None:
    """``{{flag|Kazakhstan}}``, ``{{flagcountry|…}}``, ``{{flag|KAZ|name=…}}``."""
    return st.sampled_from(
        (f"{{{{flag|{text}}}}}", f"{{{{flagcountry|{text}}}}}", f"{{{{flag|XYZ|name={text}}}}}")
    )


def _text_country_code(text: str) -> st.SearchStrategy[str] | None:
    """A country by code: ``{{flag|POL}}``, ``{{flagcountry|NOR}}``, ``{{CAN}}``, ….

    Also ``{{flag|AUT|empire}}`` (a flag variant: the name is the same).

    The bare template (``{{CAN}}``) is written for three-letter codes and ``{{EU}}`` only.
    """
    codes = _countries().get(text)
    if codes is None:
        return None
    return st.sampled_from(codes).flatmap(lambda code: st.sampled_from(_by_code(code)))


def _by_code(code: str) -> tuple[str, ...]:
    """The ways of writing a country by ``code``."""
    forms = ("{{{{flag|{}}}}}", "{{{{flagcountry|{}}}}}", "{{{{flag|{}|empire}}}}")
    bare = ("{{" + code + "}}",) if len(code) == 3 or code == "EU" else ()
    return tuple(form.format(code) for form in forms) + bare


# -- lists -------------------------------------------------------------------------------


def _list_breaks(items: Sequence[str]) -> st.SearchStrategy[str] | None:
    """``A<br />B``, with ``<br>``, ``<br/>``, ``<BR>``, ``{{br}}`` or a line break after it."""
    breaks = ("<br />", "<br>", "<br/>", " <br /> ", "<BR>", "<br />\n", "{{br}}", "{{Break}}")
    return st.sampled_from(breaks).map(lambda br: br.join(items))


def _list_template(items: Sequence[str]) -> st.SearchStrategy[str] | None:
    """``{{ubl|A|B}}``, ``{{unbulleted list|…}}``, ``{{hlist|…}}``, one item per line or not."""
    return st.tuples(
        st.sampled_from(
            ("ubl", "Unbulleted list", "hlist", "plainlist", "collapsible list|title=x")
        ),
        st.sampled_from(("|", "\n|", " | ")),
    ).map(lambda t: "{{" + t[0] + "".join(t[1] + item for item in items) + "\n}}")


def _list_lines(items: Sequence[str]) -> st.SearchStrategy[str] | None:
    """``* A`` lines, bare or in ``{{plainlist|`` / ``{{flatlist|``."""
    lines = "".join(f"\n* {item}" for item in items)
    return st.sampled_from(
        (f"{{{{plainlist|{lines}\n}}}}", f"{{{{Flatlist|{lines}\n}}}}", lines, lines + "\n")
    )


def _list_native_names(items: Sequence[str]) -> st.SearchStrategy[str] | None:
    """``{{native name list|tag1=kk|name1=A|tag2=ru|name2=B}}``."""
    pairs = "".join(f"|tag{i}=kk|name{i}={item}" for i, item in enumerate(items, 1))
    return st.just("{{native name list" + pairs + "}}")


#: Ways to write a list of items (each already written in a text form).
_LIST_FORMS: Final[tuple[_Form[Sequence[str]], ...]] = (
    _list_breaks,
    _list_template,
    _list_lines,
    _list_native_names,
)


#: Text forms for one item of a list (a line break would split it).
_ITEM_FORMS: Final = tuple(form for form in _TEXT_FORMS if form is not _text_break)


@st.composite
def _list(draw: st.DrawFn, items: Sequence[str]) -> str:
    written = [draw(_forms(_ITEM_FORMS, item)) for item in items]
    if len(written) == 1 and draw(st.booleans()):
        return written[0]
    return draw(_forms(_LIST_FORMS, written))


# -- numbers -------------------------------------------------------------------------------


def _count_plain(n: int) -> st.SearchStrategy[str] | None:
    """``89079``."""
    return st.just(str(n))


def _count_grouped(n: int) -> st.SearchStrategy[str] | None:
    """``89,079``, ``89 079``, ``89&nbsp;079``."""
    if n < 1000:
        return None
    return st.sampled_from((",", " ", "&nbsp;", "\u00a0")).map(lambda sep: _grouped(str(n), sep))


def _count_formatnum(n: int) -> st.SearchStrategy[str] | None:
    """``{{formatnum:89079}}``."""
    return st.just(f"{{{{formatnum:{n}}}}}")


def _count_dots(n: int) -> st.SearchStrategy[str] | None:
    """``1.234.567``: dots group only when there are two or more."""
    return None if n < 10**6 else st.just(_grouped(str(n), "."))


def _count_indian(n: int) -> st.SearchStrategy[str] | None:
    """``12,34,567``: Indian grouping."""
    if n < 10**5:
        return None
    head, tail = str(n)[:-3], str(n)[-3:]
    pairs: list[str] = []
    while head:
        pairs.insert(0, head[-2:])
        head = head[:-2]
    return st.just(",".join([*pairs, tail]))


def _count_annotated(n: int) -> st.SearchStrategy[str] | None:
    """``89,079 (2023 census)``, ``89,079 inhabitants``, ``c. 89,079``, ``89,079 {{increase}}``."""
    text = _grouped(str(n))
    return st.sampled_from(
        (
            f"{{{{nowrap|{text}}}}}",
            f"{text} (2023 census)",
            f"{text} inhabitants",
            f"c. {text}",
            f"about {text}",
            f"{text} {{{{increase}}}}",
            f"{{{{decrease}}}} {text}",
        )
    )


_COUNT_FORMS: Final[tuple[_Form[int], ...]] = (
    _count_plain,
    _count_grouped,
    _count_formatnum,
    _count_dots,
    _count_indian,
    _count_annotated,
)


@attrs.frozen
class _Unit:
    """How one unit is written: in ``{{convert}}`` (None: not at all) and after a number."""

    convert: str | None
    words: tuple[str, ...]
    other: str = ""


_UNITS: Final = {
    "km2": _Unit("km2", ("km2", "km²", "square kilometres"), "sqmi"),
    "sq_mi": _Unit("sqmi", ("sq mi", "mi²", "square miles"), "km2"),
    "ha": _Unit("ha", ("ha", "hectares"), "acre"),
    "acre": _Unit("acre", ("acres",), "ha"),
    "dunam": _Unit("dunam", ("dunams",), "km2"),
    "m": _Unit("m", ("m", "metres"), "ft"),
    "ft": _Unit("ft", ("ft", "feet"), "m"),
    "per_km2": _Unit(None, ("/km2", "per km2", "/km²")),
    "per_sq_mi": _Unit(None, ("/sq mi", "per square mile")),
}

_Quantity = tuple[float, _Unit]


def _quantity_plain(q: _Quantity) -> st.SearchStrategy[str] | None:
    """``47.5``."""
    return st.just(_decimal_text(q[0]))


def _quantity_grouped(q: _Quantity) -> st.SearchStrategy[str] | None:
    """``1,234.5``."""
    return None if abs(q[0]) < 1000 else st.just(_grouped(_decimal_text(q[0])))


def _quantity_unit(q: _Quantity) -> st.SearchStrategy[str] | None:
    """``47.5 km2``, ``47.5&nbsp;km²``, ``1,879.4/km2``."""
    value, unit = q
    return st.tuples(
        st.sampled_from((_decimal_text(value), _grouped(_decimal_text(value)))),
        st.sampled_from((" ", "&nbsp;", "")),
        st.sampled_from(unit.words),
    ).map("".join)


def _quantity_convert(q: _Quantity) -> st.SearchStrategy[str] | None:
    """``{{convert|47.5|km2|sqmi|abbr=on}}``, ``{{cvt|300|m}}``."""
    value, unit = q
    if unit.convert is None:
        return None
    text = _decimal_text(value)
    return st.sampled_from(
        (
            f"{{{{convert|{text}|{unit.convert}|{unit.other}}}}}",
            f"{{{{convert|{text}|{unit.convert}|{unit.other}|abbr=on}}}}",
            f"{{{{Convert|{text}|{unit.convert}|{unit.other}|1}}}}",
            f"{{{{cvt|{text}|{unit.convert}}}}}",
        )
    )


_QUANTITY_FORMS: Final[tuple[_Form[_Quantity], ...]] = (
    _quantity_plain,
    _quantity_grouped,
    _quantity_unit,
    _quantity_convert,
)


def _quantity(value: float, unit: str) -> st.SearchStrategy[str]:
    return _forms(_QUANTITY_FORMS, (value, _UNITS[unit]))


def _written_unit(value: float, unit: str) -> st.SearchStrategy[str]:
    """``value`` with its unit stated, in words or ``{{convert}}``, for a key of another unit."""
    return _forms((_quantity_unit, _quantity_convert), (value, _UNITS[unit]))


# -- dates -------------------------------------------------------------------------------


def _years(year: int) -> tuple[str, ...]:
    """The ways to write a year: an era where the parser needs one (BC, and AD before 100)."""
    if year < 0:
        return tuple(f"{-year} {era}" for era in ("BC", "BCE", "B.C.", "B.C.E."))
    if year < 100:
        return (f"AD {year}", f"{year} AD", f"{year} CE", f"A.D. {year}", f"{year} C.E.")
    if year < 1000:
        return (str(year), f"AD {year}", f"{year} CE")
    return (str(year),)


def _months(month: int) -> tuple[str, ...]:
    full, short = _MONTH_NAMES[month - 1], _MONTH_ABBREVIATIONS[month - 1]
    return (full,) if full == short else (full, short, short + ".")


def _ordinal(day: int) -> str:
    suffix = "th" if day in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _date_words(date: PartialDate) -> st.SearchStrategy[str] | None:
    """``20 December 1954``, ``December 20, 1954``, ``20th of Dec. 1954``, ``753 BC``, …."""
    years = st.sampled_from(_years(date.year))
    if date.month is None:
        return years
    months = st.sampled_from(_months(date.month))
    if date.day is None:
        patterns: tuple[str, ...] = ("{m} {y}", "{m}, {y}")
    else:
        patterns = (
            *("{d} {m} {y}", "{m} {d}, {y}", "{m} {d} {y}", "{o} {m} {y}", "{o} of {m} {y}"),
            # Spellings editors write every day: a stray comma or full stop, a linked day.
            *("{m}, {d} {y}", "{m} {d}. {y}", "[[{m} {d}]] , {y}", "{d} {m}, {y}"),
            # A time before the date (a signature, a {{start-date}} with its time).
            *("14:05, {d} {m} {y}", "10:15AM EST, {m} {o}, {y}"),
        )
    return st.tuples(st.sampled_from(patterns), months, years).map(
        lambda t: t[0].format(d=date.day, o=_ordinal(date.day or 1), m=t[1], y=t[2])
    )


def _date_year_first(date: PartialDate) -> st.SearchStrategy[str] | None:
    """``1702, October 9``, ``1987 May 14``, ``1987/05/14``."""
    if date.day is None or date.month is None or date.year < 100:
        return None
    d, m, y = date.day, date.month, date.year
    forms = [f"{y}, {_MONTH_NAMES[m - 1]} {d}", f"{y} {_MONTH_ABBREVIATIONS[m - 1]} {d}"]
    if y >= 1000:
        forms += [f"{y}/{m:02d}/{d:02d}", f"{y}/{m}/{d}"]
    return st.sampled_from(forms)


def _date_parts(date: PartialDate) -> list[str]:
    parts = [str(date.year)]
    if date.month is not None:
        parts.append(str(date.month))
    if date.day is not None:
        parts.append(str(date.day))
    return parts


def _date_dts(date: PartialDate) -> st.SearchStrategy[str] | None:
    """``{{dts|2019|7|4}}``, ``{{dts|format=dmy|-752}}``."""
    parts = _date_parts(date)
    # {{dts}} counts years astronomically: 0 is 1 BC, -752 is 753 BC.
    dts = "|".join([str(date.year + 1) if date.year < 0 else parts[0], *parts[1:]])
    return st.sampled_from([f"{{{{dts|{dts}}}}}", f"{{{{dts|format=dmy|{dts}}}}}"])


def _date_as_of(date: PartialDate) -> st.SearchStrategy[str] | None:
    """``{{As of|2019|7}}`` (shows "As of July 2019"), ``{{as of|2019|lc=y}}``."""
    if date.year < 1:
        return None
    joined = "|".join(_date_parts(date))
    return st.sampled_from([f"{{{{As of|{joined}}}}}", f"{{{{as of|{joined}|lc=y}}}}"])


def _date_iso(date: PartialDate) -> st.SearchStrategy[str] | None:
    """``1954-12-20``; ``1954-12`` only where ``12`` cannot be the next year (``2011-12``)."""
    if date.year < 1 or date.month is None:
        return None
    if date.day is not None:
        return st.just(f"{date.year:04d}-{date.month:02d}-{date.day:02d}")
    return st.just(f"{date.year:04d}-{date.month:02d}") if date.month <= date.year % 100 else None


def _date_numeric(date: PartialDate) -> st.SearchStrategy[str] | None:
    """``20.12.1954`` or ``12/20/1954``, where only one order of day and month is a date."""
    if date.day is None or date.month is None or date.year < 1000:
        return None
    if date.day <= 12 and date.day != date.month:
        return None
    d, m, y = date.day, date.month, date.year
    return st.sampled_from((f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{y}", f"{m}/{d}/{y}"))


def _date_template(date: PartialDate) -> st.SearchStrategy[str] | None:
    """``{{start date|1954|12|20}}``, ``{{Start date and age|1954|Dec|20|df=y}}``, …."""
    if date.year < 1:
        return None
    parts: list[st.SearchStrategy[str]] = [st.just(str(date.year))]
    if date.month is not None:
        month = date.month
        parts.append(st.sampled_from((str(month), f"{month:02d}", *_months(month)[:2])))
    if date.day is not None:
        parts.append(st.sampled_from((str(date.day), f"{date.day:02d}")))
    names_ = ("start date", "Start date", "Start date and age", "start_date", "Birth date")
    return st.tuples(
        st.sampled_from(names_), st.tuples(*parts), st.sampled_from(("", "|df=y", "|p=yes"))
    ).map(lambda t: "{{" + t[0] + "".join("|" + p for p in t[1]) + t[2] + "}}")


def _date_text_template(date: PartialDate) -> st.SearchStrategy[str] | None:
    """``{{Start-date|December 20, 1954}}``, ``{{Date|1954-12-20}}``."""
    inner = _date_iso(date)
    if inner is None:
        inner = st.sampled_from(_years(date.year)) if date.month is None else _date_words(date)
    assert inner is not None
    return st.tuples(st.sampled_from(("Start-date", "Date")), inner).map(
        lambda t: f"{{{{{t[0]}|{t[1]}}}}}"
    )


_DATE_FORMS: Final[tuple[_Form[PartialDate], ...]] = (
    _date_words,
    _date_year_first,
    _date_dts,
    _date_as_of,
    _date_iso,
    _date_numeric,
    _date_template,
    _date_text_template,
)


_APPROXIMABLE_FORMS: Final = tuple(form for form in _DATE_FORMS if form is not _date_as_of)


def _note_forms(date: str, note: str) -> tuple[str, ...]:
    """A note after the date (in parentheses, after a comma or semicolon) or before it."""
    return (
        f"{date} ({note})",
        f"{date}, {note}",
        f"{date}; {note}",
        f"{note}: {date}",
        f"{date}<br />({note})",
    )


def _date_span(date: PartialDate) -> st.SearchStrategy[str]:
    """``1890s``, ``the 1890's``, ``mid-1890s``, ``early 19th century``, ``5th-century BC``."""
    if date.span == "century":
        number = abs(date.year) // 100 + 1
        suffix = (
            "th"
            if number % 100 in (11, 12, 13)
            else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
        )
        bases: tuple[str, ...] = tuple(
            f"{number}{suffix}{sep}{word}" for sep in (" ", "-") for word in ("century", "Century")
        )
    else:
        digits = abs(date.year) // 10 * 10
        if digits % 100 == 0 and digits:
            bases = (f"{digits}s decade",)  # "1900s" alone is read as the century
        else:
            bases = (f"{digits}s", f"{digits}'s")
        if date.year > 0 and digits < 100:
            bases = tuple(f"AD {base}" for base in bases)
    if date.year < 0:
        bases = tuple(f"{base} {era}" for base in bases for era in ("BC", "BCE"))
    qualifiers: tuple[str, ...] = ("",)
    if date.qualifier is not None:
        words = ("middle", "Mid", date.qualifier) if date.qualifier == "mid" else (date.qualifier,)
        qualifiers = tuple(f"{word}{sep}" for word in words for sep in (" ", "-"))
    return st.tuples(
        st.sampled_from(("", "the ")), st.sampled_from(qualifiers), st.sampled_from(bases)
    ).map("".join)


@st.composite
def _approximately(draw: st.DrawFn, date: PartialDate, text: str, bare: bool) -> str:
    """An approximate date: ``c. 1200``, ``circa 20 May 1954``, ``{{circa|1200}}``, ``1200?``.

    ``bare`` says the text may take a ``?`` after it (nothing follows the date).
    """
    if date.precision == "year" and date.year >= 100 and draw(st.integers(0, 3)) == 0:
        return f"{{{{circa|{date.year}}}}}"
    if bare and draw(st.integers(0, 3)) == 0:
        return text + "?"
    markers = ("c. ", "ca. ", "circa ", "approximately ", "about ")
    # Without a space only before a digit: "c.1200" is read, "c.April 1200" is not.
    return _pick(draw, (*markers, "c.") if text[0].isdigit() else markers) + text


@st.composite
def _dated(draw: st.DrawFn, date: PartialDate, note: str | None = None) -> str:
    exact = attrs.evolve(date, approximate=False)
    # "As of" is no date an approximation marker can stand before.
    forms = _APPROXIMABLE_FORMS if date.approximate else _DATE_FORMS
    spelt = _date_span(exact) if date.span is not None else _forms(forms, exact)
    text = draw(spelt)
    if date.approximate:
        text = draw(_approximately(date, text, bare=note is None))
        if note is None:
            return text
    if note is not None:
        return _pick(draw, _note_forms(text, note))
    ages = ("", " (70 years ago)", "; 12 years ago")
    return text + _pick(draw, ages)


# -- UTC offsets ------------------------------------------------------------------------


def _offset_signs(minutes: int) -> tuple[str, ...]:
    return ("-", "−", "–") if minutes < 0 else ("+",)


def _offset_hours(minutes: int) -> st.SearchStrategy[str] | None:
    """``+6``, ``−5``, ``UTC+6``, ``GMT−3``; zero as ``0``, ``±0``, ``UTC``, ``GMT``."""
    if minutes == 0:
        return st.sampled_from(("0", "+0", "±0", "UTC", "GMT", "UTC±0", "UTC+0"))
    if minutes % 60:
        return None
    return st.tuples(
        st.sampled_from(("", "UTC", "GMT", "UTC ")),
        st.sampled_from(_offset_signs(minutes)),
        st.sampled_from((str(abs(minutes) // 60), f"{abs(minutes) // 60:02d}")),
    ).map("".join)


def _offset_clock(minutes: int) -> st.SearchStrategy[str] | None:
    """``+06:00``, ``+5:30``, ``+0545``, ``UTC−03:30``."""
    hours, rest = divmod(abs(minutes), 60)
    return st.tuples(
        st.sampled_from(("", "UTC")),
        st.sampled_from(_offset_signs(minutes)),
        st.sampled_from(
            (f"{hours:02d}:{rest:02d}", f"{hours}:{rest:02d}", f"{hours:02d}{rest:02d}")
        ),
    ).map("".join)


def _offset_fraction(minutes: int) -> st.SearchStrategy[str] | None:
    """``+5.5``, ``+5.75``, ``−9.5``, and hours.minutes ``+5.30``, ``+5.45``."""
    if minutes % 60 == 0:
        return None
    hours, rest = divmod(abs(minutes), 60)
    decimal = {15: ".25", 30: ".5", 45: ".75"}[rest]
    return st.tuples(
        st.sampled_from(_offset_signs(minutes)),
        st.sampled_from((f"{hours}{decimal}", f"{hours}.{rest}")),
    ).map("".join)


def _offset_link(minutes: int) -> st.SearchStrategy[str] | None:
    """``[[UTC+06:00]]``, ``[[UTC+06:00|+6]]``."""
    text = _offset_text(minutes)
    short = ("+" if minutes >= 0 else "−") + str(abs(minutes) // 60)
    shown = short if minutes % 60 == 0 else text
    return st.sampled_from((f"[[UTC{text}]]", f"[[UTC{text}|{shown}]]"))


def _offset_template(minutes: int) -> st.SearchStrategy[str] | None:
    """``{{UTC+6}}``, ``{{UTC−5}}``, ``{{UTC+05:30}}``, ``{{UTC+5:45}}``; zero as ``{{UTC}}``."""
    if minutes == 0:
        return st.sampled_from(("{{UTC}}", "{{UTC+0}}", "{{UTC±0}}", "{{UTC+00:00}}"))
    hours, rest = divmod(abs(minutes), 60)
    written = [f"{hours:02d}:{rest:02d}", f"{hours}:{rest:02d}"]
    if rest == 0:
        written.append(str(hours))
    return st.tuples(
        st.sampled_from(("+",) if minutes > 0 else ("-", "−")), st.sampled_from(written)
    ).map(lambda t: "{{UTC" + t[0] + t[1] + "}}")


_OFFSET_FORMS: Final[tuple[_Form[int], ...]] = (
    _offset_hours,
    _offset_clock,
    _offset_fraction,
    _offset_link,
    _offset_template,
)


def _offset(offset: str) -> st.SearchStrategy[str]:
    return _forms(_OFFSET_FORMS, _offset_minutes(offset))


# -- coordinates ------------------------------------------------------------------------

_Coord = tuple[Coordinates, list[_Field]]


def _axis(degrees: float, minutes: float, seconds: float, negative: bool, lon: bool) -> float:
    """One axis in decimal degrees: sign × (d + m/60 + s/3600) (spec §4.1); -180 is 180."""
    magnitude = degrees + minutes / 60.0 + seconds / 3600.0
    value = -magnitude if negative else magnitude
    if lon and value == -180.0:
        value = 180.0
    return value + 0.0


def _sexagesimal(value: float, limit: int, places: int, seconds: bool) -> tuple[int, float, float]:
    """Degrees, minutes (and seconds) near ``|value|``; the last part rounded to ``places``."""
    degrees = int(abs(value))
    rest = (abs(value) - degrees) * 60
    if seconds:
        minutes = float(int(rest))
        secs = round((rest - minutes) * 60, places)
        if secs >= 60:
            minutes, secs = minutes + 1, 0.0
    else:
        minutes, secs = round(rest, places), 0.0
    if minutes >= 60:
        degrees, minutes = degrees + 1, 0.0
    if degrees >= limit:
        return limit, 0.0, 0.0
    return degrees, minutes, secs


@st.composite
def _coord_tail(draw: st.DrawFn, c: Coordinates) -> str:
    """The coordinate parameters (``region:KZ_type:city``) and named arguments."""
    params = [f"region:{c.region}"] if c.region is not None else []
    params += draw(
        st.lists(st.sampled_from(("type:city", "type:city(89079)", "dim:5000")), max_size=1)
    )
    params = draw(st.permutations(params))
    named = [f"display={c.display}"] if c.display is not None else []
    named += draw(st.lists(st.sampled_from(("format=dms", "format=dec", "name=X")), max_size=1))
    return "".join("|" + part for part in ["_".join(params)] * bool(params) + named)


@st.composite
def _coord_template(draw: st.DrawFn, c: Coordinates, args: Sequence[str]) -> list[_Field]:
    name = _pick(draw, ("coord", "Coord", "Coor dms", "coor", "coords", "Coor at d"))
    sep = _pick(draw, ("|", " | "))
    tail = draw(_coord_tail(c)).replace("|", sep)
    return [_Field("coordinates", "{{" + name + sep + sep.join(args) + tail + "}}")]


def _minus(draw: st.DrawFn) -> str:
    return _pick(draw, ("-", "−"))


@st.composite
def _coord_signed(draw: st.DrawFn, c: Coordinates) -> _Coord:
    """``{{coord|47.78|-67.7}}``: signed decimal degrees."""

    def signed(value: float) -> str:
        return (_minus(draw) if value < 0 else "") + _decimal_text(abs(value))

    return c, draw(_coord_template(c, [signed(c.lat), signed(c.lon)]))


@st.composite
def _coord_letters(draw: st.DrawFn, c: Coordinates) -> _Coord:
    """``{{coord|47.78|N|67.7|W}}``: decimal degrees with hemisphere letters."""
    args = [
        _decimal_text(abs(c.lat)),
        "S" if c.lat < 0 else "N",
        _decimal_text(abs(c.lon)),
        "W" if c.lon < 0 else "E",
    ]
    return c, draw(_coord_template(c, args))


@st.composite
def _coord_sexagesimal(draw: st.DrawFn, c: Coordinates) -> _Coord:
    """``{{coord|47|47|N|67|42|E}}`` and ``{{coord|47|47|12.5|N|67|42|0|E}}``."""
    seconds = draw(st.booleans())
    places = draw(st.integers(0, 1))
    args: list[str] = []
    values = []
    for value, limit, letters, lon in ((c.lat, 90, "NS", False), (c.lon, 180, "EW", True)):
        d, m, s = _sexagesimal(value, limit, places, seconds)
        negative = value < 0
        values.append(_axis(d, m, s, negative, lon))
        args += [str(d), _decimal_text(m)]
        if seconds:
            args.append(_decimal_text(s))
        args.append(letters[negative])
    written = attrs.evolve(c, lat=values[0], lon=values[1])
    return written, draw(_coord_template(written, args))


#: The legacy families' parameter names: degrees, minutes, seconds, hemisphere per axis.
_LEGACY_FAMILIES: Final = (
    (("latd", "latm", "lats", "latNS"), ("longd", "longm", "longs", "longEW")),
    (("lat_deg", "lat_min", "lat_sec", "lat_dir"), ("lon_deg", "lon_min", "lon_sec", "lon_dir")),
    (("lat_d", "lat_m", "lat_s", "lat_NS"), ("long_d", "long_m", "long_s", "long_EW")),
)
#: Hemisphere letters as legacy parameters write them (Russian С, Ю, В, З too).
_LEGACY_LETTERS: Final = (("N", "S", "E", "W"), ("n", "s", "e", "w"), ("С", "Ю", "В", "З"))


def _legacy_region(c: Coordinates) -> list[_Field]:
    fields = []
    if c.region is not None:
        fields.append(_Field("coordinates_region", c.region))
    if c.display is not None:
        fields.append(_Field("coordinates_display", c.display))
    return fields


@st.composite
def _coord_legacy(draw: st.DrawFn, c: Coordinates) -> _Coord:
    """``latd``/``latm``/``lats``/``latNS`` (or ``lat_deg``…, ``lat_d``…), letters or signs."""
    family = _pick(draw, _LEGACY_FAMILIES)
    letters = _pick(draw, _LEGACY_LETTERS)
    signed = draw(st.booleans())
    style = _pick(draw, ("dms", "dm", "degrees"))
    places = draw(st.integers(0, 1))
    fields: list[_Field] = []
    values = []
    for (keys, limit, lon), value in zip(
        ((family[0], 90, False), (family[1], 180, True)), (c.lat, c.lon), strict=True
    ):
        negative = value < 0
        if style == "degrees":
            d_text, parts = _decimal_text(abs(value)), ["", ""]
            values.append(value + 0.0)
        else:
            d, m, s = _sexagesimal(value, limit, places, style == "dms")
            d_text, parts = str(d), [_decimal_text(m), _decimal_text(s) if style == "dms" else ""]
            values.append(_axis(d, m, s, negative, lon))
        letter = letters[2 * lon + negative]
        if signed and negative:
            d_text, letter = _minus(draw) + d_text, ""
        elif signed and draw(st.booleans()):
            letter = ""  # no letter and no sign: N or E is assumed (with an info diagnostic)
        for key, text in zip(keys, (d_text, *parts, letter), strict=True):
            if text or draw(st.booleans()):
                fields.append(_Field(key, text))
    written = attrs.evolve(c, lat=values[0], lon=values[1])
    return written, fields + _legacy_region(written)


def _coord_latitude(c: Coordinates) -> st.SearchStrategy[_Coord]:
    """``latitude = 47.78`` and ``longitude = -67.7``: the decimal legacy pair."""
    fields = [_Field("latitude", _decimal_text(c.lat)), _Field("longitude", _decimal_text(c.lon))]
    return st.just((c, fields + _legacy_region(c)))


_COORD_FORMS: Final[tuple[Callable[[Coordinates], st.SearchStrategy[_Coord]], ...]] = (
    _coord_signed,
    _coord_letters,
    _coord_sexagesimal,
    _coord_legacy,
    _coord_latitude,
)


# -- files, URLs and refs -------------------------------------------------------------------


def _file_plain(file: str) -> st.SearchStrategy[str] | None:
    """``Jezkazgan.jpg``."""
    return st.just(file)


def _file_prefixed(file: str) -> st.SearchStrategy[str] | None:
    """``File:Jezkazgan.jpg``, ``Image:…``, ``file: …``."""
    return st.sampled_from(("File:", "Image:", "file: ")).map(lambda prefix: prefix + file)


def _file_link(file: str) -> st.SearchStrategy[str] | None:
    """``[[File:Jezkazgan.jpg|250px]]`` and other file links."""
    return st.sampled_from(
        (
            f"[[File:{file}|250px]]",
            f"[[File:{file}|frameless|upright=1.2|alt=x]]",
            f"[[Image:{file}]]",
        )
    )


_FILE_FORMS: Final[tuple[_Form[str], ...]] = (_file_plain, _file_prefixed, _file_link)


def _has_scheme(url: str) -> bool:
    return url.startswith(("http://", "https://"))


def _url_bare(url: str) -> st.SearchStrategy[str] | None:
    """``https://example.kz`` or ``example.kz``."""
    return st.just(url)


def _url_template(url: str) -> st.SearchStrategy[str] | None:
    """``{{URL|example.kz}}``, ``{{URL|1=…}}``, ``{{official website|…}}``."""
    return st.sampled_from(
        (
            f"{{{{URL|{url}}}}}",
            f"{{{{url|{url}|Official website}}}}",
            f"{{{{URL|1={url}}}}}",
            f"{{{{official website|{url}}}}}",
        )
    )


def _url_link(url: str) -> st.SearchStrategy[str] | None:
    """``[https://example.kz Official website]`` (a URL with a scheme only)."""
    if not _has_scheme(url):
        return None
    return st.sampled_from((f"[{url} Official website]", f"[{url} {url}]", f"[{url}]"))


_URL_FORMS: Final[tuple[_Form[str], ...]] = (_url_bare, _url_template, _url_link)


@st.composite
def _ref_attributes(draw: st.DrawFn, name: str | None) -> str:
    if name is None:
        return ""
    return draw(
        st.sampled_from(
            (f' name="{name}"', f" name={name}", f" name='{name}'", f' name = "{name}" ')
        )
    )


@st.composite
def _cite_ref(draw: st.DrawFn, c: Citation) -> str:
    sep = _pick(draw, ("|", " |", "\n| ", " | "))
    eq = _pick(draw, ("=", " = "))
    items = draw(st.permutations(list(c.fields.items())))
    args = "".join(f"{sep}{key}{eq}{value}" for key, value in items)
    return f"<ref{draw(_ref_attributes(c.name))}>{{{{{c.template}{args}}}}}</ref>"


def _ref_cite(c: Citation) -> st.SearchStrategy[str] | None:
    """``<ref name="x">{{cite web |url=… |title=…}}</ref>``."""
    if c.template is None or c.author is not None:
        return None
    return _cite_ref(c)


def _ref_short(c: Citation) -> st.SearchStrategy[str] | None:
    """``{{sfn|Smith|Jones|2001|p=5}}``, ``<ref name="x">{{harvnb|Smith|2001|pp=5}}</ref>``."""
    if c.template is None or c.author is None or c.year is None:
        return None
    args = "".join(f"|{a}" for a in c.author.split("; ")) + f"|{c.year}"
    args += "".join(f"|{key}={value}" for key, value in c.fields.items())
    body = f"{{{{{c.template}{args}}}}}"
    if normalize_title(c.template).casefold() in SHORT_FOOTNOTES:
        return st.just(body)
    return _ref_attributes(c.name).map(lambda a: f"<ref{a}>{body}</ref>")


def _ref_bare(c: Citation) -> st.SearchStrategy[str] | None:
    """``<ref>[https://… Title]</ref>``, ``<ref>[https://…]</ref>``, ``<ref>Some text</ref>``."""
    if c.template is not None or (c.url is None and c.title is None):
        return None
    if c.url is None:
        body = f"{c.title}"
    else:
        body = f"[{c.url}]" if c.title is None else f"[{c.url} {c.title}]"
    return _ref_attributes(c.name).map(lambda a: f"<ref{a}>{body}</ref>")


def _ref_named(c: Citation) -> st.SearchStrategy[str] | None:
    """``<ref name="x" />``, ``<ref name=x />``: a reference to a named ref."""
    if c.template is not None or c.url is not None or c.title is not None or c.name is None:
        return None
    unquoted = st.just(f"<ref name={c.name}/>")
    return _ref_attributes(c.name).map(lambda a: f"<ref{a.rstrip()} />") | unquoted


_REF_FORMS: Final[tuple[_Form[Citation], ...]] = (_ref_cite, _ref_bare, _ref_named, _ref_short)


@functools.cache
def _decorative_citation_of(param: str) -> st.SearchStrategy[Citation]:
    return _decorative_citation(param)


@st.composite
def _decorative_citation(draw: st.DrawFn, param: str) -> Citation:
    """A citation for a ref that a page adds: any cite template's name, maybe empty fields."""
    c = draw(citation(param))
    if c.template is None or c.author is not None:
        return c
    template = _pick(draw, ("Cite web", "cite web", "Cite news", "cite book", "Citation"))
    fields = dict(c.fields)
    if draw(st.booleans()):
        fields["archive-url"] = ""
    return attrs.evolve(c, template=template, fields=fields)


# -- the families -----------------------------------------------------------------------------

_BLANKS: Final = ("", " ", "<!-- -->", "<!-- leave blank -->")


@st.composite
def _blank(draw: st.DrawFn, *params: str) -> list[_Field]:
    """Maybe an empty parameter: real infoboxes keep many (``| motto = ``)."""
    if draw(st.integers(0, 3)) != 3:
        return []
    return [_Field(param, _pick(draw, _BLANKS)) for param in params]


_TEXT_PARAMS: Final = (
    "name",
    "official_name",
    "settlement_type",
    "nickname",
    "motto",
    "etymology",
    "government_type",
    "postal_code_type",
    "area_code_type",
)
_CODE_PARAMS: Final = ("native_name_lang", "postal_code", "area_code")


@st.composite
def _write_texts(draw: st.DrawFn, s: Settlement) -> _Written:
    fields: list[_Field] = []
    for param in (*_TEXT_PARAMS, *_CODE_PARAMS):
        value: str | None = getattr(s, param)
        if value is None:
            fields += draw(_blank(param))
        elif param in _CODE_PARAMS:
            fields.append(_Field(param, _pick(draw, (value, f"{{{{nowrap|{value}}}}}"))))
        else:
            fields.append(_Field(param, draw(_text(value))))
    return s, fields


@st.composite
def _write_lists(draw: st.DrawFn, s: Settlement) -> _Written:
    fields: list[_Field] = []
    for param, items in (("other_name", s.other_names), ("native_name", s.native_names)):
        fields += [_Field(param, draw(_list(items)))] if items else draw(_blank(param))
    return s, fields


@st.composite
def _write_coordinates(draw: st.DrawFn, s: Settlement) -> _Written:
    if s.coordinates is None:
        return s, draw(_blank("coordinates"))
    written, fields = draw(st.one_of([form(s.coordinates) for form in _COORD_FORMS]))
    return attrs.evolve(s, coordinates=written), fields


@st.composite
def _write_elevation(draw: st.DrawFn, s: Settlement) -> _Written:
    metres = s.elevation_m
    if metres is None:
        return s, draw(_blank("elevation_m"))
    unit = _pick(draw, ("m", "ft", "both", "ft in m", "m in ft"))
    if unit in ("ft", "ft in m"):  # only feet: the page's value is the feet converted
        feet = round(metres / float(_M_PER_FT), 1)
        written = _times(feet, _M_PER_FT)
        if unit == "ft":
            fields = [_Field("elevation_ft", draw(_quantity(feet, "ft")))]
        else:  # the unit written in the value wins over the parameter's
            fields = [_Field("elevation_m", draw(_written_unit(feet, "ft")))]
        return attrs.evolve(s, elevation_m=written), fields
    if unit == "m in ft":
        return s, [_Field("elevation_ft", draw(_written_unit(metres, "m")))]
    fields = [_Field("elevation_m", draw(_quantity(metres, "m")))]
    if unit == "both":  # the metric value wins
        fields.append(_Field("elevation_ft", _decimal_text(round(metres / 0.3048))))
    return s, fields


@st.composite
def _write_area(draw: st.DrawFn, s: Settlement) -> _Written:
    fields: list[_Field] = []
    written: dict[str, float] = {}
    for kind in ("total", "land", "water", "urban", "metro"):
        value: float | None = getattr(s.area, f"{kind}_km2")
        if value is None:
            fields += draw(_blank(f"area_{kind}_km2"))
            continue
        unit = _pick(draw, ("km2", "km2", "sq_mi", "ha", "acre", "dunam"))
        if unit == "km2":
            fields.append(_Field(f"area_{kind}_km2", draw(_quantity(value, "km2"))))
            if draw(st.integers(0, 3)) == 3:  # a companion in square miles; km2 wins
                other = round(_divided(value, _KM2_PER["sq_mi"]), 2)
                fields.append(_Field(f"area_{kind}_sq_mi", _decimal_text(other)))
            continue
        amount = round(_divided(value, _KM2_PER[unit]), 2)
        written[f"{kind}_km2"] = _times(amount, _KM2_PER[unit])
        if draw(st.integers(0, 3)) == 3:  # the unit written in the value wins over the suffix
            suffix = _pick(draw, [other for other in ("km2", *_KM2_PER) if other != unit])
            fields.append(_Field(f"area_{kind}_{suffix}", draw(_written_unit(amount, unit))))
            continue
        fields.append(_Field(f"area_{kind}_{unit}", draw(_quantity(amount, unit))))
    return attrs.evolve(s, area=attrs.evolve(s.area, **written)), fields


@st.composite
def _write_population(draw: st.DrawFn, s: Settlement) -> _Written:
    p = s.population
    fields: list[_Field] = []
    counts = [("population_total", "population_as_of", p.total, p.as_of)]
    if p.total is None:
        fields += draw(_blank("population_total"))
        counts = []
    elif p.estimate is None and p.estimate_as_of is None and draw(st.integers(0, 4)) == 4:
        # An estimate in place of the total: the parser reads it as both.
        p = attrs.evolve(p, estimate=p.total, estimate_as_of=p.as_of)
        fields += draw(_blank("population_total"))
        counts = [("population_est", "pop_est_as_of", p.total, p.as_of)]
    elif p.estimate is not None or p.estimate_as_of is not None:
        counts.append(("population_est", "pop_est_as_of", p.estimate, p.estimate_as_of))
    if p.total is None and p.estimate_as_of is not None:
        counts.append(("population_est", "pop_est_as_of", None, p.estimate_as_of))
    if p.total is None and p.as_of is not None:
        counts.append(("population_total", "population_as_of", None, p.as_of))
    for count_param, as_of_param, count, date in counts:
        if count is not None:
            fields.append(_Field(count_param, draw(_forms(_COUNT_FORMS, count))))
        if date is None:
            fields += draw(_blank(as_of_param))
            continue
        as_of = draw(_dated(date))
        if (
            date.precision == "year"
            and not date.approximate
            and date.year >= 1000
            and draw(st.booleans())
        ):
            year = date.year
            as_of = draw(
                st.sampled_from((f"[[{year} census|{year}]]", f"{year} census", f"{year} (est.)"))
            )
        fields.append(_Field(as_of_param, as_of))
    density, computed = p.density_km2, p.density_computed
    if computed:
        total, area = p.total, s.area.total_km2
        if total is None or area is None or area <= 0:
            density, computed = None, False
        else:
            density = total / area
        per = _pick(draw, ("km2", "sq_mi"))
        fields.append(_Field(f"population_density_{per}", _pick(draw, ("auto", "Auto"))))
    elif density is None:
        fields += draw(_blank("population_density_km2"))
    elif draw(st.booleans()):
        fields.append(_Field("population_density_km2", draw(_quantity(density, "per_km2"))))
    else:
        per_sq_mi = round(_times(density, _KM2_PER["sq_mi"]), 2)
        density = _divided(per_sq_mi, _KM2_PER["sq_mi"])
        fields.append(_Field("population_density_sq_mi", draw(_quantity(per_sq_mi, "per_sq_mi"))))
    for param, count in (("population_urban", p.urban), ("population_metro", p.metro)):
        if count is None:
            fields += draw(_blank(param))
        else:
            fields.append(_Field(param, draw(_forms(_COUNT_FORMS, count))))
    if p.rank is not None:
        fields.append(_Field("population_rank", draw(_text(p.rank))))
    if p.demonym is not None:
        param = _pick(draw, ("population_demonym", "population_demonyms"))
        fields.append(_Field(param, draw(_text(p.demonym))))
    population = attrs.evolve(p, density_km2=density, density_computed=computed)
    return attrs.evolve(s, population=population), fields


@st.composite
def _write_subdivisions(draw: st.DrawFn, s: Settlement) -> _Written:
    fields: list[_Field] = []
    for sub in s.subdivisions:
        n = _suffix(sub.index)
        if sub.type is None:
            fields += draw(_blank(f"subdivision_type{n}"))
        else:
            fields.append(_Field(f"subdivision_type{n}", draw(_text(sub.type))))
        if sub.name is None:
            fields += draw(_blank(f"subdivision_name{n}"))
        else:
            by_code = _text_country_code(sub.name)  # a country: by code half the time
            if by_code is not None and draw(st.booleans()):
                written = draw(by_code)
            else:
                written = draw(_text(sub.name, (_text_flag,)))
            fields.append(_Field(f"subdivision_name{n}", written))
    return s, fields


@st.composite
def _write_established(draw: st.DrawFn, s: Settlement) -> _Written:
    fields: list[_Field] = []
    events = []
    for event in s.established:
        n = _suffix(event.index)
        if event.title is None:
            fields += draw(_blank(f"established_title{n}"))
        else:
            fields.append(_Field(f"established_title{n}", draw(_text(event.title))))
        date = event.date
        if date is None:
            fields += draw(_blank(f"established_date{n}"))
        else:
            fields.append(_Field(f"established_date{n}", draw(_dated(date, event.note))))
        events.append(event)
    return attrs.evolve(s, established=tuple(events)), fields


@st.composite
def _write_leaders(draw: st.DrawFn, s: Settlement) -> _Written:
    fields: list[_Field] = []
    for office in s.leaders:
        n = _suffix(office.index)
        if office.title is not None:
            fields.append(_Field(f"leader_title{n}", draw(_text(office.title))))
        if office.name is not None:
            fields.append(_Field(f"leader_name{n}", draw(_list(office.name.split("; ")))))
    return s, fields


@st.composite
def _write_timezones(draw: st.DrawFn, s: Settlement) -> _Written:
    fields: list[_Field] = []
    first = draw(st.integers(0, 1))  # timezone, timezone1, … or timezone1, timezone2, …
    for i, zone in enumerate(s.timezones, first):
        n = _suffix(i)
        for param, name in ((f"timezone{n}", zone.name), (f"timezone{n}_DST", zone.dst_name)):
            fields += (
                [_Field(param, draw(_text(name)))] if name is not None else draw(_blank(param))
            )
        for param, offset in (
            (f"utc_offset{n}", zone.utc_offset),
            (f"utc_offset{n}_DST", zone.dst_utc_offset),
        ):
            fields += (
                [_Field(param, draw(_offset(offset)))]
                if offset is not None
                else draw(_blank(param))
            )
    return s, fields


@st.composite
def _write_website(draw: st.DrawFn, s: Settlement) -> _Written:
    if s.website is None:
        return s, draw(_blank("website"))
    return s, [_Field("website", draw(_forms(_URL_FORMS, s.website)))]


@st.composite
def _write_images(draw: st.DrawFn, s: Settlement) -> _Written:
    fields: list[_Field] = []
    parts = {param: (caption, alt) for param, caption, alt in IMAGE_PARAMS}
    for picture in s.images:
        fields.append(_Field(picture.param, draw(_forms(_FILE_FORMS, picture.file))))
        caption, alt = parts[picture.param]
        for param, text in ((caption, picture.caption), (alt, picture.alt)):
            if param is not None and text is not None:
                fields.append(_Field(param, draw(_text(text))))
    return s, fields


#: The family writers, in the order they run (the area before the population's density).
_WRITERS: Final[tuple[Callable[[Settlement], st.SearchStrategy[_Written]], ...]] = (
    _write_texts,
    _write_lists,
    _write_images,
    _write_coordinates,
    _write_subdivisions,
    _write_established,
    _write_leaders,
    _write_elevation,
    _write_area,
    _write_population,
    _write_timezones,
    _write_website,
)


# -- decorations, order and layout --------------------------------------------------------

_COMMENTS: Final = (
    "<!-- official name -->",
    "<!--source: census-->",
    "<!-- a | b = c -->",
    "<!-- {{Infobox settlement}} -->",
    "<!--\nmultiline\n-->",
)
_MAINTENANCE: Final = (
    "{{citation needed|date=May 2020}}",
    "{{cn}}",
    "{{efn|A note.}}",
    "{{dubious}}",
)
#: Parameters the parser reads no value from.
_UNKNOWN_PARAMS: Final = (
    ("pushpin_map", "Kazakhstan"),
    ("pushpin_relief", "yes"),
    ("pushpin_map_caption", "Location in Kazakhstan"),
    ("unit_pref", "Metric"),
    ("blank_name_sec1", "Climate"),
    ("blank_info_sec1", "[[Köppen climate classification|BSk]]"),
    ("seat_type", "Seat"),
    ("image_size", "250px"),
    ("registration_plate", "09"),
    ("elevation_footnotes", ""),
    ("module", ""),
)


@st.composite
def _with_citations(
    draw: st.DrawFn, cited: Sequence[Citation], fields: list[_Field]
) -> list[_Field]:
    """Put each citation's ref after the value of its parameter.

    A parameter the page does not write gets a line of its own holding only the ref,
    which reads as an unset value.
    """
    fields = list(fields)
    for c in cited:
        where = next((i for i in reversed(range(len(fields))) if fields[i].name == c.param), None)
        if where is None:
            fields.append(_Field(c.param, ""))
            where = len(fields) - 1
        field = fields[where]
        ref = draw(_forms(_REF_FORMS, c))
        fields[where] = attrs.evolve(
            field, value=field.value + ref, citations=(*field.citations, c)
        )
    return fields


@st.composite
def _decorated(draw: st.DrawFn, field: _Field) -> _Field:
    """Refs, comments and maintenance templates after the value; white space around it.

    Most parameters get nothing (one choice), so that pages stay within Hypothesis's
    budget of choices and read like real ones.
    """
    if draw(st.integers(0, 3)) != 3:
        return field
    pieces: list[str] = []
    citations = list(field.citations)
    for _ in range(_pick(draw, (0, 0, 1, 2))):
        c = draw(_decorative_citation_of(field.name))
        pieces.append(draw(_forms(_REF_FORMS, c)))
        citations.append(c)
    if draw(st.integers(0, 3)) == 3 and not field.name.startswith("image"):
        pieces.append(_pick(draw, _MAINTENANCE))
    if draw(st.integers(0, 3)) == 3:
        pieces.append(_pick(draw, _COMMENTS))
    value = field.value
    for piece in pieces:
        value += _pick(draw, ("", " ")) + piece
    before = _pick(draw, ("", " ", "\n", "  "))
    after = _pick(draw, ("", " ", "\n", " \n"))
    return _Field(field.name, before + value + after, tuple(citations))


@st.composite
def _with_extras(draw: st.DrawFn, fields: list[_Field]) -> list[_Field]:
    """Unknown parameters, earlier duplicates (the last one wins) and stray pipes."""
    fields = list(fields)
    used = {f.name for f in fields}
    unknown = [p for p in _UNKNOWN_PARAMS if p[0] not in used]
    for name, value in (
        draw(st.lists(st.sampled_from(unknown), unique=True, max_size=3)) if unknown else []
    ):
        fields.insert(draw(st.integers(0, len(fields))), draw(_decorated(_Field(name, value))))
    for _ in range(_pick(draw, (0, 0, 1, 2))):
        if not fields:
            break
        at = draw(st.integers(0, len(fields) - 1))
        if fields[at].name:
            stale = _pick(draw, ("", "<!-- old -->", "?", "x"))
            fields.insert(draw(st.integers(0, at)), _Field(fields[at].name, stale))
    if draw(st.integers(0, 5)) == 5:
        fields.insert(draw(st.integers(0, len(fields))), _Field("", _pick(draw, ("", " ", "\n"))))
    return fields


def _citations_of(fields: Sequence[_Field]) -> tuple[Citation, ...]:
    """The citations as the parser gives them: by the last occurrence of each parameter."""
    last = {f.name: i for i, f in enumerate(fields)}
    return tuple(c for i, f in enumerate(fields) if last[f.name] == i for c in f.citations)


@st.composite
def _template_name(draw: st.DrawFn, template: str) -> str:
    """The infobox's name as written: case of the first letter, ``_``, ``Template:``, comments."""
    written = draw(
        st.sampled_from(
            (
                template,
                template[0].lower() + template[1:],
                template.replace(" ", "_"),
                "Template:" + template,
                "template:" + template,
                template.replace(" ", "  "),
            )
        )
    )
    before = _pick(draw, ("", " "))
    after = _pick(draw, ("", " ", "\n", " <!-- See Template:Infobox settlement -->"))
    return before + written + after


_SEPARATORS: Final = ("\n", " ", "", "\n\n", "\n ")
_AFTER_PIPES: Final = (" ", "", "  ", "\n", "<!-- c --> ")
_EQUALS: Final = (" = ", "=", "= ", " =", "  =  ")


@st.composite
def _layout(draw: st.DrawFn, template: str, fields: Sequence[_Field]) -> str:
    """The infobox: one parameter a line or several, aligned or not, odd spacing.

    The page has one style; a parameter now and then is written otherwise.
    """
    aligned = draw(st.booleans())
    style = (_pick(draw, _SEPARATORS), _pick(draw, _AFTER_PIPES), _pick(draw, _EQUALS))
    width = max((len(f.name) for f in fields), default=0)
    body = ""
    for f in fields:
        sep, after_pipe, eq = style
        if draw(st.integers(0, 7)) == 7:
            sep, after_pipe = _pick(draw, _SEPARATORS), _pick(draw, _AFTER_PIPES)
            eq = _pick(draw, _EQUALS)
        if not f.name:
            body += sep + "|" + f.value
            continue
        name = f.name.ljust(width) if aligned else f.name
        body += sep + "|" + after_pipe + name + eq + f.value
    closing = _pick(draw, ("\n}}", "}}", " }}", "\n\n}}"))
    return "{{" + template + body + closing


_BEFORE: Final = (
    "",
    "{{Short description|City in Kazakhstan}}\n",
    "{{Short description|Town}}\n{{Use dmy dates|date=March 2024}}\n",
    "{{Use mdy dates|date=May 2020}}\n{{Infobox person|name=Not this one}}\n",
    "{{Other uses}}\n<!-- The infobox follows -->\n",
    "{{pp-semi-indef}}\n{{More citations needed|date=May 2020}}\n\n",
)


@st.composite
def _after(draw: st.DrawFn, s: Settlement) -> str:
    subject = f"'''{s.name}'''" if s.name is not None else "The town"
    lead = draw(
        st.sampled_from(
            (
                "",
                f"\n{subject} is a city.",
                f"\n\n{subject} ({{{{lang-kk|Жезқазған}}}}) is a [[city]].<ref>Census.</ref>\n",
                f"\n{subject} is a town.\n\n== History ==\nFounded in 1938.\n\n"
                "== References ==\n{{Reflist}}\n\n[[Category:Cities]]\n",
            )
        )
    )
    return lead


@st.composite
def _pages(draw: st.DrawFn) -> tuple[Settlement, str]:
    s = draw(settlements())
    fields: list[_Field] = []
    for writer in _WRITERS:
        s, written = draw(writer(s))
        fields += written
    fields = draw(_with_citations(s.citations, fields))
    fields = draw(st.permutations([draw(_decorated(f)) for f in fields]))
    fields = draw(_with_extras(fields))
    name = draw(_template_name(s.template))
    page = _pick(draw, _BEFORE) + draw(_layout(name, fields)) + draw(_after(s))
    expected = attrs.evolve(
        s, template=_COMMENT.sub("", name).strip(), citations=resolved(_citations_of(fields))
    )
    return expected, page


def wikitext_pages(template: str | None = None) -> st.SearchStrategy[tuple[Settlement, str]]:
    """Pairs ``(settlement, page)`` where ``parse_infobox(page)`` gives ``settlement`` back.

    Back on every typed attribute: ``params`` and ``diagnostics`` are left empty.

    ``template`` None: ``{{Infobox settlement}}`` pages, as below. With any registered
    template's name (``"НП"``, ``"Divisione amministrativa"``), pages of that template
    in its wiki's conventions: its own parameter names (any of them for a value),
    numbers with the wiki's decimal mark, grouping and CLDR unit symbols (``891,68``,
    ``1.234,5 km²``), dates with its CLDR month names and year words or day first in
    numbers (``31 декабря 2018 г.``, ``31.12.2018``), English forms where the wiki
    has none (eras, decades, ``c.``); the settlement holds only what the template
    holds (see :func:`settlements`), and a type or title its label shows.

    The page writes each value one of the many ways editors do (see the module
    docstring), so the settlement is :func:`settlements`'s with the values a form
    changes: coordinates in degrees and minutes, areas in square miles or hectares,
    elevations in feet, densities per square mile, the template's name as written and
    the citations of every ref the page holds.

    A page takes about 0.1 s to draw (Hypothesis's own bookkeeping for its hundreds
    of choices, mostly), so a test on it should suppress the ``too_slow`` health
    check, and ``data_too_large`` for the largest pages, as here.

    >>> from hypothesis import HealthCheck, given, settings
    >>> from infobox import parse_infobox
    >>> slow = [HealthCheck.too_slow, HealthCheck.data_too_large]
    >>> @settings(max_examples=10, suppress_health_check=slow)
    ... @given(wikitext_pages())
    ... def test_parses_back(pair):
    ...     settlement, page = pair
    ...     assert parse_infobox(page).coordinates == settlement.coordinates
    >>> test_parses_back()
    >>> @settings(max_examples=5, suppress_health_check=slow)
    ... @given(wikitext_pages(template="НП"))
    ... def test_ru_pages(pair):
    ...     settlement, page = pair
    ...     assert parse_infobox(page).population == settlement.population
    >>> test_ru_pages()
    """
    if template is not None:
        from ._wiki_pages import template_pages

        return template_pages(_registered(template))
    return _pages()
