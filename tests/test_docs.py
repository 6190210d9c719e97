"""The documentation agrees with the code it describes."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from infobox import Coordinates
from infobox.diagnostics import CATALOGUE

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_diagnostics_catalogue_is_documented_exactly() -> None:
    """docs/diagnostics.md lists every code with its severity, and no other code."""
    text = (DOCS / "diagnostics.md").read_text(encoding="utf-8")
    documented = dict(re.findall(r"^\| `([a-z0-9.-]+)` \| (error|warning|info) \|", text, re.M))
    assert {code: severity for code, (severity, _) in CATALOGUE.items()} == documented


def test_every_diagnostic_code_is_dotted_and_lower_case() -> None:
    """Codes are stable dotted identifiers: family.name."""
    for code in CATALOGUE:
        assert re.fullmatch(r"[a-z0-9-]+\.[a-z0-9-]+", code), code


# --- the documentation site ------------------------------------------------------------

ROOT = DOCS.parent

#: The modules whose names the API reference documents: the package's own names and the
#: public modules below it (the ones the pages tell users to import from). The others
#: are the pipeline's steps, described by their docstrings but not part of the API.
PUBLIC_MODULES = (
    "infobox",
    "infobox.strategies",
    "infobox.dump",
    "infobox.records",
    "infobox.dask",
    "infobox.errors",
    "infobox.diagnostics",
    "infobox.names",
    "infobox.article.facts",
    "infobox.article.languages",
    "infobox.templates.spec",
)

AUTODOC = re.compile(
    r"^\.\. auto(?P<kind>module|class|exception|function|data):: (?P<name>[\w.]+)\n"
    r"(?P<options>(?:   :[\w-]+:.*\n)*)",
    re.M,
)


def _documented() -> tuple[set[int], set[str]]:
    """The ids of the objects the API pages document, and the modules they document."""
    import importlib

    objects: set[int] = set()
    modules: set[str] = set()
    for page in sorted((DOCS / "api").glob("*.md")):
        for match in AUTODOC.finditer(page.read_text(encoding="utf-8")):
            name, options = match["name"], match["options"]
            if match["kind"] != "module":
                module_name, _, attr = name.rpartition(".")
                objects.add(id(getattr(importlib.import_module(module_name), attr)))
                continue
            modules.add(name)
            if ":members:" in options:
                # Only with :undoc-members: is every name of __all__ documented, even one
                # without a docstring (a constant).
                assert ":undoc-members:" in options, (page.name, name)
                excluded = re.search(r":exclude-members: (.*)", options)
                skip = {n.strip() for n in excluded[1].split(",")} if excluded else set()
                module = importlib.import_module(name)
                objects |= {id(getattr(module, n)) for n in module.__all__ if n not in skip}
    return objects, modules


@pytest.mark.parametrize("module_name", PUBLIC_MODULES)
def test_the_api_reference_documents_every_public_name(module_name: str) -> None:
    """Every name of a public module's __all__ has an entry in docs/api (by identity)."""
    import importlib

    module = importlib.import_module(module_name)
    documented, modules = _documented()
    assert module_name in modules
    assert [] == [n for n in module.__all__ if id(getattr(module, n)) not in documented]


def _worked_table() -> list[list[str]]:
    text = (DOCS / "reconcile.md").read_text(encoding="utf-8")
    table = text[text.index("## The Zhezkazgan profile, worked") :]
    rows = re.findall(r"^\| `([^`]+)` \|(.*)\|$", table, re.M)
    return [[field, *(cell.strip() for cell in rest.split("|"))] for field, rest in rows]


def _zhezkazgan() -> Any:
    import importlib.util

    spec = importlib.util.spec_from_file_location("infobox_docs", DOCS / "_ext" / "infobox_docs.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_worked_profile_is_what_reconcile_gives() -> None:
    """reconcile.md's table of the Zhezkazgan profile is the profile, value for value."""
    profile = _zhezkazgan().zhezkazgan_profile(ROOT / "fixtures")

    def shown(value: Any) -> str:
        if isinstance(value, Coordinates):
            return f"{value.lat:.6f}, {value.lon:.6f}"
        return str(value)

    actual = [
        [
            field,
            shown(c.value),
            str(c.as_of or ""),
            ", ".join(c.sources),
            "**yes**" if c.conflict else "",
            "; ".join(
                f"{shown(x.value)} ({str(x.as_of) + ', ' if x.as_of else ''}"
                f"{', '.join(x.sources)}: {x.reason})"
                for x in c.alternatives
            ),
        ]
        for field, c in profile.claims.items()
    ]
    assert _worked_table() == actual


def test_the_population_chart_draws_every_population_claim(tmp_path: Path) -> None:
    """The chart's points are the profile's population values, each labelled in the SVG."""
    docs = _zhezkazgan()
    points = docs.population_points(docs.zhezkazgan_profile(ROOT / "fixtures"))
    assert {
        ("population.total", 89079, 2023, "en.wiki", True, None),
        ("population.total", 90000, 1999, "en-old.txt", False, "older"),
        ("population.urban", 92907, 2023, "en.wiki", True, None),
        ("population.urban", 148700, None, "en-old.txt", False, "undated"),
        ("population.urban", 150000, None, "lv.txt", False, "undated"),
    } == {tuple(p) for p in points}
    svg = tmp_path / "chart.svg"
    docs.draw_population_chart(points, svg)
    labels = re.findall(r"<text[^>]*>([^<]*)</text>", svg.read_text(encoding="utf-8"))
    for p in points:
        assert f"{p.value:,}" in labels
    alt = (DOCS / "reconcile.md").read_text(encoding="utf-8")
    alt = alt[alt.index(":alt:") :].split("\n")[0]
    for p in points:  # the figure's text alternative says what the chart shows
        assert f"{p.value:,}" in alt
        assert p.source in alt
