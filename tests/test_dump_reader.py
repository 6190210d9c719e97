"""read_pages: the pages of a MediaWiki export, plain or compressed, and its bad inputs."""

from __future__ import annotations

import bz2
import gzip
import lzma
import os
import pickle
import shutil
import tracemalloc
from pathlib import Path

import pytest

from infobox.dump.pages import PageRecord
from infobox.dump.reader import read_pages, read_site
from infobox.errors import (
    DumpError,
    DumpFormatError,
    DumpIndexError,
    DumpReadError,
    DumpTruncatedError,
)

DUMPS = Path(__file__).resolve().parent.parent / "fixtures" / "dumps"
SAMPLE = DUMPS / "enwiki-sample.xml"
SAMPLE_BZ2 = DUMPS / "enwiki-sample.xml.bz2"
MULTISTREAM = DUMPS / "enwiki-sample-multistream.xml.bz2"
VIWIKI = DUMPS / "viwiki-truncated.xml.xz"
ZHEZKAZGAN = DUMPS.parent / "zhezkazgan" / "en.wiki"


def _xz(data: bytes) -> bytes:
    return lzma.compress(data, preset=0)


def _all(path: Path, **kwargs: object) -> list[PageRecord]:
    return list(read_pages(path, namespaces=None, **kwargs))  # type: ignore[arg-type]


def _read_until_error(path: Path) -> tuple[list[PageRecord], DumpError]:
    pages: list[PageRecord] = []
    with pytest.raises(DumpError) as info:
        pages.extend(read_pages(path, namespaces=None))
    return pages, info.value


@pytest.fixture(scope="module")
def sample_pages() -> list[PageRecord]:
    """Every page of the plain sample export."""
    return _all(SAMPLE)


# -- the records ---------------------------------------------------------------------


def test_first_page_fields(sample_pages: list[PageRecord]) -> None:
    """The first page's title, namespace, ids, timestamp and site come from the export."""
    expected = ("Wikipedia:Articles for deletion/Domotic maid", 4, 3046517, 27499822)
    first = sample_pages[0]
    assert expected == (first.title, first.namespace, first.page_id, first.revision_id)
    assert ("2005-11-06T03:25:43Z", None) == (first.timestamp, first.redirect)
    assert ("enwiki", "en") == (first.wiki, first.language)


def test_redirect_target(sample_pages: list[PageRecord]) -> None:
    """A <redirect title=…/> page has the target as its redirect."""
    page = next(page for page in sample_pages if page.title == "Kahler metric")
    assert ("Kähler manifold", "#REDIRECT [[Kähler manifold]]") == (page.redirect, page.text)


def test_added_page_text_is_the_fixture() -> None:
    """The Zhezkazgan page of the sample has the fixture's wikitext, unescaped."""
    page = next(page for page in read_pages(SAMPLE) if page.title == "Zhezkazgan")
    assert ZHEZKAZGAN.read_text(encoding="utf-8") == page.text
    assert (990000008, 990000008) == (page.page_id, page.revision_id)


def test_page_counts_by_namespace(sample_pages: list[PageRecord]) -> None:
    """The sample holds 231 pages, 187 of them articles (namespace 0)."""
    assert 231 == len(sample_pages)
    assert 187 == sum(1 for page in sample_pages if page.namespace == 0)


def test_default_namespace_is_articles() -> None:
    """Without namespaces, only namespace 0 is read."""
    assert {0} == {page.namespace for page in read_pages(SAMPLE)}


def test_namespace_filter() -> None:
    """namespaces=(14,) keeps the seven category pages."""
    pages = list(read_pages(SAMPLE, namespaces=(14,)))
    assert 7 == len(pages)
    assert all(page.title.startswith("Category:") for page in pages)


def test_limit(sample_pages: list[PageRecord]) -> None:
    """limit stops after that many pages of the wanted namespaces."""
    articles = [page for page in sample_pages if page.namespace == 0]
    assert articles[:5] == list(read_pages(SAMPLE_BZ2, limit=5))
    assert [] == list(read_pages(SAMPLE, limit=0))


def test_site_of_viwiki() -> None:
    """The viwiki export's pages say viwiki / vi."""
    page = next(read_pages(VIWIKI))
    assert ("viwiki", "vi") == (page.wiki, page.language)
    assert "viwiki" == read_site(VIWIKI).dbname


def test_language_from_dbname_without_xml_lang(tmp_path: Path) -> None:
    """Without xml:lang on the root, the language comes from the database name."""
    path = tmp_path / "x.xml"
    path.write_bytes(
        b"<mediawiki><siteinfo><dbname>lvwiki</dbname></siteinfo>"
        b"<page><title>A</title><ns>0</ns><revision><text>t</text></revision></page></mediawiki>"
    )
    page = next(read_pages(path))
    assert ("lvwiki", "lv", "t") == (page.wiki, page.language, page.text)


def test_prefixed_export_namespace(tmp_path: Path) -> None:
    """Tags are matched by local name, whatever the namespace prefix or version."""
    path = tmp_path / "x.xml"
    path.write_bytes(
        b'<mw:mediawiki xmlns:mw="http://www.mediawiki.org/xml/export-0.12/" xml:lang="de">'
        b"<mw:page><mw:title>A</mw:title><mw:ns>0</mw:ns><mw:id>3</mw:id>"
        b"<mw:revision><mw:text>x</mw:text></mw:revision></mw:page></mw:mediawiki>"
    )
    pages = list(read_pages(path))
    assert [("A", 3, "x", "de")] == [(p.title, p.page_id, p.text, p.language) for p in pages]


def test_old_export_without_ns(tmp_path: Path) -> None:
    """A page without <ns> takes its namespace from its title's prefix."""
    path = tmp_path / "x.xml"
    path.write_bytes(
        b'<mediawiki xml:lang="en"><siteinfo><dbname>enwiki</dbname><namespaces>'
        b'<namespace key="0" /><namespace key="14">Category</namespace></namespaces></siteinfo>'
        b"<page><title>Category:X</title></page><page><title>Y: Z</title></page></mediawiki>"
    )
    assert [("Category:X", 14), ("Y: Z", 0)] == [
        (page.title, page.namespace) for page in read_pages(path, namespaces=None)
    ]


def test_last_revision_wins(tmp_path: Path) -> None:
    """With several revisions, the record holds the last one."""
    path = tmp_path / "x.xml"
    path.write_bytes(
        b"<mediawiki><page><title>A</title><ns>0</ns><id>1</id>"
        b"<revision><id>10</id><timestamp>2001</timestamp><text>old</text></revision>"
        b"<revision><id>11</id><text>new</text></revision></page></mediawiki>"
    )
    page = next(read_pages(path))
    assert (11, None, "new") == (page.revision_id, page.timestamp, page.text)


# -- compression ---------------------------------------------------------------------


@pytest.mark.parametrize("suffix", ["gz", "xz"])
def test_gzip_and_xz_read_as_plain(
    tmp_path: Path, suffix: str, sample_pages: list[PageRecord]
) -> None:
    """A .gz or .xz copy of the sample gives the same records as the plain file."""
    path = tmp_path / f"sample.xml.{suffix}"
    data = SAMPLE.read_bytes()
    path.write_bytes(gzip.compress(data, mtime=0) if suffix == "gz" else _xz(data))
    assert sample_pages == _all(path)


@pytest.mark.parametrize("path", [SAMPLE_BZ2, MULTISTREAM], ids=["bz2", "multistream"])
def test_bz2_and_multistream_read_as_plain(path: Path, sample_pages: list[PageRecord]) -> None:
    """The bz2 and multistream copies of the sample give the same records as the plain file."""
    assert sample_pages == _all(path)


def test_concatenated_gzip_members(tmp_path: Path) -> None:
    """A gzip file of several members reads as their concatenation."""
    data = SAMPLE.read_bytes()
    path = tmp_path / "x.gz"
    path.write_bytes(gzip.compress(data[:1000], mtime=0) + gzip.compress(data[1000:], mtime=0))
    assert _all(SAMPLE) == _all(path)


def test_compression_by_bytes_not_name(tmp_path: Path, sample_pages: list[PageRecord]) -> None:
    """A .bz2 name on plain bytes and a .xml name on bz2 bytes are read by their bytes."""
    plain_named_bz2 = tmp_path / "x.xml.bz2"
    shutil.copy(SAMPLE, plain_named_bz2)
    bz2_named_xml = tmp_path / "x.xml"
    shutil.copy(SAMPLE_BZ2, bz2_named_xml)
    assert sample_pages == _all(plain_named_bz2)
    assert sample_pages == _all(bz2_named_xml)


# -- bad input -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "empty"),
        (b"just some text\n", "not XML"),
        (b'{"title": "Riga"}', "not XML"),
        (b"<html><body>Riga</body></html>", "<html>"),
        (b"<?xml version='1.0'?>\n", "no XML element"),
        (bz2.compress(b"not xml at all"), "not XML"),
        (bz2.compress(b""), "no XML element"),
        (b"BZh91AY&SY" + b"\x00" * 100, "corrupt bz2"),
        (b"\x1f\x8b" + b"\x00" * 100, "corrupt gz"),
        (b"\xfd7zXZ\x00" + b"\x00" * 100, "corrupt xz"),
        (b"<mediawiki><page><title>A</title></page><page><<</mediawiki>", "malformed XML"),
    ],
    ids=[
        "empty", "text", "json", "html", "declaration-only", "bz2-text", "bz2-empty",
        "bz2-garbage", "gz-garbage", "xz-garbage", "malformed",
    ],
)  # fmt: skip
def test_not_an_export(tmp_path: Path, content: bytes, words: str) -> None:
    """Input that is not an export raises DumpFormatError with one line naming the file."""
    path = tmp_path / "bad.xml.bz2"
    path.write_bytes(content)
    with pytest.raises(DumpFormatError) as info:
        list(read_pages(path))
    message = str(info.value)
    assert words in message
    assert message.startswith(str(path))
    assert "\n" not in message
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("compress", [bz2.compress, _xz, gzip.compress], ids=["bz2", "xz", "gz"])
def test_corrupt_middle_of_compressed_file(tmp_path: Path, compress: object) -> None:
    """Bytes flipped in the middle of compressed data raise DumpFormatError."""
    data = bytearray(compress(SAMPLE.read_bytes()))  # type: ignore[operator]
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(64)
    path = tmp_path / "corrupt"
    path.write_bytes(bytes(data))
    with pytest.raises(DumpFormatError, match="corrupt"):
        list(read_pages(path, namespaces=None))


def test_missing_file(tmp_path: Path) -> None:
    """A missing file raises DumpReadError, an OSError."""
    with pytest.raises(DumpReadError, match="No such file") as info:
        list(read_pages(tmp_path / "nope.xml"))
    assert isinstance(info.value, OSError)
    assert str(tmp_path / "nope.xml") == info.value.path


def test_directory(tmp_path: Path) -> None:
    """A directory raises DumpReadError."""
    with pytest.raises(DumpReadError, match="directory"):
        list(read_pages(tmp_path))


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path: Path) -> None:
    """A file without read permission raises DumpReadError."""
    path = tmp_path / "x.xml"
    path.write_bytes(SAMPLE.read_bytes()[:100])
    path.chmod(0)
    with pytest.raises(DumpReadError, match="ermission"):
        list(read_pages(path))


def _complete_pages_before(data: bytes, cut: int) -> int:
    return data[:cut].count(b"</page>")


def test_truncated_plain(tmp_path: Path, sample_pages: list[PageRecord]) -> None:
    """A plain export cut inside a page yields the pages before the cut, then raises."""
    data = SAMPLE.read_bytes()
    cut = data.index(b"<text", len(data) // 2) + 20
    path = tmp_path / "cut.xml"
    path.write_bytes(data[:cut])
    pages, error = _read_until_error(path)
    complete = _complete_pages_before(data, cut)
    assert sample_pages[:complete] == pages
    assert isinstance(error, DumpTruncatedError)
    assert complete == error.pages_read
    assert error.position.startswith("line ")
    assert isinstance(error, EOFError)


@pytest.mark.parametrize("compress", [bz2.compress, gzip.compress, _xz], ids=["bz2", "gz", "xz"])
def test_truncated_compressed(
    tmp_path: Path, compress: object, sample_pages: list[PageRecord]
) -> None:
    """A compressed export cut in half yields its complete pages, then raises at the cut."""
    data = compress(SAMPLE.read_bytes())  # type: ignore[operator]
    path = tmp_path / "cut"
    path.write_bytes(data[: len(data) // 2])
    pages, error = _read_until_error(path)
    assert isinstance(error, DumpTruncatedError)
    assert sample_pages[: len(pages)] == pages
    assert len(pages) == error.pages_read
    assert 50 < len(pages) < 231
    assert f"byte {len(data) // 2} of the compressed file" == error.position


def test_truncated_xz_fixture() -> None:
    """The viwiki fixture is cut inside its 17th page: 16 pages, then DumpTruncatedError."""
    pages, error = _read_until_error(VIWIKI)
    assert isinstance(error, DumpTruncatedError)
    assert (16, 16) == (len(pages), error.pages_read)
    assert "(after 16 complete pages)" in str(error)


def test_truncated_inside_siteinfo(tmp_path: Path) -> None:
    """An export cut before its first page raises DumpTruncatedError with no pages."""
    path = tmp_path / "x.xml"
    path.write_bytes(SAMPLE.read_bytes()[:300])
    pages, error = _read_until_error(path)
    assert ([], 0) == (pages, getattr(error, "pages_read", None))


def test_errors_pickle() -> None:
    """Dump errors survive pickling with their attributes (they cross process pools)."""
    errors: list[DumpError] = [
        DumpTruncatedError(path="a", pages_read=3, position="line 4, column 0"),
        DumpFormatError(path="a", reason="empty"),
        DumpIndexError(path="a", index="i", reason="r"),
        DumpReadError(path="a", reason="r"),
    ]
    for error in errors:
        copy = pickle.loads(pickle.dumps(error))
        assert (type(error), str(error), vars(error)) == (type(copy), str(copy), vars(copy))


# -- progress ------------------------------------------------------------------------


@pytest.mark.parametrize("path", [SAMPLE, SAMPLE_BZ2, MULTISTREAM, VIWIKI], ids=str)
def test_progress_is_monotonic_and_ends_at_size(path: Path) -> None:
    """on_progress gets non-decreasing byte counts, one per page at least, ending at the size."""
    seen: list[int] = []
    pages = 0
    try:
        for _ in read_pages(path, namespaces=None, on_progress=seen.append):
            pages += 1
    except DumpTruncatedError:
        seen.append(path.stat().st_size)  # a cut-off file ends where the file ends
    assert sorted(seen) == seen
    assert len(seen) >= pages
    assert path.stat().st_size == seen[-1]


def _peak_bytes(path: Path) -> int:
    tracemalloc.start()
    try:
        for _ in read_pages(path, namespaces=None):
            pass
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_does_not_grow_with_the_file(tmp_path: Path) -> None:
    """Reading an export four times as long takes about the same peak memory."""
    data = SAMPLE.read_bytes()
    first, closing = data.index(b"  <page>"), data.rindex(b"</mediawiki>")
    longer = tmp_path / "x4.xml"
    longer.write_bytes(data[:first] + data[first:closing] * 4 + data[closing:])
    assert _peak_bytes(longer) < 1.3 * _peak_bytes(SAMPLE)
