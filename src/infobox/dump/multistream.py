"""Multistream bz2 dumps: split them into partitions that processes read on their own.

Wikimedia's ``…-pages-articles-multistream.xml.bz2`` is a concatenation of bz2
streams: stream 0 holds ``<mediawiki …><siteinfo>…</siteinfo>``, each following
stream holds 100 ``<page>`` elements, the last one ``</mediawiki>``. Its index
``…-multistream-index.txt.bz2`` has one line ``offset:page_id:title`` per page, the
offset being the byte offset of the stream that holds the page. A partition is a
run of streams: :func:`read_partition` seeks to its first byte, decompresses its
bytes alone and parses its pages inside a synthetic ``<mediawiki>`` root.
"""

from __future__ import annotations

import bz2
import itertools
import os
import re
from collections.abc import Callable, Collection, Iterator
from typing import BinaryIO

import attrs

from infobox.dump.pages import PageRecord, SiteInfo
from infobox.dump.reader import (
    PageParser,
    _CutOff,
    _kind,
    _parse,
    _read,
    compression_of,
    decompressed_chunks,
    open_dump,
    read_pages,
    site_of,
)
from infobox.errors import (
    DumpError,
    DumpFormatError,
    DumpIndexError,
    DumpReadError,
    DumpTruncatedError,
)

__all__ = ["Partition", "find_index", "partitions", "read_partition", "write_multistream"]

_BLOCK = b"\x31\x41\x59\x26\x53\x59"  # the magic of a bz2 block
_END = b"\x17\x72\x45\x38\x50\x90"  # the magic of a bz2 stream's end (an empty stream)
_DUMP_NAME = re.compile(r"^(?P<stem>.*-multistream)(?P<n>\d*)\.xml(?P<range>-p\d+p\d+)?\.bz2$")


@attrs.frozen(kw_only=True)
class Partition:
    """A unit of work one process reads on its own: a run of streams, or a whole file.

    ``start``/``end`` are byte offsets in the file (``end`` None: to the end).
    ``multistream`` False means the whole (plain or compressed) file, read in
    sequence. ``pages`` is the number of pages the index lists in it and ``index``
    the index's path (None when there is no index).

    >>> site = SiteInfo(dbname="enwiki", language="en", sitename=None, base=None)
    >>> part = Partition(path="x.xml", number=0, start=0, end=None, site=site, multistream=False)
    >>> part.multistream, part.pages
    (False, None)
    """

    path: str
    number: int
    start: int
    end: int | None
    site: SiteInfo
    multistream: bool
    pages: int | None = None
    index: str | None = None


def find_index(path: str | os.PathLike[str]) -> str | None:
    """The multistream index beside a multistream dump, if it exists.

    ``X-multistream.xml.bz2`` → ``X-multistream-index.txt.bz2``;
    ``X-multistream1.xml-p1p41242.bz2`` → ``X-multistream-index1.txt-p1p41242.bz2``.

    >>> find_index("enwiki-20240101-pages-articles.xml.bz2") is None
    True
    """
    name = os.fspath(path)
    directory, base = os.path.split(name)
    match = _DUMP_NAME.match(base)
    if match is None:
        return None
    index_name = f"{match['stem']}-index{match['n']}.txt{match['range'] or ''}.bz2"
    index = os.path.join(directory, index_name)
    return index if os.path.isfile(index) else None


class _Range:
    """The bytes of a file from its position up to a limit (None: to its end)."""

    def __init__(self, file: BinaryIO, remaining: int | None) -> None:
        self._file = file
        self._remaining = remaining

    def read(self, size: int, /) -> bytes:
        if self._remaining is None:
            return self._file.read(size)
        data = self._file.read(min(size, self._remaining))
        self._remaining -= len(data)
        return data


_OFFSET = re.compile(rb"^(\d+):", re.MULTILINE)


def _index_streams(index: str, name: str) -> list[tuple[int, int]]:
    """The (offset, number of pages) of each stream the index lists, checked for order."""
    try:
        file, _ = open_dump(index)
    except DumpReadError as err:
        raise DumpIndexError(
            path=name, index=index, reason=f"cannot read it: {err.reason}"
        ) from None
    streams: list[tuple[int, int]] = []
    with file:
        head = _read(file, 8, index)
        file.seek(0)
        kind = compression_of(head)
        rest = b""
        lines_before = 0
        try:
            for data, _ in decompressed_chunks(file, kind, index):
                block = rest + data
                cut = block.rfind(b"\n") + 1
                rest = block[cut:]
                lines_before = _add_lines(streams, block[:cut], lines_before, index, name)
        except (DumpFormatError, DumpReadError) as err:
            raise DumpIndexError(path=name, index=index, reason=str(err)) from None
        except _CutOff:
            raise DumpIndexError(path=name, index=index, reason="the index is cut off") from None
        _add_lines(streams, rest + b"\n", lines_before, index, name)
    if not streams:
        raise DumpIndexError(path=name, index=index, reason="the index lists no pages")
    return streams


def _add_lines(
    streams: list[tuple[int, int]], block: bytes, lines_before: int, index: str, name: str
) -> int:
    """Add the lines of ``block`` (whole lines) to ``streams``; the number of lines so far."""
    offsets = _OFFSET.findall(block)
    lines = block.count(b"\n")
    if len(offsets) != lines:
        for number, line in enumerate(block.split(b"\n")[:lines], start=lines_before + 1):
            if line.strip() and not _OFFSET.match(line):
                raise DumpIndexError(
                    path=name, index=index, reason=f"line {number} is not 'offset:page_id:title'"
                )
    for offset_text, group in itertools.groupby(offsets):
        offset = int(offset_text)
        size = sum(1 for _ in group)
        if streams:
            last, count = streams[-1]
            if offset == last:
                streams[-1] = (last, count + size)
                continue
            if offset < last:
                reason = f"offset {offset} comes after offset {last}"
                raise DumpIndexError(path=name, index=index, reason=reason)
        streams.append((offset, size))
    return lines_before + lines


def partitions(
    path: str | os.PathLike[str], *, index: str | None = None, streams_per_partition: int = 10
) -> list[Partition]:
    """The partitions of a dump: groups of streams of a multistream dump, else the file.

    With an index (given, or found by :func:`find_index`) the file is checked
    against it: offsets increasing, each at the start of a bz2 stream, stream 0
    holding the site; a mismatch raises :class:`~infobox.errors.DumpIndexError`. A
    file shorter than the index says is cut off: its partitions past the cut raise
    :class:`~infobox.errors.DumpTruncatedError` when read.

    >>> import os, tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = os.path.join(tmp, "x.xml")
    ...     with open(path, "wb") as out:
    ...         _ = out.write(b'<mediawiki xml:lang="lv"><siteinfo/></mediawiki>')
    ...     [(p.number, p.multistream, p.site.language) for p in partitions(path)]
    [(0, False, 'lv')]
    """
    if streams_per_partition < 1:
        raise ValueError(f"streams_per_partition must be at least 1, not {streams_per_partition}")
    file, name = open_dump(path)
    with file:
        kind = _kind(file, name)
        if index is None:
            index = find_index(name)
        if index is None:
            site = site_of(decompressed_chunks(file, kind, name), name)
            return [Partition(path=name, number=0, start=0, end=None, site=site, multistream=False)]
        index = os.fspath(index)
        if kind != "bz2":
            reason = f"the dump is {kind}, not a multistream bz2 file"
            raise DumpIndexError(path=name, index=index, reason=reason)
        streams = _index_streams(index, name)
        size = os.fstat(file.fileno()).st_size
        _check_streams(file, streams, size, name, index)
        first = streams[0][0]
        file.seek(0)
        try:
            site = site_of(decompressed_chunks(_Range(file, first), "bz2", name), name)
        except DumpError as err:
            reason = f"stream 0 (bytes 0-{first}) holds no site: {err}"
            raise DumpIndexError(path=name, index=index, reason=reason) from None
    result = []
    for number, at in enumerate(range(0, len(streams), streams_per_partition)):
        group = streams[at : at + streams_per_partition]
        following = at + streams_per_partition
        end = streams[following][0] if following < len(streams) else None
        result.append(
            Partition(
                path=name,
                number=number,
                start=group[0][0],
                end=end,
                site=site,
                multistream=True,
                pages=sum(count for _, count in group),
                index=index,
            )
        )
    return result


def _check_streams(
    file: BinaryIO, streams: list[tuple[int, int]], size: int, name: str, index: str
) -> None:
    if streams[0][0] == 0:
        reason = "the first pages are at byte 0, where the site's stream should be"
        raise DumpIndexError(path=name, index=index, reason=reason)
    for offset, _ in streams:
        if offset >= size:
            return  # the file is cut off: reading the partitions there says so
        file.seek(offset)
        head = _read(file, 10, name)
        if len(head) < 10 and size - offset == len(head):
            return  # cut off inside the stream's header
        if not (head[:3] == b"BZh" and 0x31 <= head[3] <= 0x39 and head[4:] in (_BLOCK, _END)):
            reason = f"offset {offset} is not the start of a bz2 stream in the dump"
            raise DumpIndexError(path=name, index=index, reason=reason)


def read_partition(
    partition: Partition,
    *,
    namespaces: Collection[int] | None = (0,),
    on_progress: Callable[[int], None] | None = None,
) -> Iterator[PageRecord]:
    """The pages of one partition, read on its own (seek, decompress, parse).

    A partition of a whole file reads the file with :func:`read_pages`.
    ``on_progress(n)`` is called at least once per page with the file offset read
    up to (from ``start`` to ``end``, or the file's size). The number
    of pages a multistream partition holds must match its index
    (:class:`~infobox.errors.DumpIndexError` after the pages otherwise).

    >>> import os, tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = os.path.join(tmp, "x.xml")
    ...     with open(path, "wb") as out:
    ...         _ = out.write(b'<mediawiki><page><title>A</title><ns>0</ns></page></mediawiki>')
    ...     [page.title for part in partitions(path) for page in read_partition(part)]
    ['A']
    """
    if not partition.multistream:
        yield from read_pages(partition.path, namespaces=namespaces, on_progress=on_progress)
        return
    file, name = open_dump(partition.path)
    start, end = partition.start, partition.end
    with file:
        size = os.fstat(file.fileno()).st_size
        cut = f"byte {size} of the compressed file"
        if start >= size:
            raise DumpTruncatedError(path=name, pages_read=0, position=cut)
        file.seek(start)
        reader = _Range(file, None if end is None else end - start)
        parser = PageParser(
            name,
            namespaces=namespaces,
            site=partition.site,
            fragment=True,
            where=f" of the partition at byte {start}",
        )
        chunks = decompressed_chunks(reader, "bz2", name, offset=start)
        yield from _parse(parser, chunks, on_progress=on_progress)
        if (end is not None and size < end) or (end is None and not parser.root_closed_in_input):
            raise parser.truncated(cut, in_xml=False)
    if partition.pages is not None and parser.count != partition.pages:
        span = f"bytes {start}-{end if end is not None else size}"
        raise DumpIndexError(
            path=name,
            index=partition.index or "the index",
            reason=f"it lists {partition.pages} pages in {span}, the dump holds {parser.count}",
        )


def write_multistream(
    pages_xml_source: str | os.PathLike[str],
    out_path: str | os.PathLike[str],
    index_path: str | os.PathLike[str],
    *,
    pages_per_stream: int = 100,
) -> None:
    r"""Write an export as a multistream .bz2 and its index, as Wikimedia does.

    Stream 0 holds the root's start and ``<siteinfo>``, each next stream
    ``pages_per_stream`` pages, the last the root's end; the index (bz2) has one
    line ``offset:page_id:title`` per page. The source may be plain or compressed;
    it is parsed as it is copied, so a malformed or cut-off source raises a
    :class:`~infobox.errors.DumpError`.

    >>> import os, tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     source = os.path.join(tmp, "x.xml")
    ...     with open(source, "wb") as out:
    ...         _ = out.write(b"<mediawiki><siteinfo/>\n" + b"".join(
    ...             b"<page><title>P%d</title><ns>0</ns><id>%d</id></page>\n" % (i, i)
    ...             for i in range(3)) + b"</mediawiki>\n")
    ...     dump, index = os.path.join(tmp, "m.xml.bz2"), os.path.join(tmp, "i.txt.bz2")
    ...     write_multistream(source, dump, index, pages_per_stream=2)
    ...     parts = partitions(dump, index=index, streams_per_partition=1)
    ...     [[page.title for page in read_partition(part)] for part in parts]
    [['P0', 'P1'], ['P2']]
    """
    if pages_per_stream < 1:
        raise ValueError(f"pages_per_stream must be at least 1, not {pages_per_stream}")
    source, name = open_dump(pages_xml_source)
    with source, open(out_path, "wb") as out, open(index_path, "wb") as index_file:
        kind = _kind(source, name)
        parser = PageParser(name, namespaces=None)
        index = bz2.BZ2Compressor(9)
        pending: list[bytes] = []
        lines: list[str] = []

        def flush() -> None:
            if pending:
                offset = out.tell()
                out.write(bz2.compress(b"".join(pending), 9))
                index_file.write(
                    index.compress("".join(f"{offset}:{line}" for line in lines).encode())
                )
                pending.clear()
                lines.clear()

        # The source is split at each "</page>" (and the line end after it) that ends a
        # page for the parser: one inside a CDATA section does not.
        buffer = b""
        start = fed = 0  # where the next page starts; how far the parser has read
        header_done = False

        def take_pages(final: bool) -> None:
            nonlocal start, fed
            search = fed
            while (close := buffer.find(b"</page>", search)) >= 0:
                end = close + 7
                if end == len(buffer) and not final:
                    return  # the next byte may be the page's line end
                if buffer[end : end + 1] == b"\n":
                    end += 1
                parser.feed(buffer[fed:end])
                fed = search = end
                if not parser.pages:
                    continue
                record = parser.pages.pop()
                pending.append(buffer[start:end])
                page_id = "" if record.page_id is None else str(record.page_id)
                lines.append(f"{page_id}:{record.title}\n")
                start = end
                if len(pending) == pages_per_stream:
                    flush()

        try:
            for data, _ in decompressed_chunks(source, kind, name):
                buffer = buffer[start:] + data
                fed -= start
                start = 0
                if not header_done:
                    first = buffer.find(b"<page>")
                    if first < 0:
                        continue
                    line_start = buffer.rfind(b"\n", 0, first) + 1
                    header = buffer[: line_start or first]
                    parser.feed(header)
                    out.write(bz2.compress(header, 9))
                    start = fed = len(header)
                    header_done = True
                take_pages(final=False)
        except _CutOff as cut:
            raise parser.truncated(
                f"byte {cut.position} of the compressed file", in_xml=False
            ) from None
        if header_done:
            take_pages(final=True)
        flush()
        parser.feed(buffer[fed:])
        parser.close()
        out.write(bz2.compress(buffer[start:], 9))
        index_file.write(index.flush())
