"""``{{convert}}`` as an article's reader sees it: the written value and its unit's symbol.

In article text ``{{convert|13|C|F}}`` shows ``13 °C (55 °F)`` and
``{{convert|1.6|sqmi|km2}}`` ``1.6 square miles (4.1 km²)``. The fact rules read units
by their symbols, which are the same in every language, so the article reader shows
the value as written and its unit's symbol: ``13 °C``, ``1.6 sq mi``. The converted
value in brackets is left out: Module:Convert rounds it by rules of its own, and a
value we rounded differently would be a fact we made up. The fact rules convert the
written value themselves, with the library's exact factors.

The symbols are Module:Convert's (``Module:Convert/documentation/conversion data``),
with ``²`` and ``³`` for its superscripts. ``abbr=`` only chooses between a unit's
name and its symbol, so it changes nothing here; ``disp=unit`` shows the unit alone,
every other ``disp=`` (``or``, ``x``, ``out``, ``table`` …) the value and its unit.
A unit code missing from the table is shown as written, as the infobox reader shows it.

The rendering for infobox values (:meth:`infobox.text.plain`) is not this one: the
value parsers read ``{{convert}}`` from its arguments and keep their own form.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Final

__all__ = ["UNIT_SYMBOLS", "conversion_text", "convert_text", "unit_symbol"]

#: ``{{convert}}`` unit code -> the symbol a reader sees. One entry per code that
#: Module:Convert accepts for settlement quantities: lengths, areas, temperatures,
#: heights, speeds, densities, volumes, masses, power. Aliases (``sqkm``, ``mi2``,
#: ``feet``) map to their unit's symbol.
UNIT_SYMBOLS: Final[Mapping[str, str]] = MappingProxyType(
    {
        # Length and elevation.
        "m": "m",
        "metre": "m",
        "metres": "m",
        "meter": "m",
        "meters": "m",
        "km": "km",
        "kilometre": "km",
        "kilometres": "km",
        "kilometer": "km",
        "kilometers": "km",
        "cm": "cm",
        "mm": "mm",
        "mi": "mi",
        "mile": "mi",
        "miles": "mi",
        "ft": "ft",
        "foot": "ft",
        "feet": "ft",
        "yd": "yd",
        "yard": "yd",
        "yards": "yd",
        "in": "in",
        "inch": "in",
        "inches": "in",
        "nmi": "nmi",
        # Area.
        "km2": "km²",
        "sqkm": "km²",
        "m2": "m²",
        "sqm": "m²",
        "cm2": "cm²",
        "sqmi": "sq mi",
        "mi2": "sq mi",
        "sqft": "sq ft",
        "ft2": "sq ft",
        "sqyd": "sq yd",
        "yd2": "sq yd",
        "ha": "ha",
        "hectare": "ha",
        "hectares": "ha",
        "acre": "acre",
        "acres": "acre",
        "dunam": "dunam",
        # Temperature, and temperature differences.
        "C": "°C",
        "°C": "°C",
        "F": "°F",
        "°F": "°F",
        "K": "K",
        "C-change": "°C",
        "F-change": "°F",
        "K-change": "K",
        # Population density.
        "/km2": "/km²",
        "/sqkm": "/km²",
        "PD/km2": "/km²",
        "/sqmi": "/sq mi",
        "/mi2": "/sq mi",
        "PD/sqmi": "/sq mi",
        "/ha": "/ha",
        "PD/ha": "/ha",
        "/acre": "/acre",
        "PD/acre": "/acre",
        # Speed.
        "km/h": "km/h",
        "kph": "km/h",
        "mph": "mph",
        "m/s": "m/s",
        "kn": "kn",
        # Volume and flow.
        "m3": "m³",
        "km3": "km³",
        "L": "L",
        "l": "L",
        "m3/s": "m³/s",
        "cuft": "cu ft",
        "ft3": "cu ft",
        "cuft/s": "cu ft/s",
        # Mass.
        "kg": "kg",
        "t": "t",
        "lb": "lb",
        # Power.
        "kW": "kW",
        "MW": "MW",
        "GW": "GW",
    }
)

#: A range's word (the second argument of ``{{convert|5|to|10|km}}``) -> what it shows.
_RANGE: Final[Mapping[str, str]] = MappingProxyType(
    {
        "to": " to ",
        "to(-)": " to ",
        "-to-": " to ",
        "to about": " to about ",
        "-": "–",
        "–": "–",
        "—": "–",
        "and": " and ",
        "and(-)": " and ",
        "or": " or ",
        "x": " × ",
        "×": " × ",
        "by": " by ",
        "+/-": " ± ",
        "±": " ± ",
        "+": " + ",
        ",": ", ",
        ", and": ", and ",
        ", or": ", or ",
    }
)

# The value of a unit said once: acre for one, acres for more (Module:Convert's plural).
_PLURAL: Final[Mapping[str, str]] = MappingProxyType({"acre": "acres", "dunam": "dunams"})
_ONE: Final = re.compile(r"[+]?1(?:\.0*)?")
# A plain number: sign, digits with group commas, decimals.
_NUMBER: Final = re.compile(r"[+\-\u2212]?(?:\d[\d,]*(?:\.\d*)?|\.\d+)")
# A fraction, mixed or not: 1/2, 1+1/2, -1-1/2.
_FRACTION: Final = re.compile(
    r"(?P<sign>[\-\u2212]?)(?:(?P<whole>\d+)[+\-])?(?P<num>\d+)/(?P<den>\d+)"
)
#: The pairs of units a value may be given in (Module:Convert's input multiples).
_TWO_UNITS: Final = frozenset(
    {("ft", "in"), ("mi", "yd"), ("mi", "ft"), ("yd", "ft"), ("km", "m"), ("m", "cm")}
)
_GLYPHS: Final[Mapping[tuple[str, str], str]] = MappingProxyType(
    {
        ("1", "2"): "½",
        ("1", "3"): "⅓",
        ("2", "3"): "⅔",
        ("1", "4"): "¼",
        ("3", "4"): "¾",
        ("1", "8"): "⅛",
        ("3", "8"): "⅜",
        ("5", "8"): "⅝",
        ("7", "8"): "⅞",
    }
)


def unit_symbol(code: str, value: str = "") -> str:
    """The symbol of a ``{{convert}}`` unit code, or the code as written if unknown.

    >>> unit_symbol("sqmi"), unit_symbol("C"), unit_symbol("acre", "220"), unit_symbol("furlong")
    ('sq mi', '°C', 'acres', 'furlong')
    """
    symbol = UNIT_SYMBOLS.get(code.strip())
    if symbol is None:
        return code.strip()
    if symbol in _PLURAL and not _ONE.fullmatch(value.strip()):
        return _PLURAL[symbol]
    return symbol


def _value(text: str) -> str:
    """A ``{{convert}}`` input number as Module:Convert shows it (fractions as glyphs)."""
    text = text.strip()
    fraction = _FRACTION.fullmatch(text)
    if fraction is None:
        return text
    sign = "−" if fraction["sign"] else ""
    glyph = _GLYPHS.get((fraction["num"], fraction["den"]))
    # A fraction without a glyph is written with "/" (Module:Convert shows the fraction
    # slash, U+2044): the fact rules take no number next to "/" for a value, while
    # "3⁄16 mi" would read as 16 mi.
    shown = glyph or f"{fraction['num']}/{fraction['den']}"
    if fraction["whole"]:
        return f"{sign}{fraction['whole']}{shown if glyph else ' ' + shown}"
    return f"{sign}{shown}"


def _is_number(text: str) -> bool:
    text = text.strip()
    return bool(_NUMBER.fullmatch(text) or _FRACTION.fullmatch(text))


def convert_text(positional: Sequence[str], named: Mapping[str, str]) -> str:
    """What a reader sees of ``{{convert}}`` (and ``{{cvt}}``): the value and its unit's symbol.

    ``positional`` and ``named`` are the call's arguments as plain text, numbered as
    MediaWiki numbers them (``2=km`` is the second positional argument).

    >>> convert_text(["13", "C", "F"], {}), convert_text(["1.6", "sqmi", "km2"], {"abbr": "on"})
    ('13 °C', '1.6 sq mi')
    >>> convert_text(["5", "to", "10", "km"], {}), convert_text(["5", "-", "10", "mi", "km"], {})
    ('5 to 10 km', '5–10 mi')
    >>> convert_text(["5", "ft", "11", "in", "cm"], {}), convert_text(["3", "km"], {"disp": "unit"})
    ('5 ft 11 in', 'km')
    """
    args = [arg.strip() for arg in positional]
    if not args:
        return ""
    shown = [_value(args[0])]
    at = 1
    # A range: value, word, value, …, unit.
    while at + 1 < len(args) and args[at] in _RANGE and _is_number(args[at + 1]):
        shown += [_RANGE[args[at]], _value(args[at + 1])]
        at += 2
    if at >= len(args) or not args[at]:
        return "".join(shown)
    unit = unit_symbol(args[at], args[at - 1])
    if named.get("disp", "").strip() == "unit":
        return unit
    text = f"{''.join(shown)} {unit}"
    # A value in two units: {{convert|5|ft|11|in|cm}} shows 5 ft 11 in.
    if (
        len(shown) == 1
        and at + 2 < len(args)
        and (UNIT_SYMBOLS.get(args[at]), UNIT_SYMBOLS.get(args[at + 2])) in _TWO_UNITS
        and _NUMBER.fullmatch(args[at + 1])
    ):
        text += f" {_value(args[at + 1])} {unit_symbol(args[at + 2], args[at + 1])}"
    return text


def conversion_text(value: str, end: str, unit: str) -> str:
    """What a reader sees of ``{{km2 to mi2|12}}``: ``12 km²``; ``end`` ends a range.

    >>> conversion_text("12", "", "km2"), conversion_text("3", "5", "sqmi")
    ('12 km²', '3 to 5 sq mi')
    """
    shown = value.strip()
    if end.strip()[:1].isdecimal():
        shown = f"{shown} to {end.strip()}"
    return f"{shown} {unit_symbol(unit, end or value)}"
