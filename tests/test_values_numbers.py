"""Tests for infobox.values.numbers: grouping, scale words, markers, trailing text, totality."""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from infobox.diagnostics import CATALOGUE
from infobox.models import Diagnostic
from infobox.values.numbers import (
    _GLUED_WORDS,
    _SCALES,
    Number,
    parse_count,
    parse_number,
    parse_number_and_rest,
)

SPACES = (" ", "\u00a0", "\u202f", "\u2009")
APPROX_MARKERS = (
    *("c. ", "c.", "ca. ", "ca ", "circa ", "about ", "approx. ", "approximately "),
    *("~", "~ ", "est. ", "around ", "Circa ", "ABOUT ", "\u2248"),
)
COUNT_TRAILERS = ("", " (20th)", " (2010 census)", " (2010)", " people", " [1]", "\n(2011)")
TRAILERS = (*COUNT_TRAILERS, " m", "%", "m", " ft above sea level", " km2")


def codes(diagnostics: Sequence[Diagnostic]) -> list[str]:
    """The codes of some diagnostics, in order."""
    return [d.code for d in diagnostics]


def number(value: float, *, integral: bool = True, approximate: bool = False) -> Number:
    """A Number with the defaults of a plain whole number."""
    return Number(value=value, integral=integral, approximate=approximate)


def group(digits: str, sep: str) -> str:
    """Digits grouped in threes from the right with sep."""
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return sep.join(parts)


# --- plain numbers and grouping -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("89079", number(89079.0)),
        ("  89079 ", number(89079.0)),
        ("1,234", number(1234.0)),
        ("1,234,567", number(1234567.0)),
        ("1 234 567", number(1234567.0)),
        ("1\u00a0234\u00a0567", number(1234567.0)),
        ("1\u202f234", number(1234.0)),
        ("1\u2009234", number(1234.0)),
        ("1\u00a0234 567", number(1234567.0)),
        ("1'234'567", number(1234567.0)),
        ("1\u2019234", number(1234.0)),
        ("12,34,567", number(1234567.0)),
        ("1,23,45,678", number(12345678.0)),
        ("1.234.567", number(1234567.0)),
        ("1.5", number(1.5, integral=False)),
        ("1,234.5", number(1234.5, integral=False)),
        ("1 234.56", number(1234.56, integral=False)),
        ("80.00", number(80.0, integral=False)),
        (".5", number(0.5, integral=False)),
        ("0.123", number(0.123, integral=False)),
        ("007", number(7.0)),
        ("-5", number(-5.0)),
        ("\u22125.5", number(-5.5, integral=False)),
        ("+12", number(12.0)),
        ("-0", number(0.0)),
        ("-.5", number(-0.5, integral=False)),
        ("\u09ee\u09ef\u09e6\u09ed\u09ef", number(89079.0)),
    ],
)
def test_parse_number_reads_grouped_and_decimal_numbers(text: str, expected: Number) -> None:
    """Grouped, decimal, signed and non-ASCII numerals read as the number they write."""
    assert (expected, ()) == parse_number(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,5", 1.5),
        ("0,5", 0.5),
        (",5", 0.5),
        ("1.234,5", 1234.5),
        ("1 234,5", 1234.5),
        ("1.234.567", 1234567.0),
        ("1.234.567,89", 1234567.89),
        ("1,234,567", 1234567.0),
        ("1.5", 1.5),
        ("1234.567", 1234.567),
        ("0.123", 0.123),
        ("12 345", 12345.0),
        ("1,2 млн", 1200000.0),
    ],
)
def test_parse_number_with_decimal_comma(text: str, expected: float) -> None:
    """With decimal_comma=True a comma is the decimal mark and periods group thousands."""
    result, _ = parse_number(text, decimal_comma=True)
    assert result is not None
    assert expected == result.value


def test_lone_period_before_three_digits_is_ambiguous_with_decimal_comma() -> None:
    """'1.234' with decimal_comma=True may be 1.234 or 1234, so it gives no value."""
    result, diagnostics = parse_number("1.234", decimal_comma=True)
    assert result is None
    assert codes(diagnostics) == ["number.ambiguous"]
    assert "1.234 or 1234" in diagnostics[0].message


@pytest.mark.parametrize(
    "text",
    [
        "1,5",
        "1,23",
        "0,123",
        "1,2345",
        "12,345,67",
        "1.234.5",
        "1.5.2010",
        "1,234 567",
        "1 234,567",
        "1,234.567,8",
        "1 23",
        "0 123",
        "1'23",
        "5'11",
        "1,234.5.6",
        "1234,567",
        "12,34,56",
        ".5.3",
        ".5 300",
    ],
)
def test_broken_grouping_gives_no_value(text: str) -> None:
    """A numeral that fits no single grouping is not read as any number."""
    result, diagnostics = parse_number(text)
    assert result is None
    assert codes(diagnostics) == ["number.ambiguous"]


def test_decimal_comma_hint() -> None:
    """A comma before other than three digits suggests decimal_comma=True."""
    _, diagnostics = parse_number("1,5")
    assert "decimal_comma=True" in diagnostics[0].message
    assert "1 digit is" in diagnostics[0].message


# --- two numbers are never fused ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("89079 92907", "more than one number"),
        ("12,345 13,000", "more than one number"),
        ("1,234 (2010) 1,500", "more than one number"),
        ("1,234\n5,678", "more than one number"),
        ("1,234, 5,678", "more than one number"),
        ("2010: 1,234", "more than one number"),
        ("2010 census 5,000", "more than one number"),
        ("5,000 people in 2010", "more than one number"),
        ("1,000\u20132,000", "range ('\u2013')"),
        ("1,000 - 2,000", "range ('-')"),
        ("34\u00a0\u2014 115", "range ('\u2014')"),
        ("1,000 to 2,000", "range ('to')"),
        ("1.5 to 2 million", "range ('to')"),
        ("100 \u00b1 5", "range ('\u00b1')"),
        ("1/2", "range ('/')"),
        ("12:30", "more than one number"),
        ("2\u00bd", "fraction, power or footnote"),
        ("2 \u00bd sq mi", "fraction, power or footnote"),
        ("10\u2076", "fraction, power or footnote"),
        ("89079\u00b9", "fraction, power or footnote"),
        ("5 1\u20442", "more than one number"),
        ("1e6", "exponent"),
        ("2.5E-3", "exponent"),
    ],
)
def test_more_than_one_number_gives_no_value(text: str, fragment: str) -> None:
    """A second number outside brackets, a range or an exponent gives number.ambiguous."""
    result, diagnostics = parse_number(text)
    assert result is None
    assert codes(diagnostics) == ["number.ambiguous"]
    assert fragment in diagnostics[0].message


# --- trailing text ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("89079 (20th)", 89079.0),
        ("1,234 (2010 census)", 1234.0),
        ("1,234 (2010)", 1234.0),
        ("1,234 (2010 [3])", 1234.0),
        ("4749008 (th\u1ee9 12)", 4749008.0),
        ("89079[1]", 89079.0),
        ("89079 [note 2]", 89079.0),
        ("300 m", 300.0),
        ("300m", 300.0),
        ("5,000 people", 5000.0),
        ("47 km2", 47.0),
        ("47 km\u00b2 (18 sq mi)", 47.0),
        ("47 km\u00b2", 47.0),
        ("5,000 per km\u00b2", 5000.0),
        ("80%", 80.0),
        ("1,234.", 1234.0),
        ("1,234,", 1234.0),
        ("1,234 (2010", 1234.0),
        ("1,234) text", 1234.0),
        ("12 345 inhabitants", 12345.0),
        ("1,234\nCity proper", 1234.0),
        ("1,000 +/- x", 1000.0),
    ],
)
def test_trailing_brackets_and_words_are_ignored(text: str, expected: float) -> None:
    """Text in brackets and words after the number do not change or spoil it."""
    result, diagnostics = parse_number(text)
    assert result is not None
    assert expected == result.value
    assert diagnostics == ()


# --- scale words --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "integral"),
    [
        ("1.2 million", 1_200_000.0, True),
        ("2.1 Million people", 2_100_000.0, True),
        ("3 millions", 3_000_000.0, True),
        ("5 thousand", 5_000.0, True),
        ("5k", 5_000.0, True),
        ("5 K", 5_000.0, True),
        ("1.5 billion", 1_500_000_000.0, True),
        ("2 bn", 2_000_000_000.0, True),
        ("4.5 mln", 4_500_000.0, True),
        ("1.5 lakh", 150_000.0, True),
        ("2 crore", 20_000_000.0, True),
        ("1.25 trillion", 1_250_000_000_000.0, True),
        ("3 hundred", 300.0, True),
        ("12 тыс.", 12_000.0, True),
        ("1.2 млн", 1_200_000.0, True),
        ("2 млрд", 2_000_000_000.0, True),
        ("5 мың", 5_000.0, True),
        ("5 tūkst.", 5_000.0, True),
        ("1.5 milj.", 1_500_000.0, True),
        ("1.2345 thousand", 1234.5, False),
        ("1.9 million (2010)", 1_900_000.0, True),
        ("4.35 million", 4_350_000.0, True),
    ],
)
def test_scale_words_multiply(text: str, expected: float, integral: bool) -> None:
    """A scale word after the number multiplies it, exactly."""
    result, _ = parse_number(text)
    assert number(expected, integral=integral) == result


@pytest.mark.parametrize("text", ["5 km", "5 kg", "300 m", "2 M", "5 thousandths"])
def test_words_that_only_look_like_scales_do_not_scale(text: str) -> None:
    """Units such as km, kg and m are not scale words."""
    result, _ = parse_number(text)
    assert result is not None
    assert float(text.split()[0]) == result.value


# --- markers and bounds -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("c. 1,234", "c."),
        ("c.1234", "c."),
        ("ca. 1234", "ca."),
        ("ca 1234", "ca"),
        ("circa 1234", "circa"),
        ("Circa 1234", "Circa"),
        ("about 1234", "about"),
        ("around 1234", "around"),
        ("approx. 1234", "approx."),
        ("approximately 1234", "approximately"),
        ("roughly 1234", "roughly"),
        ("nearly 1234", "nearly"),
        ("some 1234", "some"),
        ("est. 1234", "est."),
        ("estimated 1234", "estimated"),
        ("~1234", "~"),
        ("\u2248 1234", "\u2248"),
        ("about ~1234", "about"),
        ("1234 approx.", "approx."),
        ("1234 est.", "est."),
        ("1234 or so", "or so"),
        ("1234 (approx.)", "(approx.)"),
        ("1234 ( est. )", "( est. )"),
    ],
)
def test_approximate_markers(text: str, marker: str) -> None:
    """A marker before the number, or right after it, sets approximate with an info."""
    result, diagnostics = parse_number(text)
    assert number(1234.0, approximate=True) == result
    assert codes(diagnostics) == ["number.approximate"]
    assert diagnostics[0].severity == "info"
    assert repr(marker) in diagnostics[0].message


def test_approximate_marker_with_sign() -> None:
    """A sign may follow a marker."""
    result, _ = parse_number("c. \u22125")
    assert number(-5.0, approximate=True) == result


@pytest.mark.parametrize("text", ["cape 5", "abouts 5", "cab 5", "circas 5"])
def test_marker_words_must_end_at_a_word_boundary(text: str) -> None:
    """A word that only begins like a marker is text before the number."""
    result, diagnostics = parse_number(text)
    assert result is None
    assert codes(diagnostics) == ["number.unparseable"]


@pytest.mark.parametrize(
    "text",
    [
        "over 5,000",
        "more than 5,000",
        "More\u00a0than 5,000",
        "less than 5",
        "under 5",
        "at least 5",
        "up to 5",
        "> 5",
        "<5",
        "\u2265 5",
        "about over 5",
        "5,000+",
        "5,000 +",
        "5,000 or more",
        "5,000 or less",
        "5 and above",
        "5 plus",
        "1.2 million+",
    ],
)
def test_bounds_give_no_value(text: str) -> None:
    """A bound (over 5,000, 5,000+) is not a value."""
    result, diagnostics = parse_number(text)
    assert result is None
    assert codes(diagnostics) == ["number.ambiguous"]
    assert "bound" in diagnostics[0].message


@pytest.mark.parametrize("text", ["5+3", "5 + 3"])
def test_plus_with_more_digits_is_another_number(text: str) -> None:
    """'5+3' is two numbers, not a bound."""
    result, diagnostics = parse_number(text)
    assert result is None
    assert codes(diagnostics) == ["number.ambiguous"]
    assert "more than one number" in diagnostics[0].message


# --- no number ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", " ", "\n\t", "\u00a0"])
def test_empty_text_gives_nothing_and_no_diagnostic(text: str) -> None:
    """Blank text is an unset value, not an error."""
    assert parse_number(text) == (None, ())
    assert parse_count(text) == (None, ())


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("abc", "does not start with a number"),
        ("n/a", "does not start with a number"),
        ("\u2014", "does not start with a number"),
        ("auto", "does not start with a number"),
        ("(2010) 1,234", "does not start with a number"),
        ("Census: 5,000", "does not start with a number"),
        ("c.", "does not start with a number"),
        ("~", "does not start with a number"),
        (",5", "does not start with a number"),
        ("-", "no digits after its sign"),
        ("- 5", "no digits after its sign"),
        ("+x", "no digits after its sign"),
        ("\u201328", "en dash"),
        ("9" * 51, "more than 50 digits"),
    ],
)
def test_text_without_a_number_is_unparseable(text: str, fragment: str) -> None:
    """Non-empty text that does not start with a number gives number.unparseable."""
    result, diagnostics = parse_number(text)
    assert result is None
    assert codes(diagnostics) == ["number.unparseable"]
    assert fragment in diagnostics[0].message


def test_fifty_digits_are_read_exactly() -> None:
    """The largest numeral accepted keeps all its digits until the float conversion."""
    count, _ = parse_count("9" * 50)
    assert int("9" * 50) == count


def test_long_text_is_shortened_in_messages() -> None:
    """A message quotes at most about 60 characters of the text."""
    _, diagnostics = parse_number("x" * 1000)
    assert len(diagnostics[0].message) < 120


def test_every_emitted_code_is_catalogued() -> None:
    """The codes this module emits are in the catalogue with the severities used."""
    for code in ("number.unparseable", "number.ambiguous", "number.approximate"):
        assert code in CATALOGUE
    assert CATALOGUE["number.fractional"][0] == "warning"
    assert CATALOGUE["number.negative"][0] == "warning"


# --- counts -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("89,079", 89079),
        ("89079 (20th)", 89079),
        ("1.2 million", 1_200_000),
        ("1.9 million", 1_900_000),
        ("2.1 million", 2_100_000),
        ("12.0", 12),
        ("0", 0),
        ("-0", 0),
        ("1 829 180", 1_829_180),
        ("12,34,567", 1_234_567),
        ("4,222,000 people", 4_222_000),
        ("9" * 20, int("9" * 20)),
    ],
)
def test_parse_count_reads_whole_numbers(text: str, expected: int) -> None:
    """A count is a non-negative whole number, scale words applied exactly."""
    assert (expected, ()) == parse_count(text)


def test_parse_count_keeps_the_approximate_info() -> None:
    """An approximate count is still read, with its info diagnostic."""
    count, diagnostics = parse_count("c. 5,000")
    assert count == 5000
    assert codes(diagnostics) == ["number.approximate"]


def test_parse_count_with_decimal_comma() -> None:
    """parse_count accepts decimal_comma like parse_number."""
    assert parse_count("1,2 млн", decimal_comma=True) == (1_200_000, ())
    assert parse_count("1 234", decimal_comma=True) == (1234, ())


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("12.5", "number.fractional"),
        ("1.2345678 million", "number.fractional"),
        ("0.5", "number.fractional"),
        ("-5", "number.negative"),
        ("\u22121,234", "number.negative"),
        ("2m", "number.ambiguous"),
        ("2.1 M", "number.ambiguous"),
        ("3 b", "number.ambiguous"),
        ("89079 92907", "number.ambiguous"),
        ("abc", "number.unparseable"),
    ],
)
def test_parse_count_rejects_what_is_not_a_count(text: str, code: str) -> None:
    """Fractions, negatives, 'm' suffixes and unreadable text give no count."""
    count, diagnostics = parse_count(text)
    assert count is None
    assert [code] == codes(diagnostics)


def test_parse_count_keeps_earlier_diagnostics_when_rejecting() -> None:
    """A rejected approximate count reports both the marker and the reason."""
    count, diagnostics = parse_count("about -5")
    assert count is None
    assert codes(diagnostics) == ["number.approximate", "number.negative"]


# --- the Number model ---------------------------------------------------------------------


def test_number_is_frozen_and_checked() -> None:
    """Number is immutable and its fields are type-checked."""
    value = number(1.0)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        value.value = 2.0  # type: ignore[misc]
    with pytest.raises(TypeError):
        Number(value=1, integral=True, approximate=False)


# --- properties ---------------------------------------------------------------------------


@st.composite
def written_numbers(
    draw: st.DrawFn, *, decimal_comma: bool = False
) -> tuple[str, Decimal, bool, bool]:
    """A number written in some grouping style: (text, value, integral, approximate)."""
    digits = str(draw(st.integers(min_value=0, max_value=10**15)))
    fraction = draw(st.none() | st.text("0123456789", min_size=1, max_size=6))
    styles = ["", *SPACES, "'", "’"]
    styles.append("." if decimal_comma else ",")
    style = draw(st.sampled_from(styles))
    dec = "," if decimal_comma else "."
    if style == "." and len(digits) in (4, 5, 6) and fraction is None:
        style = ""  # "1.234" is ambiguous with a decimal comma: tested on its own
    numeral = group(digits, style) if style else digits
    if fraction is not None:
        numeral += dec + fraction
    negative = draw(st.booleans())
    sign = draw(st.sampled_from(["-", "\u2212"])) if negative else draw(st.sampled_from(["", "+"]))
    marker = draw(st.sampled_from(("", *APPROX_MARKERS)))
    trailer = draw(st.sampled_from(TRAILERS))
    value = Decimal(digits + ("." + fraction if fraction is not None else ""))
    text = f"{marker}{sign}{numeral}{trailer}"
    return text, (-value if negative else value), fraction is None, bool(marker)


@given(written_numbers())
@example(("1,234,567.5 (20th)", Decimal("1234567.5"), False, False))
@example(("c. \u22121\u2009234 m", Decimal("-1234"), True, True))
def test_written_numbers_read_back(case: tuple[str, Decimal, bool, bool]) -> None:
    """A number in any accepted grouping style, sign, marker and trailer reads back exactly."""
    text, value, integral, approximate = case
    result, diagnostics = parse_number(text)
    assert result is not None, (text, diagnostics)
    assert float(value) + 0.0 == result.value
    assert integral == result.integral
    assert approximate == result.approximate
    assert (["number.approximate"] if approximate else []) == codes(diagnostics)


@given(written_numbers(decimal_comma=True))
@example(("1.234.567,5", Decimal("1234567.5"), False, False))
def test_written_numbers_read_back_with_decimal_comma(
    case: tuple[str, Decimal, bool, bool],
) -> None:
    """The same property with a decimal comma and period grouping."""
    text, value, integral, approximate = case
    result, _ = parse_number(text, decimal_comma=True)
    assert result is not None, text
    assert float(value) + 0.0 == result.value
    assert integral == result.integral
    assert approximate == result.approximate


@given(
    st.integers(min_value=0, max_value=10**12),
    st.sampled_from(["", *SPACES, ","]),
    st.sampled_from(COUNT_TRAILERS),
)
def test_written_counts_read_back(value: int, style: str, trailer: str) -> None:
    """A count in any grouping style reads back as the same int."""
    numeral = group(str(value), style) if style else str(value)
    assert (value, ()) == parse_count(numeral + trailer)


def render(value: int, style: str) -> str:
    """An int written plain (style '') or grouped with style."""
    return group(str(value), style) if style else str(value)


@given(
    st.integers(min_value=0, max_value=10**9),
    st.sampled_from(["", ",", "'", *SPACES]),
    st.integers(min_value=0, max_value=10**9),
    st.sampled_from(["", ",", "'", *SPACES]),
    st.sampled_from([*SPACES, "  ", "\n", " / ", "–", " - ", " to ", ", ", "; "]),
)
@example(89079, "", 92907, "", " ")
@example(12345, ",", 13000, ",", " ")
@example(12, "", 345, "", " ")
@example(12, "", 345678, "\u2009", "\u00a0")
@example(1234, " ", 567, "", " ")
def test_two_numbers_are_never_fused(
    first: int, first_style: str, second: int, second_style: str, between: str
) -> None:
    """Two numbers side by side give number.ambiguous, unless the text is one grouped numeral.

    '12 345' is both 12 and 345 and the grouped 12345; the text cannot tell
    them apart, so only that exact shape may be read, and then as the whole.
    """
    text = render(first, first_style) + between + render(second, second_style)
    result, diagnostics = parse_number(text)
    if result is None:
        assert codes(diagnostics) == ["number.ambiguous"]
        return
    # The only shape read: the whole text is one space-grouped numeral.
    parts = text.translate({ord(space): " " for space in SPACES}).split(" ")
    assert all(part.isdecimal() for part in parts)
    assert 1 <= len(parts[0]) <= 3
    assert all(len(part) == 3 for part in parts[1:])
    assert float("".join(parts)) == result.value


@given(st.text())
@example("1" * 100)
@example("\u0660\u0661")
def test_any_text_never_raises(text: str) -> None:
    """Any text gives a finite value or None with a diagnostic, never an exception."""
    for decimal_comma in (False, True):
        result, diagnostics = parse_number(text, decimal_comma=decimal_comma)
        if result is None:
            assert bool(text.strip()) == bool(diagnostics)
        else:
            assert math.isfinite(result.value)
        count, count_diagnostics = parse_count(text, decimal_comma=decimal_comma)
        assert count is None or count >= 0
        assert all(d.code in CATALOGUE for d in (*diagnostics, *count_diagnostics))


@given(st.text(alphabet="0123456789,. \u00a0\u2009'-()~c+", max_size=60))
def test_number_like_text_never_raises(text: str) -> None:
    """Text made of digits and separators never raises and never fuses across a gap."""
    result, diagnostics = parse_number(text)
    if result is None:
        assert bool(text.strip()) == bool(diagnostics)
    else:
        assert math.isfinite(result.value)


# --- huge inputs --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "9" * 100_000,
        "1," * 50_000,
        "1 " * 50_000,
        "123," * 25_000 + "123",
        "123 " * 25_000 + "123",
        "12," * 33_333,
        ", " * 50_000,
        "1" + ",234" * 25_000,
        "1" + ".234" * 25_000,
        "c. " * 30_000 + "5",
        "(" * 100_000,
        "1 " + "(" * 50_000 + ")" * 50_000,
        "5 " + "a1" * 50_000,
        ("0123456789, " * 9_000)[:100_000],
    ],
    ids=lambda text: repr(text[:12]),
)
def test_huge_inputs_are_answered(text: str) -> None:
    """100,000-character inputs come back with a value or a diagnostic (time: benchmarks)."""
    for decimal_comma in (False, True):
        number, found = parse_number(text, decimal_comma=decimal_comma)
        assert number is not None or found
        count, found = parse_count(text, decimal_comma=decimal_comma)
        assert count is not None or found


# --- letters glued to the digits ------------------------------------------------------------


@pytest.mark.parametrize("text", ["12abc", "0x1F", "1990s", "12e", "5kg2x", "89079abc (20th)"])
def test_junk_glued_to_the_digits_is_unparseable(text: str) -> None:
    """Letters glued to a number that are no unit, scale word or ordinal: None."""
    for parse in (parse_number, parse_count):
        value, found = parse(text)
        assert (None, ["number.unparseable"]) == (value, codes(found))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("300m", 300.0),
        ("12km2", 12.0),
        ("12km\u00b2", 12.0),
        ("6ft", 6.0),
        ("1.2km", 1.2),
        ("5th", 5.0),
        ("1.2million", 1_200_000.0),
        ("12 abc", 12.0),
        ("1234\u4eba", 1234.0),
    ],
)
def test_units_scale_words_and_ordinals_may_be_glued(text: str, expected: float) -> None:
    """A unit symbol, scale word or ordinal glued to the digits keeps the number."""
    assert expected == (parse_number(text)[0] or number(-1)).value


@pytest.mark.parametrize("text", ["5%", "5 %", "12\u2030", "80% (2010)"])
def test_a_percentage_is_no_count(text: str) -> None:
    """``5%`` in a count is a share, not a head count."""
    assert (None, ["number.unparseable"]) == (parse_count(text)[0], codes(parse_count(text)[1]))


@given(
    st.integers(0, 10**9),
    st.text(alphabet=st.characters(min_codepoint=ord("a"), max_codepoint=ord("z")), min_size=1),
)
def test_a_glued_latin_suffix_is_a_known_word_or_unreadable(value: int, suffix: str) -> None:
    """``<digits><letters>`` reads as the number only when the letters are a known word."""
    known = suffix in _GLUED_WORDS or suffix in _SCALES
    for parse in (parse_number, parse_count):
        result, found = parse(f"{value}{suffix}")
        if not known:
            assert (None, ["number.unparseable"]) == (result, codes(found))
        elif parse is parse_number:
            assert result is not None


def test_parse_number_and_rest_gives_the_text_after_the_number() -> None:
    """The rest is what follows the number and its scale word, as written."""
    found, _ = parse_number_and_rest("c. 1.2 million people/km2")
    assert found is not None
    assert (1_200_000.0, " people/km2") == (found[0].value, found[1])


def test_no_prefix_word_starts_with_a_digit() -> None:
    """The number reader skips its prefix words at a digit: none of them starts with one."""
    from infobox.values import numbers

    words = (*numbers._APPROX_PREFIXES, *numbers._BOUND_PREFIXES)
    assert all(word and not word[0].isdecimal() for word in words)
