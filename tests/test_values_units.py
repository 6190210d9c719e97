"""Tests for infobox.values.units: suffixes, exact factors, round trips, {{convert}}."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from infobox.diagnostics import CATALOGUE
from infobox.models import Diagnostic
from infobox.values.units import (
    AREA_SUFFIXES,
    area_to_km2,
    conversion_template_unit,
    density_to_km2,
    is_area_unit,
    length_to_m,
    parse_quantity,
    quantity_from_convert,
)

SQ_MI = 2.589988110336
ACRE = 0.0040468564224
FOOT = 0.3048
MILE_M = 1609.344

magnitudes = st.floats(min_value=1e-6, max_value=1e9, allow_nan=False, allow_infinity=False)


def codes(diagnostics: Sequence[Diagnostic]) -> list[str]:
    """The codes of some diagnostics, in order."""
    return [d.code for d in diagnostics]


# --- suffixes and factors -----------------------------------------------------------------


def test_area_suffixes_map_each_parameter_suffix_to_its_unit() -> None:
    """The five area suffixes of spec §1.9 map to their units."""
    expected = {"km2": "km2", "sq_mi": "sqmi", "ha": "ha", "acre": "acre", "dunam": "dunam"}
    assert expected == dict(AREA_SUFFIXES)


def test_area_suffixes_are_read_only() -> None:
    """AREA_SUFFIXES cannot be changed by a caller."""
    with pytest.raises(TypeError):
        AREA_SUFFIXES["x"] = "y"  # type: ignore[index]


@pytest.mark.parametrize(("suffix", "unit"), sorted(AREA_SUFFIXES.items()))
def test_every_suffix_and_its_unit_convert(suffix: str, unit: str) -> None:
    """Both the suffix and the unit it names are accepted by area_to_km2."""
    assert area_to_km2(1, suffix) is not None
    assert area_to_km2(1, suffix) == area_to_km2(1, unit)


@pytest.mark.parametrize(
    ("unit", "km2"),
    [
        ("km2", 1.0),
        ("km²", 1.0),
        ("sqkm", 1.0),
        ("sqmi", SQ_MI),
        ("sq mi", SQ_MI),
        ("sq_mi", SQ_MI),
        ("mi2", SQ_MI),
        ("mi²", SQ_MI),
        ("SQ MI", SQ_MI),
        ("square miles", SQ_MI),
        ("ha", 0.01),
        ("hectares", 0.01),
        ("acre", ACRE),
        ("acres", ACRE),
        ("dunam", 0.001),
        ("dunams", 0.001),
        ("m2", 1e-6),
        ("m^2", 1e-6),
        ("sqft", 9.290304e-8),
        (" km2 ", 1.0),
    ],
)
def test_area_to_km2_uses_the_exact_factors(unit: str, km2: float) -> None:
    """One unit of each area converts to exactly its factor in km²."""
    assert km2 == area_to_km2(1, unit)


@pytest.mark.parametrize(
    ("value", "unit", "km2"),
    [(47, "km2", 47.0), (250, "ha", 2.5), (1000, "dunam", 1.0), (1_000_000, "m2", 1.0)],
)
def test_area_to_km2_scales_values(value: float, unit: str, km2: float) -> None:
    """Values other than 1 scale by the factor."""
    assert km2 == area_to_km2(value, unit)


@pytest.mark.parametrize("unit", ["", "km", "ft", "parsec", "sq", "acre-feet"])
def test_area_to_km2_gives_none_for_unknown_units(unit: str) -> None:
    """A unit that is not an area unit gives None."""
    assert area_to_km2(1, unit) is None


@pytest.mark.parametrize(
    ("unit", "m"),
    [
        ("m", 1.0),
        ("metres", 1.0),
        ("ft", FOOT),
        ("foot", FOOT),
        ("feet", FOOT),
        ("Feet", FOOT),
        ("km", 1000.0),
        ("mi", MILE_M),
        ("miles", MILE_M),
    ],
)
def test_length_to_m_uses_the_exact_factors(unit: str, m: float) -> None:
    """One unit of each length converts to exactly its factor in metres."""
    assert m == length_to_m(1, unit)


@pytest.mark.parametrize("unit", ["", "km2", "sqmi", "league", "fathom"])
def test_length_to_m_gives_none_for_unknown_units(unit: str) -> None:
    """A unit that is not a length unit gives None."""
    assert length_to_m(1, unit) is None


def test_conversions_are_rounded_once() -> None:
    """A conversion is the float nearest the exact product, not a double-rounded one."""
    assert 3 * FOOT != 0.9144  # the naive float product is one ulp off
    assert length_to_m(3, "ft") == 0.9144
    assert area_to_km2(3, "sqmi") == 7.769964331008
    assert area_to_km2(7, "acre") == 0.0283279949568


@pytest.mark.parametrize("value", [math.inf, -math.inf])
def test_infinite_values_pass_through(value: float) -> None:
    """An infinite value stays infinite instead of raising."""
    assert value == area_to_km2(value, "sqmi")
    assert value == length_to_m(value, "ft")
    assert value == density_to_km2(value, "sqmi")


def test_nan_passes_through() -> None:
    """NaN stays NaN instead of raising."""
    result = area_to_km2(math.nan, "ha")
    assert result is not None
    assert math.isnan(result)


# --- density ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "unit", "per_km2"),
    [
        (100.0, "km2", 100.0),
        (100.0, "sqmi", 100 / SQ_MI),
        (100.0, "sq_mi", 100 / SQ_MI),
        (3.0, "ha", 300.0),
        (1.0, "acre", 1 / ACRE),
        (0.0, "sqmi", 0.0),
    ],
)
def test_density_to_km2(value: float, unit: str, per_km2: float) -> None:
    """A density per unit of area becomes a density per km²."""
    assert math.isclose(per_km2, density_to_km2(value, unit), rel_tol=1e-15)


def test_density_to_km2_rejects_an_unknown_unit() -> None:
    """An unknown area unit is a programming error."""
    with pytest.raises(ValueError, match="not an area unit"):
        density_to_km2(1.0, "ft")


# --- round trips --------------------------------------------------------------------------


@given(magnitudes, st.sampled_from(["sqmi", "ha", "acre", "dunam", "m2", "sqft"]))
@example(1.0, "sqmi")
def test_area_round_trip(km2: float, unit: str) -> None:
    """km² → unit → km² returns the starting area."""
    one = area_to_km2(1, unit)
    assert one is not None
    back = area_to_km2(km2 / one, unit)
    assert back is not None
    assert math.isclose(km2, back, rel_tol=1e-14)


@given(magnitudes, st.sampled_from(["ft", "km", "mi"]))
def test_length_round_trip(metres: float, unit: str) -> None:
    """m → unit → m returns the starting length."""
    one = length_to_m(1, unit)
    assert one is not None
    back = length_to_m(metres / one, unit)
    assert back is not None
    assert math.isclose(metres, back, rel_tol=1e-14)


@given(magnitudes)
def test_density_and_area_agree(people: float) -> None:
    """People per sq mi over one sq mi is the same head count as per km² over its km²."""
    per_km2 = density_to_km2(people, "sqmi")
    km2 = area_to_km2(1, "sqmi")
    assert km2 is not None
    assert math.isclose(people, per_km2 * km2, rel_tol=1e-14)


@given(magnitudes)
def test_sqmi_factor_is_exact(value: float) -> None:
    """area_to_km2(x, sqmi) is x times the exact factor, to within one rounding."""
    result = area_to_km2(value, "sqmi")
    assert result is not None
    assert math.isclose(value * SQ_MI, result, rel_tol=4e-16)


# --- {{convert}} --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("positional", "named", "expected"),
    [
        (["47", "km2", "sqmi"], {}, (47.0, "km2")),
        (["1,234.5", "ft", "m", "0"], {}, (1234.5, "ft")),
        ([" 300 ", " m "], {}, (300.0, "m")),
        (["18", "sq mi", "km2"], {"abbr": "on"}, (18.0, "sqmi")),
        (["18", "mi2"], {}, (18.0, "sqmi")),
        (["5", "acres"], {}, (5.0, "acre")),
        (["5", "feet"], {"adj": "on"}, (5.0, "ft")),
        (["\u221228", "m", "ft"], {}, (-28.0, "m")),
        (["2", "furlong"], {}, (2.0, "furlong")),
        ([], {"1": "47", "2": "km2"}, (47.0, "km2")),
        (["1", "ha"], {"1": "47"}, (47.0, "ha")),
        (["1.2 million", "acre"], {}, (1_200_000.0, "acre")),
    ],
)
def test_quantity_from_convert(
    positional: list[str], named: dict[str, str], expected: tuple[float, str]
) -> None:
    """The first argument is the value and the second the unit, canonical when known."""
    assert (expected, ()) == quantity_from_convert(positional, named)


@pytest.mark.parametrize(
    "positional",
    [
        ["2", "to", "5", "km", "mi"],
        ["2", "-", "5", "km", "mi"],
        ["2", "\u2013", "5", "km"],
        ["2", "and", "5", "km"],
        ["2", "or", "5", "km"],
        ["2", "x", "5", "m"],
        ["2", "by", "5", "m"],
        ["2", "+/-", "5", "m"],
        ["2", " TO ", "5", "m"],
    ],
)
def test_quantity_from_convert_rejects_ranges(positional: list[str]) -> None:
    """A {{convert}} range is not one value."""
    result, diagnostics = quantity_from_convert(positional, {})
    assert result is None
    assert codes(diagnostics) == ["number.ambiguous"]
    assert "range" in diagnostics[0].message


@pytest.mark.parametrize(
    ("positional", "named", "code"),
    [
        ([], {}, "number.unparseable"),
        (["", "km2"], {}, "number.unparseable"),
        (["47"], {}, "number.unparseable"),
        (["47", "  "], {}, "number.unparseable"),
        (["abc", "km2"], {}, "number.unparseable"),
        (["12,345 13,000", "km2"], {}, "number.ambiguous"),
        (["1,000\u20132,000", "m"], {}, "number.ambiguous"),
    ],
)
def test_quantity_from_convert_errors(
    positional: list[str], named: dict[str, str], code: str
) -> None:
    """A missing or unreadable value or unit gives no quantity and a diagnostic."""
    result, diagnostics = quantity_from_convert(positional, named)
    assert result is None
    assert [code] == codes(diagnostics)


def test_quantity_from_convert_keeps_the_approximate_info() -> None:
    """An approximate value is read, with its info diagnostic."""
    result, diagnostics = quantity_from_convert(["c. 47", "km2"], {})
    assert result == (47.0, "km2")
    assert codes(diagnostics) == ["number.approximate"]


@given(
    st.lists(st.text(max_size=20), max_size=5),
    st.dictionaries(st.sampled_from(["1", "2", "abbr", "disp"]), st.text(max_size=20)),
)
def test_quantity_from_convert_never_raises(
    positional: list[str], named: Mapping[str, str]
) -> None:
    """Any arguments give a quantity or None with catalogued diagnostics."""
    result, diagnostics = quantity_from_convert(positional, named)
    if result is None:
        assert diagnostics
    else:
        assert math.isfinite(result[0])
    assert all(d.code in CATALOGUE for d in diagnostics)


@given(st.text(max_size=30), st.floats())
def test_unit_functions_never_raise_for_any_unit_text(unit: str, value: float) -> None:
    """area_to_km2 and length_to_m give a float or None for any unit text."""
    for result in (area_to_km2(value, unit), length_to_m(value, unit)):
        assert result is None or isinstance(result, float)


# --- units written in a value ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.2 km", (1.2, "km")),
        ("2,300 ft", (2300.0, "ft")),
        ("2,300 feet above sea level", (2300.0, "ft")),
        ("8 in", (8.0, "in")),
        ("8 inches", (8.0, "in")),
        ("30 cm", (30.0, "cm")),
        ("250mm", (250.0, "mm")),
        ("300m", (300.0, "m")),
        ("300 metres (984 ft)", (300.0, "m")),
        ("3 mi", (3.0, "mi")),
        ("12.5 sq mi", (12.5, "sqmi")),
        ("12.5 sq. mi.", (12.5, "sqmi")),
        ("12.5 square miles", (12.5, "sqmi")),
        ("12.5 mi\u00b2", (12.5, "sqmi")),
        ("20 km2", (20.0, "km2")),
        ("20 km\u00b2 (7.7 sq mi)", (20.0, "km2")),
        ("20 sq km", (20.0, "km2")),
        ("20 square kilometres", (20.0, "km2")),
        ("30 ha", (30.0, "ha")),
        ("30 hectares", (30.0, "ha")),
        ("640 acres", (640.0, "acre")),
        ("900 m2", (900.0, "m2")),
        ("900 m\u00b2", (900.0, "m2")),
        ("900 sq ft", (900.0, "sqft")),
        ("40 /sq mi", (40.0, "/sqmi")),
        ("40/km2", (40.0, "/km2")),
        ("40 per km\u00b2", (40.0, "/km2")),
        ("40 per square mile", (40.0, "/sqmi")),
        ("40 inhabitants/km\u00b2", (40.0, "/km2")),
        ("40 people per sq mi", (40.0, "/sqmi")),
        ("5 ft 11 in", (71.0, "in")),
        ("6 ft 6 in", (78.0, "in")),
        ("5\u203211\u2033", (71.0, "in")),
        ("6' 2\"", (74.0, "in")),
        ("300'", (300.0, "ft")),
        ("1,234", (1234.0, None)),
        ("1,234 people", (1234.0, None)),
        ("300 in the valley", (300.0, None)),
        ("300 in", (300.0, "in")),
        ("300 in.", (300.0, "in")),
        ("300 in (7.6 m)", (300.0, "in")),
        ("300 inches tall", (300.0, "in")),
        ("5 ft 11 inches above", (71.0, "in")),
        ("40 per m", (40.0, None)),
        ("40 /ft", (40.0, None)),
        ("12 miners", (12.0, None)),
        ("12 mins", (12.0, None)),
    ],
)
def test_parse_quantity_reads_the_unit_written_after_the_number(
    text: str, expected: tuple[float, str | None]
) -> None:
    """The number and the canonical unit written after it (None: no known unit)."""
    assert (expected, ()) == parse_quantity(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("12abc km", "number.unparseable"),
        ("300 in 2010", "number.ambiguous"),
        ("5 ft 11 in 2010", "number.ambiguous"),
        ("5 ft 11 in the valley", "number.ambiguous"),
        ("1,200 m / 3,900 ft", "number.ambiguous"),
        ("", None),
    ],
)
def test_parse_quantity_fails_as_parse_number_does(text: str, code: str | None) -> None:
    """No number, or more than one: None with parse_number's diagnostic."""
    result, found = parse_quantity(text)
    assert result is None
    assert ([code] if code else []) == codes(found)


@given(
    st.integers(0, 10_000),
    st.integers(0, 11),
    st.sampled_from(["ft", "feet", "\u2032", "'"]),
    st.sampled_from(["in", "inches", "\u2033", '"']),
    st.sampled_from(["", " "]),
)
def test_feet_and_inches_are_their_total_in_inches(
    feet: int, inches: int, ft: str, inch: str, space: str
) -> None:
    """``F ft I in`` is exactly 12 F + I inches."""
    assert ((12 * feet + inches, "in"), ()) == parse_quantity(
        f"{feet:,}{space}{ft}{space}{inches}{space}{inch}"
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("km2 to mi2", "km2"),
        ("Km2 to mi2", "km2"),
        ("mi2 to km2", "sqmi"),
        ("sq mi to km2", "sqmi"),
        ("m to ft", "m"),
        ("ft to m", "ft"),
        ("km to mi", "km"),
        ("ha to acre", "ha"),
        ("acre to ha", "acre"),
        ("ft2 to m2", "sqft"),
        ("m_to_ft", "m"),
        ("km2 to ft", None),
        ("m to km2", None),
        ("lb to kg", None),
        ("convert", None),
        ("Welcome to Kazakhstan", None),
    ],
)
def test_conversion_template_unit(name: str, expected: str | None) -> None:
    """A "<unit> to <unit>" name of one kind reads its first unit; others are no conversion."""
    assert expected == conversion_template_unit(name)


@pytest.mark.parametrize(
    ("unit", "metres"),
    [("in", 0.0254), ("inch", 0.0254), ("cm", 0.01), ("mm", 0.001), ("yd", 0.9144)],
)
def test_small_length_units_convert_exactly(unit: str, metres: float) -> None:
    """{{convert}}'s mm, cm, in and yd are known lengths."""
    assert metres == length_to_m(1, unit)
    found, _ = quantity_from_convert(["1", unit], {})
    assert found is not None
    assert metres == length_to_m(*found)


@pytest.mark.parametrize(
    "text",
    [
        "1," * 50_000 + "ft 1 in",
        "1 " * 50_000 + "ft",
        " 1 ft 2 in" * 10_000,
        "5 " + "per " * 25_000,
        "5 " + "sq " * 30_000,
        "1'" * 50_000,
    ],
    ids=lambda text: repr(text[:12]),
)
def test_parse_quantity_answers_huge_inputs(text: str) -> None:
    """Long inputs come back with a value or a diagnostic (time: benchmarks)."""
    result, found = parse_quantity(text)
    assert result is not None or found


@given(
    st.text(alphabet=st.sampled_from("0123456789 ,.'\"\u2032\u2033ftinkmsqpr/\u00b2"), max_size=30)
)
def test_parse_quantity_never_raises_and_units_are_known(text: str) -> None:
    """Any text gives a reading or a diagnostic-or-nothing; a unit read is a known one."""
    result, _ = parse_quantity(text)
    if result is not None and result[1] is not None:
        unit = result[1].removeprefix("/")
        assert is_area_unit(unit) or length_to_m(1, unit) is not None
