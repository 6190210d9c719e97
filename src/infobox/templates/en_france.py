"""English Wikipedia's ``{{Infobox French commune}}``.

A wrapper of ``{{Infobox settlement}}`` with parameter names of its own, most with
spaces (``area km2``, ``population date``, ``image coat of arms``), some also with
underscores as DBpedia's mapping reads them. It always shows "Country: France",
then the region, department, arrondissement, canton, intercommunality and (for a
former commune) the commune it belongs to, under fixed labels. Sources: the
template's documentation (``Template:Infobox French commune/doc``) and DBpedia's
``mappings/Mapping_en.xml`` (``dbpedia/extraction-framework``).
"""

from __future__ import annotations

from typing import Final

from .spec import Label, TemplateSpec

#: ``{{Infobox French commune}}``, English Wikipedia's wrapper of ``{{Infobox settlement}}`` for
#: the communes of France.
INFOBOX_FRENCH_COMMUNE: Final = TemplateSpec(
    name="Infobox French commune",
    wiki="en",
    params={
        "name": "name",
        "native name": "native_name",
        "native_name": "native_name",
        "commune status": "settlement_type",
        "type": "settlement_type",
        "city motto": "motto",
        "city_motto": "motto",
        "image": "image_skyline",
        "image size": "image_size",
        "caption": "image_caption",
        "image flag": "image_flag",
        "image flag size": "flag_size",
        "flag_link": "flag_link",
        "image coat of arms": "image_shield",
        "image coat of arms size": "shield_size",
        "map": "image_map",
        "map size": "mapsize",
        "map caption": "map_caption",
        "coordinates": "coordinates",
        "latitude": "latitude",
        "longitude": "longitude",
        "region": "subdivision_name1",
        "department": "subdivision_name2",
        "arrondissement": "subdivision_name3",
        "canton": "subdivision_name4",
        "intercommunality": "subdivision_name5",
        "commune": "subdivision_name6",
        "subdivisions entry": "parts_type",
        "subdivisions": "parts",
        "mayor": "leader_name",
        "party": "leader_party",
        "total type": "total_type",
        "area km2": "area_total_km2",
        "area_km2": "area_total_km2",
        "area footnotes": "area_footnotes",
        "urban area km2": "area_urban_km2",
        "metro area km2": "area_metro_km2",
        "elevation m": "elevation_m",
        "elevation_m": "elevation_m",
        "elevation min m": "elevation_min_m",
        "elevation_min_m": "elevation_min_m",
        "elevation max m": "elevation_max_m",
        "elevation_max_m": "elevation_max_m",
        "elevation footnotes": "elevation_footnotes",
        "population": "population_total",
        "population date": "population_as_of",
        "population_year": "population_as_of",
        "population footnotes": "population_footnotes",
        "population ranking": "population_rank",
        "urban pop": "population_urban",
        "metro area pop": "population_metro",
        "population demonym": "population_demonym",
        "population_demonym": "population_demonym",
        "time zone": "timezone",
        "time_zone": "timezone",
        "utc offset": "utc_offset",
        "time zone DST": "timezone_DST",
        "utc offset DST": "utc_offset_DST",
        "postal code": "postal_code",
        "postal_code": "postal_code",
        "dialling code": "area_code",
        "website": "website",
    },
    labels=(
        Label("subdivision_type", "Country", when="subdivision_name1"),
        Label("subdivision_name", "France", when="subdivision_name1"),
        Label("subdivision_type1", "Region", when="subdivision_name1"),
        Label("subdivision_type2", "Department", when="subdivision_name2"),
        Label("subdivision_type3", "Arrondissement", when="subdivision_name3"),
        Label("subdivision_type4", "Canton", when="subdivision_name4"),
        Label("subdivision_type5", "Intercommunality", when="subdivision_name5"),
        Label("subdivision_type6", "Commune", when="subdivision_name6"),
        Label("leader_title", "Mayor", when="leader_name"),
    ),
    other=frozenset(
        {
            "INSEE",
            "adjustable map",
            "coat of arms legend",
            "ethnic",
            "ethnic date",
            "flag legend",
            "metro area date",
            "metro area pop date",
            "term",
            "urban area date",
            "urban pop date",
        }
    ),
    source=(
        "English Wikipedia, Template:Infobox French commune and its documentation (a "
        "wrapper of Infobox settlement); DBpedia's Mapping_en.xml (dbpedia/extraction-"
        "framework)"
    ),
)

SPECS: Final = (INFOBOX_FRENCH_COMMUNE,)
