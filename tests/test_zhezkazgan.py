"""The canonical fixture: the Zhezkazgan infobox yields what en.expected.json beside it states."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from infobox import Settlement, parse_infobox, to_dict

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PAGE = FIXTURES / "zhezkazgan" / "en.wiki"
EXPECTED = FIXTURES / "zhezkazgan" / "en.expected.json"


@pytest.fixture(scope="module")
def text() -> str:
    return PAGE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def settlement(text: str) -> Settlement:
    return parse_infobox(text)


def _expected() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXPECTED.read_text(encoding="utf-8"))
    return data


def _leaves(expected: Any, path: str = "") -> list[tuple[str, Any]]:
    """(path, value) for every leaf of the expected JSON, lists indexed."""
    if isinstance(expected, dict):
        return [leaf for key, value in expected.items() for leaf in _leaves(value, f"{path}.{key}")]
    if isinstance(expected, list):
        return [(f"{path}#len", len(expected))] + [
            leaf for i, value in enumerate(expected) for leaf in _leaves(value, f"{path}[{i}]")
        ]
    return [(path, expected)]


def _lookup(data: Any, path: str) -> Any:
    for part in path.replace("[", ".[").split(".")[1:]:
        if part.endswith("#len"):
            key = part[: -len("#len")]
            data = data[int(key[1:-1])] if key.startswith("[") else data[key] if key else data
            return len(data)
        data = data[int(part[1:-1])] if part.startswith("[") else data[part]
    return data


CHECKED = [
    (path, value)
    for key, value in _expected().items()
    if not key.startswith("_")
    for path, value in _leaves(value, f".{key}")
]


@pytest.mark.parametrize(("path", "expected"), CHECKED, ids=[path for path, _ in CHECKED])
def test_value_matches_the_expected_json(settlement: Settlement, path: str, expected: Any) -> None:
    """Each value of en.expected.json is what parse_infobox gives for en.wiki."""
    actual = _lookup(to_dict(settlement), path)
    if isinstance(expected, float):
        tolerance = 0.1 if path.endswith("density_km2") else 1e-5
        assert math.isclose(expected, actual, abs_tol=tolerance), (path, actual)
    else:
        assert expected == actual


def test_every_parameter_is_kept_raw_with_offsets(text: str, settlement: Settlement) -> None:
    """All 50 parameters come back in order, raw text identical to the input slice."""
    assert _expected()["_params_count"] == len(settlement.params)
    assert "name" == next(iter(settlement.params))
    assert "website" == list(settlement.params)[-1]
    for param in settlement.params.values():
        assert text[param.start : param.end] == param.raw
    native = settlement.params["native_name"]
    assert "Jezqazğan < br / > Жезқазған" == native.raw
    assert "Jezqazğan Жезқазған" == native.text


def test_the_diagnostics_state_the_known_flaws(text: str, settlement: Settlement) -> None:
    """Mangled tags, land > total, offset from the zone name and the wrong name are reported."""
    codes = {d.code for d in settlement.diagnostics}
    assert set(_expected()["_diagnostic_codes"]) == codes
    repaired = sorted(
        text[d.start : d.end]
        for d in settlement.diagnostics_with("markup.repaired")
        if d.start is not None and d.end is not None
    )
    assert ["< /ref >", "< /small >", "< br / >", "< ref >", "< small >"] == repaired
    [land] = settlement.diagnostics_with("area.land-exceeds-total")
    assert ("warning", "area_land_km2") == (land.severity, land.param)
    assert "1761" in land.message
    assert "47" in land.message
    [offset] = settlement.diagnostics_with("utc-offset.from-zone-name")
    assert ("info", "utc_offset") == (offset.severity, offset.param)
    [label] = settlement.diagnostics_with("name.differs-from-pushpin-label")
    assert "Balkhash" in label.message
    assert "Jezkazgan" in label.message
    [lead] = settlement.diagnostics_with("name.differs-from-lead-title")
    assert "Jezkazgan" in lead.message


def test_the_infobox_alone_does_not_compare_with_a_lead(text: str) -> None:
    """Without the page's lead in the text, only the pushpin label is compared."""
    infobox_only = text[: text.index("}}", text.index("website")) + 2]
    codes = {d.code for d in parse_infobox(infobox_only).diagnostics}
    assert "name.differs-from-pushpin-label" in codes
    assert "name.differs-from-lead-title" not in codes


def test_fixture_is_the_seed_byte_for_byte() -> None:
    """The fixture keeps its flaws: it was copied, not cleaned."""
    raw = PAGE.read_bytes()
    assert b"< br / >" in raw
    assert b"Balkhash" in raw
    assert 3484 == len(raw)
