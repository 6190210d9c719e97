"""How the result models show themselves: short reprs, full reprs and notebook tables."""

from __future__ import annotations

import math
import pickle
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import infobox.models
from infobox import (
    Alternative,
    Area,
    Article,
    Claim,
    Coordinates,
    Diagnostic,
    Establishment,
    Fact,
    Page,
    Param,
    Population,
    Profile,
    Section,
    Settlement,
    Subdivision,
    from_dict,
    parse_article,
    parse_page,
    reconcile,
    to_dict,
)
from infobox.display import HTML_ROWS, REPR_LIMIT, full_repr, html_table, short_repr
from infobox.strategies import partial_dates

ZHEZKAZGAN = Path(__file__).resolve().parent.parent / "fixtures" / "zhezkazgan"

# Text of any length and any characters: quotes, backslashes, new lines, markup.
texts = st.text(max_size=300) | st.sampled_from(["<script>alert(1)</script>", "a\nb", "'\"\\"])
optional_texts = st.none() | texts
diagnostics = st.builds(
    Diagnostic, code=texts, severity=st.sampled_from(["error", "warning", "info"]), message=texts
)
coordinates = st.builds(
    Coordinates, lat=st.floats(-90, 90), lon=st.floats(-180, 180), region=optional_texts
)


@st.composite
def settlements(draw: st.DrawFn) -> Settlement:
    """Settlements whose texts hold anything; no parser would give most of them."""
    names = draw(st.lists(texts, max_size=4, unique=True))
    return Settlement(
        template=draw(texts),
        wiki=draw(optional_texts),
        name=draw(optional_texts),
        country=draw(optional_texts),
        country_code=draw(optional_texts),
        coordinates=draw(st.none() | coordinates),
        elevation_m=draw(st.none() | st.floats(-500, 9000)),
        area=Area(
            total_km2=draw(st.none() | st.floats(0, 1e6)),
            land_km2=draw(st.none() | st.floats(0, 1e6)),
        ),
        population=Population(
            total=draw(st.none() | st.integers(0, 10**30)),
            as_of=draw(st.none() | partial_dates()),
            density_km2=draw(st.none() | st.floats(0, 1e5)),
        ),
        subdivisions=draw(
            st.lists(st.builds(Subdivision, index=st.integers(0, 9), name=texts), max_size=8)
        ),
        established=draw(
            st.lists(
                st.builds(Establishment, index=st.integers(0, 9), title=optional_texts), max_size=3
            )
        ),
        website=draw(optional_texts),
        params={n: Param(name=n, raw="x", text="x", start=0, end=1) for n in names},
        diagnostics=draw(st.lists(diagnostics, max_size=8)),
    )


articles = st.builds(
    Article,
    title=optional_texts,
    lang=texts,
    sections=st.lists(st.builds(Section, title=optional_texts), max_size=3),
    facts=st.lists(st.builds(Fact, kind=texts, value=st.integers() | texts), max_size=3),
    diagnostics=st.lists(diagnostics, max_size=3),
)
pages = st.builds(
    Page,
    settlement=st.none() | settlements(),
    article=articles,
    categories=st.lists(texts, max_size=3),
    diagnostics=st.lists(diagnostics, max_size=3),
)
claim_values = st.integers(-(10**30), 10**30) | st.floats(allow_nan=False) | texts | coordinates
claims = st.builds(
    Claim,
    field=texts,
    value=claim_values,
    as_of=st.none() | partial_dates(),
    sources=st.lists(texts, max_size=8),
    alternatives=st.lists(
        st.builds(Alternative, value=claim_values, sources=st.lists(texts, max_size=3)),
        max_size=8,
    ),
    conflict=st.booleans(),
)
profiles = st.builds(
    Profile,
    name=optional_texts,
    claims=st.dictionaries(texts, claims, max_size=6),
    diagnostics=st.lists(diagnostics, max_size=3),
)
results = settlements() | articles | pages | profiles


@pytest.fixture(scope="module")
def page() -> Page:
    return parse_page((ZHEZKAZGAN / "en.wiki").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def profile(page: Page) -> Profile:
    lv = parse_article((ZHEZKAZGAN / "lv.txt").read_text(encoding="utf-8"))
    old = parse_article((ZHEZKAZGAN / "en-old.txt").read_text(encoding="utf-8"))
    return reconcile(("en.wiki", page), ("lv.txt", lv), ("en-old.txt", old))


# --- short reprs ------------------------------------------------------------------------


def test_settlement_repr_shows_name_template_key_values_and_counts(page: Page) -> None:
    """The Zhezkazgan infobox's repr is one short line with its wrong name, place and counts."""
    assert page.settlement is not None
    assert (
        "<Settlement name='Balkhash' template='Infobox settlement' coordinates=(47.7833, 67.7) "
        "population=89079 (2023) country='Kazakhstan' params=50 diagnostics=9>"
    ) == repr(page.settlement)


def test_article_and_page_reprs_summarise_their_parts(page: Page) -> None:
    """An Article counts sections, facts and diagnostics; a Page summarises both parts."""
    assert "<Article title='Jezkazgan' lang='en' sections=2 facts=6 diagnostics=3>" == repr(
        page.article
    )
    assert (
        "<Page settlement=(name='Balkhash', params=50, diagnostics=9) article=(title='Jezkazgan', "
        "lang='en', sections=2, facts=6, diagnostics=3) categories=1 diagnostics=1>"
    ) == repr(page)
    assert "<Page settlement=None article=(title=None, lang='und'," in repr(Page())


def test_profile_repr_names_the_conflicting_fields(profile: Profile) -> None:
    """A Profile's repr names its place, its conflicts and counts claims and sources."""
    assert (
        "<Profile name='Jezkazgan' conflicts=('name', 'founded') claims=16 sources=3 diagnostics=2>"
    ) == repr(profile)


def test_profile_repr_counts_conflicts_beyond_three() -> None:
    """At most three conflicting fields are named; the rest are counted."""
    claims = {f: Claim(field=f, value=1, conflict=True) for f in "abcde"}
    assert "conflicts=('a', 'b', 'c', +2) claims=5" in repr(Profile(claims=claims))


def test_a_huge_name_is_cut_with_an_ellipsis_and_the_counts_stay() -> None:
    """A 10 KB name is cut inside its quotes; the repr stays short and ends with the counts."""
    s = Settlement(template="t" * 10_000, name="x" * 10_000, country="y" * 10_000)
    text = repr(s)
    assert len(text) <= REPR_LIMIT
    assert "name='" + "x" * 30 in text
    assert "x…'" in text
    assert text.endswith(" params=0 diagnostics=0>")


def test_every_field_at_its_longest_still_fits_with_the_counts() -> None:
    """Every shown value at its longest overflows the limit: the values are cut, not the counts."""
    long = "\\" * 10_000  # a backslash doubles in a repr
    date = infobox.models.PartialDate(1800, span="century", qualifier="early", approximate=True)
    s = Settlement(
        template=long,
        name=long,
        country=long,
        coordinates=Coordinates(lat=-89.12345, lon=-179.12345),
        population=Population(total=2**64 - 1, as_of=date),
        params={str(i): Param(name=str(i), raw="", text="", start=0, end=0) for i in range(12345)},
    )
    a = Article(title=long, lang=long, facts=[Fact(kind="k", value=1)] * 12345)
    claims = {
        long + str(i): Claim(field="f", value=1, sources=(long,), conflict=True) for i in range(5)
    }
    results = [
        s,
        a,
        Page(settlement=s, article=a, categories=[long] * 12345),
        Profile(name=long, claims=claims),
    ]
    for obj, tail in zip(
        results,
        [
            " params=12345 diagnostics=0>",
            " sections=0 facts=12345 diagnostics=0>",
            " categories=12345 diagnostics=0>",
            " claims=5 sources=1 diagnostics=0>",
        ],
        strict=True,
    ):
        text = repr(obj)
        assert len(text) <= REPR_LIMIT
        assert text.endswith(tail)
        assert "…" in text


def test_a_huge_population_does_not_break_the_repr() -> None:
    """An integer too long for str() is described, not printed."""
    s = Settlement(template="t", population=Population(total=10**5000))
    assert "population=16610-bit integer" in repr(s)
    assert "16610-bit integer" in s._repr_html_()


@given(results)
def test_short_reprs_are_one_bounded_line_with_the_counts(obj: object) -> None:
    """Whatever the values, the repr is one line of at most REPR_LIMIT characters."""
    text = repr(obj)
    assert len(text) <= REPR_LIMIT
    assert "\n" not in text
    assert text.startswith(f"<{type(obj).__name__} ")
    assert text.endswith(">")
    if isinstance(obj, Settlement):
        assert text.endswith(f" params={len(obj.params)} diagnostics={len(obj.diagnostics)}>")
    if isinstance(obj, Profile):
        assert f" claims={len(obj.claims)} " in text


@given(settlements())
def test_a_name_that_fits_is_shown_whole(s: Settlement) -> None:
    """A name whose repr fits in 40 characters is shown as repr() writes it."""
    if s.name is not None and len(repr(s.name)) <= 40:
        assert f"<Settlement name={s.name!r} " in repr(s)


def test_short_repr_refuses_other_values() -> None:
    """short_repr is for the four result classes; anything else is a TypeError."""
    with pytest.raises(TypeError, match="got Coordinates"):
        short_repr(Coordinates(lat=0, lon=0))  # type: ignore[arg-type]


# --- the full repr ----------------------------------------------------------------------


def test_full_repr_is_what_attrs_wrote_before() -> None:
    """full_repr() is, character for character, the attrs repr these classes had."""
    page = parse_page(
        "{{Infobox settlement|name=A}}\n'''A''' is a town founded in 1938.\n[[Category:X]]"
    )
    before = (
        "Page(settlement=Settlement(template='Infobox settlement', wiki='en', name='A', "
        "official_name=None, other_names=(), native_names=(), native_name_lang=None, "
        "settlement_type=None, nickname=None, motto=None, etymology=None, coordinates=None, "
        "elevation_m=None, area=Area(total_km2=None, land_km2=None, water_km2=None, "
        "urban_km2=None, metro_km2=None), population=Population(total=None, urban=None, "
        "metro=None, as_of=None, estimate=None, estimate_as_of=None, density_km2=None, "
        "density_computed=False, rank=None, demonym=None), subdivisions=(), country=None, "
        "country_code=None, established=(), leaders=(), government_type=None, timezones=(), "
        "postal_code=None, postal_code_type=None, area_code=None, area_code_type=None, "
        "website=None, images=(), citations=(), params=FrozenMap({'name': Param(name='name', "
        "raw='A', text='A', links=(), start=26, end=27)}), diagnostics=()), "
        "article=Article(title='A', lang='en', sections=(Section(title=None, level=0, "
        "paragraphs=('A is a town founded in 1938.',), items=()),), facts=(Fact(kind='founded', "
        "value=1938, unit=None, qualifiers=FrozenMap({}), sentence='A is a town founded in "
        "1938.', start=59, end=63),), diagnostics=()), categories=('X',), diagnostics=())"
    )
    assert before == page.full_repr() == full_repr(page)


@given(results)
def test_full_repr_rebuilds_the_value(obj: Settlement | Article | Page | Profile) -> None:
    """eval() of the full repr, given the model classes, is an equal value."""
    namespace = {name: getattr(infobox.models, name) for name in infobox.models.__all__}
    namespace["inf"] = math.inf  # repr(math.inf) is "inf"; a claim's value may be infinite
    assert obj == eval(obj.full_repr(), namespace)  # our own repr, in a test


def test_full_repr_of_plain_values_is_repr() -> None:
    """Values that are not models, and a PartialDate, keep their own repr."""
    assert "{'a': (1,)}" == full_repr({"a": (1,)})
    assert "PartialDate(year=1938, month=None, day=None)" == full_repr(
        Establishment(index=0, date=infobox.models.PartialDate(1938)).date
    )


def test_the_four_result_classes_and_only_they_have_short_reprs() -> None:
    """Value classes keep attrs' repr; the results' attrs repr is only in full_repr."""
    assert "Coordinates(lat=1.0, lon=2.0, region=None, display=None)" == repr(
        Coordinates(lat=1, lon=2)
    )
    assert repr(Settlement(template="t")).startswith("<Settlement ")


@given(results)
def test_equality_hashing_pickling_and_the_json_view_are_unchanged(
    obj: Settlement | Article | Page | Profile,
) -> None:
    """The short repr changes nothing else: copies compare and hash equal, the JSON reads back."""
    copy = pickle.loads(pickle.dumps(obj))
    assert obj == copy
    assert hash(obj) == hash(copy)
    assert obj == from_dict(type(obj), to_dict(obj))


# --- HTML tables ------------------------------------------------------------------------


def test_settlement_table_shows_the_flaws_of_the_fixture(page: Page) -> None:
    """The Zhezkazgan table shows its wrong name, land > total area and its warnings."""
    assert page.settlement is not None
    table = page.settlement._repr_html_()
    assert table == html_table(page.settlement)
    assert table.startswith("<table><caption>Settlement <b>Balkhash</b></caption>")
    for cell in (
        "Kazakhstan (KZ)",
        "47.7833, 67.7",
        "total 47 km², land 1761 km²",
        "89079 (2023)",
        "Founded: 1939; Incorporated (city): 1954-12-20",
        "area.land-exceeds-total; name.differs-from-pushpin-label; name.differs-from-lead-title",
        "markup.repaired ×5; utc-offset.from-zone-name",
    ):
        assert f'<td style="text-align:left">{cell}</td>' in table


def test_profile_table_has_a_row_per_claim_with_its_conflict(profile: Profile) -> None:
    """Each claim is a row: value, date, sources, conflict and the values not chosen."""
    table = profile._repr_html_()
    assert "Profile <b>Jezkazgan</b>: 16 claims, 2 in conflict" in table
    assert 16 == table.count("<tr><th style=")
    cells = '<td style="text-align:left">{}</td>'
    founded = (
        '<tr><th style="text-align:left">founded</th>'
        + "".join(cells.format(c) for c in ("1938", "", "lv.txt; en-old.txt", "<b>conflict</b>"))
        + cells.format("1939: minority")
        + "</tr>"
    )
    assert founded in table
    assert cells.format("90000 (1999): older") in table


def test_tables_escape_markup_everywhere() -> None:
    """A name, a value, a source or a field holding <script> comes out escaped."""
    evil = "<script>alert('x')</script>"
    s = Settlement(
        template=evil,
        name=evil,
        country=evil,
        website=evil,
        subdivisions=(Subdivision(index=0, type=evil, name=evil),),
        diagnostics=(Diagnostic(code=evil, severity="error", message=evil),),
    )
    claim = Claim(field=evil, value=evil, sources=(evil,), alternatives=(Alternative(value=evil),))
    p = Profile(name=evil, claims={evil: claim})
    for table in (s._repr_html_(), p._repr_html_()):
        assert "<script>" not in table
        assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in table


def test_a_profile_table_shows_at_most_html_rows_claims() -> None:
    """A profile of many claims shows HTML_ROWS of them and counts the rest."""
    p = Profile(claims={f"f{i}": Claim(field=f"f{i}", value=i) for i in range(HTML_ROWS + 7)})
    table = p._repr_html_()
    assert HTML_ROWS + 1 == table.count("<tr><th style=")
    assert "… 7 more claims" in table


@given(settlements() | profiles)
def test_tables_stay_small_and_escaped_whatever_the_input(obj: Settlement | Profile) -> None:
    """Cells are cut and lists shortened: no table of these values exceeds 40 KB."""
    table = obj._repr_html_()
    assert len(table) < 40_000
    assert "<script>" not in table


def test_huge_values_give_a_small_table() -> None:
    """10 KB names and a thousand subdivisions still give a table of a few KB."""
    s = Settlement(
        template="t",
        name="x" * 10_000,
        subdivisions=[Subdivision(index=i, name="y" * 10_000) for i in range(1000)],
    )
    table = s._repr_html_()
    assert len(table) < 2_000
    assert "… 995 more" in table


def test_the_worst_profile_table_is_bounded() -> None:
    """Texts that escape to six times their length, in every cell of many claims: under 64 KB."""
    worst = "'" * 10_000
    claim = Claim(
        field=worst,
        value=worst,
        sources=[worst] * 100,
        alternatives=[Alternative(value=worst, sources=(worst,))] * 100,
        conflict=True,
    )
    p = Profile(name=worst, claims={f"{i}{worst}": claim for i in range(1000)})
    table = p._repr_html_()
    assert len(table) < 64_000
    assert "… 960 more claims" in table
