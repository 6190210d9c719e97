"""Sentence boundaries around abbreviations, initials, ordinals and decimals."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from infobox.article import sentences as sentences_module
from infobox.article.languages import LANGUAGES
from infobox.article.sentences import split_sentences


def sentences(text: str, lang: str) -> list[str]:
    """The sentences of ``text`` with the abbreviations of ``lang``."""
    language = LANGUAGES[lang]
    return [text[a:b] for a, b in split_sentences(text, language.abbreviations)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "It is big. It is old.", ["It is big.", "It is old."]),
        ("en", "The mean is 24.5 °C. Snow falls.", ["The mean is 24.5 °C.", "Snow falls."]),
        ("en", "It has approx. 400 people.", ["It has approx. 400 people."]),
        ("en", "See e.g. Karaganda. It is near.", ["See e.g. Karaganda.", "It is near."]),
        ("en", "Born in St. Petersburg.", ["Born in St. Petersburg."]),
        ("en", "By A. Solzhenitsyn, in 1973.", ["By A. Solzhenitsyn, in 1973."]),
        ("en", "Founded in 1938. In 1973 it grew.", ["Founded in 1938.", "In 1973 it grew."]),
        ("en", 'He said "Go." Then left.', ['He said "Go."', "Then left."]),
        ("en", "Is it? Yes! (It is.) Done.", ["Is it?", "Yes!", "(It is.)", "Done."]),
        (
            "lv",
            "Pilsētu izveidoja 1938. gadā. Tā ir liela.",
            ["Pilsētu izveidoja 1938. gadā.", "Tā ir liela."],
        ),
        (
            "lv",
            "1954. gada 16. maijā notika sacelšanās.",
            ["1954. gada 16. maijā notika sacelšanās."],
        ),
        (
            "lv",
            "Ap 150 tūkst. iedzīvotāju. Tā ir pilsēta.",
            ["Ap 150 tūkst. iedzīvotāju.", "Tā ir pilsēta."],
        ),
        ("lv", "Ir 24,5 °C. Šodien silts.", ["Ir 24,5 °C.", "Šodien silts."]),
        (
            "lv",
            "Te ir daudz. āboli nav teikuma sākums.",
            ["Te ir daudz. āboli nav teikuma sākums."],
        ),
        (
            "ru",
            "Основан в 1938 г. Население 90 тыс. человек.",
            ["Основан в 1938 г. Население 90 тыс. человек."],
        ),
        (
            "ru",
            "Город основан в 1938 году. Он большой.",
            ["Город основан в 1938 году.", "Он большой."],
        ),
        (
            "ru",
            "Средняя температура 24,5 °C. Зима холодная.",
            ["Средняя температура 24,5 °C.", "Зима холодная."],
        ),
    ],
)
def test_sentences(lang: str, text: str, expected: list[str]) -> None:
    """Each language splits its own abbreviations and numbers correctly."""
    assert sentences(text, lang) == expected


def test_forced_break_ends_a_sentence() -> None:
    """A break position from the reader ends a sentence without punctuation."""
    text = "Iron and gold During the war it grew."
    assert [text[a:b] for a, b in split_sentences(text, (), {14})] == [
        "Iron and gold",
        "During the war it grew.",
    ]


@given(st.text(alphabet=st.sampled_from(list("ab. ?!\"'()1A\n…")), max_size=200))
def test_sentences_cover_the_text_in_order_without_overlap(text: str) -> None:
    """Sentences are trimmed, ordered, disjoint, and together hold every non-space character."""
    spans = list(split_sentences(text, LANGUAGES["en"].abbreviations))
    last = 0
    for a, b in spans:
        assert last <= a < b <= len(text)
        assert text[a:b] == text[a:b].strip()
        last = b
    covered = "".join(text[a:b] for a, b in spans)
    assert "".join(covered.split()) == "".join(text.split())


# The sentence end as it was written before: the look back first, at every character.
_END_LOOKING_BACK_FIRST = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’»)\]]*+(?=\s+[\"'“‘«(\[]?(\w))")
_MARKED = st.text(st.sampled_from(".!?…\"'”’»)]“‘«([ \n\taAé1_-"), max_size=40)


@given(st.one_of(_MARKED, st.text(max_size=40)))
@example("a... B")
@example("...\n.A")
@example("x!?» (É")
def test_a_sentence_end_is_found_where_looking_back_first_finds_it(text: str) -> None:
    """The end pattern with its mark first matches what the look-back-first pattern matched."""
    expected = [(m.start(), m.end(), m.group(1)) for m in _END_LOOKING_BACK_FIRST.finditer(text)]
    assert [(m.start(), m.end(), m.group(1)) for m in sentences_module._END.finditer(text)] == (
        expected
    )
