"""PartialDate as other code wants it: a datetime.date, ISO 8601 text, and in order."""

from __future__ import annotations

import contextlib
import datetime
import itertools
import pickle

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from infobox import InfoboxError, PartialDate
from infobox.errors import DateConversionError
from infobox.strategies import partial_dates
from infobox.values.dates import parse_date

# Dates that ISO 8601 writes: years 1..9999 to the year, month or day, not approximate.
iso_dates = partial_dates(min_year=1, exact=True)


def _same_starts() -> list[PartialDate]:
    """Every valid date that starts in 1800, 1801, 1 AD, 1 BC or 199 BC, in every form.

    Many of them share a sort_key (1800 the year, the decade and the century), so the
    tie-breaking order is exercised, not only the start.
    """
    found = []
    forms = itertools.product(
        (1800, 1801, 1, -1, -100, -190, -199),
        ((None, None), (1, None), (1, 1)),
        (None, "decade", "century"),
        (None, "early", "mid", "late"),
        (False, True),
    )
    for year, (month, day), span, qualifier, approximate in forms:
        with contextlib.suppress(ValueError):  # not a date: a decade with a month, …
            found.append(
                PartialDate(
                    year,
                    month,
                    day,
                    span=span,  # type: ignore[arg-type]
                    qualifier=qualifier,  # type: ignore[arg-type]
                    approximate=approximate,
                )
            )
    return found


SAME_STARTS = _same_starts()
# Any dates, and often one of those that tie on sort_key.
dates = partial_dates() | st.sampled_from(SAME_STARTS)


# --- to_date ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (PartialDate(1938, 5, 14), datetime.date(1938, 5, 14)),
        (PartialDate(1938, 5), datetime.date(1938, 5, 1)),
        (PartialDate(1938), datetime.date(1938, 1, 1)),
        (PartialDate(1930, span="decade"), datetime.date(1930, 1, 1)),
        (PartialDate(1900, span="century"), datetime.date(1900, 1, 1)),
        (PartialDate(1, span="century"), datetime.date(1, 1, 1)),
        (PartialDate(1890, span="decade", qualifier="late"), datetime.date(1890, 1, 1)),
        (PartialDate(1200, approximate=True), datetime.date(1200, 1, 1)),
        (PartialDate(2024, 2, 29), datetime.date(2024, 2, 29)),
    ],
    ids=str,
)
def test_to_date_gives_the_first_day_of_the_period(
    date: PartialDate, expected: datetime.date
) -> None:
    """Every precision converts to the first day it names; qualifier and circa are dropped."""
    assert expected == date.to_date()


@pytest.mark.parametrize(
    ("date", "why"),
    [
        (PartialDate(1938), "known to the year, not the day"),
        (PartialDate(1938, 5), "known to the month, not the day"),
        (PartialDate(1930, span="decade"), "known to the decade, not the day"),
        (PartialDate(1900, span="century"), "known to the century, not the day"),
        (PartialDate(1938, 5, 14, approximate=True), "approximate"),
    ],
    ids=str,
)
def test_strict_to_date_wants_an_exact_day(date: PartialDate, why: str) -> None:
    """With strict=True anything but an exact day raises, saying what it is known to."""
    with pytest.raises(DateConversionError, match=why) as info:
        date.to_date(strict=True)
    assert (str(date), "datetime.date") == (info.value.date, info.value.target)


def test_strict_to_date_converts_an_exact_day() -> None:
    """An exact day converts under strict=True as without it."""
    assert datetime.date(1954, 12, 20) == PartialDate(1954, 12, 20).to_date(strict=True)


@pytest.mark.parametrize(
    "date",
    [PartialDate(-753), PartialDate(-44, 3, 15), PartialDate(-400, span="century")],
    ids=str,
)
@pytest.mark.parametrize("strict", [False, True])
def test_bce_dates_do_not_convert(date: PartialDate, strict: bool) -> None:
    """datetime.date has no year before 1: a BCE date raises, strict or not."""
    with pytest.raises(DateConversionError, match="no year before 1"):
        date.to_date(strict=strict)


def test_date_conversion_error_is_a_value_error_that_pickles() -> None:
    """The error is an InfoboxError and a ValueError, and crosses processes whole."""
    with pytest.raises(DateConversionError, match="cannot convert to") as info:
        PartialDate(-753).to_date()
    err = info.value
    assert isinstance(err, InfoboxError)
    assert isinstance(err, ValueError)
    copy = pickle.loads(pickle.dumps(err))
    assert (str(err), err.date, err.target, err.reason) == (
        str(copy),
        copy.date,
        copy.target,
        copy.reason,
    )


@given(partial_dates(min_year=1))
def test_to_date_agrees_with_the_fields(date: PartialDate) -> None:
    """The date's year, month and day are the fields, 1 where a field is unknown."""
    result = date.to_date()
    assert (date.year, date.month or 1, date.day or 1) == (result.year, result.month, result.day)


# --- isoformat --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("date", "text"),
    [
        (PartialDate(1938), "1938"),
        (PartialDate(1938, 5), "1938-05"),
        (PartialDate(1938, 5, 1), "1938-05-01"),
        (PartialDate(43), "0043"),
        (PartialDate(9999, 12, 31), "9999-12-31"),
    ],
    ids=str,
)
def test_isoformat_writes_the_known_part(date: PartialDate, text: str) -> None:
    """A year gives YYYY, a month YYYY-MM, a day YYYY-MM-DD, always four digits of year."""
    assert text == date.isoformat()


@pytest.mark.parametrize(
    ("date", "why"),
    [
        (PartialDate(-753), "0000 is 1 BC"),
        (PartialDate(-1, 1, 1), "0000 is 1 BC"),
        (PartialDate(1890, span="decade"), "a decade has no ISO 8601 date"),
        (PartialDate(1800, span="century", qualifier="early"), "a century has no ISO 8601"),
        (PartialDate(1200, approximate=True), "no approximate date"),
    ],
    ids=str,
)
def test_isoformat_refuses_what_iso_8601_would_misread(date: PartialDate, why: str) -> None:
    """BCE years, spans and approximate dates raise and point at str()."""
    with pytest.raises(DateConversionError, match=why) as info:
        date.isoformat()
    assert info.value.target == "ISO 8601"
    assert f"str() gives {date}" in str(info.value)


@given(iso_dates)
def test_isoformat_round_trips_through_the_readers(date: PartialDate) -> None:
    """fromisoformat and the infobox date parser read isoformat() back to the same date.

    The parser's one exception is its documented reading of Wikipedia's style: a month
    whose two digits could be a later year of the same century (``2011-12``) may be the
    years 2011–12, so it keeps the year and says ``date.ambiguous``.
    """
    text = date.isoformat()
    assert date == PartialDate.fromisoformat(text)
    read, note, diagnostics = parse_date(text)
    if date.day is None and date.month is not None and date.month > date.year % 100:
        assert (PartialDate(date.year), ["date.ambiguous"]) == (read, [d.code for d in diagnostics])
    else:
        assert (date, None, ()) == (read, note, diagnostics)


def test_a_month_that_could_be_the_next_year_reads_back_as_a_year() -> None:
    """2011-12 is December 2011 to fromisoformat, a year and a warning to parse_date."""
    text = PartialDate(2011, 12).isoformat()
    assert PartialDate(2011, 12) == PartialDate.fromisoformat(text)
    assert PartialDate(2011) == parse_date(text)[0]


@given(iso_dates.filter(lambda d: d.day is not None))
def test_isoformat_of_a_day_is_what_datetime_writes(date: PartialDate) -> None:
    """For a day, isoformat() is datetime.date's, and datetime reads it back."""
    assert date.to_date().isoformat() == date.isoformat()
    assert date.to_date(strict=True) == datetime.date.fromisoformat(date.isoformat())


# --- ordering ---------------------------------------------------------------------------


def test_dates_order_by_start_then_the_wider_first() -> None:
    """The documented order: start, then century < decade < year < month < day, then the rest."""
    expected = [
        PartialDate(1800, span="century"),
        PartialDate(1800, span="century", qualifier="early"),
        PartialDate(1800, span="century", qualifier="late"),
        PartialDate(1800, span="decade"),
        PartialDate(1800),
        PartialDate(1800, approximate=True),
        PartialDate(1800, 1),
        PartialDate(1800, 1, 1),
        PartialDate(1800, 1, 2),
        PartialDate(1800, 2),
        PartialDate(1801),
    ]
    assert expected == sorted(reversed(expected))
    assert PartialDate(1938) < PartialDate(1938, 5) < PartialDate(1938, 5, 1)
    assert PartialDate(-400, span="century") < PartialDate(-450) < PartialDate(-1) < PartialDate(1)


def test_dates_do_not_compare_with_other_types() -> None:
    """Ordering a date against a non-date is a TypeError, as for datetime.date."""
    with pytest.raises(TypeError):
        assert PartialDate(1938) < 1939  # type: ignore[operator]
    with pytest.raises(TypeError):
        assert PartialDate(1938) >= "1938"  # type: ignore[operator]


@given(dates, dates)
def test_ordering_is_total_and_agrees_with_equality(a: PartialDate, b: PartialDate) -> None:
    """Exactly one of a < b, a == b, a > b holds, and <=, >= agree with them."""
    assert 1 == [a < b, a == b, a > b].count(True)
    assert (a <= b) == (a < b or a == b)
    assert (a >= b) == (a > b or a == b)
    assert (a < b) == (b > a)


@given(dates, dates)
def test_ordering_refines_sort_key(a: PartialDate, b: PartialDate) -> None:
    """A date whose sort_key is smaller is smaller: the order only breaks sort_key's ties."""
    assume(a.sort_key() != b.sort_key())
    assert (a < b) == (a.sort_key() < b.sort_key())


@given(dates, dates, dates)
def test_ordering_is_transitive(a: PartialDate, b: PartialDate, c: PartialDate) -> None:
    """Sorting three dates gives a chain in which each is at most the next."""
    x, y, z = sorted([a, b, c])
    assert x <= y <= z
    assert x <= z


@given(st.lists(partial_dates(min_year=1, exact=True), max_size=10))
def test_exact_dates_sort_as_their_first_days(dates: list[PartialDate]) -> None:
    """For exact dates the order never contradicts that of their first days."""
    ordered = sorted(dates)
    assert [d.to_date() for d in ordered] == sorted(d.to_date() for d in dates)


def test_dates_that_tie_on_sort_key_are_still_totally_ordered() -> None:
    """Over every pair of dates that start alike, < and == agree: one of <, ==, > holds."""
    assert len({d.sort_key() for d in SAME_STARTS}) < len(SAME_STARTS) / 4
    for a in SAME_STARTS:
        for b in SAME_STARTS:
            assert 1 == [a < b, a == b, a > b].count(True), (a, b)
