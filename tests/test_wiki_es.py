"""Spanish Wikipedia's ``{{Ficha de entidad subnacional}}`` read into a Settlement.

Every expected value was read by hand from the page's wikitext (``fixtures/real``,
see ``ATTRIBUTION.md``); the comment above it quotes the raw text.
"""

from __future__ import annotations

import functools
from typing import Final

import pytest

from infobox import PartialDate, parse_infobox
from wiki_fixtures import codes, real_page, real_pages

PAGES: Final = real_pages("es")

page = functools.partial(real_page, "es")


@pytest.mark.parametrize("name", PAGES)
def test_es_page_parses_with_no_unknown_parameter(name: str) -> None:
    """Every eswiki settlement page parses as Ficha de entidad subnacional, all parameters known."""
    settlement = page(name)
    assert ("Ficha de entidad subnacional", "es") == (settlement.template, settlement.wiki)
    assert [] == [c for c in codes(settlement) if c[0] == "param.unknown"]


def test_es_berlin_values() -> None:
    """Berlín: the values eswiki writes without a locale convention."""
    s = page("Berlín.wiki")
    # | nombre = Berlín  | nombre original = Berlin
    assert ("Berlín", ("Berlin",)) == (s.name, s.native_names)
    # | unidad = [[Estado federado (Alemania)|Estado federado]] y [[…|capital]] de [[Alemania]]
    assert "Estado federado y capital de Alemania" == s.settlement_type
    # | fundación = [[1307]]
    assert [("Fundación", PartialDate(1307))] == [(e.title, e.date) for e in s.established]
    # | dirigentes_títulos = [[Anexo:Ministros presidentes de Alemania|Alcalde]]
    # | dirigentes_nombres = [[Michael Müller]] ([[…|SPD]]) <small> …</small>
    assert ["Alcalde"] == [leader.title for leader in s.leaders]
    assert s.leaders[0].name is not None
    assert s.leaders[0].name.startswith("Michael Müller (SPD)")
    # | población = 3769495
    assert 3769495 == s.population.total
    # | altitud = 34
    assert 34 == s.elevation_m
    # | horario_verano = [[CEST]]
    assert ["CEST"] == [tz.dst_name for tz in s.timezones]
    # | página web = www.berlin.de
    assert "www.berlin.de" == s.website
    # | gentilicio = Berlinés, sa
    assert "Berlinés, sa" == s.population.demonym
    # no coordinates in the infobox: the template takes them from Wikidata
    assert s.coordinates is None


def test_es_localized_values() -> None:
    """Berlín: the density is written with a decimal point, as eswiki's {{formatnum}} input."""
    s = page("Berlín.wiki")
    # | densidad = 3891.3
    assert 3891.3 == s.population.density_km2
    # a country named in Spanish gives its code
    assert "ES" == parse_infobox("{{Ficha de entidad subnacional | país = España }}").country_code


def test_es_country_and_levels() -> None:
    """país is the country under the label "País"; tipo_superior_N/superior_N the levels."""
    s = parse_infobox(
        "{{Ficha de entidad subnacional | nombre = Cambados | país = España"
        " | tipo_superior_1 = [[Comunidad autónoma]] | superior_1 = [[Galicia]]"
        " | tipo_superior_2 = Provincia | superior_2 = [[Provincia de Pontevedra|Pontevedra]]"
        " | latitud = 42.5144 | longitud = -8.8136 }}"
    )
    assert "España" == s.country
    assert [("País", "España"), ("Comunidad autónoma", "Galicia"), ("Provincia", "Pontevedra")] == [
        (x.type, x.name) for x in s.subdivisions
    ]
    assert s.coordinates is not None
    assert (42.5144, -8.8136) == (s.coordinates.lat, s.coordinates.lon)
