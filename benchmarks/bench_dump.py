"""Throughput and memory of ``infobox dump`` against bz2 decompression alone, in one run.

The floor of any dump job is decompression: every byte of a ``.bz2`` dump must pass
through it. This script builds a multistream dump from the sample fixture
(``fixtures/dumps/enwiki-sample.xml``, its pages repeated ``--scale`` times under new
page ids), then times, round after round so the machine's noise hits all alike:

* ``floor``: bz2 decompression of the whole file, nothing else;
* ``1 worker`` and ``2 workers``: :func:`infobox.dump.run.run_dump` to a Parquet file.

It prints the median seconds, the ratios (1 worker ÷ floor, 1 worker ÷ 2 workers), the
peak memory (max RSS of a fresh process running the dump with 1 worker) on a dump a
quarter of the size and on the timed dump (1× and 4×), and what a whole English
Wikipedia would take at these rates.

Run: ``.venv/bin/python benchmarks/bench_dump.py [--scale N] [--rounds N]``.
"""

from __future__ import annotations

import argparse
import bz2
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from infobox.dump.multistream import write_multistream
from infobox.dump.run import run_dump

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "dumps"
SAMPLE = FIXTURES / "enwiki-sample.xml"

#: Compressed size of English Wikipedia's pages-articles-multistream dump (2026), bytes.
ENWIKI_BZ2 = 22e9


#: The sample's pages from this id on were added to it from single-page fixtures
#: (fixtures/dumps/ATTRIBUTION.md): eight large settlement articles.
ADDED_IDS = 990_000_001


def repeated_export(times: int, out: Path, *, exports_only: bool = False) -> None:
    """Write an export holding the sample's pages ``times`` over, with distinct page ids.

    ``exports_only`` leaves out the pages added to the sample, keeping only those of
    the two real exports (their mix of settlements and other pages is a real one).
    """
    root = ET.parse(SAMPLE).getroot()
    ns = root.tag[: root.tag.index("}") + 1] if root.tag.startswith("{") else ""
    pages = root.findall(f"{ns}page")
    if exports_only:
        pages = [p for p in pages if int(p.findtext(f"{ns}id") or 0) < ADDED_IDS]
    with out.open("w", encoding="utf-8") as f:
        f.write('<mediawiki xml:lang="en"><siteinfo><dbname>enwiki</dbname></siteinfo>\n')
        for copy in range(times):
            for number, page in enumerate(pages):
                title = page.findtext(f"{ns}title") or ""
                text = page.findtext(f"{ns}revision/{ns}text") or ""
                space = page.findtext(f"{ns}ns") or "0"
                page_id = copy * 1_000_000 + number + 1
                f.write(
                    f"<page><title>{escape(title)}{' ' + str(copy) if copy else ''}</title>"
                    f"<ns>{space}</ns><id>{page_id}</id><revision><id>{page_id}</id>"
                    f'<text xml:space="preserve" bytes={quoteattr(str(len(text)))}>'
                    f"{escape(text)}</text></revision></page>\n"
                )
        f.write("</mediawiki>\n")


def multistream(times: int, folder: Path, *, exports_only: bool = False) -> Path:
    """A multistream dump and its index of the sample ``times`` over; the dump's path."""
    export = folder / f"x{times}.xml"
    repeated_export(times, export, exports_only=exports_only)
    dump = folder / f"x{times}-multistream.xml.bz2"
    write_multistream(export, dump, folder / f"x{times}-multistream-index.txt.bz2")
    export.unlink()
    return dump


def decompress(path: Path) -> None:
    """The floor: read the whole bz2 file through the decompressor."""
    with bz2.open(path, "rb") as f:
        while f.read(1 << 20):
            pass


def timed(function: Callable[[], object]) -> float:
    """Wall seconds of one call."""
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def peak_rss_mb(dump: Path, folder: Path) -> float:
    """Max RSS of a fresh process that runs the dump with one worker, in MB."""
    code = (
        "import resource, sys\n"
        "from infobox.dump.run import run_dump\n"
        "run_dump([sys.argv[1]], sys.argv[2], workers=1, force=True)\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    out = folder / "rss.parquet"
    done = subprocess.run(
        [sys.executable, "-c", code, str(dump), str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stdout.split()[-1]) / 1024


def rounds(n: int, jobs: dict[str, Callable[[], object]]) -> Iterator[dict[str, float]]:
    """``n`` rounds of every job in turn, each round's seconds by job."""
    for _ in range(n):
        yield {name: timed(job) for name, job in jobs.items()}


def main() -> None:
    """Build the dumps, time the three jobs, measure memory, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=int, default=48, help="copies of the sample (default 48)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of timing (default 3)")
    parser.add_argument(
        "--exports-only",
        action="store_true",
        help="only the pages of the two real exports in the sample, without the eight large "
        "settlement articles added to it (a real mix of pages)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        dump = multistream(args.scale, folder, exports_only=args.exports_only)
        small = multistream(max(1, args.scale // 4), folder, exports_only=args.exports_only)
        size = dump.stat().st_size
        out = folder / "out.parquet"
        jobs: dict[str, Callable[[], object]] = {
            "floor": lambda: decompress(dump),
            "1 worker": lambda: run_dump([dump], out, workers=1, force=True),
            "2 workers": lambda: run_dump([dump], out, workers=2, force=True),
        }
        runs = list(rounds(args.rounds, jobs))
        median = {name: statistics.median(r[name] for r in runs) for name in jobs}
        summary = run_dump([dump], out, workers=1, force=True)
        rss_small = peak_rss_mb(small, folder)
        rss = peak_rss_mb(dump, folder)
        small_mb = small.stat().st_size / 1e6
    mb = size / 1e6
    print(f"dump: {mb:.1f} MB bz2, {summary.pages:,} pages, {summary.settlements:,} settlements")
    for name, seconds in median.items():
        print(f"  {name:<10} {seconds:7.2f} s   {mb / seconds:6.1f} MB/s of bz2")
    per_core = median["1 worker"] / median["floor"]
    speedup = median["1 worker"] / median["2 workers"]
    print(f"1 worker ÷ floor: {per_core:.2f}× (target ≤ 1.5×)")
    print(f"2 workers vs 1:   {speedup:.2f}× faster (target ≥ 1.7× on an idle 2-core machine)")
    print(f"peak RSS, 1 worker: {rss_small:.0f} MB at 1× ({small_mb:.1f} MB), {rss:.0f} MB at 4×")
    core_hours = ENWIKI_BZ2 / (size / median["1 worker"]) / 3600
    print(
        f"English Wikipedia ({ENWIKI_BZ2 / 1e9:.0f} GB bz2) at this rate: "
        f"{core_hours:.1f} core-hours; {core_hours / 8 * 60:.0f} min on 8 cores, "
        f"{core_hours / 64 * 60:.0f} min on 64"
    )


if __name__ == "__main__":
    main()
