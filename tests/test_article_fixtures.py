"""The hand-written article fixtures, read whole by parse_article.

Each ``fixtures/articles/{lang}/NAME.txt`` is a short article written for the
tests, with ``NAME.expected.json`` beside it listing every fact it states, in
order (see ``test_article_fixtures_sentences.py``). Here the language is
detected, the title is taken from the first sentence, and the sentences are
split by the library: the facts must be exactly the expected ones.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from infobox import parse_article

ARTICLES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"
CASES = sorted(ARTICLES.glob("*/*.txt"))


@pytest.mark.parametrize("path", CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_fixture_gives_exactly_its_facts(path: Path) -> None:
    """Detected language and every fact, in order, nothing spurious."""
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    text = path.read_text(encoding="utf-8")
    article = parse_article(text)
    actual: list[dict[str, Any]] = [
        {"kind": f.kind, "value": f.value, "unit": f.unit, "qualifiers": dict(f.qualifiers)}
        for f in article.facts
    ]
    assert expected["lang"] == article.lang
    assert expected["facts"] == actual
    for fact in article.facts:
        assert " ".join(text[fact.start : fact.end].split()) in fact.sentence


def test_there_are_fixtures_in_every_language() -> None:
    """At least five hand-written articles per supported language."""
    counts = {lang: len(list((ARTICLES / lang).glob("*.txt"))) for lang in ("en", "lv", "ru")}
    assert all(count >= 5 for count in counts.values()), counts
