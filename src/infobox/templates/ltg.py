"""Latgalian Wikipedia's settlement templates, for towns and municipalities.

``{{Infoskreine Latvejis mīsts}}`` (a town) and ``{{Infoskreine Latvejis nūvods}}`` (a
municipality or a parish: nūvods, pogosts). Both are ltgwiki's own tables with
Latgalian parameter names, and neither has a parameter for the country: the town
template is named for Latvia's towns, but it and its redirect ``{{Latvejis mīsts}}``
are also used for foreign cities (Berlins, Varšova, Ho Chi Minh Mīsts), so no country
is implied. Sources: the templates' own text and documentation (``Taiss:Infoskreine
Latvejis mīsts``, ``…/doc``, ``Taiss:Latvejis mīsts``, a redirect, and the same for
``nūvods``) in the ltgwiki sample of spencermountain/dumpster-dive
(``tests/smallwiki-latest-pages-articles.xml``), checked against the parameters of
every call in that sample (30 towns, 191 municipalities and parishes).
"""

from __future__ import annotations

from typing import Final

from .spec import Label, TemplateSpec

#: ``{{Infoskreine Latvejis mīsts}}``: a town. ``nūvods`` is the
#: municipality the town is in; ``pluots`` the area in km², ``bīzeiba`` the density;
#: ``īstateits`` the year of founding, ``mīsta_tīseibys`` the year of town rights.
MISTS: Final = TemplateSpec(
    name="Infoskreine Latvejis mīsts",
    wiki="ltg",
    aliases=frozenset({"Latvejis mīsts"}),
    params={
        "pasauka": "name",
        "official_name": "official_name",
        "mīsta_tips": "settlement_type",
        "atvaiga_pasauka": "image_skyline",
        "gerba_atvaigs": "image_shield",
        "karūga_atvaigs": "image_flag",
        "zemislopys_atvaigs": "image_map",
        "koordinatu_zemislopa": "pushpin_map",
        "latd": "latd",
        "latm": "latm",
        "lats": "lats",
        "latNS": "latNS",
        "longd": "longd",
        "longm": "longm",
        "longs": "longs",
        "longEW": "longEW",
        "nūvods": "subdivision_name1",
        "pluots": "area_total_km2",
        "dzeivuotuoju_skaits": "population_total",
        "dzeivuotuoji_gods": "population_as_of",
        "bīzeiba": "population_density_km2",
        "cytys_pasaukys": "other_name",
        "īstateits": "established_date1",
        "mīsta_tīseibys": "established_date2",
        "posta_iņdekss": "postal_code",
        "posta_iņdeksi": "postal_code",
        "teiklavīta": "website",
    },
    labels=(
        Label("subdivision_type1", "Nūvods", when="subdivision_name1"),
        Label("established_title1", "Īstateits", when="established_date1"),
        Label("established_title2", "Mīsta tīseibys", when="established_date2"),
        Label("postal_code_type", "Posta iņdekss", when="postal_code"),
    ),
    other=frozenset(
        {
            "atvaiga_aprakstejums",
            "atvaiga_mārs",
            "gerba_pasauka",
            "gerba_pluots",
            "karūga_pasauka",
            "flag_caption",
            "image_symbol",
            "symbol_type",
            "pushpin_label_position",
            "pushpin_mapsize",
            "viesturiskuos_pasaukys",
            "coor_pinpoint",
            "coor_type",
            "coordinates_type",
            "coordinates_region",
            "coordinates_display",
            "coordinates_format",
            "coordinates_footnotes",
            "wikidata",
        }
    ),
    source=(
        "ltgwiki, Taiss:Infoskreine Latvejis mīsts and its /doc (spencermountain/"
        "dumpster-dive tests/smallwiki-latest-pages-articles.xml) and its 19 calls there"
    ),
)

#: ``{{Infoskreine Latvejis nūvods}}``: a municipality (nūvods) or a parish (pogosts)
#: of Latvia. ``nūvods`` is the label of the level above (``Nūvods``, for a dissolved
#: parish ``Rajons`` or ``Apleiciņs``), ``nūvoda_pasauka`` its name; ``centrys`` the
#: administrative centre; ``īstateits`` and ``likvidets`` years.
NUVODS: Final = TemplateSpec(
    name="Infoskreine Latvejis nūvods",
    wiki="ltg",
    params={
        "pasauka": "name",
        "zemislopa": "image_map",
        "gerba_atvaigs": "image_shield",
        "karūga_atvaigs": "image_flag",
        "nūvods": "subdivision_type1",
        "nūvoda_pasauka": "subdivision_name1",
        "centrys": "seat",
        "pluots": "area_total_km2",
        "dzeivuotuoju_skaits": "population_total",
        "dzeivuotuoji_gods": "population_as_of",
        "bīzeiba": "population_density_km2",
        "īstateits": "established_date1",
        "likvidets": "extinct_date",
        "teritoriskais_dalejums": "parts",
        "teiklavīta": "website",
    },
    labels=(
        Label("seat_type", "Centrys", when="seat"),
        Label("established_title1", "Īstateits", when="established_date1"),
        Label("extinct_title", "Likvidets", when="extinct_date"),
        Label("parts_type", "Teritoriskais dalejums", when="parts"),
    ),
    other=frozenset(
        {
            "zemislopa2",
            "zemislopa2_aprakstejums",
            "gerba_pasauka",
            "gerba_plotums",
            "karūga_pasauka",
            "flag_caption",
            "image_symbol",
            "symbol_type",
            "centrys2",
            "pakaļpīņu_centri",
            "mīsti_i_solys",
        }
    ),
    source=(
        "ltgwiki, Taiss:Infoskreine Latvejis nūvods and its /doc (spencermountain/"
        "dumpster-dive tests/smallwiki-latest-pages-articles.xml) and its 191 calls there"
    ),
)

SPECS: Final = (MISTS, NUVODS)
