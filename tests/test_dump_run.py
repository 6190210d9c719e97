"""run_dump and dump_rows: the rows of a whole dump, in dump order, for any number of workers."""

from __future__ import annotations

import gzip
import json
import lzma
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from infobox import NoInfoboxError, Settlement, parse_infobox, to_dict
from infobox.dump.pages import PageRecord
from infobox.dump.reader import read_pages
from infobox.dump.run import dump_rows, run_dump
from infobox.errors import DumpTruncatedError, InfoboxError
from infobox.records import arrow_schema, page_rows, parse_batch

DUMPS = Path(__file__).resolve().parent.parent / "fixtures" / "dumps"
PLAIN = DUMPS / "enwiki-sample.xml"
BZ2 = DUMPS / "enwiki-sample.xml.bz2"
MULTI = DUMPS / "enwiki-sample-multistream.xml.bz2"
INDEX = DUMPS / "enwiki-sample-multistream-index.txt.bz2"
TRUNCATED = DUMPS / "viwiki-truncated.xml.xz"


def expected_rows(path: Path, limit: int | None = None) -> list[dict[str, object]]:
    """The rows page_rows gives page by page, in the order read_pages reads the pages."""
    return [row for page in read_pages(path, limit=limit) for row in page_rows(page)]


def pages_before_cut(path: Path) -> list[PageRecord]:
    """The pages read_pages yields from a cut-off dump before it raises at the cut."""
    pages: list[PageRecord] = []
    with pytest.raises(DumpTruncatedError):
        pages.extend(read_pages(path))
    return pages


def jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def as_json(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    """Rows as their JSON Lines view gives them back (dates and lists as JSON has them)."""
    return [json.loads(json.dumps(row, ensure_ascii=False, default=str)) for row in rows]


def test_the_rows_are_parse_infobox_page_by_page(tmp_path: Path) -> None:
    """One row per page with a settlement infobox, with the values parse_infobox gives."""
    out = tmp_path / "out.jsonl"
    summary = run_dump([PLAIN], out, workers=1)
    rows = jsonl(out)
    settled = []
    for page in read_pages(PLAIN):
        try:
            settlement = parse_infobox(page.text)
        except NoInfoboxError:
            continue
        settled.append((page.title, page.page_id, settlement))
    assert len(settled) >= 5
    assert [(t, i) for t, i, _ in settled] == [(r["title"], r["page_id"]) for r in rows]
    for (_, _, settlement), row in zip(settled, rows, strict=True):
        assert settlement.name == row["name"]
        assert settlement.population.total == row["population_total"]
        assert (settlement.coordinates.lat if settlement.coordinates else None) == row["lat"]
    assert len(settled) == summary.settlements
    assert summary.complete


@pytest.mark.parametrize("dump", [PLAIN, BZ2, MULTI], ids=["plain", "bz2", "multistream"])
def test_one_and_two_workers_write_the_same_bytes(tmp_path: Path, dump: Path) -> None:
    """1 and 2 workers give byte-identical JSON Lines, in dump order, equal to page_rows."""
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    run_dump([dump], one, workers=1, streams_per_partition=3)
    run_dump([dump], two, workers=2, streams_per_partition=3)
    assert one.read_bytes() == two.read_bytes()
    assert as_json(expected_rows(PLAIN)) == jsonl(one)


def test_compressions_and_multistream_give_the_rows_of_the_plain_export(tmp_path: Path) -> None:
    """gzip and xz copies, the bz2 and the multistream dump all give the plain export's rows."""
    data = PLAIN.read_bytes()
    (tmp_path / "s.xml.xz").write_bytes(lzma.compress(data))
    (tmp_path / "s.xml.gz").write_bytes(gzip.compress(data, mtime=0))
    outputs = []
    for number, dump in enumerate(
        [PLAIN, BZ2, MULTI, tmp_path / "s.xml.xz", tmp_path / "s.xml.gz"]
    ):
        out = tmp_path / f"{number}.jsonl"
        run_dump([dump], out, workers=1)
        outputs.append(out.read_bytes())
    assert 1 == len(set(outputs))


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("limit", [1, 30, 60, 10_000])
def test_limit_counts_pages_in_dump_order(tmp_path: Path, workers: int, limit: int) -> None:
    """--limit N gives the rows of the first N pages, split or not, on any number of workers."""
    expected = as_json(expected_rows(PLAIN, limit=limit))
    for dump in (PLAIN, MULTI):
        out = tmp_path / f"{dump.name}.jsonl"
        summary = run_dump([dump], out, workers=workers, limit=limit, streams_per_partition=2)
        assert expected == jsonl(out), dump.name
        assert min(limit, sum(1 for _ in read_pages(PLAIN))) == summary.pages


def test_every_namespace_on_request(tmp_path: Path) -> None:
    """namespaces=None reads every page, and the rows are those of all pages."""
    out = tmp_path / "all.jsonl"
    summary = run_dump([MULTI], out, workers=2, namespaces=None, streams_per_partition=2)
    pages = list(read_pages(PLAIN, namespaces=None))
    assert len(pages) == summary.pages
    assert as_json([r for p in pages for r in page_rows(p)]) == jsonl(out)


def test_parquet_has_the_fixed_schema_and_says_it_is_complete(tmp_path: Path) -> None:
    """The Parquet file has arrow_schema() and metadata: schema version, complete."""
    out = tmp_path / "out.parquet"
    run_dump([MULTI], out, workers=2, streams_per_partition=4)
    table = pq.read_table(out)
    assert arrow_schema().remove_metadata() == table.schema.remove_metadata()
    metadata = table.schema.metadata
    assert b"true" == metadata[b"infobox.complete"]
    assert b"infobox.schema_version" in metadata
    assert as_json(expected_rows(PLAIN)) == as_json(table.to_pylist())


def test_the_arrow_batch_function_gives_the_dump_rows(tmp_path: Path) -> None:
    """parse_batch over a batch of (title, text, …) gives the rows infobox dump writes."""
    pages = list(read_pages(PLAIN))
    batch = pa.RecordBatch.from_pylist(
        [
            {"title": p.title, "text": p.text, "page_id": p.page_id,
             "revision_id": p.revision_id, "namespace": p.namespace,
             "timestamp": p.timestamp, "wiki": p.wiki, "language": p.language}
            for p in pages
        ]
    )  # fmt: skip
    out = tmp_path / "out.parquet"
    run_dump([PLAIN], out, workers=1)
    assert pq.read_table(out).to_pylist() == parse_batch(batch).to_pylist()


def test_a_truncated_dump_keeps_every_page_before_the_cut(tmp_path: Path) -> None:
    """A dump cut off: the rows before the cut are written, and the summary says where."""
    out = tmp_path / "out.jsonl"
    summary = run_dump([TRUNCATED], out, workers=2)
    assert not summary.complete
    assert isinstance(summary.stopped, DumpTruncatedError)
    pages = pages_before_cut(TRUNCATED)
    assert len(pages) == summary.pages
    assert as_json([r for p in pages for r in page_rows(p)]) == jsonl(out)


def test_a_truncated_multistream_dump_keeps_the_streams_before_the_cut(tmp_path: Path) -> None:
    """A multistream dump cut mid-stream: every page before the cut, on 2 workers too."""
    data = MULTI.read_bytes()
    cut = tmp_path / "cut-multistream.xml.bz2"
    cut.write_bytes(data[: len(data) * 2 // 3])
    shutil.copy(INDEX, tmp_path / "cut-multistream-index.txt.bz2")
    pages = pages_before_cut(cut)
    for workers in (1, 2):
        out = tmp_path / f"{workers}.jsonl"
        summary = run_dump([cut], out, workers=workers, streams_per_partition=2)
        assert isinstance(summary.stopped, DumpTruncatedError)
        assert as_json([r for p in pages for r in page_rows(p)]) == jsonl(out)


def test_an_existing_output_is_kept_unless_forced(tmp_path: Path) -> None:
    """An existing output is refused (and left as it was); force replaces it."""
    out = tmp_path / "out.jsonl"
    out.write_text("keep me")
    with pytest.raises(InfoboxError):
        run_dump([PLAIN], out, workers=1)
    assert "keep me" == out.read_text()
    run_dump([PLAIN], out, workers=1, force=True)
    assert as_json(expected_rows(PLAIN)) == jsonl(out)


def test_an_unreadable_dump_leaves_no_output(tmp_path: Path) -> None:
    """A dump that is not XML raises a DumpError and leaves no file, not even a temporary one."""
    bad = tmp_path / "bad.xml.bz2"
    bad.write_bytes(b"BZh9 this is not bzip2 data at all")
    out = tmp_path / "out.parquet"
    with pytest.raises(InfoboxError):
        run_dump([bad], out, workers=2)
    assert [bad] == list(tmp_path.iterdir())


def test_parts_carry_the_bytes_they_read() -> None:
    """dump_rows reports the bytes of the file each part took, adding up to its size."""
    parts = list(dump_rows([MULTI], workers=1, streams_per_partition=2))
    assert len(parts) >= 2
    assert 0 < sum(p.bytes_read for p in parts) <= MULTI.stat().st_size
    assert sum(p.pages for p in parts) == sum(1 for _ in read_pages(PLAIN))


def test_several_dumps_go_to_one_output_in_the_order_given(tmp_path: Path) -> None:
    """Two dumps: the first's rows, then the second's."""
    out = tmp_path / "both.jsonl"
    summary = run_dump([PLAIN, MULTI], out, workers=2, streams_per_partition=3)
    expected = as_json(expected_rows(PLAIN))
    assert expected + expected == jsonl(out)
    assert 2 * len(expected) == summary.settlements


def test_full_adds_the_whole_settlement_and_articles_its_facts(tmp_path: Path) -> None:
    """--full: settlement_json is the JSON view; --articles: the article's facts."""
    out = tmp_path / "full.jsonl"
    run_dump([PLAIN], out, workers=1, full=True, articles=True)
    rows = jsonl(out)
    by_title = {page.title: page for page in read_pages(PLAIN)}
    for row in rows:
        settlement = parse_infobox(by_title[str(row["title"])].text)
        assert to_dict(settlement) == json.loads(str(row["settlement_json"]))
        assert isinstance(row["facts"], list)
    assert any(row["facts"] for row in rows)


def test_a_page_the_library_fails_on_is_an_error_row_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An exception on one page: an error row for it, every other row as before."""

    def flaky(text: str, wiki: str | None = None) -> Settlement:
        if "Toronto" in text[:2000] and "Infobox settlement" in text:
            raise RuntimeError("boom")
        return parse_infobox(text, wiki=wiki)

    monkeypatch.setattr("infobox.records.parse_infobox", flaky)
    out = tmp_path / "out.jsonl"
    summary = run_dump([PLAIN], out, workers=1)
    rows = jsonl(out)
    errors = [row for row in rows if row["error"] is not None]
    assert ["Toronto"] == [row["title"] for row in errors]
    assert "RuntimeError: boom" == errors[0]["error"]
    assert 1 == summary.failed
    assert len(as_json(expected_rows(PLAIN))) == len(rows)


def test_a_cut_right_after_a_full_chunk_is_still_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A plain export cut just after a chunk of pages was sent: the run is not complete."""
    monkeypatch.setattr("infobox.dump.run._CHUNK_PAGES", 1)  # every page fills a chunk
    summary = run_dump([TRUNCATED], tmp_path / "out.jsonl", workers=1)
    assert isinstance(summary.stopped, DumpTruncatedError)
    assert len(pages_before_cut(TRUNCATED)) == summary.pages
