"""Dates as parse_infobox reads them: every spelling of issue 10, one regression test each."""

from __future__ import annotations

import attrs
import pytest

from infobox import PartialDate, Settlement, parse_infobox, render_infobox

D = PartialDate


def infobox(**params: str) -> Settlement:
    text = "{{Infobox settlement\n| name = X" + "".join(f"\n| {k} = {v}" for k, v in params.items())
    return parse_infobox(text + "\n}}")


def established(value: str) -> tuple[PartialDate | None, list[str]]:
    settlement = infobox(established_title="Founded", established_date=value)
    [event] = settlement.established
    return event.date, [d.code for d in settlement.diagnostics]


@pytest.mark.parametrize(
    ("value", "date"),
    [
        ("March, 3 1911", D(1911, 3, 3)),
        ("May 14. 1987", D(1987, 5, 14)),
        ("[[July 4]] , 1976", D(1976, 7, 4)),
        ("14:05, 2 March 2011 (UTC)", D(2011, 3, 2)),
        ("1702, October 9", D(1702, 10, 9)),
        ("1987/05/14", D(1987, 5, 14)),
        ("1890s", D(1890, span="decade")),
        ("14th century", D(1300, span="century")),
        ("early 19th century", D(1800, span="century", qualifier="early")),
        ("mid-1890s", D(1890, span="decade", qualifier="mid")),
        ("5th century BC", D(-400, span="century")),
        ("c. 1200", D(1200, approximate=True)),
        ("{{circa|1200}}", D(1200, approximate=True)),
        ("1890?", D(1890, approximate=True)),
        ("{{start-date|10:15AM EST, March 3rd, 1875|tz=y}}", D(1875, 3, 3)),
        ("{{dts|1976|7|4}}", D(1976, 7, 4)),
        ("{{dts|format=dmy|July 4, 1555}}", D(1555, 7, 4)),
        ("{{dts|-752}}", D(-753)),
        ("{{dts|5|July|4|BC}}", D(-5, 7, 4)),
    ],
)
def test_issue_spellings_give_their_date(value: str, date: PartialDate) -> None:
    """Each everyday spelling of issue 10 is read as its date, with no diagnostic."""
    assert (date, []) == established(value)


def test_signature_zone_is_no_note() -> None:
    """The "(UTC)" of a signature is the time's zone, not a qualifier of the date."""
    settlement = infobox(established_title="Founded", established_date="14:05, 2 March 2011 (UTC)")
    assert settlement.established[0].note is None


def test_as_of_template_gives_population_date() -> None:
    """population_as_of = {{As of|2019|7}} is July 2019."""
    settlement = infobox(population_total="5", population_as_of="{{As of|2019|7}}")
    assert settlement.population is not None
    assert (D(2019, 7), ()) == (settlement.population.as_of, settlement.diagnostics)


def test_as_of_template_lower_case_and_day() -> None:
    """{{as of|2019|7|4|lc=y}} reads as 4 July 2019."""
    settlement = infobox(population_total="5", population_as_of="{{as of|2019|7|4|lc=y}}")
    assert settlement.population is not None
    assert D(2019, 7, 4) == settlement.population.as_of


@pytest.mark.parametrize(
    ("value", "part"),
    [
        ("{{start date|1998|4|31}}", "day must be in 1..30"),
        ("{{start date|1998|13}}", "month must be in 1..12"),
        ("{{start date|1998|13|1}}", "month must be in 1..12"),
        ("{{As of|2019|13}}", "month must be in 1..12"),
    ],
)
def test_start_date_with_parts_that_do_not_exist(value: str, part: str) -> None:
    """A date template whose parts make no date gives None and says which part, never 1998."""
    settlement = infobox(established_title="Founded", established_date=value)
    assert settlement.established[0].date is None
    [diagnostic] = settlement.diagnostics
    assert ("date.unparseable", "established_date") == (diagnostic.code, diagnostic.param)
    assert part in diagnostic.message


def test_digit_junk_is_no_date() -> None:
    """established_date = 012/03/20051 is no date (once the year 12 with an info note)."""
    assert (None, ["date.unparseable"]) == established("012/03/20051")


def test_hundreds_decade_is_the_century_and_says_so() -> None:
    """'1800s' is read as the 19th century, with date.ambiguous naming the decade reading."""
    assert (D(1800, span="century"), ["date.ambiguous"]) == established("1800s")


@pytest.mark.parametrize(
    "date",
    [
        D(1890, span="decade"),
        D(1900, span="decade", qualifier="late"),
        D(-400, span="century", approximate=True),
        D(1800, span="century", qualifier="early"),
        D(1954, 12, 20, approximate=True),
    ],
)
def test_render_writes_new_dates_back(date: PartialDate) -> None:
    """render_infobox writes spans and approximate dates in words parse_infobox reads back."""
    settlement = infobox(established_title="Founded", established_date="1900")
    event = attrs.evolve(settlement.established[0], date=date)
    changed = attrs.evolve(settlement, established=(event,))
    assert date == parse_infobox(render_infobox(changed)).established[0].date


@pytest.mark.parametrize("value", ["5,000 {{As of|2019}}", "5,000<ref>x</ref> {{as of|2019|7}}"])
def test_as_of_after_a_number_leaves_the_number(value: str) -> None:
    """{{As of}} after a count shows nothing, so that the count alone is read."""
    settlement = infobox(population_total=value)
    assert settlement.population is not None
    assert (5000, ()) == (settlement.population.total, settlement.diagnostics)


def test_as_of_after_a_label_is_read() -> None:
    """A label before {{As of}} holds no number: the date is read, the label is the note."""
    assert (D(2019, 7), []) == established("as a town: {{As of|2019|7}}")
