"""Czech Wikipedia's ``{{Infobox - sídlo světa}}`` read into a Settlement.

Every expected value was read by hand from the page's wikitext (``fixtures/real``,
see ``ATTRIBUTION.md``); the comment above it quotes the raw text.
"""

from __future__ import annotations

import functools
from typing import Final

import pytest

from infobox import PartialDate, parse_infobox
from wiki_fixtures import codes, real_page, real_pages

PAGES: Final = real_pages("cs")

page = functools.partial(real_page, "cs")


@pytest.mark.parametrize("name", PAGES)
def test_cs_page_parses_with_no_unknown_parameter(name: str) -> None:
    """Every cswiki settlement page parses as Infobox - sídlo světa, all parameters known."""
    settlement = page(name)
    assert ("Infobox - sídlo světa", "cs") == (settlement.template, settlement.wiki)
    assert [] == [c for c in codes(settlement) if c[0] == "param.unknown"]


def test_cs_berlin_values() -> None:
    """Berlín: names, country and region, postal code and website (the page gives no numbers)."""
    s = page("Berlín.wiki")
    # | jméno = Berlín | originální jméno = Berlin
    assert ("Berlín", ("Berlin",)) == (s.name, s.native_names)
    # | stát = Německo | pojem vyššího celku = [[Německé spolkové země|spolková země]]
    # | název vyššího celku = Berlín | pojem nižšího celku = (empty)
    assert [("Stát", "Německo"), ("spolková země", "Berlín")] == [
        (x.type, x.name) for x in s.subdivisions
    ]
    # | psč = 10001–14199 | web = http://www.berlin.de
    assert ("10001–14199", "http://www.berlin.de") == (s.postal_code, s.website)
    # | telefonní předvolba = mezinárodní: +49 30<br /> z Německa: 030
    assert s.area_code is not None
    assert "+49 30" in s.area_code
    assert s.coordinates is None
    assert s.population.total is None


def test_cs_decimal_coordinates_and_counts() -> None:
    """zeměpisná šířka/délka are decimal degrees; rok dates počet obyvatel."""
    s = parse_infobox(
        "{{Infobox - sídlo světa | jméno = X | stát = Francie"
        " | zeměpisná šířka = 48.856667 | zeměpisná délka = 2.350833"
        " | počet obyvatel = 2240621 | rok = 2014 | nadmořská výška = 35"
        " | starosta = [[Anne Hidalgo]] | vznik = 1237 }}"
    )
    assert s.coordinates is not None
    assert (48.856667, 2.350833) == (s.coordinates.lat, s.coordinates.lon)
    assert (2240621, PartialDate(2014)) == (s.population.total, s.population.as_of)
    assert 35 == s.elevation_m
    assert [("Starosta", "Anne Hidalgo")] == [(x.title, x.name) for x in s.leaders]
    assert [("Vznik", PartialDate(1237))] == [(e.title, e.date) for e in s.established]


def test_cs_localized_values() -> None:
    """An area with a decimal comma and a population grouped with spaces, as cswiki writes them."""
    # | stát = Německo (Berlín): "Stát" is the country's type on cswiki only (elsewhere a
    # state within a country), and the country's code comes from its Czech name
    berlin = page("Berlín.wiki")
    assert ("Německo", "DE") == (berlin.country, berlin.country_code)
    s = parse_infobox(
        "{{Infobox - sídlo světa | jméno = X | rozloha = 105,4 | počet obyvatel = 2 240 621 }}"
    )
    assert 105.4 == s.area.total_km2
    assert 2240621 == s.population.total
