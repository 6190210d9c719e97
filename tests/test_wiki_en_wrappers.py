"""English Wikipedia's other settlement templates: UK place, South African town, German
location, Swiss town and the settlement/Wikidata wrapper, read into the same Settlement.

Every expected value of a real page (``fixtures/real/settlement/``) was read by hand from
its wikitext; the comment above it quotes the raw text. The corpus has no page of
``{{Infobox German location}}`` or ``{{Infobox Swiss town}}``: their infoboxes here are
hand-made in the parameter names of the templates' documentation (the German example
carries the values of enwiki's Eschweiler infobox as a public snapshot quotes it).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Final

import pytest

from infobox import (
    Establishment,
    Leader,
    PartialDate,
    Settlement,
    Subdivision,
    Timezone,
    parse_infobox,
)
from infobox.templates import en
from infobox.templates.registry import spec_for
from infobox.templates.settlement_params import NAMES
from infobox.templates.spec import TemplateSpec

REAL: Final = Path(__file__).resolve().parent.parent / "fixtures" / "real" / "settlement"
WRAPPERS: Final = (
    en.INFOBOX_SETTLEMENT_WIKIDATA,
    en.INFOBOX_UK_PLACE,
    en.INFOBOX_SOUTH_AFRICAN_TOWN,
    en.INFOBOX_GERMAN_LOCATION,
    en.INFOBOX_SWISS_TOWN,
)
#: Each real page of these templates and the template it calls.
PAGES: Final = {
    "en/Bodmin.wiki": "Infobox UK place",
    "en/Bircham_Newton.wiki": "Infobox UK place",
    "en/Lybster.wiki": "Infobox UK place",
    "en/Pretoria.wiki": "Infobox South African town",
    "tl/Berlin.wiki": "Infobox settlement/Wikidata",
}


@functools.cache
def parsed(rel: str) -> Settlement:
    """The parsed infobox of one real page (parsed once per session)."""
    return parse_infobox((REAL / rel).read_text(encoding="utf-8"))


def unknown(s: Settlement) -> list[str | None]:
    """The parameters reported as unknown."""
    return [d.param for d in s.diagnostics if d.code == "param.unknown"]


def assert_point(lat: float, lon: float, s: Settlement) -> None:
    assert s.coordinates is not None
    assert lat == pytest.approx(s.coordinates.lat, abs=1e-6)
    assert lon == pytest.approx(s.coordinates.lon, abs=1e-6)


# --- the data itself -------------------------------------------------------------------


@pytest.mark.parametrize("spec", WRAPPERS, ids=[s.name for s in WRAPPERS])
def test_spec_maps_to_canonical_names_only(spec: TemplateSpec) -> None:
    """Every parameter maps to an Infobox settlement name; labels too; nothing is twice."""
    assert [] == [c for c in spec.params.values() if c not in NAMES]
    assert [] == [label for label in spec.labels if {label.param, label.when} - NAMES]
    assert set() == set(spec.params) & spec.other


@pytest.mark.parametrize("spec", WRAPPERS, ids=[s.name for s in WRAPPERS])
def test_registry_finds_each_name_and_alias(spec: TemplateSpec) -> None:
    """Each title and redirect, written with a lower-case first letter or _, finds its spec."""
    for name in spec.names:
        assert spec is spec_for(name[0].lower() + name[1:].replace(" ", "_"))


# --- every page parses, without spurious unknown parameters ------------------------------


@pytest.mark.parametrize("rel", sorted(PAGES), ids=sorted(PAGES))
def test_page_parses_with_its_template(rel: str) -> None:
    """Each page is read with its own template's data, and no defined parameter is unknown."""
    s = parsed(rel)
    assert PAGES[rel] == s.template
    assert [] == unknown(s)


# --- Infobox UK place ---------------------------------------------------------------------


def test_bodmin_by_hand() -> None:
    """en/Bodmin: {{coord}}, the population and its footnote, the UK's subdivisions."""
    s = parsed("en/Bodmin.wiki")
    assert "en" == s.wiki
    # |official_name = Bodmin |cornish_name = Bosvenegh
    assert "Bodmin" == s.official_name
    assert ("Bosvenegh",) == s.native_names
    # |coordinates = {{coord|50.466|-4.718|display=inline,title}}
    assert_point(50.466, -4.718, s)
    # |population = 14,736
    # |population_ref = ([[United Kingdom Census 2011|Civil Ward, 2011]])  (a footnote)
    assert 14736 == s.population.total
    assert s.population.as_of is None
    assert "population_footnotes" not in {d.param for d in s.diagnostics}
    # |country = England |region = South West England |lieutenancy_england = [[Cornwall]]
    # |unitary_england = [[Cornwall Council|Cornwall]] |civil_parish = Bodmin
    # (the template shows "Sovereign state: United Kingdom" above the country)
    assert (
        Subdivision(index=0, type="Sovereign state", name="United Kingdom"),
        Subdivision(index=1, type="Country", name="England"),
        Subdivision(index=2, type="Region", name="South West England"),
        Subdivision(index=3, type="County", name="Cornwall"),
        Subdivision(index=5, type="Unitary authority", name="Cornwall"),
        Subdivision(index=6, type="Civil parish", name="Bodmin"),
    ) == s.subdivisions
    assert ("United Kingdom", "GB") == (s.country, s.country_code)
    # |postcode_district = PL31 |dial_code = 01208
    assert ("PL31", "01208") == (s.postal_code, s.area_code)
    # |static_image_name = Bodmin Public Rooms - geograph.org.uk - 1064189.jpg
    # |static_image_caption = Bodmin Public Rooms
    assert ["Bodmin Public Rooms - geograph.org.uk - 1064189.jpg"] == [i.file for i in s.images]
    assert ["Bodmin Public Rooms"] == [i.caption for i in s.images]
    # os_grid_reference, post_town, postcode_area… are kept raw
    assert "SX071665" == s.params["os_grid_reference"].raw.strip()
    assert "BODMIN" == s.params["post_town"].raw.strip()


def test_bircham_newton_by_hand() -> None:
    """en/Bircham Newton: a shire county and district; empty population, area, dial code."""
    s = parsed("en/Bircham_Newton.wiki")
    assert "Bircham Newton" == s.official_name
    # |coordinates = {{coord|52.87262|0.62547|display=inline,title}}
    assert_point(52.87262, 0.62547, s)
    # |population = |area_total_km2 = |dial_code =
    assert (None, None, None) == (s.population.total, s.area.total_km2, s.area_code)
    # |shire_district = [[King's Lynn and West Norfolk]] |shire_county = [[Norfolk]]
    # |region = East of England |civil_parish = [[Bircham]] |country = England
    assert (
        Subdivision(index=0, type="Sovereign state", name="United Kingdom"),
        Subdivision(index=1, type="Country", name="England"),
        Subdivision(index=2, type="Region", name="East of England"),
        Subdivision(index=3, type="County", name="Norfolk"),
        Subdivision(index=4, type="District", name="King's Lynn and West Norfolk"),
        Subdivision(index=6, type="Civil parish", name="Bircham"),
    ) == s.subdivisions
    # |postcode_district = PE31
    assert "PE31" == s.postal_code
    # |static_image = All Saints, Bircham Newton, Norfolk - geograph.org.uk - 310333.jpg
    assert ["All Saints, Bircham Newton, Norfolk - geograph.org.uk - 310333.jpg"] == [
        i.file for i in s.images
    ]


def test_lybster_by_hand() -> None:
    """en/Lybster: Scotland's council area and lieutenancy area, no region."""
    s = parsed("en/Lybster.wiki")
    # |official_name= Lybster |gaelic_name= Liabost
    assert ("Lybster", ("Liabost",)) == (s.official_name, s.native_names)
    # |coordinates = {{coord|58.30|-3.28|display=inline,title}}
    assert_point(58.30, -3.28, s)
    # |population =
    assert s.population.total is None
    # |country = Scotland |unitary_scotland= [[Highland (council area)|Highland]]
    # |lieutenancy_scotland= [[Caithness]] |civil_parish=  [[Latheron]]
    assert (
        Subdivision(index=0, type="Sovereign state", name="United Kingdom"),
        Subdivision(index=1, type="Country", name="Scotland"),
        Subdivision(index=3, type="County", name="Caithness"),
        Subdivision(index=5, type="Unitary authority", name="Highland"),
        Subdivision(index=6, type="Civil parish", name="Latheron"),
    ) == s.subdivisions
    assert "GB" == s.country_code
    # |postcode_district= KW2, KW3 |dial_code= 01593
    assert ("KW2, KW3", "01593") == (s.postal_code, s.area_code)


# --- Infobox South African town ------------------------------------------------------------


def test_pretoria_by_hand() -> None:
    """en/Pretoria (2013): Infobox settlement's own names, legacy latd/longd."""
    s = parsed("en/Pretoria.wiki")
    assert "en" == s.wiki
    assert "Pretoria" == s.name
    # |latd=25 |latm=44 |lats=46 |latNS=S |longd=28 |longm=11 |longs=17 |longEW=E
    assert_point(-(25 + 44 / 60 + 46 / 3600), 28 + 11 / 60 + 17 / 3600, s)
    # |elevation_m = 1271 |area_total_km2 = 1644
    assert (1271.0, 1644.0) == (s.elevation_m, s.area.total_km2)
    # |population_as_of = 2001 |population_total = 2.1 million
    assert 2100000 == s.population.total
    assert PartialDate(2001) == s.population.as_of
    # |subdivision_type = Country |subdivision_name = {{ZAF}}
    # |subdivision_type1 = [[Provinces of South Africa|Province]]
    # |subdivision_name1 = [[Gauteng Province|Gauteng]]
    # |subdivision_type2 = [[Metropolitan municipality (South Africa)|Metropolitan municipality]]
    # |subdivision_name2 = [[City of Tshwane Metropolitan Municipality|City of Tshwane]]
    assert (
        Subdivision(index=0, type="Country", name="South Africa"),
        Subdivision(index=1, type="Province", name="Gauteng"),
        Subdivision(index=2, type="Metropolitan municipality", name="City of Tshwane"),
    ) == s.subdivisions
    assert "ZA" == s.country_code
    # |established_title = Established |established_date = 1855
    assert (Establishment(index=0, title="Established", date=PartialDate(1855)),) == (s.established)
    # |timezone = [[South Africa Standard Time|SAST]] |utc_offset = +2
    assert (Timezone(name="SAST", utc_offset="+02:00"),) == s.timezones
    # |area_code = [[011 (South Africa Calling Code)|012]]
    assert "012" == s.area_code
    # |censuscode = 77612 is the template's own, kept raw
    assert "77612" == s.params["censuscode"].raw.strip()


def test_south_african_town_2011_parameters() -> None:
    """The 2011 variant's province, district, municipality and main place; South Africa shown."""
    s = parse_infobox(
        "{{Infobox South African town 2011\n|name = Cape Town\n"
        "|coordinates = {{coord|33|55|31|S|18|25|26|E}}\n|province = Western Cape\n"
        "|district =\n|municipality = City of Cape Town\n|mainplace = Cape Town\n"
        "|area_metro_km2 = 2461\n|population_metro = 4005015\n|censuscode = 199041\n}}"
    )
    assert "Infobox South African town 2011" == s.template
    assert_point(-(33 + 55 / 60 + 31 / 3600), 18 + 25 / 60 + 26 / 3600, s)
    assert (
        Subdivision(index=0, type="Country", name="South Africa"),
        Subdivision(index=1, type="Province", name="Western Cape"),
        Subdivision(index=3, type="Municipality", name="City of Cape Town"),
        Subdivision(index=4, type="Main Place", name="Cape Town"),
    ) == s.subdivisions
    assert ("ZA", 2461.0, 4005015) == (s.country_code, s.area.metro_km2, s.population.metro)
    assert [] == unknown(s)


# --- Infobox German location (hand-made: no real page in the corpus) ------------------------

ESCHWEILER: Final = """{{Infobox German location
|Art               = Stadt
|Name              = Eschweiler
|image_photo       = Eschweiler Amtsgericht.jpg
|imagesize         = 300px
|Wappen            = Stadtwappen Eschweiler.JPG
|Wappengröße       = 300
|lat_deg = 50 |lat_min = 49
|lon_deg = 6  |lon_min = 17
|Lageplan          = Eschweiler in AC.svg
|Bundesland        = North Rhine-Westphalia
|Regierungsbezirk  = Köln
|Kreis             = Aachen
|Höhe              = 110 - 262
|Fläche            = 76.559
|Einwohner         = 55646
|Stand             = 2006-12-31
|PLZ               = 52249
|Vorwahl           = 02403
|Kfz               = AC
|Gemeindeschlüssel = 05334012
|Gliederung        = 22
|Straße            = Johannes-Rau-Platz 1
|Website           = [http://www.eschweiler.de/ www.eschweiler.de]
|Bürgermeister     = Rudi Bertram
|Partei            = SPD
}}"""


def test_german_location_german_names() -> None:
    """dewiki's names: degrees without a hemisphere (north, east), state and district, Germany."""
    s = parse_infobox(ESCHWEILER)
    assert ("Infobox German location", "en") == (s.template, s.wiki)
    assert ("Eschweiler", "Stadt") == (s.name, s.settlement_type)
    assert_point(50 + 49 / 60, 6 + 17 / 60, s)
    assert [] == [d for d in s.diagnostics if d.code.startswith("coordinates.")]
    assert (
        Subdivision(index=0, type="Country", name="Germany"),
        Subdivision(index=1, type="State", name="North Rhine-Westphalia"),
        Subdivision(index=2, type="Admin. region", name="Köln"),
        Subdivision(index=3, type="District", name="Aachen"),
    ) == s.subdivisions
    assert ("Germany", "DE") == (s.country, s.country_code)
    # Höhe gives the lowest and highest point: not one elevation
    assert s.elevation_m is None
    assert 76.559 == s.area.total_km2
    assert (55646, PartialDate(2006, 12, 31)) == (s.population.total, s.population.as_of)
    assert ("52249", "02403") == (s.postal_code, s.area_code)
    assert (Leader(index=0, title="Mayor", name="Rudi Bertram"),) == s.leaders
    assert "http://www.eschweiler.de/" == s.website
    assert [] == unknown(s)


def test_german_place_english_names() -> None:
    """The English aliases and {{coord}}, under the template's later title."""
    s = parse_infobox(
        "{{Infobox German place\n|name = Dortmund\n|type = City\n"
        "|coordinates = {{coord|51|31|N|7|28|E|display=inline,title}}\n"
        "|state = North Rhine-Westphalia\n|region = Arnsberg\n|district = Urban district\n"
        "|elevation = 86\n|area = 280.71\n|population = 586600\n"
        "|population_as_of = 2015-12-31\n|postal_code = 44001–44388\n"
        "|area_code = 0231, 02304\n|licence = DO\n|mayor = Ullrich Sierau\n|party = SPD\n}}"
    )
    assert "Infobox German place" == s.template
    assert_point(51 + 31 / 60, 7 + 28 / 60, s)
    assert (86.0, 280.71) == (s.elevation_m, s.area.total_km2)
    assert (586600, PartialDate(2015, 12, 31)) == (s.population.total, s.population.as_of)
    assert ["Germany", "North Rhine-Westphalia", "Arnsberg", "Urban district"] == [
        sub.name for sub in s.subdivisions
    ]
    assert ("44001–44388", "0231, 02304") == (s.postal_code, s.area_code)
    assert "DO" == s.params["licence"].raw.strip()
    assert [] == unknown(s)


# --- Infobox Swiss town (hand-made: no real page in the corpus) ------------------------------


def test_swiss_town_by_its_names() -> None:
    """subject_name, lat_d/long_d with hemispheres, canton and district, Switzerland."""
    s = parse_infobox(
        "{{Infobox Swiss town\n| subject_name = Zürich\n| municipality_type = city\n"
        "| canton = Zürich\n| iso-code-region = CH-ZH\n| district = Zürich\n"
        "| lat_d = 47 | lat_m = 22 | lat_NS = N\n| long_d = 8 | long_m = 33 | long_EW = E\n"
        "| postal_code = 8000-8099\n| municipality_code = 0261\n| area = 87.88\n"
        "| elevation = 408\n| highest = Uetliberg\n| highest_m = 871\n"
        "| population = 390082\n| populationof = 2012\n| mayor = Corine Mauch\n"
        "| mayor_party = SP\n| website = www.stadt-zuerich.ch\n}}"
    )
    assert ("Infobox Swiss town", "en") == (s.template, s.wiki)
    assert "Zürich" == s.name
    assert_point(47 + 22 / 60, 8 + 33 / 60, s)
    assert (
        Subdivision(index=0, type="Country", name="Switzerland"),
        Subdivision(index=1, type="Canton", name="Zürich"),
        Subdivision(index=2, type="District", name="Zürich"),
    ) == s.subdivisions
    assert "CH" == s.country_code
    assert (408.0, 87.88) == (s.elevation_m, s.area.total_km2)
    assert (390082, PartialDate(2012)) == (s.population.total, s.population.as_of)
    assert "8000-8099" == s.postal_code
    assert (Leader(index=0, title="Mayor", name="Corine Mauch"),) == s.leaders
    assert "0261" == s.params["municipality_code"].raw.strip()
    assert [] == unknown(s)


def test_switzerland_municipality_is_the_same_template() -> None:
    """The template's present title reads the same names; mayor_title replaces "Mayor"."""
    s = parse_infobox(
        "{{Infobox Switzerland municipality\n| subject_name = Aarau\n"
        "| municipality_name = Aarau\n| canton = Aargau\n| district = Aarau\n"
        "| coordinates = {{coord|47|23|N|8|3|E}}\n| area = 12.34\n| elevation = 383\n"
        "| population = 21268\n| popofyear = 2019\n| mayor = Hanspeter Hilfiker\n"
        "| mayor_title = Stadtpräsident\n}}"
    )
    assert "Infobox Switzerland municipality" == s.template
    assert ("Aarau", "Aarau") == (s.name, s.official_name)
    assert_point(47 + 23 / 60, 8 + 3 / 60, s)
    assert ["Switzerland", "Aargau", "Aarau"] == [sub.name for sub in s.subdivisions]
    assert (21268, PartialDate(2019)) == (s.population.total, s.population.as_of)
    assert (Leader(index=0, title="Stadtpräsident", name="Hanspeter Hilfiker"),) == s.leaders


# --- Infobox settlement/Wikidata --------------------------------------------------------


def test_wikidata_wrapper_reads_what_the_page_gives() -> None:
    """tl/Berlin: {{Infobox settlement/Wikidata|Q64}} gives no value; the item is kept raw."""
    s = parsed("tl/Berlin.wiki")
    assert "Infobox settlement/Wikidata" == s.template
    assert (None, None, None) == (s.name, s.coordinates, s.population.total)
    assert () == s.subdivisions
    assert "Q64" == s.params["1"].raw.strip()
    # the reader says the rest is on Wikidata
    assert "infobox.wikidata" in {d.code for d in s.diagnostics}


def test_wikidata_wrapper_takes_infobox_settlement_names() -> None:
    """A value given on the page overrides Wikidata's and is read as in Infobox settlement."""
    s = parse_infobox(
        "{{Infobox settlement/Wikidata|qid=Q64|name=Berlin|population_total=3,644,826"
        "|population_as_of=2018}}"
    )
    assert ("Berlin", 3644826, PartialDate(2018)) == (
        s.name,
        s.population.total,
        s.population.as_of,
    )
    assert [] == unknown(s)
