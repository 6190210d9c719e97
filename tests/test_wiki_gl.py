"""Galician Wikipedia's ``{{Concello}}`` (``{{Concello info}}``) read into a Settlement.

Every expected value was read by hand from the page's wikitext (``fixtures/real``,
see ``ATTRIBUTION.md``); the comment above it quotes the raw text.
"""

from __future__ import annotations

import functools
from typing import Final

import pytest

from infobox import PartialDate
from wiki_fixtures import codes, real_page, real_pages

PAGES: Final = real_pages("gl")

page = functools.partial(real_page, "gl")


@pytest.mark.parametrize("name", PAGES)
def test_gl_page_parses_with_no_unknown_parameter(name: str) -> None:
    """Every glwiki settlement page parses as Concello, all its parameters known."""
    settlement = page(name)
    assert "gl" == settlement.wiki
    assert settlement.template in ("Concello", "Concello info")
    assert [] == [c for c in codes(settlement) if c[0] == "param.unknown"]


def test_gl_cambados_values() -> None:
    """Cambados: province and comarca, mayor, postal code, website, population year."""
    s = page("Cambados.wiki")
    # provincia= Pontevedra | comarca= Salnés
    assert [("Provincia", "Pontevedra"), ("Comarca", "Salnés")] == [
        (x.type, x.name) for x in s.subdivisions
    ]
    # alcalde= Luís Aragunde Aragunde
    assert [("Alcalde", "Luís Aragunde Aragunde")] == [(x.title, x.name) for x in s.leaders]
    # cp= 36630 | web= http://www.cambados.es//
    assert ("36630", "http://www.cambados.es//") == (s.postal_code, s.website)
    # xentilicio= [[wikt:cambadés|cambadés]]
    assert "cambadés" == s.population.demonym
    # ano poboación = 2011
    assert PartialDate(2011) == s.population.as_of
    # altitude=  122 m.
    assert 122 == s.elevation_m


def test_gl_localized_values() -> None:
    """Cambados: decimal commas, dot grouping and O (oeste) for west."""
    s = page("Cambados.wiki")
    # superficie= 23,4 | poboación= 13.946 | densidade= 582,05
    assert 23.4 == s.area.total_km2
    assert 13946 == s.population.total
    assert 582.05 == s.population.density_km2
    # coordenadas= 42° 31' N, 08° 49' O
    assert s.coordinates is not None
    assert pytest.approx(42 + 31 / 60) == s.coordinates.lat
    assert pytest.approx(-(8 + 49 / 60)) == s.coordinates.lon
