"""Throughput of parse_article in characters per second, against strip_code().

The baseline is the "plain text" a user would otherwise take:
``mwparserfromhell.parse(page).strip_code()``. It does much less (no sections,
no sentences, no facts, no offsets) — the ratio says what the structure and the
facts cost on top of getting the text at all. Both run alternately in one
process, round after round, on the real pages in ``fixtures/real`` (wikitext) and
on the Zhezkazgan plain-text seeds; the script prints the median characters per
second of each and their ratio (ours / baseline: above 1 is faster).

It then times ``parse_page`` against a bare ``mwparserfromhell.parse`` of the same
real pages, alternately in the same way, and prints the ratio of their times (the
issue's target: ``parse_page`` at most 0.6× the parse). The parse only builds the
tree; ``parse_page`` reads the infobox, the article's sections, sentences and facts.

Run: ``make bench`` or ``.venv/bin/python benchmarks/bench_article.py [--rounds N]``.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import mwparserfromhell

from infobox import parse_article, parse_page

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def baseline(text: str) -> object:
    """The naive plain text: parse the whole page and strip its markup."""
    return mwparserfromhell.parse(text).strip_code()


def ours(text: str) -> object:
    """parse_article: sections, items, sentences and typed facts."""
    return parse_article(text)


def bare_parse(text: str) -> object:
    """The tree of the whole page by mwparserfromhell, and nothing else."""
    return mwparserfromhell.parse(text)


def whole_page(text: str) -> object:
    """parse_page: the settlement infobox and the article together."""
    return parse_page(text)


def texts(kind: str) -> list[str]:
    """The page texts of one set: ``wikitext`` (real pages) or ``plain`` (seeds)."""
    if kind == "wikitext":
        files = sorted((FIXTURES / "real").rglob("*.wiki"))
    else:
        files = sorted((FIXTURES / "zhezkazgan").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in files]


def rate(function: Callable[[str], object], pages: Sequence[str]) -> float:
    """Characters per second for one pass of ``function`` over ``pages``."""
    size = sum(len(page) for page in pages)
    start = time.perf_counter()
    for page in pages:
        function(page)
    return size / (time.perf_counter() - start)


def main() -> None:
    """Time both on each set of pages and print the rates and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7, help="alternating rounds (default 7)")
    rounds = parser.parse_args().rounds
    print(
        f"{'pages':<10} {'n':>3} {'chars':>9} {'strip_code c/s':>15} {'ours c/s':>11} {'ratio':>6}"
    )
    for kind in ("wikitext", "plain"):
        pages = texts(kind)
        for page in pages:  # warm up both
            baseline(page)
            ours(page)
        base_rates, our_rates = [], []
        for _ in range(rounds):
            base_rates.append(rate(baseline, pages))
            our_rates.append(rate(ours, pages))
        base, mine = statistics.median(base_rates), statistics.median(our_rates)
        size = sum(len(page) for page in pages)
        print(
            f"{kind:<10} {len(pages):>3} {size:>9,} {base:>15,.0f} {mine:>11,.0f} "
            f"{mine / base:>5.2f}x"
        )
    pages = texts("wikitext")
    for page in pages:
        bare_parse(page)
        whole_page(page)
    parse_times, page_times = [], []
    size = sum(len(page) for page in pages)
    for _ in range(rounds):
        parse_times.append(size / rate(bare_parse, pages))
        page_times.append(size / rate(whole_page, pages))
    parse_time, page_time = statistics.median(parse_times), statistics.median(page_times)
    print()
    print(f"{'real pages':<10} {'n':>3} {'mwp.parse s':>12} {'parse_page s':>13} {'ratio':>6}")
    print(
        f"{'wikitext':<10} {len(pages):>3} {parse_time:>12.3f} {page_time:>13.3f} "
        f"{page_time / parse_time:>5.2f}x   (parse_page time / mwparserfromhell.parse time)"
    )


if __name__ == "__main__":
    main()
