"""Arabic Wikipedia's ``{{صندوق معلومات تجمع سكاني}}`` (and the older ``{{تجمع سكاني}}``).

Both are ``{{Infobox settlement}}`` copied with its English parameter names; the older
one also takes five Arabic names. The real page (``fixtures/real``, see
``ATTRIBUTION.md``) calls the template with no parameters: its values are on Wikidata.
"""

from __future__ import annotations

import functools
from typing import Final

import pytest

from infobox import parse_infobox
from wiki_fixtures import real_page, real_pages

PAGES: Final = real_pages("ar")

page = functools.partial(real_page, "ar")


@pytest.mark.parametrize("name", PAGES)
def test_ar_page_parses(name: str) -> None:
    """Every arwiki settlement page parses as صندوق معلومات تجمع سكاني."""
    settlement = page(name)
    assert ("صندوق معلومات تجمع سكاني", "ar") == (settlement.template, settlement.wiki)


def test_ar_berlin_has_no_values_of_its_own() -> None:
    """برلين: {{صندوق معلومات تجمع سكاني}} with no parameters gives an empty settlement."""
    s = page("برلين.wiki")
    assert (None, None, None, ()) == (s.name, s.coordinates, s.population.total, s.subdivisions)
    assert [] == [d for d in s.diagnostics if d.code == "param.unknown"]


def test_ar_english_parameter_names() -> None:
    """The template takes Infobox settlement's English names as themselves."""
    s = parse_infobox(
        "{{صندوق معلومات تجمع سكاني | name = برلين | subdivision_type = البلد"
        " | subdivision_name = [[ألمانيا]] | latd = 52 | latm = 31 | latNS = N"
        " | longd = 13 | longm = 23 | longEW = E | leader name = كاي فيغنر }}"
    )
    assert "برلين" == s.name
    assert [("البلد", "ألمانيا")] == [(x.type, x.name) for x in s.subdivisions]
    assert s.coordinates is not None
    assert pytest.approx(52 + 31 / 60) == s.coordinates.lat
    assert ["كاي فيغنر"] == [leader.name for leader in s.leaders]
    assert [] == [d for d in s.diagnostics if d.code == "param.unknown"]


def test_ar_older_template_takes_arabic_names() -> None:
    """{{تجمع سكاني}} also reads اسم and نوع_مستوطنة; the newer template does not."""
    s = parse_infobox(
        "{{تجمع سكاني | اسم = حلب | نوع_مستوطنة = مدينة | population_total = 2132100 }}"
    )
    assert ("تجمع سكاني", "حلب", "مدينة", 2132100) == (
        s.template,
        s.name,
        s.settlement_type,
        s.population.total,
    )
    newer = parse_infobox("{{صندوق معلومات تجمع سكاني | اسم = حلب }}")
    assert newer.name is None
    assert ["param.unknown"] == [d.code for d in newer.diagnostics if d.param == "اسم"]


def test_ar_localized_values() -> None:
    """Arabic-Indic digits and an Arabic month name, as arwiki writes values."""
    s = parse_infobox(
        "{{صندوق معلومات تجمع سكاني | name = حلب | population_total = ٢١٣٢١٠٠"
        " | population_as_of = ٣١ ديسمبر ٢٠١٩ }}"
    )
    assert 2132100 == s.population.total
    assert s.population.as_of is not None
    assert (2019, 12, 31) == (
        s.population.as_of.year,
        s.population.as_of.month,
        s.population.as_of.day,
    )
