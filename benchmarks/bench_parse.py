"""Throughput of parse_infobox against the naive approach, on the real pages in fixtures/real.

The naive approach is what a user would write with mwparserfromhell alone:
parse the whole page, take the first template whose name starts with
"Infobox", and strip_code() every parameter. Both run alternately in one
process, round after round, so that the machine's noise hits both alike; the
script prints pages per second (median of the rounds) and their ratio.

Run: ``make bench`` or ``.venv/bin/python benchmarks/bench_parse.py [--rounds N]``.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import mwparserfromhell

from infobox import NoInfoboxError, parse_infobox

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def naive(text: str) -> dict[str, str]:
    """The baseline: whole-page parse, first "Infobox…" template, strip_code of each value."""
    code = mwparserfromhell.parse(text)
    for template in code.filter_templates():
        if str(template.name).strip().lower().startswith("infobox"):
            return {str(p.name).strip(): p.value.strip_code().strip() for p in template.params}
    return {}


def ours(text: str) -> object:
    """parse_infobox, with a page that has no settlement infobox counted as done."""
    try:
        return parse_infobox(text)
    except NoInfoboxError:
        return None


def pages(kind: str) -> list[str]:
    """The texts of the real pages of one kind ("settlement", "other") or of all."""
    roots = ["settlement", "other"] if kind == "all" else [kind]
    files = sorted(p for root in roots for p in (FIXTURES / "real" / root).rglob("*.wiki"))
    return [p.read_text(encoding="utf-8") for p in files]


def rate(function: Callable[[str], object], texts: Sequence[str]) -> float:
    """Pages per second for one pass of ``function`` over ``texts``."""
    start = time.perf_counter()
    for text in texts:
        function(text)
    return len(texts) / (time.perf_counter() - start)


def main() -> None:
    """Time both approaches on each page set and print the rates and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7, help="alternating rounds (default 7)")
    rounds = parser.parse_args().rounds
    print(f"{'pages':<12} {'n':>3} {'naive p/s':>10} {'ours p/s':>10} {'ratio':>6}")
    for kind in ("settlement", "other", "all"):
        texts = pages(kind)
        for text in texts:  # warm up both, so imports and caches do not count
            naive(text)
            ours(text)
        naive_rates, our_rates = [], []
        for _ in range(rounds):
            naive_rates.append(rate(naive, texts))
            our_rates.append(rate(ours, texts))
        base, mine = statistics.median(naive_rates), statistics.median(our_rates)
        print(f"{kind:<12} {len(texts):>3} {base:>10.1f} {mine:>10.1f} {mine / base:>5.1f}x")


if __name__ == "__main__":
    main()
