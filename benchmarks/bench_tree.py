"""wikitree.parse against mwparserfromhell.parse, on the real pages in fixtures/real.

Both build the same tree (tests/test_wikitree.py checks it); this measures how much
faster wikitree's lean builder is than mwparserfromhell's Builder, with the C
tokenizer's time in both. They run alternately in one process, round after round,
so that the machine's noise hits both alike; the script prints each one's time for
all the pages (median of the rounds), the ratio, and the time of the tokenizer alone
(the floor that no builder can go below); then the same for the pages' infobox
slices, located and prepared as parse_infobox's reader parses them.

Run: ``.venv/bin/python benchmarks/bench_tree.py [--rounds N]``.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import mwparserfromhell

from infobox import wikitree
from infobox.scan import locate, prepare

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def reference(text: str) -> Any:
    """The tree of mwparserfromhell.parse, as every caller in src asks for it."""
    return mwparserfromhell.parse(text, skip_style_tags=True)


def tokenize(text: str) -> Any:
    """The C tokenizer alone, with the garbage collector paused as wikitree.parse does."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        return wikitree.tokenize(text)
    finally:
        if collecting:
            gc.enable()


def timed(parse: Callable[[str], Any], texts: Sequence[str]) -> float:
    """Seconds that ``parse`` takes over all ``texts``."""
    start = time.perf_counter()
    for text in texts:
        parse(text)
    return time.perf_counter() - start


def infobox_sources(texts: Sequence[str]) -> list[str]:
    """The prepared infobox slices that parse_infobox's reader parses, one per page."""
    sources = []
    for text in texts:
        located = locate(text)
        if located is not None:
            prepared = prepare(text, located.start, located.end)
            sources.append(prepared.text if located.terminated else prepared.text + "}}")
    return sources


def compare(label: str, texts: Sequence[str], rounds: int) -> None:
    """Print the medians of alternating rounds over ``texts`` and their ratio."""
    size = sum(len(text) for text in texts) / 1e6
    print(f"{label}: {len(texts)} texts, {size:.2f} M characters")
    runs: dict[str, list[float]] = {"mwparserfromhell": [], "wikitree": [], "tokenizer": []}
    for _ in range(rounds):
        runs["mwparserfromhell"].append(timed(reference, texts))
        runs["wikitree"].append(timed(wikitree.parse, texts))
        runs["tokenizer"].append(timed(tokenize, texts))
    medians = {name: statistics.median(times) for name, times in runs.items()}
    for name, seconds in medians.items():
        print(f"  {name:>16}: {seconds * 1000:8.1f} ms  ({size / seconds:5.2f} M chars/s)")
    ratio = medians["wikitree"] / medians["mwparserfromhell"]
    print(f"  wikitree / mwparserfromhell = {ratio:.3f} ({1 / ratio:.2f}x faster)")
    floor = medians["tokenizer"] / medians["mwparserfromhell"]
    print(f"  tokenizer alone / mwparserfromhell = {floor:.3f} (the floor for any builder)")


def main() -> None:
    """Print the comparison on whole pages and on their infobox slices."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    files = sorted((FIXTURES / "real").rglob("*.wiki"))
    texts = [path.read_text(encoding="utf-8") for path in files]
    print(f"wikitree.FAST = {wikitree.FAST}")
    compare("whole pages of fixtures/real", texts, args.rounds)
    compare("their prepared infobox slices", infobox_sources(texts), args.rounds)


if __name__ == "__main__":
    main()
