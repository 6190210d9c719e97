"""Turkish Wikipedia's ``{{Yerleşim bilgi kutusu}}`` read into a Settlement.

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

PAGES: Final = real_pages("tr")

page = functools.partial(real_page, "tr")


@pytest.mark.parametrize("name", PAGES)
def test_tr_page_parses_with_no_unknown_parameter(name: str) -> None:
    """Every trwiki settlement page parses as Yerleşim bilgi kutusu, all parameters known."""
    settlement = page(name)
    assert ("Yerleşim bilgi kutusu", "tr") == (settlement.template, settlement.wiki)
    assert [] == [c for c in codes(settlement) if c[0] == "param.unknown"]


def test_tr_berlin_values() -> None:
    """Berlin: the values trwiki writes without a locale convention."""
    s = page("Berlin.wiki")
    # | ad = Berlin | yerleşim_türü = [[Almanya'nın eyâletleri|Eyalet-şehir]]
    assert ("Berlin", "Eyalet-şehir") == (s.name, s.settlement_type)
    # |latd=52 |latm=30 |lats=2 | latNS = N |longd=13 |longm=23 |longs=56 | longEW = E
    assert s.coordinates is not None
    assert pytest.approx(52 + 30 / 60 + 2 / 3600) == s.coordinates.lat
    assert pytest.approx(13 + 23 / 60 + 56 / 3600) == s.coordinates.lon
    # | altbölüm_türü = [[…|Ülke]] | altbölüm_adı = {{bayraksimge|Almanya}} [[Almanya]]
    # | altbölüm_türü2 = [[…|Eyalet-şehir]] | altbölüm_adı2 = '''''Berlin'''''
    assert [("Ülke", "Almanya"), ("Eyalet-şehir", "Berlin")] == [
        (x.type, x.name) for x in s.subdivisions
    ]
    assert "Almanya" == s.country
    # | önder_türü = Belediye Başkanı | önder_adı = Michael Müller
    assert [("Belediye Başkanı", "Michael Müller")] == [(x.title, x.name) for x in s.leaders]
    # | km2_yüzölçümü = 891.85
    assert 891.85 == s.area.total_km2
    # | nüfus_yoğunluğu_km2 = 3893
    assert 3893 == s.population.density_km2
    # | posta_kodu = 10001-14199 | alan_kodu = 030 | website = {{URL|www.berlin.de}}
    assert ("10001-14199", "030") == (s.postal_code, s.area_code)
    assert s.website is not None
    assert "www.berlin.de" in s.website
    # | zaman_dilimi = [[Orta Avrupa Saati|OAS]] | zaman_dilimi_DST = [[Orta Avrupa Saati|OAYS]]
    assert [("OAS", "OAYS")] == [(tz.name, tz.dst_name) for tz in s.timezones]


def test_tr_localized_values() -> None:
    """Berlin: counts grouped with dots and a day.month.year date."""
    s = page("Berlin.wiki")
    # | toplam_nüfus = 6.010.910 | nüfus_urban = 3.748.148
    assert (6010910, 3748148) == (s.population.total, s.population.urban)
    # | altbölüm_adı = … [[Almanya]]: the country's code from its Turkish name
    assert "DE" == s.country_code
    # | nüfus_as_of = 31.12.2018
    assert PartialDate(2018, 12, 31) == s.population.as_of


def test_tr_flag_templates() -> None:
    """{{bayrak|X}} shows a flag and X; {{bayraksimge|X}} only a flag."""
    s = parse_infobox(
        "{{Yerleşim bilgi kutusu | ad = Konya | altbölüm_türü = Ülke"
        " | altbölüm_adı = {{bayrak|Türkiye}} | altbölüm_türü1 = İl"
        " | altbölüm_adı1 = {{bayraksimge|Konya}} [[Konya ili|Konya]] }}"
    )
    assert [("Ülke", "Türkiye"), ("İl", "Konya")] == [(x.type, x.name) for x in s.subdivisions]
    assert "Türkiye" == s.country
