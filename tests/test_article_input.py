"""Input as it comes: HTML entities in plain text and wikitext, short texts to detect.

Each test quotes an input sentence of issue 13; offsets must still point into the
text as given, entity and all.
"""

from __future__ import annotations

import html

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infobox import parse_article
from infobox.article.offsets import decode_entities
from infobox.article.reader import read_plain


def facts(text: str, lang: str | None = None) -> list[tuple[str, object, str | None, str]]:
    """Each fact's kind, value, unit and evidence (the input it points at)."""
    article = parse_article(text, lang)
    return [(f.kind, f.value, f.unit, text[f.start : f.end]) for f in article.facts]


def codes(text: str, lang: str | None = None) -> list[str]:
    """The codes of the article's diagnostics."""
    return [d.code for d in parse_article(text, lang).diagnostics]


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("The town lies 15&nbsp;km north of Riga.", "15&nbsp;km"),
        ("The town lies 15&#160;km north of Riga.", "15&#160;km"),
        ("The town lies 15&#xA0;km north of Riga.", "15&#xA0;km"),
        ("The town lies 15&NonBreakingSpace;km north of Riga.", "15&NonBreakingSpace;km"),
    ],
)
def test_a_no_break_space_entity_between_number_and_unit_gives_the_fact(
    text: str, evidence: str
) -> None:
    """`15&nbsp;km` in plain text is a distance of 15 km; its evidence is the entity as written."""
    assert [("distance", 15.0, "km", evidence)] == facts(text, "en")
    assert [] == codes(text, "en")


def test_a_double_escaped_entity_is_decoded_and_reported() -> None:
    """`15&amp;nbsp;km`, as a dump's XML holds it, gives the fact and one diagnostic."""
    text = "The town lies 15&amp;nbsp;km north of Riga."
    assert [("distance", 15.0, "km", "15&amp;nbsp;km")] == facts(text, "en")
    [diagnostic] = parse_article(text, "en").diagnostics
    assert ("article.entity-double-escaped", "info", "&amp;nbsp;") == (
        diagnostic.code,
        diagnostic.severity,
        text[diagnostic.start or 0 : diagnostic.end],
    )


def test_an_entity_in_a_grouped_count_keeps_the_count() -> None:
    """`605&nbsp;273` groups digits as a no-break space does: the count is 605273."""
    text = "Рига — столица Латвии. Население — 605&nbsp;273 человека."
    assert [("population", 605273, None, "605&nbsp;273")] == facts(text)


def test_dash_entities_stand_for_dashes() -> None:
    """`&#8212;` and `&mdash;` are the dash that ties the population word to its count."""
    for dash in ("&#8212;", "&mdash;", "&#x2014;"):
        text = f"Рига {dash} столица Латвии. Население {dash} 605 273 человека."
        assert [("population", 605273, None, "605 273")] == facts(text)


def test_the_short_russian_text_of_the_issue() -> None:
    """`Рига — столица Латвии. Население — 605 273 человека.` is Russian, population 605273."""
    text = "Рига — столица Латвии. Население — 605 273 человека."
    article = parse_article(text)
    assert "ru" == article.lang
    assert [("population", 605273, None, "605 273")] == facts(text)
    assert "article.language-unknown" not in codes(text)


def test_single_entities_are_plain_html_and_not_reported() -> None:
    """`&amp;`, `&nbsp;` and `&#8211;` are how HTML writes a character: no diagnostic."""
    reading = read_plain("Smith &amp; Sons&nbsp;Ltd, 1990&#8211;2000.")
    assert ["Smith & Sons Ltd, 1990–2000."] == [b.text for b in reading.blocks]
    assert () == reading.diagnostics


@pytest.mark.parametrize(
    "text",
    ["AT&T and R&D", "&unknown; stays", "&copy 2020 without a semicolon", "a & b", "&#;", "&;"],
)
def test_what_is_no_complete_entity_stays_as_written(text: str) -> None:
    """An ampersand that starts no complete, known entity is text."""
    assert [text] == [b.text for b in read_plain(text).blocks]


def test_an_entity_never_opens_a_line() -> None:
    """A decoded line break (`&#10;`) is a space: it neither ends a paragraph nor a line."""
    reading = read_plain("First part&#10;&#10;second part.")
    assert ["First part second part."] == [b.text for b in reading.blocks]


def test_offsets_hold_with_entities_and_crlf_line_ends() -> None:
    """Entities after Windows line ends: the evidence and diagnostics point into the input."""
    text = "Riga\r\n\r\nThe town&nbsp;lies 15&amp;nbsp;km north\r\n, on the coast."
    article = parse_article(text, "en")
    [fact] = article.facts
    assert "15&amp;nbsp;km" == text[fact.start : fact.end]
    spans = {d.code: text[d.start or 0 : d.end] for d in article.diagnostics}
    assert "&amp;nbsp;" == spans["article.entity-double-escaped"]
    assert "\r\n," == spans["article.line-joined"]


def test_wikitext_entities_give_the_fact() -> None:
    """In wikitext `&nbsp;` between number and unit yields the fact, as MediaWiki shows it."""
    text = "'''Riga''' is a city. The town lies 15&nbsp;km north of [[Jurmala]]."
    assert [("distance", 15.0, "km", "15&nbsp;km")] == facts(text, "en")


def test_wikitext_shows_a_double_escaped_entity_as_text() -> None:
    """MediaWiki shows `&amp;nbsp;` as the text `&nbsp;`: wikitext repairs nothing there."""
    text = "'''Riga''' is a city. The town lies 15&amp;nbsp;km north of [[Jurmala]]."
    article = parse_article(text, "en")
    assert "15&nbsp;km" in article.sections[0].paragraphs[0]
    assert [] == [f for f in article.facts if f.kind == "distance"]


_PIECES = st.sampled_from(
    [
        "15",
        "273",
        "km",
        "Riga",
        " ",
        "  ",
        "\n",
        "\r\n",
        ", ",
        ".",
        "&",
        "&nbsp;",
        "&amp;",
        "&amp;nbsp;",
        "&amp;amp;#8211;",
        "&#8211;",
        "&#x2013;",
        "&#10;",
        "&bogus;",
        "&NotEqualTilde;",
        "•",
        "&bull; ",
    ]
)


@given(st.lists(_PIECES, max_size=30).map("".join))
def test_every_reader_character_maps_to_the_input_that_shows_it(text: str) -> None:
    """Each character of plain-text reader output comes from input that decodes to it."""
    for block in read_plain(text).blocks:
        for i, char in enumerate(block.text):
            start, end = block.spans.source(i, i + 1)
            shown = decode_entities(text[start:end])[0]
            assert char in shown or (char == " " and (shown.isspace() or shown == "")), (
                char,
                text[start:end],
            )


@given(st.lists(_PIECES, max_size=30).map("".join))
def test_decoding_agrees_with_the_standard_library(text: str) -> None:
    """Entities decode as `html.unescape` decodes them, escaped ones through each level."""
    decoded, back, _ = decode_entities(text)
    for i, char in enumerate(decoded):
        if back is None:
            assert text == decoded
            break
        start, end = back.source(i, i + 1)
        source = text[start:end]
        while source.startswith("&amp;") and html.unescape(source) != source:
            source = html.unescape(source)
        expected = html.unescape(source)
        if source.startswith("&"):
            expected = expected.translate({10: " ", 13: " "})
        assert char in expected, (char, text[start:end])
