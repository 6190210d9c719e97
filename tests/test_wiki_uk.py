"""Ukrainian Wikipedia's ``{{НП України}}``: Київ and Чернівці, read by hand.

Every expected value was read by hand from the wikitext; the comment above it quotes
the raw text. Values written in ukwiki's own conventions (a decimal comma) are in
:func:`test_uk_localized_values`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

import mwparserfromhell
import pytest

from infobox import PartialDate, Settlement, parse_infobox
from infobox.templates import uk
from infobox.templates.registry import spec_for

REAL: Final = Path(__file__).resolve().parent.parent / "fixtures" / "real" / "settlement" / "uk"
# ukwiki's Берлін uses the English {{Infobox Settlement}}: not this card.
PAGES: Final = ["Київ.wiki", "Чернівці.wiki"]


def _parsed(name: str) -> Settlement:
    return parse_infobox((REAL / name).read_text(encoding="utf-8"))


def _unknown(s: Settlement) -> list[str | None]:
    return [d.param for d in s.diagnostics_with("param.unknown")]


def _subdivisions(s: Settlement) -> list[tuple[int, str | None, str | None]]:
    return [(x.index, x.type, x.name) for x in s.subdivisions]


@pytest.mark.parametrize("name", PAGES)
def test_uk_page_parses_as_np_ukrainy(name: str) -> None:
    """Each ukwiki page of the card parses, as НП України on ukwiki, nothing unknown."""
    s = _parsed(name)
    assert ("НП України", "uk") == (s.template, s.wiki)
    assert [] == _unknown(s)


@pytest.mark.parametrize("name", PAGES)
def test_uk_page_parameters_are_all_defined(name: str) -> None:
    """Every parameter the real page gives is one the card defines (mapped or kept raw)."""
    text = (REAL / name).read_text(encoding="utf-8")
    [call] = [
        t
        for t in mwparserfromhell.parse(text).filter_templates(recursive=False)
        if t.name.matches("НП України")
    ]
    names = [str(param.name).strip() for param in call.params]
    assert [] == [n for n in names if not uk.NP_UKRAINY.reads(n)]


def test_uk_kyiv_by_hand() -> None:
    """uk/Київ: the city as its own region, the mayor, Magdeburg rights, counts and codes."""
    s = _parsed("Київ.wiki")
    # | назва = Київ
    assert "Київ" == s.name
    # No country parameter: the card shows Ukraine.
    # | регіон = Київ   | район = [[Київська міська рада]]
    assert "Україна" == s.country
    assert [
        (0, "Країна", "Україна"),
        (1, "Регіон", "Київ"),
        (2, "Район", "Київська міська рада"),
    ] == _subdivisions(s)
    # The card takes its coordinates from Wikidata: none in the text.
    assert s.coordinates is None
    assert s.diagnostics_with("infobox.wikidata")
    # | засноване = [[V століття|V]]<ref …/> / [[VI століття|VI]]… умовно-офіційно [[482]]…
    # | магдебурзьке право = [[1494]]
    # The centuries are no date: no event titled by the card's label alone, but said.
    assert [("Магдебурзьке право", PartialDate(1494))] == [(e.title, e.date) for e in s.established]
    assert s.diagnostics_with("date.unparseable")
    # | мер = [[Кличко Віталій Володимирович|Віталій Кличко]]
    assert [("Міський голова", "Віталій Кличко")] == [(x.title, x.name) for x in s.leaders]
    # | населення = {{зменшення}} 2 952 301 (1 січня 2022)<ref>…</ref>
    assert 2952301 == s.population.total
    # | густота = {{rnd|{{НОУ/2|Київ}}/839|1}}  (a computation: not read)
    assert s.population.density_km2 is None
    # | висота = 179
    assert 179.0 == s.elevation_m
    # | етнікон = кия́нин, кия́нка, кия́ни
    assert "кия́нин, кия́нка, кия́ни" == s.population.demonym
    # | поштові індекси = 01000—06999   | код = 44
    assert ("01000—06999", "44") == (s.postal_code, s.area_code)
    # | вебсторінка = [http://kmr.gov.ua/ Офіційний портал міської ради]<br/>[https://…]
    assert "http://kmr.gov.ua/" == s.website
    # | прапор = Flag of Kyiv Kurovskyi.svg   | герб = COA of Kyiv Kurovskyi.svg
    assert ["COA of Kyiv Kurovskyi.svg", "Flag of Kyiv Kurovskyi.svg"] == sorted(
        image.file for image in s.images
    )


def test_uk_chernivtsi_by_hand() -> None:
    """uk/Чернівці: область as the region, a hromada, first mention, area and density."""
    s = _parsed("Чернівці.wiki")
    assert "Чернівці" == s.name
    # |область = [[File:Flag of Chernivtsi Oblast.svg|20px|]] [[Чернівецька область]]
    # |район = [[Чернівецький район]]   |громада = [[Чернівецька міська громада]]
    assert [
        (0, "Країна", "Україна"),
        (1, "Регіон", "Чернівецька область"),
        (2, "Район", "Чернівецький район"),
        (3, "Громада", "Чернівецька міська громада"),
    ] == _subdivisions(s)
    # |засноване = [[XII століття]]  |перша згадка = [[1408]]  |магдебурзьке право = [[1488]]
    assert [
        ("Перша згадка", PartialDate(1408)),
        ("Магдебурзьке право", PartialDate(1488)),
    ] == [(e.title, e.date) for e in s.established]
    # |населення = {{зменшення}} 264 298<small>(01.01.2022)</small><ref>…</ref>
    assert 264298 == s.population.total
    # |площа = 153   |густота = 1742   |висота = 284
    assert (153.0, 1742.0, 284.0) == (
        s.area.total_km2,
        s.population.density_km2,
        s.elevation_m,
    )
    # |поштові індекси = 58000—58033   |код = 372(2)
    assert ("58000—58033", "372(2)") == (s.postal_code, s.area_code)
    # |мер = [[Клічук Роман Васильович]]
    assert [("Міський голова", "Клічук Роман Васильович")] == [(x.title, x.name) for x in s.leaders]
    # |вебсторінка = [http://www.city.cv.ua/ Чернівецька міська рада]
    assert "http://www.city.cv.ua/" == s.website


def test_uk_localized_values() -> None:
    """uk/Київ's values in ukwiki's conventions: a decimal comma, a country's name."""
    kyiv = _parsed("Київ.wiki")
    # | площа = 835,58<ref>…</ref>
    assert 835.58 == kyiv.area.total_km2
    # No country parameter: the card shows Україна.
    assert "UA" == kyiv.country_code


def test_uk_card_reads_decimal_coordinates() -> None:
    """Coordinates given in the card's широта/довгота are read as decimal degrees."""
    s = parse_infobox("{{НП України\n|назва = Х\n|широта = 48.3\n|довгота = 25.93\n}}")
    assert s.coordinates is not None
    assert (48.3, 25.93) == (s.coordinates.lat, s.coordinates.lon)


@pytest.mark.parametrize("title", ["НП України", "НП_України", "Місто України"])
def test_uk_names(title: str) -> None:
    """The card's title and its older title find the ukwiki spec."""
    spec = spec_for(title)
    assert spec is not None
    assert ("НП України", "uk") == (spec.name, spec.wiki)
