"""Read a MediaWiki XML export (plain, .bz2, .gz or .xz) into a stream of pages.

The reader is the standard library's expat parser fed with decompressed chunks, with
callbacks that keep only the fields a :class:`~infobox.dump.pages.PageRecord` needs:
memory stays constant however large the dump. It does not use ``mwxml``: mwxml
cannot read a fragment of pages without the ``<mediawiki>`` root (one stream of a
multistream dump), and its element objects cost several times the parse itself.
"""

from __future__ import annotations

import bz2
import contextlib
import lzma
import os
import zlib
from collections.abc import Callable, Collection, Iterator
from typing import BinaryIO, Protocol
from xml.parsers import expat

from infobox.dump.pages import PageRecord, SiteInfo, language_of_dbname
from infobox.errors import DumpFormatError, DumpReadError, DumpTruncatedError

__all__ = ["read_pages", "read_site"]

_READ = 1 << 20  # bytes of a plain file read at a time
_READ_COMPRESSED = 1 << 18  # bytes of a compressed file read at a time
_READ_GZIP = 1 << 16  # gzip has no output limit per call: smaller reads bound the output
_OUT = 1 << 20  # most bytes a bz2/xz decompressor returns per call

_MAGIC = ((b"BZh", "bz2"), (b"\x1f\x8b", "gz"), (b"\xfd7zXZ\x00", "xz"))


def compression_of(head: bytes) -> str:
    """The compression the first bytes of a file show: ``bz2``, ``gz``, ``xz`` or ``plain``.

    >>> compression_of(b"BZh91AY&SY"), compression_of(b"<mediawiki"), compression_of(b"")
    ('bz2', 'plain', 'plain')
    """
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    return "plain"


class _Reader(Protocol):
    def read(self, size: int, /) -> bytes: ...


class _CutOff(Exception):
    """Internal: the compressed data ends inside a stream; ``position`` is the file's size."""

    def __init__(self, position: int) -> None:
        self.position = position


def open_dump(path: str | os.PathLike[str]) -> tuple[BinaryIO, str]:
    """Open a dump file for reading: the file and its name for messages.

    >>> open_dump("no/such/dump.xml")
    Traceback (most recent call last):
    ...
    infobox.errors.DumpReadError: no/such/dump.xml: cannot read the dump: No such file or directory
    """
    name = os.fspath(path)
    try:
        file = open(name, "rb")  # noqa: SIM115 - the caller closes it
    except OSError as err:
        raise DumpReadError(path=name, reason=err.strerror or str(err)) from err
    return file, name


def _read(file: _Reader, size: int, name: str) -> bytes:
    try:
        return file.read(size)
    except OSError as err:
        raise DumpReadError(path=name, reason=err.strerror or str(err)) from err


def decompressed_chunks(
    file: _Reader, kind: str, name: str, offset: int = 0
) -> Iterator[tuple[bytes, int]]:
    """The decompressed bytes of ``file`` in chunks, each with the file position after it.

    Concatenated streams (a multistream .bz2, a multi-member .gz) are read one after
    another. Corrupt data raises :class:`~infobox.errors.DumpFormatError`; data that
    ends inside a stream raises an internal ``_CutOff`` after the last chunk.

    >>> import bz2, io
    >>> data = bz2.compress(b"<a/>") + bz2.compress(b"<b/>")
    >>> b"".join(c for c, _ in decompressed_chunks(io.BytesIO(data), "bz2", "x"))
    b'<a/><b/>'
    """
    position = offset
    if kind == "plain":
        while data := _read(file, _READ, name):
            position += len(data)
            yield data, position
        return
    if kind == "gz":
        yield from _gzip_chunks(file, name, position)
        return
    new: Callable[[], bz2.BZ2Decompressor | lzma.LZMADecompressor] = (
        bz2.BZ2Decompressor if kind == "bz2" else lzma.LZMADecompressor
    )
    decompressor = new()
    while True:
        if decompressor.eof:
            data = decompressor.unused_data
            decompressor = new()
            if not data:
                data = _read(file, _READ_COMPRESSED, name)
                if not data:
                    return
                position += len(data)
        elif decompressor.needs_input:
            data = _read(file, _READ_COMPRESSED, name)
            if not data:
                raise _CutOff(position)
            position += len(data)
        else:
            data = b""
        try:
            out = decompressor.decompress(data, _OUT)
        except (OSError, EOFError, lzma.LZMAError) as err:
            raise DumpFormatError(
                path=name, reason=f"corrupt {kind} data before byte {position} ({err})"
            ) from err
        if out:
            yield out, position


def _gzip_chunks(file: _Reader, name: str, position: int) -> Iterator[tuple[bytes, int]]:
    decompressor = zlib.decompressobj(31)
    while True:
        if decompressor.eof:
            data = decompressor.unused_data
            decompressor = zlib.decompressobj(31)
            if not data:
                data = _read(file, _READ_GZIP, name)
                if not data:
                    return
                position += len(data)
        else:
            data = _read(file, _READ_GZIP, name)
            if not data:
                raise _CutOff(position)
            position += len(data)
        try:
            out = decompressor.decompress(data)
        except zlib.error as err:
            raise DumpFormatError(
                path=name, reason=f"corrupt gz data before byte {position} ({err})"
            ) from err
        if out:
            yield out, position


def _local(name: str) -> str:
    return name.rpartition(":")[2]


_PAGE_FIELDS = frozenset({"title", "ns", "id"})
_REVISION_FIELDS = frozenset({"id", "timestamp", "text"})
_SITE_FIELDS = frozenset({"sitename", "dbname", "base"})


class PageParser:
    r"""An incremental parser of export XML: feed bytes, take the finished pages.

    ``pages`` holds the records finished so far (of the wanted namespaces; take
    them and put an empty list back); ``count`` counts every finished page;
    ``site`` is the export's :class:`SiteInfo` once its ``<siteinfo>`` is read.
    ``fragment=True`` reads pages without the ``<mediawiki>`` root (one stream of a
    multistream dump), with ``site`` given.

    >>> parser = PageParser("x.xml", namespaces=None)
    >>> parser.feed(b'<mediawiki xml:lang="lv"><page><title>R\xc4\xabga</title><ns>0</ns>')
    >>> parser.feed(b"<id>7</id><revision><text>hi</text></revision></page></mediawiki>")
    >>> parser.close()
    >>> [(p.title, p.page_id, p.text, p.language) for p in parser.pages]
    [('Rīga', 7, 'hi', 'lv')]
    """

    def __init__(
        self,
        name: str,
        *,
        namespaces: Collection[int] | None = (0,),
        site: SiteInfo | None = None,
        fragment: bool = False,
        where: str = "",
    ) -> None:
        self.name = name
        self.pages: list[PageRecord] = []
        self.count = 0
        self.site = site
        self.root_closed = False
        self.root_closed_in_input = False
        self._where = where
        self._wanted = None if namespaces is None else frozenset(namespaces)
        self._fragment = fragment
        self._root_seen = False
        self._depth = 0
        self._in_page = self._in_revision = self._in_site = False
        self._capture_depth = -1
        self._capture = ""
        self._buffer: list[str] = []
        self._fields: dict[str, str] = {}
        self._redirect: str | None = None
        self._lang: str | None = None
        self._namespace_names: dict[str, int] = {}
        self._namespace_key = 0
        parser = expat.ParserCreate()
        parser.buffer_text = True
        parser.buffer_size = 1 << 16
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        self._parser = parser
        if fragment:
            self.feed(b"<mediawiki>")

    # -- expat callbacks -------------------------------------------------------------

    def _start(self, name: str, attributes: dict[str, str]) -> None:
        depth = self._depth = self._depth + 1
        if depth == 3:
            if self._in_page:
                local = _local(name)
                if local in _PAGE_FIELDS:
                    self._begin_capture(local, depth)
                elif local == "revision":
                    self._in_revision = True
                    for key in ("rev_id", "timestamp", "text"):
                        self._fields.pop(key, None)
                elif local == "redirect":
                    self._redirect = attributes.get("title")
            elif self._in_site:
                local = _local(name)
                if local in _SITE_FIELDS:
                    self._begin_capture(local, depth)
        elif depth == 4:
            if self._in_revision:
                local = _local(name)
                if local in _REVISION_FIELDS:
                    self._begin_capture("rev_id" if local == "id" else local, depth)
            elif self._in_site and _local(name) == "namespace":
                try:
                    self._namespace_key = int(attributes.get("key", ""))
                except ValueError:
                    self._namespace_key = 0
                self._begin_capture("namespace", depth)
        elif depth == 2:
            local = _local(name)
            if local == "page":
                self._in_page = True
                self._fields = {}
                self._redirect = None
            elif local == "siteinfo":
                self._in_site = True
                self._fields = {}
        elif depth == 1:
            if _local(name) != "mediawiki":
                raise DumpFormatError(
                    path=self.name,
                    reason=f"not a MediaWiki XML export: the root element is <{name}>, "
                    "not <mediawiki>",
                )
            self._root_seen = True
            self._lang = attributes.get("xml:lang") or None

    def _begin_capture(self, field: str, depth: int) -> None:
        self._capture = field
        self._capture_depth = depth
        self._buffer = []
        self._parser.CharacterDataHandler = self._buffer.append

    def _end(self, name: str) -> None:
        depth = self._depth
        self._depth = depth - 1
        if depth == self._capture_depth:
            self._parser.CharacterDataHandler = None
            self._capture_depth = -1
            if self._capture == "namespace":
                self._namespace_names["".join(self._buffer)] = self._namespace_key
            else:
                self._fields[self._capture] = "".join(self._buffer)
        elif depth == 2:
            if self._in_page:
                self._in_page = False
                self._finish_page()
            elif self._in_site:
                self._in_site = False
                self._finish_site()
        elif depth == 3 and self._in_revision:
            self._in_revision = False
        elif depth == 1:
            self.root_closed = True

    def _finish_site(self) -> None:
        fields = self._fields
        dbname = fields.get("dbname") or None
        self.site = SiteInfo(
            dbname=dbname,
            language=self._lang or language_of_dbname(dbname),
            sitename=fields.get("sitename") or None,
            base=fields.get("base") or None,
            namespaces=tuple(sorted(self._namespace_names.items(), key=lambda item: item[1])),
        )

    def _finish_page(self) -> None:
        self.count += 1
        fields = self._fields
        title = fields.get("title", "")
        ns_text = fields.get("ns")
        namespace = _int(ns_text) if ns_text is not None else None
        if namespace is None:
            namespace = self._namespace_of(title)
        if self._wanted is not None and namespace not in self._wanted:
            return
        site = self.site
        if site is None:
            site = self.site = SiteInfo(dbname=None, language=self._lang, sitename=None, base=None)
        self.pages.append(
            PageRecord(
                title=title,
                namespace=namespace,
                page_id=_int(fields.get("id")),
                revision_id=_int(fields.get("rev_id")),
                timestamp=fields.get("timestamp") or None,
                redirect=self._redirect,
                text=fields.get("text", ""),
                wiki=site.dbname,
                language=site.language,
            )
        )

    def _namespace_of(self, title: str) -> int:
        prefix, colon, _ = title.partition(":")
        if not colon:
            return 0
        names = self._namespace_names
        if not names and self.site is not None:
            names = self._namespace_names = dict(self.site.namespaces)
        return names.get(prefix, 0)

    # -- feeding ---------------------------------------------------------------------

    def feed(self, data: bytes) -> None:
        """Parse more bytes; raises DumpFormatError if they are not export XML."""
        try:
            self._parser.Parse(data, False)
        except expat.ExpatError as err:
            raise self._format_error(err) from None

    def close(self) -> None:
        """End the input: raises DumpTruncatedError if the XML is cut off."""
        parser = self._parser
        self.root_closed_in_input = self.root_closed
        try:
            if self._fragment and not self.root_closed:
                parser.Parse(b"</mediawiki>", True)
            else:
                parser.Parse(b"", True)
        except expat.ExpatError as err:
            if not self._root_seen:
                raise self._format_error(err) from None
            raise self.truncated(f"line {err.lineno}, column {err.offset}") from None
        if not self._root_seen:  # pragma: no cover - expat reports a missing root itself
            raise DumpFormatError(path=self.name, reason="not a MediaWiki XML export")

    def truncated(self, position: str, *, in_xml: bool = True) -> DumpTruncatedError:
        """The error for a cut at ``position`` (of the XML, else of the file)."""
        return DumpTruncatedError(
            path=self.name,
            pages_read=self.count,
            position=position + self._where if in_xml else position,
        )

    def _format_error(self, err: expat.ExpatError) -> DumpFormatError:
        message = expat.errors.messages[err.code]
        where = f"line {err.lineno}, column {err.offset}{self._where}"
        if not self._root_seen:
            if err.code == expat.errors.codes[expat.errors.XML_ERROR_NO_ELEMENTS]:
                reason = "not a MediaWiki XML export: no XML element in it"
            else:
                reason = f"not a MediaWiki XML export: not XML ({message} at {where})"
        else:
            reason = f"malformed XML: {message} at {where}"
        return DumpFormatError(path=self.name, reason=reason)


def _int(text: str | None) -> int | None:
    if text is None:
        return None
    try:
        return int(text)
    except ValueError:
        return None


def _kind(file: BinaryIO, name: str) -> str:
    head = _read(file, 8, name)
    if not head:
        raise DumpFormatError(path=name, reason="not a MediaWiki XML export: the file is empty")
    file.seek(0)
    return compression_of(head)


def read_pages(
    path: str | os.PathLike[str],
    *,
    namespaces: Collection[int] | None = (0,),
    limit: int | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> Iterator[PageRecord]:
    """The pages of a MediaWiki XML export, one record each, in file order.

    The compression (none, bz2, gzip, xz) is told by the file's first bytes, not its
    name; a multistream .bz2 reads as one. ``namespaces`` keeps the pages of those
    namespaces (``None``: all); ``limit`` stops after that many pages.
    ``on_progress(n)`` is called at least once per page with the number of bytes of
    the file read so far, and last with the file's size.

    Raises :class:`~infobox.errors.DumpReadError` (cannot open),
    :class:`~infobox.errors.DumpFormatError` (not an export, corrupt data) and,
    after every complete page before the cut, :class:`~infobox.errors.DumpTruncatedError`.

    >>> import os, tempfile
    >>> xml = (b'<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" xml:lang="en">'
    ...     b"<siteinfo><dbname>enwiki</dbname></siteinfo>"
    ...     b"<page><title>Riga</title><ns>0</ns><id>1</id><revision><id>5</id>"
    ...     b"<timestamp>2019-07-15T12:00:00Z</timestamp><text>{{Infobox settlement}}</text>"
    ...     b"</revision></page></mediawiki>")
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = os.path.join(tmp, "x.xml")
    ...     with open(path, "wb") as out:
    ...         _ = out.write(xml)
    ...     pages = list(read_pages(path))
    >>> [(p.title, p.page_id, p.revision_id, p.wiki, p.language) for p in pages]
    [('Riga', 1, 5, 'enwiki', 'en')]
    """
    file, name = open_dump(path)
    with file:
        kind = _kind(file, name)
        parser = PageParser(name, namespaces=namespaces)
        yield from _parse(
            parser, decompressed_chunks(file, kind, name), limit=limit, on_progress=on_progress
        )
        if on_progress is not None and limit is None:
            on_progress(os.fstat(file.fileno()).st_size)


def _parse(
    parser: PageParser,
    chunks: Iterator[tuple[bytes, int]],
    *,
    limit: int | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> Iterator[PageRecord]:
    """Feed ``chunks`` to ``parser``, yielding its pages; the input's end closes it."""
    yielded = 0
    if limit is not None and limit <= 0:
        return
    try:
        for data, position in chunks:
            parser.feed(data)
            pages = parser.pages
            if pages:
                parser.pages = []
                for page in pages:
                    yield page
                    yielded += 1
                    if on_progress is not None:
                        on_progress(position)
                    if yielded == limit:
                        return
            elif on_progress is not None:
                on_progress(position)
    except _CutOff as cut:
        raise parser.truncated(
            f"byte {cut.position} of the compressed file", in_xml=False
        ) from None
    parser.close()
    for page in parser.pages:  # pragma: no cover - a page ends only inside feed()
        yield page


def read_site(path: str | os.PathLike[str]) -> SiteInfo:
    """The :class:`SiteInfo` of an export: its ``<siteinfo>`` and root, read alone.

    >>> import io, os, tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = os.path.join(tmp, "x.xml")
    ...     with open(path, "wb") as out:
    ...         _ = out.write(b'<mediawiki xml:lang="vi"><siteinfo><dbname>viwiki</dbname>'
    ...             b"</siteinfo></mediawiki>")
    ...     read_site(path).dbname
    'viwiki'
    """
    file, name = open_dump(path)
    with file:
        kind = _kind(file, name)
        return site_of(decompressed_chunks(file, kind, name), name)


def site_of(chunks: Iterator[tuple[bytes, int]], name: str) -> SiteInfo:
    """The site of the export ``chunks`` start with (reading no further than needed).

    >>> site_of(iter([(b'<mediawiki xml:lang="lv"><siteinfo><dbname>lvwiki', 0),
    ...     (b"</dbname></siteinfo>", 0)]), "x.xml").dbname
    'lvwiki'
    """
    parser = PageParser(name, namespaces=())
    try:
        for data, _ in chunks:
            parser.feed(data)
            if parser.site is not None:
                return parser.site
    except _CutOff:
        pass
    with contextlib.suppress(DumpTruncatedError):
        parser.close()
    if parser.site is not None:
        return parser.site
    return SiteInfo(dbname=None, language=parser._lang, sitename=None, base=None)
