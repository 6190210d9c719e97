"""The fact rules' shortcuts give what the long way gives: remembered look-ups, lazy areas."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infobox.article.facts import Context, extract, tokens
from infobox.article.facts.context import Area
from infobox.article.languages import LANGUAGES

_WORDS = st.sampled_from(
    [
        *("population", "the", "city", "of", "in", "census", "agglomeration", "it", "founded"),
        *("населения", "агломерации", "в", "ней", "проживает", "iedzīvotāju", "pilsētā", "tajā"),
    ]
)
_PIECES = st.one_of(_WORDS, st.integers(1000, 2_000_000).map(str), st.sampled_from([",", "."]))


@given(st.lists(_PIECES, max_size=30), st.sampled_from(sorted(LANGUAGES)))
def test_a_remembered_look_up_gives_what_a_fresh_one_gives(words: list[str], code: str) -> None:
    """Phrases remember each word's candidates; a fresh phrase set finds the same phrases."""
    remembered = tokens.rules_for(LANGUAGES[code])
    fresh = tokens.Rules(LANGUAGES[code])
    low = [w.lower() for w in words]
    for j in range(len(low) + 1):
        for name in ("population", "scopes", "area_genders", "founding", "other_areas"):
            old, new = getattr(fresh, name), getattr(remembered, name)
            assert old.at(low, j) == new.at(low, j)
            assert old.ending(low, j) == new.ending(low, j)


def test_the_memory_of_look_ups_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """A phrase set forgets what it remembered once it holds the bound, and still answers."""
    monkeypatch.setattr(tokens, "_MEMO_SIZE", 3)
    phrases = tokens.Phrases([("population", True), ("popul*", True)])
    words = ["a", "b", "population", "populace", "c", "d"]
    found = [phrases.at(words, j) for j in range(len(words))]
    assert found == [None, None, (3, True), (4, True), None, None]
    assert len(phrases._starting) <= 3


def test_the_areas_named_before_are_found_only_when_asked() -> None:
    """A context takes the sentence's areas lazily and gives them as a tuple when asked."""
    asked: list[int] = []

    def areas() -> tuple[Area, ...]:
        asked.append(1)
        return (Area("urban", "f"),)

    context = Context()
    context.areas = areas
    assert asked == []
    assert context.areas == (Area("urban", "f"),)
    assert context.areas == (Area("urban", "f"),)
    assert asked == [1]


def test_a_pronoun_takes_the_area_of_the_sentence_before() -> None:
    """The next sentence's pronoun still finds the area the sentence before named."""
    context = Context()
    ru = LANGUAGES["ru"]
    assert extract("Казань — центр агломерации.", ru, context=context) == ()
    found = extract("В ней проживает около 1,9 млн человек.", ru, context=context)
    assert [(f.kind, f.value, f.qualifiers.get("scope")) for f in found] == [
        ("population", 1_900_000, "urban")
    ]
