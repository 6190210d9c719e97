"""param.unknown: a parameter {{Infobox settlement}} does not define is reported, with a guess."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infobox import Settlement, parse_infobox
from infobox.templates import settlement_params
from infobox.templates.settlement_params import NAMES, SOURCE, is_defined

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
_GUESS = re.compile(r"did you mean (\S+)\?$")


def box(*lines: str, template: str = "Infobox settlement") -> str:
    """An infobox with one parameter per line."""
    return "{{" + template + "\n" + "".join(f"| {line}\n" for line in lines) + "}}"


def unknown(s: Settlement) -> dict[str, str | None]:
    """The parameters reported as unknown, with the name each message suggests."""
    result: dict[str, str | None] = {}
    for d in s.diagnostics_with("param.unknown"):
        assert d.param is not None
        found = _GUESS.search(d.message)
        result[d.param] = found[1] if found else None
    return result


def test_population_suggests_population_total() -> None:
    """population = 1,204 (seen on real pages) is reported, pointing at population_total."""
    s = parse_infobox(box("population = 1,204"))
    assert {"population": "population_total"} == unknown(s)
    assert s.population.total is None
    [d] = s.diagnostics_with("param.unknown")
    assert ("info", s.params["population"].start) == (d.severity, d.start)
    assert "'1,204'" in d.message


def test_area_km2_suggests_area_total_km2() -> None:
    """area_km2 = 3.4 is reported, pointing at area_total_km2."""
    s = parse_infobox(box("area_km2 = 3.4"))
    assert {"area_km2": "area_total_km2"} == unknown(s)
    assert s.area.total_km2 is None


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("named for", "named_for"),
        ("Population_Total", "population_total"),
        ("popualtion_total", "population_total"),
        ("area_metro", "area_metro_km2"),
        ("elevation", "elevation_m"),
        ("establshed_date", "established_date"),
        ("population_metro_as_of", "population_as_of"),
        ("subdivision_name7", "subdivision_name"),
    ],
)
def test_misspelt_names_get_the_defined_name(written: str, meant: str) -> None:
    """Case, spaces for _, a missing default kind or unit, and typos are recognised."""
    assert {written: meant} == unknown(parse_infobox(box(f"{written} = x")))


def test_an_unknown_name_with_nothing_close_is_still_reported() -> None:
    """VIP_Residental_Sectors = … gives param.unknown without a guess."""
    assert {"VIP_Residental_Sectors": None} == unknown(
        parse_infobox(box("VIP_Residental_Sectors = E-7, F-7"))
    )


@pytest.mark.parametrize("value", ["", "  ", "<!-- leave blank -->"])
def test_an_empty_unknown_parameter_is_not_reported(value: str) -> None:
    """An unknown parameter with no value loses nothing, so it is not reported."""
    assert {} == unknown(parse_infobox(box(f"population = {value}")))


def test_positional_values_are_reported_only_as_positional() -> None:
    """A value without a name gives param.positional, not param.unknown too."""
    s = parse_infobox(box("name = X", "stray"))
    assert ({}, 1) == (unknown(s), len(s.diagnostics_with("param.positional")))


def test_legacy_names_the_parser_reads_are_not_reported() -> None:
    """latd/longd and friends are read, so they are not unknown."""
    s = parse_infobox(box("latd = 47", "latNS = N", "longd = 67", "longEW = E"))
    assert ({}, True) == (unknown(s), s.coordinates is not None)


@pytest.mark.parametrize("template", ["Infobox city", "infobox_town", "Infobox Settlement"])
def test_the_english_aliases_share_the_list(template: str) -> None:
    """Every English alias is checked against the same parameter list."""
    s = parse_infobox(box("population_total = 1", "population = 2", template=template))
    assert {"population": "population_total"} == unknown(s)


@given(st.sampled_from(sorted(NAMES)))
def test_no_defined_name_is_reported(name: str) -> None:
    """A parameter the template defines never gives param.unknown, whatever its value."""
    assert {} == unknown(parse_infobox(box(f"{name} = 12")))


_EDIT_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"


@st.composite
def typos(draw: st.DrawFn) -> tuple[str, str]:
    """A defined name of five or more characters and that name with one edit."""
    name = draw(st.sampled_from(sorted(n for n in NAMES if len(n) >= 5)))
    at = draw(st.integers(0, len(name) - 1))
    char = draw(st.sampled_from(_EDIT_CHARS))
    edit = draw(st.sampled_from(("substitute", "insert", "delete", "swap")))
    if edit == "substitute":
        typo = name[:at] + char + name[at + 1 :]
    elif edit == "insert":
        typo = name[:at] + char + name[at:]
    elif edit == "delete":
        typo = name[:at] + name[at + 1 :]
    else:
        at = min(at, len(name) - 2)
        typo = name[:at] + name[at + 1] + name[at] + name[at + 2 :]
    return name, typo


@given(typos())
def test_a_name_with_one_typo_is_reported_with_a_name_one_edit_away(
    pair: tuple[str, str],
) -> None:
    """A typo of a defined name suggests that name, or another defined name one edit away."""
    name, typo = pair
    if is_defined(typo) or typo.strip() != typo:
        return
    found = unknown(parse_infobox(box(f"{typo} = 12")))
    assert [typo] == list(found)
    guess = found[typo]
    assert guess is not None
    # Names compare case-blind here: a typo in "latNS" may be as close to "lats", and
    # "latS" (latNS with N deleted) is "lats" but for its case.
    assert guess == name or settlement_params._distance(typo.casefold(), guess.casefold()) <= 1


def test_the_list_says_where_it_comes_from() -> None:
    """SOURCE names the template's documentation and the lists it was checked against."""
    assert "Template:Infobox settlement" in SOURCE
    assert "Mapping_en.xml" in SOURCE


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("real/settlement/en/Arkit.wiki", {}),
        ("real/settlement/en/Berlin.wiki", {}),
        ("real/settlement/en/Bradley_(community),_Lincoln_County,_Wisconsin.wiki", {}),
        ("real/settlement/en/Dollar_Point,_California.wiki", {}),
        (
            "real/settlement/en/Islamabad.wiki",
            {
                "named for": "named_for",
                "VIP_Residental_Sectors": None,
                "population_metro_as_of": "population_as_of",
            },
        ),
        ("real/settlement/en/Kisumu_Central_Constituency.wiki", {}),
        ("real/settlement/en/Teymanak-e_Olya.wiki", {}),
        ("real/settlement/en/Toronto.wiki", {"settled_title": None, "settled_date": None}),
        ("zhezkazgan/en.wiki", {}),
    ],
)
def test_real_pages_report_only_their_real_unknowns(
    page: str, expected: dict[str, str | None]
) -> None:
    """On every English real page, only parameters the template lacks are reported."""
    text = (FIXTURES / page).read_text(encoding="utf-8")
    assert expected == unknown(parse_infobox(text))
