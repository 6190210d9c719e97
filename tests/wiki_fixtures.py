"""What the per-wiki tests share: the real fixture pages and the dump samples.

Not a test module: ``tests/test_wiki_*.py`` import it (``tests`` is on pytest's
``pythonpath``).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Final

import mwparserfromhell

from infobox import Settlement, parse_infobox
from infobox.dump import read_pages
from infobox.templates.registry import spec_for

FIXTURES: Final = Path(__file__).resolve().parent.parent / "fixtures"
REAL: Final = FIXTURES / "real" / "settlement"


def real_pages(wiki: str) -> list[str]:
    """The file names of one wiki's real settlement pages, sorted."""
    return sorted(path.name for path in (REAL / wiki).glob("*.wiki"))


@functools.cache
def real_page(wiki: str, name: str) -> Settlement:
    """The parsed infobox of one real fixture page (parsed once per session)."""
    return parse_infobox((REAL / wiki / name).read_text(encoding="utf-8"))


def codes(settlement: Settlement) -> list[tuple[str, str | None]]:
    """The (code, param) pairs of the settlement's diagnostics."""
    return [(d.code, d.param) for d in settlement.diagnostics]


def subdivisions(s: Settlement) -> list[tuple[str | None, str | None]]:
    """The (type, name) pairs of a settlement's subdivisions, in index order."""
    return [(d.type, d.name) for d in sorted(s.subdivisions, key=lambda d: d.index)]


@functools.cache
def dump_sample(name: str) -> list[tuple[str, str]]:
    """(title, wikitext) of every page of ``fixtures/dumps/<name>``."""
    return [(page.title, page.text or "") for page in read_pages(FIXTURES / "dumps" / name)]


def first_template(text: str) -> str | None:
    """The name of the first known settlement template at the page's top level, if any."""
    for template in mwparserfromhell.parse(text).filter_templates(recursive=False):
        spec = spec_for(str(template.name))
        if spec is not None:
            return spec.name
    return None


def sample_settlements(name: str) -> list[tuple[str, Settlement]]:
    """(template, settlement) of every page of a dump sample that calls a known template."""
    calls = [(first_template(text), text) for _, text in dump_sample(name)]
    return [(spec, parse_infobox(text)) for spec, text in calls if spec is not None]
