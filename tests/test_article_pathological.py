"""Pathological input: parse_article and parse_page answer, never hang, never raise.

The sizes would take minutes if any step were quadratic; the linear pipeline
takes about a second each. Nothing here asserts on time:
``benchmarks/bench_article.py`` measures throughput, and the scaling was
checked by timing n and 8n (ratios 7–15 for every case below).
"""

from __future__ import annotations

import pytest

from infobox import Article, Page, parse_article, parse_page

N = 200_000

CASES = {
    "digits": "1" * N,
    "grouped-digits": "1,000 " * (N // 6),
    "digit-commas": "1," * (N // 2),
    "no-punctuation": "word " * (N // 5),
    "full-stops": "." * N,
    "spaced-stops": ". " * (N // 2),
    "one-long-line-of-facts": "It has 1,000 people and 24 °C in July, " * (N // 40),
    "open-links": "[[" * (N // 2),
    "open-braces": "{{" * (N // 2),
    "nested-templates": "{{a|" * (N // 8) + "}}" * (N // 8),
    "incomplete-tag-quote": '<span style="' * (N // 13),
    "unclosed-refs": "<ref>" * (N // 5),
    "quotes": "'''" * (N // 3) + "[[x]]",
    "headings": "\n== a ==\n" * (N // 9),
    "tables": "{|\n" * (N // 3) + "[[x]]",
    "blank-lines": "\n" * N,
    "bullets": "• x\n" * (N // 4),
    "punctuation-lines": "a\n," * (N // 3),
    "spaces": " " * N + "x",
    "no-break-spaces": "1\u00a0" * (N // 2),
    "percent-signs": "5% " * (N // 3),
    "degrees": "5 °C " * (N // 5),
    "cyrillic-numbers": "около 5 тыс. человек " * (N // 20),
    "latvian-numbers": "ap 150 tūkstošiem iedzīvotāju " * (N // 30),
}


@pytest.mark.parametrize("text", CASES.values(), ids=CASES.keys())
def test_article_answers(text: str) -> None:
    """Each pathological text gives an Article whose facts lie inside it."""
    article = parse_article(text)
    assert isinstance(article, Article)
    assert all(0 <= f.start <= f.end <= len(text) for f in article.facts)


@pytest.mark.parametrize(
    "text",
    [CASES["nested-templates"], CASES["open-links"], CASES["headings"]],
    ids=["nested-templates", "open-links", "headings"],
)
def test_page_answers(text: str) -> None:
    """parse_page on pathological wikitext gives a Page."""
    assert isinstance(parse_page("{{Infobox settlement|name=X}}\n" + text), Page)


def test_deeply_nested_markup_inside_a_sentence() -> None:
    """A sentence wrapped in thousands of nested spans still reads."""
    depth = 5_000
    text = "<span>" * depth + "The city was founded in 1938." + "</span>" * depth
    article = parse_article(text, "en")
    assert isinstance(article, Article)
