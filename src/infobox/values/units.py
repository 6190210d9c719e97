"""Units of area and length: the parameter suffixes, exact conversions and ``{{convert}}``.

The factors are exact (spec §3.2, the same as DBpedia's): 1 sq mi =
2.589988110336 km², 1 ha = 0.01 km², 1 acre = 0.0040468564224 km², 1 dunam =
0.001 km² (the metric dunam), 1 m² = 10⁻⁶ km², 1 sq ft = 9.290304 × 10⁻⁸ km²;
1 ft = 0.3048 m, 1 mi = 1609.344 m, 1 km = 1000 m.

A conversion multiplies the exact binary value of the float by the exact
decimal factor and rounds once, so the result is the float nearest the true
product (``area_to_km2(1, "sqmi")`` is exactly ``2.589988110336``).

Unit names are matched without regard to case, ``_``, spaces, ``²`` or ``^2``
(``sq_mi``, ``sq mi``, ``SQMI``, ``mi²`` are one unit). Each unit has one
canonical name: ``km2``, ``sqmi``, ``ha``, ``acre``, ``dunam``, ``m2``,
``sqft`` for areas and ``m``, ``ft``, ``km``, ``mi`` for lengths.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from decimal import Decimal, localcontext
from types import MappingProxyType
from typing import Final

from ..diagnostics import make
from ..models import Diagnostic
from .numbers import parse_number

__all__ = [
    "AREA_SUFFIXES",
    "area_to_km2",
    "density_to_km2",
    "length_to_m",
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
    {"m": Decimal(1), "ft": Decimal("0.3048"), "km": Decimal(1000), "mi": Decimal("1609.344")}
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
