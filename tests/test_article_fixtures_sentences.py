"""The hand-written article fixtures, read sentence by sentence with extract().

Each ``fixtures/articles/{lang}/NAME.txt`` is a short article written for these
tests; ``NAME.expected.json`` beside it lists every fact the text states, in text
order: ``{"lang": ..., "facts": [{"kind", "value", "unit", "qualifiers"}, ...]}``,
and optionally ``"names"``, the names of the article's place (its title), for facts
whose subject is the place's name (``Karatal was founded in 1929``). Paragraphs are
separated by blank lines and no sentence spans lines, so the splitter here is
trivial; ``parse_article`` reads the same fixtures with its own.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from infobox.article.facts import extract
from infobox.article.languages import LANGUAGES

ARTICLES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"
CASES = sorted(ARTICLES.glob("*/*.txt"))


def split_sentences(line: str) -> list[str]:
    """Cut a line after a ``.``, ``!`` or ``?`` followed by a capital or a digit.

    A Latvian ordinal (``2022. gadā``) is followed by a lower-case word, so it stays.
    """
    sentences: list[str] = []
    start = 0
    for match in re.finditer(r"[.!?]\s+", line):
        after = line[match.end()] if match.end() < len(line) else ""
        if after.isupper() or after.isdigit():
            sentences.append(line[start : match.start() + 1].strip())
            start = match.end()
    if line[start:].strip():
        sentences.append(line[start:].strip())
    return sentences


def read_facts(text: str, lang: str, names: list[str]) -> list[dict[str, Any]]:
    """Every fact of every sentence of a fixture, as its expected JSON writes them."""
    found: list[dict[str, Any]] = []
    for line in text.splitlines():
        for sentence in split_sentences(line):
            for fact in extract(sentence, LANGUAGES[lang], names=names):
                found.append(
                    {
                        "kind": fact.kind,
                        "value": fact.value,
                        "unit": fact.unit,
                        "qualifiers": dict(fact.qualifiers),
                    }
                )
    return found


def test_there_are_five_fixtures_per_language() -> None:
    """Each language has at least five hand-written articles."""
    counts = {lang: len(list((ARTICLES / lang).glob("*.txt"))) for lang in LANGUAGES}
    assert all(count >= 5 for count in counts.values()), counts


def test_splitter_keeps_ordinals_and_abbreviations() -> None:
    """The local splitter does not cut after an ordinal or before a lower-case word."""
    line = "Pilsēta dibināta 1938. gadā. Tajā dzīvo 150 tūkst. iedzīvotāju. 1941. gadā bija kari."
    assert [
        "Pilsēta dibināta 1938. gadā.",
        "Tajā dzīvo 150 tūkst. iedzīvotāju.",
        "1941. gadā bija kari.",
    ] == split_sentences(line)


@pytest.mark.parametrize("path", CASES, ids=[f"{p.parent.name}/{p.stem}" for p in CASES])
def test_fixture_facts(path: Path) -> None:
    """Each fixture yields exactly the facts its expected JSON lists, in order."""
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    assert path.parent.name == expected["lang"]
    actual = read_facts(
        path.read_text(encoding="utf-8"), expected["lang"], expected.get("names", [])
    )
    assert expected["facts"] == actual
    for fact in actual:
        if fact["kind"] in {"population", "founded"}:
            assert isinstance(fact["value"], int)
        elif fact["kind"] != "region":
            assert isinstance(fact["value"], float)
