"""Pathological input: parse_infobox answers with a Settlement or NoInfoboxError, never hangs.

Sizes are chosen so that quadratic behaviour (what mwparserfromhell alone shows on
these constructs: 4,000 unclosed ``<span style="`` take it 13 s) would take minutes,
while the linear pipeline takes well under a second each. Nothing here asserts on
time; ``benchmarks/bench_pathological.py`` measures the scaling.
"""

from __future__ import annotations

import pytest

from infobox import NoInfoboxError, Settlement, parse_infobox

N = 20_000

REPEATED = {
    "unclosed-ref": "<ref>",
    "unclosed-div": "<div>",
    "incomplete-tag-quote": '<span style="',
    "unclosed-external-link": "[http://a.b ",
    "unclosed-link-with-pipe": "[[a|",
    "unclosed-table": "{|\n",
    "unclosed-comment": "<!--",
    "unclosed-nowiki": "<nowiki>",
    "open-braces": "{{",
    "close-braces": "}}",
    "open-arguments": "{{{",
    "quotes": "'''",
    "pipes": "|",
    "mangled-br": "< br / >",
    "mangled-ref": "< ref >",
    "coord-openers": "{{coord|",
    "angle-brackets": "<",
    "headings": "\n==a==\n",
    "closed-links": "[[a|b]] ",
    "closed-templates-with-links": "{{a|[[b]]}} ",
    "unclosed-templates-with-links": "{{a|[[b]] ",
    "closed-refs-with-templates": "<ref>{{a|[[b]]}}</ref>",
    "unclosed-refs-with-templates": "<ref>{{a|[[b]]}} ",
    "parameter-lines": "\n|a=b ",
    "parameter-lines-without-equals": "\n|a ",
    "infoboxes-after-the-first": "}}{{Infobox settlement|",
}


@pytest.mark.parametrize("piece", REPEATED.values(), ids=REPEATED.keys())
def test_repeated_construct_inside_a_value(piece: str) -> None:
    """Thousands of one construct inside a value still give a Settlement."""
    text = "{{Infobox settlement|name=" + piece * N + "|population_total=5}}"
    settlement = parse_infobox(text)
    assert isinstance(settlement, Settlement)
    for param in settlement.params.values():
        assert text[param.start : param.end] == param.raw


def test_deeply_nested_templates() -> None:
    """100,000 levels of nested braces give a Settlement with the name read."""
    depth = 100_000
    text = "{{Infobox settlement|name=A|x=" + "{{a|" * depth + "}}" * depth + "}}"
    settlement = parse_infobox(text)
    assert "A" == settlement.name


def test_unterminated_nesting_to_the_end() -> None:
    """An infobox whose inner templates never close is cut and reported."""
    text = "{{Infobox settlement|name=A|x=" + "{{a|" * N
    settlement = parse_infobox(text)
    assert "infobox.unterminated" in {d.code for d in settlement.diagnostics}


def test_ten_megabyte_page() -> None:
    """A 10 MB page with the infobox at its end is found and read."""
    text = ("Lorem ipsum [[dolor]] {{sit|amet}} <ref>x</ref>\n" * 210_000)[:10_000_000]
    settlement = parse_infobox(text + "{{Infobox settlement|name=Far}}")
    assert "Far" == settlement.name


def test_ten_megabytes_without_an_infobox() -> None:
    """10 MB of braces and brackets without an infobox is a NoInfoboxError."""
    with pytest.raises(NoInfoboxError):
        parse_infobox("{{[[<!--" * 1_250_000)


def test_megabytes_of_digits_in_a_number() -> None:
    """A number of a million digits is refused with a diagnostic, not computed."""
    settlement = parse_infobox("{{Infobox settlement|population_total=" + "9" * 1_000_000 + "}}")
    assert settlement.population.total is None
    assert settlement.diagnostics


def test_many_parameters() -> None:
    """50,000 parameters are all kept."""
    text = "{{Infobox settlement" + "".join(f"|p{i}={i}" for i in range(50_000)) + "}}"
    assert 50_000 == len(parse_infobox(text).params)
