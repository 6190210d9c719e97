"""Portuguese Wikipedia's ``{{Info/Assentamento}}`` read into a Settlement.

Every expected value was read by hand from the page's wikitext (``fixtures/real``,
see ``ATTRIBUTION.md``); the comment above it quotes the raw text. Coordinates are
``d + m/60 + s/3600``.
"""

from __future__ import annotations

import functools
from typing import Final

import pytest

from infobox import PartialDate, parse_infobox
from wiki_fixtures import codes, real_page, real_pages

PAGES: Final = real_pages("pt")

page = functools.partial(real_page, "pt")


@pytest.mark.parametrize("name", PAGES)
def test_pt_page_parses_with_no_unknown_parameter(name: str) -> None:
    """Every ptwiki settlement page parses as Info/Assentamento, all its parameters known."""
    settlement = page(name)
    assert ("Info/Assentamento", "pt") == (settlement.template, settlement.wiki)
    assert [] == [c for c in codes(settlement) if c[0] == "param.unknown"]


def test_pt_berlim_values() -> None:
    """Berlim: coordinates, country and region, leader, area and population as written."""
    s = page("Berlim.wiki")
    # | nome_oficial = Berlim
    assert "Berlim" == s.official_name
    # | latd = 52 | latm = 31 | lats = 00 | latNS = N | longd = 13 | longm = 23 | longs = 20
    assert s.coordinates is not None
    assert pytest.approx(52 + 31 / 60) == s.coordinates.lat
    assert pytest.approx(13 + 23 / 60 + 20 / 3600) == s.coordinates.lon
    # | subdivisão_tipo = País | subdivisão_nome = [[Alemanha]]
    # | subdivisão_tipo1 = Região metropolitana | subdivisão_nome1 = [[Região … de Berlim|Berlim]]
    assert [("País", "Alemanha"), ("Região metropolitana", "Berlim")] == [
        (x.type, x.name) for x in s.subdivisions
    ]
    assert "Alemanha" == s.country
    # | líder_título = [[Prefeito]] | líder_nome = [[Michael Müller]] ([[…|SPD]])
    assert [("Prefeito", "Michael Müller (SPD)")] == [(x.title, x.name) for x in s.leaders]
    # | área_total = {{Fmtn|891.82}} km²
    assert 891.82 == s.area.total_km2
    # | população_total = {{formatnum:3711930}}<ref …>  | população_referente = 2018
    assert (3711930, PartialDate(2018)) == (s.population.total, s.population.as_of)
    # | população_metro = {{formatnum:6004857}}
    assert 6004857 == s.population.metro
    # | gentílico = berlinense ou berlinês
    assert "berlinense ou berlinês" == s.population.demonym
    # | sítio = {{URL|http://berlin.de}}
    assert s.website is not None
    assert "berlin.de" in s.website


def test_pt_localized_values() -> None:
    """A ptwiki population written with dot grouping and an area with a decimal comma."""
    # | subdivisão_nome = [[Alemanha]] (Berlim): the country's code from its Portuguese name
    assert "DE" == page("Berlim.wiki").country_code
    s = parse_infobox(
        "{{Info/Assentamento | nome = X | população_total = 1.234.567"
        " | população_em = 2010 | área_total_km2 = 1 521,11 }}"
    )
    assert 1234567 == s.population.total
    assert 1521.11 == s.area.total_km2
