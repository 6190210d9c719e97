"""Tests for display templates read as what they show: {{br}}, {{sic}}, {{UTC±N}}, {{coords}}."""

from __future__ import annotations

import mwparserfromhell
import pytest
from hypothesis import given
from hypothesis import strategies as st

from infobox import Settlement, parse_infobox
from infobox.text import plain, render
from infobox.values.timezones import parse_utc_offset


def infobox(*lines: str) -> Settlement:
    return parse_infobox("{{Infobox settlement\n| name = X\n" + "\n".join(lines) + "\n}}")


def codes_of(settlement: Settlement) -> list[str]:
    return [d.code for d in settlement.diagnostics]


# --- {{br}} -------------------------------------------------------------------------------


def test_br_separates_postal_codes() -> None:
    """postal_code = 100300{{br}}100301 keeps two codes apart, as <br> does."""
    s = infobox("| postal_code = 100300{{br}}100301")
    assert "100300 100301" == s.postal_code
    assert infobox("| postal_code = 100300<br>100301").postal_code == s.postal_code


@pytest.mark.parametrize("written", ["{{br}}", "{{Br}}", "{{break}}", "{{break|2}}"])
def test_br_is_an_item_break(written: str) -> None:
    """{{br}} and {{break}} split a list into items."""
    assert ("A", "B") == render(mwparserfromhell.parse(f"A{written}B")).items


def test_br_splits_other_names() -> None:
    """other_name = A{{br}}B gives two names."""
    assert ("Alpha", "Beta") == infobox("| other_name = Alpha{{br}}Beta").other_names


# --- {{sic}} ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("{{sic|Teh}} town", "Teh town"),
        ("{{sic|Te|h}} town", "Teh town"),
        ("{{sic|?|Teh}} town", "Teh town"),
        ("{{sic|hide=y|Teh}} town", "Teh town"),
        ("{{sic|Teh|nolink=y}} town", "Teh town"),
        ("Teh{{sic}} town", "Teh town"),
    ],
)
def test_sic_keeps_the_quoted_text(written: str, shown: str) -> None:
    """{{sic|Teh}} shows the text as quoted, without the [sic] mark."""
    assert shown == plain(written)


def test_sic_in_motto() -> None:
    """motto = {{sic|Teh}} town reads "Teh town", not "town"."""
    assert "Teh town" == infobox("| motto = {{sic|Teh}} town").motto


# --- {{UTC±N}} ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "offset"),
    [
        ("{{UTC+6}}", "+06:00"),
        ("{{UTC-5}}", "-05:00"),
        ("{{UTC−5}}", "-05:00"),
        ("{{UTC+05:30}}", "+05:30"),
        ("{{UTC+5:45}}", "+05:45"),
        ("{{UTC}}", "+00:00"),
        ("{{UTC±0}}", "+00:00"),
        ("{{utc+3}}", "+03:00"),
    ],
)
def test_utc_template_offset(written: str, offset: str) -> None:
    """utc_offset = {{UTC+6}} reads the offset, instead of being lost."""
    s = infobox(f"| utc_offset = {written}")
    assert offset == s.timezones[0].utc_offset
    assert [] == codes_of(s)


def test_utc_template_as_zone_name() -> None:
    """timezone = {{UTC+6}} shows the offset's name, and its offset is read from it."""
    s = infobox("| timezone = {{UTC+6}}")
    assert "UTC+06:00" == s.timezones[0].name
    assert "+06:00" == s.timezones[0].utc_offset


def test_utc_template_unreadable_offset() -> None:
    """{{UTC+15}} shows UTC+15:00, which is no offset: None and a diagnostic."""
    s = infobox("| utc_offset = {{UTC+15}}")
    assert () == s.timezones
    assert "utc-offset.unparseable" in codes_of(s)


@given(st.integers(-12, 14), st.sampled_from(["00", "30", "45"]), st.sampled_from("+-\u2212"))
def test_utc_template_text_parses(hours: int, minutes: str, sign: str) -> None:
    """Any {{UTC±H:MM}} renders text that parse_utc_offset reads as that offset."""
    written = f"{{{{UTC{'+' if hours >= 0 else sign}{abs(hours)}:{minutes}}}}}"
    offset, _ = parse_utc_offset(plain(written))
    expected, _ = parse_utc_offset(written.strip("{}"))
    assert expected == offset


# --- {{coord}}'s other names --------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["coords", "Coords", "coor d", "Coor dms", "coor at dms", "Coor title dms", "coor"]
)
def test_coord_redirects(name: str) -> None:
    """coordinates = {{coords|51.5|-0.12}} and the other redirects of {{coord}} are read."""
    s = infobox(f"| coordinates = {{{{{name}|51.5|-0.12}}}}")
    assert s.coordinates is not None
    assert (51.5, -0.12) == (s.coordinates.lat, s.coordinates.lon)
    assert "coordinates.unparseable" not in codes_of(s)


def test_coords_dms() -> None:
    """{{coords}} takes {{coord}}'s degrees, minutes and hemisphere letters too."""
    s = infobox("| coordinates = {{coords|47|47|N|67|42|E}}")
    assert s.coordinates is not None
    assert (47.7833, 67.7) == (round(s.coordinates.lat, 4), round(s.coordinates.lon, 4))
