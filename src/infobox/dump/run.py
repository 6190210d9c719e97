"""Running a whole dump through the parser: partitions, worker processes, order, output.

The data flows one way: each partition of each dump (:mod:`infobox.dump.multistream`)
is read into page records, each page becomes zero or one row
(:func:`infobox.records.page_rows`), and the rows are written in dump order by one
writer (:mod:`infobox.dump.writers`). Worker processes only decide *where* a partition
is read and parsed; the rows, and their order, are the same for any number of them.

* A multistream ``.bz2`` with its index is split into groups of streams, and each
  worker decompresses and parses its own groups: decompression, the slowest step,
  runs on every core.
* Any other export (plain, ``.bz2``, ``.gz``, ``.xz``) is read by one reader in this
  process, and chunks of its pages are parsed by the workers.

Nothing is left half-written: the output goes to a temporary file that is renamed when
the run ends, and is deleted if the run is interrupted or fails. A dump that is cut
off is the exception the user needs to see rather than lose: every page before the cut
is written, and :attr:`Summary.stopped` says where it stopped.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import TypeVar

import attrs

from ..errors import DumpError, DumpTruncatedError
from ..records import page_rows
from .multistream import Partition, partitions, read_partition
from .pages import PageRecord
from .reader import read_pages
from .writers import open_writer

__all__ = ["Part", "Progress", "Summary", "default_workers", "dump_rows", "run_dump"]

Row = dict[str, object]

#: Pages of a plain export sent to a worker at a time, and the text that closes a
#: chunk early: small enough to keep every worker busy, large enough that sending
#: the pages costs little beside parsing them.
_CHUNK_PAGES = 500
_CHUNK_CHARS = 2_000_000

J = TypeVar("J")
R = TypeVar("R")


@attrs.frozen(kw_only=True)
class Progress:
    """How far a run has come, as the progress callback of :func:`run_dump` sees it.

    >>> Progress(bytes_done=50, bytes_total=200, pages=10, settlements=2).fraction
    0.25
    """

    bytes_done: int
    bytes_total: int
    pages: int
    settlements: int

    @property
    def fraction(self) -> float:
        """The share of the input's bytes read, from 0 to 1."""
        return self.bytes_done / self.bytes_total if self.bytes_total else 1.0


@attrs.frozen(kw_only=True)
class Summary:
    """What a run of :func:`run_dump` did.

    ``failed`` counts pages on which the library raised (each has an error row);
    ``with_errors`` counts settlements with at least one error-level diagnostic.
    ``stopped`` is the error that ended the run early (a dump cut off), after every
    page before it was written; ``None`` when the whole input was read.

    >>> s = Summary(pages=3, settlements=1, failed=0, with_errors=0, seconds=0.5)
    >>> s.complete, s.line()
    (True, '3 pages, 1 settlement (0 with errors), 0 failed pages, in 0.5 s')
    """

    pages: int
    settlements: int
    failed: int
    with_errors: int
    seconds: float
    stopped: DumpError | None = None

    @property
    def complete(self) -> bool:
        """Whether every page of the input (up to ``--limit``) was read."""
        return self.stopped is None

    def line(self) -> str:
        """The one-line summary the command line prints at the end."""
        noun = "settlement" if self.settlements == 1 else "settlements"
        pages = "page" if self.pages == 1 else "pages"
        failed = "page" if self.failed == 1 else "pages"
        return (
            f"{self.pages:,} {pages}, {self.settlements:,} {noun} "
            f"({self.with_errors:,} with errors), {self.failed:,} failed {failed}, "
            f"in {self.seconds:,.1f} s"
        )


def default_workers() -> int:
    """The number of cores this process may run on: the default number of workers.

    >>> default_workers() >= 1
    True
    """
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def run_dump(
    dumps: Sequence[str | os.PathLike[str]],
    output: str | os.PathLike[str],
    *,
    workers: int | None = None,
    namespaces: Collection[int] | None = (0,),
    limit: int | None = None,
    full: bool = False,
    articles: bool = False,
    force: bool = False,
    index: str | os.PathLike[str] | None = None,
    streams_per_partition: int = 10,
    on_progress: Callable[[Progress], None] | None = None,
) -> Summary:
    """Write one row per settlement of the dumps to ``output`` (Parquet, JSON Lines, CSV).

    The format follows the output's extension (``.parquet``, ``.jsonl``, ``.csv``).
    Rows are in dump order for any number of ``workers`` (default: every core).
    ``limit`` stops after that many pages of the chosen ``namespaces`` (``None``: all
    namespaces). ``full`` adds the whole settlement as JSON; ``articles`` adds the
    lead's facts (see :mod:`infobox.records`). ``index`` is the multistream index of
    the one dump given (found beside it when omitted; a dump without one is read by a
    single reader). A multistream dump is cut into partitions of
    ``streams_per_partition`` streams (of 100 pages each in Wikimedia's dumps).

    Raises a :class:`~infobox.errors.DumpError` for a dump that cannot be read at all,
    and the writer's errors (an existing output without ``force``, an unknown
    extension); in both cases, and on Ctrl-C, no output file is left behind.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "x.xml").write_text(
    ...     '<mediawiki xml:lang="en"><siteinfo><dbname>enwiki</dbname></siteinfo>'
    ...     "<page><title>Jezkazgan</title><ns>0</ns><id>1</id><revision><id>2</id>"
    ...     "<text>{{Infobox settlement|name=Jezkazgan|population_total=89,079}}</text>"
    ...     "</revision></page></mediawiki>")
    >>> run_dump([d / "x.xml"], d / "out.jsonl", workers=1).settlements
    1
    >>> (d / "out.jsonl").read_text().count('"population_total":89079')
    1
    """
    started = time.perf_counter()
    paths = [os.fspath(path) for path in dumps]
    total = sum(_size(path) for path in paths)
    counts = _Counts()
    with open_writer(output, full=full, articles=articles, force=force) as writer:
        stopped: DumpError | None = None
        done = 0
        for part in dump_rows(
            paths, workers=workers, namespaces=namespaces, limit=limit, full=full,
            articles=articles, index=index, streams_per_partition=streams_per_partition,
        ):  # fmt: skip
            writer.write(part.rows)
            counts.add(part)
            done += part.bytes_read
            if on_progress is not None:
                on_progress(
                    Progress(
                        bytes_done=min(done, total),
                        bytes_total=total,
                        pages=counts.pages,
                        settlements=counts.settlements,
                    )
                )
            if part.stopped is not None:
                stopped = part.stopped
                break
        writer.commit(
            metadata={
                "infobox.dumps": json.dumps([Path(p).name for p in paths], ensure_ascii=False),
                "infobox.complete": "false" if stopped is not None else "true",
                "infobox.stopped": str(stopped) if stopped is not None else "",
                "infobox.limit": "" if limit is None else str(limit),
            }
        )
    return Summary(
        pages=counts.pages,
        settlements=counts.settlements,
        failed=counts.failed,
        with_errors=counts.with_errors,
        seconds=time.perf_counter() - started,
        stopped=stopped,
    )


@attrs.frozen(kw_only=True)
class Part:
    """The rows of a run of consecutive pages, in dump order, as :func:`dump_rows` gives them.

    ``bytes_read`` is how many bytes of the dump files they took, for progress;
    ``stopped`` is the error that cut the dump off after these pages, if any.

    >>> Part(rows=[], pages=0, bytes_read=0).stopped is None
    True
    """

    rows: list[Row]
    pages: int
    bytes_read: int
    stopped: DumpError | None = None


def dump_rows(
    dumps: Sequence[str | os.PathLike[str]],
    *,
    workers: int | None = None,
    namespaces: Collection[int] | None = (0,),
    limit: int | None = None,
    full: bool = False,
    articles: bool = False,
    index: str | os.PathLike[str] | None = None,
    streams_per_partition: int = 10,
) -> Iterator[Part]:
    """The rows of every page of the dumps, in dump order, part by part.

    Each part is a partition of a multistream dump or a chunk of pages of another
    export; the parts are parsed in up to ``workers`` processes (``1``: in this one).
    A dump cut off ends the iteration with a part whose ``stopped`` is set.
    ``index``, the multistream index, may be given only with a single dump.

    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "x.xml"
    >>> _ = f.write_text("<mediawiki><siteinfo/><page><title>A</title><ns>0</ns>"
    ...                  "<revision><text>{{Infobox settlement|name=A}}</text></revision>"
    ...                  "</page></mediawiki>")
    >>> [row["name"] for part in dump_rows([f], workers=1) for row in part.rows]
    ['A']
    """
    if index is not None and len(dumps) != 1:
        raise ValueError("an index may be given only with a single dump")
    if limit is not None and limit <= 0:
        return
    count = default_workers() if workers is None else max(1, workers)
    options = _Options(namespaces=_frozen(namespaces), full=full, articles=articles)
    left = limit
    with _Pool(count) as pool:
        for path in dumps:
            given = None if index is None else os.fspath(index)
            for part in _parts_of(
                os.fspath(path), pool, options, left, given, streams_per_partition
            ):
                if left is not None:
                    left -= part.pages
                yield part
                if part.stopped is not None:
                    return
                if left is not None and left <= 0:
                    return


@attrs.frozen(kw_only=True)
class _Options:
    namespaces: frozenset[int] | None
    full: bool
    articles: bool


@attrs.define
class _Counts:
    pages: int = 0
    settlements: int = 0
    failed: int = 0
    with_errors: int = 0

    def add(self, part: Part) -> None:
        self.pages += part.pages
        for row in part.rows:
            if row.get("error") is not None:
                self.failed += 1
                continue
            self.settlements += 1
            errors = row.get("errors")
            if isinstance(errors, int) and errors > 0:
                self.with_errors += 1


def _frozen(namespaces: Collection[int] | None) -> frozenset[int] | None:
    return None if namespaces is None else frozenset(namespaces)


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0  # the reader says what is wrong with it, in its own words


def _parts_of(
    path: str,
    pool: _Pool,
    options: _Options,
    limit: int | None,
    index: str | None,
    streams_per_partition: int,
) -> Iterator[Part]:
    groups = partitions(path, index=index, streams_per_partition=streams_per_partition)
    if len(groups) > 1 or (groups and groups[0].multistream):
        results = pool.map_ordered(_partition_rows, ((g, options) for g in groups))
        for part in results:
            yield _cut(part, limit)
            if limit is not None:
                limit -= part.pages
                if limit <= 0:
                    return
        return
    yield from _chunk_parts(path, pool, options, limit)


def _cut(part: Part, limit: int | None) -> Part:
    """The part, ended after ``limit`` pages (its rows carry their page's number)."""
    if limit is None or part.pages <= limit:
        return _strip(part)
    rows = [row for row in part.rows if _page_number(row) < limit]
    return _strip(attrs.evolve(part, rows=rows, pages=limit, stopped=None))


def _page_number(row: Row) -> int:
    number = row["_page"]
    assert isinstance(number, int)
    return number


def _strip(part: Part) -> Part:
    for row in part.rows:
        row.pop("_page", None)
    return part


def _partition_rows(job: tuple[Partition, _Options]) -> Part:
    """In a worker: every row of one partition of a multistream dump."""
    partition, options = job
    rows: list[Row] = []
    pages = 0
    stopped: DumpError | None = None
    try:
        for page in read_partition(partition, namespaces=options.namespaces):
            for row in page_rows(page, full=options.full, articles=options.articles):
                row["_page"] = pages
                rows.append(row)
            pages += 1
    except DumpTruncatedError as error:
        stopped = error
    end = partition.end if partition.end is not None else _size(partition.path)
    return Part(rows=rows, pages=pages, bytes_read=end - partition.start, stopped=stopped)


def _chunk_rows(job: tuple[list[PageRecord], _Options]) -> list[Row]:
    """In a worker: the rows of a chunk of pages read by the main process."""
    pages, options = job
    return [
        row
        for page in pages
        for row in page_rows(page, full=options.full, articles=options.articles)
    ]


def _chunk_parts(path: str, pool: _Pool, options: _Options, limit: int | None) -> Iterator[Part]:
    read_to = 0  # bytes of the file the reader has read, as it reports them
    reported = 0

    def on_progress(done: int) -> None:
        nonlocal read_to
        read_to = done

    # Each chunk sent, in order: its number of pages, and the cut that ended the dump
    # right after it (only on the last).
    sent: deque[tuple[int, DumpError | None]] = deque()

    def chunks() -> Iterator[tuple[list[PageRecord], _Options]]:
        chunk: list[PageRecord] = []
        chars = 0
        cut: DumpError | None = None
        try:
            for page in read_pages(
                path, namespaces=options.namespaces, limit=limit, on_progress=on_progress
            ):
                chunk.append(page)
                chars += len(page.text)
                if len(chunk) >= _CHUNK_PAGES or chars >= _CHUNK_CHARS:
                    sent.append((len(chunk), None))
                    yield chunk, options
                    chunk, chars = [], 0
        except DumpTruncatedError as error:
            cut = error
        if chunk or cut is not None or not sent:  # a cut is reported even with no pages
            sent.append((len(chunk), cut))
            yield chunk, options

    for rows in pool.map_ordered(_chunk_rows, chunks()):
        pages, cut = sent.popleft()
        yield Part(rows=rows, pages=pages, bytes_read=read_to - reported, stopped=cut)
        reported = read_to


class _Pool:
    """Runs jobs in order, in this process or in up to ``workers`` worker processes.

    At most two jobs a worker are in flight, so memory stays bounded however long the
    dump; results come back in the order the jobs were given.
    """

    def __init__(self, workers: int) -> None:
        self._workers = workers
        self._executor: ProcessPoolExecutor | None = None

    def __enter__(self) -> _Pool:
        if self._workers > 1:
            self._executor = ProcessPoolExecutor(
                max_workers=self._workers,
                mp_context=get_context("spawn"),
                initializer=_ignore_interrupts,
            )
            # A worker is started on a submit that finds none idle: these start them
            # all now, inside the guard (a worker takes far longer to start than this
            # loop takes to submit).
            with _workers_ignore_ctrl_c():
                started = [self._executor.submit(_ready) for _ in range(self._workers)]
            for future in started:
                future.result()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._executor is None:
            return
        if exc[0] is not None:  # Ctrl-C or a failure: the workers' jobs are not wanted
            for process in list(getattr(self._executor, "_processes", {}).values()):
                process.terminate()
        self._executor.shutdown(wait=True, cancel_futures=True)

    def map_ordered(self, function: Callable[[J], R], jobs: Iterable[J]) -> Iterator[R]:
        if self._executor is None:
            for job in jobs:
                yield function(job)
            return
        pending: deque[Future[R]] = deque()
        for job in jobs:
            pending.append(self._executor.submit(function, job))
            if len(pending) >= 2 * self._workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


@contextlib.contextmanager
def _workers_ignore_ctrl_c() -> Iterator[None]:
    """Start processes that ignore Ctrl-C from their first instruction.

    Ctrl-C in a terminal signals every process of the group. A worker still importing
    would print a traceback of its own, so the workers are started with SIGINT ignored:
    an ignored signal stays ignored across ``exec``, and Python keeps it so. This
    process ignores it only while it starts them (a few milliseconds: a Ctrl-C then is
    lost, not mishandled); afterwards it gets Ctrl-C and stops them. Outside the main
    thread signals cannot be changed, and the workers start as they are.
    """
    try:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _ready() -> None:
    """A job that does nothing: waiting for it waits for a worker to start."""


def _ignore_interrupts() -> None:
    """In a worker: Ctrl-C is the main process's to handle (it stops the workers)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
