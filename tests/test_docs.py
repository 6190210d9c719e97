"""The documentation agrees with the code it describes."""

from __future__ import annotations

import re
from pathlib import Path

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
