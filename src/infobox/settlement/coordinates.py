"""Coordinates: a ``{{coord}}`` in ``coordinates``, else the legacy latd/longd family.

When both are given and disagree, ``{{coord}}`` wins with ``coordinates.conflict``.
Some wikis' templates write ``coordinates`` as plain text instead of a ``{{coord}}``
(plwiki ``współrzędne = 52°31′7″N 13°24′30″E``): such a value is read as the legacy
degrees, minutes, seconds and hemisphere letters it spells out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from ..diagnostics import make
from ..locale import HEMISPHERE_LETTERS
from ..models import Coordinates
from ..text import args_plain, find_templates
from ..values.coordinates import COORD_TEMPLATES, coordinates_from_coord, coordinates_from_legacy
from .reader import WIKIDATA_KEYS, Reader, excerpt

_COORD_KEYS: Final = frozenset(name.casefold() for name in COORD_TEMPLATES)
_LEGACY_COORDS: Final = (
    "latd",
    "latm",
    "lats",
    "latNS",
    "longd",
    "longm",
    "longs",
    "longEW",
    "lat_deg",
    "lat_min",
    "lat_sec",
    "lat_dir",
    "lon_deg",
    "lon_min",
    "lon_sec",
    "lon_dir",
    "latitude",
    "longitude",
    "coordinates_region",
    "coordinates_display",
)
# One axis written as plain text: degrees, then optional minutes and seconds, then a
# hemisphere letter (52°31′7″N, 42° 31' N). Numbers stay as written: the legacy reader
# says what it cannot read.
_AXIS: Final = (
    r"([0-9]+(?:[.,][0-9]+)?)\s*°\s*"
    r"(?:([0-9]+(?:[.,][0-9]+)?)\s*[′']\s*)?"
    r"(?:([0-9]+(?:[.,][0-9]+)?)\s*(?:[″\"]|′′|'')\s*)?"
    r"([^\W\d_])"
)
_PLAIN_POINT: Final = re.compile(rf"\s*{_AXIS}[\s,;]+{_AXIS}\s*")
_PLAIN_KEYS: Final = ("latd", "latm", "lats", "latNS", "longd", "longm", "longs", "longEW")

# The two legacy D/M/S families, each as its latitude keys and its longitude keys.
_DMS_FAMILIES: Final = (
    (("latd", "latm", "lats", "latNS"), ("longd", "longm", "longs", "longEW")),
    (("lat_deg", "lat_min", "lat_sec", "lat_dir"), ("lon_deg", "lon_min", "lon_sec", "lon_dir")),
)

#: Older infoboxes' names for the legacy family, read as the names they stand for.
_LEGACY_ALIASES: Final = {
    "lat_d": "latd",
    "lat_m": "latm",
    "lat_s": "lats",
    "lat_NS": "latNS",
    "long_d": "longd",
    "long_m": "longm",
    "long_s": "longs",
    "long_EW": "longEW",
}


def coordinates(r: Reader) -> Coordinates | None:
    from_coord: Coordinates | None = None
    piece = r.value("coordinates")
    if piece is not None:
        templates = find_templates(piece.code, _COORD_KEYS) if piece.has_templates else []
        if templates:
            positional, named = args_plain(templates[0], r.restore)
            from_coord, found = coordinates_from_coord(positional, named)
            r.report("coordinates", found)
        elif (
            plain := _plain_point(
                r.line("coordinates"), HEMISPHERE_LETTERS.get(r.locale.language, {})
            )
        ) is not None:
            from_coord, found = coordinates_from_legacy(plain)
            r.report("coordinates", found)
        elif r.given("coordinates") and not (
            piece.has_templates and find_templates(piece.code, WIKIDATA_KEYS)
        ):
            r.report(
                "coordinates",
                [
                    make(
                        "coordinates.unparseable",
                        f"{r.written('coordinates')} holds no {{{{coord}}}} template: "
                        f"{excerpt(r.raw('coordinates'))}",
                    )
                ],
            )
    written = {key: key for key in _LEGACY_COORDS} | _LEGACY_ALIASES
    legacy: dict[str, str] = {}
    where: dict[str, str] = {}
    for param, key in written.items():
        text = r.line(param)
        if text is not None and key not in legacy:
            legacy[key], where[key] = text, param
    _join_halves(legacy, where)
    from_legacy: Coordinates | None = None
    if any(key not in ("coordinates_region", "coordinates_display") for key in legacy):
        from_legacy, found = coordinates_from_legacy(legacy)
        first = next(iter(where.values()))
        for diagnostic in found:  # param names the legacy key a diagnostic is about
            r.report(where.get(diagnostic.param or "", first), [diagnostic])
    if (
        from_coord is not None
        and from_legacy is not None
        and (
            abs(from_coord.lat - from_legacy.lat) > 1e-3
            or abs(from_coord.lon - from_legacy.lon) > 1e-3
        )
    ):
        r.report(
            "coordinates",
            [
                make(
                    "coordinates.conflict",
                    f"{{{{coord}}}} gives {from_coord.lat:.5f}, {from_coord.lon:.5f} "
                    "but the legacy "
                    f"latd/longd parameters give {from_legacy.lat:.5f}, {from_legacy.lon:.5f}; "
                    "the {{coord}} value was used",
                )
            ],
        )
    return from_coord if from_coord is not None else from_legacy


def _plain_point(
    text: str | None, letters: Mapping[str, str] | None = None
) -> dict[str, str] | None:
    """The legacy keys a plain-text point spells out (``52°31′7″N 13°24′30″E``), or None.

    ``letters`` maps the wiki's own compass letters to N, S, E or W.

    >>> _plain_point("42° 31' N, 08° 49' W")["longEW"]
    'W'
    >>> _plain_point("42° 31' N, 08° 49' O", {"O": "W"})["longEW"]
    'W'
    """
    match = _PLAIN_POINT.fullmatch(text) if text else None
    if match is None:
        return None
    keys = {key: value for key, value in zip(_PLAIN_KEYS, match.groups(), strict=True) if value}
    for key in ("latNS", "longEW"):
        if letters and keys.get(key) in letters:
            keys[key] = letters[keys[key]]
    return keys


def _join_halves(legacy: dict[str, str], where: dict[str, str]) -> None:
    """Move a longitude written in one D/M/S family to the other that has only a latitude.

    plwiki writes each hemisphere under its own parameters (``stopniN``, ``stopniW``),
    which the template's spec maps to the two families: a northern latitude and a
    western longitude are then one point written half in each.
    """
    (lat1, lon1), (lat2, lon2) = _DMS_FAMILIES
    given = {keys: any(legacy.get(key) for key in keys) for keys in (lat1, lon1, lat2, lon2)}
    if given[lat1] and given[lon2] and not given[lon1] and not given[lat2]:
        moves = zip(lon2, lon1, strict=True)
    elif given[lat2] and given[lon1] and not given[lon2] and not given[lat1]:
        moves = zip(lat2, lat1, strict=True)
    else:
        return
    for source, target in moves:
        if source in legacy:
            legacy[target], where[target] = legacy.pop(source), where.pop(source)
