"""Tests for infobox.values.coordinates: every {{coord}} form, the legacy families, totality."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from infobox.diagnostics import CATALOGUE
from infobox.models import Coordinates, Diagnostic
from infobox.names import normalize_title
from infobox.strategies import coordinates
from infobox.values.coordinates import (
    COORD_TEMPLATES,
    coordinates_from_coord,
    coordinates_from_legacy,
)

TOLERANCE = 1e-9


def codes(diagnostics: Sequence[Diagnostic]) -> list[str]:
    """The codes of some diagnostics, in order."""
    return [d.code for d in diagnostics]


def assert_codes(expected: Sequence[str], diagnostics: Sequence[Diagnostic]) -> None:
    """Fail unless the diagnostics have exactly the expected codes, in order."""
    assert list(expected) == codes(diagnostics)


def assert_point(
    expected: tuple[float, float], value: Coordinates | None, tolerance: float = TOLERANCE
) -> None:
    """Fail unless value is a point within tolerance of expected (lat, lon)."""
    assert value is not None
    assert abs(expected[0] - value.lat) <= tolerance, (expected, value)
    assert abs(expected[1] - value.lon) <= tolerance, (expected, value)


# --- the template names ---------------------------------------------------------------


def test_coord_templates_lists_the_current_and_legacy_names() -> None:
    """The {{coord}} names include the current one and the old coor family."""
    expected = {"Coord", "Coor dms", "Coor title dec", "Coordinate"}
    assert expected <= COORD_TEMPLATES


def test_coord_templates_are_normalised_titles() -> None:
    """Every name is already in the form normalize_title gives, so lookups can match."""
    assert sorted(COORD_TEMPLATES) == sorted(normalize_title(name) for name in COORD_TEMPLATES)


# --- {{coord}}: every form, by hand ---------------------------------------------------

KZ = ["47", "47", "0", "N", "67", "42", "0", "E", "region:KZ"]


@pytest.mark.parametrize(
    ("positional", "expected"),
    [
        pytest.param(["-33.86", "151.21"], (-33.86, 151.21), id="decimal-signed"),
        pytest.param(["\u221233.86", "\u2212151.21"], (-33.86, -151.21), id="unicode-minus"),
        pytest.param(["+10", "+20"], (10.0, 20.0), id="decimal-plus-signs"),
        pytest.param([".5", "-.25"], (0.5, -0.25), id="decimal-leading-dot"),
        pytest.param(["40.661", "N", "73.944", "W"], (40.661, -73.944), id="decimal-letters"),
        pytest.param(["33.86", "s", "151.21", "e"], (-33.86, 151.21), id="lower-case-letters"),
        pytest.param(["+10", "N", "+20", "E"], (10.0, 20.0), id="plus-sign-with-n-e"),
        pytest.param(
            ["47", "47", "N", "67", "42", "E"], (47 + 47 / 60, 67 + 42 / 60), id="degrees-minutes"
        ),
        pytest.param(
            ["51", "30.5", "S", "0", "7.25", "W"],
            (-(51 + 30.5 / 60), -(7.25 / 60)),
            id="decimal-minutes",
        ),
        pytest.param(KZ, (47 + 47 / 60, 67.7), id="degrees-minutes-seconds"),
        pytest.param(
            ["51", "30", "26.5", "N", "0", "7", "39.2", "W"],
            (51 + 30 / 60 + 26.5 / 3600, -(7 / 60 + 39.2 / 3600)),
            id="decimal-seconds",
        ),
        pytest.param(
            ["47", "47", "", "N", "67", "42", "", "E"],
            (47 + 47 / 60, 67.7),
            id="empty-seconds-are-absent",
        ),
        pytest.param(["51", "30", "N", "0", "W"], (51.5, 0.0), id="asymmetric-forms"),
        pytest.param(["1", "2", "", ""], (1.0, 2.0), id="trailing-empty-arguments"),
        pytest.param([" 1 ", " 2 "], (1.0, 2.0), id="untrimmed-arguments"),
        pytest.param(["90", "S", "180", "W"], (-90.0, 180.0), id="boundaries"),
        pytest.param(["0", "-180"], (0.0, 180.0), id="minus-180-is-180"),
        pytest.param(["-0", "0"], (0.0, 0.0), id="negative-zero"),
        pytest.param(["1", "2", "type:city"], (1.0, 2.0), id="parameters-without-region"),
    ],
)
def test_coord_forms(positional: list[str], expected: tuple[float, float]) -> None:
    """Each positional form of {{coord}} gives the point it writes and no diagnostic."""
    value, diagnostics = coordinates_from_coord(positional, {})
    assert_point(expected, value)
    assert_codes([], diagnostics)


def test_coord_dms_with_region_and_display() -> None:
    """The brief's example: D/M/S, region from the parameters, display as written."""
    value, diagnostics = coordinates_from_coord(KZ, {"display": "inline, title"})
    assert_point((47 + 47 / 60, 67.7), value)
    assert value is not None
    expected = ("KZ", "inline, title")
    assert expected == (value.region, value.display)
    assert_codes([], diagnostics)


def test_coord_region_among_other_parameters() -> None:
    """The region is found among key:value pairs joined by underscores."""
    positional = ["40.661", "N", "73.944", "W", "region:US-NY_type:city(8000000)_dim:50000"]
    value, _ = coordinates_from_coord(positional, {"format": "dms"})
    assert value is not None
    expected = "US-NY"
    assert expected == value.region


def test_coord_display_is_trimmed_and_empty_is_none() -> None:
    """display= is kept as written but trimmed; an empty one is no display."""
    trimmed, _ = coordinates_from_coord(["1", "2"], {"display": "  inline,title "})
    empty, _ = coordinates_from_coord(["1", "2"], {"display": " "})
    assert trimmed is not None
    assert empty is not None
    expected = ("inline,title", None)
    assert expected == (trimmed.display, empty.display)


@pytest.mark.parametrize(
    ("positional", "code", "needle"),
    [
        pytest.param([], "coordinates.unparseable", "Wikidata", id="no-arguments"),
        pytest.param(["", " "], "coordinates.unparseable", "Wikidata", id="blank-arguments"),
        pytest.param(["47"], "coordinates.unparseable", "47", id="latitude-only"),
        pytest.param(["47", "", "5"], "coordinates.unparseable", "47||5", id="empty-longitude"),
        pytest.param(["abc", "1"], "coordinates.unparseable", "abc", id="degrees-not-a-number"),
        pytest.param(["1e5", "1"], "coordinates.unparseable", "1e5", id="exponent"),
        pytest.param(["47,5", "1"], "coordinates.unparseable", "47,5", id="decimal-comma"),
        pytest.param(
            ["-33", "S", "151", "E"], "coordinates.unparseable", "-33|S", id="minus-with-s"
        ),
        pytest.param(
            ["\u221233", "N", "151", "E"],
            "coordinates.unparseable",
            "minus",
            id="unicode-minus-with-n",
        ),
        pytest.param(
            ["33", "N", "-151", "W"], "coordinates.unparseable", "-151|W", id="minus-with-w"
        ),
        pytest.param(["+33", "S", "151", "E"], "coordinates.unparseable", "plus", id="plus-with-s"),
        pytest.param(
            ["47", "60", "N", "67", "0", "E"], "coordinates.unparseable", '"60"', id="minutes-60"
        ),
        pytest.param(
            ["47", "0", "60.0", "N", "67", "0", "0", "E"],
            "coordinates.unparseable",
            '"60.0"',
            id="seconds-60",
        ),
        pytest.param(
            ["47", "-5", "N", "67", "0", "E"],
            "coordinates.unparseable",
            '"-5"',
            id="negative-minutes",
        ),
        pytest.param(
            ["47", "x", "N", "67", "0", "E"], "coordinates.unparseable", '"x"', id="minutes-text"
        ),
        pytest.param(
            ["47", "0", "x", "N", "67", "0", "0", "E"],
            "coordinates.unparseable",
            '"x"',
            id="seconds-text",
        ),
        pytest.param(
            ["47.5", "30", "N", "67", "E"],
            "coordinates.unparseable",
            "47.5|30|N",
            id="fractional-degrees-with-minutes",
        ),
        pytest.param(
            ["47", "30.5", "10", "N", "67", "E"],
            "coordinates.unparseable",
            "47|30.5|10|N",
            id="fractional-minutes-with-seconds",
        ),
        pytest.param(
            ["47", "E", "67", "N"], "coordinates.unparseable", "letter E", id="longitude-first"
        ),
        pytest.param(["47", "N", "67"], "coordinates.unparseable", "no E or W", id="no-lon-letter"),
        pytest.param(
            ["47", "N", "67", "S"], "coordinates.unparseable", "letter S", id="lon-letter-is-n-s"
        ),
        pytest.param(["47", "N", "", "E"], "coordinates.unparseable", "no degrees", id="empty-lon"),
        pytest.param(
            ["47", "47", "0", "67", "42", "0"],
            "coordinates.unparseable",
            "0|67|42|0",
            id="dms-without-letters",
        ),
        pytest.param(["1", "2", "3"], "coordinates.unparseable", '"3"', id="number-as-parameters"),
        pytest.param(
            ["1", "N", "2", "E", "W"], "coordinates.unparseable", '"W"', id="letter-as-parameters"
        ),
        pytest.param(
            ["1", "2", "region:KZ", "x"],
            "coordinates.unparseable",
            "region:KZ|x",
            id="two-parameter-arguments",
        ),
        pytest.param(["91", "0"], "coordinates.out-of-range", '"91"', id="latitude-91"),
        pytest.param(
            ["90", "30", "N", "0", "E"], "coordinates.out-of-range", "90.5", id="latitude-90-30"
        ),
        pytest.param(["0", "181"], "coordinates.out-of-range", "181", id="longitude-181"),
        pytest.param(
            ["0", "N", "180", "0", "1", "W"],
            "coordinates.out-of-range",
            "180|0|1|W",
            id="longitude-past-180",
        ),
        pytest.param(["1" * 400, "0"], "coordinates.out-of-range", "too large", id="huge-number"),
    ],
)
def test_coord_errors(positional: list[str], code: str, needle: str) -> None:
    """Each unreadable or impossible {{coord}} gives no value and one diagnostic quoting it."""
    value, diagnostics = coordinates_from_coord(positional, {"display": "inline"})
    assert value is None
    assert_codes([code], diagnostics)
    assert needle in diagnostics[0].message
    assert diagnostics[0].message.endswith(".")
    unplaced = (None, None, None)
    assert unplaced == (diagnostics[0].param, diagnostics[0].start, diagnostics[0].end)


def test_coord_both_axes_out_of_range_gives_two_diagnostics() -> None:
    """A latitude and a longitude both out of range give one diagnostic each."""
    value, diagnostics = coordinates_from_coord(["-91", "-181"], {})
    assert value is None
    assert_codes(["coordinates.out-of-range"] * 2, diagnostics)
    severities = ["error", "error"]
    assert severities == [d.severity for d in diagnostics]


def test_coord_russian_letters_are_not_coord_letters() -> None:
    """Cyrillic hemisphere letters belong to the legacy family only, not to {{coord}}."""
    value, diagnostics = coordinates_from_coord(["47", "С", "67", "В"], {})
    assert value is None
    assert_codes(["coordinates.unparseable"], diagnostics)


def test_coord_long_message_is_shortened() -> None:
    """A huge offending text is quoted only in part, so messages stay readable."""
    _, diagnostics = coordinates_from_coord(["x" * 10_000, "1"], {})
    assert len(diagnostics[0].message) < 400


def test_coord_huge_input_is_read_in_one_pass() -> None:
    """Million-character arguments, and many of them, are handled without error."""
    digits = "1" * 1_000_000
    value, diagnostics = coordinates_from_coord([digits, "N", digits, "E"] * 10_000, {})
    assert value is None
    assert_codes(["coordinates.unparseable"], diagnostics)
    value, diagnostics = coordinates_from_coord(["0." + digits, "-0." + digits], {})
    assert_point((0.1111111111111111, -0.1111111111111111), value)
    assert_codes([], diagnostics)


# --- legacy families, by hand -----------------------------------------------------------

LATD = {"latd": "47", "latm": "47", "lats": "0", "latNS": "N"}
LONGD = {"longd": "67", "longm": "42", "longs": "0", "longEW": "E"}


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        pytest.param({**LATD, **LONGD}, (47 + 47 / 60, 67.7), id="latd-family"),
        pytest.param(
            {"latd": "33", "latm": "52", "latNS": "s", "longd": "151", "longEW": "w"},
            (-(33 + 52 / 60), -151.0),
            id="lower-case-letters",
        ),
        pytest.param(
            {"latd": "55", "latm": "45", "latNS": "С", "longd": "37", "longm": "37", "longEW": "В"},
            (55.75, 37 + 37 / 60),
            id="russian-north-east",
        ),
        pytest.param(
            {"latd": "34", "latNS": "ю", "longd": "58", "longEW": "з"},
            (-34.0, -58.0),
            id="russian-south-west-lower-case",
        ),
        pytest.param(
            {"latd": "-33", "latm": "52", "longd": "\u2212151", "longm": "12"},
            (-(33 + 52 / 60), -(151 + 12 / 60)),
            id="negative-degrees-without-letters",
        ),
        pytest.param(
            {
                "lat_deg": "56",
                "lat_min": "57",
                "lat_sec": "0",
                "lat_dir": "N",
                "lon_deg": "24",
                "lon_min": "6",
                "lon_sec": "0",
                "lon_dir": "E",
            },
            (56.95, 24.1),
            id="lat-deg-family",
        ),
        pytest.param({"latitude": "-33.86", "longitude": "151.21"}, (-33.86, 151.21), id="decimal"),
        pytest.param(
            {**LATD, **LONGD, "latitude": "47.7833", "longitude": "67.7"},
            (47 + 47 / 60, 67.7),
            id="two-families-that-agree",
        ),
        pytest.param(
            {**LATD, **LONGD, "latm": "", "lats": " ", "longm": "", "longs": ""},
            (47.0, 67.0),
            id="empty-minutes-and-seconds",
        ),
    ],
)
def test_legacy_forms(values: dict[str, str], expected: tuple[float, float]) -> None:
    """Each legacy family gives the point it writes and no diagnostic."""
    value, diagnostics = coordinates_from_legacy(values)
    assert_point(expected, value)
    assert_codes([], diagnostics)


def test_legacy_region_and_display() -> None:
    """coordinates_region and coordinates_display become region and display."""
    values = {**LATD, **LONGD, "coordinates_region": "KZ", "coordinates_display": "inline,title"}
    value, _ = coordinates_from_legacy(values)
    assert value is not None
    expected = ("KZ", "inline,title")
    assert expected == (value.region, value.display)


@pytest.mark.parametrize(
    "values",
    [
        pytest.param({}, id="nothing"),
        pytest.param({"name": "Jezkazgan", "coordinates_region": "KZ"}, id="other-keys"),
        pytest.param({"latd": "", "longd": " ", "latitude": ""}, id="empty-keys"),
    ],
)
def test_legacy_unset(values: dict[str, str]) -> None:
    """With no latitude or longitude key set there is no value and nothing to say."""
    nothing: tuple[None, tuple[Diagnostic, ...]] = (None, ())
    assert nothing == coordinates_from_legacy(values)


def test_legacy_missing_letters_assume_north_and_east() -> None:
    """A missing latNS or longEW is read as N or E, with an info diagnostic each."""
    value, diagnostics = coordinates_from_legacy({"latd": "47", "longd": "67", "longm": "30"})
    assert_point((47.0, 67.5), value)
    assert_codes(["coordinates.hemisphere-assumed"] * 2, diagnostics)
    severities = ["info", "info"]
    assert severities == [d.severity for d in diagnostics]
    assert "latd=47" in diagnostics[0].message
    assert "E was assumed" in diagnostics[1].message


def test_legacy_missing_one_letter() -> None:
    """Only the axis without a letter gets the assumption diagnostic."""
    value, diagnostics = coordinates_from_legacy({**LATD, "longd": "67", "longm": "42"})
    assert_point((47 + 47 / 60, 67.7), value)
    assert_codes(["coordinates.hemisphere-assumed"], diagnostics)
    assert "longitude" in diagnostics[0].message


@pytest.mark.parametrize(
    ("values", "expected_codes", "needle"),
    [
        pytest.param({"latNS": "N"}, ["coordinates.unparseable"] * 2, "latd", id="letter-only"),
        pytest.param({**LATD}, ["coordinates.unparseable"], "longd", id="latitude-only"),
        pytest.param(
            {**LATD, **LONGD, "latNS": "E"}, ["coordinates.unparseable"], "latNS", id="wrong-axis"
        ),
        pytest.param(
            {**LATD, **LONGD, "longEW": "X"}, ["coordinates.unparseable"], '"X"', id="bad-letter"
        ),
        pytest.param(
            {**LATD, **LONGD, "latd": "-47"},
            ["coordinates.unparseable"],
            "minus",
            id="minus-with-letter",
        ),
        pytest.param(
            {**LATD, **LONGD, "latm": "75"}, ["coordinates.unparseable"], '"75"', id="minutes-75"
        ),
        pytest.param(
            {**LATD, **LONGD, "longd": "2O"}, ["coordinates.unparseable"], '"2O"', id="letter-o"
        ),
        pytest.param(
            {**LATD, **LONGD, "latd": "95"}, ["coordinates.out-of-range"], "latd=95", id="lat-95"
        ),
        pytest.param(
            {"latitude": "47.5"}, ["coordinates.unparseable"], "longitude", id="decimal-lat-only"
        ),
        pytest.param(
            {"latitude": "47.5", "longitude": "200"},
            ["coordinates.out-of-range"],
            "longitude=200",
            id="decimal-lon-200",
        ),
        pytest.param(
            {**LATD, **LONGD, "latitude": "-47.78", "longitude": "67.7"},
            ["coordinates.conflict"],
            "-47.78",
            id="families-disagree",
        ),
        pytest.param(
            {**LATD, **LONGD, "latitude": "north", "longitude": "67.7"},
            ["coordinates.unparseable"],
            "north",
            id="one-family-unreadable",
        ),
    ],
)
def test_legacy_errors(values: dict[str, str], expected_codes: list[str], needle: str) -> None:
    """Unreadable, contradictory or impossible legacy values give no value and a diagnostic."""
    value, diagnostics = coordinates_from_legacy(values)
    assert value is None
    assert_codes(expected_codes, diagnostics)
    assert any(needle in d.message for d in diagnostics)


# --- properties ----------------------------------------------------------------------------


def fixed(scaled: int, places: int) -> str:
    """Write abs(scaled) / 10**places with exactly `places` decimals, without a sign."""
    digits = str(abs(scaled)).rjust(places + 1, "0")
    return f"{digits[:-places]}.{digits[-places:]}" if places else digits


@st.composite
def magnitudes(draw: st.DrawFn, below: int, inclusive: bool) -> str:
    """A non-negative decimal below (or up to) `below`, with 0 to 6 decimal places."""
    places = draw(st.integers(0, 6))
    top = below * 10**places - (0 if inclusive else 1)
    return fixed(draw(st.integers(0, top)), places)


@st.composite
def signed_decimals(draw: st.DrawFn, limit: int) -> tuple[str, float]:
    """A signed decimal in [-limit, limit] as text, and its value."""
    text = draw(magnitudes(limit, inclusive=True))
    minus = draw(st.sampled_from(["", "-", "\u2212"]))
    return minus + text, (-1.0 if minus else 1.0) * float(text)


@st.composite
def letter_axes(
    draw: st.DrawFn, limit: int, letters: tuple[str, str], alphabet: Sequence[str]
) -> tuple[list[str], str, float]:
    """Degrees, optional minutes and seconds, and a letter; only the last part has decimals."""
    count = draw(st.integers(1, 3))
    if count == 1:
        parts = [draw(magnitudes(limit, inclusive=True))]
    else:
        parts = [str(draw(st.integers(0, limit)))]
        parts += [str(draw(st.integers(0, 59))) for _ in range(count - 2)]
        parts.append(draw(magnitudes(60, inclusive=False)))
    numbers = [float(part) for part in parts] + [0.0, 0.0]
    letter = draw(st.sampled_from(alphabet))
    negative = letter.upper() in (letters[1], {"S": "Ю", "W": "З"}[letters[1]])
    magnitude = numbers[0] + numbers[1] / 60 + numbers[2] / 3600
    return parts, letter, -magnitude if negative else magnitude


def expected_lon(lon: float) -> float:
    """The model's longitude after the one normalisation: -180 is written 180."""
    return 180.0 if lon == -180.0 else lon


@given(lat=signed_decimals(90), lon=signed_decimals(180))
@example(lat=("90", 90.0), lon=("-180", -180.0))
def test_signed_decimals_agree_with_model(lat: tuple[str, float], lon: tuple[str, float]) -> None:
    """Any in-range signed decimal pair reads back as the numbers written."""
    value, diagnostics = coordinates_from_coord([lat[0], lon[0]], {})
    assert_point((lat[1], expected_lon(lon[1])), value)
    assert_codes([], diagnostics)


@given(coordinates())
@example(Coordinates(lat=-90.0, lon=180.0, region="KZ-ULY", display="inline,title"))
def test_kit_coordinates_read_back_exactly(c: Coordinates) -> None:
    """Every value of infobox.strategies.coordinates(), written as decimals, is read back equal.

    Region and display included: the whole value, not a point within a tolerance.
    """
    region = [f"region:{c.region}_type:city"] if c.region is not None else []
    named = {"display": c.display} if c.display is not None else {}
    assert (c, ()) == coordinates_from_coord([f"{c.lat:.6f}", f"{c.lon:.6f}", *region], named)


LAT_LETTERS = ("N", "S", "n", "s")
LON_LETTERS = ("E", "W", "e", "w")


@given(
    lat=letter_axes(90, ("N", "S"), LAT_LETTERS),
    lon=letter_axes(180, ("E", "W"), LON_LETTERS),
    region=st.none() | st.sampled_from(["KZ", "US-NY", "GB"]),
)
def test_letter_forms_agree_with_model(
    lat: tuple[list[str], str, float],
    lon: tuple[list[str], str, float],
    region: str | None,
) -> None:
    """Any D, D/M or D/M/S pair with letters reads as sign x (d + m/60 + s/3600), or is too big."""
    positional = [*lat[0], lat[1], *lon[0], lon[1]]
    if region is not None:
        positional.append(f"type:city_region:{region}_dim:1000")
    value, diagnostics = coordinates_from_coord(positional, {})
    if abs(lat[2]) > 90 or abs(lon[2]) > 180:
        assert value is None
        assert {"coordinates.out-of-range"} == set(codes(diagnostics))
    else:
        assert_point((lat[2], expected_lon(lon[2])), value)
        assert value is not None
        assert (region, ()) == (value.region, diagnostics)


LEGACY_KEYS = (
    (("latd", "latm", "lats", "latNS"), ("longd", "longm", "longs", "longEW")),
    (("lat_deg", "lat_min", "lat_sec", "lat_dir"), ("lon_deg", "lon_min", "lon_sec", "lon_dir")),
)


@given(
    family=st.sampled_from(LEGACY_KEYS),
    lat=letter_axes(90, ("N", "S"), (*LAT_LETTERS, "С", "Ю", "с", "ю", "")),
    lon=letter_axes(180, ("E", "W"), (*LON_LETTERS, "В", "З", "в", "з", "")),
)
def test_legacy_agrees_with_model(
    family: tuple[tuple[str, ...], tuple[str, ...]],
    lat: tuple[list[str], str, float],
    lon: tuple[list[str], str, float],
) -> None:
    """Any legacy D/M/S value with a letter (Latin, Russian or none) agrees with the model."""
    values: dict[str, str] = {}
    for keys, (parts, letter, _) in zip(family, (lat, lon), strict=True):
        values.update(zip(keys[:3], parts, strict=False))
        values[keys[3]] = letter
    value, diagnostics = coordinates_from_legacy(values)
    assumed = ["coordinates.hemisphere-assumed"] * [lat[1], lon[1]].count("")
    if abs(lat[2]) > 90 or abs(lon[2]) > 180:
        assert value is None
        assert "coordinates.out-of-range" in codes(diagnostics)
    else:
        assert_point((lat[2], expected_lon(lon[2])), value)
        assert_codes(assumed, diagnostics)


TOKENS = st.sampled_from(
    [
        "",
        "0",
        "-0",
        "\u22120",
        "1",
        "59.999",
        "60",
        "90",
        "90.0000001",
        "180",
        "-180",
        ".5",
        "5.",
        "+",
        "-",
        ".",
        "1e5",
        "nan",
        "inf",
        "N",
        "S",
        "E",
        "W",
        "n",
        "w",
        "С",
        "Ю",
        "В",
        "З",
        "region:KZ",
        "region:",
        "_:_",
        "\u0661",
        " 1 ",
    ]
)
TEXT = TOKENS | st.text()


def check_result(value: Coordinates | None, diagnostics: tuple[Diagnostic, ...]) -> None:
    """A value comes with at most info diagnostics; no value comes with a warning or error."""
    assert value is None or isinstance(value, Coordinates)
    assert all(d.code in CATALOGUE for d in diagnostics)
    assert all(d.message for d in diagnostics)
    serious = [d for d in diagnostics if d.severity != "info"]
    assert (value is None) == bool(serious)


@given(
    positional=st.lists(TEXT, max_size=12),
    named=st.dictionaries(st.sampled_from(["display", "format", "name"]) | st.text(), TEXT),
)
def test_coord_never_raises(positional: list[str], named: dict[str, str]) -> None:
    """Any strings in any position give a value or a diagnostic, never an exception."""
    value, diagnostics = coordinates_from_coord(positional, named)
    check_result(value, diagnostics)
    assert (value is None) == bool(diagnostics)


LEGACY_NAMES = [key for family in LEGACY_KEYS for axis in family for key in axis] + [
    "latitude",
    "longitude",
    "coordinates_region",
    "coordinates_display",
]


@given(values=st.dictionaries(st.sampled_from(LEGACY_NAMES) | st.text(), TEXT))
def test_legacy_never_raises(values: Mapping[str, str]) -> None:
    """Any strings under any keys give a value, a diagnostic or nothing, never an exception."""
    value, diagnostics = coordinates_from_legacy(values)
    if value is None and not diagnostics:
        assert not any(values.get(key, "").strip() for key in LEGACY_NAMES[:-2])
    else:
        check_result(value, diagnostics)
