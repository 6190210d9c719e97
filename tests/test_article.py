"""parse_article: structure, language, title, facts with offsets, bad input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infobox import (
    Article,
    Fact,
    InputTypeError,
    LanguageCodeError,
    from_dict,
    parse_article,
    to_dict,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEEDS = FIXTURES / "zhezkazgan"


def seed(name: str) -> str:
    """The text of one Zhezkazgan seed."""
    return (SEEDS / name).read_text(encoding="utf-8")


def facts(article: Article, kind: str) -> list[tuple[Any, dict[str, str]]]:
    """The values and qualifiers of one kind of fact."""
    return [(f.value, dict(f.qualifiers)) for f in article.facts if f.kind == kind]


def has_fact(article: Article, kind: str, value: Any, **qualifiers: str) -> bool:
    """Whether the article has a fact of ``kind`` and ``value`` with at least these qualifiers."""
    return any(
        f.kind == kind
        and f.value == value
        and all(f.qualifiers.get(k) == v for k, v in qualifiers.items())
        for f in article.facts
    )


# --- the Zhezkazgan seeds ------------------------------------------------------------------


@pytest.fixture(scope="module")
def lv() -> Article:
    """The Latvian plain-text seed, parsed."""
    return parse_article(seed("lv.txt"))


@pytest.fixture(scope="module")
def en_old() -> Article:
    """The older English plain-text seed, parsed."""
    return parse_article(seed("en-old.txt"))


@pytest.fixture(scope="module")
def en_wiki() -> Article:
    """The English wikitext seed, parsed as an article."""
    return parse_article(seed("en.wiki"))


def test_latvian_seed_language_and_title(lv: Article) -> None:
    """lv.txt is detected as Latvian; its subject is the title, reported as a guess."""
    assert (lv.lang, lv.title) == ("lv", "Žezkazghana")
    assert "article.title-guessed" in {d.code for d in lv.diagnostics}


@pytest.mark.parametrize(
    ("kind", "value", "qualifiers"),
    [
        ("population", 150000, {"approximate": "true", "scope": "urban"}),
        ("share", 55.0, {"group": "Kazakhs"}),
        ("share", 30.0, {"group": "Russians"}),
        ("distance", 400.0, {"direction": "SW"}),
        ("temperature", 24.0, {"month": "07"}),
        ("temperature", -16.0, {"month": "01"}),
        ("founded", 1938, {}),
    ],
)
def test_latvian_seed_facts(lv: Article, kind: str, value: Any, qualifiers: dict[str, str]) -> None:
    """Every fact spec/zhezkazgan.md lists for lv.txt is read."""
    assert has_fact(lv, kind, value, **qualifiers), facts(lv, kind)


def test_latvian_seed_distance_names_baikonur(lv: Article) -> None:
    """The 400 km are to the Baikonur Cosmodrome (as written in Latvian)."""
    (distance,) = lv.facts_of("distance")
    assert "Baikonur" in distance.qualifiers["place"]


def test_latvian_seed_has_no_spurious_population_or_founding(lv: Article) -> None:
    """Years, day counts and dates give no population and no second founding year."""
    assert [f.value for f in lv.facts_of("population")] == [150000]
    assert [f.value for f in lv.facts_of("founded")] == [1938]


def test_english_seed_structure(en_old: Article) -> None:
    """en-old.txt: the lead, `Born in Jezkazgan` with three items, `External links`."""
    assert (en_old.lang, en_old.title) == ("en", "Jezkazgan")
    assert [(s.title, s.level) for s in en_old.sections] == [
        (None, 0),
        ("Born in Jezkazgan", 2),
        ("External links", 2),
    ]
    born = en_old.sections[1]
    assert [item.split(",")[0] for item in born.items] == [
        "Vitaliy Savin",
        "Oleg Yankovsky",
        "Kaisar Nurmagambetov",
    ]
    lead = en_old.sections[0].paragraphs
    assert "Kazakhstan, on a reservoir" in lead[0]
    assert "55% of Jezkagan population are Kazakhs, 30% Russians" in lead[1]


@pytest.mark.parametrize(
    ("kind", "value", "qualifiers"),
    [
        ("population", 90000, {"year": "1999", "scope": "city"}),
        ("population", 148700, {"scope": "urban"}),
        ("share", 55.0, {"group": "Kazakhs"}),
        ("share", 30.0, {"group": "Russians"}),
        ("temperature", 24.0, {"month": "07"}),
        ("temperature", -16.0, {"month": "01"}),
        ("founded", 1938, {}),
        ("capacity", 207.0, {}),
        ("height", 220.0, {}),
        ("distance", 400.0, {"direction": "SW"}),
    ],
)
def test_english_seed_facts(
    en_old: Article, kind: str, value: Any, qualifiers: dict[str, str]
) -> None:
    """Every fact spec/zhezkazgan.md lists for en-old.txt is read."""
    assert has_fact(en_old, kind, value, **qualifiers), facts(en_old, kind)


def test_english_seed_has_no_spurious_population_or_founding(en_old: Article) -> None:
    """1973, 1999 and route numbers are not populations; 1973 is not a founding."""
    assert sorted(f.value for f in en_old.facts_of("population")) == [90000, 148700]
    assert [f.value for f in en_old.facts_of("founded")] == [1938]


@pytest.mark.parametrize(
    ("kind", "value", "qualifiers"),
    [
        ("population", 89079, {"year": "2023", "scope": "city"}),
        ("population", 92907, {"year": "2023", "scope": "urban"}),
        ("distance", 100.0, {"direction": "SE"}),
    ],
)
def test_wikitext_seed_lead_facts(
    en_wiki: Article, kind: str, value: Any, qualifiers: dict[str, str]
) -> None:
    """The lead of en.wiki restates the population and the distance to the centre."""
    assert has_fact(en_wiki, kind, value, **qualifiers), facts(en_wiki, kind)


def test_wikitext_seed_title_is_the_bold_lead_title(en_wiki: Article) -> None:
    """The wikitext title is the lead's first bold term, not the infobox name."""
    assert en_wiki.title == "Jezkazgan"
    assert [s.title for s in en_wiki.sections] == [None, "References"]


@pytest.mark.parametrize("name", ["lv.txt", "en-old.txt", "en.wiki"])
def test_seed_fact_evidence_is_in_the_input_and_the_sentence(name: str) -> None:
    """Each fact's offsets hold its number in the input, and its sentence holds the evidence."""
    text = seed(name)
    article = parse_article(text)
    assert article.facts
    for fact in article.facts:
        evidence = text[fact.start : fact.end]
        if isinstance(fact.value, int | float) and fact.kind != "founded":
            digits = str(abs(int(fact.value)))[:2]
            assert digits in "".join(ch for ch in evidence if ch.isdigit()) or digits in evidence
        if "{{" not in evidence and "[[" not in evidence:
            assert " ".join(evidence.split()) in fact.sentence


def test_json_view_round_trips() -> None:
    """to_dict/from_dict give back an equal article, values keeping their types."""
    article = parse_article(seed("en-old.txt"))
    data = json.loads(json.dumps(to_dict(article)))
    assert from_dict(Article, data) == article


# --- languages -----------------------------------------------------------------------------


def test_given_language_overrides_detection() -> None:
    """`lang` is used as given, without detection."""
    article = parse_article("Founded in 1938.", "EN")
    assert article.lang == "en"
    assert [f.value for f in article.facts_of("founded")] == [1938]


def test_unsupported_language_reads_structure_but_no_facts() -> None:
    """A language without rules gets sections and a warning, no facts."""
    article = parse_article("Die Stadt wurde 1938 gegründet.", "de")
    assert article.lang == "de"
    assert article.facts == ()
    assert article.sections[0].paragraphs == ("Die Stadt wurde 1938 gegründet.",)
    assert [d.code for d in article.diagnostics] == ["article.language-unsupported"]


def test_undetermined_language_is_und_with_a_diagnostic() -> None:
    """Text whose language cannot be told is `und`, with a warning and no facts."""
    article = parse_article("Die Stadt wurde 1938 gegründet und hat 5000 Einwohner.")
    assert article.lang == "und"
    assert article.facts == ()
    assert "article.language-unknown" in {d.code for d in article.diagnostics}


@pytest.mark.parametrize("lang", ["English", "", "e", "en_US", "12"])
def test_bad_language_code_raises_a_documented_error(lang: str) -> None:
    """A `lang` that is not a code raises LanguageCodeError (a ValueError)."""
    with pytest.raises(LanguageCodeError, match="ISO 639"):
        parse_article("Text.", lang)


@pytest.mark.parametrize("value", [b"bytes", None, 12, ["a"]])
def test_non_str_input_raises_input_type_error(value: object) -> None:
    """Anything but a str is an InputTypeError (a TypeError)."""
    with pytest.raises(InputTypeError):
        parse_article(value)  # type: ignore[arg-type]


# --- any text ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", " ", "\n\n", "•", "==", "{{", "[[", "<ref>", "'''"])
def test_degenerate_text_gives_an_article(text: str) -> None:
    """Empty and markup-only texts give an article, maybe empty."""
    article = parse_article(text)
    assert isinstance(article, Article)


@given(st.text(max_size=300))
def test_any_text_gives_an_article(text: str) -> None:
    """Arbitrary text never raises, and every fact's offsets lie inside the input."""
    article = parse_article(text)
    for fact in article.facts:
        assert 0 <= fact.start <= fact.end <= len(text)


_PIECES = st.sampled_from(
    [
        "The city has a population of 90,000 (1999 census). ",
        "It was founded in 1938. ",
        "The average temperature is 24 °C in July",
        " and -16 °C in January. ",
        "55% are Kazakhs",
        "\n, 30% Russians. ",
        "It lies 400 kilometres to the south west of Baikonur. ",
        "\n\nHistory\n\n",
        "  • An item\n",
        "Pilsētu izveidoja 1938. gadā. ",
        "Iedzīvotāju skaits ir ap 150 tūkstošiem. ",
        "Город основан в 1938 году. ",
        "Население — 90 000 человек. ",
        "[[Link|label]] ",
        "{{convert|400|km}} ",
        "<ref>{{cite web|url=x}}</ref>",
        "\n",
    ]
)


@given(st.lists(_PIECES, max_size=12).map("".join))
def test_every_fact_holds_its_evidence_in_its_sentence(text: str) -> None:
    """For plain text, `text[start:end]` (white space collapsed) lies inside the fact's sentence."""
    article = parse_article(text)
    for fact in article.facts:
        evidence = text[fact.start : fact.end]
        assert fact.start < fact.end
        assert any(ch.isdigit() for ch in evidence)
        if "{{" not in text and "[[" not in text and "<ref" not in text:
            assert " ".join(evidence.split()) in fact.sentence


def test_fact_is_a_model() -> None:
    """Facts are frozen, hashable model objects."""
    fact = parse_article("It was founded in 1938.", "en").facts[0]
    assert isinstance(fact, Fact)
    assert hash(fact) == hash(fact)
