"""Tests for infobox.values.dates: plain-text dates and date templates."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from infobox.diagnostics import CATALOGUE
from infobox.models import PartialDate
from infobox.names import normalize_title
from infobox.strategies import partial_dates
from infobox.values.dates import (
    DATE_TEMPLATES,
    date_from_template,
    format_date,
    parse_date,
    template_text,
)

MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
ABBREVIATIONS = [month[:3] for month in MONTHS]

D = PartialDate


# --- hand-made examples -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "note"),
    [
        ("December 20, 1954", D(1954, 12, 20), None),
        ("December 20 1954", D(1954, 12, 20), None),
        ("20 December 1954", D(1954, 12, 20), None),
        ("20 December, 1954", D(1954, 12, 20), None),
        ("Dec. 20, 1954", D(1954, 12, 20), None),
        ("20 Dec 1954", D(1954, 12, 20), None),
        ("Sept. 3, 1900", D(1900, 9, 3), None),
        ("20th December 1954", D(1954, 12, 20), None),
        ("20th of December 1954", D(1954, 12, 20), None),
        ("December 20th, 1954", D(1954, 12, 20), None),
        ("december 20, 1954", D(1954, 12, 20), None),
        ("December 1954", D(1954, 12), None),
        ("Dec 1954", D(1954, 12), None),
        ("December, 1954", D(1954, 12), None),
        ("1939", D(1939), None),
        ("862", D(862), None),
        ("1954-12-20", D(1954, 12, 20), None),
        ("1954-12", D(1954, 12), None),
        ("31.12.2013", D(2013, 12, 31), None),
        ("12/20/1954", D(1954, 12, 20), None),
        ("1/1/2000", D(2000, 1, 1), None),
        ("753 BC", D(-753), None),
        ("753 BCE", D(-753), None),
        ("44 B.C.", D(-44), None),
        ("15 March 44 BC", D(-44, 3, 15), None),
        ("AD 43", D(43), None),
        ("A.D. 43", D(43), None),
        ("43 AD", D(43), None),
        ("43 CE", D(43), None),
        ("c. 1200", D(1200, approximate=True), None),
        ("c.1200", D(1200, approximate=True), None),
        ("circa 1200", D(1200, approximate=True), None),
        ("ca. 1200", D(1200, approximate=True), None),
        ("about 1200", D(1200, approximate=True), None),
        ("c. March 1850", D(1850, 3, approximate=True), None),
        ("c. 1200 (as a fort)", D(1200, approximate=True), "as a fort"),
        (
            "1939 (as the workers' settlement of Kengir)",
            D(1939),
            "as the workers' settlement of Kengir",
        ),
        ("1939  (as the  workers'\n settlement)", D(1939), "as the workers' settlement"),
        ("1 July 1867, as a town", D(1867, 7, 1), "as a town"),
        ("1 July 1867; as a town", D(1867, 7, 1), "as a town"),
        ("March 6, 1834 (as Toronto)", D(1834, 3, 6), "as Toronto"),
        ("2014 estimate", D(2014), "estimate"),
        ("1898; 127 years ago", D(1898), None),
        ("December 20, 1954; 70 years ago", D(1954, 12, 20), None),
        ("20 December 1954 (70 years ago)", D(1954, 12, 20), None),
        ("2023; 1 year ago (as a city)", D(2023), "as a city"),
        ("December 20, 1954 (1954-12-20)", D(1954, 12, 20), None),
        ("as a village: 1850", D(1850), "as a village"),
        ("as a village: c. 1850 (uncertain)", D(1850, approximate=True), "as a village; uncertain"),
        ("1939.", D(1939), None),
        ("1200?", D(1200, approximate=True), None),
        ("1850–present", D(1850), "–present"),
    ],
)
def test_parse_date_reads_each_form(text: str, date: PartialDate, note: str | None) -> None:
    """Every documented written form gives its date and its note."""
    assert (date, note, ()) == parse_date(text)


@pytest.mark.parametrize("text", ["", "   ", "\n\t "])
def test_parse_date_empty_is_silent(text: str) -> None:
    """Empty or blank text gives no date, no note and no diagnostic."""
    assert parse_date(text) == (None, None, ())


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("February 30, 1954", "not a valid date"),
        ("February 29, 1900", "not a valid date"),
        ("1954-13-01", "not a valid date"),
        ("1954-13", "not a valid date"),
        ("1954-02-30", "not a valid date"),
        ("31.31.2013", "not a valid date"),
        ("0 BC", "not a valid date"),
        ("0000-05", "not a valid date"),
        ("AD 43 BC", "two eras"),
        ("1st millennium", "millennium"),
        ("the 90s", "no date"),
        ("Unknown", "no date"),
        ("December 20", "no date"),
        ("20 December 54", "no date"),
        ("43", "no date"),
        ("Founded 1850", "no date"),
        ("before 1850", "no date"),
        ("Junee 1900", "no date"),
        ("10000", "is not a date"),
        ("29 tháng 6 năm 1776", "no date"),
        ("(1939)", "no date"),
    ],
)
def test_parse_date_unparseable(text: str, reason: str) -> None:
    """Text without a valid date gives None and one date.unparseable naming the text."""
    date, note, diagnostics = parse_date(text)
    assert (date, note) == (None, None)
    assert [d.code for d in diagnostics] == ["date.unparseable"]
    assert reason in diagnostics[0].message
    assert text in diagnostics[0].message


def test_parse_date_leap_day() -> None:
    """February 29 is valid in a leap year, including a year BC."""
    assert D(2000, 2, 29) == parse_date("29 February 2000")[0]


@pytest.mark.parametrize(
    ("text", "date", "note"),
    [
        ("1850 – 1900", D(1850), "– 1900"),
        ("1353–1707", D(1353), "–1707"),
        ("1535 and 1542", D(1535), "and 1542"),
        ("1954/55", D(1954), "/55"),
        ("1850 (incorporated 1855)", D(1850), "incorporated 1855"),
        ("Town: 1850; City: 1900", D(1850), "Town; City: 1900"),
        ("2011-12", D(2011), "-12"),
        ("1905-06", D(1905), "-06"),
        ("2012-13", D(2012), "-13"),
        ("1990-95", D(1990), "-95"),
        ("1999-00", D(1999), "-00"),
        ("01.02.2013", D(2013), None),
        ("01.02.2013 (2013)", D(2013), None),
        ("1954-12-2", D(1954), "-12-2"),
    ],
)
def test_parse_date_ambiguous(text: str, date: PartialDate, note: str | None) -> None:
    """Ranges, two dates and two-way forms keep what is certain and say so."""
    actual_date, actual_note, diagnostics = parse_date(text)
    assert (date, note) == (actual_date, actual_note)
    assert [d.code for d in diagnostics] == ["date.ambiguous"]


@pytest.mark.parametrize(
    ("date", "text"),
    [
        (D(1954, 12, 20), "20 December 1954"),
        (D(2011, 12), "December 2011"),
        (D(1939), "1939"),
        (D(862), "862"),
        (D(43, 5), "May AD 43"),
        (D(-44, 3, 15), "15 March 44 BC"),
    ],
)
def test_format_date(date: PartialDate, text: str) -> None:
    """format_date writes day-month-year words, with an era below the year 100."""
    assert format_date(date) == text


def test_ambiguous_code_is_catalogued() -> None:
    """The codes this module emits are in the catalogue with the expected severities."""
    assert CATALOGUE["date.ambiguous"][0] == "info"
    assert CATALOGUE["date.unparseable"][0] == "warning"


def test_long_message_is_shortened() -> None:
    """A diagnostic quotes at most a short prefix of a long text."""
    (diagnostic,) = parse_date("x" * 10_000)[2]
    assert len(diagnostic.message) < 200


@pytest.mark.parametrize(
    "text",
    [
        "1" * 200_000,
        "December " * 20_000,
        "(" * 100_000,
        "1939 " + "(" * 100_000,
        "a:" * 100_000,
        "c. " * 50_000,
        "1939; " + "1 year, " * 20_000 + "ago",
        "1939" + " -1" * 50_000,
    ],
)
def test_parse_date_huge_inputs(text: str) -> None:
    """Huge and repetitive inputs are read without error (and in linear time)."""
    date, _, _ = parse_date(text)
    assert date is None or isinstance(date, PartialDate)


# --- templates ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "positional", "named", "date"),
    [
        ("start date", ["1954", "12", "20"], {}, D(1954, 12, 20)),
        ("Start date", ["1954", "12", "20"], {"df": "y"}, D(1954, 12, 20)),
        ("start_date", ["1954", "012", "020"], {}, D(1954, 12, 20)),
        ("Start date", ["1993", "02"], {}, D(1993, 2)),
        ("Start date", ["1993"], {}, D(1993)),
        ("Start date", ["1993", "", ""], {}, D(1993)),
        ("Start date", [" 1993 ", " 2 ", " 24 "], {}, D(1993, 2, 24)),
        ("Start date", ["1993", "02", "24", "08", "30", "", "+01:00"], {}, D(1993, 2, 24)),
        ("Start date and age", ["1911", "June", "16"], {"p": "yes", "br": "y"}, D(1911, 6, 16)),
        ("Start date and age", ["1911", "Jun."], {}, D(1911, 6)),
        ("start date and age", ["1911", "jun"], {}, D(1911, 6)),
        ("End date", ["2001", "1", "1"], {}, D(2001, 1, 1)),
        ("End date and age", ["2001", "1"], {}, D(2001, 1)),
        ("Birth date", ["1920", "5", "3"], {}, D(1920, 5, 3)),
        ("Birth date and age", ["1920", "5", "3"], {"df": "yes"}, D(1920, 5, 3)),
        ("Death date", ["1990", "5", "3"], {}, D(1990, 5, 3)),
        ("Startdate", ["1990"], {}, D(1990)),
        ("Date and age", ["1990", "5"], {}, D(1990, 5)),
        ("Start date and years ago", ["1990"], {}, D(1990)),
        ("Start date", ["1954"], {"2": "12", "3": "20"}, D(1954, 12, 20)),
        ("Start date", ["1900", "1", "1"], {"1": "1954"}, D(1954, 1, 1)),
        ("Start date", ["0044"], {}, D(44)),
        ("Start-date", ["December 7, 1941"], {}, D(1941, 12, 7)),
        ("Start-date", ["December 7, 1941 7:48 am HST"], {}, D(1941, 12, 7)),
        ("End-date", ["7 December 1941"], {}, D(1941, 12, 7)),
        ("Birth-date", ["1941"], {}, D(1941)),
        ("Date", ["2006-01-02", "mdy"], {}, D(2006, 1, 2)),
        ("Date", [], {"1": "2 January 2006"}, D(2006, 1, 2)),
    ],
)
def test_date_from_template_reads(
    name: str, positional: list[str], named: dict[str, str], date: PartialDate
) -> None:
    """A date template's arguments give a date as precise as the arguments."""
    assert (date, ()) == date_from_template(name, positional, named)


@pytest.mark.parametrize(
    ("name", "positional", "reason"),
    [
        ("Start date", [], "no year"),
        ("Start date", ["", "", ""], "no year"),
        ("Start date", ["", "12", "20"], "no year"),
        ("Start date", ["1954", "", "20"], "day without a month"),
        ("Start date", ["1954", "13"], "not a valid date"),
        ("Start date", ["1954", "0"], "not a valid date"),
        ("Start date", ["1954", "2", "30"], "not a valid date"),
        ("Start date", ["0"], "not a valid date"),
        ("Start date", ["1954a"], "that can be read"),
        ("Start date", ["-753"], "that can be read"),
        ("Start date", ["12345"], "that can be read"),
        ("Start date", ["1954", "Decembre"], "that can be read"),
        ("Start date", ["1954", "12", "1st"], "that can be read"),
        ("Start-date", [], "no date"),
        ("Date", ["sometime"], "no date"),
        ("Infobox settlement", ["1954"], "not a date template"),
        ("Death date and age", ["1990", "5", "3", "1920", "1", "1"], "not a date template"),
    ],
)
def test_date_from_template_unparseable(name: str, positional: list[str], reason: str) -> None:
    """Missing, malformed or impossible arguments give None and date.unparseable."""
    date, diagnostics = date_from_template(name, positional, {})
    assert date is None
    assert [d.code for d in diagnostics] == ["date.unparseable"]
    assert reason in diagnostics[0].message


def test_date_from_template_passes_ambiguity_on() -> None:
    """A free-text template whose text holds a range reports it like parse_date."""
    date, diagnostics = date_from_template("Start-date", ["1850 – 1900"], {})
    assert D(1850) == date
    assert [d.code for d in diagnostics] == ["date.ambiguous"]


def test_date_templates_are_normalised() -> None:
    """Every name in DATE_TEMPLATES is in the normalised form the caller looks up."""
    assert all(normalize_title(name) == name for name in DATE_TEMPLATES)
    assert {"Start date", "Start date and age", "End date", "Birth date", "Date"} <= DATE_TEMPLATES


@pytest.mark.parametrize("name", sorted(DATE_TEMPLATES))
def test_every_date_template_reads_a_year(name: str) -> None:
    """Each listed template reads a lone year as that year."""
    assert (D(1954), ()) == date_from_template(name, ["1954"], {})


# --- properties ---------------------------------------------------------------------------


def written(date: PartialDate) -> str:
    """A date from the year 100 on, written "December 20, 1954", "December 1954" or "1954"."""
    if date.month is None:
        return str(date.year)
    if date.day is None:
        return f"{MONTHS[date.month - 1]} {date.year}"
    return f"{MONTHS[date.month - 1]} {date.day}, {date.year}"


def year_text(year: int) -> st.SearchStrategy[str]:
    """The year as written: bare from 100 on, otherwise with an era."""
    if year < 0:
        return st.sampled_from(["BC", "BCE", "B.C.", "B.C.E."]).map(lambda era: f"{-year} {era}")
    with_era = [f"AD {year}", f"{year} AD", f"{year} CE", f"A.D. {year}"]
    return st.sampled_from(with_era if year < 100 else [str(year), *with_era])


def month_text(month: int) -> st.SearchStrategy[str]:
    """The month written out in full or abbreviated, with or without a dot."""
    full, short = MONTHS[month - 1], ABBREVIATIONS[month - 1]
    return st.sampled_from([full, short, short + "."])


@given(st.data(), partial_dates(exact=True))
def test_mdy_round_trip(data: st.DataObject, date: PartialDate) -> None:
    """A date written "December 20, 1954" (or shorter) reads back as itself."""
    year = data.draw(year_text(date.year))
    if date.month is None:
        text = year
    elif date.day is None:
        text = f"{data.draw(month_text(date.month))} {year}"
    else:
        text = f"{data.draw(month_text(date.month))} {date.day}, {year}"
    assert (date, None, ()) == parse_date(text)


@given(st.data(), partial_dates(exact=True))
def test_dmy_round_trip(data: st.DataObject, date: PartialDate) -> None:
    """A date written "20 December 1954" (or shorter) reads back as itself."""
    day = [str(date.day)] if date.day else []
    month = [data.draw(month_text(date.month))] if date.month else []
    text = " ".join([*day, *month, data.draw(year_text(date.year))])
    assert (date, None, ()) == parse_date(text)


@given(partial_dates())
def test_format_date_round_trip(date: PartialDate) -> None:
    """format_date writes every date so that parse_date reads it back exactly."""
    assert parse_date(format_date(date)) == (date, None, ())


@given(partial_dates(min_year=1000, exact=True))
def test_iso_round_trip(date: PartialDate) -> None:
    """str(date) reads back as the date, except YYYY-MM that could be a range of years."""
    if date.precision == "month":
        assert date.month is not None
        assume(date.month <= date.year % 100)
    assert (date, None, ()) == parse_date(str(date))


@given(st.integers(1000, 9999))
def test_iso_month_that_could_be_a_range_keeps_only_the_year(year: int) -> None:
    """YYYY-MM whose month could be next year's last two digits keeps only the year."""
    date, _, diagnostics = parse_date(f"{year}-{(year + 1) % 100:02d}")
    assert D(year) == date
    assert [d.code for d in diagnostics] == ["date.ambiguous"]


@given(st.data(), partial_dates(min_year=1, exact=True))
def test_template_round_trip(data: st.DataObject, date: PartialDate) -> None:
    """Start date arguments, numeric months (any leading zeros) or named, read back."""
    zeros = data.draw(st.sampled_from(["", "0", "00"]))
    args = [zeros + str(date.year)] if len(str(date.year)) + len(zeros) <= 4 else [str(date.year)]
    if date.month is not None:
        numeric = zeros + str(date.month)
        named = data.draw(st.sampled_from([MONTHS[date.month - 1], ABBREVIATIONS[date.month - 1]]))
        cased = data.draw(st.sampled_from([named, named.lower(), named.upper()]))
        args.append(data.draw(st.sampled_from([numeric, cased])))
    if date.day is not None:
        args.append(zeros + str(date.day))
    name = data.draw(st.sampled_from(["Start date", "start date and age", "End date"]))
    assert (date, ()) == date_from_template(name, args, {"df": "y"})


@given(st.data(), partial_dates(min_year=100, exact=True))
def test_qualifier_becomes_the_note(data: st.DataObject, date: PartialDate) -> None:
    """A qualifier in parentheses or after a comma becomes the note, white space collapsed."""
    words = data.draw(st.lists(st.text("abcxyz '", min_size=1, max_size=8), min_size=1))
    qualifier = " ".join(words)
    expected = " ".join(qualifier.split())
    assume(expected != "")
    template = data.draw(st.sampled_from(["{} ({})", "{}, {}", "{}; {}", "{} ( {} )"]))
    assert (date, expected, ()) == parse_date(template.format(written(date), qualifier))


@given(st.text())
def test_parse_date_never_raises(text: str) -> None:
    """Any text gives a date or None, and None comes with date.unparseable unless blank."""
    date, note, diagnostics = parse_date(text)
    codes = [d.code for d in diagnostics]
    if not text.strip():
        assert (date, note, diagnostics) == (None, None, ())
    elif date is None:
        assert codes == ["date.unparseable"]
        assert note is None
    else:
        assert "date.unparseable" not in codes
        assert note is None or (note == note.strip() and note)


@given(
    st.text(),
    st.lists(st.text(), max_size=8),
    st.dictionaries(st.text(max_size=3), st.text(), max_size=4),
)
def test_date_from_template_never_raises(
    name: str, positional: list[str], named: dict[str, str]
) -> None:
    """Any name and arguments give a date, or None with date.unparseable."""
    date, diagnostics = date_from_template(name, positional, named)
    if date is None:
        assert "date.unparseable" in [d.code for d in diagnostics]


@given(st.sampled_from(sorted(DATE_TEMPLATES)), st.lists(st.text("0123456789 -./aDec"), max_size=4))
def test_date_templates_with_digit_noise_never_raise(name: str, positional: list[str]) -> None:
    """Date templates with arguments made of digits and separators never raise."""
    date, diagnostics = date_from_template(name, positional, {})
    assert (date is None) == ("date.unparseable" in [d.code for d in diagnostics])


DATE_TOKENS = [
    "December", "Dec.", "may", "20", "1954", "44", "0", "2011", "12", "13", "th", ",", ";", "(",
    ")", " ", "c.", "circa", "BC", "AD", "-", "–", "/", ".", ":", "years ago", "as a town", "s",
    "'", "of", "century", "early", "mid-", "?", "14:05", "EST", "as of", "decade", "21st",
]  # fmt: skip


@given(st.lists(st.sampled_from(DATE_TOKENS), max_size=12).map("".join))
def test_date_like_noise_keeps_the_invariants(text: str) -> None:
    """Text made of date fragments never raises; None always comes with date.unparseable."""
    date, note, diagnostics = parse_date(text)
    codes = [d.code for d in diagnostics]
    assert (date is None) == ("date.unparseable" in codes) or not text.strip()
    assert len(codes) <= 1
    assert note is None or (note == note.strip() and " " * 2 not in note and note)


# --- issue 10: everyday spellings, decades and centuries, approximate dates -------------


@pytest.mark.parametrize(
    ("text", "date", "note"),
    [
        ("March, 3 1911", D(1911, 3, 3), None),
        ("May 14. 1987", D(1987, 5, 14), None),
        ("July 4 , 1976", D(1976, 7, 4), None),
        ("July 4,1976", D(1976, 7, 4), None),
        ("14:05, 2 March 2011 (UTC)", D(2011, 3, 2), None),
        ("10:15AM EST, March 3rd, 1875", D(1875, 3, 3), None),
        ("10:15 a.m., March 3, 1875 (as a town)", D(1875, 3, 3), "as a town"),
        ("1702, October 9", D(1702, 10, 9), None),
        ("1987 May 14", D(1987, 5, 14), None),
        ("1987/05/14", D(1987, 5, 14), None),
        ("1987/5/4", D(1987, 5, 4), None),
        ("1987.05.14", D(1987, 5, 14), None),
        ("As of July 2019", D(2019, 7), None),
        ("as of 2019", D(2019), None),
        ("1890s", D(1890, span="decade"), None),
        ("1890's", D(1890, span="decade"), None),
        ("the 1890s", D(1890, span="decade"), None),
        ("1900s decade", D(1900, span="decade"), None),
        ("AD 40s", D(40, span="decade"), None),
        ("1890s BC", D(-1890, span="decade"), None),
        ("mid-1890s", D(1890, span="decade", qualifier="mid"), None),
        ("the late 1990s", D(1990, span="decade", qualifier="late"), None),
        ("14th century", D(1300, span="century"), None),
        ("14th-century", D(1300, span="century"), None),
        ("1st century", D(1, span="century"), None),
        ("1st century BC", D(-1, span="century"), None),
        ("5th century BCE", D(-400, span="century"), None),
        ("early 19th century", D(1800, span="century", qualifier="early"), None),
        ("middle 19th century", D(1800, span="century", qualifier="mid"), None),
        (
            "Late 19th Century (as a village)",
            D(1800, span="century", qualifier="late"),
            "as a village",
        ),
        ("c. 1890s", D(1890, span="decade", approximate=True), None),
        (
            "circa early 14th century",
            D(1300, span="century", qualifier="early", approximate=True),
            None,
        ),
        ("1890s?", D(1890, span="decade", approximate=True), None),
        ("March 1890?", D(1890, 3, approximate=True), None),
        ("c. 753 BC", D(-753, approximate=True), None),
        ("~1200", D(1200, approximate=True), None),
        ("9-Oct-1702", D(1702, 10, 9), None),
        ("2011-03-02T14:05:00Z", D(2011, 3, 2), None),
        ("2 March 2011, 14:05 (UTC)", D(2011, 3, 2), None),
        ("March 3 1911 at 10:15 am EST", D(1911, 3, 3), None),
    ],
)
def test_parse_date_reads_issue_10_spellings(
    text: str, date: PartialDate, note: str | None
) -> None:
    """Each spelling editors write every day gives its date, its note and no diagnostic."""
    assert (date, note, ()) == parse_date(text)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("012/03/20051", "is not a date"),
        ("12/03/20051", "is not a date"),
        ("2005/03/20051", "is not a date"),
        ("2005-03-20051", "is not a date"),
        ("1999.5", "is not a date"),
        ("1987/13/01", "not a valid date"),
        ("1987/02/30", "not a valid date"),
        ("101st century", "not a century"),
        ("AD 40s BC", "two eras"),
        ("mid-1911", "no date"),
        ("2nd millennium", "millennium"),
    ],
)
def test_parse_date_rejects_issue_10_junk(text: str, reason: str) -> None:
    """Digit strings that are no date, and impossible spans, give None and date.unparseable."""
    date, note, diagnostics = parse_date(text)
    assert (None, None) == (date, note)
    assert ["date.unparseable"] == [d.code for d in diagnostics]
    assert reason in diagnostics[0].message


@pytest.mark.parametrize(("text", "year"), [("1800s", 1800), ("2000s", 2000)])
def test_hundreds_decade_is_read_as_the_century(text: str, year: int) -> None:
    """'1800s' may be a decade or a century: the century (which holds both) and date.ambiguous."""
    date, note, diagnostics = parse_date(text)
    assert (D(year, span="century"), None) == (date, note)
    assert ["date.ambiguous"] == [d.code for d in diagnostics]


@pytest.mark.parametrize(
    ("date", "text"),
    [
        (D(1890, span="decade"), "1890s"),
        (D(1900, span="decade"), "1900s decade"),
        (D(1, span="decade"), "AD 0s"),
        (D(-1890, span="decade", qualifier="mid"), "mid 1890s BC"),
        (D(1800, span="century"), "19th century"),
        (D(1000, span="century"), "11th century"),
        (D(-1, span="century"), "1st century BC"),
        (D(1954, 12, 20, approximate=True), "c. 20 December 1954"),
    ],
)
def test_format_date_writes_spans_and_approximation(date: PartialDate, text: str) -> None:
    """Decades, centuries, qualifiers and approximate dates are written in words."""
    assert text == format_date(date)


@pytest.mark.parametrize(
    ("name", "positional", "named", "date"),
    [
        ("As of", ["2019", "7"], {}, D(2019, 7)),
        ("As of", ["2019", "07", "04"], {"lc": "y"}, D(2019, 7, 4)),
        ("As of", ["July 2019"], {}, D(2019, 7)),
        ("Dts", ["2001", "sep", "11"], {"format": "dmy"}, D(2001, 9, 11)),
        ("dts", ["-1000", "July", "4"], {}, D(-1001, 7, 4)),
        ("Dts", ["0"], {}, D(-1)),
        ("Dts", ["40", "July", "4", "BC"], {}, D(-40, 7, 4)),
        ("Dts", ["10 July 1994"], {}, D(1994, 7, 10)),
        ("Start-date", ["10:15AM EST, March 3rd, 1875"], {"tz": "y"}, D(1875, 3, 3)),
    ],
)
def test_date_from_template_reads_issue_10_templates(
    name: str, positional: list[str], named: dict[str, str], date: PartialDate
) -> None:
    """{{As of}}, {{dts}} (astronomical years, BC) and {{start-date}} with a time give the date."""
    assert (date, ()) == date_from_template(name, positional, named)


@pytest.mark.parametrize(
    ("name", "positional", "named", "text"),
    [
        ("As of", ["2019", "7"], {}, "As of July 2019"),
        ("as of", ["2019"], {"lc": "y"}, "as of 2019"),
        ("As of", ["2019"], {"since": "y"}, "Since 2019"),
        ("As of", ["2019"], {"alt": "mid-2019"}, "mid-2019"),
        ("Dts", ["-752"], {}, "753 BC"),
        ("Start date", ["1954", "12", "20"], {}, "20 December 1954"),
        ("Start-date", ["not a date"], {}, "not a date"),
    ],
)
def test_template_text_shows_what_a_reader_sees(
    name: str, positional: list[str], named: dict[str, str], text: str
) -> None:
    """A date template shows its date in words, {{As of}} with its lead."""
    assert text == template_text(name, positional, named)[0]


def test_template_text_of_as_of_after_a_number_is_empty() -> None:
    """{{As of}} after a number shows nothing: the date beside a number is not read into it."""
    assert ("", ()) == template_text("As of", ["2019"], {}, after_number=True)


@pytest.mark.parametrize(
    ("positional", "part"),
    [(["1998", "4", "31"], "day must be in 1..30"), (["1998", "13"], "month must be in 1..12")],
)
def test_template_text_of_parts_that_do_not_exist(positional: list[str], part: str) -> None:
    """{{start date|1998|4|31}} shows nothing and says which part does not exist."""
    text, diagnostics = template_text("start date", positional, {})
    assert ("", ["date.unparseable"]) == (text, [d.code for d in diagnostics])
    assert part in diagnostics[0].message


def _written_day(date: PartialDate, pattern: str) -> str:
    assert date.month is not None
    assert date.day is not None
    return pattern.format(d=date.day, m=MONTHS[date.month - 1], y=date.year)


@given(
    partial_dates(min_year=1000, exact=True).filter(lambda d: d.day is not None),
    st.sampled_from(
        [
            "{m}, {d} {y}",
            "{m} {d}. {y}",
            "{m} {d} , {y}",
            "{y}, {m} {d}",
            "{y} {m} {d}",
            "14:05, {d} {m} {y} (UTC)",
            "10:15AM EST, {m} {d}, {y}",
        ]
    ),
)
def test_everyday_day_spellings_round_trip(date: PartialDate, pattern: str) -> None:
    """A day written in each everyday spelling reads back as itself, with no note."""
    assert (date, None, ()) == parse_date(_written_day(date, pattern))


@given(partial_dates(min_year=1000, exact=True).filter(lambda d: d.day is not None))
def test_year_month_day_with_slashes_round_trip(date: PartialDate) -> None:
    """YYYY/MM/DD and YYYY/M/D read back as the date."""
    assert date.month is not None
    assert date.day is not None
    for text in (
        f"{date.year}/{date.month:02d}/{date.day:02d}",
        f"{date.year}/{date.month}/{date.day}",
    ):
        assert (date, None, ()) == parse_date(text)


@given(partial_dates().filter(lambda d: d.span is not None))
def test_spans_round_trip_through_words(date: PartialDate) -> None:
    """Every decade and century, with its qualifier and approximation, reads back from words."""
    assert (date, None, ()) == parse_date(format_date(date))


def test_qualified_hundreds_decade_keeps_only_the_century() -> None:
    """'late 2000s' may be 2007-09: the century is kept without 'late', which could be wrong."""
    date, _, diagnostics = parse_date("late 2000s")
    assert D(2000, span="century") == date
    assert ["date.ambiguous"] == [d.code for d in diagnostics]
    assert "without 'late'" in diagnostics[0].message


@given(st.integers(10, 999), st.sampled_from(["", "the ", "early ", "mid-", "late "]))
def test_written_decades_read_as_their_span(tens: int, lead: str) -> None:
    """'1890s' and friends are the decade, a multiple of 100 the century with date.ambiguous."""
    date, _, diagnostics = parse_date(f"{lead}{tens * 10}s")
    assert date is not None
    assert date.year == tens * 10
    if tens % 10:
        assert ("decade", ()) == (date.span, diagnostics)
    else:
        assert "century" == date.span
        assert ["date.ambiguous"] == [d.code for d in diagnostics]


@given(st.text("0123456789/.", min_size=1, max_size=14))
def test_digit_strings_are_a_date_or_none_with_a_reason(text: str) -> None:
    """A digit string is a date, or None with date.unparseable; never a year cut out of junk."""
    date, _, diagnostics = parse_date(text)
    if date is None:
        assert ["date.unparseable"] == [d.code for d in diagnostics]
    elif text.count("/") + text.count(".") >= 2 and not text.endswith("."):
        # Only a numeric date (d.m.y, m/d/y, y/m/d) is read from three groups.
        assert date.precision in ("day", "year")
        assert str(abs(date.year)) in text
