"""The ``dump`` command: every settlement of Wikipedia dumps into one table file.

Needs the ``dump`` extra (pyarrow for Parquet, tqdm for the progress bar); without it
the command says which extra to install, in one line.
"""

from __future__ import annotations

import argparse
import sys
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any

from .streams import say

if TYPE_CHECKING:
    from ..dump.run import Progress

DUMP_EXAMPLES = """\
examples:
  infobox dump enwiki-latest-pages-articles-multistream.xml.bz2 -o settlements.parquet
  infobox dump export.xml -o settlements.jsonl --workers 1 --limit 1000
  infobox dump lvwiki-….xml.bz2 ruwiki-….xml.bz2 -o both.csv --full

A multistream dump is split by its index (…-multistream-index.txt.bz2, found beside it),
so every worker reads and decompresses its own streams; another export is read by one
reader and its pages parsed by the workers. The output's extension picks the format:
.parquet, .jsonl or .csv. It is written to a temporary file and renamed when the run
ends, so an interrupted run leaves no output behind.
"""


def add_parser(commands: Any) -> None:
    """Add the ``dump`` command to the command line's subparsers."""
    dump = commands.add_parser(
        "dump",
        help="read every settlement of Wikipedia XML dumps into a Parquet, JSONL or CSV table",
        description="Read MediaWiki XML exports (plain, .bz2, .gz, .xz, or a multistream "
        ".bz2 with its index) and write one row per settlement infobox, in dump order, "
        "with a progress bar on stderr and a summary line at the end.",
        epilog=DUMP_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    dump.add_argument("dumps", nargs="+", metavar="DUMP", help="a MediaWiki XML export")
    dump.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help="the table to write: OUT.parquet, OUT.jsonl or OUT.csv",
    )
    dump.add_argument(
        "--workers",
        type=_positive,
        metavar="N",
        help="worker processes (default: every core)",
    )
    dump.add_argument(
        "--limit", type=_positive, metavar="N", help="stop after N pages of the namespaces"
    )
    dump.add_argument(
        "--namespace",
        action="append",
        type=_namespace,
        metavar="NS",
        help="a namespace number to read (repeatable; default 0, the articles; 'all': every one)",
    )
    dump.add_argument(
        "--full",
        action="store_true",
        help="add a column with the whole settlement as JSON (the `parse --json` view)",
    )
    dump.add_argument(
        "--articles",
        action="store_true",
        help="add a column with the typed facts of the article's text",
    )
    dump.add_argument(
        "--index",
        metavar="INDEX",
        help="the multistream index of the one DUMP (default: …-multistream-index.txt.bz2 "
        "beside it, if there is one; without one the dump is read by a single reader)",
    )
    dump.add_argument("--force", action="store_true", help="replace OUT if it exists")
    dump.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar and no summary line"
    )
    dump.set_defaults(handler=run, usage=dump.format_usage())


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {value!r}")
    return number


def _namespace(value: str) -> int | None:
    if value == "all":
        return None
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a namespace number or 'all': {value!r}") from None


def run(args: argparse.Namespace) -> int:
    """Run ``infobox dump``; one line on stderr for every problem, never a traceback."""
    if args.output == "-":
        say(args.usage.rstrip("\n"))
        say("infobox dump: error: the output must be a file (it is written, then renamed)")
        return 2
    if args.index is not None and len(args.dumps) != 1:
        say(args.usage.rstrip("\n"))
        say("infobox dump: error: --index goes with a single DUMP")
        return 2
    try:
        from ..dump.run import run_dump
        from ..errors import InfoboxError
    except ImportError as error:
        say(f"infobox: {error}")
        return 1
    chosen: list[int | None] = args.namespace or [0]
    namespaces = None if None in chosen else {n for n in chosen if n is not None}
    bar = _ProgressBar(enabled=not args.quiet and _is_terminal(sys.stderr))
    try:
        with bar:
            summary = run_dump(
                args.dumps,
                args.output,
                workers=args.workers,
                namespaces=namespaces,
                limit=args.limit,
                full=args.full,
                articles=args.articles,
                force=args.force,
                index=args.index,
                on_progress=bar.update,
            )
    # A dump or index that cannot be read, an output that cannot be written, a
    # missing extra: each error's message is already the one line to show.
    except (InfoboxError, ImportError) as error:
        say(f"infobox: {error}")
        return 1
    except BrokenProcessPool:  # a worker was killed: out of memory, or by a signal
        say("infobox: a worker process died (out of memory, or killed); no output was written")
        return 1
    if not args.quiet:
        say(f"infobox: {args.output}: {summary.line()}")
    if summary.stopped is not None:
        say(f"infobox: stopped early, every page before the cut was written: {summary.stopped}")
        return 1
    return 0


def _is_terminal(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty()) if callable(isatty) else False
    except (OSError, ValueError):
        return False


class _ProgressBar:
    """A tqdm bar of bytes read, with pages/s and settlements found; nothing when disabled."""

    def __init__(self, *, enabled: bool) -> None:
        self._enabled = enabled
        self._bar: Any = None
        self._started = 0.0

    def __enter__(self) -> _ProgressBar:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.close()

    def update(self, progress: Progress) -> None:
        if not self._enabled:
            return
        import time

        if self._bar is None:
            from tqdm import tqdm

            self._started = time.perf_counter()
            self._bar = tqdm(
                total=progress.bytes_total,
                unit="B",
                unit_scale=True,
                file=sys.stderr,
                leave=False,
                postfix="0 pages/s · 0 settlements",
                bar_format="{bar:20} {n_fmt}/{total_fmt} · {postfix} · ETA {remaining}",
            )
        elapsed = max(time.perf_counter() - self._started, 1e-9)
        self._bar.set_postfix_str(
            f"{progress.pages / elapsed:,.0f} pages/s · {progress.settlements:,} settlements",
            refresh=False,
        )
        self._bar.update(progress.bytes_done - self._bar.n)
