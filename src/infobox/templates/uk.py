"""Ukrainian Wikipedia's settlement card ``{{НП України}}``, as data.

``{{НП України}}`` ("населений пункт України") is ukwiki's card for Ukrainian towns
and villages; the country is always Ukraine, shown as a label. Sources:

- ukwiki's ``Київ`` (rev 39353893, 2023-04-30) and ``Чернівці`` (rev 39334446,
  2023-04-27), ``fixtures/real/settlement/uk/``: every parameter below except the
  coordinates is used by one of them;
- DBpedia's ``Mapping uk:Місто України`` (dbpedia/extraction-framework,
  ``mappings/Mapping_uk.xml``): the card's older title, with the same parameters
  (``регіон``, ``засноване``, ``густота``, ``код``, ``висота``).

The card has no parameter for the row titles, so they are labels: "Країна" (Україна),
"Регіон" (``регіон``, or ``область`` as older calls name it), "Район", "Громада",
"Засноване", "Перша згадка", "Магдебурзьке право", "Міський голова". It takes its
coordinates from Wikidata; ``широта``/``довгота`` (decimal degrees) are read when given.
The distances to the district centre, the region's centre and the capital
(``залізниця р``, ``фізична о``, ``автошлях с``…) are kept raw.

>>> NP_UKRAINY.canonical("населення"), NP_UKRAINY.canonical("область")
('population_total', 'subdivision_name1')
"""

from __future__ import annotations

from typing import Final

from .spec import Label, TemplateSpec

__all__ = ["NP_UKRAINY", "SPECS"]

_DISTANCES: Final = frozenset(
    f"{prefix}{kind} {to}"
    for prefix in ("", "ref-")
    for kind in ("залізниця", "фізична", "автошлях")
    for to in ("р", "о", "с")
)

NP_UKRAINY: Final = TemplateSpec(
    name="НП України",
    wiki="uk",
    aliases=frozenset({"Місто України"}),
    params={
        "назва": "name",
        "статус": "settlement_type",
        "прізвисько": "nickname",
        "зображення": "image_skyline",
        "прапор": "image_flag",
        "герб": "image_shield",
        "широта": "latitude",
        "довгота": "longitude",
        "регіон": "subdivision_name1",
        "область": "subdivision_name1",
        "район": "subdivision_name2",
        "громада": "subdivision_name3",
        "засноване": "established_date1",
        "перша згадка": "established_date2",
        "магдебурзьке право": "established_date3",
        "населення": "population_total",
        "агломерація": "population_metro",
        "площа": "area_total_km2",
        "густота": "population_density_km2",
        "висота": "elevation_m",
        "етнікон": "population_demonym",
        "поштові індекси": "postal_code",
        "поштовий індекс": "postal_code",
        "код": "area_code",
        "номери автомобілів": "registration_plate",
        "рада": "governing_body",
        "мер": "leader_name",
        "вебсторінка": "website",
    },
    labels=(
        Label("subdivision_name", "Україна", when="subdivision_name1"),
        Label("subdivision_type", "Країна", when="subdivision_name1"),
        Label("subdivision_type1", "Регіон", when="subdivision_name1"),
        Label("subdivision_type2", "Район", when="subdivision_name2"),
        Label("subdivision_type3", "Громада", when="subdivision_name3"),
        Label("established_title1", "Засноване", when="established_date1"),
        Label("established_title2", "Перша згадка", when="established_date2"),
        Label("established_title3", "Магдебурзьке право", when="established_date3"),
        Label("leader_title", "Міський голова", when="leader_name"),
    ),
    other=frozenset(
        {
            "опис прапора",
            "опис герба",
            "зображення_розмір",
            "зображення_підпис",
            "код КАТОТТГ",
            "код КОАТУУ",
            "поділ",
            "ref-площа",
            "ref-висота",
            "водойма",
            "станція",
            "відстань",
            "міста-побратими",
            "день міста",
            "адреса",
            "ремарки",
            *_DISTANCES,
        }
    ),
    wikidata=True,
    source=(
        "ukwiki, Template:НП України as ukwiki's Київ (rev 39353893) and Чернівці "
        "(rev 39334446) call it; DBpedia 'Mapping uk:Місто України' "
        "(dbpedia/extraction-framework, mappings/Mapping_uk.xml)"
    ),
)

SPECS: Final = (NP_UKRAINY,)
