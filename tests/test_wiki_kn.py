"""Kannada Wikipedia's ``{{Infobox ಭಾರತದ ಭೂಪಟ}}`` read into a Settlement.

The template is knwiki's copy of enwiki's older ``{{Infobox Indian jurisdiction}}``,
with its English parameter names. Every expected value was read by hand from the
page's wikitext (``fixtures/real``, see ``ATTRIBUTION.md``); the comment above it
quotes the raw text.
"""

from __future__ import annotations

import functools
from typing import Final

import pytest

from infobox import PartialDate
from wiki_fixtures import real_page, real_pages

PAGES: Final = real_pages("kn")

page = functools.partial(real_page, "kn")


def test_kn_pages_are_there() -> None:
    """The corpus's knwiki settlement page is among the fixtures."""
    assert ["ಶಿವಮೊಗ್ಗ.wiki"] == PAGES


@pytest.mark.parametrize("name", PAGES)
def test_kn_page_parses_with_no_unknown_parameter(name: str) -> None:
    """Every knwiki settlement page parses as the Indian infobox, all its parameters known."""
    s = page(name)
    assert ("Infobox ಭಾರತದ ಭೂಪಟ", "kn") == (s.template, s.wiki)
    assert [] == [d.param for d in s.diagnostics if d.code == "param.unknown"]


def test_kn_shivamogga_values() -> None:
    """ಶಿವಮೊಗ್ಗ (Shivamogga): India implied, the state, district and region under labels."""
    s = page("ಶಿವಮೊಗ್ಗ.wiki")
    # | native_name = ಶಿವಮೊಗ್ಗ
    assert "ಶಿವಮೊಗ್ಗ" == s.name
    # | latd = 13.9167  | longd = 75.5667 (decimal degrees, no hemisphere: N and E)
    assert s.coordinates is not None
    assert (13.9167, 75.5667) == (s.coordinates.lat, s.coordinates.lon)
    # | state_name = ಕರ್ನಾಟಕ  | district = ಶಿವಮೊಗ್ಗ  | region = [[ಮಲೆನಾಡು]]
    assert [
        ("ದೇಶ", "ಭಾರತ"),
        ("ರಾಜ್ಯ", "ಕರ್ನಾಟಕ"),
        ("ಜಿಲ್ಲೆ", "ಶಿವಮೊಗ್ಗ"),
        ("ಪ್ರದೇಶ", "ಮಲೆನಾಡು"),
    ] == [(x.type, x.name) for x in s.subdivisions]
    assert ("ಭಾರತ", "IN") == (s.country, s.country_code)
    # | leader_title = ನಗರಸಭೆ ಉಪಾಧ್ಯಕ್ಷರು  | leader_name = ಮಂಗಳಾ ಅಣ್ಣಪ್ಪ
    assert [("ನಗರಸಭೆ ಉಪಾಧ್ಯಕ್ಷರು", "ಮಂಗಳಾ ಅಣ್ಣಪ್ಪ")] == [(x.title, x.name) for x in s.leaders]
    # | population_as_of = 2001  | population_city = 274,105  | population_total =
    assert (274105, PartialDate(2001)) == (s.population.total, s.population.as_of)
    # | area_magnitude = km²  | area_total = 50
    assert 50 == s.area.total_km2
    # | altitude =  (empty)
    assert s.elevation_m is None
    # | area_telephone = 91-(0)8182
    assert "91-(0)8182" == s.area_code
