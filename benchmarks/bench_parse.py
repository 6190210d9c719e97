"""Throughput of parse_infobox against the naive approach, on the real pages in fixtures/real.

The naive approach is what a user would write with mwparserfromhell alone:
parse the whole page, take the first template whose name starts with
"Infobox", and strip_code() every parameter. wikitextparser's naive equivalent
(``naive_wtp``) does the same with that library: parse the page, the first
template named "Infobox…", and plain_text() of each argument's value. All three
run alternately in one process, round after round, so that the machine's noise
hits them alike; the script prints pages per second (median of the rounds) and
the ratios of parse_infobox's rate to the two naive ones'.

The settlement pages are also split by template: ``{{Infobox settlement}}`` and
its redirects (``en-template``) and every other wiki's or English wrapper
template (``other-template``). For each, ``us/KB`` is the time parse_infobox
takes per kilobyte of infobox text (the infobox's extent, as located): reading
another template should cost no more than reading an English one of the same
size, so the two ``us/KB`` figures are compared (``cost`` = other / English).

Run: ``make bench`` or ``.venv/bin/python benchmarks/bench_parse.py [--rounds N]``.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import mwparserfromhell
import wikitextparser  # type: ignore[import-untyped]  # it ships no type information

from infobox import NoInfoboxError, parse_infobox
from infobox.names import normalize_title
from infobox.scan import locate
from infobox.templates.en import INFOBOX_SETTLEMENT
from infobox.templates.registry import spec_for

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def naive(text: str) -> dict[str, str]:
    """The baseline: whole-page parse, first "Infobox…" template, strip_code of each value."""
    code = mwparserfromhell.parse(text)
    for template in code.filter_templates():
        if str(template.name).strip().lower().startswith("infobox"):
            return {str(p.name).strip(): p.value.strip_code().strip() for p in template.params}
    return {}


def naive_wtp(text: str) -> dict[str, str]:
    """The same with wikitextparser: whole-page parse, first "Infobox…" template, plain text."""
    for template in wikitextparser.parse(text).templates:
        if template.name.strip().lower().startswith("infobox"):
            return {
                a.name.strip(): wikitextparser.parse(a.value).plain_text().strip()
                for a in template.arguments
            }
    return {}


def ours(text: str) -> object:
    """parse_infobox, with a page that has no settlement infobox counted as done."""
    try:
        return parse_infobox(text)
    except NoInfoboxError:
        return None


def pages(kind: str) -> list[str]:
    """The texts of the real pages of one kind ("settlement", "other") or of all.

    ``en-template`` and ``other-template`` are the settlement pages whose infobox is
    ``{{Infobox settlement}}`` (or a redirect), and those whose infobox is another.
    """
    if kind in ("en-template", "other-template"):
        english = kind == "en-template"
        return [t for t in pages("settlement") if _is_english(t) == english]
    roots = ["settlement", "other"] if kind == "all" else [kind]
    files = sorted(p for root in roots for p in (FIXTURES / "real" / root).rglob("*.wiki"))
    return [p.read_text(encoding="utf-8") for p in files]


def _is_english(text: str) -> bool:
    return spec_for(normalize_title(parse_infobox(text).template)) is INFOBOX_SETTLEMENT


def infobox_kb(texts: Sequence[str]) -> float:
    """The kilobytes of infobox text in ``texts`` (each infobox's located extent)."""
    total = 0
    for text in texts:
        found = locate(text)
        total += (found.end - found.start) if found is not None else 0
    return total / 1000


def rate(function: Callable[[str], object], texts: Sequence[str]) -> float:
    """Pages per second for one pass of ``function`` over ``texts``."""
    start = time.perf_counter()
    for text in texts:
        function(text)
    return len(texts) / (time.perf_counter() - start)


def main() -> None:
    """Time the three approaches on each page set and print the rates and the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7, help="alternating rounds (default 7)")
    rounds = parser.parse_args().rounds
    print(
        f"{'pages':<15} {'n':>3} {'naive p/s':>10} {'wtp p/s':>8} {'ours p/s':>9}"
        f" {'×naive':>7} {'×wtp':>6} {'us/KB':>6}"
    )
    per_kb: dict[str, float] = {}
    for kind in ("settlement", "other", "all", "en-template", "other-template"):
        texts = pages(kind)
        for text in texts:  # warm up all three, so imports and caches do not count
            naive(text)
            naive_wtp(text)
            ours(text)
        naive_rates, wtp_rates, our_rates = [], [], []
        for _ in range(rounds):
            naive_rates.append(rate(naive, texts))
            wtp_rates.append(rate(naive_wtp, texts))
            our_rates.append(rate(ours, texts))
        base = statistics.median(naive_rates)
        wtp = statistics.median(wtp_rates)
        mine = statistics.median(our_rates)
        kb = infobox_kb(texts)
        us_per_kb = len(texts) / mine / kb * 1e6 if kb else float("nan")
        per_kb[kind] = us_per_kb
        print(
            f"{kind:<15} {len(texts):>3} {base:>10.1f} {wtp:>8.1f} {mine:>9.1f}"
            f" {mine / base:>6.1f}x {mine / wtp:>5.1f}x {us_per_kb:>6.0f}"
        )
    cost = per_kb["other-template"] / per_kb["en-template"]
    print(f"cost of another template's KB of infobox against an English one's: {cost:.2f}x")


if __name__ == "__main__":
    main()
