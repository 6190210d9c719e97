"""English Wikipedia's ``{{Infobox Russian inhabited locality}}``, as data.

The infobox of Russian towns and villages on English Wikipedia has its own English
parameter names, shaped by Russia's two hierarchies: the administrative one
(``federal_subject``, ``adm_district_jur``) and the municipal one
(``mun_district_jur``, ``urban_okrug_jur``, ``urban_settlement_jur``,
``rural_settlement_jur``), each given as of a date. Sources: the template's
documentation on English Wikipedia (blank syntax: ``en_name``, ``ru_name``,
``coordinates``, ``federal_subject``, ``pop_2021census``, ``pop_2010census``,
``pop_latest``/``pop_latest_date``, ``area_km2``, ``established_date``…), and the
parameters independent parsers read from real pages (``ru_name``, ``area_km2``,
``pop_2010census``, ``pop_latest``, ``coordinates``: a public city-data crawler's
field map; ``pop_2021census`` then ``pop_2010census``: a public Wikidata matcher's
tests).

The country is always Russia, shown as a label. The census counts are the total (the
newest census first); ``pop_latest`` is an estimate with its own date. The
municipal levels are subdivisions after the administrative ones, each with the title
the template shows. Both redirects ``Infobox Russian city`` and
``Infobox Russian town`` name it.

>>> RUSSIAN_INHABITED_LOCALITY.canonical("pop_2010census")
'population_total'
"""

from __future__ import annotations

from typing import Final

from .spec import Label, TemplateSpec

__all__ = ["RUSSIAN_INHABITED_LOCALITY", "SPECS"]

RUSSIAN_INHABITED_LOCALITY: Final = TemplateSpec(
    name="Infobox Russian inhabited locality",
    wiki="en",
    aliases=frozenset({"Infobox Russian city", "Infobox Russian town"}),
    params={
        "en_name": "name",
        "ru_name": "native_name",
        "inhabloc_type": "settlement_type",
        "image_skyline": "image_skyline",
        "image_coa": "image_shield",
        "image_flag": "image_flag",
        "coordinates": "coordinates",
        "federal_subject": "subdivision_name1",
        "adm_district_jur": "subdivision_name2",
        "adm_city_jur": "subdivision_name2",
        "mun_district_jur": "subdivision_name3",
        "urban_okrug_jur": "subdivision_name4",
        "urban_settlement_jur": "subdivision_name5",
        "rural_settlement_jur": "subdivision_name5",
        "leader_title": "leader_title",
        "leader_name": "leader_name",
        "representative_body": "governing_body",
        "area_km2": "area_total_km2",
        "elevation_m": "elevation_m",
        "pop_2021census": "population_total",
        "pop_2010census": "population_total",
        "pop_density": "population_density_km2",
        "pop_latest": "population_est",
        "pop_latest_date": "pop_est_as_of",
        "established_title": "established_title1",
        "established_date": "established_date1",
        "current_cat_date": "established_date2",
        "postal_codes": "postal_code",
        "dialing_codes": "area_code",
        "website": "website",
    },
    labels=(
        Label("subdivision_name", "Russia", when="subdivision_name1"),
        Label("subdivision_type", "Country", when="subdivision_name1"),
        Label("subdivision_type1", "Federal subject", when="subdivision_name1"),
        Label("subdivision_type2", "Administrative district", when="subdivision_name2"),
        Label("subdivision_type3", "Municipal district", when="subdivision_name3"),
        Label("subdivision_type4", "Urban okrug", when="subdivision_name4"),
        Label("subdivision_type5", "Settlement", when="subdivision_name5"),
        Label("established_title1", "Founded", when="established_date1"),
        Label("established_title2", "Current status since", when="established_date2"),
    ),
    other=frozenset(
        {
            "loc_name1",
            "loc_lang1",
            "loc_name2",
            "loc_lang2",
            "image_caption",
            "coa_caption",
            "flag_caption",
            "anthem",
            "anthem_ref",
            "holiday",
            "holiday_ref",
            "map_label_position",
            "federal_subject_ref",
            "adm_data_as_of",
            "adm_district_jur_ref",
            "adm_city_jur_ref",
            "adm_selsoviet_jur",
            "adm_selsoviet_type",
            "adm_selsoviet_jur_ref",
            "adm_ctr_of1",
            "adm_ctr_of1_ref",
            "adm_ctr_of2",
            "adm_ctr_of2_ref",
            "inhabloc_cat",
            "inhabloc_cat_ref",
            "mun_data_as_of",
            "mun_district_jur_ref",
            "urban_okrug_jur_ref",
            "urban_settlement_jur_ref",
            "rural_settlement_jur_ref",
            "mun_admctr_of1",
            "mun_admctr_of1_ref",
            "mun_admctr_of2",
            "mun_admctr_of2_ref",
            "leader_title_ref",
            "leader_name_ref",
            "representative_body_ref",
            "area_of_what",
            "area_as_of",
            "area_km2_ref",
            "pop_2021census_rank",
            "pop_2021census_ref",
            "pop_2010census_rank",
            "pop_2010census_ref",
            "pop_density_as_of",
            "pop_density_ref",
            "pop_latest_ref",
            "established_date_ref",
            "current_cat_date_ref",
            "abolished_date",
            "abolished_date_ref",
            "prev_name1",
            "prev_name1_date",
            "prev_name1_ref",
            "prev_name2",
            "prev_name2_date",
            "prev_name2_ref",
            "postal_codes_ref",
            "dialing_codes_ref",
            "website_ref",
            "date",
            "other",
        }
    ),
    source=(
        "English Wikipedia, Template:Infobox Russian inhabited locality (documentation's "
        "blank syntax) and its redirects; parameters read from real pages by public parsers"
    ),
)

SPECS: Final = (RUSSIAN_INHABITED_LOCALITY,)
