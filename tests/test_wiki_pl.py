"""Polish Wikipedia's ``{{Miejscowość infobox}}`` read into a Settlement.

Every expected value was read by hand from the page's wikitext (``fixtures/real``,
see ``ATTRIBUTION.md``); the comment above it quotes the raw text. Coordinates are
``d + m/60 + s/3600``, negative for S and W.
"""

from __future__ import annotations

import functools
from typing import Final

import pytest

from infobox import PartialDate, parse_infobox
from wiki_fixtures import codes, real_page, real_pages

PAGES: Final = real_pages("pl")

page = functools.partial(real_page, "pl")


@pytest.mark.parametrize("name", PAGES)
def test_pl_page_parses_with_no_unknown_parameter(name: str) -> None:
    """Every plwiki settlement page parses as Miejscowość infobox, all its parameters known."""
    settlement = page(name)
    assert ("Miejscowość infobox", "pl") == (settlement.template, settlement.wiki)
    assert [] == [c for c in codes(settlement) if c[0] == "param.unknown"]


def test_pl_berlin_values() -> None:
    """Berlin: the values plwiki writes without a locale convention."""
    s = page("Berlin.wiki")
    assert "Berlin" == s.name
    # |współrzędne = 52°31′7″N 13°24′30″E
    assert s.coordinates is not None
    assert pytest.approx(52 + 31 / 60 + 7 / 3600) == s.coordinates.lat
    assert pytest.approx(13 + 24 / 60 + 30 / 3600) == s.coordinates.lon
    # |państwo = Niemcy  |1. jednostka administracyjna = Berlin
    assert "Niemcy" == s.country
    assert [("Państwo", "Niemcy"), (None, "Berlin")] == [(x.type, x.name) for x in s.subdivisions]
    # |stanowisko zarządzającego = burmistrz  |zarządzający = [[Michael Müller (polityk)|…]]<ref>
    assert [("burmistrz", "Michael Müller")] == [(x.title, x.name) for x in s.leaders]
    # |gęstość zaludnienia = 4109
    assert 4109 == s.population.density_km2
    # |numer kierunkowy = 030  |kod pocztowy = 10115–14199  |www = https://www.berlin.de/
    assert ("030", "10115–14199") == (s.area_code, s.postal_code)
    assert "https://www.berlin.de/" == s.website
    assert {"Collage Berlin2.jpg", "Coat of arms of Berlin.svg", "Flag of Berlin.svg"} <= {
        image.file for image in s.images
    }


def test_pl_localized_values() -> None:
    """Berlin: the values written with a decimal comma, space grouping and a Polish month."""
    s = page("Berlin.wiki")
    # |powierzchnia = 891,85
    assert 891.85 == s.area.total_km2
    # |liczba ludności = 3 664 088<ref …>
    assert 3664088 == s.population.total
    # |państwo = Niemcy: the country's code from its Polish name
    assert "DE" == s.country_code
    # |rok = 31 Grudnia 2020
    assert PartialDate(2020, 12, 31) == s.population.as_of


@pytest.mark.parametrize(
    ("written", "lat", "lon"),
    [
        (
            "stopniN = 50 | minutN = 3 | sekundN = 36 | stopniE = 19 | minutE = 56 | sekundE = 24",
            50.06,
            19.94,
        ),
        (
            "stopniS = 33 | minutS = 52 | sekundS = 12 | stopniW = 70 | minutW = 40 | sekundW = 12",
            -(33 + 52 / 60 + 12 / 3600),
            -(70 + 40 / 60 + 12 / 3600),
        ),
        (
            "stopniN = 19 | minutN = 25 | sekundN = 57 | stopniW = 99 | minutW = 7 | sekundW = 59",
            19 + 25 / 60 + 57 / 3600,
            -(99 + 7 / 60 + 59 / 3600),
        ),
    ],
    ids=["north-east", "south-west", "north-west"],
)
def test_pl_degrees_per_hemisphere(written: str, lat: float, lon: float) -> None:
    """Older pages write degrees, minutes and seconds under the hemisphere's letter."""
    s = parse_infobox(f"{{{{Miejscowość infobox | nazwa = X | {written} }}}}")
    assert s.coordinates is not None
    assert pytest.approx(lat) == s.coordinates.lat
    assert pytest.approx(lon) == s.coordinates.lon
    assert [] == codes(s)


def test_a_point_written_half_in_each_legacy_family_is_one_point() -> None:
    """A latitude in latd/latNS and a longitude in lon_deg/lon_dir make one point."""
    s = parse_infobox(
        "{{Infobox settlement | name = X | latd = 33 | latm = 52 | latNS = S"
        " | lon_deg = 70 | lon_min = 40 | lon_dir = W }}"
    )
    assert s.coordinates is not None
    assert pytest.approx(-(33 + 52 / 60)) == s.coordinates.lat
    assert pytest.approx(-(70 + 40 / 60)) == s.coordinates.lon
    assert [] == codes(s)
