"""Multistream dumps: write_multistream, partitions and read_partition, and bad indexes."""

from __future__ import annotations

import bz2
import pickle
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infobox.dump.multistream import (
    Partition,
    find_index,
    partitions,
    read_partition,
    write_multistream,
)
from infobox.dump.pages import PageRecord
from infobox.dump.reader import read_pages
from infobox.errors import DumpError, DumpIndexError, DumpTruncatedError

DUMPS = Path(__file__).resolve().parent.parent / "fixtures" / "dumps"
SAMPLE = DUMPS / "enwiki-sample.xml"
MULTISTREAM = DUMPS / "enwiki-sample-multistream.xml.bz2"
INDEX = DUMPS / "enwiki-sample-multistream-index.txt.bz2"
CLOSING = bz2.compress(b"</mediawiki>\n", 9)  # the last stream of the sample's multistream


def _escape(text: str, *, attribute: bool = False) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace("\r", "&#13;")
    if attribute:
        text = text.replace('"', "&quot;").replace("\t", "&#9;").replace("\n", "&#10;")
    return text


def export(
    pages: Sequence[PageRecord],
    *,
    lang: str | None = "en",
    dbname: str | None = "enwiki",
    version: str = "0.11",
) -> bytes:
    """An export of ``pages`` (a record's text "" is written as a deleted text)."""
    lang_attribute = f' xml:lang="{lang}"' if lang else ""
    out = [
        f'<mediawiki xmlns="http://www.mediawiki.org/xml/export-{version}/" '
        f'version="{version}"{lang_attribute}>\n'
        "  <siteinfo>\n    <sitename>Wikipedia</sitename>\n"
    ]
    if dbname:
        out.append(f"    <dbname>{dbname}</dbname>\n")
    out.append("  </siteinfo>\n")
    for page in pages:
        out.append(f"  <page>\n    <title>{_escape(page.title)}</title>\n")
        out.append(f"    <ns>{page.namespace}</ns>\n")
        if page.page_id is not None:
            out.append(f"    <id>{page.page_id}</id>\n")
        if page.redirect is not None:
            out.append(f'    <redirect title="{_escape(page.redirect, attribute=True)}" />\n')
        out.append("    <revision>\n")
        if page.revision_id is not None:
            out.append(f"      <id>{page.revision_id}</id>\n")
        if page.timestamp is not None:
            out.append(f"      <timestamp>{page.timestamp}</timestamp>\n")
        out.append("      <contributor><username>X</username><id>1</id></contributor>\n")
        if page.text:
            out.append(f'      <text xml:space="preserve">{_escape(page.text)}</text>\n')
        else:
            out.append('      <text deleted="deleted" />\n')
        out.append("    </revision>\n  </page>\n")
    out.append("</mediawiki>\n")
    return "".join(out).encode()


def _xml_char(char: str) -> bool:
    code = ord(char)
    return (code >= 0x20 or char in "\t\n\r") and code not in (0xFFFE, 0xFFFF)


_CHARS = st.characters(exclude_categories=["Cs"]).filter(_xml_char)
_SPECIAL = st.sampled_from(["]]>", "&amp;", "<page>", "</page>", "</mediawiki>", '"', "'", "\r\n"])
xml_text = st.lists(st.one_of(st.text(_CHARS, max_size=20), _SPECIAL), max_size=6).map("".join)
titles = (
    st.lists(st.one_of(st.text(_CHARS, max_size=12), _SPECIAL), min_size=1, max_size=4)
    .map("".join)
    .map(lambda title: title.replace("\n", " ").replace("\r", " ").replace("\t", " "))
    .filter(bool)
)


@st.composite
def page_records(draw: st.DrawFn) -> PageRecord:
    """A PageRecord as an enwiki export would give it back."""
    return PageRecord(
        title=draw(titles),
        namespace=draw(st.sampled_from([0, 0, 0, 1, 4, 14, -1, 828, 2600])),
        page_id=draw(st.none() | st.integers(1, 10**9)),
        revision_id=draw(st.none() | st.integers(1, 10**9)),
        timestamp=draw(st.none() | st.just("2019-07-15T12:00:00Z")),
        redirect=draw(st.none() | titles),
        text=draw(xml_text),
        wiki="enwiki",
        language="en",
    )


def _read_all(parts: Sequence[Partition]) -> list[PageRecord]:
    return [page for part in parts for page in read_partition(part, namespaces=None)]


def _index_lines() -> list[str]:
    return bz2.decompress(INDEX.read_bytes()).decode().splitlines()


def _write_index(path: Path, lines: Sequence[str]) -> Path:
    path.write_bytes(bz2.compress("".join(f"{line}\n" for line in lines).encode()))
    return path


@pytest.fixture(scope="module")
def sample_pages() -> list[PageRecord]:
    """Every page of the plain sample export."""
    return list(read_pages(SAMPLE, namespaces=None))


def test_find_index() -> None:
    """The index beside a multistream dump is found by Wikimedia's naming; none for others."""
    assert str(INDEX) == find_index(MULTISTREAM)
    assert find_index(SAMPLE) is None
    assert find_index(DUMPS / "enwiki-20240101-pages-articles-multistream.xml.bz2") is None


def test_find_index_of_a_shard(tmp_path: Path) -> None:
    """A sharded dump's index carries the shard's number and page range."""
    dump = tmp_path / "enwiki-20240101-pages-articles-multistream1.xml-p1p41242.bz2"
    index = tmp_path / "enwiki-20240101-pages-articles-multistream-index1.txt-p1p41242.bz2"
    dump.touch()
    index.touch()
    assert str(index) == find_index(dump)


def test_index_lines() -> None:
    """The index has one offset:page_id:title line per page; titles keep their colons."""
    lines = _index_lines()
    assert 231 == len(lines)
    assert lines[0].endswith(":3046517:Wikipedia:Articles for deletion/Domotic maid")
    offsets = [int(line.split(":")[0]) for line in lines]
    assert 10 == len(set(offsets))


def test_partitions_of_the_sample() -> None:
    """Ten streams of 25 pages in groups of three: four partitions covering every page."""
    parts = partitions(MULTISTREAM, streams_per_partition=3)
    assert [0, 1, 2, 3] == [part.number for part in parts]
    assert [75, 75, 75, 6] == [part.pages for part in parts]
    assert all(part.multistream for part in parts)
    assert [part.start for part in parts[1:]] == [part.end for part in parts[:-1]]
    assert parts[-1].end is None
    assert ("enwiki", "en", "Wikipedia") == (
        parts[0].site.dbname,
        parts[0].site.language,
        parts[0].site.sitename,
    )


@pytest.mark.parametrize("streams_per_partition", [1, 3, 100])
def test_partitions_in_order_equal_read_pages(
    streams_per_partition: int, sample_pages: list[PageRecord]
) -> None:
    """Reading the partitions in order gives exactly the records of the plain export."""
    parts = partitions(MULTISTREAM, streams_per_partition=streams_per_partition)
    assert sample_pages == _read_all(parts)


def test_partition_namespace_filter() -> None:
    """read_partition keeps namespace 0 by default, as read_pages does."""
    parts = partitions(MULTISTREAM, streams_per_partition=2)
    pages = [page for part in parts for page in read_partition(part)]
    assert list(read_pages(SAMPLE)) == pages


def test_plain_file_is_one_partition(sample_pages: list[PageRecord]) -> None:
    """A file without an index is one partition of the whole file, read in sequence."""
    (part,) = partitions(SAMPLE)
    assert (0, 0, None, False) == (part.number, part.start, part.end, part.multistream)
    assert "enwiki" == part.site.dbname
    assert sample_pages == _read_all([part])


def test_multistream_without_index_is_one_partition(tmp_path: Path) -> None:
    """A multistream file whose index is not beside it is read as one bz2 file."""
    path = tmp_path / "x-multistream.xml.bz2"
    shutil.copy(MULTISTREAM, path)
    (part,) = partitions(path)
    assert not part.multistream
    assert 231 == len(_read_all([part]))


def test_partition_pickles() -> None:
    """A partition crosses a process boundary unchanged."""
    part = partitions(MULTISTREAM)[0]
    assert part == pickle.loads(pickle.dumps(part))


# -- bad indexes ---------------------------------------------------------------------


def test_missing_explicit_index(tmp_path: Path) -> None:
    """An index given but missing raises DumpIndexError."""
    with pytest.raises(DumpIndexError, match="cannot read it"):
        partitions(MULTISTREAM, index=str(tmp_path / "nope.txt.bz2"))


def test_index_for_a_plain_dump(tmp_path: Path) -> None:
    """An index given for a dump that is not bz2 raises DumpIndexError."""
    with pytest.raises(DumpIndexError, match="not a multistream"):
        partitions(SAMPLE, index=str(INDEX))


def test_offsets_not_at_stream_starts(tmp_path: Path) -> None:
    """An index whose offsets are not stream starts raises DumpIndexError."""
    lines = [f"{int(o) + 7}:{rest}" for o, rest in (line.split(":", 1) for line in _index_lines())]
    index = _write_index(tmp_path / "i.txt.bz2", lines)
    with pytest.raises(DumpIndexError, match="not the start of a bz2 stream"):
        partitions(MULTISTREAM, index=str(index))


def test_offsets_decreasing(tmp_path: Path) -> None:
    """An index whose offsets go back raises DumpIndexError."""
    lines = _index_lines()
    index = _write_index(tmp_path / "i.txt.bz2", lines[100:] + lines[:100])
    with pytest.raises(DumpIndexError, match="comes after"):
        partitions(MULTISTREAM, index=str(index))


@pytest.mark.parametrize(
    ("content", "words"),
    [(b"", "lists no pages"), (b"abc\n", "line 1 is not"), (b"0:1:A\n", "byte 0")],
    ids=["empty", "garbage", "offset-zero"],
)
def test_unusable_index(tmp_path: Path, content: bytes, words: str) -> None:
    """An empty, malformed or site-less index raises DumpIndexError."""
    index = tmp_path / "i.txt.bz2"
    index.write_bytes(bz2.compress(content))
    with pytest.raises(DumpIndexError, match=words):
        partitions(MULTISTREAM, index=str(index))


def test_page_count_mismatch(tmp_path: Path) -> None:
    """A partition holding more pages than its index lines raises after its pages."""
    lines = _index_lines()
    index = _write_index(tmp_path / "i.txt.bz2", lines[:10] + lines[11:])
    parts = partitions(MULTISTREAM, index=str(index), streams_per_partition=2)
    pages: list[PageRecord] = []
    with pytest.raises(DumpIndexError, match="lists 49 pages") as info:
        pages.extend(read_partition(parts[0], namespaces=None))
    assert 50 == len(pages)
    assert str(index) == info.value.index


# -- truncated -----------------------------------------------------------------------


def _cut_copy(tmp_path: Path, size: int) -> Path:
    path = tmp_path / "cut-multistream.xml.bz2"
    path.write_bytes(MULTISTREAM.read_bytes()[:size])
    shutil.copy(INDEX, tmp_path / "cut-multistream-index.txt.bz2")
    return path


def test_truncated_multistream(tmp_path: Path, sample_pages: list[PageRecord]) -> None:
    """Partitions before the cut read fine; the cut one yields its pages, then raises."""
    parts = partitions(MULTISTREAM, streams_per_partition=3)
    start, end = parts[2].start, parts[2].end
    assert end is not None
    path = _cut_copy(tmp_path, (start + end) // 2)
    cut = partitions(path, streams_per_partition=3)
    assert [part.start for part in parts] == [part.start for part in cut]
    assert sample_pages[:150] == _read_all(cut[:2])
    pages: list[PageRecord] = []
    with pytest.raises(DumpTruncatedError) as info:
        pages.extend(read_partition(cut[2], namespaces=None))
    assert sample_pages[150 : 150 + len(pages)] == pages
    assert 0 < len(pages) < 75
    assert len(pages) == info.value.pages_read
    with pytest.raises(DumpTruncatedError, match="after 0 complete pages"):
        list(read_partition(cut[3]))


def test_multistream_without_closing_stream(tmp_path: Path) -> None:
    """A multistream file missing its closing stream: the last partition raises after its pages."""
    size = MULTISTREAM.stat().st_size
    assert MULTISTREAM.read_bytes().endswith(CLOSING)
    path = _cut_copy(tmp_path, size - len(CLOSING))
    last = partitions(path, streams_per_partition=3)[-1]
    pages: list[PageRecord] = []
    with pytest.raises(DumpTruncatedError):
        pages.extend(read_partition(last, namespaces=None))
    assert 6 == len(pages)


def test_write_multistream_of_a_truncated_export(tmp_path: Path) -> None:
    """write_multistream of a cut-off export raises DumpTruncatedError."""
    source = tmp_path / "cut.xml"
    data = SAMPLE.read_bytes()
    source.write_bytes(data[: len(data) // 2])
    with pytest.raises(DumpTruncatedError):
        write_multistream(source, tmp_path / "m.xml.bz2", tmp_path / "i.txt.bz2")


def test_write_multistream_from_bz2_matches_fixture(tmp_path: Path) -> None:
    """write_multistream of the bz2 sample writes the fixture's bytes again."""
    dump, index = tmp_path / "m.xml.bz2", tmp_path / "i.txt.bz2"
    write_multistream(DUMPS / "enwiki-sample.xml.bz2", dump, index, pages_per_stream=25)
    assert MULTISTREAM.read_bytes() == dump.read_bytes()
    assert _index_lines() == bz2.decompress(index.read_bytes()).decode().splitlines()


# -- property ------------------------------------------------------------------------


@given(
    pages=st.lists(page_records(), min_size=1, max_size=12),
    pages_per_stream=st.integers(1, 5),
    streams_per_partition=st.integers(1, 4),
    wanted=st.none() | st.sets(st.sampled_from([0, 1, 4, 14, -1, 828, 2600])),
)
def test_written_export_reads_back(
    pages: list[PageRecord],
    pages_per_stream: int,
    streams_per_partition: int,
    wanted: set[int] | None,
) -> None:
    """Pages written as an export read back the same, plain and through multistream partitions."""
    expected = [page for page in pages if wanted is None or page.namespace in wanted]
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "x.xml"
        source.write_bytes(export(pages))
        assert expected == list(read_pages(source, namespaces=wanted))
        dump, index = Path(tmp) / "x-multistream.xml.bz2", Path(tmp) / "x-multistream-index.txt.bz2"
        write_multistream(source, dump, index, pages_per_stream=pages_per_stream)
        parts = partitions(dump, streams_per_partition=streams_per_partition)
        assert len(parts) == -(-len(pages) // (pages_per_stream * streams_per_partition))
        assert expected == [p for part in parts for p in read_partition(part, namespaces=wanted)]
        assert expected == list(read_pages(dump, namespaces=wanted))


@given(pages=st.lists(page_records(), max_size=3))
def test_empty_and_small_exports_read_back(pages: list[PageRecord]) -> None:
    """Exports of zero to three pages read back (zero: no pages, no error)."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "x.xml"
        source.write_bytes(export(pages, version="0.10"))
        assert pages == list(read_pages(source, namespaces=None))


def test_dump_error_base() -> None:
    """Every dump error is a DumpError."""
    assert issubclass(DumpIndexError, DumpError)


def test_partition_progress_stays_inside_it() -> None:
    """read_partition's progress runs from the partition's start to its end, non-decreasing."""
    parts = partitions(MULTISTREAM, streams_per_partition=3)
    for part in parts:
        seen: list[int] = []
        pages = sum(1 for _ in read_partition(part, namespaces=None, on_progress=seen.append))
        end = MULTISTREAM.stat().st_size if part.end is None else part.end
        assert sorted(seen) == seen
        assert len(seen) >= pages
        assert part.start < seen[0]
        assert end == seen[-1]


def test_write_multistream_with_cdata(tmp_path: Path) -> None:
    """A "</page>" inside a CDATA section does not split the page."""
    source = tmp_path / "x.xml"
    source.write_bytes(
        b"<mediawiki><siteinfo><dbname>enwiki</dbname></siteinfo>\n"
        b"<page><title>A</title><ns>0</ns><id>1</id><revision>"
        b"<text><![CDATA[a</page>\nb]]></text></revision></page>\n"
        b"<page><title>B</title><ns>0</ns><id>2</id></page>\n</mediawiki>\n"
    )
    dump, index = tmp_path / "m.xml.bz2", tmp_path / "i.txt.bz2"
    write_multistream(source, dump, index, pages_per_stream=1)
    parts = partitions(dump, index=str(index), streams_per_partition=1)
    assert [["a</page>\nb"], [""]] == [[page.text for page in read_partition(p)] for p in parts]
