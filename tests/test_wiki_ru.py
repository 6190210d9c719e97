"""Russian Wikipedia's ``{{НП}}`` family: the real page and cards in the family's form.

Every expected value was read by hand from the wikitext; the comment above it quotes
the raw text. Values written in ruwiki's own conventions (a decimal comma, a month's
name) are in :func:`test_ru_localized_values`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

import mwparserfromhell
import pytest

from infobox import Coordinates, PartialDate, Settlement, Subdivision, parse_infobox
from infobox.templates import ru
from infobox.templates.registry import spec_for

REAL: Final = Path(__file__).resolve().parent.parent / "fixtures" / "real" / "settlement" / "ru"
PAGES: Final = sorted(p.name for p in REAL.glob("*.wiki"))
BERLIN: Final = "Берлин.wiki"


def _parsed(name: str) -> Settlement:
    return parse_infobox((REAL / name).read_text(encoding="utf-8"))


def _params(text: str, template: str) -> list[str]:
    """The parameter names of the first call of ``template`` in ``text``."""
    for call in mwparserfromhell.parse(text).filter_templates(recursive=False):
        if call.name.matches(template):
            return [str(param.name).strip() for param in call.params]
    raise AssertionError(f"no {{{{{template}}}}} in the text")


def _unknown(s: Settlement) -> list[str | None]:
    return [d.param for d in s.diagnostics_with("param.unknown")]


def _point(lat: float, lon: float, found: Coordinates | None) -> None:
    assert found is not None
    assert lat == pytest.approx(found.lat, abs=1e-9)
    assert lon == pytest.approx(found.lon, abs=1e-9)


@pytest.mark.parametrize("name", PAGES)
def test_ru_page_parses_as_np(name: str) -> None:
    """Every ruwiki page of the family parses, as НП on ruwiki, with no unknown parameter."""
    s = _parsed(name)
    assert ("НП", "ru") == (s.template, s.wiki)
    assert [] == _unknown(s)


@pytest.mark.parametrize("name", PAGES)
def test_ru_page_parameters_are_all_defined(name: str) -> None:
    """Every parameter the real page gives is one НП defines (mapped or kept raw)."""
    names = _params((REAL / name).read_text(encoding="utf-8"), "НП")
    assert [] == [n for n in names if not ru.NP.reads(n)]


def test_ru_berlin_by_hand() -> None:
    """ru/Берлин: country and Land, the mayor, founding and first mention, counts."""
    s = _parsed(BERLIN)
    # | статус = Город   | русское название =   (empty: the card shows the page title)
    assert "Город" == s.settlement_type
    assert s.name is None
    # | изображение = Berlin Montage 2016.png
    assert ["Berlin Montage 2016.png"] == [image.file for image in s.images]
    # | страна = Германия  (the card's row title: "Страна")
    # | регион = Берлин
    assert "Германия" == s.country
    assert Subdivision(index=0, type="Страна", name="Германия") == s.subdivisions[0]
    assert (1, "Берлин") == (s.subdivisions[1].index, s.subdivisions[1].name)
    assert 2 == len(s.subdivisions)  # район, община: empty
    # | lat_deg = | lon_min = … (all empty: the card takes them from Wikidata)
    assert s.coordinates is None
    assert s.diagnostics_with("infobox.wikidata")
    # | вид главы = [[Правящий бургомистр]]
    # | глава = [[Мюллер, Михаэль (политик)|Михаэль Мюллер]]
    [leader] = s.leaders
    assert ("Правящий бургомистр", "Михаэль Мюллер") == (leader.title, leader.name)
    # | дата основания = 1237   (row title "Основан")
    # | первое упоминание = 1170 год
    founded = s.established[0]
    assert ("Основан", PartialDate(1237)) == (founded.title, founded.date)
    assert "Первое упоминание" == s.established[1].title
    # | высота центра НП =   (empty)
    assert s.elevation_m is None
    # | население = {{число|3644826}}
    # | плотность = 4088
    # | этнохороним = берлинцы, берлинец, берлинка
    assert 3644826 == s.population.total
    assert 4088.0 == s.population.density_km2
    assert "берлинцы, берлинец, берлинка" == s.population.demonym
    # | часовой пояс = +1
    assert ["+01:00"] == [tz.utc_offset for tz in s.timezones]
    # | телефонный код = [[+49]] 30
    assert "+49 30" == s.area_code
    # | почтовый индекс = | почтовые индексы = | сайт =   (empty)
    assert (None, None) == (s.postal_code, s.website)


def test_ru_localized_values() -> None:
    """ru/Берлин's values in ruwiki's conventions: a decimal comma, a month's name."""
    s = _parsed(BERLIN)
    # | площадь = 891,68
    assert 891.68 == s.area.total_km2
    # | год переписи = 31 декабря 2018
    assert PartialDate(2018, 12, 31) == s.population.as_of
    # | население агломерации = 6 177 535 чел
    assert 6177535 == s.population.metro
    # | первое упоминание = 1170 год
    assert PartialDate(1170) == s.established[1].date
    # | страна = Германия
    assert "DE" == s.country_code


# A card in the form of ruwiki's НП+Россия, with the parameters and values of an older
# revision of ruwiki's Барнаул (its census count in place of a data template).
BARNAUL: Final = """{{НП+Россия
 |статус                   = Город
 |русское название         = Барнаул
 |изображение              = BarnaulCollage.jpg
 |герб                     = Barnaul coat of arms.svg
 |описание герба           = Герб Барнаула
 |флаг                     = Flag of Barnaul (Altai krai).png
 |ширина герба             = 76
 |lat_dir = N |lat_deg = 53 |lat_min = 20 |lat_sec = 49
 |lon_dir = E |lon_deg = 83 |lon_min = 46 |lon_sec = 37
 |CoordAddon               = type:city_region:RU
 |регион                   = Алтайский край
 |регион в таблице         = Алтайский край
 |вид района               = Городской округ
 |район                    = городской округ город Барнаул
 |вид поселения            =
 |поселение                =
 |b в регион               = нет
 |внутреннее деление       = 5 административных районов
 |вид главы                = Глава города
 |глава                    = [[Зубович, Людмила Николаевна|Людмила Зубович]]
 |дата основания           = 1730
 |статус с                 = 1771
 |площадь                  = 322
 |высота центра НП         = 180
 |климат                   = континентальный
 |население                = 612 401
 |год переписи             = 2010
 |плотность                = 1902
 |агломерация              = Барнаульская агломерация
 |этнохороним              = барнаулец, барнаульцы
 |часовой пояс             = +7
 |почтовые индексы         = 656xxx
 |автомобильный код        = 22
 |телефонный код           = 3852
 |цифровой идентификатор   = 01401
 |сайт                     = http://www.barnaul.org/
 |язык сайта               = ru
 |add1n                    = Награды
 |add1                     = орден Октябрьской Революции
}}"""


def test_ru_np_russia_card_by_hand() -> None:
    """НП+Россия: the country is the wrapper's, hemispheres by letter, the town status date."""
    s = parse_infobox(BARNAUL)
    assert ("НП+Россия", "ru") == (s.template, s.wiki)  # the title as written
    assert [] == _unknown(s)
    assert ("Барнаул", "Город") == (s.name, s.settlement_type)
    # |lat_dir = N |lat_deg = 53 |lat_min = 20 |lat_sec = 49
    # |lon_dir = E |lon_deg = 83 |lon_min = 46 |lon_sec = 37
    _point(53 + 20 / 60 + 49 / 3600, 83 + 46 / 60 + 37 / 3600, s.coordinates)
    assert [] == list(s.diagnostics_with("coordinates.hemisphere-assumed"))
    # No страна: the wrapper shows Russia; регион has the card's row title "Регион".
    assert "Россия" == s.country
    assert [
        Subdivision(index=0, type="Страна", name="Россия"),
        Subdivision(index=1, type="Регион", name="Алтайский край"),
        Subdivision(index=2, type="Городской округ", name="городской округ город Барнаул"),
    ] == list(s.subdivisions)
    [leader] = s.leaders
    assert ("Глава города", "Людмила Зубович") == (leader.title, leader.name)
    # |дата основания = 1730   |статус с = 1771
    assert [("Основан", PartialDate(1730)), ("Город с", PartialDate(1771))] == [
        (e.title, e.date) for e in s.established
    ]
    assert (322.0, 180.0) == (s.area.total_km2, s.elevation_m)
    # |население = 612 401 |год переписи = 2010 |плотность = 1902
    assert (612401, PartialDate(2010), 1902.0) == (
        s.population.total,
        s.population.as_of,
        s.population.density_km2,
    )
    # |агломерация = Барнаульская агломерация: a name, not a count
    assert s.population.metro is None
    assert "Барнаульская агломерация" == s.params["агломерация"].raw.strip()
    assert ["+07:00"] == [tz.utc_offset for tz in s.timezones]
    assert ("656xxx", "3852") == (s.postal_code, s.area_code)
    assert "http://www.barnaul.org/" == s.website
    expected = [
        "Barnaul coat of arms.svg",
        "BarnaulCollage.jpg",
        "Flag of Barnaul (Altai krai).png",
    ]
    assert expected == sorted(image.file for image in s.images)


def test_ru_np_without_hemisphere_takes_north_and_east() -> None:
    """A card without lat_dir/lon_dir is read as N and E, with an info diagnostic."""
    s = parse_infobox(
        "{{НП\n|страна = Россия\n|lat_deg = 55|lat_min = 45\n|lon_deg = 37|lon_min = 37\n}}"
    )
    _point(55.75, 37 + 37 / 60, s.coordinates)
    assert 2 == len(s.diagnostics_with("coordinates.hemisphere-assumed"))


def test_ru_np_ukraine_reads_oblast() -> None:
    """НП-Украина: ``область`` is the region, titled "Область"; Ukraine is the country."""
    s = parse_infobox(
        "{{НП-Украина\n|статус = Город\n|русское название = Черновцы\n"
        "|оригинальное название = {{lang-uk|Чернівці}}\n|область = Черновицкая область\n"
        "|район = Черновицкий район\n|община = Черновицкая городская община\n}}"
    )
    assert ("НП-Украина", "ru") == (s.template, s.wiki)
    assert ("Черновцы", ("Чернівці",)) == (s.name, s.native_names)
    assert [
        (0, "Страна", "Украина"),
        (1, "Область", "Черновицкая область"),
        (2, "Район", "Черновицкий район"),
        (3, "Община", "Черновицкая городская община"),
    ] == [(x.index, x.type, x.name) for x in s.subdivisions]
    assert [] == _unknown(s)


def test_ru_np_own_titles_win_over_the_labels() -> None:
    """A card's own вид региона/вид главы are the titles; a label only fills an empty one."""
    s = parse_infobox(
        "{{НП\n|страна = Казахстан\n|вид региона = Область\n|регион = Улытауская область\n"
        "|вид главы = Аким\n|глава = Х\n|район = город областного значения Жезказган\n}}"
    )
    assert [
        (0, "Страна", "Казахстан"),
        (1, "Область", "Улытауская область"),
        (2, "Район", "город областного значения Жезказган"),
    ] == [(x.index, x.type, x.name) for x in s.subdivisions]
    assert [("Аким", "Х")] == [(x.title, x.name) for x in s.leaders]


def test_ru_np_unknown_parameter_is_reported() -> None:
    """A parameter НП does not define is reported; one it defines but does not map is not."""
    s = parse_infobox("{{НП\n|страна = Германия\n|климат = умеренный\n|население2 = 5\n}}")
    assert ["население2"] == _unknown(s)
    assert "умеренный" == s.params["климат"].raw.strip()


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("НП", "НП"),
        ("Населённый пункт", "НП"),
        ("НП-Россия", "НП-Россия"),
        ("НП+Россия", "НП-Россия"),
        ("НП-Украина", "НП-Украина"),
        ("НП-Белоруссия", "НП-Белоруссия"),
        ("НП-Беларусь", "НП-Белоруссия"),
        ("НП-Казахстан", "НП-Казахстан"),
        ("НП-Абхазия", "НП-Абхазия"),
        ("НП-США", "НП-США"),
        ("НП-Франция", "НП-Франция"),
    ],
)
def test_ru_family_names(title: str, name: str) -> None:
    """Each title of the family finds its spec, a ruwiki one."""
    spec = spec_for(title)
    assert spec is not None
    assert (name, "ru") == (spec.name, spec.wiki)


def test_ru_wrappers_show_their_country() -> None:
    """Each country wrapper labels its country; the generic card and Abkhazia's do not."""
    shown = {
        spec.name: [x.text for x in spec.labels if x.param == "subdivision_name"]
        for spec in ru.SPECS
    }
    assert {
        "НП": [],
        "НП-Россия": ["Россия"],
        "НП-Украина": ["Украина"],
        "НП-Белоруссия": ["Белоруссия"],
        "НП-Казахстан": ["Казахстан"],
        "НП-Абхазия": [],
        "НП-США": ["США"],
        "НП-Франция": ["Франция"],
    } == shown
