"""Dutch Wikipedia's ``{{Infobox deelstaat Duitsland}}`` read into a Settlement.

The template is for Germany's states; nlwiki's Berlijn (a city-state) uses it. Every
expected value was read by hand from the page's wikitext (``fixtures/real``, see
``ATTRIBUTION.md``); the comment above it quotes the raw text.
"""

from __future__ import annotations

import functools
from typing import Final

import pytest

from wiki_fixtures import real_page, real_pages

PAGES: Final = real_pages("nl")

page = functools.partial(real_page, "nl")


def test_nl_pages_are_there() -> None:
    """The corpus's nlwiki settlement page is among the fixtures."""
    assert ["Berlijn.wiki"] == PAGES


@pytest.mark.parametrize("name", PAGES)
def test_nl_page_parses_with_no_unknown_parameter(name: str) -> None:
    """Every nlwiki settlement page parses as the German-state infobox, all parameters known."""
    s = page(name)
    assert ("Infobox deelstaat Duitsland", "nl") == (s.template, s.wiki)
    assert [] == [d.param for d in s.diagnostics if d.code == "param.unknown"]


def test_nl_berlijn_values() -> None:
    """Berlijn: Germany implied, the point as text, the mayor, the website."""
    s = page("Berlijn.wiki")
    # | naam = Berlijn  | altnaam = Berlin
    assert ("Berlijn", ("Berlin",)) == (s.name, tuple(s.native_names))
    # the template shows "Land: Duitsland" for every state
    assert [("Land", "Duitsland")] == [(x.type, x.name) for x in s.subdivisions]
    assert ("Duitsland", "DE") == (s.country, s.country_code)
    # | locatie = 52°31′12″N, 13°24′36″E
    assert s.coordinates is not None
    assert pytest.approx(52 + 31 / 60 + 12 / 3600) == s.coordinates.lat
    assert pytest.approx(13 + 24 / 60 + 36 / 3600) == s.coordinates.lon
    # | mp = [[Michael Müller]] ([[…|SPD]])
    # | mptitel = [[Regierender Bürgermeister|Regerend burgemeester]]
    assert [("Regerend burgemeester", "Michael Müller (SPD)")] == [
        (x.title, x.name) for x in s.leaders
    ]
    # | website = [http://www.berlin.de/ www.berlin.de]
    assert "http://www.berlin.de/" == s.website
    # | bevolking = {{Statistiek gemeente Duitsland inwoners|11|Berlijn}}: a data template
    # the reader cannot expand, so no population, and a diagnostic says so
    assert (None, None) == (s.population.total, s.population.as_of)
    assert {"bevolking", "meetjaar"} <= {
        d.param for d in s.diagnostics if d.code == "value.unrendered"
    }
    # | vlag = [[Bestand:Flag of Berlin.svg|…]]  | wapen = [[Bestand:Coat of arms of Berlin.svg|…]]
    assert {"Flag of Berlin.svg", "Coat of arms of Berlin.svg"} <= {i.file for i in s.images}
    # | detailkaart = Berlin.bezirke.png  | detailkaartbijschrift = Districten van Berlijn
    maps = {(i.file, i.caption) for i in s.images if i.param == "image_map"}
    assert {("Berlin.bezirke.png", "Districten van Berlijn")} == maps


def test_nl_localized_values() -> None:
    """nlwiki numbers: a dot groups thousands, a decimal point in ``km2`` kept as written."""
    s = page("Berlijn.wiki")
    # | km2 = 891.75
    assert 891.75 == s.area.total_km2
    # | bevolkingsdichtheid = 4.210
    assert 4210 == s.population.density_km2
