"""Quantities: elevation, the areas, population counts and dates, and density.

Each is a number with a unit (from a ``{{convert}}``, a unit written after the number,
or the parameter's suffix) converted to the model's unit; metric and imperial
parameters that disagree, a land or water area larger than the total, and a stated
density far from population / area are reported.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable
from typing import Final

from mwparserfromhell.nodes import Tag, Template
from mwparserfromhell.wikicode import Wikicode

from .. import wikitree
from ..diagnostics import make
from ..models import Area, Population
from ..text import descendants, plain, template_key
from ..values.units import area_to_km2, density_to_km2, is_area_unit, length_to_m
from .reader import Reader

#: A stated density may differ from population / area by this factor (docs/model.md).
_DENSITY_TOLERANCE: Final = 1.25
_AREA_UNITS: Final = (
    ("km2", "km2"),
    ("sq_mi", "sqmi"),
    ("ha", "ha"),
    ("acre", "acre"),
    ("dunam", "dunam"),
)


def length(r: Reader, prefix: str) -> float | None:
    """A length in metres from ``<prefix>_m`` or, failing that, ``<prefix>_ft``."""
    metres = converted(r, f"{prefix}_m", "m", length_to_m)
    feet = converted(r, f"{prefix}_ft", "ft", length_to_m)
    if metres is not None and feet is not None and not _close(metres, feet, 0.02):
        r.report(
            f"{prefix}_ft",
            [
                make(
                    "units.disagree",
                    f"{prefix}_m is {metres:g} m but {prefix}_ft is {feet / 0.3048:g} ft "
                    f"({feet:.1f} m); the metric value was used",
                )
            ],
        )
    return metres if metres is not None else feet


def converted(
    r: Reader,
    name: str,
    unit: str,
    convert: Callable[[float, str], float | None],
    *,
    signed: bool = True,
) -> float | None:
    """``name``'s quantity in the unit ``convert`` gives, or None with a diagnostic.

    ``signed`` False: a negative quantity (an area) is None with ``number.negative``.
    """
    quantity = r.quantity(name, unit)
    if quantity is None:
        return None
    value, given = quantity
    result = convert(value, given)
    if result is None:
        r.report(
            name,
            [
                make(
                    "number.unparseable",
                    f"{name} is given in {given!r}, which cannot be converted to the "
                    f"parameter's unit ({unit})",
                )
            ],
        )
    elif result < 0 and not signed:
        r.report(name, [make("number.negative", f"{name} is negative ({value:g})")])
        return None
    return result


def area_of(r: Reader, kind: str) -> float | None:
    values = [
        (name, converted(r, name, unit, area_to_km2, signed=False))
        for name, unit in _area_params(kind)
    ]
    given = [(name, value) for name, value in values if value is not None]
    if len(given) > 1 and not _close(given[0][1], given[1][1], 0.02):
        r.report(
            given[1][0],
            [
                make(
                    "units.disagree",
                    f"{given[0][0]} ({given[0][1]:g} km²) and "
                    f"{given[1][0]} ({given[1][1]:g} km² "
                    f"after conversion) do not agree; {given[0][0]} was used",
                )
            ],
        )
    return given[0][1] if given else None


@functools.cache
def _area_params(kind: str) -> tuple[tuple[str, str], ...]:
    """``(area_<kind>_<suffix>, unit)`` for each unit an area may be given in."""
    return tuple((f"area_{kind}_{suffix}", unit) for suffix, unit in _AREA_UNITS)


def area(r: Reader) -> Area:
    area = Area(
        total_km2=area_of(r, "total"),
        land_km2=area_of(r, "land"),
        water_km2=area_of(r, "water"),
        urban_km2=area_of(r, "urban"),
        metro_km2=area_of(r, "metro"),
    )
    if area.total_km2 is not None:
        for kind, value in (("land", area.land_km2), ("water", area.water_km2)):
            if value is not None and value > area.total_km2 * 1.0001:
                name = next(
                    f"area_{kind}_{s}"
                    for s, _ in _AREA_UNITS
                    if r.param(f"area_{kind}_{s}") is not None
                )
                r.report(
                    name,
                    [
                        make(
                            f"area.{kind}-exceeds-total",
                            f"the {kind} area ({value:g} km²) is larger than the total area "
                            f"({area.total_km2:g} km²); both were kept as written",
                        )
                    ],
                )
    return area


def count(r: Reader, name: str) -> int | None:
    """A head count; small text after it (``8,913 <small>2011</small>``) is a note.

    The small text is read as if it were in brackets, as a source usually is.
    """
    piece = r.value(name)
    if (
        piece is None
        or not (piece.has_tags or piece.has_templates)  # no <small>, no {{small}}
        or not _SMALL_KEYS & _small_keys(piece.code)
    ):
        return r.read(name, r.parse_count)
    code = piece.code
    if r.line(name) is None:
        return None
    value, found = r.parse_count(plain(_small_as_brackets(code), r.restore))
    r.report(name, found)
    return value


def population(r: Reader, area: Area) -> Population:
    """The population family; ``area`` (read before) is for the density and its check."""
    total = count(r, "population_total")
    as_of = r.date("population_as_of")
    estimate = count(r, "population_est")
    estimate_as_of = r.date("pop_est_as_of")
    if total is None and estimate is not None:
        # With no (readable) census total the estimate is the total, dated as the
        # estimate; docs/model.md. The estimate fields are filled either way.
        total, as_of = estimate, estimate_as_of
    density_km2, computed = density(r, total, area.total_km2, area.land_km2)
    return Population(
        total=total,
        urban=count(r, "population_urban"),
        metro=count(r, "population_metro"),
        as_of=as_of,
        estimate=estimate,
        estimate_as_of=estimate_as_of,
        density_km2=density_km2,
        density_computed=computed,
        rank=r.line("population_rank"),
        demonym=r.line("population_demonym") or r.line("population_demonyms"),
    )


def density(
    r: Reader, total: int | None, area: float | None, land: float | None
) -> tuple[float | None, bool]:
    for name, per in (("population_density_km2", "km2"), ("population_density_sq_mi", "sqmi")):
        text = r.line(name)
        if text is None:
            continue
        if text.strip().casefold() == "auto":
            if total is None:
                r.report(
                    name,
                    [
                        make(
                            "density.auto-without-population",
                            f"{name} is 'auto' but population_total holds no number; "
                            "no density was computed",
                        )
                    ],
                )
            elif area is None or area <= 0:
                r.report(
                    name,
                    [
                        make(
                            "density.auto-without-area",
                            f"{name} is 'auto' but there is no usable total area "
                            "(area_total_km2, _sq_mi, _ha, _acre or _dunam); "
                            "no density was computed",
                        )
                    ],
                )
            else:
                return total / area, True
            return None, False
        stated = stated_density(r, name, per)
        if stated is not None:
            check_density(r, name, stated, total, area, land)
            return stated, False
    return None, False


def stated_density(r: Reader, name: str, per: str) -> float | None:
    """The density written in ``name`` per km², honouring a unit written in the value."""
    found = r.with_unit(name, f"/{per}")
    if found is None:
        return None
    value, given = found
    if not given.startswith("/") or not is_area_unit(given[1:]):
        kind = "an area" if is_area_unit(given) else "a length"
        r.report(
            name,
            [
                make(
                    "number.unparseable",
                    f"{name} is given in {given!r}, {kind} unit, not people per area",
                )
            ],
        )
        return None
    if value < 0:
        r.report(name, [make("number.negative", f"{name} is negative ({value:g})")])
        return None
    return density_to_km2(value, given[1:])


def check_density(
    r: Reader,
    name: str,
    stated: float,
    total: int | None,
    area: float | None,
    land: float | None,
) -> None:
    """Warn when a stated density is far from population / total (or land) area."""
    if total is None or not total or area is None or area <= 0 or stated <= 0:
        return
    computed = [total / area]
    if land is not None and land > 0:
        computed.append(total / land)
    if all(max(stated, c) / min(stated, c) > _DENSITY_TOLERANCE for c in computed):
        r.report(
            name,
            [
                make(
                    "density.inconsistent",
                    f"{name} gives {stated:.6g}/km² but population_total / area is "
                    f"{computed[0]:.6g}/km²; the stated density was kept",
                )
            ],
        )


_SMALL_KEYS: Final = frozenset({"small", "smaller"})


def _small_keys(code: Wikicode) -> set[str]:
    """The names of the ``<small>`` tags and ``{{small}}`` templates in ``code``."""
    found = set()
    for node in descendants(code):
        if isinstance(node, Tag):
            found.add(str(node.tag).strip().casefold())
        elif isinstance(node, Template):
            found.add(template_key(node))
    return found & _SMALL_KEYS


def _small_as_brackets(code: Wikicode) -> Wikicode:
    """A copy of ``code`` with small text in brackets: a note after a number, not a number."""
    copy = wikitree.parse(str(code))
    for tag in copy.filter_tags(recursive=False):
        if str(tag.tag).strip().casefold() in _SMALL_KEYS and tag.contents is not None:
            with contextlib.suppress(ValueError):
                copy.replace(tag, f"({tag.contents})")
    for template in copy.filter_templates(recursive=False):
        if template_key(template) in _SMALL_KEYS and template.params:
            with contextlib.suppress(ValueError):
                copy.replace(template, f"({template.params[0].value})")
    return copy


def _close(a: float, b: float, tolerance: float) -> bool:
    return abs(a - b) <= tolerance * max(abs(a), abs(b), 1e-9)
