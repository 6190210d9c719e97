"""The flat record, its fixed Arrow schema, parse_batch and settlements_table."""

from __future__ import annotations

import io
import math
from pathlib import Path

import attrs
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import infobox
import infobox.records
import infobox.strategies
from infobox import parse_article, parse_infobox, to_dict
from infobox.dump import table as table_module
from infobox.dump.pages import PageRecord
from infobox.dump.table import settlements_table
from infobox.models import Coordinates, Population, Settlement, Subdivision
from infobox.records import (
    COLUMNS,
    SCHEMA_VERSION,
    arrow_schema,
    columns,
    page_rows,
    parse_batch,
    settlement_record,
    to_batch,
)
from infobox.templates.registry import is_wiki_code

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
DOCS = Path(__file__).resolve().parent.parent / "docs"
REAL = [
    *sorted((FIXTURES / "real" / "settlement").glob("*/*.wiki")),
    FIXTURES / "zhezkazgan" / "en.wiki",
]


def _page(path: Path, number: int = 1) -> PageRecord:
    return PageRecord(
        title=path.stem.replace("_", " "),
        namespace=0,
        page_id=number,
        revision_id=1000 + number,
        timestamp="2019-07-15T12:00:00Z",
        redirect=None,
        text=path.read_text(encoding="utf-8"),
        wiki=f"{path.parent.name}wiki",
        language=path.parent.name,
    )


def _expected(s: Settlement) -> dict[str, object]:
    """The settlement columns, spelled out attribute by attribute."""
    coords = s.coordinates
    dated = [e.date for e in s.established if e.date is not None]
    offsets = [t.utc_offset for t in s.timezones if t.utc_offset is not None]
    return {
        "template": s.template,
        "name": s.name,
        "official_name": s.official_name,
        "country": s.country,
        "country_code": s.country_code,
        "lat": coords.lat if coords else None,
        "lon": coords.lon if coords else None,
        "population_total": s.population.total,
        "population_as_of": str(s.population.as_of) if s.population.as_of else None,
        "population_year": s.population.as_of.year if s.population.as_of else None,
        "population_urban": s.population.urban,
        "population_metro": s.population.metro,
        "area_total_km2": s.area.total_km2,
        "area_land_km2": s.area.land_km2,
        "area_water_km2": s.area.water_km2,
        "elevation_m": s.elevation_m,
        "founded": str(dated[0]) if dated else None,
        "founded_year": dated[0].year if dated else None,
        "utc_offset": offsets[0] if offsets else None,
        "postal_code": s.postal_code,
        "website": s.website,
        "diagnostic_codes": [d.code for d in s.diagnostics],
        "warnings": sum(d.severity == "warning" for d in s.diagnostics),
        "errors": sum(d.severity == "error" for d in s.diagnostics),
        "error": None,
    }


@pytest.mark.parametrize("path", REAL, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_real_page_row_holds_the_settlements_values(path: Path) -> None:
    """A real page gives one row whose columns are its Settlement's values."""
    page = _page(path)
    # The dump's wiki's conventions apply, when its language is a wiki's code.
    wiki = page.language if page.language and is_wiki_code(page.language) else None
    settlement = parse_infobox(page.text, wiki=wiki)
    [row] = page_rows(page)
    assert _expected(settlement) == {k: row[k] for k in _expected(settlement)}
    page_columns = {
        "title": page.title,
        "page_id": 1,
        "revision_id": 1001,
        "namespace": 0,
        "timestamp": "2019-07-15T12:00:00Z",
        "wiki": page.wiki,
        "language": page.language,
    }
    assert page_columns == {k: row[k] for k in page_columns}
    assert [c.name for c in columns()] == list(row)


def test_zhezkazgan_row() -> None:
    """The demo page's row: country, region, population and founding as the docs show them."""
    [row] = page_rows(_page(FIXTURES / "zhezkazgan" / "en.wiki"))
    expected = {
        "country": "Kazakhstan",
        "country_code": "KZ",
        "region": "Ulytau Region",
        "population_total": 89079,
        "population_as_of": "2023",
        "population_year": 2023,
        "founded": "1939",
        "founded_year": 1939,
        "utc_offset": "+06:00",
    }
    assert expected == {k: row[k] for k in expected}


def test_real_pages_fit_the_schema_with_every_option() -> None:
    """Rows of every real page, with full and articles, make a batch of the schema."""
    rows = [r for p in REAL for r in page_rows(_page(p), full=True, articles=True)]
    batch = to_batch(rows, full=True, articles=True)
    assert arrow_schema(full=True, articles=True) == batch.schema
    assert rows == batch.to_pylist()


def test_full_adds_the_json_view() -> None:
    """settlement_json is the compact JSON of to_dict, not ASCII-escaped."""
    text = (FIXTURES / "real" / "settlement" / "uk" / "Берлін.wiki").read_text(encoding="utf-8")
    [row] = page_rows(attrs.evolve(_page(REAL[0]), text=text), full=True)
    json_text = row["settlement_json"]
    assert isinstance(json_text, str)
    assert "Німеччина" in json_text
    # The dump's wiki is the one whose conventions apply.
    language = row["language"]
    assert isinstance(language, str)
    assert to_dict(parse_infobox(text, wiki=language)) == __import__("json").loads(json_text)
    assert __import__("json").loads(json_text)["wiki"] == row["language"]


def test_articles_adds_the_facts_of_parse_article() -> None:
    """articles=True adds the article's language, title and facts, in text order."""
    page = _page(FIXTURES / "zhezkazgan" / "en.wiki")
    [row] = page_rows(page, articles=True)
    article = parse_article(page.text)
    assert article.lang == row["article_lang"]
    assert article.title == row["article_title"]
    facts = row["facts"]
    assert isinstance(facts, list)
    assert [(f.kind, str(f.value), f.unit, f.start, f.end) for f in article.facts] == [
        (f["kind"], f["value"], f["unit"], f["start"], f["end"]) for f in facts
    ]
    assert facts, "the demo page states facts"


def test_region_is_the_level_after_the_country() -> None:
    """region: the first named subdivision after the one typed Country, in index order."""
    subs = (
        Subdivision(index=2, type="District", name="Jezkazgan District"),
        Subdivision(index=0, type="Sovereign state", name="Kazakhstan"),
        Subdivision(index=1, type="Region", name=None),
    )
    s = Settlement(template="Infobox settlement", subdivisions=subs, country="Kazakhstan")
    assert "Jezkazgan District" == settlement_record(s)["region"]
    assert None is settlement_record(attrs.evolve(s, country=None))["region"]


def test_values_arrow_cannot_hold_become_null() -> None:
    """A population beyond int64, a NaN or infinite measure, a lone surrogate: no crash."""
    s = Settlement(
        template="Infobox settlement",
        name="Bad\ud800name",
        elevation_m=math.nan,
        population=Population(total=2**70, urban=-(2**63), metro=2**63),
        coordinates=Coordinates(lat=1.0, lon=2.0),
    )
    row = settlement_record(s, full=True)
    assert (None, -(2**63), None) == (
        row["population_total"],
        row["population_urban"],
        row["population_metro"],
    )
    assert None is row["elevation_m"]
    assert "Bad\ufffdname" == row["name"]
    batch = to_batch([row], full=True)
    assert [row] == batch.to_pylist()
    page = attrs.evolve(
        _page(REAL[0]), title="T\udc80", text="{{Infobox settlement|name=A\ud800B}}"
    )
    [from_page] = page_rows(page, full=True, articles=True)
    assert ("T\ufffd", "A\ufffdB") == (from_page["title"], from_page["name"])
    assert 1 == to_batch([from_page], full=True, articles=True).num_rows


@given(st.from_type(Settlement))
def test_any_settlement_fits_the_schema_and_survives_parquet(settlement: Settlement) -> None:
    """settlement_record always fits the schema, and a Parquet round trip keeps the row."""
    row = settlement_record(settlement, full=True)
    batch = to_batch([row], full=True)
    assert arrow_schema(full=True) == batch.schema
    assert [row] == batch.to_pylist()
    sink = io.BytesIO()
    pq.write_table(pa.Table.from_batches([batch]), sink)
    back = pq.read_table(io.BytesIO(sink.getvalue()))
    assert [row] == back.to_pylist()


_DIAGNOSTIC_COLUMNS = frozenset({"diagnostic_codes", "warnings", "errors"})


@settings(max_examples=15, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(infobox.strategies.wikitext_pages())
def test_a_written_page_gives_the_settlements_row(pair: tuple[Settlement, str]) -> None:
    """The row of a page that renders a settlement is that settlement's record."""
    settlement, text = pair
    page = attrs.evolve(_page(REAL[0]), text=text)
    [row] = page_rows(page)
    expected = settlement_record(settlement, page)
    assert {k: v for k, v in expected.items() if k not in _DIAGNOSTIC_COLUMNS} == {
        k: v for k, v in row.items() if k not in _DIAGNOSTIC_COLUMNS
    }


@given(
    st.text(st.characters(exclude_categories=()))
    | st.from_regex(
        r"\{\{Infobox settlement\|"
        r"name=[^}]*\|population_total=[0-9]{1,30}\}\}",
        fullmatch=False,
    )
)
def test_any_text_gives_rows_that_fit(text: str) -> None:
    """Any text, lone surrogates included, gives rows (maybe none) that make a batch."""
    page = attrs.evolve(_page(REAL[0]), text=text, title=text[:20])
    rows = page_rows(page, full=True, articles=True)
    batch = to_batch(rows, full=True, articles=True)
    assert len(rows) == batch.num_rows
    assert [None] * len(rows) == batch.column("error").to_pylist()


def test_schema_is_fixed_and_versioned() -> None:
    """Every batch has the same schema, whatever its rows; the metadata names the versions."""
    empty = to_batch([])
    sparse = to_batch([{"title": "x"}])
    full_row = to_batch([settlement_record(Settlement(template="Infobox city", name="A"))])
    assert empty.schema == sparse.schema == full_row.schema == arrow_schema()
    assert {
        b"infobox.schema_version": SCHEMA_VERSION.encode(),
        b"infobox.version": infobox.__version__.encode(),
    } == arrow_schema().metadata
    assert [c.name for c in COLUMNS] == arrow_schema(full=True, articles=True).names


def test_no_infobox_gives_no_row() -> None:
    """A page without a settlement infobox (a redirect, an empty text) gives no row."""
    page = attrs.evolve(_page(REAL[0]), text="#REDIRECT [[Berlin]]", redirect="Berlin")
    assert [] == page_rows(page)
    assert [] == page_rows(attrs.evolve(page, text=""))


def test_error_row_when_the_library_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page on which parse_infobox raises gives one error row, and nothing raises."""

    def boom(text: str, wiki: str | None = None) -> Settlement:
        raise RuntimeError("boom")

    monkeypatch.setattr(infobox.records, "parse_infobox", boom)
    page = _page(REAL[0])
    [row] = page_rows(page, full=True, articles=True)
    assert "RuntimeError: boom" == row["error"]
    assert (page.title, 1) == (row["title"], row["page_id"])
    others = {k: v for k, v in row.items() if k not in {"error", *[c.name for c in COLUMNS[:7]]}}
    assert set(others.values()) == {None}
    out = parse_batch(
        pa.RecordBatch.from_pydict({"title": ["a", "b"], "text": ["x", "y"]}), full=True
    )
    assert ["RuntimeError: boom"] * 2 == out.column("error").to_pylist()
    assert to_batch([row], full=True, articles=True).num_rows == 1


def _pages_batch(pages: list[PageRecord], *, text_type: pa.DataType) -> pa.RecordBatch:
    return pa.RecordBatch.from_pydict(
        {
            "title": [p.title for p in pages],
            "text": pa.array([p.text for p in pages], type=text_type),
            "page_id": [p.page_id for p in pages],
            "revision_id": [p.revision_id for p in pages],
            "namespace": pa.array([p.namespace for p in pages], type=pa.int32()),
            "timestamp": [p.timestamp for p in pages],
            "wiki": [p.wiki for p in pages],
            "language": [p.language for p in pages],
            "ignored": [1] * len(pages),
        }
    )


@pytest.mark.parametrize("text_type", [pa.string(), pa.large_string()], ids=str)
def test_parse_batch_equals_page_rows(text_type: pa.DataType) -> None:
    """parse_batch gives each page's page_rows, in input order, pages without a settlement out."""
    no_infobox = attrs.evolve(_page(REAL[0], 99), title="Notes", text="No infobox.")
    pages = [_page(p, i) for i, p in enumerate(REAL[:6])] + [no_infobox, _page(REAL[-1], 7)]
    out = parse_batch(_pages_batch(pages, text_type=text_type), articles=True)
    assert arrow_schema(articles=True) == out.schema
    assert [r for p in pages for r in page_rows(p, articles=True)] == out.to_pylist()


def test_parse_batch_with_only_title_and_text() -> None:
    """Missing optional columns are null; a timestamp given as a timestamp is written ISO."""
    page = _page(REAL[-1])
    batch = pa.RecordBatch.from_pydict(
        {
            "title": [page.title],
            "text": [page.text],
            "timestamp": pa.array([1563192000], type=pa.timestamp("s", tz="UTC")),
        }
    )
    [row] = parse_batch(batch).to_pylist()
    assert (page.title, None, None, "2019-07-15T12:00:00Z") == (
        row["title"],
        row["page_id"],
        row["wiki"],
        row["timestamp"],
    )
    [expected] = page_rows(page)
    page_columns = {c.name for c in COLUMNS[:7]}
    assert {k: v for k, v in expected.items() if k not in page_columns} == {
        k: v for k, v in row.items() if k not in page_columns
    }


def test_parse_batch_takes_a_table() -> None:
    """An Arrow table (what Ray Data passes) gives the same rows as its record batch."""
    pages = [_page(p, i) for i, p in enumerate(REAL[:3])]
    batch = _pages_batch(pages, text_type=pa.string())
    table = pa.Table.from_batches([batch.slice(0, 1), batch.slice(1)])
    assert parse_batch(batch).to_pylist() == parse_batch(table).to_pylist()


def test_parse_batch_of_no_pages_is_empty() -> None:
    """An empty batch in gives an empty batch of the schema out."""
    empty = pa.RecordBatch.from_pydict(
        {"title": pa.array([], pa.string()), "text": pa.array([], pa.string())}
    )
    out = parse_batch(empty)
    assert (0, arrow_schema()) == (out.num_rows, out.schema)


def test_settlements_table_batches_share_one_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    """A table of several batches has one schema, and its rows are page_rows in page order."""
    monkeypatch.setattr(table_module, "BATCH_PAGES", 3)
    pages = [_page(p, i) for i, p in enumerate(REAL)]
    table = settlements_table(pages)
    assert len(table.to_batches()) > 2
    assert {arrow_schema()} == {b.schema for b in table.to_batches()}
    assert [r for p in pages for r in page_rows(p)] == table.to_pylist()


def test_settlements_table_of_nothing_is_empty() -> None:
    """No pages give an empty table of the schema."""
    table = settlements_table([], full=True)
    assert (0, arrow_schema(full=True)) == (table.num_rows, table.schema)


def _column_table() -> str:
    lines = ["| column | type | meaning |", "|---|---|---|"]
    for c in COLUMNS:
        option = f" (with `{c.option}`)" if c.option else ""
        lines.append(f"| `{c.name}` | `{c.type}` | {c.doc}{option} |")
    return "\n".join(lines)


def test_docs_column_table_is_columns() -> None:
    """docs/dumps.md lists exactly COLUMNS, in order, with their types and docs."""
    text = (DOCS / "dumps.md").read_text(encoding="utf-8")
    start = text.index("<!-- columns: begin -->") + len("<!-- columns: begin -->")
    end = text.index("<!-- columns: end -->")
    assert _column_table() == text[start:end].strip()


def test_without_pyarrow_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without pyarrow, Arrow functions raise ImportError naming the extra; rows still work."""
    import sys

    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ImportError, match=r"pip install 'infobox\[dump\]'"):
        to_batch([])
    assert 1 == len(page_rows(_page(REAL[-1])))
