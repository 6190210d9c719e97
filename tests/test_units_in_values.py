"""Units written in values, conversion templates and number edge cases, through parse_infobox."""

from __future__ import annotations

import math
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infobox import Area, Population, RenderError, Settlement, parse_infobox, render_infobox
from infobox.strategies import wikitext_pages

SQ_MI = Decimal("2.589988110336")
FOOT = Decimal("0.3048")


def box(*lines: str) -> str:
    """An infobox holding the given parameter lines."""
    return "{{Infobox settlement\n| name = X\n" + "".join(f"| {line}\n" for line in lines) + "}}"


def codes(settlement: Settlement, param: str) -> list[str]:
    """The codes of the diagnostics about one parameter, in order."""
    return [d.code for d in settlement.diagnostics if d.param == param]


def exact(value: str, factor: Decimal) -> float:
    """``value × factor`` rounded once, as the library converts."""
    return float(Decimal(value) * factor)


# --- a unit written in the value wins over the suffix --------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("elevation_m = 1.2 km", 1200.0),
        ("elevation_m = 2,300 ft", exact("2300", FOOT)),
        ("elevation_ft = 8 in", 0.2032),
        ("elevation_ft = 1,200 metres", 1200.0),
        ("elevation_ft = 1 mi", 1609.344),
        ("elevation_m = 300'", exact("300", FOOT)),
    ],
)
def test_a_length_unit_in_the_value_wins_over_the_suffix(line: str, expected: float) -> None:
    """An elevation states its unit: converted from it, with units.mismatch."""
    s = parse_infobox(box(line))
    assert expected == s.elevation_m
    assert ["units.mismatch"] == codes(s, line.split(" = ")[0])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("elevation_ft = 5 ft 11 in", exact("71", Decimal("0.0254"))),
        ("elevation_ft = 6 ft 6 in", exact("78", Decimal("0.0254"))),
        ("elevation_m = 5\u20326\u2033", exact("66", Decimal("0.0254"))),
        ("elevation_m = 6' 2\"", exact("74", Decimal("0.0254"))),
    ],
)
def test_feet_and_inches_together_are_one_length(line: str, expected: float) -> None:
    """``5 ft 11 in`` is 71 inches, not a number followed by another."""
    assert expected == parse_infobox(box(line)).elevation_m


def test_a_unit_matching_the_suffix_gives_no_diagnostic() -> None:
    """``elevation_m = 300 m`` is plain: no units.mismatch."""
    s = parse_infobox(box("elevation_m = 300 m", "area_total_km2 = 47 km²"))
    assert (300.0, 47.0) == (s.elevation_m, s.area.total_km2)
    assert [] == codes(s, "elevation_m") + codes(s, "area_total_km2")


def test_negative_elevations_are_kept() -> None:
    """Below sea level is a real elevation: ``-28 m`` is -28."""
    s = parse_infobox(box("elevation_m = \u221228 m"))
    assert -28.0 == s.elevation_m
    assert [] == codes(s, "elevation_m")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("area_total_km2 = 12.5 sq mi", exact("12.5", SQ_MI)),
        ("area_total_km2 = 30 ha", 0.3),
        ("area_total_km2 = 900 m2", 0.0009),
        ("area_total_km2 = 12.5 square miles", exact("12.5", SQ_MI)),
        ("area_total_km2 = 12.5 mi²", exact("12.5", SQ_MI)),
        ("area_total_sq_mi = 20 km2", 20.0),
        ("area_total_sq_mi = 20 km²", 20.0),
        ("area_total_sq_mi = 20 sq km", 20.0),
        ("area_total_ha = 3 km2", 3.0),
        ("area_total_acre = 640 acres (1 sq mi)", exact("640", Decimal("0.0040468564224"))),
    ],
)
def test_an_area_unit_in_the_value_wins_over_the_suffix(line: str, expected: float) -> None:
    """An area states its unit: converted from it, with units.mismatch when it differs."""
    s = parse_infobox(box(line))
    assert expected == s.area.total_km2
    param = line.split(" = ")[0]
    stated_unit_is_suffix = line.startswith("area_total_acre")
    assert ([] if stated_unit_is_suffix else ["units.mismatch"]) == codes(s, param)


@pytest.mark.parametrize(
    "line",
    [
        "area_total_km2 = 12 km",
        "area_total_sq_mi = 5 mi",
        "elevation_m = 12 km2",
        "elevation_ft = 3 acres",
        "area_total_km2 = 40 /km2",
    ],
)
def test_a_unit_of_the_wrong_kind_is_none_with_a_diagnostic(line: str) -> None:
    """A length on an area key (and the like) is never taken as a number."""
    s = parse_infobox(box(line))
    assert (None, None) == (s.area.total_km2, s.elevation_m)
    assert "number.unparseable" in codes(s, line.split(" = ")[0])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("population_density_km2 = 40 /sq mi", float(Decimal(40) / SQ_MI)),
        ("population_density_km2 = 40 per square mile", float(Decimal(40) / SQ_MI)),
        ("population_density_sq_mi = 12 /km2", 12.0),
        ("population_density_sq_mi = 12 per km²", 12.0),
        ("population_density_km2 = 500 inhabitants/ha", 50000.0),
    ],
)
def test_a_density_unit_in_the_value_wins_over_the_suffix(line: str, expected: float) -> None:
    """A density states its area unit: converted from it, with units.mismatch."""
    s = parse_infobox(box(line))
    assert expected == s.population.density_km2
    assert ["units.mismatch"] == codes(s, line.split(" = ")[0])


def test_an_area_on_a_density_key_is_none_with_a_diagnostic() -> None:
    """``population_density_km2 = 12 km2`` is no density."""
    s = parse_infobox(box("population_density_km2 = 12 km2"))
    assert None is s.population.density_km2
    assert "number.unparseable" in codes(s, "population_density_km2")


@pytest.mark.parametrize(
    "line",
    [
        "area_total_km2 = \u22125",
        "area_total_km2 = -5",
        "area_land_sq_mi = -2 sq mi",
        "area_total_km2 = {{convert|-5|km2|sqmi}}",
    ],
)
def test_negative_areas_are_none_with_number_negative(line: str) -> None:
    """An area cannot be negative."""
    s = parse_infobox(box(line))
    assert (None, None) == (s.area.total_km2, s.area.land_km2)
    assert "number.negative" in codes(s, line.split(" = ")[0])


def test_negative_densities_are_none_with_number_negative() -> None:
    """A density cannot be negative."""
    s = parse_infobox(box("population_density_km2 = -40"))
    assert None is s.population.density_km2
    assert ["number.negative"] == codes(s, "population_density_km2")


# --- conversion templates ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "elevation", "area"),
    [
        ("area_total_km2 = {{km2 to mi2|12}}", None, 12.0),
        ("area_total_sq_mi = {{km2 to mi2|12|abbr=yes}}", None, 12.0),
        ("area_total_km2 = {{mi2 to km2|10}}", None, exact("10", SQ_MI)),
        ("area_total_km2 = {{Km2 to mi2|num=12}}", None, 12.0),
        ("elevation_m = {{m to ft|120}}", 120.0, None),
        ("elevation_m = {{ft to m|400}}", exact("400", FOOT), None),
        ("elevation_ft = {{ft to m|400}}", exact("400", FOOT), None),
        ("elevation_m = {{convert|30|cm|in}}", 0.3, None),
        ("elevation_m = {{convert|250|mm|in}}", 0.25, None),
        ("elevation_ft = {{convert|8|in|cm}}", 0.2032, None),
    ],
)
def test_conversion_templates_read_as_convert(
    line: str, elevation: float | None, area: float | None
) -> None:
    """``{{km2 to mi2|12}}``, ``{{m to ft|120}}`` and friends give their value and unit."""
    s = parse_infobox(box(line))
    assert (elevation, area) == (s.elevation_m, s.area.total_km2)
    assert [] == [c for c in codes(s, line.split(" = ")[0]) if c != "units.mismatch"]


def test_a_conversion_template_with_a_range_is_ambiguous() -> None:
    """``{{m to ft|120|150}}`` is a range, not one value."""
    s = parse_infobox(box("elevation_m = {{m to ft|120|150}}"))
    assert None is s.elevation_m
    assert ["number.ambiguous"] == codes(s, "elevation_m")


def test_conversion_templates_show_their_value_and_unit_as_text() -> None:
    """The plain text of a conversion template is its value and unit."""
    s = parse_infobox(box("area_total_km2 = {{km2 to mi2|12}}", "elevation_m = {{ft to m|400}}"))
    assert ("12 km2", "400 ft") == (s.params["area_total_km2"].text, s.params["elevation_m"].text)


# --- counts --------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["12abc", "0x1F", "5%", "5 %", "1990s", "12e"])
def test_junk_glued_to_a_count_is_none_with_number_unparseable(value: str) -> None:
    """Letters glued to the digits, or a percent sign, make a count unreadable."""
    s = parse_infobox(box(f"population_total = {value}"))
    assert None is s.population.total
    assert ["number.unparseable"] == codes(s, "population_total")


@pytest.mark.parametrize(
    "value",
    [
        "8,913 <small>''2011 Census''</small>",
        "8,913 <small>(2011 Census)</small>",
        "8,913 {{small|2011 Census}}",
        "8,913 {{smaller|''[[2011 Census]]''}}",
        "8,913 (2011 Census)",
    ],
)
def test_a_count_followed_by_its_source_in_small_text_keeps_the_count(value: str) -> None:
    """The source note after a count is not a second number."""
    s = parse_infobox(box(f"population_total = {value}"))
    assert 8913 == s.population.total
    assert [] == codes(s, "population_total")


def test_a_number_in_small_text_before_the_count_is_still_ambiguous() -> None:
    """Only a note after the count is dropped: two numbers outside it stay ambiguous."""
    s = parse_infobox(box("population_total = 8,913 9,000 <small>2011</small>"))
    assert None is s.population.total
    assert ["number.ambiguous"] == codes(s, "population_total")


# --- the density check ---------------------------------------------------------------------


def test_a_stated_density_far_from_population_over_area_is_flagged() -> None:
    """1,000 people on 10 km² is 100/km², not 259 (a per-square-mile slip)."""
    s = parse_infobox(
        box("population_total = 1000", "area_total_km2 = 10", "population_density_km2 = 259")
    )
    assert 259.0 == s.population.density_km2
    assert ["density.inconsistent"] == codes(s, "population_density_km2")


@pytest.mark.parametrize(
    "lines",
    [
        ("population_total = 1000", "area_total_km2 = 10", "population_density_km2 = 110"),
        ("population_total = 1000", "area_total_km2 = 10", "population_density_km2 = 82"),
        ("population_total = 1000", "area_total_sq_mi = 10", "population_density_sq_mi = 100"),
        # Density per land area: the total includes much water.
        (
            "population_total = 1000",
            "area_total_km2 = 20",
            "area_land_km2 = 10",
            "population_density_km2 = 100",
        ),
        ("population_total = 1000", "population_density_km2 = 5000"),  # no area: no check
        ("population_total = 1000", "area_total_km2 = 10", "population_density_km2 = auto"),
    ],
)
def test_a_density_within_tolerance_or_unchecked_is_not_flagged(lines: tuple[str, ...]) -> None:
    """Within a factor of 1.25 of population / total or land area, no warning."""
    s = parse_infobox(box(*lines))
    assert "density.inconsistent" not in [d.code for d in s.diagnostics]


# --- properties ----------------------------------------------------------------------------

_AREA_UNITS = {
    "km2": ("km2", Decimal(1)),
    "sq mi": ("sq_mi", SQ_MI),
    "ha": ("ha", Decimal("0.01")),
    "acres": ("acre", Decimal("0.0040468564224")),
    "m2": (None, Decimal("0.000001")),
}
_LENGTH_UNITS = {"m": Decimal(1), "ft": FOOT, "km": Decimal(1000), "mi": Decimal("1609.344")}


@given(
    st.decimals(min_value=0, max_value=100_000, places=2),
    st.sampled_from(sorted(_AREA_UNITS)),
    st.sampled_from(["km2", "sq_mi", "ha", "acre", "dunam"]),
)
def test_a_written_area_unit_on_any_suffix_converts_exactly(
    amount: Decimal, written: str, suffix: str
) -> None:
    """The total area is the exact conversion from the written unit, whatever the suffix."""
    s = parse_infobox(box(f"area_total_{suffix} = {amount} {written}"))
    assert float(Decimal(float(amount)) * _AREA_UNITS[written][1]) == s.area.total_km2


@given(
    st.decimals(min_value=-500, max_value=30_000, places=2),
    st.sampled_from(sorted(_LENGTH_UNITS)),
    st.sampled_from(["m", "ft"]),
    st.sampled_from(["km2", "sq mi", "acres", "/km2"]),
)
def test_a_written_length_unit_converts_exactly_and_others_are_none(
    amount: Decimal, written: str, suffix: str, wrong: str
) -> None:
    """A length unit converts exactly; an area or density unit is None with a diagnostic."""
    right = parse_infobox(box(f"elevation_{suffix} = {amount} {written}"))
    expected = float(Decimal(float(amount)) * _LENGTH_UNITS[written])
    assert expected == right.elevation_m
    bad = parse_infobox(box(f"elevation_{suffix} = {amount} {wrong}"))
    assert None is bad.elevation_m
    assert "number.unparseable" in codes(bad, f"elevation_{suffix}")


@pytest.mark.parametrize(
    ("s", "attribute"),
    [
        (Settlement(template="Infobox settlement", area=Area(land_km2=-1)), "area.land_km2"),
        (
            Settlement(template="Infobox settlement", population=Population(density_km2=-2)),
            "population.density_km2",
        ),
    ],
)
def test_negative_areas_and_densities_cannot_be_rendered(s: Settlement, attribute: str) -> None:
    """The parser reads no negative area or density, so none is written."""
    with pytest.raises(RenderError) as info:
        render_infobox(s)
    assert attribute == info.value.attribute


def test_a_negative_elevation_is_rendered_and_read_back() -> None:
    """Elevations may be negative: the round trip keeps them."""
    s = Settlement(template="Infobox settlement", elevation_m=-28.5)
    assert -28.5 == parse_infobox(render_infobox(s)).elevation_m


@given(wikitext_pages())
def test_pages_with_written_units_read_their_true_quantities(pair: tuple[Settlement, str]) -> None:
    """Areas and elevations, in whatever unit the page writes them, read back as the truth."""
    s, page = pair
    back = parse_infobox(page)
    flagged = {d.param for d in back.diagnostics if d.severity != "info"}
    for attribute in ("total_km2", "land_km2", "water_km2", "urban_km2", "metro_km2"):
        truth, read = getattr(s.area, attribute), getattr(back.area, attribute)
        kind = attribute.removesuffix("_km2")
        if read is None and truth is not None:
            assert any(p and p.startswith(f"area_{kind}_") for p in flagged), attribute
        else:
            assert truth is None or read is not None
            assert truth is None or math.isclose(truth, read or 0.0, rel_tol=1e-12), attribute
    if back.elevation_m is None:
        assert s.elevation_m is None or flagged & {"elevation_m", "elevation_ft"}
    else:
        assert s.elevation_m is not None
        assert math.isclose(s.elevation_m, back.elevation_m, rel_tol=1e-12, abs_tol=1e-12)
