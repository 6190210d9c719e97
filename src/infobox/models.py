"""The public data model: frozen attrs classes that hold parsed values.

Every class is frozen and slotted, and every collection is a tuple or a
:class:`FrozenMap`, so parsed values can be hashed, compared and shared.
The names and meanings are documented in ``docs/model.md``; parsing lives in
functions elsewhere (:mod:`infobox.settlement`), never in these classes, and so does
showing them (:mod:`infobox.display`: the short reprs and the notebook tables).
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Literal, TypeVar, overload

import attrs

from . import display as _display
from .errors import DateConversionError

__all__ = [
    "Alternative",
    "Area",
    "Article",
    "Citation",
    "Claim",
    "Coordinates",
    "Diagnostic",
    "Establishment",
    "Fact",
    "FrozenMap",
    "Image",
    "Leader",
    "Link",
    "Page",
    "Param",
    "PartialDate",
    "Population",
    "Profile",
    "Section",
    "Settlement",
    "Severity",
    "Subdivision",
    "Timezone",
]

Severity = Literal["error", "warning", "info"]

K = TypeVar("K")
V = TypeVar("V")
T = TypeVar("T")


class FrozenMap(Mapping[K, V]):
    """An insertion-ordered, read-only, hashable mapping.

    It compares equal to any mapping with the same items, so tests and users
    can compare it with a plain ``dict``.

    >>> m = FrozenMap({"b": 1, "a": 2})
    >>> list(m), m["a"], m == {"a": 2, "b": 1}
    (['b', 'a'], 2, True)
    >>> hash(m) == hash(FrozenMap([("a", 2), ("b", 1)]))
    True
    """

    __slots__ = ("_data", "_hash")

    def __init__(self, items: Mapping[K, V] | Iterable[tuple[K, V]] = ()) -> None:
        self._data: dict[K, V] = dict(items)
        self._hash: int | None = None

    def __getitem__(self, key: K) -> V:
        return self._data[key]

    def __contains__(self, key: object) -> bool:
        return key in self._data

    @overload
    def get(self, key: K, /) -> V | None: ...
    @overload
    def get(self, key: K, default: V | T, /) -> V | T: ...
    def get(self, key: K, default: object = None, /) -> object:
        """The value of ``key``, else ``default`` (the dict's own look-up: no KeyError raised)."""
        return self._data.get(key, default)

    def __iter__(self) -> Iterator[K]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __hash__(self) -> int:
        if self._hash is None:
            self._hash = hash(frozenset(self._data.items()))
        return self._hash

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return self._data == dict(other.items())
        return NotImplemented

    def __repr__(self) -> str:
        return f"FrozenMap({self._data!r})"


def _frozen_map(value: Mapping[Any, Any] | Iterable[tuple[Any, Any]]) -> FrozenMap[Any, Any]:
    return value if isinstance(value, FrozenMap) else FrozenMap(value)


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    return value if isinstance(value, tuple) else tuple(value)


def _optional_int(value: object) -> int | None:
    return None if value is None else int(value)  # type: ignore[call-overload]


_ISO_DATE = re.compile(
    r"^(?:(?P<qualifier>early|mid|late) )?"
    r"(?P<year>-?\d{1,4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?"
    r"(?P<approximate>[~?])?$"
)
_SPAN_DATE = re.compile(
    r"^(?:(?P<qualifier>early|mid|late) )?"
    r"(?P<sign>-?)(?:(?P<decade>\d{3})X|(?P<century>\d{2})XX)(?P<approximate>[~?])?$"
)
_SPAN_YEARS: dict[str, int] = {"decade": 10, "century": 100}
#: Among dates that start in the same year, month and day, the wider sorts first.
_PRECISION_ORDER: dict[str, int] = {"century": 0, "decade": 1, "year": 2, "month": 3, "day": 4}
_QUALIFIER_ORDER: dict[str | None, int] = {None: 0, "early": 1, "mid": 2, "late": 3}


@attrs.frozen(kw_only=False, repr=False)
class PartialDate:
    """A date known to the day, the month, the year, the decade or the century.

    Negative years count BCE (``-753`` is 753 BC); there is no year zero.
    ``str()`` gives the ISO form of the known part; :meth:`fromisoformat` reads it.

    A decade or a century (``span``) is stored by its first year as its digits
    say: ``1890`` for the 1890s, ``1800`` for the 19th century (1800–1899), ``-400``
    for the 5th century BC (499–400 BC); the first decade and century, which have
    no year 0, start at ``1`` (or ``-1``). Their ``str()`` is the Extended
    Date/Time Format (EDTF, ISO 8601-2) form: ``189X``, ``18XX``. ``qualifier``
    (``early``, ``mid``, ``late``) narrows a span and is written before it:
    ``early 18XX`` (an extension of EDTF). ``approximate`` (``c.``, ``circa``,
    ``1890?``) is EDTF's ``~`` after the date.

    >>> str(PartialDate(1954, 12, 20)), str(PartialDate(2023)), str(PartialDate(1939, 4))
    ('1954-12-20', '2023', '1939-04')
    >>> PartialDate.fromisoformat("1954-12-20") == PartialDate(1954, 12, 20)
    True
    >>> str(PartialDate(1800, span="century", qualifier="early", approximate=True))
    'early 18XX~'

    Dates are ordered by the first day of the period they name; of two that start
    on the same day the wider comes first (a century, a decade, a year, a month, a day),
    then the unqualified before ``early``, ``mid``, ``late``, then the exact before the
    approximate. This order is total and agrees with ``==``, so any dates sort:

    >>> PartialDate(1938) < PartialDate(1938, 5) < PartialDate(1938, 5, 1) < PartialDate(1939)
    True
    >>> [str(d) for d in sorted([PartialDate(1891), PartialDate(1890, span="decade")])]
    ['189X', '1891']
    """

    year: int = attrs.field(validator=attrs.validators.instance_of(int))
    month: int | None = attrs.field(default=None)
    day: int | None = attrs.field(default=None)
    span: Literal["decade", "century"] | None = attrs.field(default=None, kw_only=True)
    qualifier: Literal["early", "mid", "late"] | None = attrs.field(default=None, kw_only=True)
    approximate: bool = attrs.field(
        default=False, kw_only=True, validator=attrs.validators.instance_of(bool)
    )

    @year.validator
    def _check_year(self, _: attrs.Attribute[int], value: int) -> None:
        if value == 0 or not -9999 <= value <= 9999:
            raise ValueError(f"year must be in -9999..9999 and not 0, got {value}")

    @month.validator
    def _check_month(self, _: attrs.Attribute[int | None], value: int | None) -> None:
        if value is not None and not 1 <= value <= 12:
            raise ValueError(f"month must be in 1..12, got {value}")

    @day.validator
    def _check_day(self, _: attrs.Attribute[int | None], value: int | None) -> None:
        if value is None:
            return
        if self.month is None:
            raise ValueError("a day needs a month")
        # calendar wants a positive year; leap years repeat every 400 years.
        year = self.year if self.year > 0 else 400 - (-self.year % 400)
        last = calendar.monthrange(year, self.month)[1]
        if not 1 <= value <= last:
            raise ValueError(f"day must be in 1..{last} for {self.year}-{self.month:02d}")

    @span.validator
    def _check_span(self, _: attrs.Attribute[str | None], value: str | None) -> None:
        if value is None:
            return
        if value not in _SPAN_YEARS:
            raise ValueError(f"span must be 'decade', 'century' or None, got {value!r}")
        if self.month is not None:
            raise ValueError(f"a {value} has no month")
        size = _SPAN_YEARS[value]
        if abs(self.year) % size and abs(self.year) != 1:
            raise ValueError(f"a {value} starts at a multiple of {size} (or 1), got {self.year}")

    @qualifier.validator
    def _check_qualifier(self, _: attrs.Attribute[str | None], value: str | None) -> None:
        if value is None:
            return
        if value not in ("early", "mid", "late"):
            raise ValueError(f"qualifier must be 'early', 'mid', 'late' or None, got {value!r}")
        if self.span is None:
            raise ValueError("only a decade or a century takes a qualifier")

    @property
    def precision(self) -> Literal["century", "decade", "year", "month", "day"]:
        """How much of the date is known.

        >>> PartialDate(1954, 12).precision, PartialDate(1890, span="decade").precision
        ('month', 'decade')
        """
        if self.span is not None:
            return self.span
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def sort_key(self) -> tuple[int, int, int]:
        """A key that orders dates, unknown parts first; a span sorts at its first year.

        >>> PartialDate(1954).sort_key() < PartialDate(1954, 1).sort_key()
        True
        >>> PartialDate(-400, span="century").sort_key()
        (-499, 0, 0)
        """
        year = self.year
        if self.span is not None and year < 0:
            size = _SPAN_YEARS[self.span]
            year = -(-year // size * size + size - 1)
        return (year, self.month or 0, self.day or 0)

    def _order_key(self) -> tuple[int, int, int, int, int, bool]:
        """:meth:`sort_key`, then what tells apart dates that start on the same day."""
        return (
            *self.sort_key(),
            _PRECISION_ORDER[self.precision],
            _QUALIFIER_ORDER[self.qualifier],
            self.approximate,
        )

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._order_key() < other._order_key()

    def __le__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._order_key() <= other._order_key()

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._order_key() > other._order_key()

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._order_key() >= other._order_key()

    def to_date(self, *, strict: bool = False) -> datetime.date:
        """The first day of the period the date names, as a :class:`datetime.date`.

        A year gives its 1 January, a month its first day, a decade or a century the
        1 January of its first year (``early``/``mid``/``late`` and ``approximate``
        are not kept: the result is where the whole span starts). With
        ``strict=True`` only a date known to the day, and not approximate, converts.
        A year before 1 (BCE) never converts: ``datetime.date`` has no such year.
        What cannot convert raises :class:`~infobox.errors.DateConversionError`
        (a ``ValueError``).

        >>> PartialDate(1938, 5, 1).to_date()
        datetime.date(1938, 5, 1)
        >>> PartialDate(1938).to_date(), PartialDate(1938, 5).to_date()
        (datetime.date(1938, 1, 1), datetime.date(1938, 5, 1))
        >>> PartialDate(1890, span="decade", qualifier="late").to_date()
        datetime.date(1890, 1, 1)
        >>> PartialDate(1938).to_date(strict=True)
        Traceback (most recent call last):
          ...
        infobox.errors.DateConversionError: 1938: cannot convert to datetime.date: \
it is known to the year, not the day (strict=True)
        """
        if self.year < 1:
            raise DateConversionError(
                str(self), "datetime.date", "datetime.date has no year before 1 (1 BC is -1)"
            )
        if strict and (self.precision != "day" or self.approximate):
            why = (
                "approximate" if self.approximate else f"known to the {self.precision}, not the day"
            )
            raise DateConversionError(str(self), "datetime.date", f"it is {why} (strict=True)")
        return datetime.date(self.year, self.month or 1, self.day or 1)

    def isoformat(self) -> str:
        """The ISO 8601 calendar date: ``1938``, ``1938-05`` or ``1938-05-01``.

        For a year, a month or a day from year 1 to 9999, not approximate, this is
        what ``str()`` writes, and :meth:`fromisoformat` and (for a day)
        :meth:`datetime.date.fromisoformat` read it back. So does
        :func:`infobox.values.dates.parse_date`, but for a month whose two digits
        could be a later year (``2011-12``, which Wikipedia's style reads as 2011–12):
        it keeps the year and says ``date.ambiguous``.

        Other dates raise :class:`~infobox.errors.DateConversionError` rather than be
        misread: ISO 8601 numbers the years before 1 astronomically (``0000`` is
        1 BC, ``-0001`` is 2 BC) where a PartialDate skips 0 (``-1`` is 1 BC); its
        century ``18`` and decade ``189`` read as years elsewhere; an approximate date
        is ISO 8601-2's ``1938~``, which ``str()`` writes.

        >>> PartialDate(1938).isoformat(), PartialDate(1938, 5).isoformat()
        ('1938', '1938-05')
        >>> PartialDate(1938, 5, 1).isoformat()
        '1938-05-01'
        >>> PartialDate(-753).isoformat()
        Traceback (most recent call last):
          ...
        infobox.errors.DateConversionError: -0753: cannot convert to ISO 8601: \
a year before 1 is numbered otherwise in ISO 8601 (0000 is 1 BC); str() gives -0753
        """
        if self.year < 1:
            why = "a year before 1 is numbered otherwise in ISO 8601 (0000 is 1 BC)"
        elif self.span is not None:
            why = f"a {self.span} has no ISO 8601 date that reads back as one"
        elif self.approximate:
            why = "ISO 8601-1 has no approximate date (ISO 8601-2 writes ~ after it)"
        else:
            return str(self)
        raise DateConversionError(str(self), "ISO 8601", f"{why}; str() gives {self}")

    @classmethod
    def fromisoformat(cls, text: str) -> PartialDate:
        """Read the form that ``str()`` writes.

        >>> PartialDate.fromisoformat("-0753")
        PartialDate(year=-753, month=None, day=None)
        >>> PartialDate.fromisoformat("late 189X~").qualifier
        'late'
        >>> PartialDate.fromisoformat("189X") == PartialDate(1890, span="decade")
        True
        """
        match = _ISO_DATE.match(text)
        if match is not None and match["qualifier"] is None:
            return cls(
                int(match["year"]),
                _optional_int(match["month"]),
                _optional_int(match["day"]),
                approximate=match["approximate"] is not None,
            )
        span = _SPAN_DATE.match(text)
        if span is None:
            raise ValueError(f"not a YYYY, YYYY-MM, YYYY-MM-DD, YYYX or YYXX date: {text!r}")
        kind: Literal["decade", "century"] = "decade" if span["decade"] else "century"
        digits = int(span["decade"] or span["century"])
        year = digits * _SPAN_YEARS[kind] or 1
        return cls(
            -year if span["sign"] else year,
            span=kind,
            qualifier=span["qualifier"],  # type: ignore[arg-type]
            approximate=span["approximate"] is not None,
        )

    def __str__(self) -> str:
        sign = "-" if self.year < 0 else ""
        if self.span == "decade":
            text = f"{sign}{abs(self.year) // 10:03d}X"
        elif self.span == "century":
            text = f"{sign}{abs(self.year) // 100:02d}XX"
        elif self.month is None:
            text = f"{sign}{abs(self.year):04d}"
        elif self.day is None:
            text = f"{sign}{abs(self.year):04d}-{self.month:02d}"
        else:
            text = f"{sign}{abs(self.year):04d}-{self.month:02d}-{self.day:02d}"
        if self.approximate:
            text += "~"
        return f"{self.qualifier} {text}" if self.qualifier else text

    def __repr__(self) -> str:
        extra = "".join(
            f", {name}={value!r}"
            for name, value, default in (
                ("span", self.span, None),
                ("qualifier", self.qualifier, None),
                ("approximate", self.approximate, False),
            )
            if value != default
        )
        return f"PartialDate(year={self.year!r}, month={self.month!r}, day={self.day!r}{extra})"


def _check_lat(_: object, __: attrs.Attribute[float], value: float) -> None:
    if not -90.0 <= value <= 90.0:
        raise ValueError(f"latitude must be in [-90, 90], got {value}")


def _check_lon(_: object, __: attrs.Attribute[float], value: float) -> None:
    if not -180.0 <= value <= 180.0:
        raise ValueError(f"longitude must be in [-180, 180], got {value}")


@attrs.frozen(kw_only=True)
class Coordinates:
    """A point in decimal degrees, south and west negative.

    >>> Coordinates(lat=47.783333, lon=67.7, region="KZ").lon
    67.7
    """

    lat: float = attrs.field(converter=float, validator=_check_lat)
    lon: float = attrs.field(converter=float, validator=_check_lon)
    region: str | None = None
    display: str | None = None


def _optional_float(value: object) -> float | None:
    return None if value is None else float(value)  # type: ignore[arg-type]


@attrs.frozen(kw_only=True)
class Area:
    """Areas in square kilometres.

    >>> Area(total_km2=47).total_km2
    47.0
    """

    total_km2: float | None = attrs.field(default=None, converter=_optional_float)
    land_km2: float | None = attrs.field(default=None, converter=_optional_float)
    water_km2: float | None = attrs.field(default=None, converter=_optional_float)
    urban_km2: float | None = attrs.field(default=None, converter=_optional_float)
    metro_km2: float | None = attrs.field(default=None, converter=_optional_float)


@attrs.frozen(kw_only=True)
class Population:
    """Head counts, their date and the density per square kilometre.

    ``estimate``/``estimate_as_of`` are ``population_est``/``pop_est_as_of``;
    with no ``population_total`` the estimate is the total too (docs/model.md).

    >>> Population(total=89079, as_of=PartialDate(2023)).total
    89079
    >>> Population(total=1, estimate=2, estimate_as_of=PartialDate(2024)).estimate
    2
    """

    total: int | None = None
    urban: int | None = None
    metro: int | None = None
    as_of: PartialDate | None = None
    estimate: int | None = None
    estimate_as_of: PartialDate | None = None
    density_km2: float | None = attrs.field(default=None, converter=_optional_float)
    density_computed: bool = False
    rank: str | None = None
    demonym: str | None = None


@attrs.frozen(kw_only=True)
class Subdivision:
    """One level of the place's location, from ``subdivision_typeN``/``subdivision_nameN``.

    >>> Subdivision(index=1, type="Region", name="Ulytau Region").name
    'Ulytau Region'
    """

    index: int
    type: str | None = None
    name: str | None = None


@attrs.frozen(kw_only=True)
class Establishment:
    """One event of the place's history, from ``established_titleN``/``established_dateN``.

    >>> Establishment(index=0, title="Founded", date=PartialDate(1939)).date
    PartialDate(year=1939, month=None, day=None)
    """

    index: int
    title: str | None = None
    date: PartialDate | None = None
    note: str | None = None


@attrs.frozen(kw_only=True)
class Leader:
    """An office and its holder(s), from ``leader_titleN``/``leader_nameN``.

    >>> Leader(index=0, title="Mayor", name="A; B").name
    'A; B'
    """

    index: int
    title: str | None = None
    name: str | None = None


@attrs.frozen(kw_only=True)
class Timezone:
    """A time zone and its offsets, normalised to ``+HH:MM``.

    >>> Timezone(name="GMT+6", utc_offset="+06:00").utc_offset
    '+06:00'
    """

    name: str | None = None
    utc_offset: str | None = None
    dst_name: str | None = None
    dst_utc_offset: str | None = None


@attrs.frozen(kw_only=True)
class Image:
    """An image parameter that names a file.

    >>> Image(param="image_seal", file="Seal Zhezkazgan.png").file
    'Seal Zhezkazgan.png'
    """

    param: str
    file: str
    caption: str | None = None
    alt: str | None = None


@attrs.frozen(kw_only=True)
class Citation:
    """One ``<ref>`` (or ``{{sfn}}``) found in the infobox, with its cite template's fields.

    ``author``, ``year`` and ``pages`` are a short citation's (``{{sfn|Smith|Jones|2001|p=5}}``,
    ``{{harvnb|…}}``): the authors joined by ``; ``, the year, ``p=`` or ``pp=``.

    >>> Citation(param="leader_name", template="Cite web", url="https://x.kz").url
    'https://x.kz'
    >>> Citation(param="name", template="sfn", author="Smith; Jones", year="2001").year
    '2001'
    """

    param: str
    name: str | None = None
    template: str | None = None
    url: str | None = None
    title: str | None = None
    date: str | None = None
    author: str | None = None
    year: str | None = None
    pages: str | None = None
    fields: Mapping[str, str] = attrs.field(factory=FrozenMap, converter=_frozen_map)


@attrs.frozen(kw_only=True)
class Link:
    """A wikilink inside a value: its target page and the text shown.

    >>> Link(target="Ulytau Region", text="Ulytau Region").target
    'Ulytau Region'
    """

    target: str
    text: str


@attrs.frozen(kw_only=True)
class Param:
    """One template parameter exactly as written.

    ``raw`` is the value's wikitext with the white space around it trimmed,
    and ``text[start:end] == raw`` for the ``text`` that was parsed.

    >>> Param(name="elevation_m", raw="300", text="300", start=10, end=13).raw
    '300'
    """

    name: str
    raw: str
    text: str
    links: tuple[Link, ...] = attrs.field(default=(), converter=_tuple)
    start: int
    end: int


@attrs.frozen(kw_only=True)
class Diagnostic:
    """Something the parser repaired, guessed, found inconsistent or could not read.

    ``code`` is stable (see ``docs/diagnostics.md``); ``start``/``end`` are
    offsets in the parsed text when the problem has a place.

    >>> Diagnostic(code="param.duplicate", severity="warning", message="m").severity
    'warning'
    """

    code: str
    severity: Severity = attrs.field(validator=attrs.validators.in_(("error", "warning", "info")))
    message: str
    param: str | None = None
    start: int | None = None
    end: int | None = None


@attrs.frozen(kw_only=True)
class Settlement:
    """What :func:`infobox.parse_infobox` returns: one settlement infobox, typed.

    Its repr is a one-line summary; :meth:`full_repr` gives every field, and a
    notebook shows a table (:mod:`infobox.display`).

    >>> s = Settlement(template="Infobox settlement", name="Jezkazgan")
    >>> s.name
    'Jezkazgan'
    >>> s
    <Settlement name='Jezkazgan' template='Infobox settlement' params=0 diagnostics=0>
    """

    template: str
    #: The language edition whose conventions were applied (``"en"``, ``"ru"``, …).
    wiki: str | None = None
    name: str | None = None
    official_name: str | None = None
    other_names: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    native_names: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    native_name_lang: str | None = None
    settlement_type: str | None = None
    nickname: str | None = None
    motto: str | None = None
    etymology: str | None = None
    coordinates: Coordinates | None = None
    elevation_m: float | None = attrs.field(default=None, converter=_optional_float)
    area: Area = attrs.field(factory=Area)
    population: Population = attrs.field(factory=Population)
    subdivisions: tuple[Subdivision, ...] = attrs.field(default=(), converter=_tuple)
    country: str | None = None
    country_code: str | None = None
    established: tuple[Establishment, ...] = attrs.field(default=(), converter=_tuple)
    leaders: tuple[Leader, ...] = attrs.field(default=(), converter=_tuple)
    government_type: str | None = None
    timezones: tuple[Timezone, ...] = attrs.field(default=(), converter=_tuple)
    postal_code: str | None = None
    postal_code_type: str | None = None
    area_code: str | None = None
    area_code_type: str | None = None
    website: str | None = None
    images: tuple[Image, ...] = attrs.field(default=(), converter=_tuple)
    citations: tuple[Citation, ...] = attrs.field(default=(), converter=_tuple)
    params: Mapping[str, Param] = attrs.field(factory=FrozenMap, converter=_frozen_map)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), converter=_tuple)

    def diagnostics_with(self, code: str) -> tuple[Diagnostic, ...]:
        """The diagnostics whose code is ``code``, in order.

        >>> Settlement(template="Infobox city").diagnostics_with("param.duplicate")
        ()
        """
        return tuple(d for d in self.diagnostics if d.code == code)

    def __repr__(self) -> str:
        """A one-line summary (:func:`infobox.display.short_repr`); :meth:`full_repr` gives all."""
        return _display.short_repr(self)

    def full_repr(self) -> str:
        """The repr attrs writes, every nested value in full (:func:`infobox.display.full_repr`).

        >>> Settlement(template="Infobox city", name="A").full_repr()[:55]
        "Settlement(template='Infobox city', wiki=None, name='A'"
        """
        return _display.full_repr(self)

    def _repr_html_(self) -> str:
        """The table a notebook shows (:func:`infobox.display.html_table`)."""
        return _display.html_table(self)


#: What a fact's value may be: a count or year (int), a measure (float), a word (str).
FactValue = int | float | str


@attrs.frozen(kw_only=True)
class Fact:
    """One typed statement read from an article's sentence.

    ``start`` and ``end`` are the offsets of the evidence (the number and its unit)
    in the text given to :func:`infobox.parse_article`; ``sentence`` is the whole
    sentence as a reader sees it.

    >>> f = Fact(kind="founded", value=1938, sentence="It was founded in 1938.", start=18, end=22)
    >>> f.kind, f.value, f.unit, dict(f.qualifiers)
    ('founded', 1938, None, {})
    """

    kind: str
    value: FactValue
    unit: str | None = None
    qualifiers: Mapping[str, str] = attrs.field(factory=FrozenMap, converter=_frozen_map)
    sentence: str = ""
    start: int = 0
    end: int = 0


@attrs.frozen(kw_only=True)
class Section:
    """A section of an article: its heading, paragraphs and list items.

    The lead has ``title`` None and ``level`` 0; ``== History ==`` has level 2.

    >>> Section(title="History", level=2, paragraphs=("Founded in 1938.",)).paragraphs
    ('Founded in 1938.',)
    """

    title: str | None = None
    level: int = 0
    paragraphs: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    items: tuple[str, ...] = attrs.field(default=(), converter=_tuple)


@attrs.frozen(kw_only=True)
class Article:
    """What :func:`infobox.parse_article` returns: an article's structure and facts.

    Its repr is a one-line summary; :meth:`full_repr` gives every field.

    >>> Article(lang="en").sections
    ()
    """

    title: str | None = None
    lang: str = "und"
    sections: tuple[Section, ...] = attrs.field(default=(), converter=_tuple)
    facts: tuple[Fact, ...] = attrs.field(default=(), converter=_tuple)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), converter=_tuple)

    def facts_of(self, kind: str) -> tuple[Fact, ...]:
        """The facts of one kind, in the order of the text.

        >>> Article(facts=(Fact(kind="founded", value=1938),)).facts_of("founded")[0].value
        1938
        """
        return tuple(f for f in self.facts if f.kind == kind)

    def __repr__(self) -> str:
        """A one-line summary (:func:`infobox.display.short_repr`); :meth:`full_repr` gives all."""
        return _display.short_repr(self)

    def full_repr(self) -> str:
        """The repr attrs writes, every nested value in full (:func:`infobox.display.full_repr`).

        >>> Article(lang="en").full_repr()
        "Article(title=None, lang='en', sections=(), facts=(), diagnostics=())"
        """
        return _display.full_repr(self)


@attrs.frozen(kw_only=True)
class Page:
    """What :func:`infobox.parse_page` returns: a whole wiki page, infobox and article.

    Its repr is a one-line summary of both parts; :meth:`full_repr` gives every field.

    >>> Page(article=Article(lang="en")).settlement is None
    True
    """

    settlement: Settlement | None = None
    article: Article = attrs.field(factory=Article)
    categories: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), converter=_tuple)

    def __repr__(self) -> str:
        """A one-line summary (:func:`infobox.display.short_repr`); :meth:`full_repr` gives all."""
        return _display.short_repr(self)

    def full_repr(self) -> str:
        """The repr attrs writes, every nested value in full (:func:`infobox.display.full_repr`).

        >>> Page(article=Article(title="A")).full_repr()[:59]
        "Page(settlement=None, article=Article(title='A', lang='und'"
        """
        return _display.full_repr(self)


#: What a claim's value may be: a count or year, a measure, a name, or a position.
ClaimValue = int | float | str | Coordinates


@attrs.frozen(kw_only=True)
class Alternative:
    """A value a claim did not choose, with the sources that give it and why not.

    ``reason`` is one of ``older``, ``undated``, ``former``, ``table``, ``minority``, ``tie``
    or ``agrees`` (the same value within tolerance, or the same name spelled
    otherwise, listed so that nothing a source said is lost).

    >>> a = Alternative(value=90000, as_of=PartialDate(1999), sources=("old",), reason="older")
    >>> a.value, str(a.as_of), a.reason
    (90000, '1999', 'older')
    """

    value: ClaimValue
    as_of: PartialDate | None = None
    sources: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    reason: str = "minority"


@attrs.frozen(kw_only=True)
class Claim:
    """One field of a place's profile: the value chosen, its sources, what else was said.

    ``conflict`` is true when sources truly disagree — values that differ beyond
    tolerance and are not explained by one being older, undated or former.

    >>> c = Claim(field="founded", value=1938, sources=("lv.txt", "en-old.txt"))
    >>> c.value, c.conflict, c.alternatives
    (1938, False, ())
    """

    field: str
    value: ClaimValue
    as_of: PartialDate | None = None
    sources: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    alternatives: tuple[Alternative, ...] = attrs.field(default=(), converter=_tuple)
    conflict: bool = False


@attrs.frozen(kw_only=True)
class Profile:
    """What :func:`infobox.reconcile` returns: one place, merged from several sources.

    Its repr is a one-line summary; :meth:`full_repr` gives every field, and a
    notebook shows a table of the claims (:mod:`infobox.display`).

    >>> Profile(name="Jezkazgan").claims
    FrozenMap({})
    >>> Profile(name="Jezkazgan")
    <Profile name='Jezkazgan' claims=0 sources=0 diagnostics=0>
    """

    name: str | None = None
    claims: Mapping[str, Claim] = attrs.field(factory=FrozenMap, converter=_frozen_map)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), converter=_tuple)

    def __repr__(self) -> str:
        """A one-line summary (:func:`infobox.display.short_repr`); :meth:`full_repr` gives all."""
        return _display.short_repr(self)

    def full_repr(self) -> str:
        """The repr attrs writes, every nested value in full (:func:`infobox.display.full_repr`).

        >>> Profile(name="A").full_repr()
        "Profile(name='A', claims=FrozenMap({}), diagnostics=())"
        """
        return _display.full_repr(self)

    def _repr_html_(self) -> str:
        """The table a notebook shows (:func:`infobox.display.html_table`)."""
        return _display.html_table(self)
