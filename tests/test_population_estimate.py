"""Population.estimate and estimate_as_of: population_est and pop_est_as_of are kept."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given

from infobox import (
    PartialDate,
    Population,
    RenderError,
    Settlement,
    from_dict,
    parse_infobox,
    reconcile,
    render_infobox,
    to_dict,
)
from infobox.strategies import populations


def box(*lines: str) -> str:
    """An infobox with one parameter per line."""
    return "{{Infobox settlement\n" + "".join(f"| {line}\n" for line in lines) + "}}"


def test_estimate_next_to_the_total_is_kept() -> None:
    """population_total = 1 | population_est = 2 | pop_est_as_of = 2024: both are read."""
    population = parse_infobox(
        box("population_total = 1", "population_est = 2", "pop_est_as_of = 2024")
    ).population
    assert (1, None) == (population.total, population.as_of)
    assert (2, PartialDate(2024)) == (population.estimate, population.estimate_as_of)


def test_estimate_and_census_dates_stay_apart() -> None:
    """Each count keeps its own date."""
    population = parse_infobox(
        box(
            "population_total = 8,175,133",
            "population_as_of = [[2010 United States census|2010]]",
            "population_est = 8,336,817",
            "pop_est_as_of = 2019",
        )
    ).population
    assert (8175133, PartialDate(2010)) == (population.total, population.as_of)
    assert (8336817, PartialDate(2019)) == (population.estimate, population.estimate_as_of)


def test_a_lone_estimate_is_the_total_too() -> None:
    """With no population_total the estimate stands in for it, and is kept as the estimate."""
    population = parse_infobox(box("population_est = 1,500", "pop_est_as_of = 2021")).population
    assert (1500, PartialDate(2021)) == (population.total, population.as_of)
    assert (1500, PartialDate(2021)) == (population.estimate, population.estimate_as_of)


def test_an_unreadable_total_falls_back_on_the_estimate() -> None:
    """population_total that is no number: the estimate is the total, with a diagnostic."""
    s = parse_infobox(box("population_total = unknown", "population_est = 700"))
    assert (700, 700) == (s.population.total, s.population.estimate)
    assert ["population_total"] == [d.param for d in s.diagnostics if d.code.startswith("number")]


def test_an_unreadable_estimate_is_none_with_a_diagnostic() -> None:
    """population_est that is no number gives None and says why; the total stays."""
    s = parse_infobox(box("population_total = 10", "population_est = many"))
    assert (10, None) == (s.population.total, s.population.estimate)
    assert ["population_est"] == [d.param for d in s.diagnostics if d.param]


def test_estimate_date_alone() -> None:
    """pop_est_as_of without population_est is kept; no total is invented."""
    population = parse_infobox(box("pop_est_as_of = 2024")).population
    assert (None, None, PartialDate(2024)) == (
        population.total,
        population.estimate,
        population.estimate_as_of,
    )


def test_estimate_renders_and_reads_back() -> None:
    """render_infobox writes population_est and pop_est_as_of."""
    s = Settlement(
        template="Infobox settlement",
        population=Population(total=1, estimate=2, estimate_as_of=PartialDate(2024)),
    )
    text = render_infobox(s)
    assert "| population_est = 2\n| pop_est_as_of = 2024" in text
    assert s.population == parse_infobox(text).population


def test_an_estimate_without_a_total_cannot_be_rendered() -> None:
    """A lone population_est reads back as the total too, so it is refused."""
    s = Settlement(template="Infobox settlement", population=Population(estimate=2))
    with pytest.raises(RenderError) as info:
        render_infobox(s)
    assert "population.estimate" == info.value.attribute


@given(populations())
def test_populations_round_trip(population: Population) -> None:
    """Every drawn population, estimate included, renders and reads back."""
    s = Settlement(template="Infobox settlement", population=population)
    assert population == parse_infobox(render_infobox(s)).population


def test_estimate_serializes() -> None:
    """to_dict/from_dict keep the estimate and its date."""
    population = Population(total=1, estimate=2, estimate_as_of=PartialDate(2024, 7))
    data = to_dict(population)
    assert (2, "2024-07") == (data["estimate"], data["estimate_as_of"])
    assert population == from_dict(Population, data)


def test_a_newer_estimate_is_the_profile_population() -> None:
    """reconcile takes the estimate as a dated figure for population.total; newer wins."""
    s = parse_infobox(
        box(
            "name = X",
            "population_total = 100",
            "population_as_of = 2010",
            "population_est = 120",
            "pop_est_as_of = 2024",
        )
    )
    claim = reconcile(s).claims["population.total"]
    assert (120, PartialDate(2024)) == (claim.value, claim.as_of)
    assert [(100, "older")] == [(a.value, a.reason) for a in claim.alternatives]


def test_a_lone_estimate_is_one_observation() -> None:
    """A lone population_est is not counted twice in the profile."""
    s = parse_infobox(box("name = X", "population_est = 120", "pop_est_as_of = 2024"))
    claim = reconcile(s).claims["population.total"]
    assert (120, ()) == (claim.value, claim.alternatives)


def test_profile_name_falls_back_on_official_name() -> None:
    """An infobox with official_name only names the profile."""
    s = parse_infobox(box("official_name = City of X"))
    assert "City of X" == reconcile(s).name


def test_cli_heading_uses_official_name_and_shows_the_estimate(tmp_path: Path) -> None:
    """infobox parse shows official_name when name is empty, and the estimate."""
    page = tmp_path / "x.wiki"
    page.write_text(
        box("official_name = City of X", "population_total = 1", "population_est = 2"),
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "infobox.cli", "parse", str(page)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = result.stdout.splitlines()
    assert f"{page}: Infobox settlement 'City of X'" == lines[0]
    assert "  population     1; estimate 2" in lines
