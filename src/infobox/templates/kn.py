"""Kannada Wikipedia's infobox for a place in India, ``{{Infobox ಭಾರತದ ಭೂಪಟ}}``.

The template is knwiki's copy of English Wikipedia's ``{{Infobox Indian
jurisdiction}}`` (the older one, before it became a wrapper of ``{{Infobox
settlement}}``) and keeps its English parameter names. Sources: the parameters of
``Infobox Indian jurisdiction`` and the real page (``fixtures/real/settlement/kn/``,
ಶಿವಮೊಗ್ಗ, 2018) that shows how knwiki uses them: ``native_name`` is the place's name
(the box's title), ``latd``/``longd`` hold decimal degrees, ``area_total`` is in the
unit ``area_magnitude`` names (km²), ``population_city`` is the city's population.

The template is for India only: it shows the country, ಭಾರತ (India), with no parameter
for it, then the state (``state_name``), district and region under their labels. The
labels here are the Kannada words for country, state, district and region; the
template's own label text was not available.
"""

from __future__ import annotations

from typing import Final

from .spec import Label, TemplateSpec

#: ``{{Infobox ಭಾರತದ ಭೂಪಟ}}`` ("Infobox, map of India"), knwiki's Indian place infobox.
BHARATADA_BHUPATA: Final = TemplateSpec(
    name="Infobox ಭಾರತದ ಭೂಪಟ",
    wiki="kn",
    params={
        "native_name": "name",
        "town_name": "name",
        "other_name": "other_name",
        "nickname": "nickname",
        "type": "settlement_type",
        "skyline": "image_skyline",
        "skyline_caption": "image_caption",
        "latd": "latd",
        "latm": "latm",
        "lats": "lats",
        "longd": "longd",
        "longm": "longm",
        "longs": "longs",
        "state_name": "subdivision_name1",
        "district": "subdivision_name2",
        "region": "subdivision_name3",
        "leader_title": "leader_title",
        "leader_name": "leader_name",
        "leader_title_1": "leader_title1",
        "leader_name_1": "leader_name1",
        "altitude": "elevation_m",
        "population_total": "population_total",
        "population_city": "population_total",
        "population_as_of": "population_as_of",
        "population_metro": "population_metro",
        "population_density": "population_density_km2",
        "area_total": "area_total_km2",
        "area_telephone": "area_code",
        "postal_code": "postal_code",
        "vehicle_code_range": "registration_plate",
        "website": "website",
    },
    labels=(
        Label("subdivision_type", "ದೇಶ", when="name"),
        Label("subdivision_name", "ಭಾರತ", when="name"),
        Label("subdivision_type1", "ರಾಜ್ಯ", when="subdivision_name1"),
        Label("subdivision_type2", "ಜಿಲ್ಲೆ", when="subdivision_name2"),
        Label("subdivision_type3", "ಪ್ರದೇಶ", when="subdivision_name3"),
    ),
    other=frozenset(
        {
            "area_magnitude",
            "area_total_cite",
            "footnotes",
            "locator_position",
            "population_rank",
            "type_2",
            "taluk_names",
            "sex_ratio",
            "literacy",
            "official_languages",
        }
    ),
    source=(
        "knwiki, Template:Infobox ಭಾರತದ ಭೂಪಟ: the parameters of enwiki's Infobox Indian "
        "jurisdiction, which it copies, as knwiki's ಶಿವಮೊಗ್ಗ (2018) uses them"
    ),
)

SPECS: Final = (BHARATADA_BHUPATA,)
