"""English Wikipedia's settlement templates.

``{{Infobox settlement}}`` and its redirects (its parameters are the canonical names,
:mod:`infobox.templates.settlement_params`). Wikis that copied the template keep its
English parameter names, so it has no wiki of its own: the page's conventions apply.
``{{Infobox settlement/Wikidata}}`` is its wrapper that takes the rest from Wikidata;
it too is copied to other wikis (tlwiki's Berlin).

The other English settlement templates are wrappers of it with names of their own:
``{{Infobox UK place}}``, ``{{Infobox South African town}}``, ``{{Infobox German
location}}``, ``{{Infobox Swiss town}}``. Their parameters were learned from:

- the templates' own source and documentation: the parameter list of ``{{Infobox UK
  place}}``'s unknown-parameter check (its copy on zh.wikipedia, which keeps the
  English names), the documentation of ``{{Infobox German location}}``/``{{Infobox
  German place}}`` (its copies on fo.wikipedia and simple.wikipedia) and of ``{{Infobox
  Switzerland municipality}}`` (zh.wikipedia's copy);
- DBpedia's mappings of these templates (dbpedia/extraction-framework,
  ``mappings/Mapping_en.xml``: "Mapping en:Infobox UK place", "… German location",
  "… Swiss town"), which name their German and legacy parameters;
- the 2018–2019 bot that replaced ``{{Infobox South African town}}`` (and its ``2011``
  and ``subplace`` variants) by ``{{Infobox settlement}}``: its parameter map names
  the template's own parameters (``province``, ``district``, ``municipality``,
  ``mainplace``, ``censuscode``, the ``percent_*`` of the census), and a real Cape
  Town infobox it converted;
- real pages: Bodmin, Bircham Newton, Lybster (UK place), Pretoria (South African
  town, 2013: Infobox settlement's own names), tlwiki's Berlin (settlement/Wikidata),
  in ``fixtures/real/settlement/``.

A wrapper shows some values it has no parameter for (``{{Infobox German location}}``
shows "Country: Germany", ``{{Infobox UK place}}`` "Sovereign state: United
Kingdom" above the constituent country): those are :class:`~.spec.Label` data, read
only when the page names a place inside that country.
"""

from __future__ import annotations

from typing import Final

from .spec import Label, TemplateSpec

#: ``{{Infobox settlement}}``; redirects seen on English Wikipedia and on the wikis that
#: copied it (the template's documentation and the pages in fixtures/real).
INFOBOX_SETTLEMENT: Final = TemplateSpec(
    name="Infobox settlement",
    wiki=None,
    aliases=frozenset(
        {
            "Infobox Settlement",
            "Infobox city",
            "Infobox City",
            "Infobox town",
            "Infobox Town",
            "Infobox village",
            "Infobox Village",
            "Infobox municipality",
            "Infobox Municipality",
        }
    ),
    english_params=True,
    source="English Wikipedia, Template:Infobox settlement and its redirects",
)


def _numbered(names: str, last: int) -> frozenset[str]:
    """Each of ``names`` (space-separated) numbered 1 … ``last``: a numbered family's rest."""
    return frozenset(f"{name}{n}" for name in names.split() for n in range(1, last + 1))


#: ``{{Infobox settlement/Wikidata}}``: the English template's parameters, and the
#: Wikidata item (``{{Infobox settlement/Wikidata|Q64}}``); every value not given is
#: fetched from Wikidata when the page is shown, so it is not in the wikitext.
INFOBOX_SETTLEMENT_WIKIDATA: Final = TemplateSpec(
    name="Infobox settlement/Wikidata",
    wiki=None,
    english_params=True,
    wikidata=True,
    other=frozenset({"1", "qid"}),
    source="English Wikipedia, Template:Infobox settlement/Wikidata; tlwiki's Berlin",
)

#: ``{{Infobox UK place}}``. Its subdivisions, from the country down, each on one level
#: with the label that fits every parameter on it: "Country" (England, Scotland, Wales,
#: Northern Ireland; the template shows "Sovereign state: United Kingdom" above it),
#: "Region" (England's regions), "County" (shire and metropolitan counties, and the
#: lieutenancy areas: ceremonial counties, Scotland's lieutenancy areas, Wales's
#: preserved counties, Northern Ireland's counties), "District" (shire districts,
#: metropolitan and London boroughs), "Unitary authority" (England's unitary
#: authorities, Scotland's council areas, Wales's principal areas, Northern Ireland's
#: districts), "Civil parish" (and Welsh and Scottish communities, Manx parishes).
INFOBOX_UK_PLACE: Final = TemplateSpec(
    name="Infobox UK place",
    wiki="en",
    params={
        "official_name": "official_name",
        "type": "settlement_type",
        # the name in the place's other languages, in the order the template shows them
        "gaelic_name": "native_name",
        "scots_name": "native_name",
        "cornish_name": "native_name",
        "welsh_name": "native_name",
        "irish_name": "native_name",
        "manx_name": "native_name",
        "other_language_name": "native_name",
        "local_name": "native_name",
        "static_image": "image_skyline",
        "static_image_name": "image_skyline",
        "static_image_width": "imagesize",
        "static_image_alt": "image_alt",
        "static_image_caption": "image_caption",
        "map_type": "pushpin_map",
        "pushpin_map": "pushpin_map",
        "label_position": "pushpin_label_position",
        "map_relief": "pushpin_relief",
        "pushpin_map_caption": "pushpin_map_caption",
        "coordinates": "coordinates",
        "latitude": "latitude",
        "longitude": "longitude",
        "area_footnotes": "area_footnotes",
        "area_total_km2": "area_total_km2",
        "area_total_sq_mi": "area_total_sq_mi",
        "population": "population_total",
        "population_ref": "population_footnotes",
        "population_demonym": "population_demonym",
        "country": "subdivision_name1",
        "region": "subdivision_name2",
        "shire_county": "subdivision_name3",
        "metropolitan_county": "subdivision_name3",
        "lieutenancy_england": "subdivision_name3",
        "lieutenancy_scotland": "subdivision_name3",
        "lieutenancy_wales": "subdivision_name3",
        "lieutenancy_northern_ireland": "subdivision_name3",
        "shire_district": "subdivision_name4",
        "metropolitan_borough": "subdivision_name4",
        "london_borough": "subdivision_name4",
        "unitary_england": "subdivision_name5",
        "unitary_scotland": "subdivision_name5",
        "unitary_wales": "subdivision_name5",
        "unitary_northern_ireland": "subdivision_name5",
        "civil_parish": "subdivision_name6",
        "community_wales": "subdivision_name6",
        "community_scotland": "subdivision_name6",
        "manx_parish": "subdivision_name6",
        "postcode_district": "postal_code",
        "dial_code": "area_code",
        "website": "website",
    },
    labels=(
        Label("subdivision_type", "Sovereign state", when="subdivision_name1"),
        Label("subdivision_name", "United Kingdom", when="subdivision_name1"),
        Label("subdivision_type1", "Country", when="subdivision_name1"),
        Label("subdivision_type2", "Region", when="subdivision_name2"),
        Label("subdivision_type3", "County", when="subdivision_name3"),
        Label("subdivision_type4", "District", when="subdivision_name4"),
        Label("subdivision_type5", "Unitary authority", when="subdivision_name5"),
        Label("subdivision_type6", "Civil parish", when="subdivision_name6"),
    ),
    other=frozenset(
        " ".join(
            (
                "static_image_2 static_image_2_name static_image_2_width static_image_2_alt",
                "static_image_2_caption map_alt scale embedded hide_services iso_code",
                "os_grid_reference os_grid_reference_note irish_grid_reference",
                "irish_grid_reference_note other_language language population_density",
                "crown_dependency manx_sheading manx_shedding historic_county councillors",
                "statistic statistic_title ambulance_service ambulance_service1",
                "post_town postcode_area constituency_westminster",
                "constituency_scottish_parliament constituency_welsh_assembly",
                "constituency_ni_assembly constituency_manx_parliament",
                "constituency_london_assembly",
            )
        ).split()
    )
    | _numbered("country region historic_county language statistic_title statistic", 2)
    | _numbered("civil_parish dial_code post_town postcode_area postcode_district", 2)
    | _numbered(
        "community_wales community_scotland london_borough metropolitan_borough "
        "metropolitan_county shire_county shire_district unitary_england unitary_scotland "
        "unitary_wales unitary_northern_ireland lieutenancy_england lieutenancy_scotland "
        "lieutenancy_wales lieutenancy_northern_ireland",
        4,
    )
    | _numbered("constituency_westminster", 8)
    | _numbered("constituency_scottish_parliament", 10)
    | _numbered("constituency_welsh_assembly constituency_ni_assembly", 3)
    | _numbered("councillor party", 5)
    | frozenset(
        f"{city}_{what}"
        for city in ("belfast", "cardiff", "douglas", "dublin", "edinburgh", "london", "charingX")
        for what in ("distance", "distance_km", "distance_mi", "direction")
    ),
    source=(
        "English Wikipedia, Template:Infobox UK place: its parameter list (the "
        "unknown-parameter check of its zh.wikipedia copy); DBpedia, Mapping en:Infobox "
        "UK place (latitude, longitude); real pages: Bodmin, Bircham Newton, Lybster"
    ),
)

#: ``{{Infobox South African town}}`` (and its 2011 and subplace variants): Infobox
#: settlement's names, and the province, district, municipality and census main place
#: as parameters of their own; the country it always shows is South Africa.
INFOBOX_SOUTH_AFRICAN_TOWN: Final = TemplateSpec(
    name="Infobox South African town",
    wiki="en",
    aliases=frozenset(
        {
            "Infobox South African town 2011",
            "Infobox South African subplace",
            "Infobox South African subplace 2011",
        }
    ),
    english_params=True,
    params={
        "province": "subdivision_name1",
        "district": "subdivision_name2",
        "municipality": "subdivision_name3",
        "mainplace": "subdivision_name4",
        "nicknames": "nickname",
        "mottoes": "motto",
        "population_demonyms": "population_demonym",
        "population_density_total_km2": "population_density_km2",
        # in the template's blank syntax (Pretoria, 2013) for Infobox settlement's _sq_mi
        "population_density_urban_mi2": "population_density_urban_sq_mi",
    },
    labels=(
        Label("subdivision_type", "Country", when="subdivision_name1"),
        Label("subdivision_name", "South Africa", when="subdivision_name1"),
        Label("subdivision_type1", "Province", when="subdivision_name1"),
        Label("subdivision_type2", "District", when="subdivision_name2"),
        Label("subdivision_type3", "Municipality", when="subdivision_name3"),
        Label("subdivision_type4", "Main Place", when="subdivision_name4"),
    ),
    other=frozenset(
        {
            "censuscode",
            "coor_pinpoint",
            "percent_black",
            "percent_coloured",
            "percent_asian",
            "percent_white",
            "percent_other",
            "postal2_code",
        }
    ),
    source=(
        "English Wikipedia, Template:Infobox South African town and its 2011 and subplace "
        "variants: the parameter map of the bot that replaced them by Infobox settlement "
        "(2018-2019) and a Cape Town infobox it converted; real page: Pretoria (2013)"
    ),
)

#: ``{{Infobox German location}}``: the German names of dewiki's municipality infobox
#: and English aliases for most of them; the country it always shows is Germany.
INFOBOX_GERMAN_LOCATION: Final = TemplateSpec(
    name="Infobox German location",
    wiki="en",
    aliases=frozenset({"Infobox German place"}),
    params={
        "Name": "name",
        "name": "name",
        "German_name": "native_name",
        "name_local": "native_name",
        "local_name": "native_name",
        "Art": "settlement_type",
        "type": "settlement_type",
        "image_photo": "image_skyline",
        "repres_image": "image_skyline",
        "imagesize": "imagesize",
        "image_caption": "image_caption",
        "Wappen": "image_shield",
        "image_coa": "image_shield",
        "image_flag": "image_flag",
        "Lageplan": "image_map",
        "image_plan": "image_map",
        "Lageplanbeschreibung": "map_caption",
        "plantext": "map_caption",
        "coordinates": "coordinates",
        "lat_deg": "lat_deg",
        "lat_min": "lat_min",
        "lat_sec": "lat_sec",
        "lon_deg": "lon_deg",
        "lon_min": "lon_min",
        "lon_sec": "lon_sec",
        "Bundesland": "subdivision_name1",
        "state": "subdivision_name1",
        "Regierungsbezirk": "subdivision_name2",
        "regbzk": "subdivision_name2",
        "region": "subdivision_name2",
        "Landkreis": "subdivision_name3",
        "Kreis": "subdivision_name3",
        "district": "subdivision_name3",
        "Amt": "subdivision_name4",
        "Gemeindeverwaltungsverband": "subdivision_name4",
        "Samtgemeinde": "subdivision_name4",
        "Verbandsgemeinde": "subdivision_name4",
        "Verwaltungsgemeinschaft": "subdivision_name4",
        "Verwaltungsverband": "subdivision_name4",
        "Höhe": "elevation_m",
        "elevation": "elevation_m",
        "elevationmax": "elevation_max_m",
        "Fläche": "area_total_km2",
        "area": "area_total_km2",
        "area_metro": "area_metro_km2",
        "Einwohner": "population_total",
        "population": "population_total",
        "Stand": "population_as_of",
        "population_as_of": "population_as_of",
        "pop_metro": "population_metro",
        "pop_urban": "population_urban",
        "PLZ": "postal_code",
        "postal_code": "postal_code",
        "Vorwahl": "area_code",
        "area_code": "area_code",
        "Kfz": "registration_plate",
        "licence": "registration_plate",
        "license": "registration_plate",
        "Website": "website",
        "website": "website",
        "Bürgermeister": "leader_name",
        "mayor": "leader_name",
        "Bürgermeistertitel": "leader_title",
        "Partei": "leader_party",
        "party": "leader_party",
        "year": "established_date",
    },
    labels=(
        Label("subdivision_type", "Country", when="subdivision_name1"),
        Label("subdivision_name", "Germany", when="subdivision_name1"),
        Label("subdivision_type1", "State", when="subdivision_name1"),
        Label("subdivision_type2", "Admin. region", when="subdivision_name2"),
        Label("subdivision_type3", "District", when="subdivision_name3"),
        Label("subdivision_type4", "Municipal assoc.", when="subdivision_name4"),
        Label("leader_title", "Mayor", when="leader_name"),
        Label("established_title", "Founded", when="established_date"),
        # the degrees have no hemisphere parameter: Germany is north and east
        Label("lat_dir", "N", when="lat_deg"),
        Label("lon_dir", "E", when="lon_deg"),
    ),
    other=frozenset(
        {
            *("Wappengröße", "Karte", "Gemeindeschlüssel", "Gliederung", "divisions"),
            *("PLZ-alt", "NUTS", "LOCODE", "Straße", "leader_term", "_noautocat"),
            *("Town", "City", "Municipality", "borough"),
            *("ruling_party1", "ruling_party2", "ruling_party3"),
        }
    ),
    source=(
        "English Wikipedia, Template:Infobox German location (later Infobox German place): "
        "its documentation (fo.wikipedia and simple.wikipedia copies); DBpedia, Mapping "
        "en:Infobox German location"
    ),
)

#: ``{{Infobox Swiss town}}``, now ``{{Infobox Switzerland municipality}}``: the
#: canton, district, SFOS number (``municipality_code``) and values of its own; the
#: country it always shows is Switzerland.
INFOBOX_SWISS_TOWN: Final = TemplateSpec(
    name="Infobox Swiss town",
    wiki="en",
    aliases=frozenset({"Infobox Switzerland municipality"}),
    params={
        "subject_name": "name",
        "municipality_name": "official_name",
        "municipality_type": "settlement_type",
        "imagepath_flag": "image_flag",
        "imagepath_coa": "image_shield",
        "image_photo": "image_skyline",
        "image_caption": "image_caption",
        "photo_caption": "image_caption",
        "coordinates": "coordinates",
        "lat_d": "lat_d",
        "lat_m": "lat_m",
        "lat_s": "lat_s",
        "lat_NS": "lat_NS",
        "long_d": "long_d",
        "long_m": "long_m",
        "long_s": "long_s",
        "long_EW": "long_EW",
        "canton": "subdivision_name1",
        "district": "subdivision_name2",
        "area": "area_total_km2",
        "elevation": "elevation_m",
        "altitude": "elevation_m",
        "highest_m": "elevation_max_m",
        "lowest_m": "elevation_min_m",
        "population": "population_total",
        "populationof": "population_as_of",
        "popofyear": "population_as_of",
        "postal_code": "postal_code",
        "mayor": "leader_name",
        "mayor_title": "leader_title",
        "mayor_party": "leader_party",
        "demonym": "population_demonym",
        "website": "website",
    },
    labels=(
        Label("subdivision_type", "Country", when="subdivision_name1"),
        Label("subdivision_name", "Switzerland", when="subdivision_name1"),
        Label("subdivision_type1", "Canton", when="subdivision_name1"),
        Label("subdivision_type2", "District", when="subdivision_name2"),
        Label("leader_title", "Mayor", when="leader_name"),
    ),
    other=frozenset(
        {
            *("pixel_coa", "pixel_flag", "languages", "iso-code-region", "municipality_code"),
            *("municipal_code", "SFOSnumber", "highest", "lowest", "mayor_asof"),
            *("executive", "legislative", "neighboring_municipalities", "twintowns"),
            *("within_municipality", "localities", "map", "map_caption"),
        }
    ),
    source=(
        "English Wikipedia, Template:Infobox Swiss town (a redirect to Infobox Switzerland "
        "municipality): its documentation (zh.wikipedia copy); DBpedia, Mapping en:Infobox "
        "Swiss town"
    ),
)

SPECS: Final = (
    INFOBOX_SETTLEMENT,
    INFOBOX_SETTLEMENT_WIKIDATA,
    INFOBOX_UK_PLACE,
    INFOBOX_SOUTH_AFRICAN_TOWN,
    INFOBOX_GERMAN_LOCATION,
    INFOBOX_SWISS_TOWN,
)
