"""Russian Wikipedia's settlement card ``{{НП}}`` and its family, as data.

``{{НП}}`` ("населённый пункт") is ruwiki's card for every inhabited place; its
country wrappers (``{{НП-Россия}}``, ``{{НП-Украина}}``, ``{{НП-Белоруссия}}``…) call
it with the same parameters and the country set, so each is a spec of its own that
shows the country as a label. Sources:

- the card as ruwiki's ``Берлин`` calls it (rev 116609605, 2021-09-12,
  ``fixtures/real/settlement/ru/Берлин.wiki``), which lists every parameter of the
  card's blank syntax, empty ones included;
- DBpedia's mappings ``Mapping ru:НП``, ``НП+Россия``, ``НП-Россия``, ``НП-Белоруссия``,
  ``НП-Украина``, ``НП-США``, ``НП-Франция`` (dbpedia/extraction-framework,
  ``mappings/Mapping_ru.xml``): the family's names and the parameters each wrapper
  adds (``область``, ``штат``, ``кантон``);
- an older ``{{НП+Россия}}`` card (ruwiki ``Барнаул``, quoted in a public parser's
  test notes): ``lat_dir``/``lon_dir``, ``CoordAddon``, ``вид поселения``/``поселение``,
  ``статус с``, ``агломерация`` as the agglomeration's *name*, ``add1n``/``add1``.

The labels are the card's row titles for the rows whose title has no parameter:
"Страна", "Регион", "Район", "Община", "Глава", "Основан", "Первое упоминание",
"Город с". ``агломерация`` names the agglomeration (kept raw); its population is
``население агломерации``. Coordinates are the ``lat_deg`` family; the card takes the
hemisphere from ``lat_dir``/``lon_dir`` and the reader takes N/E when they are empty.
The card fills what is not given (coordinates, images) from Wikidata.

>>> NP.canonical("население"), NP.canonical("высота центра НП"), NP.canonical("агломерация")
('population_total', 'elevation_m', None)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Final

from .spec import Label, TemplateSpec

__all__ = ["NP", "SPECS"]

_SOURCE: Final = (
    "ruwiki, Template:НП as ruwiki's Берлин calls it (rev 116609605); DBpedia "
    "'Mapping ru:НП' and the country wrappers' mappings (dbpedia/extraction-framework, "
    "mappings/Mapping_ru.xml); an older НП+Россия card (ruwiki Барнаул)"
)

_COORDINATES: Final = {
    key: key
    for key in (
        "lat_dir",
        "lat_deg",
        "lat_min",
        "lat_sec",
        "lon_dir",
        "lon_deg",
        "lon_min",
        "lon_sec",
    )
}

#: What every card of the family reads, in the card's order.
_PARAMS: Final = {
    "статус": "settlement_type",
    "русское название": "name",
    "оригинальное название": "native_name",
    "изображение": "image_skyline",
    "герб": "image_shield",
    "флаг": "image_flag",
    **_COORDINATES,
    "вид региона": "subdivision_type1",
    "регион": "subdivision_name1",
    "вид района": "subdivision_type2",
    "район": "subdivision_name2",
    "вид главы": "leader_title",
    "глава": "leader_name",
    "дата основания": "established_date1",
    "первое упоминание": "established_date2",
    "город с": "established_date3",
    "статус с": "established_date3",
    "площадь": "area_total_km2",
    "высота центра НП": "elevation_m",
    "население": "population_total",
    "год переписи": "population_as_of",
    "плотность": "population_density_km2",
    "население агломерации": "population_metro",
    "этнохороним": "population_demonym",
    "часовой пояс": "utc_offset",
    "телефонный код": "area_code",
    "почтовый индекс": "postal_code",
    "почтовые индексы": "postal_code",
    "автомобильный код": "registration_plate",
    "сайт": "website",
}

_LABELS: Final = (
    Label("subdivision_type1", "Регион", when="subdivision_name1"),
    Label("subdivision_type2", "Район", when="subdivision_name2"),
    Label("leader_title", "Глава", when="leader_name"),
    Label("established_title1", "Основан", when="established_date1"),
    Label("established_title2", "Первое упоминание", when="established_date2"),
    Label("established_title3", "Город с", when="established_date3"),
)

#: Parameters the cards define that the model has no place for (kept raw).
_OTHER: Final = frozenset(
    {
        "описание изображения",
        "ширина изображения",
        "описание герба",
        "описание флага",
        "ширина герба",
        "ширина флага",
        "гимн",
        "подчинение",
        "регион в таблице",
        "район в таблице",
        "CoordAddon",
        "CoordScale",
        "внутреннее деление",
        "прежние имена",
        "вид высоты",
        "климат",
        "официальный язык",
        "официальный язык-ref",
        "агломерация",
        "национальный состав",
        "конфессиональный состав",
        "DST",
        "цифровой идентификатор",
        "вид идентификатора",
        "категория в Commons",
        "язык сайта",
        "язык сайта 2",
        "язык сайта 3",
        "язык сайта 4",
        "язык сайта 5",
        "карта страны",
        "карта региона",
        "карта района",
        "размер карты страны",
        "размер карты региона",
        "размер карты района",
        "add1n",
        "add1",
        "add2n",
        "add2",
        "add3n",
        "add3",
        "from",
    }
)

#: ``{{НП}}``: any country, given as ``страна``; the third level is ``община``.
#: The card shows each level's type as a link (``[[{{{вид региона}}}]]``), so a value
#: ``Земли Германии{{!}}Земля`` shows "Земля".
LINKED_TYPES: Final = frozenset(f"subdivision_type{n}" for n in ("", "1", "2", "3", "4"))

NP: Final = TemplateSpec(
    name="НП",
    wiki="ru",
    aliases=frozenset({"Населённый пункт", "Город"}),
    params={
        **_PARAMS,
        "страна": "subdivision_name",
        "вид общины": "subdivision_type3",
        "община": "subdivision_name3",
    },
    labels=(
        Label("subdivision_type", "Страна", when="subdivision_name"),
        *_LABELS,
        Label("subdivision_type3", "Община", when="subdivision_name3"),
    ),
    other=_OTHER | {"община в таблице"},
    wikidata=True,
    linked=LINKED_TYPES,
    source=_SOURCE,
)


def _wrapper(
    name: str,
    country: str | None,
    *,
    aliases: Iterable[str] = (),
    params: Mapping[str, str] | None = None,
    labels: Iterable[Label] = (),
    other: Iterable[str] = (),
) -> TemplateSpec:
    """A country wrapper of ``{{НП}}``: its parameters, ``country`` shown as a label.

    The wrapper has no ``страна``: the country row shows whenever the region is given.
    ``labels`` replace the card's labels of the same parameters.
    """
    own = tuple(labels)
    replaced = {label.param for label in own}
    shown = (
        (
            Label("subdivision_name", country, when="subdivision_name1"),
            Label("subdivision_type", "Страна", when="subdivision_name1"),
        )
        if country is not None
        else ()
    )
    return TemplateSpec(
        name=name,
        wiki="ru",
        aliases=frozenset(aliases),
        params={**_PARAMS, **(params or {})},
        labels=(*shown, *(x for x in _LABELS if x.param not in replaced), *own),
        other=_OTHER | frozenset(other),
        wikidata=True,
        linked=LINKED_TYPES,
        source=_SOURCE,
    )


#: Russia's municipal level: ``поселение`` (urban or rural settlement).
_SETTLEMENT_LEVEL: Final = {"вид поселения": "subdivision_type3", "поселение": "subdivision_name3"}
_SETTLEMENT_LABEL: Final = (Label("subdivision_type3", "Поселение", when="subdivision_name3"),)
_SETTLEMENT_OTHER: Final = ("поселение в таблице", "b в регион", "c в регион")
_COMMUNITY_LEVEL: Final = {"вид общины": "subdivision_type3", "община": "subdivision_name3"}
_COMMUNITY_LABEL: Final = (Label("subdivision_type3", "Община", when="subdivision_name3"),)

NP_RUSSIA: Final = _wrapper(
    "НП-Россия",
    "Россия",
    aliases=("НП+Россия",),
    params=_SETTLEMENT_LEVEL,
    labels=_SETTLEMENT_LABEL,
    other=_SETTLEMENT_OTHER,
)
NP_UKRAINE: Final = _wrapper(
    "НП-Украина",
    "Украина",
    params={"область": "subdivision_name1", **_COMMUNITY_LEVEL},
    labels=(Label("subdivision_type1", "Область", when="subdivision_name1"), *_COMMUNITY_LABEL),
    other=("область в таблице", "община в таблице"),
)
NP_BELARUS: Final = _wrapper(
    "НП-Белоруссия",
    "Белоруссия",
    aliases=("НП-Беларусь",),
    params=_COMMUNITY_LEVEL,
    labels=_COMMUNITY_LABEL,
    other=("община в таблице",),
)
NP_KAZAKHSTAN: Final = _wrapper(
    "НП-Казахстан",
    "Казахстан",
    params=_COMMUNITY_LEVEL,
    labels=_COMMUNITY_LABEL,
    other=("община в таблице",),
)
#: A partly recognised state: the card shows the dispute, not one country.
NP_ABKHAZIA: Final = _wrapper(
    "НП-Абхазия",
    None,
    params=_COMMUNITY_LEVEL,
    labels=_COMMUNITY_LABEL,
    other=("община в таблице",),
)
NP_USA: Final = _wrapper(
    "НП-США",
    "США",
    params={"штат": "subdivision_name1", "округ": "subdivision_name2"},
    labels=(
        Label("subdivision_type1", "Штат", when="subdivision_name1"),
        Label("subdivision_type2", "Округ", when="subdivision_name2"),
    ),
    other=("штат в таблице", "округ в таблице"),
)
NP_FRANCE: Final = _wrapper(
    "НП-Франция",
    "Франция",
    params={"кантон": "subdivision_name3"},
    labels=(
        Label("subdivision_type2", "Департамент", when="subdivision_name2"),
        Label("subdivision_type3", "Кантон", when="subdivision_name3"),
    ),
    other=("кантон в таблице",),
)

SPECS: Final = (
    NP,
    NP_RUSSIA,
    NP_UKRAINE,
    NP_BELARUS,
    NP_KAZAKHSTAN,
    NP_ABKHAZIA,
    NP_USA,
    NP_FRANCE,
)
