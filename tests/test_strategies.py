"""The strategies of infobox.strategies give valid values, and Hypothesis finds them by type."""

from __future__ import annotations

import inspect
import json
import re
import subprocess
import sys
import unicodedata
from typing import Any

import attrs
import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument, NoSuchExample

from infobox import (
    Area,
    Citation,
    Coordinates,
    Establishment,
    Image,
    Leader,
    PartialDate,
    Population,
    Settlement,
    Subdivision,
    Timezone,
    from_dict,
    to_dict,
)
from infobox import strategies as ibst
from infobox._hypothesis import _STRATEGIES
from infobox.names import SETTLEMENT_TEMPLATES
from infobox.text import plain
from infobox.values.timezones import offset_from_zone_name, parse_utc_offset

#: Characters no generated name holds: wiki markup, and what a reader's text changes.
MARKUP = set("{}[]|<>=&~_:;#*\n\t\r") | set("0123456789")
OFFSET = re.compile(r"^[+-](\d\d):(00|15|30|45)$")
IMAGE_ORDER = [
    "image_skyline",
    "image",
    "image_flag",
    "image_seal",
    "image_shield",
    "image_blank_emblem",
    "image_map",
    "image_map1",
    "image_dot_map",
]
NO_CAPTION = {"image_flag", "image_seal", "image_shield", "image_blank_emblem"}
NO_ALT = {"image_dot_map"}


def check_name(name: str) -> None:
    """A generated name is plain text that reads back as itself."""
    assert name
    assert not MARKUP & set(name), name
    assert "''" not in name
    assert " ".join(name.split()) == name
    assert name.strip("'-. ") == name.rstrip(".")
    assert plain(name) == name


def check_offset(offset: str | None) -> None:
    if offset is None:
        return
    match = OFFSET.match(offset)
    assert match is not None, offset
    minutes = (int(match[1]) * 60 + int(match[2])) * (-1 if offset[0] == "-" else 1)
    assert -12 * 60 <= minutes <= 14 * 60
    assert (offset, ()) == parse_utc_offset(offset)
    assert offset != "-00:00"


def check_settlement(s: Settlement) -> None:
    """What every generated settlement satisfies."""
    attrs.validate(s)
    assert s.template in SETTLEMENT_TEMPLATES
    assert (dict(s.params), s.diagnostics) == ({}, ())
    for text in (
        s.name,
        s.official_name,
        s.settlement_type,
        s.nickname,
        s.motto,
        s.etymology,
        s.government_type,
        s.postal_code_type,
        s.area_code_type,
        s.population.rank,
        s.population.demonym,
        *s.other_names,
        *s.native_names,
    ):
        if text is not None:
            check_name(text)
    if s.coordinates is not None:
        check_coordinates(s.coordinates)
    check_area(s.area)
    p = s.population
    for count in (p.total, p.urban, p.metro):
        assert count is None or count >= 0
    if p.density_computed:
        assert p.total is not None
        assert s.area.total_km2
        assert p.total / s.area.total_km2 == p.density_km2
    check_numbered(s.subdivisions, s.established, s.leaders)
    for zone in s.timezones:
        check_timezone(zone)
    check_images(s.images)
    check_citations(s.citations)


def check_coordinates(c: Coordinates) -> None:
    assert -90 <= c.lat <= 90
    assert -180 < c.lon <= 180
    assert round(c.lat, 6) == c.lat
    assert round(c.lon, 6) == c.lon
    assert c.region is None or re.fullmatch(r"[A-Z]{2}(-[A-Z0-9]{1,3})?", c.region)


def check_area(a: Area) -> None:
    values = (a.total_km2, a.land_km2, a.water_km2, a.urban_km2, a.metro_km2)
    assert all(v is None or (v >= 0 and round(v, 3) == v) for v in values)
    for part in (a.land_km2, a.water_km2):
        assert part is None or a.total_km2 is None or part <= a.total_km2


def check_timezone(z: Timezone) -> None:
    assert any(v is not None for v in (z.name, z.utc_offset, z.dst_name, z.dst_utc_offset))
    check_offset(z.utc_offset)
    check_offset(z.dst_utc_offset)
    # An offset left out is one the zone's name does not state (the parser would read it).
    if z.utc_offset is None and z.name is not None:
        assert offset_from_zone_name(z.name) is None
    if z.dst_utc_offset is None and z.dst_name is not None:
        assert offset_from_zone_name(z.dst_name) is None


def check_numbered(
    subs: tuple[Subdivision, ...], events: tuple[Establishment, ...], offices: tuple[Leader, ...]
) -> None:
    for found in (subs, events, offices):
        assert [x.index for x in found] == list(range(len(found)))
    assert all(s.type is not None or s.name is not None for s in subs)
    assert all(e.title is not None or e.date is not None for e in events)
    assert all(e.note is None or e.date is not None for e in events)
    assert all(o.title is not None or o.name is not None for o in offices)
    for name in [n for o in offices if o.name for n in o.name.split("; ")]:
        check_name(name)


def check_images(images: tuple[Image, ...]) -> None:
    params = [i.param for i in images]
    assert params == sorted(set(params), key=IMAGE_ORDER.index)
    assert not {"image", "image_skyline"} <= set(params)
    for i in images:
        assert re.search(r"\.(jpg|png|svg|JPG|jpeg|gif|tif)$", i.file)
        assert i.param not in NO_CAPTION or i.caption is None
        assert i.param not in NO_ALT or i.alt is None


def check_citations(citations: tuple[Citation, ...]) -> None:
    params = [c.param for c in citations]
    assert params == sorted(params, key=params.index), "one parameter's citations together"
    for c in citations:
        if c.author is not None:  # a short citation: {{sfn}} or {{harvnb}}
            assert c.template in ("sfn", "sfnp", "harvnb", "harvp")
            assert (c.year is not None, c.url, c.title) == (True, None, None)
            assert c.name is None or c.template.startswith("harv")
        elif c.template is not None:
            assert c.template == "Cite web"
            assert c.url is not None
            assert c.title is not None
            fields = {"url": c.url, "title": c.title} | ({"date": c.date} if c.date else {})
            assert fields.items() <= dict(c.fields).items()
        else:
            assert (c.date, dict(c.fields)) == (None, {})
        assert c.url is None or re.match(r"https?://", c.url)


# -- the value strategies -------------------------------------------------------------------


@given(ibst.names())
def test_names_are_plain_text(name: str) -> None:
    """Names hold no markup and read back as themselves."""
    check_name(name)


@pytest.mark.parametrize(
    "script",
    [
        "LATIN",
        "CYRILLIC",
        "GREEK",
        "ARABIC",
        "HEBREW",
        "DEVANAGARI",
        "BENGALI",
        "GEORGIAN",
        "ARMENIAN",
        "CJK",
        "HIRAGANA",
        "KATAKANA",
        "HANGUL",
    ],
)
def test_names_come_in_many_scripts(script: str) -> None:
    """Each script is among the names."""
    name = find(ibst.names(), lambda n: unicodedata.name(n[0]).startswith(script))
    check_name(name)


def test_names_have_diacritics_and_kazakh_letters() -> None:
    """Latin names have diacritics and Cyrillic ones the Kazakh letters."""
    assert set("çğş") & set(find(ibst.names(), lambda n: bool(set("çğş") & set(n.lower()))))
    assert set("әғқңөұүһі") & set(find(ibst.names(), lambda n: bool(set("әғқ") & set(n))))


@given(ibst.names(max_words=1))
def test_names_of_one_word(name: str) -> None:
    """max_words=1 gives names without spaces."""
    assert " " not in name


def test_names_need_a_word() -> None:
    """max_words below 1 is an invalid argument."""
    with pytest.raises(InvalidArgument):
        ibst.names(max_words=0)


@given(ibst.coordinates())
def test_coordinates_are_in_range(c: Coordinates) -> None:
    """Latitude in [-90, 90], longitude in (-180, 180], at most 6 decimals."""
    check_coordinates(c)


@given(ibst.partial_dates())
def test_partial_dates_exist(d: PartialDate) -> None:
    """Dates are valid PartialDates in -9999..9999 and read back from their ISO form."""
    assert d == PartialDate(
        d.year, d.month, d.day, span=d.span, qualifier=d.qualifier, approximate=d.approximate
    )
    assert PartialDate.fromisoformat(str(d)) == d


@given(ibst.partial_dates(min_year=-3, max_year=3))
def test_partial_dates_respect_the_years(d: PartialDate) -> None:
    """The years stay in the range asked for, never 0."""
    assert d.year in (-3, -2, -1, 1, 2, 3)


@pytest.mark.parametrize(("low", "high"), [(0, 0), (5, 1), (-10000, 5), (1, 10000)])
def test_partial_dates_reject_impossible_years(low: int, high: int) -> None:
    """Ranges with no valid year are invalid arguments."""
    with pytest.raises(InvalidArgument):
        ibst.partial_dates(min_year=low, max_year=high)


def test_partial_dates_reach_leap_days_and_bce() -> None:
    """29 February and BCE years are generated, and 29 February only in leap years.

    One year at a time, so that a search finds the day reliably (over all years a
    leap day is about one date in 4,000, and ``find`` stops at 2,000 by default).
    """
    enough = settings(max_examples=20_000, database=None)
    for year, leap in ((2024, True), (-4, True), (1900, False), (-101, False)):
        dates = ibst.partial_dates(min_year=year, max_year=year)
        if leap:
            assert find(dates, lambda d: (d.month, d.day) == (2, 29), settings=enough).year == year
        else:
            with pytest.raises(NoSuchExample):
                find(dates, lambda d: (d.month, d.day) == (2, 29), settings=enough)
    assert find(ibst.partial_dates(), lambda d: d.year < 0).year < 0


@given(ibst.utc_offsets())
def test_utc_offsets_exist(offset: str) -> None:
    """Offsets are +HH:MM/-HH:MM in -12:00..+14:00, in quarter hours, as the parser writes."""
    check_offset(offset)


def test_utc_offsets_include_the_odd_ones() -> None:
    """Half and quarter hours that real zones use are there, and the extremes."""
    for offset in ("+05:45", "-09:30", "+12:45", "-12:00", "+14:00", "+00:00"):
        assert offset == find(ibst.utc_offsets(), lambda o, x=offset: o == x)  # type: ignore[misc]


@given(ibst.timezone())
def test_timezone_is_valid(z: Timezone) -> None:
    """A time zone has something set; no offset is left out that its name states."""
    check_timezone(z)


@given(ibst.timezones())
def test_timezones_are_few_and_valid(zones: tuple[Timezone, ...]) -> None:
    """A settlement's time zones are each valid."""
    assert len(zones) <= 3
    for zone in zones:
        check_timezone(zone)


@given(ibst.areas())
def test_areas_are_non_negative(a: Area) -> None:
    """Areas are >= 0 with at most 3 decimals; land and water are at most the total."""
    check_area(a)


@given(ibst.populations())
def test_populations_are_valid(p: Population) -> None:
    """Counts are >= 0; the density is never marked computed."""
    assert all(n is None or n >= 0 for n in (p.total, p.urban, p.metro))
    assert p.density_km2 is None or p.density_km2 >= 0
    assert not p.density_computed


@given(ibst.subdivisions(), ibst.establishments(), ibst.leaders())
def test_numbered_families(
    subs: tuple[Subdivision, ...], events: tuple[Establishment, ...], offices: tuple[Leader, ...]
) -> None:
    """Subdivisions, events and offices are numbered 0, 1, 2 … and hold something."""
    check_numbered(subs, events, offices)


@given(st.integers(0, 30).flatmap(lambda i: st.tuples(st.just(i), ibst.subdivision(i))))
def test_subdivision_takes_its_index(pair: tuple[int, Subdivision]) -> None:
    """subdivision(i) has index i."""
    index, sub = pair
    assert index == sub.index


@given(ibst.images())
def test_images_follow_the_parser(images: tuple[Image, ...]) -> None:
    """Images are in the parser's order, once each, with captions only where possible."""
    check_images(images)


def test_image_rejects_an_unknown_parameter() -> None:
    """image() takes only the parser's image parameters."""
    with pytest.raises(InvalidArgument):
        ibst.image("image_nope")


@given(ibst.citations())
def test_citations_are_grouped_and_consistent(citations: tuple[Citation, ...]) -> None:
    """Citations of one parameter are together; url, title and date agree with fields."""
    check_citations(citations)


@given(ibst.settlements())
def test_settlements_are_valid(s: Settlement) -> None:
    """Generated settlements pass the models' validators and every range above."""
    check_settlement(s)


@given(ibst.settlements())
def test_settlements_round_trip_through_json(s: Settlement) -> None:
    """from_dict(Settlement, to_dict(s)) == s, through real JSON text."""
    assert s == from_dict(Settlement, json.loads(json.dumps(to_dict(s))))


# -- registration and the public face --------------------------------------------------------


@given(st.from_type(Settlement))
def test_from_type_gives_valid_settlements(s: Settlement) -> None:
    """st.from_type(Settlement) uses the registered strategy (this test uses nothing else)."""
    check_settlement(s)


def test_from_type_works_without_importing_the_module() -> None:
    """The entry point registers the strategies: no import of infobox.strategies is needed."""
    code = (
        "import sys\n"
        "from hypothesis import find, strategies as st\n"
        "from infobox import Settlement\n"
        "assert 'infobox.strategies' not in sys.modules\n"
        "s = find(st.from_type(Settlement), lambda s: s.population.total is not None)\n"
        "print(type(s).__name__, s.population.total >= 0, s.params == {})\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=300
    )
    assert (done.returncode, done.stdout.strip()) == (0, "Settlement True True"), done.stderr


MODELS: dict[str, type[attrs.AttrsInstance]] = {
    "Area": Area,
    "Citation": Citation,
    "Coordinates": Coordinates,
    "Establishment": Establishment,
    "Image": Image,
    "Leader": Leader,
    "PartialDate": PartialDate,
    "Population": Population,
    "Settlement": Settlement,
    "Subdivision": Subdivision,
    "Timezone": Timezone,
}


def test_every_value_class_is_registered() -> None:
    """Each model a Settlement holds has a registered strategy that exists."""
    assert set(MODELS) == set(_STRATEGIES)
    assert set(_STRATEGIES.values()) <= set(ibst.__all__)


@given(
    st.sampled_from(sorted(MODELS)).flatmap(
        lambda n: st.tuples(st.just(n), st.from_type(MODELS[n]))
    )
)
def test_from_type_gives_each_class(pair: tuple[str, Any]) -> None:
    """st.from_type(cls) gives instances of cls for every registered class."""
    name, value = pair
    assert isinstance(value, MODELS[name])
    attrs.validate(value)


@attrs.frozen
class Holder:
    settlement: Settlement
    where: Coordinates
    when: PartialDate


attrs.resolve_types(Holder)  # the annotations are strings here (PEP 563)


@given(st.builds(Holder))
def test_builds_uses_the_registered_strategies(holder: Holder) -> None:
    """st.builds fills Settlement, Coordinates and PartialDate fields from the registry."""
    check_settlement(holder.settlement)
    check_coordinates(holder.where)


def test_all_is_sorted_and_documented() -> None:
    """__all__ is sorted, lists the public strategies, each with a runnable example."""
    public = {
        name
        for name, value in vars(ibst).items()
        if not name.startswith("_")
        and inspect.isfunction(value)
        and value.__module__ == ibst.__name__
    }
    assert sorted(ibst.__all__) == ibst.__all__
    assert public == set(ibst.__all__)
    assert [] == [n for n in ibst.__all__ if ">>>" not in (inspect.getdoc(getattr(ibst, n)) or "")]


def test_import_without_hypothesis_says_how_to_install_it() -> None:
    """Without Hypothesis, importing infobox.strategies raises a clear ImportError."""
    code = (
        "import sys\n"
        "sys.modules['hypothesis'] = None\n"
        "try:\n"
        "    import infobox.strategies\n"
        "except ImportError as error:\n"
        "    print(error)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert 0 == done.returncode, done.stderr
    assert "pip install 'infobox[hypothesis]'" in done.stdout
    assert "infobox.strategies needs Hypothesis" in done.stdout
