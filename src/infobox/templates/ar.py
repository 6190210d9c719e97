"""Arabic Wikipedia's settlement templates: ``{{صندوق معلومات تجمع سكاني}}`` and ``{{تجمع سكاني}}``.

Both are ``{{Infobox settlement}}`` copied: they take its English parameter names, and
their values are written in Arabic (Arabic-Indic digits, Arabic month names) — the
wiki's conventions. ``صندوق معلومات تجمع سكاني`` defines only English names (and a
few spellings with spaces, ``leader name``, read as the underscored ones); the older
``تجمع سكاني`` also takes ``اسم``, ``اسم_رسمي``, ``اسم_اصلي``, ``اسم_آخر`` and
``نوع_مستوطنة``. Sources: the parameters each template defines, as DBpedia's mapping
statistics list them (``dbpedia/extraction-framework``,
``server/src/main/statistics/mappingstats_ar.txt``, with ``mappings/Mapping_ar.xml``),
and the real page برلين (arwiki rev 55141368), which calls the template with no
parameters (all its values come from Wikidata).
"""

from __future__ import annotations

from typing import Final

from .spec import TemplateSpec

#: Parameter names with spaces both copies take, read as the underscored ones.
_SPACED: Final = {
    "flag link": "flag_link",
    "leader name": "leader_name",
    "leader name1": "leader_name1",
    "leader name2": "leader_name2",
    "leader name3": "leader_name3",
    "leader name4": "leader_name4",
    "official name": "official_name",
    "seal link": "seal_link",
    "shield link": "shield_link",
}

#: Parameters both copies define that the model has no place for (kept raw): the
#: old US-style unit parameters, a logo, an unspecified elevation and twin towns.
_UNREAD: Final = frozenset(
    {
        "LandArea_sq_mi",
        "MetroArea_sq_mi",
        "TotalArea_sq_mi",
        "UrbanArea_sq_mi",
        "WaterArea_sq_mi",
        "area_land",
        "area_metro",
        "area_total",
        "area_urban",
        "area_water",
        "city_logo",
        "elevation",
        "population_density_metro_mi2",
        "population_density_urban_mi2",
        "twin1",
        "twin1_country",
        "twin2",
        "twin2_country",
        "twin3",
        "twin3_country",
        "twin4",
        "twin4_country",
        "twin5",
        "twin5_country",
        "twin6",
        "twin6_country",
        "twin7",
        "twin7_country",
    }
)

#: ``{{صندوق معلومات تجمع سكاني}}``, Arabic Wikipedia's ``{{Infobox settlement}}``: English
#: parameter names.
SUNDUQ_TAJAMMU_SUKKANI: Final = TemplateSpec(
    name="صندوق معلومات تجمع سكاني",
    wiki="ar",
    params={
        **_SPACED,
        "utc offset1": "utc_offset1",
        "utc offset2": "utc_offset2",
        "utc offset2 DST": "utc_offset2_DST",
    },
    english_params=True,
    other=_UNREAD | {"twin8", "twin8_country", "twin9", "twin9_country"},
    wikidata=True,
    source=(
        "arwiki, قالب:صندوق معلومات تجمع سكاني: its parameters as DBpedia's mapping "
        "statistics list them (dbpedia/extraction-framework "
        "server/src/main/statistics/mappingstats_ar.txt): Infobox settlement's English "
        "names"
    ),
)

#: ``{{تجمع سكاني}}``, the older Arabic copy of ``{{Infobox settlement}}``: English names plus
#: five Arabic ones.
TAJAMMU_SUKKANI: Final = TemplateSpec(
    name="تجمع سكاني",
    wiki="ar",
    params={
        "اسم": "name",
        "اسم_رسمي": "official_name",
        "اسم_اصلي": "native_name",
        "اسم_آخر": "other_name",
        "نوع_مستوطنة": "settlement_type",
        **_SPACED,
    },
    english_params=True,
    other=_UNREAD,
    source=(
        "arwiki, قالب:تجمع سكاني: its parameters as DBpedia's mapping statistics list "
        "them (dbpedia/extraction-framework "
        "server/src/main/statistics/mappingstats_ar.txt, Mapping_ar.xml): English names "
        "and five Arabic ones"
    ),
)

SPECS: Final = (
    SUNDUQ_TAJAMMU_SUKKANI,
    TAJAMMU_SUKKANI,
)
