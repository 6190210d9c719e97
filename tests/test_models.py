"""The data model: validation, hashing and the JSON view."""

from __future__ import annotations

import json

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from infobox import (
    Area,
    Citation,
    Coordinates,
    Diagnostic,
    Establishment,
    FrozenMap,
    InfoboxError,
    ModelDataError,
    Param,
    PartialDate,
    Population,
    Settlement,
    Subdivision,
    from_dict,
    to_dict,
)
from infobox.strategies import partial_dates, settlements

text = st.text(max_size=20)
optional_text = st.none() | text
diagnostics = st.builds(
    Diagnostic, code=text, severity=st.sampled_from(["error", "warning", "info"]), message=text
)


@st.composite
def arbitrary_settlements(draw: st.DrawFn) -> Settlement:
    """Settlements whose text attributes hold any text at all (no parser would give them)."""
    return Settlement(
        template=draw(text),
        name=draw(optional_text),
        other_names=draw(st.lists(text, max_size=3)),
        coordinates=draw(
            st.none()
            | st.builds(
                Coordinates,
                lat=st.floats(-90, 90),
                lon=st.floats(-180, 180),
                region=optional_text,
                display=optional_text,
            )
        ),
        elevation_m=draw(st.none() | st.floats(-500, 9000)),
        area=Area(total_km2=draw(st.none() | st.floats(0, 1e6))),
        population=Population(
            total=draw(st.none() | st.integers(0, 10**9)),
            as_of=draw(st.none() | partial_dates()),
            density_km2=draw(st.none() | st.floats(0, 1e5)),
            density_computed=draw(st.booleans()),
        ),
        subdivisions=draw(
            st.lists(
                st.builds(
                    Subdivision, index=st.integers(0, 9), type=optional_text, name=optional_text
                ),
                max_size=3,
            )
        ),
        established=draw(
            st.lists(
                st.builds(
                    Establishment,
                    index=st.integers(0, 9),
                    title=optional_text,
                    date=st.none() | partial_dates(),
                    note=optional_text,
                ),
                max_size=3,
            )
        ),
        citations=draw(
            st.lists(
                st.builds(
                    Citation,
                    param=text,
                    url=optional_text,
                    fields=st.dictionaries(text, text, max_size=3),
                ),
                max_size=2,
            )
        ),
        params=draw(
            st.dictionaries(
                text,
                st.builds(
                    Param,
                    name=text,
                    raw=text,
                    text=text,
                    start=st.integers(0, 100),
                    end=st.integers(0, 100),
                ),
                max_size=3,
            )
        ),
        diagnostics=draw(st.lists(diagnostics, max_size=2)),
    )


@st.composite
def with_params_and_diagnostics(draw: st.DrawFn) -> Settlement:
    """infobox.strategies.settlements() (every typed attribute) with params and diagnostics."""
    settlement = draw(settlements())
    params = draw(st.lists(st.builds(Param, name=text, raw=text, text=text), max_size=3))
    return attrs.evolve(
        settlement,
        params={p.name: p for p in params},
        diagnostics=draw(st.lists(diagnostics, max_size=2)),
    )


every_settlement = arbitrary_settlements() | with_params_and_diagnostics()


@given(every_settlement)
def test_json_view_round_trips(settlement: Settlement) -> None:
    """from_dict(type(x), to_dict(x)) == x, through real JSON text."""
    data = json.loads(json.dumps(to_dict(settlement)))
    assert settlement == from_dict(Settlement, data)


@given(every_settlement)
def test_models_hash_and_compare(settlement: Settlement) -> None:
    """Parsed values can be hashed and equal values hash equally."""
    copy = from_dict(Settlement, to_dict(settlement))
    assert hash(settlement) == hash(copy)


BAD_DATA: list[tuple[str, type[object], object, str, str]] = [
    ("not-a-dict", Settlement, "x", "", "expected an object (Settlement), got str 'x'"),
    ("null", Settlement, None, "", "expected an object (Settlement), got null"),
    ("list", Settlement, [], "", "expected an object (Settlement), got list []"),
    ("missing", Settlement, {}, "template", "required field missing"),
    ("int-for-str", Settlement, {"template": 5}, "template", "expected a string, got int 5"),
    (
        "str-for-int",
        Settlement,
        {"template": "t", "population": {"total": "89,079"}},
        "population.total",
        "expected an int, got str '89,079'",
    ),
    ("float-for-int", Establishment, {"index": 3.7}, "index", "expected an int, got float 3.7"),
    ("bool-for-int", Establishment, {"index": True}, "index", "expected an int, got bool True"),
    (
        "bool-for-float",
        Settlement,
        {"template": "t", "elevation_m": False},
        "elevation_m",
        "expected a number, got bool False",
    ),
    (
        "int-for-bool",
        Population,
        {"density_computed": 1},
        "density_computed",
        "expected true or false, got int 1",
    ),
    (
        "str-for-list",
        Settlement,
        {"template": "t", "native_names": "abc"},
        "native_names",
        "expected a list, got str 'abc'",
    ),
    (
        "bad-date",
        Settlement,
        {"template": "t", "established": [{"index": 0, "date": "20 May 1954"}]},
        "established[0].date",
        "not a YYYY, YYYY-MM, YYYY-MM-DD, YYYX or YYXX date: '20 May 1954'",
    ),
    (
        "impossible-date",
        Establishment,
        {"index": 0, "date": "1954-13"},
        "date",
        "month must be in 1..12, got 13",
    ),
    (
        "int-for-date",
        Establishment,
        {"index": 0, "date": 1954},
        "date",
        "expected a string, got int 1954",
    ),
    (
        "validator",
        Settlement,
        {"template": "t", "coordinates": {"lat": 100, "lon": 0}},
        "coordinates",
        "latitude must be in [-90, 90], got 100.0",
    ),
    (
        "mapping-value",
        Citation,
        {"param": "p", "fields": {"url": 1}},
        "fields['url']",
        "expected a string, got int 1",
    ),
    (
        "unknown-field",
        Settlement,
        {"template": "t", "populaton": {}},
        "",
        "unknown fields: populaton",
    ),
]


@pytest.mark.parametrize(
    ("model", "data", "path", "message"),
    [case[1:] for case in BAD_DATA],
    ids=[case[0] for case in BAD_DATA],
)
def test_from_dict_refuses_bad_data_naming_the_path(
    model: type[object], data: object, path: str, message: str
) -> None:
    """Bad data raises ModelDataError with (path, message), never a value read otherwise."""
    with pytest.raises(ModelDataError) as info:
        from_dict(model, data)
    error = info.value
    assert isinstance(error, InfoboxError)
    assert isinstance(error, ValueError)
    assert ((path, message),) == error.errors
    assert model.__name__ == error.model
    assert error.__cause__ is not None
    assert f"cannot build {model.__name__}: " + (f"{path}: " if path else "") + message == str(
        error
    )


def test_from_dict_reports_every_problem() -> None:
    """Each bad field is one (path, message) pair, in the model's field order."""
    data = {"template": "t", "population": {"total": "x", "urban": -0.5}, "native_names": [1]}
    with pytest.raises(ModelDataError) as info:
        from_dict(Settlement, data)
    assert [
        ("native_names[0]", "expected a string, got int 1"),
        ("population.total", "expected an int, got str 'x'"),
        ("population.urban", "expected an int, got float -0.5"),
    ] == sorted(info.value.errors)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=10,
)


@st.composite
def damaged_views(draw: st.DrawFn) -> object:
    """A settlement's JSON view with one value, anywhere in it, replaced by any JSON."""
    data = to_dict(draw(every_settlement))
    node = data
    while isinstance(node, dict | list) and node:
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        key = draw(st.sampled_from(keys))
        if not isinstance(node[key], dict | list) or not node[key] or draw(st.booleans()):
            node[key] = draw(JSON)
            break
        node = node[key]
    return data


@given(JSON | damaged_views())
def test_from_dict_gives_a_model_or_model_data_error(data: object) -> None:
    """Any JSON value gives a Settlement or ModelDataError, never another exception."""
    problems: tuple[tuple[str, str], ...] | None = None
    try:
        settlement = from_dict(Settlement, data)
    except ModelDataError as error:
        problems = error.errors
    if problems is None:
        assert isinstance(settlement, Settlement)
    else:
        assert all(message for _, message in problems)
        assert problems


def test_from_dict_reads_fixed_length_tuples_item_by_item() -> None:
    """tuple[str, float] takes a list of exactly a string and a number."""
    assert ("a", 1.0) == from_dict(tuple[str, float], ["a", 1])
    with pytest.raises(ModelDataError) as info:
        from_dict(tuple[str, float], ["a"])
    assert (("", "expected a list of 2 items, got 1"),) == info.value.errors


def test_from_dict_accepts_an_int_for_a_float() -> None:
    """JSON writes 47.0 as 47 in some tools: an int is a valid float value."""
    assert 47.0 == from_dict(Settlement, {"template": "t", "elevation_m": 47}).elevation_m


@given(partial_dates())
def test_partial_date_iso_round_trips(date: PartialDate) -> None:
    """str() of a PartialDate reads back to the same date."""
    assert date == PartialDate.fromisoformat(str(date))


def test_json_view_conventions() -> None:
    """Dates are ISO strings, missing values None, mappings dicts, tuples lists."""
    settlement = Settlement(
        template="Infobox settlement",
        population=Population(total=89079, as_of=PartialDate(2023)),
        citations=[Citation(param="leader_name", fields={"url": "u"})],
    )
    data = to_dict(settlement)
    assert "2023" == data["population"]["as_of"]
    assert data["name"] is None
    assert [] == data["subdivisions"]
    assert {"url": "u"} == data["citations"][0]["fields"]
    assert {} == data["params"]


@pytest.mark.parametrize(
    ("year", "month", "day"),
    [(2023, 2, 29), (2023, 13, None), (0, None, None), (2023, None, 5), (1900, 2, 29)],
)
def test_partial_date_rejects_dates_that_do_not_exist(
    year: int, month: int | None, day: int | None
) -> None:
    """A PartialDate cannot hold a day or month that does not exist."""
    with pytest.raises(ValueError, match=r"year|month|day"):
        PartialDate(year, month, day)


def test_partial_date_accepts_leap_days_and_bce_years() -> None:
    """29 February exists in leap years, also BCE ones; BCE years print with a sign."""
    assert "2024-02-29" == str(PartialDate(2024, 2, 29))
    assert "-0753" == str(PartialDate(-753))


@pytest.mark.parametrize(("lat", "lon"), [(90.5, 0), (-91, 0), (0, 180.1), (0, -181)])
def test_coordinates_reject_out_of_range(lat: float, lon: float) -> None:
    """Coordinates validate their ranges."""
    with pytest.raises(ValueError, match="itude must be"):
        Coordinates(lat=lat, lon=lon)


def test_frozen_map_is_read_only_and_ordered() -> None:
    """FrozenMap keeps insertion order, compares with dicts and cannot be changed."""
    frozen = FrozenMap([("b", 1), ("a", 2)])
    assert ["b", "a"] == list(frozen)
    assert frozen == {"a": 2, "b": 1}
    assert frozen != {"a": 2}
    with pytest.raises(TypeError):
        frozen["c"] = 3  # type: ignore[index]


@pytest.mark.parametrize(
    ("date", "text"),
    [
        (PartialDate(1890, span="decade"), "189X"),
        (PartialDate(1, span="decade"), "000X"),
        (PartialDate(1800, span="century"), "18XX"),
        (PartialDate(-400, span="century"), "-04XX"),
        (PartialDate(1800, span="century", qualifier="early"), "early 18XX"),
        (PartialDate(1200, approximate=True), "1200~"),
        (PartialDate(1954, 12, 20, approximate=True), "1954-12-20~"),
        (PartialDate(1890, span="decade", qualifier="late", approximate=True), "late 189X~"),
    ],
)
def test_partial_date_extended_forms(date: PartialDate, text: str) -> None:
    """Spans are EDTF 189X/18XX, approximation EDTF '~', the qualifier a word before them."""
    assert text == str(date)
    assert date == PartialDate.fromisoformat(text)
    assert text == to_dict(Population(as_of=date))["as_of"]
    assert date == from_dict(Population, {"as_of": text}).as_of


def test_partial_date_reads_edtf_uncertain_as_approximate() -> None:
    """EDTF's '?' (uncertain) reads as approximate; str() writes '~'."""
    assert PartialDate(1890, approximate=True) == PartialDate.fromisoformat("1890?")


@pytest.mark.parametrize(
    "kwargs",
    [
        {"year": 1895, "span": "decade"},
        {"year": 1850, "span": "century"},
        {"year": 1800, "month": 3, "span": "century"},
        {"year": 1800, "span": "millennium"},
        {"year": 1890, "qualifier": "early"},
        {"year": 1890, "span": "decade", "qualifier": "start"},
        {"year": 1890, "approximate": 1},
    ],
)
def test_partial_date_rejects_bad_spans(kwargs: dict[str, object]) -> None:
    """A span starts at its first year and has no month; a qualifier needs a span."""
    with pytest.raises((ValueError, TypeError)):
        PartialDate(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["18X", "1XXX", "early 1890", "189X~~", "mid-18XX", "18XX early"])
def test_partial_date_fromisoformat_rejects_other_text(text: str) -> None:
    """Only what str() writes (and EDTF '?') is read."""
    with pytest.raises(ValueError, match="not a"):
        PartialDate.fromisoformat(text)


def test_partial_date_spans_sort_by_their_first_year() -> None:
    """A BC century sorts at its earliest year; a decade before the years inside it."""
    dates = [PartialDate(-450), PartialDate(-400, span="century"), PartialDate(1890, span="decade")]
    assert [dates[1], dates[0], dates[2]] == sorted(dates, key=PartialDate.sort_key)
    assert PartialDate(1890, span="decade").sort_key() <= PartialDate(1891).sort_key()


def test_partial_date_repr_shows_only_what_is_set() -> None:
    """The repr of a plain date is unchanged; new fields show when set."""
    assert "PartialDate(year=1954, month=12, day=20)" == repr(PartialDate(1954, 12, 20))
    assert "PartialDate(year=1200, month=None, day=None, approximate=True)" == repr(
        PartialDate(1200, approximate=True)
    )
