"""Tests for the fact kinds of issue 13: negation, regions, shares, foundings, temperatures,
distances and areas, each sentence in its language."""

from __future__ import annotations

from collections.abc import Collection

import pytest

from infobox.article.facts import extract
from infobox.article.facts.negation import negated
from infobox.article.facts.sentence import Sentence
from infobox.article.facts.tokens import rules_for
from infobox.article.languages import LANGUAGES, Language

EN, LV, RU = LANGUAGES["en"], LANGUAGES["lv"], LANGUAGES["ru"]

Row = tuple[str, int | float | str, str | None, dict[str, str]]


def facts(sentence: str, language: Language, names: Collection[str] = ()) -> list[Row]:
    """The facts of a sentence as plain tuples: kind, value, unit, qualifiers."""
    return [
        (f.kind, f.value, f.unit, dict(f.qualifiers))
        for f in extract(sentence, language, names=names)
    ]


def kinds(sentence: str, language: Language, kind: str) -> list[Row]:
    """The facts of one kind of a sentence."""
    return [row for row in facts(sentence, language) if row[0] == kind]


# --- negation ---------------------------------------------------------------------------


def _word(sentence: str, language: Language, word: str) -> tuple[Sentence, int]:
    s = Sentence(sentence, rules_for(language), ())
    return s, s.toks.raw.index(word)


NEGATED = [
    (EN, "The city is not part of Limburg Province.", "Limburg"),
    (EN, "The town has never been the seat of Collin County.", "Collin"),
    (EN, "It is no longer part of Karagandy Province.", "Karagandy"),
    (EN, "The town isn't part of Collin County.", "Collin"),
    (LV, "Pilsēta nav Ogres novada sastāvā.", "Ogres"),
    (LV, "Pilsēta neietilpst Ogres novadā.", "Ogres"),
    (LV, "Pilsēta neatrodas Ogres novadā.", "Ogres"),
    (RU, "Город не является частью Озёрского района.", "Озёрского"),
    (RU, "В его состав не входит Озёрский район.", "Озёрский"),
]

NOT_NEGATED = [
    (EN, "The city is part of Limburg Province.", "Limburg"),
    (EN, "It is not only the capital of Ulytau Region.", "Ulytau"),
    (EN, "The town is not large, and it is part of Collin County.", "Collin"),
    (EN, "The town lies not far from Collin County.", "Collin"),
    (LV, "Ogre ir neliela pilsēta Ogres novadā.", "novadā"),
    (LV, "Pilsēta ietilpst Ogres novadā.", "Ogres"),
    (LV, "Pilsēta ir ne tikai Ogres novada centrs.", "Ogres"),
    (LV, "Pilsētā dzīvo ne vairāk kā 5000 iedzīvotāju.", "5000"),
    (RU, "Город является частью Озёрского района.", "Озёрского"),
    (RU, "Город является не только центром Озёрского района.", "Озёрского"),
    (RU, "Население составляет не менее 5000 человек.", "5000"),
    (RU, "Город не велик, и он входит в Озёрский район.", "Озёрский"),
]


@pytest.mark.parametrize(
    ("language", "sentence", "word"), NEGATED, ids=[case[1] for case in NEGATED]
)
def test_a_negation_in_the_clause_negates_it(language: Language, sentence: str, word: str) -> None:
    """A negation word or a negated verb in the clause of a word negates the word's clause."""
    s, j = _word(sentence, language, word)
    assert negated(s, j, j)


@pytest.mark.parametrize(
    ("language", "sentence", "word"), NOT_NEGATED, ids=[case[1] for case in NOT_NEGATED]
)
def test_no_negation_or_another_clauses(language: Language, sentence: str, word: str) -> None:
    """No negation, a negation of another clause, a bound or an idiom negates nothing."""
    s, j = _word(sentence, language, word)
    assert not negated(s, j, j)


NEGATED_REGIONS = [
    (RU, "Город — центр Озёрского района, но в его состав не входит."),
    (RU, "Город не является частью Озёрского района."),
    (RU, "Город не входит в состав Озёрского района."),
    (EN, "The city is not part of Limburg Province."),
    (EN, "The city is the seat of Collin County, but is not part of it."),
    (LV, "Pilsēta nav Ogres novada sastāvā."),
    (LV, "Pilsēta neietilpst Ogres novadā."),
    (LV, "Pilsēta ir Ogres novada centrs, bet tā sastāvā neietilpst."),
]


@pytest.mark.parametrize(
    ("language", "sentence"), NEGATED_REGIONS, ids=[case[1] for case in NEGATED_REGIONS]
)
def test_a_negated_region_is_no_region(language: Language, sentence: str) -> None:
    """A region the sentence denies, in its clause or in a later one pointing back, is none."""
    assert [] == kinds(sentence, language, "region")


AFFIRMED_REGIONS = [
    (RU, "Город — центр Озёрского района.", "Озёрский район"),
    (RU, "Город — центр Озёрского района и входит в его состав.", "Озёрский район"),
    (EN, "The city is the seat of Collin County.", "Collin County"),
    (LV, "Pilsēta ietilpst Ogres novadā.", "Ogres novads"),
    (LV, "Ogre ir neliela pilsēta, Ogres novada centrs.", "Ogres novads"),
]


@pytest.mark.parametrize(
    ("language", "sentence", "region"), AFFIRMED_REGIONS, ids=[c[1] for c in AFFIRMED_REGIONS]
)
def test_the_same_region_affirmed_is_a_region(
    language: Language, sentence: str, region: str
) -> None:
    """The same relation without a negation gives the region."""
    assert [("region", region, None, {})] == kinds(sentence, language, "region")
