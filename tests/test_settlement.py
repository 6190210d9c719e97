"""parse_infobox on small hand-made infoboxes: one behaviour per test."""

from __future__ import annotations

import pytest

from infobox import (
    Establishment,
    InfoboxError,
    InputTypeError,
    Leader,
    NoInfoboxError,
    PartialDate,
    Settlement,
    Subdivision,
    Timezone,
    parse_infobox,
    render_infobox,
)


def box(*lines: str, template: str = "Infobox settlement") -> str:
    """An infobox with one parameter per line."""
    return "{{" + template + "\n" + "".join(f"| {line}\n" for line in lines) + "}}"


def codes(settlement: Settlement) -> list[str]:
    return [d.code for d in settlement.diagnostics]


# -- finding the template -------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Infobox settlement",
        "infobox settlement",
        "Infobox_settlement",
        " Infobox  settlement ",
        "Template:Infobox settlement",
        "Infobox Settlement",
        "Infobox city",
        "infobox City",
        "Infobox town",
        "Infobox village",
        "Infobox municipality",
        "Infobox settlement <!-- the usual one -->",
    ],
)
def test_aliases_are_found_as_mediawiki_matches_titles(name: str) -> None:
    """The template and its English aliases are found however the name is spelled."""
    settlement = parse_infobox("Intro {{other}}\n{{" + name + "\n| name = X\n}}")
    assert "X" == settlement.name


@pytest.mark.parametrize(
    "text",
    [
        "",
        "no templates at all",
        "{{Infobox person|name=X}}",
        "{{Infobox UK place/local|name=X}}",
        "{{INFOBOX SETTLEMENT|name=X}}",
        "<!-- {{Infobox settlement|name=X}} -->",
        "<nowiki>{{Infobox settlement|name=X}}</nowiki>",
        "{{Infobox settlement/doc}}",
    ],
)
def test_no_settlement_infobox_raises_a_lookup_error(text: str) -> None:
    """Text without a settlement infobox raises NoInfoboxError, an InfoboxError and LookupError."""
    with pytest.raises(NoInfoboxError) as caught:
        parse_infobox(text)
    assert isinstance(caught.value, LookupError)
    assert isinstance(caught.value, InfoboxError)
    assert len(text) == caught.value.length


@pytest.mark.parametrize("value", [b"{{Infobox settlement}}", None, 42, ["x"]])
def test_non_text_input_is_a_type_error(value: object) -> None:
    """Only str is accepted; bytes get a hint to decode them."""
    with pytest.raises(InputTypeError, match="expected str") as caught:
        parse_infobox(value)  # type: ignore[arg-type]
    assert isinstance(caught.value, TypeError)


def test_the_first_of_several_infoboxes_is_read() -> None:
    """A second settlement infobox is reported, not read."""
    settlement = parse_infobox(box("name = First") + "\n" + box("name = Second"))
    assert "First" == settlement.name
    assert ["infobox.multiple"] == codes(settlement)


def test_template_is_the_name_as_written() -> None:
    """Settlement.template keeps the spelling, without comments and spaces."""
    assert "infobox City" == parse_infobox("{{ infobox City <!--x--> |name=A}}").template


# -- parameters -------------------------------------------------------------------------


def test_params_keep_every_parameter_in_order_with_offsets() -> None:
    """Every parameter, empty ones too, is kept raw, trimmed, with input offsets."""
    text = box("name = Alpha <!-- c -->", "imagesize = ", "population_total = 1,234<ref>x</ref>")
    settlement = parse_infobox(text)
    assert ["name", "imagesize", "population_total"] == list(settlement.params)
    for param in settlement.params.values():
        assert text[param.start : param.end] == param.raw
    assert "Alpha <!-- c -->" == settlement.params["name"].raw
    assert "Alpha" == settlement.params["name"].text
    assert "" == settlement.params["imagesize"].raw
    assert "1,234" == settlement.params["population_total"].text


def test_duplicate_parameter_last_wins_and_the_earlier_is_reported() -> None:
    """MediaWiki's rule: the last value wins; the earlier one is described with its offsets."""
    text = box("name = Old", "name = New")
    settlement = parse_infobox(text)
    assert "New" == settlement.name
    [duplicate] = settlement.diagnostics
    assert ("param.duplicate", "name") == (duplicate.code, duplicate.param)
    assert duplicate.start is not None
    assert duplicate.end is not None
    assert "Old" == text[duplicate.start : duplicate.end]
    assert "'Old'" in duplicate.message


def test_positional_value_is_kept_and_reported() -> None:
    """A value without a name is kept under its number."""
    settlement = parse_infobox("{{Infobox settlement|stray|name=A}}")
    assert "stray" == settlement.params["1"].raw
    assert ["param.positional"] == codes(settlement)


def test_links_are_kept_per_parameter() -> None:
    """Wikilinks in a value are listed with target and shown text."""
    settlement = parse_infobox(
        box("subdivision_name1 = [[Ulytau Region|Ulytau]] and [[Kazakhstan]]")
    )
    links = settlement.params["subdivision_name1"].links
    assert [("Ulytau Region", "Ulytau"), ("Kazakhstan", "Kazakhstan")] == [
        (link.target, link.text) for link in links
    ]


def test_comment_only_values_are_unset() -> None:
    """A value that is only a comment is unset, like an empty one."""
    settlement = parse_infobox(box("name = <!-- fill in -->", "population_total = <!-- n -->"))
    assert settlement.name is None
    assert settlement.population.total is None
    assert [] == codes(settlement)


# -- plain text ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("{{lang-kk|Жезқазған }}", "Жезқазған"),
        ("{{lang|kk|Жезқазған}}", "Жезқазған"),
        ("{{langx|kk|Жезқазған}}", "Жезқазған"),
        ("{{native name|kk|Жезқазған}}", "Жезқазған"),
        ("{{nowrap|{{flag|Kazakhstan}}}}", "Kazakhstan"),
        ("{{flagcountry|KAZ|name=Kazakhstan}}", "Kazakhstan"),
        ("{{flagicon|KAZ}} [[Kazakhstan]]", "Kazakhstan"),
        ("[[Akim]] {{small|([[mayor]])}}", "Akim (mayor)"),
        ("'''Bold''' and ''italic''", "Bold and italic"),
        ("A&nbsp;B &amp; C", "A B & C"),
        ("x<ref name=a>{{cite web|url=u}}</ref>{{efn|note}}{{citation needed}}", "x"),
        ("[[File:Flag.svg|20px]] Kazakhstan", "Kazakhstan"),
        ("[https://example.org Example site]", "Example site"),
        ("{{formatnum:1234567}}", "1234567"),
        ("{{convert|47|km2|sqmi}}", "47 km2"),
        ("{{start date|1954|12|20}}", "20 December 1954"),
    ],
)
def test_values_read_as_a_reader_sees_them(raw: str, expected: str) -> None:
    """Display templates give their text; refs, notes, files and maintenance tags vanish."""
    assert expected == parse_infobox(box(f"motto = {raw}")).motto


@pytest.mark.parametrize(
    "raw",
    [
        "A<br>B<br />C",
        "{{ubl|A|B|C}}",
        "{{unbulleted list|A|B|C}}",
        "{{hlist|A|B|C}}",
        "{{plainlist|\n* A\n* B\n* C\n}}",
        "{{flatlist|\n* A\n* B\n* C}}",
        "{{collapsible list|title=Names|A|B|C}}",
        "\n* A\n* B\n* C",
    ],
)
def test_names_split_at_breaks_and_list_templates(raw: str) -> None:
    """native_name and other_name become one name per item."""
    settlement = parse_infobox(box(f"native_name = {raw}", f"other_name = {raw}"))
    assert ("A", "B", "C") == settlement.native_names
    assert ("A", "B", "C") == settlement.other_names


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a&#39;&#39;b", "a''b"),
        ("a<nowiki>''</nowiki>b", "a''b"),
        ("''a<!-- c -->''", "a"),
        ("'<!-- c -->'a", "a"),
    ],
)
def test_only_written_apostrophes_make_bold_and_italic(raw: str, expected: str) -> None:
    """Apostrophes from entities or <nowiki> are text; only written runs are marks."""
    # Found by the render round trip: a name holding '' could not be written at all.
    assert expected == parse_infobox(box(f"motto = {raw}")).motto


def test_free_link_shows_its_url_with_entities_decoded() -> None:
    """A bare URL shows as written, its character references decoded (MediaWiki's link)."""
    # Found by the render round trip: website {{URL|1=https://x.kz/?a=b&amp;c=d}}.
    settlement = parse_infobox(
        box(
            "motto = http://x.kz/?a&amp;b&#124;c d", "website = {{URL|1=https://x.kz/?a=b&amp;c=d}}"
        )
    )
    assert "http://x.kz/?a&b|c d" == settlement.motto
    assert "https://x.kz/?a=b&c=d" == settlement.website


def test_repaired_markup_is_restored_in_template_arguments() -> None:
    """Characters neutralised before parsing come back in {{coord}}, {{URL}}, refs and names."""
    # Found by the render round trip: the placeholder of a NUL or an unclosed "[[" leaked.
    settlement = parse_infobox(
        box(
            "coordinates = {{coord|1|2|region:a\x00b|display=[[x}}",
            "website = {{URL|a.kz/[[b}}",
            "image_skyline = [[File:a''b.jpg]]",
            "name = x<ref>{{cite web|title=[[t|url=u}}</ref><ref>http://a.b/[[c</ref>",
            "motto = [[a''b]]",
        )
    )
    assert settlement.coordinates is not None
    assert ("a\x00b", "[[x") == (settlement.coordinates.region, settlement.coordinates.display)
    assert "a.kz/[[b" == settlement.website
    assert ["a''b.jpg"] == [image.file for image in settlement.images]
    first, second = settlement.citations
    assert ("[[t", {"title": "[[t", "url": "u"}) == (first.title, first.fields)
    assert "http://a.b/[[c" == second.url
    assert "ab" == settlement.motto
    assert "a''b" == settlement.params["motto"].links[0].target


def test_bare_ref_url_has_entities_decoded() -> None:
    """A bare ref's URL is the link's target: its character references are decoded."""
    # Found by fuzzing: a bare ref's URL holding "|" could not be written back.
    settlement = parse_infobox(box("name = x<ref>[http://a.b/?x&amp;y&#124;z T]</ref>"))
    assert [("http://a.b/?x&y|z", "T")] == [(c.url, c.title) for c in settlement.citations]


def test_mangled_tags_are_repaired_and_reported_per_parameter() -> None:
    """Spaced tags become tags; the diagnostic points at the original text."""
    text = box("native_name = A < br / > B", "population_total = 5 < ref >x< /ref >")
    settlement = parse_infobox(text)
    assert ("A", "B") == settlement.native_names
    assert 5 == settlement.population.total
    repaired = settlement.diagnostics_with("markup.repaired")
    assert ["native_name", "population_total", "population_total"] == [d.param for d in repaired]
    assert ["< br / >", "< ref >", "< /ref >"] == [
        text[d.start : d.end] for d in repaired if d.start is not None and d.end is not None
    ]


# -- coordinates ----------------------------------------------------------------------------


def test_coord_template_with_dms_and_named_arguments() -> None:
    """{{coord}} D/M/S with region and display."""
    settlement = parse_infobox(
        box("coordinates = {{Coord|43|39|N|79|23|W|region:CA-ON_type:city|display=inline,title}}")
    )
    coordinates = settlement.coordinates
    assert coordinates is not None
    assert pytest.approx((43 + 39 / 60, -(79 + 23 / 60))) == (coordinates.lat, coordinates.lon)
    assert ("CA-ON", "inline,title") == (coordinates.region, coordinates.display)


def test_legacy_coordinates_family() -> None:
    """latd/latm/latNS/longd/longm/longEW give signed decimal degrees."""
    settlement = parse_infobox(
        box("latd = 33", "latm = 52", "latNS = S", "longd = 151", "longm = 12", "longEW = E")
    )
    assert settlement.coordinates is not None
    assert pytest.approx(-(33 + 52 / 60)) == settlement.coordinates.lat
    assert pytest.approx(151.2) == settlement.coordinates.lon


def test_coord_and_legacy_disagreeing_are_reported() -> None:
    """When both forms are given and disagree, {{coord}} wins and it is reported."""
    settlement = parse_infobox(
        box(
            "coordinates = {{coord|10|N|20|E}}",
            "latd = 11",
            "latNS = N",
            "longd = 20",
            "longEW = E",
        )
    )
    assert settlement.coordinates is not None
    assert 10 == settlement.coordinates.lat
    assert ["coordinates.conflict"] == codes(settlement)


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("{{coord|95|N|20|E}}", "coordinates.out-of-range"),
        ("{{coord|north|east}}", "coordinates.unparseable"),
        ("47°47′N", "coordinates.unparseable"),
        ("47°47′N 67°42′Q", "coordinates.unparseable"),
    ],
)
def test_bad_coordinates_are_absent_with_a_diagnostic(raw: str, code: str) -> None:
    """Unreadable or impossible coordinates give None and say why."""
    settlement = parse_infobox(box(f"coordinates = {raw}"))
    assert settlement.coordinates is None
    assert {code} == set(codes(settlement))
    assert "coordinates" == settlement.diagnostics[0].param


def test_plain_text_coordinates_are_read_as_degrees_minutes_seconds() -> None:
    """A point written as plain text in coordinates (as plwiki writes it) is read."""
    settlement = parse_infobox(box("coordinates = 47°47′N 67°42′30″E"))
    assert settlement.coordinates is not None
    assert pytest.approx(47 + 47 / 60) == settlement.coordinates.lat
    assert pytest.approx(67 + 42 / 60 + 30 / 3600) == settlement.coordinates.lon
    assert [] == codes(settlement)


# -- numbers and units -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("89079", 89079),
        ("89,079", 89079),
        ("89 079", 89079),
        ("89&nbsp;079", 89079),
        ("89\u2009079", 89079),
        ("{{formatnum:89079}}", 89079),
        ("89,079<ref>{{cite web|url=u}}</ref>", 89079),
        ("89,079 <!-- 2023 census -->", 89079),
        ("89,079 (20th)", 89079),
        ("1.2 million", 1_200_000),
    ],
)
def test_population_numbers_in_the_forms_editors_write(raw: str, expected: int) -> None:
    """Grouping, refs, comments and ranks around a count do not change it."""
    assert expected == parse_infobox(box(f"population_total = {raw}")).population.total


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("89079 92907", "number.ambiguous"),
        ("1,000–2,000", "number.ambiguous"),
        ("many", "number.unparseable"),
    ],
)
def test_unreadable_counts_are_absent_with_a_diagnostic(raw: str, code: str) -> None:
    """Two numbers are never fused into one; words are not numbers."""
    settlement = parse_infobox(box(f"population_total = {raw}"))
    assert settlement.population.total is None
    assert [code] == codes(settlement)


def test_approximate_count_is_kept_with_an_info() -> None:
    """c. 5,000 is 5000, marked approximate."""
    settlement = parse_infobox(box("population_total = c. 5,000"))
    assert 5000 == settlement.population.total
    assert ["number.approximate"] == codes(settlement)


def test_areas_convert_from_their_suffix_units() -> None:
    """sq_mi, ha and acre become km²; km2 wins over other units."""
    settlement = parse_infobox(
        box(
            "area_total_sq_mi = 10",
            "area_land_ha = 250",
            "area_water_acre = 100",
            "area_urban_km2 = 3",
            "area_urban_sq_mi = 1.16",
        )
    )
    assert pytest.approx(25.89988110336) == settlement.area.total_km2
    assert pytest.approx(2.5) == settlement.area.land_km2
    assert pytest.approx(0.40468564224) == settlement.area.water_km2
    assert 3.0 == settlement.area.urban_km2
    assert [] == codes(settlement)


def test_convert_inside_a_value_uses_the_templates_unit() -> None:
    """{{convert}} in an _m parameter given in feet is converted from feet."""
    settlement = parse_infobox(box("elevation_m = {{convert|1000|ft|m}}"))
    assert pytest.approx(304.8) == settlement.elevation_m
    assert ["units.mismatch"] == codes(settlement)


def test_elevation_from_feet_when_metres_are_missing() -> None:
    """elevation_ft alone is converted to metres."""
    assert pytest.approx(30.48) == parse_infobox(box("elevation_ft = 100")).elevation_m


def test_disagreeing_units_are_reported() -> None:
    """elevation_m and elevation_ft that differ are reported; metres win."""
    settlement = parse_infobox(box("elevation_m = 300", "elevation_ft = 500"))
    assert 300 == settlement.elevation_m
    assert ["units.disagree"] == codes(settlement)


def test_land_or_water_larger_than_total_is_reported() -> None:
    """Inconsistent areas are kept as written and reported."""
    settlement = parse_infobox(
        box("area_total_km2 = 47", "area_land_km2 = 1761", "area_water_km2 = 50")
    )
    assert (47.0, 1761.0, 50.0) == (
        settlement.area.total_km2,
        settlement.area.land_km2,
        settlement.area.water_km2,
    )
    assert ["area.land-exceeds-total", "area.water-exceeds-total"] == codes(settlement)


# -- density -------------------------------------------------------------------------------


def test_density_auto_is_computed_from_total_population_and_area() -> None:
    """auto means population_total ÷ the total area in km², unrounded."""
    settlement = parse_infobox(
        box("population_total = 1000", "area_total_sq_mi = 1", "population_density_km2 = auto")
    )
    assert pytest.approx(1000 / 2.589988110336) == settlement.population.density_km2
    assert settlement.population.density_computed


@pytest.mark.parametrize(
    ("lines", "code"),
    [
        (("population_total = 1000", "population_density_km2 = auto"), "density.auto-without-area"),
        (
            ("area_total_km2 = 5", "population_density_km2 = auto"),
            "density.auto-without-population",
        ),
    ],
)
def test_density_auto_without_inputs_is_reported(lines: tuple[str, ...], code: str) -> None:
    """auto with a missing population or area gives no density and a diagnostic."""
    settlement = parse_infobox(box(*lines))
    assert settlement.population.density_km2 is None
    assert not settlement.population.density_computed
    assert [code] == codes(settlement)


def test_density_per_square_mile_is_converted() -> None:
    """A density given per sq mi is stored per km²."""
    settlement = parse_infobox(box("population_density_sq_mi = 2589.988110336"))
    assert pytest.approx(1000) == settlement.population.density_km2
    assert not settlement.population.density_computed


def test_population_estimate_is_used_when_there_is_no_census_total() -> None:
    """population_est and pop_est_as_of stand in for a missing total."""
    settlement = parse_infobox(box("population_est = 1,500", "pop_est_as_of = 2021"))
    assert (1500, PartialDate(2021)) == (settlement.population.total, settlement.population.as_of)


def test_population_date_from_a_census_link() -> None:
    """[[2010 United States Census|2010]] gives the year 2010."""
    settlement = parse_infobox(box("population_as_of = [[2010 United States Census|2010]]"))
    assert PartialDate(2010) == settlement.population.as_of


# -- numbered families -----------------------------------------------------------------------


def test_numbered_families_pair_by_index_with_gaps() -> None:
    """subdivision, established and leader pairs are grouped by index, in index order."""
    settlement = parse_infobox(
        box(
            "subdivision_type2 = County",
            "subdivision_name2 = Kings",
            "subdivision_type = Country",
            "subdivision_name = {{flag|United States}}",
            "established_title = Settled",
            "established_date = 1624",
            "established_title3 = Incorporated (city)",
            "established_date3 = {{start date and age|1954|12|20}}",
            "leader_title1 = Mayor",
            "leader_name1 = {{ubl|Ann|Bob}}",
        )
    )
    assert (
        Subdivision(index=0, type="Country", name="United States"),
        Subdivision(index=2, type="County", name="Kings"),
    ) == settlement.subdivisions
    assert (
        Establishment(index=0, title="Settled", date=PartialDate(1624)),
        Establishment(index=3, title="Incorporated (city)", date=PartialDate(1954, 12, 20)),
    ) == settlement.established
    assert (Leader(index=1, title="Mayor", name="Ann; Bob"),) == settlement.leaders


def test_established_date_keeps_its_qualifier_as_note() -> None:
    """The text after the date is its note."""
    settlement = parse_infobox(
        box("established_date = 1939 (as the workers' settlement of ''Kengir'')")
    )
    assert (
        Establishment(index=0, date=PartialDate(1939), note="as the workers' settlement of Kengir"),
    ) == settlement.established


def test_unreadable_date_is_absent_with_a_diagnostic() -> None:
    """A date that cannot be read keeps the title and reports the date."""
    settlement = parse_infobox(box("established_title = Founded", "established_date = long ago"))
    assert (Establishment(index=0, title="Founded"),) == settlement.established
    assert ["date.unparseable"] == codes(settlement)
    assert "established_date" == settlement.diagnostics[0].param


@pytest.mark.parametrize("suffix", ["0", "01", "١"])
def test_only_the_template_s_own_numbers_make_an_index(suffix: str) -> None:
    """subdivision_type0, …01 or …١ are not subdivision_type or …1: the template ignores them."""
    # Found by fuzzing: a ref alone in subdivision_type0 hid subdivision_type's value.
    settlement = parse_infobox(
        box(
            "subdivision_type = Country",
            f"subdivision_type{suffix} = <ref>r</ref>",
            f"subdivision_name{suffix} = X",
            f"timezone{suffix} = Y",
        )
    )
    assert (Subdivision(index=0, type="Country"),) == settlement.subdivisions
    assert () == settlement.timezones


def test_argument_named_by_a_non_ascii_digit_is_a_name() -> None:
    """{{coord|²=1}} and {{cite web|²=x}} name an argument '²'; nothing raises."""
    # Found while writing render_infobox's rule for fields named by numbers: int("²") raised.
    settlement = parse_infobox(
        box("coordinates = {{coord|1|2|²=1}}", "name = x<ref>{{cite web|²=y|1=z}}</ref>")
    )
    assert settlement.coordinates is not None
    assert (1.0, 2.0) == (settlement.coordinates.lat, settlement.coordinates.lon)
    assert [{"²": "y"}] == [dict(c.fields) for c in settlement.citations]


def test_a_parameter_with_no_name_is_no_part_of_a_family() -> None:
    """'| = x' fills no missing title, type or zone name of a numbered family."""
    # Found by fuzzing: "" stood for a missing part, so '| = UTC+5' became every one of them.
    settlement = parse_infobox(
        box("utc_offset = +1", "= UTC+5", "subdivision_name = X", "established_date = 1939")
    )
    assert (Timezone(utc_offset="+01:00"),) == settlement.timezones
    assert (Subdivision(index=0, name="X"),) == settlement.subdivisions
    assert (Establishment(index=0, date=PartialDate(1939)),) == settlement.established


def test_unreadable_date_without_title_gives_no_establishment() -> None:
    """An entry with nothing read is left out, as for subdivisions and leaders."""
    # Found by fuzzing: Establishment(index=0) with nothing set had no wikitext to render.
    settlement = parse_infobox(box("established_date = long ago", "established_title1 = Town"))
    assert (Establishment(index=1, title="Town"),) == settlement.established
    assert ["date.unparseable"] == codes(settlement)


# -- time zones ------------------------------------------------------------------------------


def test_timezones_are_numbered_and_offsets_normalised() -> None:
    """Each index is one zone; offsets become +HH:MM."""
    settlement = parse_infobox(
        box(
            "timezone = [[Central European Time|CET]]",
            "utc_offset = +1",
            "timezone_DST = CEST",
            "utc_offset_DST = +2",
            "timezone2 = IST",
            "utc_offset2 = +5:30",
        )
    )
    assert (
        Timezone(name="CET", utc_offset="+01:00", dst_name="CEST", dst_utc_offset="+02:00"),
        Timezone(name="IST", utc_offset="+05:30"),
    ) == settlement.timezones
    assert [] == codes(settlement)


def test_offset_is_read_from_the_zone_name_when_empty() -> None:
    """An empty utc_offset is read from a name like GMT+6, with an info."""
    settlement = parse_infobox(box("timezone = [[GMT+6]]", "utc_offset = "))
    assert (Timezone(name="GMT+6", utc_offset="+06:00"),) == settlement.timezones
    [info] = settlement.diagnostics
    assert ("utc-offset.from-zone-name", "utc_offset") == (info.code, info.param)


def test_unreadable_offset_is_read_from_the_zone_name() -> None:
    """An unreadable utc_offset falls back on a name like UTC+5, as an empty one does."""
    # Found by the render round trip: Timezone(name="UTC+5", utc_offset=None) had no text.
    settlement = parse_infobox(box("timezone = UTC +5", "utc_offset = x"))
    assert (Timezone(name="UTC +5", utc_offset="+05:00"),) == settlement.timezones
    assert ["utc-offset.unparseable", "utc-offset.from-zone-name"] == codes(settlement)
    assert "utc_offset cannot be read;" in settlement.diagnostics[1].message


def test_unreadable_offset_is_absent_with_a_diagnostic() -> None:
    """An offset that cannot be read is None and reported."""
    settlement = parse_infobox(box("timezone = X", "utc_offset = +25"))
    assert (Timezone(name="X"),) == settlement.timezones
    assert ["utc-offset.unparseable"] == codes(settlement)


# -- website, images, citations ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("{{URL|https://www.gov.kz/x}}", "https://www.gov.kz/x"),
        ("{{URL|1=https://a.kz/?q=1}}", "https://a.kz/?q=1"),
        ("{{official website|http://toronto.ca}}", "http://toronto.ca"),
        ("[http://www.example.org Official site]", "http://www.example.org"),
        ("http://www.example.org", "http://www.example.org"),
        ("www.example.org", "www.example.org"),
    ],
)
def test_website_is_the_url_itself(raw: str, expected: str) -> None:
    """The URL is taken from templates, links or bare text."""
    assert expected == parse_infobox(box(f"website = {raw}")).website


def test_website_without_url_is_reported() -> None:
    """Text that holds no URL gives None and a diagnostic."""
    settlement = parse_infobox(box("website = none"))
    assert settlement.website is None
    assert ["website.unparseable"] == codes(settlement)


def test_official_url_without_argument_is_left_to_wikidata() -> None:
    """{{Official URL}} alone reads Wikidata: no URL, no complaint."""
    settlement = parse_infobox(box("website = {{Official URL}}"))
    assert settlement.website is None
    assert [] == codes(settlement)


def test_images_with_captions_and_file_prefixes() -> None:
    """Image parameters give files without File:, with their caption and alt."""
    settlement = parse_infobox(
        box(
            "image_skyline = File:Akimmat.jpg",
            "image_caption = The [[akimat]]",
            "image_alt = A building",
            "image_flag = [[File:Flag.svg|100px]]",
            "image_map = {{Maplink|frame=yes}}",
        )
    )
    assert [
        ("image_skyline", "Akimmat.jpg", "The akimat", "A building"),
        ("image_flag", "Flag.svg", None, None),
    ] == [(i.param, i.file, i.caption, i.alt) for i in settlement.images]
    assert ["image.not-a-file"] == codes(settlement)


def test_an_image_file_name_has_single_spaces_as_mediawiki_names_it() -> None:
    """Runs of white space (control separators included) in a file name are one space.

    Found by the fuzzer: `[[File:A\x1c\x1cB.png]]` kept its separators, which no
    infobox text reads back (render_infobox refused the settlement).
    """
    settlement = parse_infobox(
        box("image_skyline = [[File:Montage of  Kabul\x1c\x1c City.png|300px]]",
            "image_flag = File:Flag \u00a0of Kabul.svg")
    )  # fmt: skip
    assert ["Montage of Kabul City.png", "Flag of Kabul.svg"] == [i.file for i in settlement.images]
    assert settlement.images == parse_infobox(render_infobox(settlement)).images


def test_a_url_holding_a_control_character_is_no_link() -> None:
    """`[http://a\x0bb.de x]` is no link in MediaWiki, so website takes no URL from it.

    Found by the fuzzer: the URL was read with the vertical tab as a space, a website
    no infobox text reads back.
    """
    settlement = parse_infobox(box("website = [http://www.ber\x0blin.de/en berlin.de]"))
    # No link: what is left is the text, a bare domain, which is a website.
    assert "berlin.de" == settlement.website
    assert settlement.website == parse_infobox(render_infobox(settlement)).website
    ok = parse_infobox(box("website = [http://www.berlin.de/en berlin.de]"))
    assert "http://www.berlin.de/en" == ok.website


def test_citations_from_cite_templates_bare_refs_and_named_refs() -> None:
    """Every ref is a citation: cite fields, a bare link, a reused name."""
    settlement = parse_infobox(
        box(
            "population_total = 5<ref name=census>{{Cite web |url=https://s.kz |title=Census"
            " |date=2023-01-01 |website=QazStat}}</ref>",
            "area_total_km2 = 7<ref>[https://a.kz Area register]</ref><ref name=census/>",
        )
    )
    first, second, third = settlement.citations
    assert ("population_total", "census", "Cite web") == (first.param, first.name, first.template)
    assert ("https://s.kz", "Census", "2023-01-01") == (first.url, first.title, first.date)
    assert {
        "url": "https://s.kz",
        "title": "Census",
        "date": "2023-01-01",
        "website": "QazStat",
    } == first.fields
    assert ("area_total_km2", None, None) == (second.param, second.name, second.template)
    assert ("https://a.kz", "Area register") == (second.url, second.title)
    # The reuse takes the fields of the ref that defines its name.
    assert ("area_total_km2", "census", "https://s.kz") == (third.param, third.name, third.url)


def test_a_cite_templates_name_is_read_without_its_comments() -> None:
    """{{<!--a-->Cite web <!-- b -->|…}} is a Cite web: MediaWiki ignores comments in names.

    Found by fuzzing: a comment kept in the name could not be written back.
    """
    settlement = parse_infobox(
        box(
            "population_total = 5<ref>{{<!--a-->Cite web <!-- b -->\n|url=https://s.kz}}</ref>",
            "area_total_km2 = 7<ref>{{citation = <!-- c -->\n|x = }}</ref>",
        )
    )
    assert ["Cite web", "citation ="] == [c.template for c in settlement.citations]
    assert "https://s.kz" == settlement.citations[0].url


@pytest.mark.parametrize("scheme", ["http://", "https://", "ftp://"])
def test_a_bare_scheme_is_no_url(scheme: str) -> None:
    """MediaWiki links a URL only with an address after its scheme (found by fuzzing).

    mwparserfromhell reads ``http://`` just before ``</ref>`` as a link; the ref's URL
    was then ``http://``, which no rendering could write back.
    """
    settlement = parse_infobox(
        box(f"population_total = 5<ref>{scheme}</ref>", f"website = {scheme}")
    )
    [citation] = settlement.citations
    assert (None, scheme) == (citation.url, citation.title)
    assert settlement.website is None
    assert "website.unparseable" in codes(settlement)


# -- names -------------------------------------------------------------------------------------


def test_name_and_pushpin_label_in_another_transliteration_agree() -> None:
    """Jezkazgan and Zhezkazgan are one name: no diagnostic."""
    settlement = parse_infobox(box("name = Zhezkazgan", "pushpin_label = Jezkazgan"))
    assert [] == codes(settlement)


def test_name_differing_from_the_lead_title_is_reported() -> None:
    """The lead's bold title after the infobox is compared with name."""
    page = box("name = Balkhash") + "\n'''Jezkazgan''' is a city in Kazakhstan.\n== History ==\n"
    settlement = parse_infobox(page)
    assert ["name.differs-from-lead-title"] == codes(settlement)
    same = box("name = Jezkazgan") + "\n'''Jezkazgan''' or '''Zhezkazgan''' is a city."
    assert [] == codes(parse_infobox(same))


# -- damaged infoboxes ---------------------------------------------------------------------------


def test_unterminated_infobox_is_read_up_to_where_it_stops() -> None:
    """An infobox cut off before its closing braces still gives its parameters."""
    text = "{{Infobox settlement\n| name = Cut\n| population_total = 12\n\nThe lead starts here."
    settlement = parse_infobox(text)
    assert ("Cut", 12) == (settlement.name, settlement.population.total)
    assert "infobox.unterminated" in codes(settlement)
    assert "12" == settlement.params["population_total"].raw


def test_unreadable_area_is_reported_once_even_with_density_auto() -> None:
    """The total area is read once, though density auto needs it too."""
    settlement = parse_infobox(
        box("area_total_km2 = many", "population_total = 5", "population_density_km2 = auto")
    )
    assert ["number.unparseable", "density.auto-without-area"] == codes(settlement)


def test_convert_in_a_unit_of_the_wrong_kind_is_reported() -> None:
    """An area unit in an elevation cannot be converted: None and a diagnostic."""
    settlement = parse_infobox(box("elevation_m = {{convert|5|km2|sqmi}}"))
    assert settlement.elevation_m is None
    assert "number.unparseable" in codes(settlement)


def test_a_broken_cite_inside_a_ref_drops_no_parameter() -> None:
    """An unclosed ``{{cite`` in a closed ``<ref>`` stays in the ref, as in MediaWiki."""
    text = (
        "{{Infobox settlement\n| name = A\n"
        "| population_total = 5<ref>{{cite web|url=http://x.y|title=T}</ref>\n"
        "| area_total_km2 = 7\n| elevation_m = 300\n}}\n'''A''' is a town."
    )
    settlement = parse_infobox(text)
    assert (5, 7.0, 300.0) == (
        settlement.population.total,
        settlement.area.total_km2,
        settlement.elevation_m,
    )
    assert "infobox.unterminated" not in codes(settlement)
    unclosed = [d.param for d in settlement.diagnostics if d.code == "markup.unclosed"]
    assert ["population_total"] == unclosed
