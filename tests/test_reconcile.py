"""reconcile: the Zhezkazgan profile, each rule on a small case, and the properties."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infobox import (
    Article,
    Claim,
    Coordinates,
    Fact,
    Page,
    PartialDate,
    Population,
    Profile,
    Settlement,
    SourceTypeError,
    Subdivision,
    from_dict,
    parse_article,
    parse_infobox,
    parse_page,
    reconcile,
    to_dict,
)

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "zhezkazgan"


def seed(name: str) -> str:
    """The text of one Zhezkazgan seed."""
    return (SEEDS / name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def profile() -> Profile:
    """The three Zhezkazgan sources reconciled, labelled by file name."""
    return reconcile(
        ("en.wiki", parse_page(seed("en.wiki"))),
        ("lv.txt", parse_article(seed("lv.txt"))),
        ("en-old.txt", parse_article(seed("en-old.txt"))),
    )


def alternatives(claim: Claim) -> list[tuple[Any, str | None, tuple[str, ...], str]]:
    """A claim's alternatives as (value, as_of, sources, reason)."""
    return [
        (a.value, str(a.as_of) if a.as_of else None, a.sources, a.reason)
        for a in claim.alternatives
    ]


def article(*facts: Fact, title: str | None = None) -> Article:
    """An English article holding these facts."""
    return Article(title=title, lang="en", facts=facts)


def population(value: int, year: str | None = None, scope: str = "city", **more: str) -> Fact:
    """A population fact."""
    qualifiers = {"scope": scope, **({"year": year} if year else {}), **more}
    return Fact(kind="population", value=value, qualifiers=qualifiers)


def founded(year: int) -> Fact:
    """A founding fact."""
    return Fact(kind="founded", value=year)


# --- the Zhezkazgan profile (spec/zhezkazgan.md) ----------------------------------------


def test_name_is_jezkazgan_with_balkhash_a_conflicting_alternative(profile: Profile) -> None:
    """Jezkazgan by all three sources; Balkhash from the infobox alone, a conflict."""
    claim = profile.claims["name"]
    assert (claim.value, claim.sources, claim.conflict) == (
        "Jezkazgan",
        ("en.wiki", "lv.txt", "en-old.txt"),
        True,
    )
    assert ("Balkhash", None, ("en.wiki",), "minority") in alternatives(claim)
    assert ("Žezkazghana", None, ("lv.txt",), "agrees") in alternatives(claim)
    assert profile.name == "Jezkazgan"


def test_founded_is_a_conflict_keeping_both_years(profile: Profile) -> None:
    """1938 (both plain texts) against 1939 (the infobox): both kept, conflict true."""
    claim = profile.claims["founded"]
    assert (claim.value, claim.sources, claim.conflict) == (1938, ("lv.txt", "en-old.txt"), True)
    assert alternatives(claim) == [(1939, None, ("en.wiki",), "minority")]


def test_total_population_is_the_2023_count_with_1999_older(profile: Profile) -> None:
    """89,079 as of 2023 chosen; 90,000 (1999) is an older alternative, no conflict."""
    claim = profile.claims["population.total"]
    assert (claim.value, str(claim.as_of), claim.sources, claim.conflict) == (
        89079,
        "2023",
        ("en.wiki",),
        False,
    )
    assert alternatives(claim) == [(90000, "1999", ("en-old.txt",), "older")]


def test_urban_population_keeps_the_undated_counts_without_conflict(profile: Profile) -> None:
    """92,907 (2023) chosen; 148,700 and about 150,000 undated alternatives, no conflict."""
    claim = profile.claims["population.urban"]
    assert (claim.value, str(claim.as_of), claim.conflict) == (92907, "2023", False)
    assert alternatives(claim) == [
        (148700, None, ("en-old.txt",), "undated"),
        (150000, None, ("lv.txt",), "undated"),
    ]


def test_region_is_ulytau_since_2022_over_karaganda(profile: Profile) -> None:
    """Ulytau Region (since 2022) over Karaganda/Karagandy (former), with Latvian agreeing."""
    claim = profile.claims["region"]
    assert (claim.value, str(claim.as_of), claim.conflict) == ("Ulytau Region", "2022", False)
    assert set(claim.sources) == {"en.wiki", "lv.txt"}
    reasons = {value: reason for value, _, _, reason in alternatives(claim)}
    assert reasons["Karagandy Province"] == "former"
    assert reasons["Karaganda Region"] == "former"
    assert reasons["Ulitau apgabals"] == "agrees"
    assert "Ulytau Region" not in reasons  # the undated statement is the chosen value's


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("temperature.07", 24.0),
        ("temperature.01", -16.0),
        ("share.Kazakhs", 55.0),
        ("share.Russians", 30.0),
        ("distance.Baikonur Cosmodrome", 400.0),
    ],
)
def test_facts_both_plain_texts_state_agree(profile: Profile, field: str, value: float) -> None:
    """Temperatures, shares and the Baikonur distance agree across the sources."""
    claim = profile.claims[field]
    assert (claim.value, claim.sources, claim.conflict) == (value, ("lv.txt", "en-old.txt"), False)


def test_infobox_only_fields(profile: Profile) -> None:
    """Coordinates, area and elevation come from the infobox alone."""
    coordinates = profile.claims["coordinates"].value
    assert isinstance(coordinates, Coordinates)
    assert (round(coordinates.lat, 5), coordinates.lon) == (47.78333, 67.7)
    assert profile.claims["area.total_km2"].value == 47.0
    assert profile.claims["elevation_m"].value == 300.0


def test_conflicts_are_diagnostics(profile: Profile) -> None:
    """Each conflicting claim gives one profile.conflict warning naming the field."""
    assert [(d.code, d.param) for d in profile.diagnostics] == [
        ("profile.conflict", "name"),
        ("profile.conflict", "founded"),
    ]


def test_profile_json_round_trips(profile: Profile) -> None:
    """to_dict/from_dict give back the same profile, coordinates and dates included."""
    data = json.loads(json.dumps(to_dict(profile)))
    assert from_dict(Profile, data) == profile
    assert data["claims"]["population.total"]["as_of"] == "2023"


# --- each rule on a small case ----------------------------------------------------------


def test_newer_beats_older_whatever_the_support() -> None:
    """A newer count from one source beats an older one from two: `older`, no conflict."""
    p = reconcile(
        ("a", article(population(1000, "2001"))),
        ("b", article(population(1000, "2001"))),
        ("c", article(population(1200, "2021"))),
    )
    claim = p.claims["population.total"]
    assert (claim.value, claim.conflict) == (1200, False)
    assert alternatives(claim) == [(1000, "2001", ("a", "b"), "older")]


def test_scopes_are_separate_claims_and_never_conflict() -> None:
    """City, urban and metro counts are three claims, each without conflict."""
    p = reconcile(
        ("a", article(population(1000, "2020"), population(5000, "2020", "urban"))),
        ("b", article(population(9000, "2020", "metro"))),
    )
    values = {f: (c.value, c.conflict) for f, c in p.claims.items() if f.startswith("pop")}
    assert values == {
        "population.total": (1000, False),
        "population.urban": (5000, False),
        "population.metro": (9000, False),
    }


@pytest.mark.parametrize(
    ("first", "second", "agree"),
    [
        (148700, {"approximate": "true", "value": 150000}, True),
        (148700, {"value": 150000}, False),
        (100000, {"value": 100400}, True),
        (100000, {"value": 100600}, False),
        (100000, {"approximate": "true", "value": 104900}, True),
        (100000, {"approximate": "true", "value": 105300}, False),
    ],
)
def test_numbers_agree_within_the_stated_tolerance(
    first: int, second: dict[str, Any], agree: bool
) -> None:
    """0.5 % of the larger for exact numbers, 5 % when either is approximate."""
    other = dict(second)
    value = other.pop("value")
    p = reconcile(("a", article(population(first))), ("b", article(population(value, **other))))
    claim = p.claims["population.total"]
    assert claim.conflict is not agree
    expected = "agrees" if agree else "tie"
    assert [a.reason for a in claim.alternatives] == [expected]


def test_counts_of_different_years_never_merge() -> None:
    """Equal counts of two years are a series: the newer is chosen, the older kept."""
    p = reconcile(
        ("a", article(population(1000, "2001"))), ("b", article(population(1000, "2011")))
    )
    claim = p.claims["population.total"]
    assert (str(claim.as_of), alternatives(claim)) == ("2011", [(1000, "2001", ("a",), "older")])


@pytest.mark.parametrize(
    "name", ["Zhezkazgan", "Žezkazghana", "Жезқазған", "Jezqazğan", "Dzhezkazgan"]
)
def test_names_agree_across_scripts_and_transliterations(name: str) -> None:
    """Every spelling of Jezkazgan is the same name: `agrees`, no conflict."""
    p = reconcile(
        ("a", article(title="Jezkazgan")),
        ("b", article(title="Jezkazgan")),
        ("c", article(title=name)),
    )
    claim = p.claims["name"]
    assert (claim.value, claim.conflict) == ("Jezkazgan", False)
    assert alternatives(claim) == [(name, None, ("c",), "agrees")]


def test_a_tie_goes_to_the_infobox_and_is_a_conflict() -> None:
    """One source against one: the infobox beats article text; conflict, reason `tie`."""
    infobox = Settlement(template="Infobox settlement", population=Population(total=5000))
    p = reconcile(("text", article(population(7000))), ("box", infobox))
    claim = p.claims["population.total"]
    assert (claim.value, claim.sources, claim.conflict) == (5000, ("box",), True)
    assert alternatives(claim) == [(7000, None, ("text",), "tie")]


def test_an_equal_tie_is_broken_by_the_value_not_the_order() -> None:
    """Two articles, two founding years: the same choice in either order."""
    one = ("a", article(founded(1938)))
    two = ("b", article(founded(1939)))
    assert reconcile(one, two).claims["founded"].value == 1938
    assert reconcile(two, one).claims["founded"].value == 1938


def test_region_is_the_subdivision_below_the_country() -> None:
    """The infobox's region is the first subdivision after the Country one."""
    s = Settlement(
        template="Infobox settlement",
        subdivisions=(
            Subdivision(index=0, type="Country", name="Kazakhstan"),
            Subdivision(index=1, type="Region", name="Ulytau Region"),
            Subdivision(index=2, type="District", name="X"),
        ),
    )
    assert reconcile(s).claims["region"].value == "Ulytau Region"


def test_a_source_that_contradicts_itself_is_no_conflict() -> None:
    """One page whose infobox name differs from its lead: both kept, no conflict."""
    page = parse_page("{{Infobox settlement|name=Balkhash}}\n'''Jezkazgan''' is a city.")
    claim = reconcile(("page", page)).claims["name"]
    assert claim.conflict is False
    assert {claim.value, *(a.value for a in claim.alternatives)} == {"Balkhash", "Jezkazgan"}


def test_more_statements_break_a_tie_of_sources() -> None:
    """The Zhezkazgan page alone: pushpin label and lead (Jezkazgan) beat the infobox name."""
    claim = reconcile(("en.wiki", parse_page(seed("en.wiki")))).claims["name"]
    assert (claim.value, claim.conflict) == ("Jezkazgan", False)
    assert alternatives(claim) == [("Balkhash", None, ("en.wiki",), "tie")]


# --- labels and bad input --------------------------------------------------------------


def test_bare_values_get_labels_of_their_own() -> None:
    """A bare value is labelled by its type and position."""
    p = reconcile(article(founded(1938)), Page(article=article(founded(1938))))
    assert p.claims["founded"].sources == ("article 1", "page 2")


def test_a_repeated_label_is_renamed_and_reported() -> None:
    """Two sources with one label stay two sources."""
    p = reconcile(("x", article(founded(1938))), ("x", article(founded(1938))))
    assert p.claims["founded"].sources == ("x", "x (2)")
    assert [d.code for d in p.diagnostics] == ["profile.duplicate-label"]


@pytest.mark.parametrize("bad", ["text", 12, ("label", "text"), ("a", "b", "c"), None])
def test_anything_else_is_a_source_type_error(bad: object) -> None:
    """Not a Settlement, Article or Page: SourceTypeError (a TypeError) naming the position."""
    with pytest.raises(SourceTypeError, match="source 2"):
        reconcile(article(), bad)  # type: ignore[arg-type]


def test_no_sources_is_an_empty_profile() -> None:
    """Nothing to reconcile gives an empty profile."""
    assert reconcile() == Profile()


# --- properties ----------------------------------------------------------------------

_NAMES = st.sampled_from(["Jezkazgan", "Zhezkazgan", "Жезқазған", "Balkhash", "Satpayev"])
_YEARS = st.one_of(st.none(), st.integers(1990, 2025).map(str))
_FACTS = st.one_of(
    st.builds(
        population,
        st.integers(1000, 200_000),
        _YEARS,
        st.sampled_from(["city", "urban", "metro"]),
    ),
    st.builds(founded, st.integers(1900, 1960)),
    st.builds(
        lambda v, m: Fact(kind="temperature", value=float(v), unit="°C", qualifiers={"month": m}),
        st.integers(-30, 35),
        st.sampled_from(["01", "07"]),
    ),
)
_ARTICLES = st.builds(
    lambda title, facts: article(*facts, title=title),
    st.one_of(st.none(), _NAMES),
    st.lists(_FACTS, max_size=4),
)
_SETTLEMENTS = st.builds(
    lambda name, total, year: Settlement(
        template="Infobox settlement",
        name=name,
        population=Population(total=total, as_of=PartialDate(year) if total else None),
    ),
    st.one_of(st.none(), _NAMES),
    st.one_of(st.none(), st.integers(1000, 200_000)),
    st.integers(1990, 2025),
)
_SOURCES = st.lists(st.one_of(_ARTICLES, _SETTLEMENTS), min_size=1, max_size=5).map(
    lambda values: [(f"s{i}", v) for i, v in enumerate(values)]
)


def chosen(p: Profile) -> dict[str, Any]:
    """Each claim's chosen value, date and conflict."""
    return {f: (c.value, c.as_of, c.conflict) for f, c in p.claims.items()}


@given(_SOURCES, st.randoms(use_true_random=False))
def test_the_order_of_sources_does_not_change_the_choice(
    sources: list[tuple[str, Any]], random: Any
) -> None:
    """Shuffling the sources changes no chosen value, date or conflict flag."""
    shuffled = list(sources)
    random.shuffle(shuffled)
    assert chosen(reconcile(*sources)) == chosen(reconcile(*shuffled))


def stated(label: str, value: Settlement | Article) -> list[tuple[str, Any, Any]]:
    """What a generated source states, as (field, value, as_of)."""
    out: list[tuple[str, Any, Any]] = []
    if isinstance(value, Settlement):
        if value.name:
            out.append(("name", value.name, None))
        if value.population.total is not None:
            out.append(("population.total", value.population.total, value.population.as_of))
        return out
    if value.title:
        out.append(("name", value.title, None))
    fields = {"city": "population.total", "urban": "population.urban", "metro": "population.metro"}
    for fact in value.facts:
        year = fact.qualifiers.get("year")
        as_of = PartialDate(int(year)) if year else None
        if fact.kind == "population":
            out.append((fields[fact.qualifiers["scope"]], fact.value, as_of))
        elif fact.kind == "founded":
            out.append(("founded", fact.value, None))
        else:
            out.append((f"temperature.{fact.qualifiers['month']}", fact.value, None))
    return out


@given(_SOURCES)
def test_every_stated_value_appears_exactly_once(sources: list[tuple[str, Any]]) -> None:
    """Each value a source states is its claim's value or one alternative, once, with its
    source and (when the statement is dated) its date."""
    p = reconcile(*sources)
    for label, value in sources:
        for field, stated_value, as_of in stated(label, value):
            claim = p.claims[field]
            holders: list[Claim | Any] = [claim, *claim.alternatives]
            matching = [h for h in holders if h.value == stated_value and h.as_of == as_of]
            if as_of is None:
                matching = [h for h in holders if h.value == stated_value and label in h.sources]
            assert len(matching) == 1
            assert label in matching[0].sources


@given(_SETTLEMENTS)
def test_one_source_gives_its_own_values_without_conflict(settlement: Settlement) -> None:
    """A settlement alone: each claim is its own value, no alternatives, no conflict."""
    p = reconcile(("only", settlement))
    for field, value, as_of in stated("only", settlement):
        claim = p.claims[field]
        assert (claim.value, claim.as_of, claim.alternatives, claim.conflict) == (
            value,
            as_of,
            (),
            False,
        )


@pytest.mark.parametrize("year", ["99999", "0", "19x9", ""])
def test_a_year_qualifier_that_is_no_year_leaves_the_value_undated(year: str) -> None:
    """Hand-made facts with odd years are kept, undated, never raising."""
    fact = Fact(kind="population", value=5000, qualifiers={"scope": "city", "year": year})
    claim = reconcile(article(fact)).claims["population.total"]
    assert (claim.value, claim.as_of) == (5000, None)


def test_infoboxes_of_other_wikis_join_a_profile_like_an_english_one() -> None:
    """Berlin's cards on four wikis: names agree across scripts; counts are compared."""
    real = Path(__file__).resolve().parent.parent / "fixtures" / "real" / "settlement"
    pages = {"en": "en/Berlin", "ru": "ru/Берлин", "lv": "lv/Berlīne", "kk": "kk/Берлин"}
    sources = [
        (wiki, parse_infobox((real / f"{page}.wiki").read_text(encoding="utf-8")))
        for wiki, page in pages.items()
    ]
    profile = reconcile(*sources)
    name = profile.claims["name"]
    # Berlin, Berlīne and Берлин are one name (ruwiki's card leaves its name empty).
    assert set(name.sources) | {a for alt in name.alternatives for a in alt.sources} >= {
        "en",
        "lv",
        "kk",
    }
    total = profile.claims["population.total"]
    by_value = {total.value: total.sources} | {a.value: a.sources for a in total.alternatives}
    # Hand-read: en 3,769,495; lv 3421829; ru {{число|3644826}} and kk 3 644 826.
    assert by_value == {3769495: ("en",), 3421829: ("lv",), 3644826: ("ru", "kk")}
    area = profile.claims["area.total_km2"]
    # ru 891,68 and kk 891,85 are read with their wikis' decimal commas.
    assert {area.value, *(a.value for a in area.alternatives)} == {891.68, 891.7, 891.85, 892.0}
