"""Coordinates: ``{{coord}}`` and the legacy ``latd``/``longd`` parameters, read as decimal degrees.

Two entry points, both pure and both total (they never raise for any string):

* :func:`coordinates_from_coord` reads the arguments of a ``{{coord}}`` call
  (or of one of the older names in :data:`COORD_TEMPLATES`);
* :func:`coordinates_from_legacy` reads the parameter families that came
  before ``coordinates=``: ``latd``/``latm``/``lats``/``latNS``/``longd``/…,
  ``lat_deg``/``lat_min``/…/``lon_dir`` and decimal ``latitude``/``longitude``.

Each returns a :class:`~infobox.models.Coordinates` or ``None``, and the
diagnostics that explain an absent value or a guess. A value is only returned
when it is what the text says: a contradictory sign, a misplaced hemisphere
letter or an argument that fits no form gives no value and a diagnostic.

The value of one axis is ``sign × (d + m/60 + s/3600)``, negative for S and W
(see ``Coordinates`` in ``docs/model.md``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import Final, NamedTuple, TypeVar

import attrs

from ..diagnostics import make
from ..models import Coordinates, Diagnostic

__all__ = ["COORD_TEMPLATES", "coordinates_from_coord", "coordinates_from_legacy"]

_T = TypeVar("_T")

#: Template names read as ``{{coord}}``, normalised as MediaWiki writes titles
#: (first letter upper-case, ``_`` as a space): the current name, its redirect
#: ``Coords`` and the older ``coor …`` names that English Wikipedia redirects to
#: it (Template:Coord/doc, "superseded templates"; spec §4.1). Their positional
#: arguments all follow the same forms, so one reader serves them all.
COORD_TEMPLATES: Final[frozenset[str]] = frozenset(
    {
        "Coord",
        "Coords",
        "Coor at d",
        "Coor at dm",
        "Coor at dms",
        "Coor d",
        "Coor dm",
        "Coor dms",
        "Coor dec",
        "Coor title dms",
        "Coor title dec",
        "Coor title d",
        "Coor title dm",
        "Coor",
        "Coordinate",
    }
)

# A plain decimal number: an optional sign (U+2212 is a minus too), ASCII
# digits, an optional fraction. No exponent, no thousands separator.
_NUMBER: Final = re.compile(r"([+\-\u2212]?)([0-9]+(?:\.[0-9]*)?|\.[0-9]+)")

# Hemisphere letters, spelled out case by case: str.upper() would also turn
# look-alikes such as "ſ" (long s) into "S".
_LATIN_LETTERS: Final[Mapping[str, str]] = {
    "N": "N",
    "n": "N",
    "S": "S",
    "s": "S",
    "E": "E",
    "e": "E",
    "W": "W",
    "w": "W",
}
# Russian С(евер), Ю(г), В(осток), З(апад), as the ru legacy parameters write them.
_CYRILLIC_LETTERS: Final[Mapping[str, str]] = {
    "С": "N",
    "с": "N",
    "Ю": "S",
    "ю": "S",
    "В": "E",
    "в": "E",
    "З": "W",
    "з": "W",
}
_LEGACY_LETTERS: Final[Mapping[str, str]] = {**_LATIN_LETTERS, **_CYRILLIC_LETTERS}

# Two legacy families closer than this (in degrees, about 110 m) are the same
# point written with different rounding.
_AGREEMENT: Final = 0.001

# Messages quote at most this many characters of the offending text.
_QUOTE_LIMIT: Final = 120


class _Axis(NamedTuple):
    name: str
    limit: float
    positive: str
    negative: str


_LAT: Final = _Axis("latitude", 90.0, "N", "S")
_LON: Final = _Axis("longitude", 180.0, "E", "W")


class _Number(NamedTuple):
    sign: str  # "", "+" or "-" as written
    value: float  # the magnitude


def _read_number(text: str) -> _Number | None:
    match = _NUMBER.fullmatch(text)
    if match is None:
        return None
    sign = "-" if match[1] in ("-", "\u2212") else match[1]
    return _Number(sign, float(match[2]))


def _quote(text: str) -> str:
    if len(text) > _QUOTE_LIMIT:
        text = text[: _QUOTE_LIMIT - 1] + "…"
    return f'"{text}"'


def _quote_joined(parts: Sequence[str], before: str = "", after: str = "") -> str:
    """Quote ``before + "|".join(parts) + after``, reading only as many parts as the quote shows."""
    text = before
    for i, part in enumerate(parts):
        text += ("|" if i else "") + part[:_QUOTE_LIMIT]
        if len(text) > _QUOTE_LIMIT:
            break
    else:
        text += after
    return _quote(text)


def _unparseable(message: str) -> Diagnostic:
    return make("coordinates.unparseable", message)


def _angle(
    axis: _Axis, degrees: str, minutes: str, seconds: str, letter: str | None, written: str
) -> float | Diagnostic:
    """Read one axis in decimal degrees, or return the diagnostic that says why not.

    ``letter`` is the hemisphere letter (already checked to belong to the
    axis) or ``None`` when the sign of the degrees decides. Empty minutes or
    seconds are absent.
    """
    where = f"The {axis.name} {_quote(written)}"
    if not degrees:
        return _unparseable(f"{where} has no degrees.")
    d = _read_number(degrees)
    if d is None:
        return _unparseable(f"{where} has degrees {_quote(degrees)}, which is not a number.")
    parts = [d.value]
    for unit, text in (("minutes", minutes), ("seconds", seconds)):
        if not text:
            parts.append(0.0)
            continue
        number = _read_number(text)
        if number is None:
            return _unparseable(f"{where} has {unit} {_quote(text)}, which is not a number.")
        if number.sign == "-" or not number.value < 60.0:
            return _unparseable(
                f"{where} has {unit} {_quote(text)}; {unit} must be at least 0 and less than 60."
            )
        parts.append(number.value)
    if (minutes or seconds) and not d.value.is_integer():
        return _unparseable(
            f"{where} has a fraction of a degree and also minutes or seconds, which is ambiguous."
        )
    if seconds and not parts[1].is_integer():
        return _unparseable(
            f"{where} has a fraction of a minute and also seconds, which is ambiguous."
        )
    if letter is not None and (d.sign == "-" or (d.sign == "+" and letter == axis.negative)):
        sign_name = "a minus" if d.sign == "-" else "a plus"
        return _unparseable(
            f"{where} has {sign_name} sign and the hemisphere letter {letter}, "
            "which contradict each other."
        )
    magnitude = parts[0] + parts[1] / 60.0 + parts[2] / 3600.0
    value = -magnitude if (letter == axis.negative or d.sign == "-") else magnitude
    # `not a <= x <= b` is also true for NaN, so nothing odd reaches the model.
    if not -axis.limit <= value <= axis.limit:
        amount = f"{value:.9g} degrees" if math.isfinite(value) else "a number too large to read"
        return make(
            "coordinates.out-of-range",
            f"{where} is {amount}, outside the range {-axis.limit:g} to {axis.limit:g} degrees.",
        )
    if axis is _LON and value == -180.0:
        value = 180.0  # the same meridian; one spelling keeps equal points equal
    return value + 0.0  # turns -0.0 into 0.0


def _build(
    lat: float | Diagnostic, lon: float | Diagnostic, region: str | None, display: str | None
) -> tuple[Coordinates | None, tuple[Diagnostic, ...]]:
    problems = tuple(x for x in (lat, lon) if isinstance(x, Diagnostic))
    if isinstance(lat, Diagnostic) or isinstance(lon, Diagnostic):
        return None, problems
    return Coordinates(lat=lat, lon=lon, region=region, display=display), ()


def _region(parameters: str) -> str | None:
    """Return the ``region:`` value of a coordinate-parameters argument; the last one wins."""
    region = None
    for pair in parameters.split("_"):
        key, colon, value = pair.partition(":")
        if colon and key.strip().lower() == "region":
            region = value.strip() or None
    return region


def _axis_parts(parts: Sequence[str]) -> tuple[str, str, str]:
    padded = [*parts, "", ""]
    return padded[0], padded[1], padded[2]


def coordinates_from_coord(
    positional: Sequence[str], named: Mapping[str, str]
) -> tuple[Coordinates | None, tuple[Diagnostic, ...]]:
    """Read the arguments of a ``{{coord}}`` call into coordinates.

    ``positional`` are the positional arguments in order, as plain trimmed
    text; ``named`` the named ones (``display``, ``format``, ``name``, …).
    The forms are signed decimals (``lat|lon``), decimals with letters
    (``d|N|d|W``), degrees and minutes (``d|m|N|d|m|E``) and degrees, minutes
    and seconds (``d|m|s|N|d|m|s|E``); one argument of coordinate parameters
    (``region:KZ_type:city``) may follow. ``region`` comes from it and
    ``display`` is the ``display=`` argument as written.

    >>> value, diagnostics = coordinates_from_coord(
    ...     ["47", "47", "0", "N", "67", "42", "0", "E", "region:KZ"],
    ...     {"display": "inline, title"},
    ... )
    >>> round(value.lat, 6), value.lon, value.region, value.display, diagnostics
    (47.783333, 67.7, 'KZ', 'inline, title', ())
    >>> coordinates_from_coord(["95", "N", "10", "E"], {})[1][0].code
    'coordinates.out-of-range'
    """
    args = [arg.strip() for arg in positional]
    while args and not args[-1]:
        args.pop()
    written = _quote_joined(args, "{{coord|", "}}")
    if not args:
        return None, (
            _unparseable(
                "The {{coord}} template has no coordinates; without arguments it reads them "
                "from Wikidata, which this parser does not do."
            ),
        )
    # The first hemisphere letter among the 2nd to 4th arguments sets the form.
    lat_at = next((i for i in range(1, min(4, len(args))) if args[i] in _LATIN_LETTERS), None)
    if lat_at is None:
        if len(args) < 2 or not args[1]:
            return None, (_unparseable(f"The coordinates {written} have no longitude."),)
        lat_parts, lat_letter, lat_end = args[:1], None, 1
        lon_parts, lon_letter, lon_end = args[1:2], None, 2
    else:
        lat_letter = _LATIN_LETTERS[args[lat_at]]
        if lat_letter not in (_LAT.positive, _LAT.negative):
            return None, (
                _unparseable(
                    f"The coordinates {written} give the letter {args[lat_at]} where the "
                    "latitude's N or S belongs; the latitude must come first."
                ),
            )
        search = range(lat_at + 2, min(lat_at + 5, len(args)))
        lon_at = next((i for i in search if args[i] in _LATIN_LETTERS), None)
        if lon_at is None:
            return None, (
                _unparseable(
                    f"The coordinates {written} have no E or W after the longitude's "
                    "degrees, minutes and seconds."
                ),
            )
        lon_letter = _LATIN_LETTERS[args[lon_at]]
        if lon_letter not in (_LON.positive, _LON.negative):
            return None, (
                _unparseable(
                    f"The coordinates {written} give the letter {args[lon_at]} where the "
                    "longitude's E or W belongs."
                ),
            )
        lat_parts, lat_end = args[:lat_at], lat_at + 1
        lon_parts, lon_end = args[lat_end:lon_at], lon_at + 1
    rest = args[lon_end:]
    extra = [arg for arg in rest if arg]
    if len(extra) > 1:
        shown = _quote_joined(rest)
        return None, (
            _unparseable(
                f"The coordinates {written} have more arguments after the longitude than "
                f"one argument of coordinate parameters: {shown}."
            ),
        )
    parameters = extra[0] if extra else ""
    if _read_number(parameters) is not None or parameters in _LATIN_LETTERS:
        return None, (
            _unparseable(
                f"The coordinates {written} have {_quote(parameters)} after the longitude, "
                "where coordinate parameters such as region:XX belong; the arguments fit no form "
                "of {{coord}}."
            ),
        )
    # Each axis is quoted as written, its letter included.
    lat = _angle(_LAT, *_axis_parts(lat_parts), lat_letter, "|".join(args[:lat_end]))
    lon = _angle(_LON, *_axis_parts(lon_parts), lon_letter, "|".join(args[lat_end:lon_end]))
    display = named.get("display", "").strip() or None
    return _build(lat, lon, _region(parameters), display)


# The legacy families: degrees, minutes, seconds and hemisphere keys of each axis.
_LEGACY_DMS: Final = (
    (("latd", "latm", "lats", "latNS"), ("longd", "longm", "longs", "longEW")),
    (("lat_deg", "lat_min", "lat_sec", "lat_dir"), ("lon_deg", "lon_min", "lon_sec", "lon_dir")),
)
_LEGACY_DECIMAL: Final = ("latitude", "longitude")


def _legacy_axis(
    axis: _Axis, keys: tuple[str, str, str, str], values: Mapping[str, str]
) -> tuple[float | Diagnostic, Diagnostic | None]:
    """Read one axis of a legacy D/M/S family, with an info diagnostic if a letter was assumed."""
    degrees, minutes, seconds, letter_text = (values.get(key, "").strip() for key in keys)
    written = ", ".join(
        f"{key}={value}"
        for key, value in zip(keys, (degrees, minutes, seconds, letter_text), strict=True)
        if value
    )
    if not degrees:
        missing = f"{keys[0]} is empty"
        return _unparseable(
            f"The legacy coordinates give no {axis.name} degrees ({missing}; {written})."
            if written
            else f"The legacy coordinates give no {axis.name} ({missing})."
        ), None
    letter = None
    if letter_text:
        letter = _LEGACY_LETTERS.get(letter_text)
        if letter not in (axis.positive, axis.negative):
            return _unparseable(
                f"The {axis.name} hemisphere {keys[3]}={_quote(letter_text)} is not "
                f"{axis.positive} or {axis.negative}."
            ), None
    value = _angle(axis, degrees, minutes, seconds, letter, written)
    number = _read_number(degrees)
    if isinstance(value, Diagnostic) or letter is not None or number is None or number.sign == "-":
        return value, None
    return value, make(
        "coordinates.hemisphere-assumed",
        f"The {axis.name} {_quote(written)} has no hemisphere letter ({keys[3]} is empty); "
        f"{axis.positive} was assumed.",
    )


def _about(key: str, found: _T) -> _T:
    """Name, as the diagnostic's ``param``, the legacy key a diagnostic is about."""
    return attrs.evolve(found, param=key) if isinstance(found, Diagnostic) else found


def _legacy_family(
    lat_keys: tuple[str, str, str, str],
    lon_keys: tuple[str, str, str, str],
    values: Mapping[str, str],
) -> tuple[tuple[float, float] | None, tuple[Diagnostic, ...]]:
    lat, lat_note = _legacy_axis(_LAT, lat_keys, values)
    lon, lon_note = _legacy_axis(_LON, lon_keys, values)
    lat, lat_note = _about(lat_keys[0], lat), _about(lat_keys[0], lat_note)
    lon, lon_note = _about(lon_keys[0], lon), _about(lon_keys[0], lon_note)
    notes = tuple(x for x in (lat, lat_note, lon, lon_note) if isinstance(x, Diagnostic))
    if isinstance(lat, Diagnostic) or isinstance(lon, Diagnostic):
        return None, notes
    return (lat, lon), notes


def _legacy_decimal(
    values: Mapping[str, str],
) -> tuple[tuple[float, float] | None, tuple[Diagnostic, ...]]:
    lat_key, lon_key = _LEGACY_DECIMAL
    lat_text, lon_text = (values.get(key, "").strip() for key in _LEGACY_DECIMAL)
    lat = _about(lat_key, _angle(_LAT, lat_text, "", "", None, f"{lat_key}={lat_text}"))
    lon = _about(lon_key, _angle(_LON, lon_text, "", "", None, f"{lon_key}={lon_text}"))
    problems = tuple(x for x in (lat, lon) if isinstance(x, Diagnostic))
    if isinstance(lat, Diagnostic) or isinstance(lon, Diagnostic):
        return None, problems
    return (lat, lon), ()


def coordinates_from_legacy(
    values: Mapping[str, str],
) -> tuple[Coordinates | None, tuple[Diagnostic, ...]]:
    """Read the legacy coordinate parameters into coordinates.

    ``values`` maps parameter names to plain trimmed text; absent and empty
    keys are unset. The families are ``latd``/``latm``/``lats``/``latNS`` with
    ``longd``/``longm``/``longs``/``longEW``, the same with ``lat_deg``/…/
    ``lon_dir``, and decimal ``latitude``/``longitude``; ``coordinates_region``
    and ``coordinates_display`` give ``region`` and ``display``. A missing
    hemisphere letter is taken as N or E (with an info diagnostic) unless the
    degrees carry a minus sign. The Russian letters С, Ю, В, З are N, S, E, W.
    When several families are set, all must be readable and agree.

    >>> value, diagnostics = coordinates_from_legacy(
    ...     {"latd": "47", "latm": "47", "latNS": "N", "longd": "67", "longm": "42", "longEW": "E"}
    ... )
    >>> round(value.lat, 6), value.lon, diagnostics
    (47.783333, 67.7, ())
    >>> coordinates_from_legacy({"name": "Jezkazgan"})
    (None, ())
    """
    results: list[tuple[str, tuple[float, float] | None]] = []
    diagnostics: list[Diagnostic] = []
    for lat_keys, lon_keys in _LEGACY_DMS:
        if any(values.get(key, "").strip() for key in (*lat_keys, *lon_keys)):
            point, notes = _legacy_family(lat_keys, lon_keys, values)
            results.append((f"{lat_keys[0]}/{lon_keys[0]}", point))
            diagnostics.extend(notes)
    if any(values.get(key, "").strip() for key in _LEGACY_DECIMAL):
        point, notes = _legacy_decimal(values)
        results.append(("/".join(_LEGACY_DECIMAL), point))
        diagnostics.extend(notes)
    if not results:
        return None, ()
    points = [point for _, point in results if point is not None]
    if len(points) < len(results):
        return None, tuple(diagnostics)
    first_name, (lat, lon) = results[0][0], points[0]
    for name, other in zip((name for name, _ in results[1:]), points[1:], strict=True):
        if abs(other[0] - lat) > _AGREEMENT or abs(other[1] - lon) > _AGREEMENT:
            diagnostics.append(
                make(
                    "coordinates.conflict",
                    f"The legacy parameters {first_name} give {lat:g}, {lon:g} but "
                    f"{name} give {other[0]:g}, {other[1]:g}.",
                )
            )
            return None, tuple(diagnostics)
    region = values.get("coordinates_region", "").strip() or None
    display = values.get("coordinates_display", "").strip() or None
    return Coordinates(lat=lat, lon=lon, region=region, display=display), tuple(diagnostics)
