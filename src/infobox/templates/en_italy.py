"""English Wikipedia's ``{{Infobox Italian comune}}``.

A wrapper around ``{{Infobox settlement}}`` for the comuni of Italy: it takes its own
parameters (``region``, ``province``, ``mayor``, ``frazioni``…) and passes them on,
and writes itself what every comune shares: the country (Italy), the kinds of the
divisions (Region, Province or Metropolitan city), the time zone (CET, +1; CEST, +2).
Source: the template's source as quoted in DBpedia's
``InfoboxMappingsTemplateExtractorTest.scala`` (dbpedia/extraction-framework, the
``{{Infobox settlement}}`` call of ``Template:Infobox Italian comune`` and the Parma page
that uses it), where each parameter's place in ``{{Infobox settlement}}`` is read.
"""

from __future__ import annotations

from typing import Final

from .spec import Label, TemplateSpec

#: ``{{Infobox Italian comune}}``. A comune lies in a province or in a metropolitan
#: city, never both: the province is the second level, a metropolitan city is kept as
#: the third so that the template's own label ("Metropolitan city") stays with it.
INFOBOX_ITALIAN_COMUNE: Final = TemplateSpec(
    name="Infobox Italian comune",
    wiki="en",
    params={
        "name": "name",
        "official_name": "official_name",
        "native_name": "native_name",
        "settlement_type": "settlement_type",
        "nickname": "nickname",
        "motto": "motto",
        "image_skyline": "image_skyline",
        "image_flag": "image_flag",
        "image_shield": "image_shield",
        "img_coa": "image_shield",
        "image_map": "image_map",
        "map": "image_map",
        "pushpin_map": "pushpin_map",
        "coordinates": "coordinates",
        "coordinates_footnotes": "coordinates_footnotes",
        # the older coordinates, still on many pages
        "latd": "latd",
        "latm": "latm",
        "lats": "lats",
        "latNS": "latNS",
        "longd": "longd",
        "longm": "longm",
        "longs": "longs",
        "longEW": "longEW",
        "region": "subdivision_name1",
        "province": "subdivision_name2",
        "metropolitan_city": "subdivision_name3",
        "frazioni": "p1",
        "established_title": "established_title",
        "established_date": "established_date",
        "mayor": "leader_name",
        "mayor_party": "leader_party",
        "area_footnotes": "area_footnotes",
        "area_total_km2": "area_total_km2",
        "population_footnotes": "population_footnotes",
        "population_total": "population_total",
        "population_as_of": "population_as_of",
        "population_demonym": "population_demonym",
        "gentilic": "population_demonym",
        "elevation_footnotes": "elevation_footnotes",
        "elevation_m": "elevation_m",
        "elevation_min_m": "elevation_min_m",
        "elevation_max_m": "elevation_max_m",
        "saint": "blank_info_sec1",
        "day": "blank1_info_sec1",
        "postal_code": "postal_code",
        "postalcode": "postal_code",
        "area_code": "area_code",
        "telephone": "area_code",
        "website": "website",
        "footnotes": "footnotes",
    },
    labels=(
        # What the template writes for every comune ("name" is always given).
        Label("subdivision_type", "Country", when="name"),
        Label("subdivision_name", "Italy", when="name"),
        Label("timezone1", "CET", when="name"),
        Label("utc_offset1", "+1", when="name"),
        Label("timezone1_DST", "CEST", when="name"),
        Label("utc_offset1_DST", "+2", when="name"),
        # Labels of the values it passes on.
        Label("subdivision_type1", "Region", when="subdivision_name1"),
        Label("subdivision_type2", "Province", when="subdivision_name2"),
        Label("subdivision_type3", "Metropolitan city", when="subdivision_name3"),
        Label("parts_type", "Frazioni", when="p1"),
        Label("established_title", "Founded", when="established_date"),
        Label("leader_title", "Mayor", when="leader_name"),
        Label("blank_name_sec1", "Patron saint", when="blank_info_sec1"),
        Label("blank1_name_sec1", "Saint day", when="blank1_info_sec1"),
        Label("postal_code_type", "Postal code", when="postal_code"),
        Label("area_code_type", "Dialing code", when="area_code"),
    ),
    other=frozenset(
        {
            "imagesize",
            "image_size",
            "image_alt",
            "image_caption",
            "flag_size",
            "flag_alt",
            "shield_size",
            "img_coa_small",
            "shield_alt",
            "mapsize",
            "map_alt",
            "map_caption",
            "pushpin_label_position",
            "locator_position",
            "pushpin_map_alt",
            "pushpin_mapsize",
            # on pages (the Parma page), shown by older revisions
            "pop_density_footnotes",
            *(f"twin{n}" for n in range(1, 11)),
            *(f"twin{n}_country" for n in range(1, 11)),
        }
    ),
    source=(
        "enwiki, Template:Infobox Italian comune: its {{Infobox settlement}} call as "
        "quoted in dbpedia/extraction-framework InfoboxMappingsTemplateExtractorTest.scala"
    ),
)

SPECS: Final = (INFOBOX_ITALIAN_COMUNE,)
