"""Real Wikipedia articles read by hand: the fact reader's quality must not regress.

The fixtures are ``fixtures/articles/real/{lang}/<Name>.wiki`` with the facts a careful
reader finds in ``<Name>.facts.json`` (see ``ATTRIBUTION.md`` there). The scoring is
``benchmarks/facts_quality.py``, loaded here from its path so that there is one
implementation. ``FLOORS`` and ``ALLOWED_NOT_HITS`` hold what main measured when the
fixtures were added (rounded down); raise them when the rules get better.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import math
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

import pytest

from infobox.article.facts import KINDS

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "fixtures" / "articles" / "real"
BENCHMARK = ROOT / "benchmarks" / "facts_quality.py"
CASES = sorted(REAL.glob("*/*.wiki"))


class Floor(NamedTuple):
    """The least recall and precision a language's prose facts may have."""

    recall: float
    precision: float


# The one place for the floors: what main measures, rounded down to a whole percent.
FLOORS = {
    "en": Floor(recall=0.66, precision=0.91),
    "lv": Floor(recall=1.00, precision=1.00),
    "ru": Floor(recall=0.83, precision=1.00),
}
# Recall of the climate tables' values ({{Weather box}}, {{Климат города}}), per language.
WEATHER_BOX_FLOORS = {"en": 1.0, "lv": 1.0, "ru": 1.0}
# How many found facts may be ones the fixture lists under "not" (wrong facts) today.
ALLOWED_NOT_HITS = {"en/Bodmin": 1, "en/Islamabad": 2}

QUALIFIERS = {"scope", "year", "month", "statistic", "group", "place", "direction"}


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("facts_quality", BENCHMARK)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


fq = _load()


@functools.cache
def scores() -> dict[str, Any]:
    """The scores of every fixture, computed once."""
    table: dict[str, Any] = fq.table(fq.score())
    return table


def _name(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


@pytest.mark.parametrize("lang", sorted(FLOORS))
def test_prose_recall_and_precision_keep_their_floor(lang: str) -> None:
    """Each language's recall and precision on the prose are at least the floor."""
    row = scores()["languages"][lang]
    floor = FLOORS[lang]
    assert (True, True) == (row["recall"] >= floor.recall, row["precision"] >= floor.precision), row


@pytest.mark.parametrize("lang", sorted(WEATHER_BOX_FLOORS))
def test_climate_table_recall_keeps_its_floor(lang: str) -> None:
    """Each language's recall of climate-table values is at least the floor."""
    row = scores()["weather_box"][lang]
    assert row["recall"] >= WEATHER_BOX_FLOORS[lang], row


@pytest.mark.parametrize("path", CASES, ids=_name)
def test_no_wrong_fact_is_found_where_none_was(path: Path) -> None:
    """No article gives more of its listed wrong ("not") facts than it did."""
    article = next(a for a in scores()["articles"] if a["article"] == _name(path))
    assert article["not_hits"] <= ALLOWED_NOT_HITS.get(_name(path), 0), article["not_found"]


@pytest.mark.parametrize("path", CASES, ids=_name)
def test_fixture_is_well_formed(path: Path) -> None:
    """Every expected and wrong fact has a known kind, a value and known qualifiers."""
    data = json.loads(path.with_suffix(".facts.json").read_text(encoding="utf-8"))
    assert path.parent.name == data["lang"]
    for fact in [*data["facts"], *data["not"]]:
        assert fact["kind"] in KINDS
        assert isinstance(fact["value"], int | float | str)
        assert set(fact["qualifiers"]) <= QUALIFIERS
        assert all(isinstance(v, str) for v in fact["qualifiers"].values())
    assert all(f["evidence"] for f in data["facts"])
    assert all(f["why"] for f in data["not"])


def test_every_language_has_real_articles() -> None:
    """en, lv and ru each have real articles with facts to find."""
    counts = {lang: len(list((REAL / lang).glob("*.wiki"))) for lang in FLOORS}
    assert all(counts.values()), counts
    assert all(scores()["languages"][lang]["expected"] > 0 for lang in FLOORS)


@pytest.mark.parametrize(
    ("expected", "found", "same"),
    [
        (1215, 1215, True),
        (1215, 1216, False),
        (4.144, 4.1, True),
        (906.0, 915.0, True),
        (906.0, 916.0, False),
        (0.3, 0.44, True),
        (0.3, 0.46, False),
        ("Placer County", "placer county", True),
        ("Placer County", "County", False),
        (1855, "1855", False),
    ],
)
def test_values_match_within_the_tolerance(
    expected: int | float | str, found: int | float | str, same: bool
) -> None:
    """Whole numbers are equal, decimals within 1 % or 0.15, names without case."""
    assert same == fq.values_match(expected, found)


def test_matching_wants_every_listed_qualifier() -> None:
    """A listed qualifier must agree; one the fixture does not list is not compared."""
    expected = fq.Expected("population", 1215, None, {"scope": "city", "year": "2010"})
    right = fq.Found("population", 1215, None, {"scope": "city", "year": "2010", "x": "y"})
    no_year = fq.Found("population", 1215, None, {"scope": "city"})
    wrong_scope = fq.Found("population", 1215, None, {"scope": "metro", "year": "2010"})
    facts = (right, no_year, wrong_scope)
    actual = ([fq.matches(expected, f) for f in facts], [fq.compatible(expected, f) for f in facts])
    assert ([True, False, False], [True, True, False]) == actual


def test_place_and_group_are_compared_loosely() -> None:
    """A place may name more than the fixture; a group ignores case and a plural s."""
    place = fq.Expected("distance", 55.0, "km", {"place": "Johannesburg"})
    group = fq.Expected("share", 95.53, "%", {"group": "Muslims"})
    actual = (
        fq.matches(place, fq.Found("distance", 55.0, "km", {"place": "central Johannesburg"})),
        fq.matches(group, fq.Found("share", 95.53, "%", {"group": "muslim"})),
    )
    assert (True, True) == actual


def test_score_counts_recall_and_precision() -> None:
    """Two of three expected found, one false: recall 2/3 and precision 2/3."""
    row = fq.Score(expected=3, found=3, matched_expected=2, matched_found=2)
    assert (True, True) == (
        math.isclose(row.recall, 2 / 3),
        math.isclose(row.precision, 2 / 3),
    )
