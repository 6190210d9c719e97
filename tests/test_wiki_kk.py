"""Kazakh Wikipedia's ``{{Елді мекен}}``: the real Берлин and a card in its form.

Every expected value was read by hand from the wikitext; the comment above it quotes
the raw text. Values written in kkwiki's own conventions (a decimal comma, space
grouping, a country's Kazakh name) are in :func:`test_kk_localized_values`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

import mwparserfromhell
import pytest

from infobox import PartialDate, Settlement, parse_infobox
from infobox.templates import kk
from infobox.templates.registry import spec_for

REAL: Final = Path(__file__).resolve().parent.parent / "fixtures" / "real" / "settlement" / "kk"
PAGES: Final = sorted(p.name for p in REAL.glob("*.wiki"))
BERLIN: Final = "Берлин.wiki"


def _parsed(name: str) -> Settlement:
    return parse_infobox((REAL / name).read_text(encoding="utf-8"))


def _unknown(s: Settlement) -> list[str | None]:
    return [d.param for d in s.diagnostics_with("param.unknown")]


@pytest.mark.parametrize("name", PAGES)
def test_kk_page_parses_as_eldi_meken(name: str) -> None:
    """Every kkwiki page of the card parses, as Елді мекен on kkwiki, nothing unknown."""
    s = _parsed(name)
    assert ("Елді мекен", "kk") == (s.template, s.wiki)
    assert [] == _unknown(s)


@pytest.mark.parametrize("name", PAGES)
def test_kk_page_parameters_are_all_defined(name: str) -> None:
    """Every parameter the real page gives (Latin ``i`` included) is one the card defines."""
    text = (REAL / name).read_text(encoding="utf-8")
    call = mwparserfromhell.parse(text).filter_templates(recursive=False)[0]
    assert call.name.matches("Елді мекен")
    names = [str(param.name).strip() for param in call.params]
    assert [] == [n for n in names if not kk.ELDI_MEKEN.reads(n)]


def test_kk_berlin_by_hand() -> None:
    """kk/Берлин: names, coordinates by hemisphere letter, Land, mayor, counts, codes."""
    s = _parsed(BERLIN)
    # |статусы = Қала  |қазақша атауы = Берлин  |шынайы атауы = {{lang-de|Berlin}}
    assert ("Берлин", "Қала", ("Berlin",)) == (s.name, s.settlement_type, s.native_names)
    # |lat_dir = N|lat_deg = 52|lat_min = 31|lat_sec = 12
    # |lon_dir = E|lon_deg = 13|lon_min = 24|lon_sec = 18
    assert s.coordinates is not None
    assert 52 + 31 / 60 + 12 / 3600 == pytest.approx(s.coordinates.lat, abs=1e-9)
    assert 13 + 24 / 60 + 18 / 3600 == pytest.approx(s.coordinates.lon, abs=1e-9)
    # |ел = Германия   |аймағы = Берлин   (ауданы, қауым: empty)
    assert "Германия" == s.country
    assert [(0, "Ел", "Германия"), (1, "Берлин")] == [
        (s.subdivisions[0].index, s.subdivisions[0].type, s.subdivisions[0].name),
        (s.subdivisions[1].index, s.subdivisions[1].name),
    ]
    assert 2 == len(s.subdivisions)
    # The card does not fill values from Wikidata.
    assert () == s.diagnostics_with("infobox.wikidata")
    # |басшының түрi = Бургомистр  |басшысы = [[Михаэль Мюллер (саясаткер)|Михаэль Мюллер]]<ref>
    assert [("Бургомистр", "Михаэль Мюллер")] == [(x.title, x.name) for x in s.leaders]
    # |құрылған уақыты = 1237   |алғашқы дерек = 1170 жыл
    assert ("Құрылған уақыты", PartialDate(1237)) == (
        s.established[0].title,
        s.established[0].date,
    )
    assert "Алғашқы дерек" == s.established[1].title
    # |орталығының биiктігі = 34
    assert 34.0 == s.elevation_m
    # |санақ жылы = 2018   |тығыздығы = 4088
    assert (PartialDate(2018), 4088.0) == (s.population.as_of, s.population.density_km2)
    # |этнохороним = берлиндік, берлиндіктер
    assert "берлиндік, берлиндіктер" == s.population.demonym
    # |уақыт белдеуі = +1
    assert ["+01:00"] == [tz.utc_offset for tz in s.timezones]
    # |телефон коды = +49 30  |пошта индексі =  |пошта индекстері = 10115–14199
    assert ("+49 30", "10115–14199") == (s.area_code, s.postal_code)
    # |сайты = http://berlin.de/
    assert "http://berlin.de/" == s.website
    # |елтаңба = Coat of arms of Berlin.svg  |ту = Flag of Berlin.svg
    # (|сурет = {{Фотомонтаж|…}}: a montage, no file of its own)
    assert ["Coat of arms of Berlin.svg", "Flag of Berlin.svg"] == sorted(
        image.file for image in s.images
    )


def test_kk_localized_values() -> None:
    """kk/Берлин's values in kkwiki's conventions."""
    s = _parsed(BERLIN)
    # |жер аумағы = 891,85
    assert 891.85 == s.area.total_km2
    # |тұрғыны = 3 644 826   |шоғырлануы = 6 177 535
    assert (3644826, 6177535) == (s.population.total, s.population.metro)
    # |алғашқы дерек = 1170 жыл
    assert PartialDate(1170) == s.established[1].date
    # |ел = Германия
    assert "DE" == s.country_code


# A card in Елді мекен's form for Жезқазған (kkwiki's own page is not in the corpus;
# the values are those of fixtures/zhezkazgan/en.wiki, written in the Kazakh card).
ZHEZKAZGAN: Final = """{{Елді мекен
 |статусы                 = Қала
 |қазақша атауы           = Жезқазған
 |ел                      = Қазақстан
 |lat_dir = N|lat_deg = 47|lat_min = 47|lat_sec =
 |lon_dir = E|lon_deg = 67|lon_min = 42|lon_sec =
 |аймақ түрі              = Облыс
 |аймағы                  = Ұлытау облысы
 |басшының түрi           = Әкім
 |басшысы                 = Қайрат Шайжанов
 |құрылған уақыты         = 1939
 |орталығының биiктігі    = 300
 |тұрғыны                 = 89079
 |санақ жылы              = 2023
 |уақыт белдеуі           = +6
 |телефон коды            = +7 7102
 |пошта индексі           = 200000
 |автомобиль коды         = 09
}}"""


def test_kk_card_by_hand() -> None:
    """A Kazakh town's card: region type given, no unknown parameter, codes read."""
    s = parse_infobox(ZHEZKAZGAN)
    assert ("Елді мекен", "kk") == (s.template, s.wiki)
    assert [] == _unknown(s)
    assert s.coordinates is not None
    assert (47 + 47 / 60, 67.7) == pytest.approx((s.coordinates.lat, s.coordinates.lon))
    assert [(0, "Ел", "Қазақстан"), (1, "Облыс", "Ұлытау облысы")] == [
        (x.index, x.type, x.name) for x in s.subdivisions
    ]
    assert "Қазақстан" == s.country
    assert [("Әкім", "Қайрат Шайжанов")] == [(x.title, x.name) for x in s.leaders]
    assert [("Құрылған уақыты", PartialDate(1939))] == [(e.title, e.date) for e in s.established]
    assert (300.0, 89079, PartialDate(2023)) == (
        s.elevation_m,
        s.population.total,
        s.population.as_of,
    )
    assert ["+06:00"] == [tz.utc_offset for tz in s.timezones]
    assert ("200000", "+7 7102") == (s.postal_code, s.area_code)


def test_kk_name() -> None:
    """The card's title finds the kkwiki spec."""
    spec = spec_for("Елді_мекен")
    assert spec is not None
    assert ("Елді мекен", "kk") == (spec.name, spec.wiki)
