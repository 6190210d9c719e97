"""Coordinates: a ``{{coord}}`` in ``coordinates``, else the legacy latd/longd family.

When both are given and disagree, ``{{coord}}`` wins with ``coordinates.conflict``.
"""

from __future__ import annotations

from typing import Final

from ..diagnostics import make
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
    code = r.code("coordinates")
    if code is not None:
        templates = find_templates(code, _COORD_KEYS)
        if templates:
            positional, named = args_plain(templates[0], r.restore)
            from_coord, found = coordinates_from_coord(positional, named)
            r.report("coordinates", found)
        elif r.given("coordinates") and not find_templates(code, WIKIDATA_KEYS):
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
