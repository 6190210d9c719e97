"""Czech Wikipedia's settlement template, ``{{Infobox - sídlo světa}}``.

Sources: the parameters the template defines, as DBpedia's mapping statistics list
them (``dbpedia/extraction-framework``, ``server/src/main/statistics/mappingstats_cs.txt``,
with ``mappings/Mapping_cs.xml``), and the real page Berlín (cswiki rev 20477711).

The country is ``stát``; the units above the place are pairs of a term and a name
(``pojem vyššího celku``/``název vyššího celku``, ``pojem nižšího celku``/…, ``pojem
celku 3``…``5``). Coordinates are decimal degrees (``zeměpisná šířka``,
``zeměpisná délka``).
"""

from __future__ import annotations

from typing import Final

from .spec import Label, TemplateSpec

#: ``{{Infobox - sídlo světa}}``, Czech Wikipedia's infobox for a settlement outside Czechia.
SIDLO_SVETA: Final = TemplateSpec(
    name="Infobox - sídlo světa",
    wiki="cs",
    params={
        "jméno": "name",
        "originální jméno": "native_name",
        "status": "settlement_type",
        "obrázek": "image_skyline",
        "popisek": "image_caption",
        "znak": "image_shield",
        "vlajka": "image_flag",
        "mapa": "image_map",
        "popisek mapy": "map_caption",
        "stát": "subdivision_name",
        "pojem vyššího celku": "subdivision_type1",
        "název vyššího celku": "subdivision_name1",
        "pojem nižšího celku": "subdivision_type2",
        "název nižšího celku": "subdivision_name2",
        "pojem celku 3": "subdivision_type3",
        "název celku 3": "subdivision_name3",
        "pojem celku 4": "subdivision_type4",
        "název celku 4": "subdivision_name4",
        "pojem celku 5": "subdivision_type5",
        "název celku 5": "subdivision_name5",
        "administrativní dělení": "parts",
        "zeměpisná šířka": "latitude",
        "zeměpisná délka": "longitude",
        "nadmořská výška": "elevation_m",
        "rozloha": "area_total_km2",
        "počet obyvatel": "population_total",
        "rok": "population_as_of",
        "hustota zalidnění": "population_density_km2",
        "starosta": "leader_name",
        "vznik": "established_date",
        "zakladatel": "founder",
        "časové pásmo": "timezone",
        "psč": "postal_code",
        "telefonní předvolba": "area_code",
        "označení vozidel": "registration_plate",
        "web": "website",
    },
    labels=(
        Label("subdivision_type", "Stát", when="subdivision_name"),
        Label("leader_title", "Starosta", when="leader_name"),
        Label("established_title", "Vznik", when="established_date"),
    ),
    other=frozenset(
        {
            "etnické složení",
            "id",
            "koláž",
            "kritérium",
            "loc-map",
            "náboženské složení",
            "název dle unesco",
            "název statistického celku",
            "obecní úřad",
            "rok zařazení",
            "světové dědictví",
            "typ",
            "typ statistického celku",
            "v ohrožení",
            "velikost mapy",
            "zasedání",
            "zkratka státu",
            "článek o vlajce",
            "článek o znaku",
        }
    ),
    source=(
        "cswiki, Šablona:Infobox - sídlo světa: its parameters as DBpedia's mapping "
        "statistics list them (dbpedia/extraction-framework "
        "server/src/main/statistics/mappingstats_cs.txt, Mapping_cs.xml) and the page "
        "Berlín"
    ),
)

SPECS: Final = (SIDLO_SVETA,)
