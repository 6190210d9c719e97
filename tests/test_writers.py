"""The writers: Parquet, JSON Lines and CSV, all or nothing."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import infobox
from infobox.dump.pages import PageRecord
from infobox.dump.writers import open_writer
from infobox.errors import InfoboxError, OutputExistsError, OutputFormatError, OutputPathError
from infobox.records import SCHEMA_VERSION, arrow_schema, columns, page_rows

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
REAL = [
    *sorted((FIXTURES / "real" / "settlement").glob("*/*.wiki")),
    FIXTURES / "zhezkazgan" / "en.wiki",
]


def _rows(*, full: bool = False, articles: bool = False) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for number, path in enumerate(REAL):
        page = PageRecord(
            title=path.stem,
            namespace=0,
            page_id=number,
            revision_id=number + 100,
            timestamp="2019-07-15T12:00:00Z",
            redirect=None,
            text=path.read_text(encoding="utf-8"),
            wiki=f"{path.parent.name}wiki",
            language=path.parent.name,
        )
        rows.extend(page_rows(page, full=full, articles=articles))
    return rows


@pytest.fixture(scope="module")
def rows() -> list[dict[str, object]]:
    return _rows(full=True, articles=True)


def _write(
    path: Path, rows: list[dict[str, object]], *, full: bool = False, articles: bool = False
) -> None:
    with open_writer(path, full=full, articles=articles) as writer:
        writer.write(rows[:5])
        writer.write(rows[5:])
        writer.commit({"infobox.source": "fixtures"})


def test_parquet_round_trip(tmp_path: Path, rows: list[dict[str, object]]) -> None:
    """A Parquet file reads back as the rows written, with the schema and the metadata."""
    out = tmp_path / "s.parquet"
    _write(out, rows, full=True, articles=True)
    table = pq.read_table(out)
    assert rows == table.to_pylist()
    schema = arrow_schema(full=True, articles=True)
    assert schema.remove_metadata() == table.schema.remove_metadata()
    assert {
        b"infobox.schema_version": SCHEMA_VERSION.encode(),
        b"infobox.version": infobox.__version__.encode(),
        b"infobox.source": b"fixtures",
    } == table.schema.metadata
    assert [out] == list(tmp_path.iterdir())


def test_empty_parquet_is_valid(tmp_path: Path) -> None:
    """No rows give a valid Parquet file of the schema with no rows."""
    out = tmp_path / "s.pq"
    with open_writer(out) as writer:
        writer.commit()
    table = pq.read_table(out)
    assert (0, arrow_schema().remove_metadata()) == (
        table.num_rows,
        table.schema.remove_metadata(),
    )
    assert SCHEMA_VERSION.encode() == table.schema.metadata[b"infobox.schema_version"]


def test_jsonl_is_byte_identical_and_in_schema_order(
    tmp_path: Path, rows: list[dict[str, object]]
) -> None:
    """Two writes of the same rows give the same bytes; each line has every column in order."""
    first, second = tmp_path / "a.jsonl", tmp_path / "b.ndjson"
    _write(first, rows, full=True, articles=True)
    with open_writer(second, full=True, articles=True) as writer:
        writer.write(rows)
        writer.commit()
    assert first.read_bytes() == second.read_bytes()
    lines = first.read_text(encoding="utf-8").splitlines()
    assert rows == [json.loads(line) for line in lines]
    names = [c.name for c in columns(full=True, articles=True)]
    assert [names] * len(rows) == [list(json.loads(line)) for line in lines]
    assert "ベルリン" in first.read_text(encoding="utf-8")


def test_csv_reads_back_with_the_csv_module(tmp_path: Path, rows: list[dict[str, object]]) -> None:
    """CSV: a header of the column names; list columns are JSON arrays; null is empty."""
    out = tmp_path / "s.csv"
    _write(out, rows, articles=True)
    with out.open(encoding="utf-8", newline="") as file:
        read = list(csv.DictReader(file))
    assert [c.name for c in columns(articles=True)] == list(read[0])
    assert [r["title"] for r in rows] == [r["title"] for r in read]
    assert [r["diagnostic_codes"] for r in rows] == [
        json.loads(r["diagnostic_codes"]) for r in read
    ]
    assert [r["facts"] for r in rows] == [json.loads(r["facts"]) for r in read]
    assert [str(r["population_total"] or "") for r in rows] == [r["population_total"] for r in read]


@pytest.mark.parametrize("name", ["s.parquet", "s.jsonl", "s.csv"])
def test_existing_output_is_refused_unless_force(tmp_path: Path, name: str) -> None:
    """An existing output raises OutputExistsError and is untouched; force replaces it."""
    out = tmp_path / name
    out.write_text("old", encoding="utf-8")
    with pytest.raises(OutputExistsError) as caught:
        open_writer(out)
    assert isinstance(caught.value, FileExistsError)
    assert str(out) == caught.value.path
    assert "old" == out.read_text(encoding="utf-8")
    with open_writer(out, force=True) as writer:
        writer.write([{"title": "new"}])
        writer.commit()
    assert "old" != out.read_text(encoding="utf-8", errors="replace")
    assert [out] == list(tmp_path.iterdir())


def test_unknown_extension_is_refused(tmp_path: Path) -> None:
    """An unknown extension (or format) raises OutputFormatError, a ValueError; no file."""
    with pytest.raises(OutputFormatError) as caught:
        open_writer(tmp_path / "s.xlsx")
    assert (".xlsx", True) == (caught.value.format, isinstance(caught.value, ValueError))
    with pytest.raises(OutputFormatError):
        open_writer(tmp_path / "s", format="xml")  # type: ignore[arg-type]
    assert [] == list(tmp_path.iterdir())


def test_format_overrides_the_extension(tmp_path: Path) -> None:
    """format= writes that format whatever the name says."""
    out = tmp_path / "s.txt"
    with open_writer(out, format="csv") as writer:
        writer.commit()
    assert "title," == out.read_text(encoding="utf-8")[:6]


def test_missing_directory_is_a_clear_error(tmp_path: Path) -> None:
    """A missing directory, or an output that is a directory, raises OutputPathError."""
    with pytest.raises(OutputPathError) as caught:
        open_writer(tmp_path / "no" / "s.parquet")
    assert isinstance(caught.value, OSError)
    assert isinstance(caught.value, InfoboxError)
    assert "does not exist" in str(caught.value)
    (tmp_path / "d.parquet").mkdir()
    with pytest.raises(OutputPathError):
        open_writer(tmp_path / "d.parquet", force=True)
    with pytest.raises(OutputPathError):
        open_writer(tmp_path / "d.parquet" / "x" / "s.csv")


@pytest.mark.parametrize("name", ["s.parquet", "s.jsonl", "s.csv"])
def test_abort_leaves_nothing(tmp_path: Path, name: str, rows: list[dict[str, object]]) -> None:
    """abort(), or leaving the with-block uncommitted, deletes the temporary file."""
    writer = open_writer(tmp_path / name)
    writer.write(rows)
    assert 1 == len(list(tmp_path.iterdir()))
    assert next(iter(tmp_path.iterdir())).name.startswith(f".{name}.part-")
    writer.abort()
    assert [] == list(tmp_path.iterdir())
    with open_writer(tmp_path / name) as writer:
        writer.write(rows)
    assert [] == list(tmp_path.iterdir())


@pytest.mark.parametrize("name", ["s.parquet", "s.jsonl", "s.csv"])
def test_exception_in_with_block_leaves_no_file(
    tmp_path: Path, name: str, rows: list[dict[str, object]]
) -> None:
    """An exception inside the with-block propagates and leaves neither output nor temp."""
    out = tmp_path / name
    out.write_text("old", encoding="utf-8")

    def interrupted() -> None:
        with open_writer(out, force=True) as writer:
            writer.write(rows)
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        interrupted()
    assert [out] == list(tmp_path.iterdir())
    assert "old" == out.read_text(encoding="utf-8")


def test_closed_writer_refuses_more_rows(tmp_path: Path) -> None:
    """Writing after commit is a ValueError, not a silent loss."""
    with open_writer(tmp_path / "s.jsonl") as writer:
        writer.commit()
        with pytest.raises(ValueError, match="closed"):
            writer.write([{"title": "late"}])


def test_output_permissions_follow_the_umask(tmp_path: Path) -> None:
    """The committed file is readable as one made by open() would be (not the temp's 0600)."""
    out = tmp_path / "s.jsonl"
    with open_writer(out) as writer:
        writer.commit()
    umask = os.umask(0)
    os.umask(umask)
    assert 0o666 & ~umask == out.stat().st_mode & 0o777
