"""Peak memory of parse_page and parse_article, as a multiple of the text's size.

The issue's target is a peak of at most 10× the text's size, on a real page and on a
10 MB single line. Three inputs are measured:

* the largest real page in ``fixtures/real`` (by its size in bytes), with
  ``parse_page``;
* a single line of plain prose of ``--megabytes`` MB, with ``parse_article``: the
  Zhezkazgan seed's plain text (``fixtures/zhezkazgan/en-old.txt``), its lines joined
  by spaces, over and over (real prose, with as many facts as a settlement's lead);
* a single line of wikitext of the same size, with ``parse_page``: the Zhezkazgan
  seed page's wikitext after its infobox (links, refs, templates, headings, lists,
  categories), its lines joined by spaces, over and over.

**How the peak is measured.** With :mod:`tracemalloc`: the function is called once
first (a warm-up, so that data loaded lazily on first use — the language tables,
compiled patterns, the locale — does not count), then tracing starts, the peak is
reset, the function is called again and the peak of traced memory *above what was
traced when the call began* is taken. The input text itself is the caller's and was
allocated before, so it is not part of the peak; the result the call returns is
(it is alive when the call ends). tracemalloc sees every allocation made through
Python's allocators — every object, string and list, and the memory of
mwparserfromhell's C tokenizer, which allocates Python objects — and nothing else
(no interpreter or allocator overhead, no fragmentation), so it is the memory the
code asks for, repeatable from run to run, unlike a process's resident size.

**What "size" is.** The text's size in UTF-8 bytes: the size of the page as a
file, an XML dump or an HTTP response holds it, which is what "a 10 MB page" means
to whoever feeds one in. For ASCII text it is the number of characters; for a
Cyrillic page it is about twice that (a Python ``str`` of Cyrillic text takes two
bytes a character as well, so the ratio also says how many copies of the text the
peak amounts to). The script prints the ratio to the number of characters too.

Run: ``.venv/bin/python benchmarks/bench_memory.py [--megabytes N]`` (default 10;
tracing makes the calls several times slower, so the 10 MB lines take a while).
"""

from __future__ import annotations

import argparse
import gc
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from infobox import parse_article, parse_page

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

SEEDS = FIXTURES / "zhezkazgan"


def prose_unit() -> str:
    """A real article's plain text (the Zhezkazgan seed) as one line: lines joined by spaces."""
    return " ".join((SEEDS / "en-old.txt").read_text(encoding="utf-8").split()) + " "


def wikitext_unit() -> str:
    """A real article's wikitext after its infobox (the Zhezkazgan seed) as one line."""
    text = (SEEDS / "en.wiki").read_text(encoding="utf-8")
    body = text[text.index("'''") :]
    return " ".join(body.split("\n")) + " "


def largest_page() -> str:
    """The largest real page of the fixtures, by its size in bytes."""
    path = max((FIXTURES / "real").rglob("*.wiki"), key=lambda p: p.stat().st_size)
    return path.read_text(encoding="utf-8")


def single_line(unit: str, megabytes: float) -> str:
    """``unit`` repeated to ``megabytes`` MB of UTF-8: one line, no line break."""
    size = int(megabytes * 1_000_000)
    text = unit * (size // len(unit.encode("utf-8")) + 1)
    return text[: max(size - (len(text.encode("utf-8")) - len(text)), 0)]


def peak(function: Callable[[str], object], text: str) -> int:
    """Bytes traced at the peak of one call of ``function(text)``, above its start."""
    function(text)  # warm up: lazily loaded tables and patterns do not count
    gc.collect()
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        before, _ = tracemalloc.get_traced_memory()
        result = function(text)
        _, top = tracemalloc.get_traced_memory()
        del result
    finally:
        tracemalloc.stop()
    return top - before


def main() -> None:
    """Measure each input and print its peak as a multiple of its size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=10.0, help="single lines' size (10)")
    megabytes = parser.parse_args().megabytes
    cases: list[tuple[str, Callable[[str], object], str]] = [
        ("largest real page", parse_page, largest_page()),
        (f"{megabytes:g} MB line of prose", parse_article, single_line(prose_unit(), megabytes)),
        (
            f"{megabytes:g} MB line of wikitext",
            parse_page,
            single_line(wikitext_unit(), megabytes),
        ),
    ]
    print(f"{'input':<28} {'function':<14} {'bytes':>12} {'peak':>14} {'/bytes':>7} {'/chars':>7}")
    for label, function, text in cases:
        size = len(text.encode("utf-8"))
        top = peak(function, text)
        print(
            f"{label:<28} {function.__name__:<14} {size:>12,} {top:>14,} "
            f"{top / size:>6.1f}x {top / len(text):>6.1f}x"
        )


if __name__ == "__main__":
    main()
