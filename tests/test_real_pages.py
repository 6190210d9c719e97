"""Real Wikipedia pages: every settlement page parses losslessly, the others raise, and
the key values of fifteen infoboxes match what a person reads off the wikitext.

The pages are in ``fixtures/real`` (see ``fixtures/real/ATTRIBUTION.md``). Every
expected value below was read by hand from the page's wikitext; the comment above it
quotes the raw text it comes from. Coordinates are computed here from the degrees,
minutes and seconds as ``d + m/60 + s/3600`` (negative for S and W); square miles are
converted with the factor 2.589988110336 and feet with 0.3048.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

import mwparserfromhell
import pytest

from infobox import (
    Coordinates,
    Establishment,
    Leader,
    NoInfoboxError,
    PartialDate,
    Settlement,
    Subdivision,
    Timezone,
    parse_infobox,
)
from infobox.diagnostics import CATALOGUE
from infobox.templates.registry import TEMPLATE_NAMES, spec_for

REAL: Final = Path(__file__).resolve().parent.parent / "fixtures" / "real"
SQ_MI: Final = 2.589988110336
FT: Final = 0.3048


def _pages(kind: str) -> list[str]:
    """The fixture pages of one kind, as paths relative to fixtures/real."""
    return sorted(path.relative_to(REAL).as_posix() for path in (REAL / kind).glob("*/*.wiki"))


SETTLEMENT_PAGES: Final = _pages("settlement")
OTHER_PAGES: Final = _pages("other")


@functools.cache
def read(rel: str) -> str:
    """The wikitext of one fixture page."""
    return (REAL / rel).read_text(encoding="utf-8")


@functools.cache
def parsed(rel: str) -> Settlement:
    """The parsed infobox of one settlement page (parsed once per session)."""
    return parse_infobox(read(rel))


# --- an independent reading with mwparserfromhell --------------------------------------

_COMMENT: Final = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
# The names of {{Infobox settlement}} and the aliases these pages use, case-folded; and
# the other settlement templates the reader knows (other wikis' own), by their names.
_ALIASES: Final = frozenset(
    {
        "infobox settlement",
        "infobox city",
        "infobox town",
        "infobox village",
        "infobox municipality",
        *(name.casefold() for name in TEMPLATE_NAMES),
    }
)


def _title(name: str) -> str:
    """A template or parameter name without comments, with white space collapsed."""
    return " ".join(_COMMENT.sub("", name).replace("_", " ").split())


def _is_alias(template: Any) -> bool:
    """Whether an mwparserfromhell template calls a settlement infobox.

    English Wikipedia's names are listed here; other wikis' cards come from the registry.
    """
    title = _title(str(template.name))
    return title.casefold() in _ALIASES or spec_for(title) is not None


def first_settlement_template(text: str) -> Any:
    """The first settlement template of a page, as mwparserfromhell reads it."""
    for template in mwparserfromhell.parse(text).filter_templates(recursive=False):
        if _is_alias(template):
            return template
    raise AssertionError("no settlement template at the top level of the page")


def param_names(template: Any) -> list[str]:
    """The names of a template's parameters in order, comments removed and trimmed."""
    return [_COMMENT.sub("", str(param.name)).strip() for param in template.params]


# --- small assertion helpers -----------------------------------------------------------


def assert_point(lat: float, lon: float, coordinates: Coordinates | None) -> None:
    """Fail unless the coordinates are (lat, lon) to within 1e-6 degrees."""
    assert coordinates is not None
    assert pytest.approx(lat, abs=1e-6) == coordinates.lat
    assert pytest.approx(lon, abs=1e-6) == coordinates.lon


def diagnostics_of(settlement: Settlement) -> list[tuple[str, str | None]]:
    """The (code, param) pairs of a settlement's diagnostics, sorted."""
    return sorted((d.code, d.param) for d in settlement.diagnostics)


def has_diagnostic(settlement: Settlement, code: str, param: str) -> bool:
    """Whether the settlement has a diagnostic with this code on this parameter."""
    return any(d.code == code and d.param == param for d in settlement.diagnostics)


def images_of(settlement: Settlement) -> dict[str, str]:
    """The settlement's images as {parameter: file}."""
    return {image.param: image.file for image in settlement.images}


# --- 1. every settlement page parses losslessly ------------------------------------------


def test_the_fixture_pages_are_all_there() -> None:
    """The pages this module reads by hand are among the fixtures."""
    named = {
        "settlement/en/Toronto.wiki",
        "settlement/en/Islamabad.wiki",
        "settlement/en/Dollar_Point,_California.wiki",
        "settlement/en/Arkit.wiki",
        "settlement/en/Berlin.wiki",
        "settlement/en/Teymanak-e_Olya.wiki",
        "settlement/en/Kisumu_Central_Constituency.wiki",
        "settlement/simple/Berlin.wiki",
        "settlement/sw/Berlin.wiki",
        "settlement/uk/Берлін.wiki",
        "settlement/ms/Berlin.wiki",
        "settlement/vi/Lĩnh_Nam.wiki",
        "settlement/bn/হলিউড.wiki",
    }
    assert set() == named - set(SETTLEMENT_PAGES)
    assert len(OTHER_PAGES) >= 9  # people, companies, a species, a state, a region


@pytest.mark.parametrize("rel", SETTLEMENT_PAGES, ids=SETTLEMENT_PAGES)
def test_settlement_page_parses_as_its_first_settlement_template(rel: str) -> None:
    """Every settlement page parses, and the template read is the page's first alias."""
    text = read(rel)
    settlement = parse_infobox(text)
    template = first_settlement_template(text)
    assert _title(str(template.name)) == settlement.template


@pytest.mark.parametrize("rel", SETTLEMENT_PAGES, ids=SETTLEMENT_PAGES)
def test_every_param_offset_points_at_its_raw_text(rel: str) -> None:
    """text[p.start:p.end] == p.raw for every parameter, and the key is the param's name."""
    text = read(rel)
    settlement = parsed(rel)
    for name, param in settlement.params.items():
        assert name == param.name
        assert 0 <= param.start <= param.end <= len(text)
        assert text[param.start : param.end] == param.raw, name


@pytest.mark.parametrize("rel", SETTLEMENT_PAGES, ids=SETTLEMENT_PAGES)
def test_params_match_mwparserfromhell(rel: str) -> None:
    """The params are mwparserfromhell's, duplicates counted once and the last value kept."""
    text = read(rel)
    settlement = parsed(rel)
    template = first_settlement_template(text)
    names = param_names(template)
    assert len(template.params) - (len(names) - len(set(names))) == len(settlement.params)
    # MediaWiki's rule: the last of several values wins.
    last = {
        name: str(param.value).strip() for name, param in zip(names, template.params, strict=True)
    }
    assert last == {name: param.raw for name, param in settlement.params.items()}
    repeated = sorted(name for name, count in Counter(names).items() for _ in range(count - 1))
    assert repeated == sorted(
        d.param or "" for d in settlement.diagnostics if d.code == "param.duplicate"
    )


@pytest.mark.parametrize("rel", SETTLEMENT_PAGES, ids=SETTLEMENT_PAGES)
def test_diagnostics_are_catalogued_and_placed_in_the_text(rel: str) -> None:
    """Every diagnostic has a catalogued code and severity, and offsets inside the text."""
    text = read(rel)
    for diagnostic in parsed(rel).diagnostics:
        assert diagnostic.code in CATALOGUE, diagnostic
        assert CATALOGUE[diagnostic.code][0] == diagnostic.severity, diagnostic
        assert (diagnostic.start is None) == (diagnostic.end is None), diagnostic
        if diagnostic.start is not None and diagnostic.end is not None:
            assert 0 <= diagnostic.start <= diagnostic.end <= len(text), diagnostic
        if diagnostic.param is not None:
            assert diagnostic.param in parsed(rel).params, diagnostic


# --- 2. pages without a settlement infobox raise ---------------------------------------


@pytest.mark.parametrize("rel", OTHER_PAGES, ids=OTHER_PAGES)
def test_other_page_raises_no_infobox_error(rel: str) -> None:
    """A page without a settlement infobox raises NoInfoboxError, also a LookupError."""
    text = read(rel)
    # The independent check: mwparserfromhell sees no settlement template anywhere.
    assert [] == [
        str(t.name) for t in mwparserfromhell.parse(text).filter_templates() if _is_alias(t)
    ]
    with pytest.raises(NoInfoboxError) as caught:
        parse_infobox(text)
    assert isinstance(caught.value, LookupError)
    assert len(text) == caught.value.length


# --- 3. key values read by hand ---------------------------------------------------------

TORONTO: Final = "settlement/en/Toronto.wiki"


def test_toronto_by_hand() -> None:
    """en/Toronto: legacy latd/longd, three areas, three counts, leaders with lists."""
    s = parsed(TORONTO)
    assert "Infobox settlement" == s.template
    assert "Toronto" == s.name
    assert "City of Toronto" == s.official_name
    # |settlement_type = [[List of cities in Ontario|City]] ([[List of municipalities
    #   in Ontario#Single-tier municipalities|single-tier]])
    assert "City (single-tier)" == s.settlement_type
    # |coordinates_region = CA-ON
    # |latd=43 |latm=42 |lats= |latNS=N
    # |longd=79 |longm=24 |longs= |longEW=W|coordinates_display=1
    assert_point(43 + 42 / 60, -(79 + 24 / 60), s.coordinates)
    assert s.coordinates is not None
    assert "CA-ON" == s.coordinates.region
    assert "1" == s.coordinates.display
    # |elevation_m = 76
    assert 76.0 == s.elevation_m
    # |area_total_km2 = 630  |area_metro_km2 = 7125  |area_urban_km2 = 1749
    assert 630.0 == s.area.total_km2
    assert 7125.0 == s.area.metro_km2
    assert 1749.0 == s.area.urban_km2
    assert s.area.land_km2 is None
    # |population_as_of = 2011
    # |population_total = 2,615,060<!-- … --> ([[List of the 100 largest … |1st]])
    # |population_density_km2 = 4149
    # |population_metro = 5,583,064 ([[…|1st]])<!-- … -->
    # |population_urban = 5,132,794 ([[…|1st]])<!-- … -->
    # |population_demonym = Torontonian
    assert 2615060 == s.population.total
    assert PartialDate(2011) == s.population.as_of
    assert 4149.0 == s.population.density_km2
    assert s.population.density_computed is False
    assert 5583064 == s.population.metro
    assert 5132794 == s.population.urban
    assert "Torontonian" == s.population.demonym
    # |subdivision_type = Country |subdivision_name = {{flag|Canada}}
    # |subdivision_type1 = [[Provinces and territories of Canada|Province]]
    # |subdivision_name1 = {{flag|Ontario}}
    # |subdivision_type2 = [[Amalgamation of Toronto|Districts]]
    # |subdivision_name2 = [[East York]], [[Etobicoke]], [[North York]], [[Old Toronto]],
    #   [[Scarborough, Ontario|Scarborough]], [[York, Ontario|York]]
    assert (
        Subdivision(index=0, type="Country", name="Canada"),
        Subdivision(index=1, type="Province", name="Ontario"),
        Subdivision(
            index=2,
            type="Districts",
            name="East York, Etobicoke, North York, Old Toronto, Scarborough, York",
        ),
    ) == s.subdivisions
    # |established_title = Established
    # |established_date = August 27, 1793 (as [[York, Upper Canada|York]])
    # |established_title1 = [[Municipal corporation|Incorporated]]
    # |established_date1 = March 6, 1834 (as Toronto)
    # |established_title2 = [[Merger (politics)|Amalgamated]]
    # |established_date2 = January 1, 1998 (from [[Metropolitan Toronto]])
    # (settled_title/settled_date are not part of the established family.)
    assert (
        Establishment(index=0, title="Established", date=PartialDate(1793, 8, 27), note="as York"),
        Establishment(
            index=1, title="Incorporated", date=PartialDate(1834, 3, 6), note="as Toronto"
        ),
        Establishment(
            index=2,
            title="Amalgamated",
            date=PartialDate(1998, 1, 1),
            note="from Metropolitan Toronto",
        ),
    ) == s.established
    # |leader_title = [[Mayor of Toronto|Mayor]] |leader_name = [[Rob Ford]] <!--…-->
    # |leader_title1 = Deputy Mayor |leader_name1 = [[Norm Kelly]]
    # |leader_title2 = Council |leader_name2 = [[Toronto City Council]]
    # |leader_title3 = [[Member of Parliament (Canada)|MPs]]
    # |leader_name3 ={{Collapsible list |title = List of MPs … |1=[[Mark Adler (politician)]]
    #   |2=[[Carolyn Bennett]] |3=[[John Carmichael (politician)|John Carmichael]] … }}
    # |leader_title4 = [[Member of Provincial Parliament (Ontario)|MPPs]]
    # |leader_name4 ={{Collapsible list |title = List of MPPs … |1=[[Laura Albanese]] … }}
    mps = (
        "Mark Adler (politician); Carolyn Bennett; John Carmichael; Andrew Cash; "
        "Corneliu Chisu; Joe Daniel; Kirsty Duncan; Chrystia Freeland; Dan Harris; "
        "Roxanne James; Jim Karygiannis; Matthew Kellway; Chungsen Leung; John McKay; "
        "Peggy Nash; Joe Oliver; Ted Opitz; Craig Scott; Judy Sgro; Rathika Sitsabaiesan; "
        "Mike Sullivan; Bernard Trottier; Adam Vaughan"
    )
    mpps = (
        "Laura Albanese; Bas Balkissoon; Lorenzo Berardinetti; Donna Cansfield; Mike Colle; "
        "Michael Coteau; Cheri DiNovo; Brad Duguid; Doug Holyday; Eric Hoskins; "
        "Mitzie Hunter; Monte Kwinter; Rosario Marchese; Glen Murray; Soo Wong; "
        "Michael Prue; Shafiq Qaadri; Jonah Schein; Mario Sergio; Peter Tabuns; "
        "Kathleen Wynne; David Zimmer"
    )
    assert (
        Leader(index=0, title="Mayor", name="Rob Ford"),
        Leader(index=1, title="Deputy Mayor", name="Norm Kelly"),
        Leader(index=2, title="Council", name="Toronto City Council"),
        Leader(index=3, title="MPs", name=mps),
        Leader(index=4, title="MPPs", name=mpps),
    ) == s.leaders
    # |government_type = [[Mayor-council government|Mayor-council]]
    assert "Mayor-council" == s.government_type
    # |timezone = [[Eastern Time Zone|EST]] |utc_offset = -5
    # |timezone_DST = [[Eastern Daylight Time|EDT]] |utc_offset_DST = -4
    assert (
        Timezone(name="EST", utc_offset="-05:00", dst_name="EDT", dst_utc_offset="-04:00"),
    ) == s.timezones
    # |postal_code_type = Postal code span
    # |postal_code = [[List of M postal codes of Canada|M]]
    # |area_code = [[Area codes 416, 647 and 437|416, 437, 647]]
    assert "Postal code span" == s.postal_code_type
    assert "M" == s.postal_code
    assert "416, 437, 647" == s.area_code
    # |website = {{URL|http://www.toronto.ca/}}
    assert "http://www.toronto.ca/" == s.website
    # |image_skyline = Montage of Toronto 7.jpg <!-- … --> |image_flag = Toronto Flag.svg
    # |image_shield = Toronto Coat of Arms.jpg |image_blank_emblem = City of Toronto Logo.png
    # |image_map = Toronto Location in Ontario.png
    assert {
        "image_skyline": "Montage of Toronto 7.jpg",
        "image_flag": "Toronto Flag.svg",
        "image_shield": "Toronto Coat of Arms.jpg",
        "image_blank_emblem": "City of Toronto Logo.png",
        "image_map": "Toronto Location in Ontario.png",
    } == images_of(s)
    # |area_magnitude = (twice) and |population_footnotes = (twice): the first ones are empty.
    # |settled_title = Settled |settled_date = 1750 …: not parameters of the template.
    assert [
        ("param.duplicate", "area_magnitude"),
        ("param.duplicate", "population_footnotes"),
        ("param.unknown", "settled_date"),
        ("param.unknown", "settled_title"),
    ] == diagnostics_of(s)


def test_toronto_duplicate_keeps_the_earlier_value_in_its_diagnostic() -> None:
    """en/Toronto: each param.duplicate points at the earlier, empty value."""
    s = parsed(TORONTO)
    text = read(TORONTO)
    for diagnostic in s.diagnostics_with("param.duplicate"):
        assert diagnostic.param is not None
        assert diagnostic.start is not None
        assert diagnostic.start < s.params[diagnostic.param].start
        assert "" == text[diagnostic.start : diagnostic.end]
    # |population_footnotes =<ref name="SC2011cd" />  (the later one wins)
    assert '<ref name="SC2011cd" />' == s.params["population_footnotes"].raw


ISLAMABAD: Final = "settlement/en/Islamabad.wiki"


def test_islamabad_by_hand() -> None:
    """en/Islamabad: {{coord}} in d/m, counts written with 'million', a photomontage."""
    s = parsed(ISLAMABAD)
    assert "Islamabad" == s.name
    # | settlement_type = Capital&nbsp;city
    assert "Capital city" == s.settlement_type
    # | coordinates = {{coord|33|43|N|73|04|E|region:PK|display=inline,title}}
    assert_point(33 + 43 / 60, 73 + 4 / 60, s.coordinates)
    assert s.coordinates is not None
    assert "PK" == s.coordinates.region
    assert "inline,title" == s.coordinates.display
    # Only | elevation_min_m = 490 and | elevation_max_m = 620 are given.
    assert s.elevation_m is None
    # | area_total_km2 = 906.00 <!-- … --> | area_urban_km2 = 906.00
    assert 906.0 == s.area.total_km2
    assert 906.0 == s.area.urban_km2
    # | population_total = 1.9 million<ref>…</ref>
    # | population_as_of = 2014 estimate
    # | population_urban = 1,829,180 | population_metro = 2.2 million
    assert 1_900_000 == s.population.total
    assert PartialDate(2014) == s.population.as_of
    assert 1_829_180 == s.population.urban
    assert 2_200_000 == s.population.metro
    assert s.population.density_km2 is None
    # | subdivision_type = Country | subdivision_name = {{flag|Pakistan}}
    # | subdivision_type1 = [[Administrative units of Pakistan|Territory]]
    # | subdivision_name1 = [[Islamabad Capital Territory]]
    assert (
        Subdivision(index=0, type="Country", name="Pakistan"),
        Subdivision(index=1, type="Territory", name="Islamabad Capital Territory"),
    ) == s.subdivisions
    # | established_title = Founded | established_date = 1960
    assert (Establishment(index=0, title="Founded", date=PartialDate(1960)),) == s.established
    # | leader_title = Governing&nbsp;body
    # | leader_name = [[Islamabad Metropolitan Corporation]] and [[Capital Development
    #   Authority]] (CDA)
    # | leader_title1 = Chief Commissioner | leader_name1 = Zakaullah
    # | leader_title2 = Chairman CDA | leader_name2 = Sheikh Ansar aziz
    # | leader_title3 = Deputy Commissioner | leader_name3 = Mujahid Sherdil
    # | leader_title4 = [[Mayor of Islamabad|Mayor]]
    # | leader_name4 = [[Sheikh Ansar Aziz]] Political party PML-N
    assert (
        Leader(
            index=0,
            title="Governing body",
            name="Islamabad Metropolitan Corporation and Capital Development Authority (CDA)",
        ),
        Leader(index=1, title="Chief Commissioner", name="Zakaullah"),
        Leader(index=2, title="Chairman CDA", name="Sheikh Ansar aziz"),
        Leader(index=3, title="Deputy Commissioner", name="Mujahid Sherdil"),
        Leader(index=4, title="Mayor", name="Sheikh Ansar Aziz Political party PML-N"),
    ) == s.leaders
    # | timezone = [[Pakistan Standard Time|PKT]] | utc_offset = +5
    # | timezone_DST = | utc_offset_DST =
    assert (Timezone(name="PKT", utc_offset="+05:00"),) == s.timezones
    # | postal_code_type = Postcode | postal_code = 44000 | area_code = 051
    assert ("Postcode", "44000", "051") == (s.postal_code_type, s.postal_code, s.area_code)
    # | website = {{URL|http://www.islamabad.gov.pk}}
    assert "http://www.islamabad.gov.pk" == s.website
    # | image_skyline = {{Photomontage | photo1a = … }}: not a file.
    assert {} == images_of(s)
    # | named for = … (a space for "_"), | VIP_Residental_Sectors = …,
    # | population_metro_as_of = 2013: not parameters of the template.
    assert [
        ("image.not-a-file", "image_skyline"),
        ("param.unknown", "VIP_Residental_Sectors"),
        ("param.unknown", "named for"),
        ("param.unknown", "population_metro_as_of"),
    ] == diagnostics_of(s)


def test_islamabad_native_name_inside_nastaliq_template() -> None:
    """en/Islamabad: the native name wrapped in {{nobold|{{lang|ur|{{nq|…}}}}}} is read."""
    # | native_name = {{nobold|{{lang|ur|{{nq|اسلام آباد}}}}}}
    assert ("اسلام آباد",) == parsed(ISLAMABAD).native_names


DOLLAR_POINT: Final = "settlement/en/Dollar_Point,_California.wiki"


def test_dollar_point_by_hand() -> None:
    """en/Dollar Point: a US CDP with both units given and an 'auto' density."""
    s = parsed(DOLLAR_POINT)
    assert s.name is None
    assert "Dollar Point, California" == s.official_name
    assert "census-designated place" == s.settlement_type
    # |coordinates = {{coord|39|11|19|N|120|6|32|W|region:US_type:city|display=inline,title}}
    assert_point(39 + 11 / 60 + 19 / 3600, -(120 + 6 / 60 + 32 / 3600), s.coordinates)
    assert s.coordinates is not None
    assert "US" == s.coordinates.region
    assert "inline,title" == s.coordinates.display
    # |elevation_ft = 6483 |elevation_m = 1976  (6483 ft = 1976.0 m: they agree)
    assert 1976.0 == s.elevation_m
    # | area_total_sq_mi = 1.634 | area_land_sq_mi = 1.634 | area_water_sq_mi = 0
    # | area_total_km2 = 4.232 | area_land_km2 = 4.232 | area_water_km2 = 0
    assert 4.232 == s.area.total_km2
    assert 4.232 == s.area.land_km2
    assert 0.0 == s.area.water_km2
    # |population_as_of = [[2010 United States Census|2010]]
    # |population_total = 1215 |population_density_km2 = auto
    assert 1215 == s.population.total
    assert PartialDate(2010) == s.population.as_of
    assert pytest.approx(1215 / 4.232, abs=1e-6) == s.population.density_km2
    assert s.population.density_computed is True
    # |subdivision_type1 = [[Political divisions of the United States|State]]
    # |subdivision_name1 = {{flag|California}}
    # |subdivision_type2 = [[List of counties in California|County]]
    # |subdivision_name2 = [[Placer County, California|Placer]]
    # (index 0, {{USA}}, is tested on its own below.)
    assert "Country" == s.subdivisions[0].type
    assert (
        Subdivision(index=1, type="State", name="California"),
        Subdivision(index=2, type="County", name="Placer"),
    ) == s.subdivisions[1:]
    # |leader_title = N/A |leader_name =
    # |leader_title1 = [[California State Legislature|State Senate]]
    # |leader_name1 = [[Dave Cox]] ([[California Republican Party|R]])
    # |leader_title2 = [[California State Assembly|State Assembly]]
    # |leader_name2 = [[Ted Gaines]] (R)
    # |leader_title3 = [[California's 4th congressional district|U. S. Congress]]
    # |leader_name3 = {{Representative|cacd|4|fmt=usleader}}<ref>…</ref>
    #   ({{Representative}} looks the name up when the page is rendered: not in the text.)
    assert (
        Leader(index=0, title="N/A", name=None),
        Leader(index=1, title="State Senate", name="Dave Cox (R)"),
        Leader(index=2, title="State Assembly", name="Ted Gaines (R)"),
        Leader(index=3, title="U. S. Congress", name=None),
    ) == s.leaders
    # |established_date = (empty, no title)
    assert () == s.established
    # |timezone = [[Pacific Time Zone|PST]] |utc_offset = -8
    # |timezone_DST = PDT |utc_offset_DST = -7
    assert (
        Timezone(name="PST", utc_offset="-08:00", dst_name="PDT", dst_utc_offset="-07:00"),
    ) == s.timezones
    # |postal_code_type = [[ZIP code]] |postal_code = 96145 |area_code = [[Area code 530|530]]
    assert ("ZIP code", "96145", "530") == (s.postal_code_type, s.postal_code, s.area_code)
    # |website = (empty)
    assert s.website is None
    # |image_map = Placer_County_California_…_Dollar_Point_Highlighted.svg
    # |map_caption = Location in [[Placer County, California|Placer County]] and the state
    #   of [[California]]
    assert 1 == len(s.images)
    assert "image_map" == s.images[0].param
    assert (
        "Placer_County_California_Incorporated_and_Unincorporated_areas_"
        "Dollar_Point_Highlighted.svg"
    ) == s.images[0].file
    assert "Location in Placer County and the state of California" == s.images[0].caption


def test_dollar_point_country_written_as_a_flag_template() -> None:
    """en/Dollar Point: {{USA}} is read as United States, or its absence is reported."""
    # |subdivision_type = [[List of countries|Country]] |subdivision_name = {{USA}}
    s = parsed(DOLLAR_POINT)
    name = s.subdivisions[0].name
    flagged = any(d.param == "subdivision_name" for d in s.diagnostics)
    assert name == "United States" or (name is None and flagged)


ARKIT: Final = "settlement/en/Arkit.wiki"


def test_arkit_by_hand() -> None:
    """en/Arkit: legacy latd/longd with zero seconds, offset read from 'UTC +5'."""
    s = parsed(ARKIT)
    assert "Arkit" == s.official_name
    assert s.name is None
    # |coordinates_display = inline,title |coordinates_region = KG
    # |latd=41 |latm=48 |lats=0 |latNS=N
    # |longd=71|longm= 57|longs=0 |longEW=E
    assert_point(41 + 48 / 60 + 0 / 3600, 71 + 57 / 60 + 0 / 3600, s.coordinates)
    assert s.coordinates is not None
    assert "KG" == s.coordinates.region
    assert "inline,title" == s.coordinates.display
    # |elevation_m = 1320
    assert 1320.0 == s.elevation_m
    # |area_total_km2 = |population_as_of = |population_total = (all empty)
    assert s.area.total_km2 is None
    assert s.population.total is None
    assert s.population.as_of is None
    # |subdivision_type = Country |subdivision_name = [[Kyrgyzstan]]
    # |subdivision_type1 = Province |subdivision_name1 = [[Jalal-Abad Province]]
    assert (
        Subdivision(index=0, type="Country", name="Kyrgyzstan"),
        Subdivision(index=1, type="Province", name="Jalal-Abad Province"),
    ) == s.subdivisions
    # |leader_title = |leader_name = |established_title = |established_date =
    assert () == s.leaders
    assert () == s.established
    # |timezone =UTC +5 |utc_offset = |timezone_DST = |utc_offset_DST =
    assert (Timezone(name="UTC +5", utc_offset="+05:00"),) == s.timezones
    # |website =
    assert s.website is None
    assert [("utc-offset.from-zone-name", "utc_offset")] == diagnostics_of(s)


EN_BERLIN: Final = "settlement/en/Berlin.wiki"


def test_en_berlin_by_hand() -> None:
    """en/Berlin: {{coord}} in d/m/s, a numbered time zone, a photomontage and a maplink."""
    s = parsed(EN_BERLIN)
    assert "Berlin" == s.name
    # | official_name = (empty, last parameter)
    assert s.official_name is None
    # | settlement_type = [[Capital city]], [[States of Germany|state]] and
    #   [[Municipalities of Germany|municipality]]
    assert "Capital city, state and municipality" == s.settlement_type
    # | coordinates = {{coord|52|31|12|N|13|24|18|E|format=dms|display=inline,title}}
    assert_point(52 + 31 / 60 + 12 / 3600, 13 + 24 / 60 + 18 / 3600, s.coordinates)
    assert s.coordinates is not None
    assert s.coordinates.region is None
    assert "inline,title" == s.coordinates.display
    # | elevation_m = 34
    assert 34.0 == s.elevation_m
    # | area_total_km2 = 891.7
    assert 891.7 == s.area.total_km2
    # | population_total = 3769495 | population_as_of = 31 December 2020
    # | population_urban = 4473101 | population_metro = 6144600
    # | population_demonyms = {{hlist|Berliner(s) (English)|Berliner (m), Berlinerin (f) (German)}}
    # (the plural is read where the singular is missing)
    assert 3769495 == s.population.total
    assert PartialDate(2020, 12, 31) == s.population.as_of
    assert 4473101 == s.population.urban
    assert 6144600 == s.population.metro
    assert "Berliner(s) (English) Berliner (m), Berlinerin (f) (German)" == s.population.demonym
    # | subdivision_type = [[List of sovereign states|Country]]
    # | subdivision_name = [[Germany]]
    # | subdivision_type1 = [[States of Germany|State]]
    # | subdivision_name1 = [[Boroughs and neighborhoods of Berlin|Berlin]]
    assert (
        Subdivision(index=0, type="Country", name="Germany"),
        Subdivision(index=1, type="State", name="Berlin"),
    ) == s.subdivisions
    assert () == s.established
    # | leader_title = [[Governing Mayor of Berlin|Governing Mayor]]
    # | leader_name = [[Michael Müller (politician, born 1964)|Michael Müller]]
    assert (Leader(index=0, title="Governing Mayor", name="Michael Müller"),) == s.leaders
    # | timezone1 = [[Central European Time|CET]] | utc_offset1 = +01:00
    # | timezone1_DST = [[Central European Summer Time|CEST]] | utc_offset1_DST = +02:00
    assert (
        Timezone(name="CET", utc_offset="+01:00", dst_name="CEST", dst_utc_offset="+02:00"),
    ) == s.timezones
    # | area_code = [[List of dialling codes in Germany#030 – Berlin|030]]
    assert "030" == s.area_code
    # | website = {{URL|www.berlin.de/en/}}
    assert "www.berlin.de/en/" == s.website
    # | image_shield = Coat of arms of Berlin.svg | image_flag = Flag_of_Berlin.svg
    # | image_skyline = {{Photomontage|…}} | image_map = {{maplink|…}}
    assert {
        "image_flag": "Flag_of_Berlin.svg",
        "image_shield": "Coat of arms of Berlin.svg",
    } == images_of(s)
    assert [
        ("image.not-a-file", "image_map"),
        ("image.not-a-file", "image_skyline"),
    ] == diagnostics_of(s)


TEYMANAK: Final = "settlement/en/Teymanak-e_Olya.wiki"


def test_teymanak_by_hand() -> None:
    """en/Teymanak-e Olya: five subdivision levels, half-hour offsets, 'auto' without area."""
    s = parsed(TEYMANAK)
    assert "Teymanak-e Olya" == s.official_name
    # |native_name =تيمنك عليا
    assert ("تيمنك عليا",) == s.native_names
    assert "village" == s.settlement_type
    # |coordinates = {{coord|35|30|12|N|60|35|37|E|region:IR|display=inline,title}}
    assert_point(35 + 30 / 60 + 12 / 3600, 60 + 35 / 60 + 37 / 3600, s.coordinates)
    assert s.coordinates is not None
    assert "IR" == s.coordinates.region
    # |elevation_m = (empty)
    assert s.elevation_m is None
    # |population_as_of = 2006 |population_total =559 |population_density_km2 =auto
    # |area_total_km2 = (empty)
    assert 559 == s.population.total
    assert PartialDate(2006) == s.population.as_of
    assert s.area.total_km2 is None
    assert s.population.density_km2 is None
    assert s.population.density_computed is False
    # |subdivision_type = [[List of countries|Country]] |subdivision_name = {{flag|Iran}}
    # |subdivision_type1 =[[Provinces of Iran|Province]]
    # |subdivision_name1 =[[Razavi Khorasan Province|Razavi Khorasan]]
    # |subdivision_type2 =[[Counties of Iran|County]]
    # |subdivision_name2 = [[Torbat-e Jam County|Torbat-e Jam]]
    # |subdivision_type3 =[[Bakhsh]]
    # |subdivision_name3 =[[Central District (Torbat-e Jam County)|Central]]
    # |subdivision_type4 =[[Rural Districts of Iran|Rural District]]
    # |subdivision_name4 =[[Jolgeh-ye Musaabad Rural District|Jolgeh-ye Musaabad]]
    assert (
        Subdivision(index=0, type="Country", name="Iran"),
        Subdivision(index=1, type="Province", name="Razavi Khorasan"),
        Subdivision(index=2, type="County", name="Torbat-e Jam"),
        Subdivision(index=3, type="Bakhsh", name="Central"),
        Subdivision(index=4, type="Rural District", name="Jolgeh-ye Musaabad"),
    ) == s.subdivisions
    assert () == s.leaders
    assert () == s.established
    # |timezone = [[Iran Standard Time|IRST]] |utc_offset = +3:30
    # |timezone_DST = [[Iran Daylight Time|IRDT]] |utc_offset_DST = +4:30
    assert (
        Timezone(name="IRST", utc_offset="+03:30", dst_name="IRDT", dst_utc_offset="+04:30"),
    ) == s.timezones
    assert s.website is None
    assert [("density.auto-without-area", "population_density_km2")] == diagnostics_of(s)


KISUMU: Final = "settlement/en/Kisumu_Central_Constituency.wiki"


def test_kisumu_by_hand() -> None:
    """en/Kisumu Central: a mostly empty form whose values are comments is read as unset."""
    s = parsed(KISUMU)
    # {{Infobox settlement
    # <!--See the Table at Infobox Settlement for all fields and descriptions of usage-->
    # <!-- Basic info  ---------------->| official_name = Kisumu Central
    assert "Infobox settlement" == s.template
    assert "Kisumu Central" == s.official_name
    # | native_name = <!-- for cities whose native name is not in English -->
    assert () == s.native_names
    # | motto = <!-- images and maps  ----------->
    assert s.motto is None
    # | settlement_type = [[List of constituencies of Kenya|constituency]]
    assert "constituency" == s.settlement_type
    # | coordinates = (empty; the page has {{coord missing|Kenya}} below the infobox)
    assert s.coordinates is None
    # | subdivision_type = Country | subdivision_name = {{flag|Kenya}}
    # | subdivision_type1 = County | subdivision_name1 = [[Kisumu County]]
    # | subdivision_type2..4 = and | subdivision_name2..4 = (empty or comments)
    assert (
        Subdivision(index=0, type="Country", name="Kenya"),
        Subdivision(index=1, type="County", name="Kisumu County"),
    ) == s.subdivisions
    # | established_title = <!-- Settled --> | established_date = …  (all comments)
    assert () == s.established
    assert () == s.leaders
    assert () == s.timezones
    assert s.population.total is None
    assert s.area.total_km2 is None
    assert s.elevation_m is None
    assert s.website is None
    assert () == s.images
    assert [] == diagnostics_of(s)


SIMPLE_BERLIN: Final = "settlement/simple/Berlin.wiki"


def test_simple_berlin_by_hand() -> None:
    """simple/Berlin: values on the line after the '=', a comment between two params."""
    s = parsed(SIMPLE_BERLIN)
    assert "Berlin" == s.name
    # | settlement_type =
    #  [[Capital city]], [[States of Germany|state]] and [[Municipalities of Germany|…]]
    assert "Capital city, state and municipality" == s.settlement_type
    # | coordinates = {{coord|52|31|12|N|13|24|18|E|format=dms|display=inline,title}}
    assert_point(52 + 31 / 60 + 12 / 3600, 13 + 24 / 60 + 18 / 3600, s.coordinates)
    # | elevation_m = 34 | area_total_km2 = 891.7
    assert 34.0 == s.elevation_m
    assert 891.7 == s.area.total_km2
    # | population_total = 3769495 | population_as_of = 31 December 2019
    # | population_urban = 4473101 | population_metro = 6144600
    assert 3769495 == s.population.total
    assert PartialDate(2019, 12, 31) == s.population.as_of
    assert 4473101 == s.population.urban
    assert 6144600 == s.population.metro
    # | subdivision_type = [[List of sovereign states|Country]]
    # | subdivision_name = {{Flag|Germany}}
    # | subdivision_type1 = [[States of Germany|State]]
    # | subdivision_name1 =
    # Berlin
    assert (
        Subdivision(index=0, type="Country", name="Germany"),
        Subdivision(index=1, type="State", name="Berlin"),
    ) == s.subdivisions
    # | leader_name = [[Michael Müller (politician, born 1964)|Michael Müller]]
    # <!-- not supported |ruling_party1=… |votes=4 -->| geocode = …
    assert (Leader(index=0, title="Governing Mayor", name="Michael Müller"),) == s.leaders
    assert "ruling_party1" not in s.params
    assert "geocode" in s.params
    # | timezone1 = [[Central European Time|CET]] | utc_offset1 = +01:00
    # | timezone1_DST = [[Central European Summer Time|CEST]] | utc_offset1_DST = +02:00
    assert (
        Timezone(name="CET", utc_offset="+01:00", dst_name="CEST", dst_utc_offset="+02:00"),
    ) == s.timezones
    # | website = {{URL|www.berlin.de/en/}}
    assert "www.berlin.de/en/" == s.website
    assert [
        ("image.not-a-file", "image_map"),
        ("image.not-a-file", "image_skyline"),
    ] == diagnostics_of(s)


SW_BERLIN: Final = "settlement/sw/Berlin.wiki"


def test_sw_berlin_by_hand() -> None:
    """sw/Berlin: the capitalised alias, Swahili parameter names, an external-link website."""
    s = parsed(SW_BERLIN)
    # {{Infobox Settlement
    assert "Infobox Settlement" == s.template
    # |jina_rasmi = Berlin  (Swahili for official_name: not an English parameter)
    assert s.official_name is None
    assert "jina_rasmi" in s.params
    assert "Jiji" == s.settlement_type
    # |latd=52 |latm=30 |lats=2 |latNS=N
    # |longd=13 |longm=23 |longs=56 |longEW=E
    assert_point(52 + 30 / 60 + 2 / 3600, 13 + 23 / 60 + 56 / 3600, s.coordinates)
    # |subdivision_type = [[Madola|Nchi]] |subdivision_name = [[Ujerumani]]
    # |subdivision_type1 = [[Majimbo ya Ujerumani|Jimbo]] |subdivision_name1 = Berlin
    # |subdivision_type2 = |subdivision_name2 =
    assert (
        Subdivision(index=0, type="Nchi", name="Ujerumani"),
        Subdivision(index=1, type="Jimbo", name="Berlin"),
    ) == s.subdivisions
    # |wakazi_kwa_ujumla =3,419,623 (2013)  (Swahili for the population: not read)
    assert s.population.total is None
    # |website = [http://www.berlin.de www.berlin.de]
    assert "http://www.berlin.de" == s.website
    # The Swahili names are not the English template's: each one holding a value is reported.
    assert [
        ("param.unknown", name)
        for name in sorted(
            (
                "jina_rasmi",
                "picha_ya_bendera",
                "picha_ya_nembo",
                "picha_ya_satelite",
                "ukubwa_ya_bendera",
                "wakazi_kwa_ujumla",
            )
        )
    ] == diagnostics_of(s)


UK_BERLIN: Final = "settlement/uk/Берлін.wiki"


def test_uk_berlin_by_hand() -> None:
    """uk/Берлін: capitalised alias, legacy coordinates without N/E, a height range."""
    s = parsed(UK_BERLIN)
    # {{Infobox Settlement
    assert "Infobox Settlement" == s.template
    assert "Берлін" == s.official_name
    # | settlement_type = [[Землі Німеччини|федеральна земля]]
    assert "федеральна земля" == s.settlement_type
    # | coordinates_display = display=inline, title
    # | latd=52 |latm=30 |lats=2 |longd=13 |longm=23 |longs=56   (no latNS, no longEW)
    assert_point(52 + 30 / 60 + 2 / 3600, 13 + 23 / 60 + 56 / 3600, s.coordinates)
    assert s.coordinates is not None
    assert "display=inline, title" == s.coordinates.display
    assert 2 == len(s.diagnostics_with("coordinates.hemisphere-assumed"))
    # | area_total_km2 =  891.1
    assert 891.1 == s.area.total_km2
    # | population_total = {{formatnum:{{Metadata Population DE-BE|Berlin}}}}
    #   (the number is only in another template: unreadable here)
    assert s.population.total is None
    assert has_diagnostic(s, "number.unparseable", "population_total")
    # | population_metro =6144600
    assert 6144600 == s.population.metro
    # | population_density_km2 = {{#expr:{{Metadata Population DE-BE|Berlin|ohneTz}}/891.85
    #   round 0}}
    assert s.population.density_km2 is None
    assert has_diagnostic(s, "number.unparseable", "population_density_km2")
    # | elevation_m = 34&nbsp;— 115   (a range: documented as absent + number.ambiguous)
    assert s.elevation_m is None
    assert has_diagnostic(s, "number.ambiguous", "elevation_m")
    # |subdivision_type = Країна | subdivision_name = [[Німеччина]]
    # |subdivision_type1 = Федеральна земля | subdivision_name1 = Берлін
    assert (
        Subdivision(index=0, type="Країна", name="Німеччина"),
        Subdivision(index=1, type="Федеральна земля", name="Берлін"),
    ) == s.subdivisions
    # | leader_title = мер | leader_name = [[Міхаель Мюллєр]]
    assert (Leader(index=0, title="мер", name="Міхаель Мюллєр"),) == s.leaders
    # | timezone = UTC+1 | utc_offset = +2   (the offset is tested on its own below)
    assert 1 == len(s.timezones)
    assert "UTC+1" == s.timezones[0].name
    # | area_code = 030 | postal_code = 10001-14199
    assert ("030", "10001-14199") == (s.area_code, s.postal_code)
    # | website = [http://www.berlin.de/international/index.en.php berlin.de]
    assert "http://www.berlin.de/international/index.en.php" == s.website
    # | image_skyline = Berlin Montage 4.jpg | image_seal = Coat of arms of Berlin.svg
    # | image_map = Deutschland Lage Berlins.svg | image_flag = Flag_of_Berlin.svg
    assert {
        "image_skyline": "Berlin Montage 4.jpg",
        "image_seal": "Coat of arms of Berlin.svg",
        "image_map": "Deutschland Lage Berlins.svg",
        "image_flag": "Flag_of_Berlin.svg",
    } == images_of(s)


def test_uk_berlin_longitude_hemisphere_diagnostic_names_longd() -> None:
    """uk/Берлін: the assumed-E diagnostic is placed on longd, the assumed-N one on latd."""
    s = parsed(UK_BERLIN)
    # | latd=52 |latm=30 |lats=2 |longd=13 |longm=23 |longs=56
    placed = sorted(
        (d.param, d.start, d.end) for d in s.diagnostics_with("coordinates.hemisphere-assumed")
    )
    latd, longd = s.params["latd"], s.params["longd"]
    assert [("latd", latd.start, latd.end), ("longd", longd.start, longd.end)] == placed


def test_uk_berlin_offset_that_contradicts_the_zone_name_is_flagged() -> None:
    """uk/Берлін: an offset that contradicts the zone's own name gets a warning."""
    s = parsed(UK_BERLIN)
    # | timezone = UTC+1 | utc_offset = +2
    assert any(
        d.severity == "warning" and d.param in ("utc_offset", "timezone") for d in s.diagnostics
    )


MS_BERLIN: Final = "settlement/ms/Berlin.wiki"


def test_ms_berlin_by_hand() -> None:
    """ms/Berlin: the Infobox City alias, with old-style parameter names mixed in."""
    s = parsed(MS_BERLIN)
    # {{Infobox City
    assert "Infobox City" == s.template
    # |official_name = Berlin  (trailing space)
    assert "Berlin" == s.official_name
    # |settlement_type = <!--For Town or Village (Leave blank for the default City)-->
    assert s.settlement_type is None
    # |area_total_km2 = 891.82
    # |area_metro = 5,370   (no unit suffix: not an area parameter of the model)
    assert 891.82 == s.area.total_km2
    assert s.area.metro_km2 is None
    # |population_total = 3,440,440 |population_metro = 5,955,532
    # |population_urban = 3,700,000 |population_density = 3,812 (not a model parameter)
    assert 3440440 == s.population.total
    assert 5955532 == s.population.metro
    assert 3700000 == s.population.urban
    assert s.population.density_km2 is None
    # |population_as_of = 03/2010   (month/year is not a documented date form)
    assert s.population.as_of is None
    assert has_diagnostic(s, "date.unparseable", "population_as_of")
    # |subdivision_type = [[Senarai negara|Negara]] |subdivision_name = {{GER}}
    # |subdivision_type1 = Mukim |subdivision_name1 = 12
    assert "Negara" == s.subdivisions[0].type
    assert (Subdivision(index=1, type="Mukim", name="12"),) == s.subdivisions[1:]
    # |leader_title = [[Datuk bandar]]
    # |leader_name = [[Michael Müller]] ([[Parti Demokratik Sosial Jerman|SPD]])
    # |leader_title1 = Regierender Bürgermeister |leader_name1 =
    assert (
        Leader(index=0, title="Datuk bandar", name="Michael Müller (SPD)"),
        Leader(index=1, title="Regierender Bürgermeister", name=None),
    ) == s.leaders
    # |established_title = <!-- Settled --> … (all comments)
    assert () == s.established
    # |timezone = CET |utc_offset = +1 |timezone_DST = CEST |utc_offset_DST = +2
    assert (
        Timezone(name="CET", utc_offset="+01:00", dst_name="CEST", dst_utc_offset="+02:00"),
    ) == s.timezones
    # |elevation = |elevation_ft =
    assert s.elevation_m is None
    # |postal_code = 10,12,13,14xxx |area_code = 30
    assert ("10,12,13,14xxx", "30") == (s.postal_code, s.area_code)
    # |website = [http://www.berlin.de/english/index.html berlin.de]
    assert "http://www.berlin.de/english/index.html" == s.website
    # |image_skyline = Über den Dächern von Berlin 2.jpg |image_caption = Berlin
    assert "Über den Dächern von Berlin 2.jpg" == s.images[0].file
    assert "Berlin" == s.images[0].caption
    # |lat_d=52.5|long_d=13.4|   (the trailing '|' opens a positional parameter that holds
    # only the commented-out latd… block)
    assert "1" in s.params
    assert s.params["1"].raw.startswith("<!--|latd= 52")


VI_LINH_NAM: Final = "settlement/vi/Lĩnh_Nam.wiki"


def test_vi_linh_nam_by_hand() -> None:
    """vi/Lĩnh Nam: a one-line infobox, nearly all empty, 'auto' density without data."""
    s = parsed(VI_LINH_NAM)
    # {{Infobox settlement|name=Lĩnh Nam|…
    assert "Lĩnh Nam" == s.name
    # |native_name=岭南 … |native_name_lang=zh
    assert ("岭南",) == s.native_names
    assert "zh" == s.native_name_lang
    # |coordinates=<!-- {{Coord}} -->
    assert s.coordinates is None
    # |subdivision_name=[[Quảng Đông]], [[Quảng Tây]], [[Hải Nam]], [[Hong Kong]],
    #   [[Ma Cao]], miền Bắc Việt Nam|subdivision_type=Vị trí lãnh thổ ngày nay
    assert (
        Subdivision(
            index=0,
            type="Vị trí lãnh thổ ngày nay",
            name="Quảng Đông, Quảng Tây, Hải Nam, Hong Kong, Ma Cao, miền Bắc Việt Nam",
        ),
    ) == s.subdivisions
    # |subdivision_name1= … |subdivision_type3= (empty)
    # |established_title=|established_date=|leader_name=|leader_title=|timezone1=|…
    assert () == s.established
    assert () == s.leaders
    assert () == s.timezones
    # |area_total_km2=|area_total_ha=|population_total=|population_density_km2=auto
    assert s.area.total_km2 is None
    assert s.population.total is None
    assert s.population.density_km2 is None
    assert has_diagnostic(s, "density.auto-without-population", "population_density_km2")
    # |elevation_m=|website=<!-- {{URL|example.com}} -->
    assert s.elevation_m is None
    assert s.website is None
    # |map_caption=Phạm vi tối đa vương quốc [[Nam Việt]]|image_map=File:Nanyue.svg
    # |image_flag=File:Cờ triều Trưng Vương (Đông Hồ).png
    assert {
        "image_flag": "Cờ triều Trưng Vương (Đông Hồ).png",
        "image_map": "Nanyue.svg",
    } == images_of(s)
    caption = {image.param: image.caption for image in s.images}["image_map"]
    assert "Phạm vi tối đa vương quốc Nam Việt" == caption


BN_HOLLYWOOD: Final = "settlement/bn/হলিউড.wiki"


def test_bn_hollywood_by_hand() -> None:
    """bn/হলিউড: area and density only in square miles, a Bengali-digit date."""
    s = parsed(BN_HOLLYWOOD)
    # |name=হলিউড   (with a trailing space)
    assert "হলিউড" == s.name
    # |native_name=Hollywood
    assert ("Hollywood",) == s.native_names
    # |nickname=[[টিন্সেলটাউন]]
    assert "টিন্সেলটাউন" == s.nickname
    # |settlement_type=[[Neighborhoods in Los Angeles|District of Los Angeles]]
    assert "District of Los Angeles" == s.settlement_type
    # |coordinates_region = US-CA
    # |latd=34|latm=6|lats=0|latNS=N
    # |longd=118|longm=20|longs=0|longEW=W
    assert_point(34 + 6 / 60, -(118 + 20 / 60), s.coordinates)
    assert s.coordinates is not None
    assert "US-CA" == s.coordinates.region
    assert s.coordinates.display is None
    # |area_total_sq_mi= 24.96
    assert pytest.approx(24.96 * SQ_MI, abs=1e-6) == s.area.total_km2
    # |population_as_of=2000 |population_total=123435 |population_density_sq_mi=4945
    assert 123435 == s.population.total
    assert PartialDate(2000) == s.population.as_of
    assert pytest.approx(4945 / SQ_MI, abs=1e-6) == s.population.density_km2
    assert s.population.density_computed is False
    # |elevation_m= |elevation_ft=
    assert s.elevation_m is None
    # |subdivision_type = দেশ |subdivision_name = [[যুক্তরাষ্ট্র]]
    # |subdivision_type1 = রাজ্য |subdivision_name1 = [[ক্যালিফোর্নিয়া]]
    # |subdivision_type2 = County |subdivision_name2 = [[লস অ্যাঞ্জেলেস কাউন্টি]]
    # |subdivision_type3 = শহর |subdivision_name3 = [[লস অ্যাঞ্জেলেস]] শহর
    assert (
        Subdivision(index=0, type="দেশ", name="যুক্তরাষ্ট্র"),
        Subdivision(index=1, type="রাজ্য", name="ক্যালিফোর্নিয়া"),
        Subdivision(index=2, type="County", name="লস অ্যাঞ্জেলেস কাউন্টি"),
        Subdivision(index=3, type="শহর", name="লস অ্যাঞ্জেলেস শহর"),
    ) == s.subdivisions
    # |established_title2 = [[Municipal corporation|Incorporated]]
    # |established_date2 = ১৯০৩   (Bengali digits are read in any locale)
    # |established_date= (empty, no title)
    assert (
        Establishment(index=2, title="Incorporated", date=PartialDate(1903), note=None),
    ) == s.established
    assert not has_diagnostic(s, "date.unparseable", "established_date2")
    # |leader_title=[[Los Angeles City Council|City Council]]
    # |leader_name=[[Eric Garcetti]], [[Tom LaBonge]]
    # |leader_title1=[[California State Assembly|State Assembly]]
    # |leader_name1=[[Mike Feuer]] ([[Democratic Party (United States)|D]]), Vacant
    # |leader_title2= [[California State Senate|State Senate]]
    # |leader_name2=[[Curren Price]] ([[…|D]]), [[Gilbert Cedillo]] ([[…|D]])
    # |leader_title3=[[United States House of Representatives|U.S. House]]
    # |leader_name3=[[Henry Waxman]] ([[…|D]]), [[Karen Bass]] ([[…|D]])
    assert (
        Leader(index=0, title="City Council", name="Eric Garcetti, Tom LaBonge"),
        Leader(index=1, title="State Assembly", name="Mike Feuer (D), Vacant"),
        Leader(index=2, title="State Senate", name="Curren Price (D), Gilbert Cedillo (D)"),
        Leader(index=3, title="U.S. House", name="Henry Waxman (D), Karen Bass (D)"),
    ) == s.leaders
    # |timezone= |utc_offset= |timezone_DST= |utc_offset_DST=
    assert () == s.timezones
    # |postal_code_type=[[ZIP Code]]
    # |postal_code=90027, 90028, 90029, 90038, 90046, 90068
    # |area_code=[[Area code 323|323]] |website=
    assert "ZIP Code" == s.postal_code_type
    assert "90027, 90028, 90029, 90038, 90046, 90068" == s.postal_code
    assert "323" == s.area_code
    assert s.website is None
    # |image_skyline=HollywoodSign.jpg |image_caption=The world-famous [[Hollywood Sign]]
    assert 1 == len(s.images)
    assert "HollywoodSign.jpg" == s.images[0].file
    assert "The world-famous Hollywood Sign" == s.images[0].caption


BRADLEY: Final = "settlement/en/Bradley_(community),_Lincoln_County,_Wisconsin.wiki"


def test_bradley_elevation_in_feet_only() -> None:
    """en/Bradley, Wisconsin: an elevation given only in feet is converted to metres."""
    s = parsed(BRADLEY)
    # |elevation_m = |elevation_ft = 1470
    assert pytest.approx(1470 * FT, abs=1e-6) == s.elevation_m
    # |coordinates = {{coord|45|32|22|N|89|45|19|W|region:US-WI|display=inline,title}}
    assert_point(45 + 32 / 60 + 22 / 3600, -(89 + 45 / 60 + 19 / 3600), s.coordinates)
    # |timezone = [[Central Time Zone|Central (CST)]] |utc_offset = -6
    # |timezone_DST = CDT |utc_offset_DST = -5
    assert (
        Timezone(
            name="Central (CST)", utc_offset="-06:00", dst_name="CDT", dst_utc_offset="-05:00"
        ),
    ) == s.timezones
    # |subdivision_name = [[United States]] |subdivision_name1 = [[Wisconsin]]
    # |subdivision_name2 = [[Lincoln County, Wisconsin|Lincoln]]
    assert ("United States", "Wisconsin", "Lincoln") == tuple(d.name for d in s.subdivisions)
    assert [] == diagnostics_of(s)


SAN_FRANCISCO: Final = "settlement/vi/San_Francisco.wiki"


def test_vi_san_francisco_units_and_unicode_minus() -> None:
    """vi/San Francisco: km² preferred over sq mi, metro from sq mi, U+2212 offsets."""
    s = parsed(SAN_FRANCISCO)
    # | coordinates = {{coord|37|46|39|N|122|24|59|W|region:US-CA|display=inline,title}}
    assert_point(37 + 46 / 60 + 39 / 3600, -(122 + 24 / 60 + 59 / 3600), s.coordinates)
    # | area_total_km2 = 600.59 | area_total_sq_mi = 231.89
    # | area_land_km2 = 121.48 | area_water_km2 = 479.11 | area_metro_sq_mi = 3524.4
    assert 600.59 == s.area.total_km2
    assert 121.48 == s.area.land_km2
    assert 479.11 == s.area.water_km2
    assert pytest.approx(3524.4 * SQ_MI, abs=1e-6) == s.area.metro_km2
    # | elevation_ft = 52
    assert pytest.approx(52 * FT, abs=1e-6) == s.elevation_m
    # | population_as_of = [[Điều tra dân số Hoa Kỳ 2020|2020]] | population_total = 873965
    # | population_density_km2 = 7194.31 | population_metro = 4749008 ([[…|thứ 12]])
    assert 873965 == s.population.total
    assert PartialDate(2020) == s.population.as_of
    assert 7194.31 == s.population.density_km2
    assert 4749008 == s.population.metro
    # | timezone = [[Múi giờ Thái Bình Dương]] | utc_offset = −8
    # | timezone_DST = [[Múi giờ Thái Bình Dương|Giờ ban ngày Thái Bình Dương]]
    # | utc_offset_DST = −7
    assert (
        Timezone(
            name="Múi giờ Thái Bình Dương",
            utc_offset="-08:00",
            dst_name="Giờ ban ngày Thái Bình Dương",
            dst_utc_offset="-07:00",
        ),
    ) == s.timezones
    # | established_date = 29 tháng 6 năm 1776<ref …/>  (Vietnamese month names)
    assert (None, None) == tuple(e.date for e in s.established)
    assert has_diagnostic(s, "date.unparseable", "established_date")
    assert has_diagnostic(s, "date.unparseable", "established_date1")
    # | website = {{URL|sf.gov/}}
    assert "sf.gov/" == s.website


# --- values the parser loses without saying so ------------------------------------------


def _population_total(s: Settlement) -> object:
    return s.population.total


def _population_metro(s: Settlement) -> object:
    return s.population.metro


def _population_as_of(s: Settlement) -> object:
    return s.population.as_of


def _coordinates(s: Settlement) -> object:
    return s.coordinates


@pytest.mark.parametrize(
    ("rel", "param", "code", "attribute", "readable"),
    [
        pytest.param(
            # | population_total = {{Population GER-BE|Berlin|ohneTz}}
            "settlement/ja/ベルリン.wiki",
            "population_total",
            "value.unrendered",
            _population_total,
            None,
            id="ja-population_total",
        ),
        pytest.param(
            # | population_metro = {{要出典|6,024,000|date=2021年3月}}  ('citation needed')
            "settlement/ja/ベルリン.wiki",
            "population_metro",
            "value.unrendered",
            _population_metro,
            6_024_000,
            id="ja-population_metro",
        ),
        pytest.param(
            # | population_as_of = {{Population GER-BE|DATE}}
            "settlement/ja/ベルリン.wiki",
            "population_as_of",
            "value.unrendered",
            _population_as_of,
            None,
            id="ja-population_as_of",
        ),
        pytest.param(
            # | population_as_of={{Metadata Population DE-BE|дата}}
            UK_BERLIN,
            "population_as_of",
            "value.unrendered",
            _population_as_of,
            None,
            id="uk-population_as_of",
        ),
        pytest.param(
            # | coordinates = {{স্থানাঙ্ক|34|31|31|N|69|10|42|E|region:AF|display=inline,title}}
            # ({{স্থানাঙ্ক}} is bnwiki's name for {{coord}})
            "settlement/bn/কাবুল.wiki",
            "coordinates",
            "coordinates.unparseable",
            _coordinates,
            None,
            id="bn-kabul-coordinates",
        ),
        # The control: a template the parser does read, and reports when it cannot.
        pytest.param(
            # | population_total = {{formatnum:{{Metadata Population DE-BE|Berlin}}}}
            UK_BERLIN,
            "population_total",
            "number.unparseable",
            _population_total,
            None,
            id="uk-population_total",
        ),
    ],
)
def test_unreadable_value_is_absent_with_a_diagnostic(
    rel: str,
    param: str,
    code: str,
    attribute: Callable[[Settlement], object],
    readable: object,
) -> None:
    """A given value is read (when the text holds it) or is None with a diagnostic."""
    s = parsed(rel)
    assert "" != s.params[param].raw
    value = attribute(s)
    if readable is not None and value is not None:
        assert readable == value
    else:
        assert value is None
        assert has_diagnostic(s, code, param)


@pytest.mark.parametrize(
    "rel",
    [
        # |name=হলিউড  and the lead  '''হলিউড''' [[ক্যালিফোর্নিয়া]] …
        pytest.param(BN_HOLLYWOOD, id="bn-hollywood"),
        # | name = কাবুল  and the lead  '''কাবুল''' …
        pytest.param("settlement/bn/কাবুল.wiki", id="bn-kabul"),
        # | name = ベルリン  and the lead  '''ベルリン州''' … '''ベルリン''' …
        pytest.param("settlement/ja/ベルリン.wiki", id="ja-berlin"),
    ],
)
def test_name_equal_to_the_lead_title_in_a_non_latin_script_is_not_reported(rel: str) -> None:
    """A name written exactly like the lead's bold title is not reported as different."""
    assert () == parsed(rel).diagnostics_with("name.differs-from-lead-title")
