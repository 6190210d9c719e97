"""Properties of parse_infobox over generated text and generated infoboxes."""

from __future__ import annotations

import json

from hypothesis import example, given
from hypothesis import strategies as st

from infobox import NoInfoboxError, Settlement, from_dict, parse_infobox, to_dict
from infobox.strategies import wikitext_pages

# Pieces that wikitext is made of, including the broken ones.
WIKI_PIECES = st.sampled_from(
    [
        "{{",
        "}}",
        "{{{",
        "}}}",
        "[[",
        "]]",
        "[",
        "]",
        "|",
        "=",
        "<ref>",
        "</ref>",
        "<ref name=a/>",
        "< ref >",
        "< /ref >",
        "< br / >",
        "<br>",
        "<!--",
        "-->",
        "<nowiki>",
        "</nowiki>",
        "'''",
        "''",
        "\n",
        " ",
        "\n|",
        "\n}}",
        "{|",
        "|}",
        '<span style="',
        ">",
        "<",
        "&nbsp;",
        "&#x2212;",
        "http://x.y",
        "[http://x.y z]",
        "{{coord|",
        "{{convert|",
        "{{lang|kk|",
        "{{flag|",
        "{{ubl|",
        "{{start date|",
        "auto",
        "N",
        "S",
        "E",
        "W",
        "−",
        "-",
        ",",
        "1",
        "47",
        "1954",
        "2023",
        "89,079",
        "name",
        "coordinates",
        "population_total",
        "population_density_km2",
        "area_total_km2",
        "utc_offset",
        "timezone",
        "established_date",
        "subdivision_name",
        "leader_name",
        "website",
        "image_skyline",
        "native_name",
        "latd",
        "longEW",
        "Infobox settlement",
        "Жезқазған",
    ]
)
WIKI_TEXT = st.lists(WIKI_PIECES | st.text(max_size=3), max_size=60).map("".join)


def _parse_or_none(text: str) -> Settlement | None:
    try:
        return parse_infobox(text)
    except NoInfoboxError:
        return None


def _check(settlement: Settlement | None, text: str) -> None:
    """What every result must satisfy, whatever the input."""
    if settlement is None:
        return
    for param in settlement.params.values():
        assert text[param.start : param.end] == param.raw
    for diagnostic in settlement.diagnostics:
        if diagnostic.start is not None and diagnostic.end is not None:
            assert 0 <= diagnostic.start <= diagnostic.end <= len(text)
    assert settlement == from_dict(Settlement, json.loads(json.dumps(to_dict(settlement))))


@given(st.text())
def test_any_text_gives_a_settlement_or_no_infobox_error(text: str) -> None:
    """Arbitrary text never raises anything but NoInfoboxError."""
    _check(_parse_or_none(text), text)


@given(WIKI_TEXT)
@example("{{Infobox settlement|")
@example("{{Infobox settlement|name=<!--")
@example("{{Infobox settlement|a={{b|c=[[d|e")
@example("{{Infobox settlement|coordinates={{coord|91|N|181|E}}}}")
@example("{{Infobox settlement|population_density_km2=auto|area_total_km2=0|population_total=5}}")
def test_infobox_shaped_text_never_raises(body: str) -> None:
    """Text that starts an infobox and goes on with any wiki pieces gives a valid Settlement."""
    text = "{{Infobox settlement|" + body
    settlement = _parse_or_none(text)
    assert settlement is not None
    _check(settlement, text)


@given(wikitext_pages(), st.data())
def test_generated_pages_cut_short_or_with_a_hole_keep_the_invariants(
    pair: tuple[Settlement, str], data: st.DataObject
) -> None:
    """A page from infobox.strategies cut anywhere, or missing a stretch, parses cleanly.

    Pages that editors left unfinished or that a tool truncated: a Settlement whose
    offsets point into the text, or NoInfoboxError, and never another exception.
    """
    _, page = pair
    start = data.draw(st.integers(0, len(page)), label="start")
    end = data.draw(st.integers(start, min(len(page), start + 40)), label="end")
    for text in (page[:start], page[:start] + page[end:]):
        _check(_parse_or_none(text), text)


NAMES = st.from_regex(r"[a-z][a-z_]{0,14}[a-z0-9]", fullmatch=True)
VALUE_PIECES = st.sampled_from(
    [
        "word",
        "Жезқазған",
        "89,079",
        "[[Link]]",
        "[[Target|shown]]",
        "{{nowrap|x}}",
        "{{lang|kk|y}}",
        "<ref>{{cite web|url=http://a.b|title=t}}</ref>",
        "<ref name=r/>",
        "<!-- note -->",
        "< br / >",
        "<br />",
        "''it''",
        "{{coord|1|2|N|3|4|E}}",
        "&nbsp;",
        " ",
        "\n",
        "(x)",
        "{{ubl|a|b}}",
        "< ref >r< /ref >",
    ]
)
VALUES = st.lists(VALUE_PIECES, max_size=6).map("".join)
SPACE = st.sampled_from(["", " ", "  ", "\n", " \n "])


@given(
    st.lists(st.tuples(NAMES, VALUES), max_size=12, unique_by=lambda pair: pair[0]),
    SPACE,
    SPACE,
    SPACE,
    st.text(max_size=20).filter(lambda t: "{" not in t),
)
def test_every_parameter_comes_back_raw_with_offsets(
    params: list[tuple[str, str]], before_pipe: str, around_eq: str, after_value: str, lead: str
) -> None:
    """Every parameter of a generated infobox is in params, in order, raw == text[start:end]."""
    body = "".join(
        f"{before_pipe}|{around_eq}{name}{around_eq}={around_eq}{value}{after_value}"
        for name, value in params
    )
    text = f"{lead}{{{{Infobox settlement{body}}}}}"
    settlement = parse_infobox(text)
    assert [name for name, _ in params] == list(settlement.params)
    for (_, value), param in zip(params, settlement.params.values(), strict=True):
        assert value.strip() == param.raw
        assert text[param.start : param.end] == param.raw
