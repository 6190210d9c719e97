"""The parameters English Wikipedia's ``{{Infobox settlement}}`` defines, as data.

:data:`NAMES` is every parameter name the template reads (numbered families
expanded over the ranges the template documents) plus the legacy names this
library still reads; :func:`is_defined` tells whether a name is one of them and
:func:`suggest` gives the defined name a misspelt one most likely meant.
:data:`SOURCE` says where the list comes from. The list applies to the English
template and its redirects (:data:`infobox.names.SETTLEMENT_TEMPLATES`), which
all share its parameters.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterable, Iterator
from typing import Final

__all__ = ["LEGACY", "NAMES", "SOURCE", "is_defined", "suggest"]

SOURCE: Final = (
    "English Wikipedia, Template:Infobox settlement: the parameter table and the "
    "'complete empty syntax' of Template:Infobox settlement/doc (copies on the wikis "
    "that import it: as.wikipedia, sa.wikipedia, yo.wikipedia, limswiki.org), checked "
    "against three independent lists of its parameters — the DBpedia mapping "
    "'Mapping en:Infobox settlement' (dbpedia/extraction-framework, mappings/Mapping_en.xml), "
    "the constants of org.neo4art WikipediaSettlementInfoboxParser.java (2015) and the "
    "field list of the CenPop census bot (CenPop.infobox_fields, 2017) — and against the "
    "parameters used by real pages (fixtures/real/settlement). Ranges of numbered "
    "families follow the documentation (e.g. established_title1…7, subdivision_type1…6, "
    "p1…p50)."
)


def _numbers(first: int, last: int) -> tuple[str, ...]:
    """``first`` … ``last`` as the suffixes of a numbered family; 0 is the unnumbered one."""
    return tuple(str(n) if n else "" for n in range(first, last + 1))


_ONE: Final = ("",)
_KINDS: Final = ("total", "land", "water", "urban", "rural", "metro", "blank1", "blank2")
_POPULATION_KINDS: Final = ("urban", "rural", "metro", "blank1", "blank2")
#: Parameter names, a family per string, each ``{n}`` replaced by every suffix given.
_FAMILIES: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    # names and header
    ("name official_name native_name native_name_lang other_name settlement_type", _ONE),
    ("total_type etymology nickname motto anthem short_description", _ONE),
    ("translit_lang{n} translit_lang{n}_type translit_lang{n}_info", _numbers(1, 2)),
    ("translit_lang1_type{n} translit_lang1_info{n}", _numbers(1, 6)),
    ("translit_lang2_type{n} translit_lang2_info{n}", _numbers(1, 6)),
    # images and emblems
    ("image_skyline imagesize image_size image_upright image_alt image_caption image", _ONE),
    ("image_flag flag_size flag_alt flag_border flag_link", _ONE),
    ("image_seal seal_size seal_alt seal_link seal_type", _ONE),
    ("image_shield shield_size shield_alt shield_link", _ONE),
    ("image_blank_emblem blank_emblem_type blank_emblem_size blank_emblem_alt", _ONE),
    ("blank_emblem_link", _ONE),
    # maps
    ("image_map{n} mapsize{n} map_alt{n} map_caption{n}", _numbers(0, 1)),
    ("image_dot_map dot_mapsize dot_map_alt dot_map_caption dot_x dot_y", _ONE),
    ("pushpin_map{n} pushpin_label_position{n} pushpin_label{n}", _numbers(0, 1)),
    ("pushpin_map_alt{n} pushpin_mapsize{n} pushpin_relief{n}", _numbers(0, 1)),
    ("pushpin_map_caption{n} pushpin_image{n}", _numbers(0, 1)),
    ("pushpin_map_narrow pushpin_outside pushpin_overlay", _ONE),
    ("mapframe mapframe-caption mapframe-custom mapframe-id mapframe-coordinates", _ONE),
    ("mapframe-frame-width mapframe-frame-height mapframe-shape-fill", _ONE),
    ("mapframe-shape-fill-opacity mapframe-stroke-color mapframe-stroke-width", _ONE),
    ("mapframe-marker mapframe-marker-color mapframe-geomask mapframe-geomask-stroke-color", _ONE),
    ("mapframe-geomask-stroke-width mapframe-geomask-fill mapframe-geomask-fill-opacity", _ONE),
    ("mapframe-zoom mapframe-length_km mapframe-length_mi mapframe-area_km2", _ONE),
    ("mapframe-area_mi2 mapframe-type mapframe-population mapframe-switcher", _ONE),
    ("mapframe-point mapframe-wikidata mapframe-line mapframe-line-stroke-color", _ONE),
    # coordinates
    ("coordinates coor_pinpoint coor_type coordinates_footnotes grid_name grid_position", _ONE),
    # location
    ("subdivision_type{n} subdivision_name{n}", _numbers(0, 6)),
    # history
    ("established_title{n} established_date{n}", _numbers(0, 7)),
    ("extinct_title extinct_date founder named_for", _ONE),
    # seat and parts
    ("seat_type seat seat1_type seat1 seat2_type seat2 parts_type parts_style parts", _ONE),
    ("p{n}", _numbers(1, 50)),
    # government
    ("government_footnotes government_type governing_body leader_party", _ONE),
    ("leader_title{n} leader_name{n}", _numbers(0, 4)),
    ("leader_party{n}", _numbers(1, 4)),
    # area
    ("unit_pref area_footnotes area_magnitude area_rank area_note dunam_link", _ONE),
    ("area_water_percent", _ONE),
    ("area_{n}_km2 area_{n}_sq_mi area_{n}_ha area_{n}_acre area_{n}_dunam", _KINDS),
    ("area_urban_footnotes area_rural_footnotes area_metro_footnotes", _ONE),
    ("area_blank{n}_title", _numbers(1, 2)),
    # dimensions and elevation
    ("dimensions_footnotes length_km length_mi width_km width_mi", _ONE),
    ("elevation_footnotes elevation_m elevation_ft elevation_point", _ONE),
    ("elevation_max_footnotes elevation_max_m elevation_max_ft elevation_max_point", _ONE),
    ("elevation_max_rank elevation_min_footnotes elevation_min_m elevation_min_ft", _ONE),
    ("elevation_min_point elevation_min_rank", _ONE),
    # population
    ("population_footnotes population_as_of population_total population_rank", _ONE),
    ("pop_est_footnotes pop_est_as_of population_est", _ONE),
    ("population_density_km2 population_density_sq_mi population_density_rank", _ONE),
    ("population_{n} population_{n}_footnotes", _POPULATION_KINDS),
    ("population_density_{n}_km2 population_density_{n}_sq_mi", _POPULATION_KINDS),
    ("population_blank{n}_title", _numbers(1, 2)),
    ("population_demonym population_demonyms population_note", _ONE),
    # demographics
    ("demographics_type{n} demographics{n}_footnotes", _numbers(1, 2)),
    ("demographics1_title{n} demographics1_info{n}", _numbers(1, 10)),
    ("demographics2_title{n} demographics2_info{n}", _numbers(1, 10)),
    # time zones
    ("timezone{n} utc_offset{n} timezone{n}_DST utc_offset{n}_DST", _numbers(0, 2)),
    ("timezone{n}_location", _numbers(1, 2)),
    # codes
    ("postal_code_type postal_code postal2_code_type postal2_code", _ONE),
    ("area_code_type area_code geocode iso_code", _ONE),
    ("registration_plate_type registration_plate", _ONE),
    # custom rows
    ("blank{n}_name_sec1 blank{n}_info_sec1 blank{n}_name_sec2 blank{n}_info_sec2", _numbers(0, 7)),
    ("blank{n}_name blank{n}_info", _numbers(0, 7)),
    # the rest
    ("website footnotes embed module", _ONE),
)
#: Names older revisions of the template defined, which :func:`infobox.parse_infobox`
#: still reads (the legacy coordinates and the unit-less density).
_LEGACY_NAMES: Final = """
    latd latm lats latNS longd longm longs longEW lat_deg lat_min lat_sec lat_dir
    lon_deg lon_min lon_sec lon_dir latitude longitude lat_d lat_m lat_s lat_NS long_d
    long_m long_s long_EW coordinates_region coordinates_display coordinates_type
    coordinates_format coordinates_wikidata population_density population_density_mi2
"""
LEGACY: Final[frozenset[str]] = frozenset(_LEGACY_NAMES.split())


def _expand(families: Iterable[tuple[str, tuple[str, ...]]]) -> Iterator[str]:
    for names, suffixes in families:
        for name in names.split():
            yield from (name.replace("{n}", suffix) for suffix in suffixes)


#: Every parameter name the template defines, in the documentation's order, and the
#: legacy names the parser reads.
ORDERED: Final[tuple[str, ...]] = tuple(dict.fromkeys((*_expand(_FAMILIES), *sorted(LEGACY))))
NAMES: Final[frozenset[str]] = frozenset(ORDERED)
_ORDER: Final = {name: i for i, name in enumerate(ORDERED)}
#: Each name folded (case, runs of "_" and spaces) -> the first name that folds to it.
_FOLDED: Final = {re.sub(r"[\s_]+", "_", name.casefold()): name for name in reversed(ORDERED)}


def is_defined(name: str) -> bool:
    """Whether ``name`` is a parameter of the template (names are case-sensitive).

    >>> is_defined("population_total"), is_defined("established_title3"), is_defined("p50")
    (True, True, True)
    >>> is_defined("population"), is_defined("Population_total"), is_defined("area_km2")
    (False, False, False)
    """
    return name in NAMES


@functools.lru_cache(maxsize=4096)  # a dump repeats its misnamed parameters
def suggest(name: str) -> str | None:
    """The defined name that ``name`` most likely misspells, or None when none is close.

    A name that differs only in case or in ``_`` for a space is that name; then a
    name one edit away (a typo); then a family's name without its default kind or
    unit (``population`` for ``population_total``, ``area_metro`` for
    ``area_metro_km2``); else the closest name by edits among those :mod:`difflib`
    finds similar.

    >>> suggest("population"), suggest("area_km2"), suggest("Population_Total")
    ('population_total', 'area_total_km2', 'population_total')
    >>> suggest("area_metro"), suggest("named for"), suggest("elevation")
    ('area_metro_km2', 'named_for', 'elevation_m')
    >>> suggest("popualtion_total"), suggest("xyz")
    ('population_total', None)
    """
    folded = re.sub(r"[\s_]+", "_", name.strip().casefold())
    if folded in _FOLDED:
        return _FOLDED[folded]
    candidates = difflib.get_close_matches(folded, _FOLDED, n=50, cutoff=0.75)
    ranked = [
        _FOLDED[c]
        for c in sorted(
            candidates,
            key=lambda c: (_distance(folded, c), -_ratio(folded, c), _ORDER[_FOLDED[c]]),
        )
    ]
    if ranked and _distance(folded, ranked[0].casefold()) <= 1:
        return ranked[0]  # a typo
    head, _, tail = folded.partition("_")
    with_total = f"{head}_total" + (f"_{tail}" if tail else "")
    for unit in ("", "_km2", "_m"):  # the default kind first, then the default units
        for candidate in (folded + unit, with_total + unit):
            if candidate in NAMES:
                return candidate
    return ranked[0] if ranked else None


def _ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


def _distance(a: str, b: str) -> int:
    """Edits (insert, delete, substitute, swap two neighbours) from ``a`` to ``b``."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, previous2[j - 2] + 1)
            current.append(cost)
        previous2, previous = previous, current
    return previous[-1]
