"""Tests for infobox.values.timezones: UTC offsets and offsets read from zone names."""

from __future__ import annotations

import re

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from infobox.strategies import utc_offsets
from infobox.values import timezones
from infobox.values.timezones import offset_from_zone_name, parse_utc_offset

CANONICAL = re.compile(r"[+-](?:0[0-9]|1[0-4]):(?:00|15|30|45)")

# --- hand-made examples -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("+6", "+06:00"),
        ("−5", "-05:00"),
        ("-5", "-05:00"),
        ("–5", "-05:00"),
        ("+3:30", "+03:30"),
        ("+05:30", "+05:30"),
        ("+0530", "+05:30"),
        ("+530", "+05:30"),
        ("+5:45", "+05:45"),
        ("UTC+05:30", "+05:30"),
        ("UTC+6", "+06:00"),
        ("GMT+6", "+06:00"),
        ("UTC−3", "-03:00"),
        ("UTC -04:00", "-04:00"),
        ("utc + 6", "+06:00"),
        ("UTC+6:00", "+06:00"),
        ("＋8", "+08:00"),
        (" +1 ", "+01:00"),
        ("+5.5", "+05:30"),
        ("+5.75", "+05:45"),
        ("+9.50", "+09:30"),
        ("+5.30", "+05:30"),
        ("+5.45", "+05:45"),
        ("+14:00", "+14:00"),
        ("-12:00", "-12:00"),
        ("0", "+00:00"),
        ("+0", "+00:00"),
        ("-0", "+00:00"),
        ("−00:00", "+00:00"),
        ("±0", "+00:00"),
        ("UTC", "+00:00"),
        ("GMT", "+00:00"),
        ("utc", "+00:00"),
        ("UTC±0", "+00:00"),
        ("UTC+0", "+00:00"),
    ],
)
def test_parse_utc_offset_reads_each_form(text: str, offset: str) -> None:
    """Every documented form normalises to +HH:MM with no diagnostic."""
    assert (offset, ()) == parse_utc_offset(text)


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_parse_utc_offset_empty_is_silent(text: str) -> None:
    """Empty or blank text gives no offset and no diagnostic."""
    assert parse_utc_offset(text) == (None, ())


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("+15", "outside"),
        ("-13", "outside"),
        ("+14:30", "outside"),
        ("-12:30", "outside"),
        ("+99", "outside"),
        ("+5:40", "minutes"),
        ("+5:60", "minutes"),
        ("+5.3", "minutes"),
        ("+0510", "minutes"),
        ("6", "no sign"),
        ("UTC6", "no sign"),
        ("5:30", "no sign"),
        ("±5", "±"),
        ("+", "not a UTC offset"),
        ("UTC+", "not a UTC offset"),
        ("+05:3", "not a UTC offset"),
        ("+ab", "not a UTC offset"),
        ("CET", "not a UTC offset"),
        ("+1 (summer +2)", "not a UTC offset"),
        ("+6 +7", "not a UTC offset"),
        ("+12345", "not a UTC offset"),
    ],
)
def test_parse_utc_offset_unparseable(text: str, reason: str) -> None:
    """Impossible or unreadable offsets give None and one utc-offset.unparseable naming the text."""
    offset, diagnostics = parse_utc_offset(text)
    assert offset is None
    assert [d.code for d in diagnostics] == ["utc-offset.unparseable"]
    assert reason in diagnostics[0].message
    assert text in diagnostics[0].message


def test_long_offset_message_is_shortened() -> None:
    """A diagnostic quotes at most a short prefix of a long text."""
    (diagnostic,) = parse_utc_offset("+" * 100_000)[1]
    assert len(diagnostic.message) < 200


@pytest.mark.parametrize(
    ("name", "offset"),
    [
        ("GMT+6", "+06:00"),
        ("UTC+6", "+06:00"),
        ("UTC+05:30", "+05:30"),
        ("UTC−03:00", "-03:00"),
        ("+6", "+06:00"),
        ("UTC", "+00:00"),
        ("GMT", "+00:00"),
        ("CET", "+01:00"),
        ("CEST", "+02:00"),
        ("EET", "+02:00"),
        ("MSK", "+03:00"),
        ("NPT", "+05:45"),
        ("AKST", "-09:00"),
        ("Central European Time", "+01:00"),
        ("central  european time", "+01:00"),
        ("Moscow Time", "+03:00"),
        ("Indian Standard Time", "+05:30"),
        ("Indian Standard Time (IST)", "+05:30"),
        ("Central European Time (CET)", "+01:00"),
        ("UTC+6 (Almaty)", "+06:00"),
        ("Hawaii–Aleutian Standard Time", "-10:00"),
    ],
)
def test_offset_from_zone_name_reads(name: str, offset: str) -> None:
    """Names that state an offset, or name a zone with one offset, give it."""
    assert offset == offset_from_zone_name(name)


@pytest.mark.parametrize(
    "name",
    [
        "",
        "IST",
        "CST",
        "BST",
        "EST",
        "MST",
        "PST",
        "AST",
        "ALMT",
        "Eastern Standard Time",
        "Central Standard Time",
        "Eastern (EST)",
        "UTC+6 (CET)",
        "Time in Kazakhstan",
        "6",
        "UTC6",
        "UTC+15",
        "cet",
        "UTC+6/+7",
    ],
)
def test_offset_from_zone_name_unsure(name: str) -> None:
    """Ambiguous abbreviations, unknown names and conflicting parts give None."""
    assert offset_from_zone_name(name) is None


def test_zone_tables_hold_canonical_offsets() -> None:
    """Every offset in the zone tables is canonical and a fixed point of parse_utc_offset."""
    tables = {**timezones._ABBREVIATIONS, **timezones._NAMES}
    for offset in tables.values():
        assert CANONICAL.fullmatch(offset)
        assert (offset, ()) == parse_utc_offset(offset)
    assert all(name == name.casefold() for name in timezones._NAMES)
    assert not {"IST", "CST", "BST", "EST", "MST", "PST", "AST", "GST", "SST"} & set(tables)


# --- properties ---------------------------------------------------------------------------


@st.composite
def offsets(draw: st.DrawFn) -> tuple[int, int, int]:
    """(sign, hours, minutes) of an offset in use: −12:00..+14:00, minutes 0, 15, 30 or 45."""
    sign = draw(st.sampled_from([1, -1]))
    hours = draw(st.integers(0, 14))
    minutes = draw(st.sampled_from([0, 15, 30, 45]))
    total = sign * (hours * 60 + minutes)
    assume(-12 * 60 <= total <= 14 * 60)
    return sign, hours, minutes


def expected_offset(sign: int, hours: int, minutes: int) -> str:
    """The straightforward +HH:MM form, with zero always positive."""
    if hours == minutes == 0:
        return "+00:00"
    return f"{'+' if sign > 0 else '-'}{hours:02d}:{minutes:02d}"


def styles(hours: int, minutes: int) -> list[str]:
    """Every way of writing the hours and minutes without a sign."""
    written = [f"{hours:02d}:{minutes:02d}", f"{hours}:{minutes:02d}", f"{hours:02d}{minutes:02d}"]
    written.append(f"{hours}.{minutes * 100 // 60}" if minutes else f"{hours}.0")
    if minutes == 0:
        written += [str(hours), f"{hours:02d}"]
    if minutes:
        written.append(f"{hours}.{minutes:02d}")
    if hours < 10:
        written.append(f"{hours}{minutes:02d}")
    return written


@given(st.data(), offsets())
def test_every_style_normalises(data: st.DataObject, offset: tuple[int, int, int]) -> None:
    """An offset written in any style, sign and prefix normalises to +HH:MM."""
    sign, hours, minutes = offset
    body = data.draw(st.sampled_from(styles(hours, minutes)))
    minus = data.draw(st.sampled_from(["-", "−", "–"]))
    mark = "+" if sign > 0 else minus
    prefix = data.draw(st.sampled_from(["", "UTC", "GMT", "UTC ", "utc"]))
    text = f"{prefix}{mark}{body}"
    expected = expected_offset(sign, hours, minutes)
    assert (expected, ()) == parse_utc_offset(text)
    assert expected == offset_from_zone_name(text)


@given(offsets())
def test_canonical_form_is_a_fixed_point(offset: tuple[int, int, int]) -> None:
    """The normalised form reads back as itself."""
    expected = expected_offset(*offset)
    assert (expected, ()) == parse_utc_offset(expected)


@given(utc_offsets(), st.sampled_from(["UTC", "GMT", "UTC ", "utc"]))
@example("+00:00", "utc")  # was None: "utc+0" was a zone name that says +00:00, "utc" not
def test_every_offset_in_use_reads_from_a_zone_name(offset: str, prefix: str) -> None:
    """Each offset of infobox.strategies.utc_offsets() is read from "UTC±hh:mm" (+00:00 bare)."""
    written = prefix.strip() if offset == "+00:00" else f"{prefix}{offset}"
    assert offset == offset_from_zone_name(written)
    assert (offset, ()) == parse_utc_offset(written)


@given(st.sampled_from([1, -1]), st.integers(0, 99), st.integers(0, 99))
def test_only_offsets_in_use_are_accepted(sign: int, hours: int, minutes: int) -> None:
    """hh:mm is accepted exactly when it is within −12:00..+14:00 on a quarter hour."""
    text = f"{'+' if sign > 0 else '−'}{hours}:{minutes:02d}"
    total = sign * (hours * 60 + minutes)
    valid = minutes in (0, 15, 30, 45) and -720 <= total <= 840
    offset, diagnostics = parse_utc_offset(text)
    assert (offset is not None) == valid
    assert (diagnostics == ()) == valid


@given(st.text())
def test_arbitrary_text_never_raises(text: str) -> None:
    """Any text gives a canonical offset, or None with one diagnostic unless blank."""
    offset, diagnostics = parse_utc_offset(text)
    if offset is None:
        assert len(diagnostics) == (1 if text.strip() else 0)
    else:
        assert CANONICAL.fullmatch(offset)
        assert diagnostics == ()
    from_name = offset_from_zone_name(text)
    assert from_name is None or CANONICAL.fullmatch(from_name)


OFFSET_TOKENS = [
    "+", "−", "-", "±", "UTC", "GMT", " ", "0", "5", "12", "14", ":", "30", ".", "(", ")", "CET",
    "IST",
]  # fmt: skip


@given(st.lists(st.sampled_from(OFFSET_TOKENS), max_size=8).map("".join))
def test_offset_like_noise_never_raises(text: str) -> None:
    """Text made of offset fragments gives a canonical offset or None, and never raises."""
    offset, _ = parse_utc_offset(text)
    assert offset is None or CANONICAL.fullmatch(offset)
    from_name = offset_from_zone_name(text)
    assert from_name is None or CANONICAL.fullmatch(from_name)
