"""Latvian: lvwiki's ``{{Apdzīvotas vietas infokaste}}``, English names and Latvian values.

The corpus has one lvwiki settlement page, Berlīne (``fixtures/real/settlement/lv``);
its key values match what a person reads off the wikitext (the comment above each
quotes it). A second, hand-written call checks the parts Berlīne leaves empty.
Values written in Latvian conventions (``31.12.2013``) are checked in
:func:`test_lv_localized_values`.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Final

import pytest

from infobox import Settlement, parse_infobox
from infobox.templates.lv import APDZIVOTAS_VIETAS_INFOKASTE
from infobox.templates.registry import spec_for

PAGE: Final = Path(__file__).resolve().parent.parent / "fixtures" / "real" / "settlement" / "lv"


@functools.cache
def berline() -> Settlement:
    """The settlement of the Berlīne page (parsed once per session)."""
    return parse_infobox((PAGE / "Berlīne.wiki").read_text(encoding="utf-8"))


def test_berline_template_and_wiki() -> None:
    """Berlīne reads as lvwiki's template, in lvwiki's conventions, with no unknown names."""
    s = berline()
    assert ("Apdzīvotas vietas infokaste", "lv") == (s.template, s.wiki)
    assert [] == [d.param for d in s.diagnostics if d.code == "param.unknown"]


def test_berline_values() -> None:
    """Berlīne: coordinates, area, population, country and region, time zone."""
    s = berline()
    # | name = Berlīne | official_name = ''Berlin''
    assert ("Berlīne", "Berlin") == (s.name, s.official_name)
    # | latd = 52 | latm = 31 | lats = 25 | latNS = N
    # | longd = 13 | longm = 24 | longs = 41 | longEW = E
    assert s.coordinates is not None
    assert pytest.approx(52 + 31 / 60 + 25 / 3600, abs=1e-6) == s.coordinates.lat
    assert pytest.approx(13 + 24 / 60 + 41 / 3600, abs=1e-6) == s.coordinates.lon
    # | area_total_km2 = 892 | population_total = 3421829 | population_metro = 4416123
    assert 892 == s.area.total_km2
    assert 3421829 == s.population.total
    assert 4416123 == s.population.metro
    # | subdivision_type = Valsts | subdivision_name = {{flaga|Vācija}} [[Vācija]]
    # | subdivision_type1 = Federālā zeme | subdivision_name1 = Berlīne
    assert [("Valsts", "Vācija"), ("Federālā zeme", "Berlīne")] == [
        (d.type, d.name) for d in sorted(s.subdivisions, key=lambda d: d.index)
    ]
    assert "Vācija" == s.country
    # | leader_title = Mērs | leader_name = ''Michael Müller'' ([[…|SPD]])
    assert [("Mērs", "Michael Müller (SPD)")] == [(x.title, x.name) for x in s.leaders]
    # | timezone = CET | utc_offset = +1 | timezone_DST = CEST | utc_offset_DST = +2
    assert [("CET", "+01:00", "CEST", "+02:00")] == [
        (tz.name, tz.utc_offset, tz.dst_name, tz.dst_utc_offset) for tz in s.timezones
    ]
    # | postal_code_type = Pasta indeksi | postal_code = 10115—14199
    assert ("10115—14199", "Pasta indeksi") == (s.postal_code, s.postal_code_type)


def test_lv_localized_values() -> None:
    """Latvian dates (day.month.year) and the country's Latvian name."""
    s = berline()
    # | population_as_of = 31.12.2013
    as_of = s.population.as_of
    assert as_of is not None
    assert (2013, 12, 31) == (as_of.year, as_of.month, as_of.day)
    # Vācija is Latvian for Germany.
    assert "DE" == s.country_code


# A call written for this test in the form lvwiki's "Latvijas ciemi" project tool gives
# village stubs (the tool's skeleton, with invented values).
VILLAGE: Final = """{{Apdzīvotas vietas infokaste
| name                     = Paraugciems
| settlement_type          = ciems
| subdivision_type         = Valsts
| subdivision_type1        = Novads
| subdivision_type2        = Pagasts
| subdivision_name         = {{LAT}}
| subdivision_name1        = [[Paraugu novads]]
| subdivision_name2        = [[Paraugu pagasts]]
| established_title        = Pirmoreiz minēts
| established_date         = 1566
| population_as_of         = 2015
| population_total         = 190
| latd  = 56 | latm  = 25 | lats  = 30 | latNS  = N
| longd = 25 | longm = 36 | longs = 10 | longEW = E
| elevation_m              = 88
| postal_code_type         = Pasta nodaļa
| postal_code              = LV-5133
}}"""


def test_village_stub() -> None:
    """A village stub: country code from {{LAT}}, region, founding, elevation."""
    s = parse_infobox(VILLAGE)
    assert ("Apdzīvotas vietas infokaste", "lv") == (s.template, s.wiki)
    assert ("ciems", "LV") == (s.settlement_type, s.country_code)
    assert ["Valsts", "Novads", "Pagasts"] == [d.type for d in s.subdivisions]
    assert "Paraugu novads" == s.subdivisions[1].name
    assert [("Pirmoreiz minēts", 1566)] == [
        (e.title, e.date.year if e.date else None) for e in s.established
    ]
    assert (190, 2015) == (
        s.population.total,
        s.population.as_of.year if s.population.as_of else None,
    )
    assert s.coordinates is not None
    assert pytest.approx(56 + 25 / 60 + 30 / 3600, abs=1e-6) == s.coordinates.lat
    assert 88 == s.elevation_m


def test_spec_takes_english_names() -> None:
    """The template takes the English template's names as themselves."""
    assert APDZIVOTAS_VIETAS_INFOKASTE is spec_for("Apdzīvotas_vietas_infokaste")
    assert "population_total" == APDZIVOTAS_VIETAS_INFOKASTE.canonical("population_total")
    assert APDZIVOTAS_VIETAS_INFOKASTE.canonical("iedzīvotāji") is None
