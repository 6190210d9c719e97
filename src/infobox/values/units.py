"""Units of area and length: the parameter suffixes, exact conversions and ``{{convert}}``.

The factors are exact (spec §3.2, the same as DBpedia's): 1 sq mi =
2.589988110336 km², 1 ha = 0.01 km², 1 acre = 0.0040468564224 km², 1 dunam =
0.001 km² (the metric dunam), 1 m² = 10⁻⁶ km², 1 sq ft = 9.290304 × 10⁻⁸ km²;
1 ft = 0.3048 m, 1 mi = 1609.344 m, 1 km = 1000 m.

A conversion multiplies the exact binary value of the float by the exact
decimal factor and rounds once, so the result is the float nearest the true
product (``area_to_km2(1, "sqmi")`` is exactly ``2.589988110336``).

A value may state its own unit (``1.2 km``, ``12.5 sq mi``, ``40/sq mi``,
``5 ft 11 in``): :func:`parse_quantity` reads the number and the unit written
after it, and the caller converts from that unit rather than the parameter's
suffix. Conversion templates such as ``{{km2 to mi2|12}}`` are read as
``{{convert}}`` is (see :func:`conversion_template_unit`).

Unit names are matched without regard to case, ``_``, spaces, ``²`` or ``^2``
(``sq_mi``, ``sq mi``, ``SQMI``, ``mi²`` are one unit). Each unit has one
canonical name: ``km2``, ``sqmi``, ``ha``, ``acre``, ``dunam``, ``m2``,
``sqft`` for areas and ``m``, ``ft``, ``km``, ``mi`` for lengths.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal, localcontext
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

from ..diagnostics import make
from ..models import Diagnostic
from .numbers import parse_number, parse_number_and_rest

if TYPE_CHECKING:
    from ..locale import Locale

__all__ = [
    "AREA_SUFFIXES",
    "area_to_km2",
    "conversion_template_unit",
    "density_to_km2",
    "is_area_unit",
    "length_to_m",
    "parse_quantity",
    "quantity_from_convert",
]

#: Area parameter suffix (``area_total_sq_mi`` → ``sq_mi``) → canonical unit (spec §1.9).
AREA_SUFFIXES: Final[Mapping[str, str]] = MappingProxyType(
    {"km2": "km2", "sq_mi": "sqmi", "ha": "ha", "acre": "acre", "dunam": "dunam"}
)

# Canonical unit -> its size in km² or m, exactly.
_KM2_PER_UNIT: Final[Mapping[str, Decimal]] = MappingProxyType(
    {
        "km2": Decimal(1),
        "sqmi": Decimal("2.589988110336"),
        "ha": Decimal("0.01"),
        "acre": Decimal("0.0040468564224"),
        "dunam": Decimal("0.001"),
        "m2": Decimal("0.000001"),
        "sqft": Decimal("0.00000009290304"),
    }
)
_M_PER_UNIT: Final[Mapping[str, Decimal]] = MappingProxyType(
    {
        "m": Decimal(1),
        "ft": Decimal("0.3048"),
        "km": Decimal(1000),
        "mi": Decimal("1609.344"),
        "in": Decimal("0.0254"),
        "yd": Decimal("0.9144"),
        "cm": Decimal("0.01"),
        "mm": Decimal("0.001"),
    }
)

# Unit spelling (normalised by _key) -> canonical unit.
_AREA_ALIASES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "km2": "km2",
        "sqkm": "km2",
        "squarekilometre": "km2",
        "squarekilometres": "km2",
        "squarekilometer": "km2",
        "squarekilometers": "km2",
        "sqmi": "sqmi",
        "sqmile": "sqmi",
        "sqmiles": "sqmi",
        "mi2": "sqmi",
        "squaremile": "sqmi",
        "squaremiles": "sqmi",
        "ha": "ha",
        "hectare": "ha",
        "hectares": "ha",
        "acre": "acre",
        "acres": "acre",
        "dunam": "dunam",
        "dunams": "dunam",
        "m2": "m2",
        "sqm": "m2",
        "squaremetre": "m2",
        "squaremetres": "m2",
        "squaremeter": "m2",
        "squaremeters": "m2",
        "sqft": "sqft",
        "ft2": "sqft",
        "squarefoot": "sqft",
        "squarefeet": "sqft",
    }
)
_LENGTH_ALIASES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "m": "m",
        "metre": "m",
        "metres": "m",
        "meter": "m",
        "meters": "m",
        "ft": "ft",
        "foot": "ft",
        "feet": "ft",
        "km": "km",
        "kilometre": "km",
        "kilometres": "km",
        "kilometer": "km",
        "kilometers": "km",
        "mi": "mi",
        "mile": "mi",
        "miles": "mi",
        "in": "in",
        "inch": "in",
        "inches": "in",
        "yd": "yd",
        "yard": "yd",
        "yards": "yd",
        "cm": "cm",
        "centimetre": "cm",
        "centimetres": "cm",
        "centimeter": "cm",
        "centimeters": "cm",
        "mm": "mm",
        "millimetre": "mm",
        "millimetres": "mm",
        "millimeter": "mm",
        "millimeters": "mm",
    }
)

# The second argument of {{convert}} when the call gives a range (spec §4.2).
_RANGE_WORDS: Final = frozenset(
    {
        "to",
        "to(-)",
        "-",
        "\u2013",  # –
        "\u2014",  # —
        "\u2212",  # −
        "and",
        "and(-)",
        "or",
        "x",
        "\u00d7",  # ×
        "by",
        "+/-",
        "\u00b1",  # ±
        "+",
        ",",
        ", and",
        ", or",
        "-to-",
        "to about",
    }
)


def _key(unit: str) -> str:
    """Make the case, ``_``, white space and squares of a unit spelling uniform."""
    key = unit.lower().replace("²", "2").replace("^2", "2").replace("_", "")
    return "".join(key.split()).replace(".", "")


def _canonical(unit: str) -> str | None:
    """Return the canonical name of a known area or length unit, else None."""
    key = _key(unit)
    return _AREA_ALIASES.get(key) or _LENGTH_ALIASES.get(key)


def _times(value: float, factor: Decimal) -> float:
    """``value × factor`` rounded once to the nearest float."""
    if not math.isfinite(value):
        return value * float(factor)
    with localcontext() as context:
        context.prec = 80
        return float(Decimal(value) * factor)


def area_to_km2(value: float, unit: str) -> float | None:
    """Convert an area to square kilometres; None if the unit is not a known area unit.

    >>> area_to_km2(1, "sq mi"), area_to_km2(250, "ha"), area_to_km2(3, "parsec")
    (2.589988110336, 2.5, None)
    """
    canonical = _AREA_ALIASES.get(_key(unit))
    return None if canonical is None else _times(value, _KM2_PER_UNIT[canonical])


def length_to_m(value: float, unit: str) -> float | None:
    """Convert a length or elevation to metres; None if the unit is not a known length unit.

    >>> length_to_m(1000, "ft"), length_to_m(1, "mi"), length_to_m(1, "fathom")
    (304.8, 1609.344, None)
    """
    canonical = _LENGTH_ALIASES.get(_key(unit))
    return None if canonical is None else _times(value, _M_PER_UNIT[canonical])


def density_to_km2(value: float, per_unit: str) -> float:
    """Convert a density per ``per_unit`` of area (e.g. per square mile) to one per km².

    ``per_unit`` comes from a parameter name, not from the text, so an unknown
    unit is a programming error and raises :class:`ValueError`.

    >>> density_to_km2(100, "sqmi"), density_to_km2(3, "ha")
    (38.610215854244586, 300.0)
    """
    canonical = _AREA_ALIASES.get(_key(per_unit))
    if canonical is None:
        raise ValueError(f"not an area unit: {per_unit!r}")
    factor = _KM2_PER_UNIT[canonical]
    if not math.isfinite(value):
        return value / float(factor)
    with localcontext() as context:
        context.prec = 80
        return float(Decimal(value) / factor)


def quantity_from_convert(
    positional: Sequence[str], named: Mapping[str, str]
) -> tuple[tuple[float, str] | None, tuple[Diagnostic, ...]]:
    """Read the value and unit of a ``{{convert}}``/``{{cvt}}`` call from its rendered arguments.

    The first argument is read with :func:`~infobox.values.numbers.parse_number`;
    the second is the unit, returned under its canonical name when it is a
    known area or length unit and as written (trimmed) otherwise. ``1=`` and
    ``2=`` in ``named`` override the positional arguments, as in MediaWiki;
    other named arguments (``abbr``, ``disp``, ``order`` …) only change the
    display and are ignored. A range (``{{convert|2|to|5|km|mi}}``) gives
    ``number.ambiguous``; a missing value or unit gives ``number.unparseable``.

    >>> quantity_from_convert(["1,234.5", "ft", "m", "0"], {})[0]
    (1234.5, 'ft')
    >>> quantity_from_convert(["47", "sq mi", "km2"], {"abbr": "on"})[0]
    (47.0, 'sqmi')
    >>> [d.code for d in quantity_from_convert(["2", "to", "5", "km", "mi"], {})[1]]
    ['number.ambiguous']
    """
    args = list(positional[:2])
    args += [""] * (2 - len(args))
    for index in range(2):
        if str(index + 1) in named:
            args[index] = named[str(index + 1)]
    raw_value, raw_unit = (arg.strip() for arg in args)
    if raw_unit.lower() in _RANGE_WORDS:
        return None, (
            make(
                "number.ambiguous",
                f"{{{{convert}}}} gives a range ({raw_value} {raw_unit} …), not one value",
            ),
        )
    number, diagnostics = parse_number(raw_value)
    if number is None:
        if not diagnostics:
            diagnostics = (make("number.unparseable", "{{convert}} has no value"),)
        return None, diagnostics
    if not raw_unit:
        return None, (
            *diagnostics,
            make("number.unparseable", f"{{{{convert}}}} of {raw_value!r} has no unit"),
        )
    return (number.value, _canonical(raw_unit) or raw_unit), diagnostics


# --- units written in a value ---------------------------------------------------------

_SQUARED = r"\s*(?:2|\u00b2|\^2)"
_SQ = r"(?:sq\.?|square)\s*"
# Unit spellings after a number -> canonical unit, tried in order (areas before the
# lengths they contain, longer names before their prefixes).
_AREA_WRITTEN: Final = (
    ("km2", rf"km{_SQUARED}|{_SQ}(?:km|kilomet(?:re|er)s?)"),
    ("sqmi", rf"mi{_SQUARED}|{_SQ}(?:mi(?:les?)?)\.?"),
    ("sqft", rf"ft{_SQUARED}|{_SQ}(?:ft|feet|foot)"),
    ("m2", rf"m{_SQUARED}|{_SQ}(?:m|met(?:re|er)s?)"),
    ("ha", r"ha|hectares?"),
    ("acre", r"acres?|ac"),
    ("dunam", r"dunams?|dunums?|donums?"),
)
_LENGTH_WRITTEN: Final = (
    ("km", r"km|kilomet(?:re|er)s?"),
    ("mi", r"mi|miles?"),
    ("mm", r"mm|millimet(?:re|er)s?"),
    ("cm", r"cm|centimet(?:re|er)s?"),
    ("m", r"m|met(?:re|er)s?"),
    ("ft", r"ft|feet|foot|\u2032|'"),
    # "in" is also an English word ("300 in the valley"): it is a unit only when
    # nothing but a bracket, punctuation or the end follows it.
    ("in", r"inch(?:es)?|in(?=\s*(?:$|[(\[,;:.]))|\u2033|\""),
    ("yd", r"yd|yards?"),
)
# A unit ends where no letter or digit follows it.
_END = r"(?![^\W_])"
_WRITTEN: Final = re.compile(
    r"\s*(?:(?P<per>(?:(?:inhabitants|inh\.?|people|persons|residents|pop\.?)\s*)?"
    r"(?:/|per\s)\s*)?)"
    r"(?:"
    + "|".join(
        rf"(?P<{unit}>(?:{pattern}){_END})" for unit, pattern in (*_AREA_WRITTEN, *_LENGTH_WRITTEN)
    )
    + ")",
    re.IGNORECASE,
)
# Feet and inches written together: 6 ft 6 in, 5′11″, 6' 2".
_FEET_INCHES: Final = re.compile(
    # The number starts where a run of digits does, so a long run is scanned once.
    r"(?<![\d,.])(?P<ft>\d[\d,]*+(?:\.\d+)?+)\s*+(?:ft|feet|foot|\u2032|')\.?\s*+"
    r"(?P<in>\d++(?:\.\d+)?+)\s*+"
    r"(?:inch(?:es)?\b|in(?=\s*(?:$|[(\[,;:.]))\.?|\u2033|\"|'')",
    re.IGNORECASE,
)
_AREA_CANONICAL: Final = frozenset(unit for unit, _ in _AREA_WRITTEN)


def is_area_unit(unit: str) -> bool:
    """Whether ``unit`` (a canonical name or any alias) is a unit of area.

    >>> is_area_unit("sq mi"), is_area_unit("km")
    (True, False)
    """
    return _key(unit) in _AREA_ALIASES


def _feet_and_inches(text: str) -> str:
    """``5 ft 11 in`` rewritten as the inches it stands for (``71 in``), exactly."""
    match = _FEET_INCHES.search(text)
    if match is None:
        return text
    feet, _ = parse_number(match["ft"])
    if feet is None:
        return text
    with localcontext() as context:
        context.prec = 80
        inches = Decimal(feet.value) * 12 + Decimal(match["in"])
    return f"{text[: match.start()]}{inches.normalize():f}\u2033{text[match.end() :]}"


def parse_quantity(
    text: str, *, decimal_comma: bool = False, locale: Locale | None = None
) -> tuple[tuple[float, str | None] | None, tuple[Diagnostic, ...]]:
    """Read a number and the unit written right after it, from a rendered value.

    The unit is given by its canonical name (``km2``, ``sqmi``, ``m``, ``ft``,
    ``in`` …), as ``/`` and an area unit for a density (``40 /sq mi``,
    ``12 per km²``, ``inhabitants/km2``: ``/sqmi``, ``/km2``), or None when no
    known unit follows the number (the caller then uses the parameter's unit).
    Feet and inches written together (``6 ft 6 in``, ``5′11″``) give the total
    in inches. ``in`` is read as inches only when nothing but punctuation, a
    bracket or the end of the text follows it. The number is read as
    :func:`~infobox.values.numbers.parse_number` reads it.

    >>> parse_quantity("1.2 km")[0], parse_quantity("40 /sq mi")[0]
    ((1.2, 'km'), (40.0, '/sqmi'))
    >>> parse_quantity("5 ft 11 in")[0], parse_quantity("1,234 people")[0]
    ((71.0, 'in'), (1234.0, None))

    With a ``locale`` the number is read in its conventions, and the unit
    symbols CLDR gives the language (``км²``, ``м``, ``га``, ``平方公里``) are
    read too, ``2`` standing for ``²``.

    >>> from infobox.locale import locale_for
    >>> parse_quantity("891,68 км²", locale=locale_for("ru"))[0]
    (891.68, 'km2')
    """
    found, diagnostics = parse_number_and_rest(
        _feet_and_inches(text), decimal_comma=decimal_comma, locale=locale
    )
    if found is None:
        return None, diagnostics
    number, rest = found
    match = _WRITTEN.match(rest)
    unit: str | None = None
    if match is None and locale is not None:
        unit = _locale_unit(rest, locale)
    elif match is not None:
        unit = next(name for name, value in match.groupdict().items() if name != "per" and value)
        if match["per"]:
            # Only an area can follow "per"; "/m" or "per ft" is no density unit.
            unit = f"/{unit}" if unit in _AREA_CANONICAL else None
    return (number.value, unit), diagnostics


@functools.cache
def _locale_symbols(locale: Locale) -> tuple[tuple[str, str], ...]:
    """The locale's unit symbols (``²`` as ``2``) and their units, the longest first."""
    symbols = {symbol.replace("²", "2"): unit for symbol, unit in locale.units.items()}
    return tuple(sorted(symbols.items(), key=lambda item: -len(item[0])))


def _locale_unit(rest: str, locale: Locale) -> str | None:
    """The canonical unit of a locale's symbol at the start of ``rest`` (``/`` for a density)."""
    text = " ".join(rest.split()).casefold().replace("²", "2")
    per = text.startswith("/")
    text = text.removeprefix("/").lstrip()
    for symbol, unit in _locale_symbols(locale):
        after = text[len(symbol) : len(symbol) + 1]
        if text.startswith(symbol) and not after.isalnum():
            if per:
                return f"/{unit}" if unit in _AREA_CANONICAL else None
            return unit
    return None


def conversion_template_unit(name: str) -> str | None:
    """The unit a conversion template such as ``{{km2 to mi2}}`` or ``{{m to ft}}`` reads.

    These templates (``{{ft to m}}``, ``{{mi2 to km2}}``, ``{{ha to acre}}`` …)
    take the value as their first argument (or ``num=``), an optional second
    number as the end of a range, and show the value in the unit before "to".
    Any name "<unit> to <unit>" whose two units are known units of one kind
    (both areas or both lengths) is read this way, so redirects such as
    ``{{sq mi to km2}}`` are too. Other names give None.

    >>> conversion_template_unit("Km2 to mi2"), conversion_template_unit("m to ft")
    ('km2', 'm')
    >>> conversion_template_unit("km2 to ft") is None
    True
    """
    source, sep, target = name.replace("_", " ").strip().lower().partition(" to ")
    if not sep:
        return None
    source_key, target_key = _key(source), _key(target)
    for aliases in (_AREA_ALIASES, _LENGTH_ALIASES):
        if source_key in aliases and target_key in aliases:
            return aliases[source_key]
    return None
