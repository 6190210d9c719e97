r"""The flat record: one row per settlement, with a fixed Arrow schema.

A :class:`~infobox.Settlement` is a tree; a table wants one typed column per
field people query. :func:`settlement_record` flattens a settlement (and the dump
page it came from) into a dict whose keys are the names in :data:`COLUMNS`;
:func:`page_rows` does it for one page, never raising; :func:`arrow_schema` is the
schema those rows always fit, the same for every batch, with
``infobox.schema_version`` (:data:`SCHEMA_VERSION`) and ``infobox.version`` in its
metadata; :func:`to_batch` turns rows into an Arrow record batch of that schema, and
:func:`parse_batch` is the Arrow-batch-to-Arrow-batch function that Spark's
``mapInArrow``, Dask's ``map_partitions`` and Ray Data's ``map_batches`` call.

Values Arrow cannot hold are never an error: a float that is not finite (NaN,
±inf) is null; an int outside its column's range (a population above 2**63 − 1) is
null; a string with a lone surrogate (``"\ud800"``, which UTF-8 cannot encode) has
it replaced by U+FFFD. The whole settlement, as parsed, stays in ``settlement_json``
with ``full=True``.

Rows and the functions that build them need only the core library; the functions
that make Arrow objects import pyarrow when called (the ``dump`` extra).

>>> from infobox import parse_infobox
>>> row = settlement_record(parse_infobox(
...     "{{Infobox settlement|name=Jezkazgan|subdivision_type=Country"
...     "|subdivision_name=Kazakhstan|subdivision_type1=Region"
...     "|subdivision_name1=Ulytau Region|population_total=89,079}}"))
>>> row["name"], row["country_code"], row["region"], row["population_total"]
('Jezkazgan', 'KZ', 'Ulytau Region', 89079)
"""

from __future__ import annotations

import datetime
import json
import math
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

import attrs

from .article import parse_article
from .errors import NoInfoboxError
from .models import Article, PartialDate, Settlement
from .serialize import to_dict
from .settlement import parse_infobox
from .templates.registry import is_wiki_code
from .values.countries import country_level

if TYPE_CHECKING:
    import pyarrow

    from .dump.pages import PageRecord

__all__ = [
    "COLUMNS",
    "SCHEMA_VERSION",
    "Column",
    "arrow_schema",
    "columns",
    "page_rows",
    "parse_batch",
    "settlement_record",
    "to_batch",
]

#: The version of the schema below, written to the metadata key ``infobox.schema_version``.
#: It changes whenever a column is added, removed, renamed, retyped or its meaning changes.
SCHEMA_VERSION: Final = "1"


@attrs.frozen(kw_only=True)
class Column:
    """One column of the flat record: its name, its Arrow type spelled out, its meaning.

    ``option`` is None for a column that is always there, ``"full"`` or
    ``"articles"`` for one that only that option of :func:`arrow_schema` adds.

    >>> c = Column(name="lat", type="float64", doc="Latitude, decimal degrees.")
    >>> c.name, c.type, c.option
    ('lat', 'float64', None)
    """

    name: str
    type: str
    doc: str
    option: str | None = None


_FACT_TYPE: Final = (
    "list<struct<kind: string, value: string, number: float64, unit: string, "
    "qualifiers: list<struct<name: string, value: string>>, sentence: string, "
    "start: int64, end: int64>>"
)

#: Every column, in schema order. The options' columns come last.
COLUMNS: Final[tuple[Column, ...]] = (
    # -- the page ---------------------------------------------------------------------
    Column(name="title", type="string", doc="The page's title, as in the dump."),
    Column(name="page_id", type="int64", doc="The page's id in its wiki."),
    Column(name="revision_id", type="int64", doc="The id of the revision that was read."),
    Column(name="namespace", type="int32", doc="The page's namespace number (0: articles)."),
    Column(
        name="timestamp",
        type="string",
        doc="The revision's time as the dump writes it, ISO 8601 in UTC: "
        "`2019-07-15T12:00:00Z` (a string, so nothing is lost; cast it to a timestamp "
        "where you query).",
    ),
    Column(name="wiki", type="string", doc="The wiki's database name (`enwiki`)."),
    Column(name="language", type="string", doc="The wiki's language code (`en`)."),
    # -- the settlement -----------------------------------------------------------------
    Column(name="template", type="string", doc="The infobox template's name as written."),
    Column(name="name", type="string", doc="`Settlement.name`."),
    Column(name="official_name", type="string", doc="`Settlement.official_name`."),
    Column(name="country", type="string", doc="`Settlement.country` (a name)."),
    Column(
        name="country_code", type="string", doc="`Settlement.country_code` (ISO 3166-1 alpha-2)."
    ),
    Column(
        name="region",
        type="string",
        doc="The first-level subdivision: the name of the first named subdivision after "
        "the one that gives the country, in index order (`subdivision_name1` after "
        "`subdivision_name` = the country); null when no country is found, since then "
        "the levels cannot be told apart.",
    ),
    Column(name="lat", type="float64", doc="Latitude, decimal degrees, south negative."),
    Column(name="lon", type="float64", doc="Longitude, decimal degrees, west negative."),
    Column(
        name="population_total",
        type="int64",
        doc="`Population.total` (the estimate when no total is given).",
    ),
    Column(
        name="population_as_of",
        type="string",
        doc="The total's date, `str(PartialDate)`: `2023`, `2023-07`, `2023-07-01`, "
        "EDTF `189X`/`18XX`, `~` when approximate.",
    ),
    Column(
        name="population_year",
        type="int32",
        doc="The year of `population_as_of` (a decade's or century's first year).",
    ),
    Column(name="population_urban", type="int64", doc="`Population.urban`."),
    Column(name="population_metro", type="int64", doc="`Population.metro`."),
    Column(name="area_total_km2", type="float64", doc="`Area.total_km2`, km²."),
    Column(name="area_land_km2", type="float64", doc="`Area.land_km2`, km²."),
    Column(name="area_water_km2", type="float64", doc="`Area.water_km2`, km²."),
    Column(name="elevation_m", type="float64", doc="`Settlement.elevation_m`, metres."),
    Column(
        name="founded",
        type="string",
        doc="The date of the first establishment event that has one, `str(PartialDate)`.",
    ),
    Column(name="founded_year", type="int32", doc="The year of `founded`."),
    Column(
        name="utc_offset",
        type="string",
        doc="The offset of the first time zone that has one, `+HH:MM`.",
    ),
    Column(name="postal_code", type="string", doc="`Settlement.postal_code`."),
    Column(name="website", type="string", doc="`Settlement.website` (a URL)."),
    Column(
        name="diagnostic_codes",
        type="list<string>",
        doc="The code of every diagnostic, in order, repeats kept (one entry per "
        "diagnostic); see diagnostics.md.",
    ),
    Column(name="warnings", type="int32", doc="How many diagnostics are warnings."),
    Column(name="errors", type="int32", doc="How many diagnostics are errors."),
    Column(
        name="error",
        type="string",
        doc="Only on an error row, when the library raised on the page (a bug): "
        "`ExcType: message`; every settlement column is then null.",
    ),
    # -- options ------------------------------------------------------------------------
    Column(
        name="settlement_json",
        type="string",
        doc="The whole settlement, `json.dumps(to_dict(settlement))`, compact, UTF-8 "
        "(not ASCII-escaped), keys in model order.",
        option="full",
    ),
    Column(
        name="article_lang",
        type="string",
        doc="`Article.lang` of `parse_article(text)`: the language detected.",
        option="articles",
    ),
    Column(
        name="article_title",
        type="string",
        doc="`Article.title`: the lead's first bold term.",
        option="articles",
    ),
    Column(
        name="facts",
        type=_FACT_TYPE,
        doc="`Article.facts`, in text order: `kind`; `value` as text; `number` (the "
        "value when it is a number, else null); `unit`; `qualifiers` as name/value "
        "pairs; the `sentence`; `start`/`end` offsets in the page's text.",
        option="articles",
    ),
)

_INT_RANGES: Final = {"int32": 2**31, "int64": 2**63}


def columns(*, full: bool = False, articles: bool = False) -> tuple[Column, ...]:
    """The columns of the schema with these options, in order.

    >>> [c.name for c in columns(full=True)][-2:]
    ['error', 'settlement_json']
    >>> len(columns(articles=True)) - len(columns())
    3
    """
    chosen = {None, *(("full",) if full else ()), *(("articles",) if articles else ())}
    return tuple(c for c in COLUMNS if c.option in chosen)


# -- values Arrow can hold -------------------------------------------------------------

_SURROGATE: Final = re.compile("[\ud800-\udfff]")


def _text(value: str | None) -> str | None:
    """``value`` with any lone surrogate (which UTF-8 cannot encode) replaced by U+FFFD."""
    if value is None or value.isascii():
        return value
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", value)
    return value


def _int(value: int | None, kind: str = "int64") -> int | None:
    """``value`` when the Arrow integer type holds it, else None."""
    if value is None:
        return None
    bound = _INT_RANGES[kind]
    return value if -bound <= value < bound else None


def _float(value: float | None) -> float | None:
    """``value`` when it is finite, else None (NaN and ±inf become null)."""
    return value if value is not None and math.isfinite(value) else None


def _date(value: PartialDate | None) -> tuple[str | None, int | None]:
    return (None, None) if value is None else (str(value), value.year)


def _region(settlement: Settlement) -> str | None:
    """The name of the subdivision after the country's level (see the column's doc)."""
    if settlement.country is None:
        return None
    subs, level, _ = country_level(settlement.subdivisions)
    if level is None:
        return None
    return next((s.name for s in subs[level + 1 :] if s.name is not None), None)


def _page_fields(page: PageRecord | None) -> dict[str, object]:
    if page is None:
        return dict.fromkeys(("title", "page_id", "revision_id", "namespace", "timestamp"))
    return {
        "title": _text(page.title),
        "page_id": _int(page.page_id),
        "revision_id": _int(page.revision_id),
        "namespace": _int(page.namespace, "int32"),
        "timestamp": _text(page.timestamp),
        "wiki": _text(page.wiki),
        "language": _text(page.language),
    }


def _settlement_fields(s: Settlement, *, full: bool) -> dict[str, object]:
    coords = s.coordinates
    population = s.population
    as_of, year = _date(population.as_of)
    founded_date = next((e.date for e in s.established if e.date is not None), None)
    founded, founded_year = _date(founded_date)
    offset = next((t.utc_offset for t in s.timezones if t.utc_offset is not None), None)
    severities = [d.severity for d in s.diagnostics]
    row: dict[str, object] = {
        "template": _text(s.template),
        "name": _text(s.name),
        "official_name": _text(s.official_name),
        "country": _text(s.country),
        "country_code": _text(s.country_code),
        "region": _text(_region(s)),
        "lat": None if coords is None else _float(coords.lat),
        "lon": None if coords is None else _float(coords.lon),
        "population_total": _int(population.total),
        "population_as_of": as_of,
        "population_year": _int(year, "int32"),
        "population_urban": _int(population.urban),
        "population_metro": _int(population.metro),
        "area_total_km2": _float(s.area.total_km2),
        "area_land_km2": _float(s.area.land_km2),
        "area_water_km2": _float(s.area.water_km2),
        "elevation_m": _float(s.elevation_m),
        "founded": founded,
        "founded_year": _int(founded_year, "int32"),
        "utc_offset": _text(offset),
        "postal_code": _text(s.postal_code),
        "website": _text(s.website),
        "diagnostic_codes": [_text(d.code) for d in s.diagnostics],
        "warnings": severities.count("warning"),
        "errors": severities.count("error"),
        "error": None,
    }
    if full:
        row["settlement_json"] = _text(
            json.dumps(to_dict(s), ensure_ascii=False, separators=(",", ":"))
        )
    return row


def settlement_record(
    settlement: Settlement, page: PageRecord | None = None, *, full: bool = False
) -> dict[str, object]:
    """The flat row of one settlement: a dict keyed by the column names, in schema order.

    ``page`` fills the page's columns (title, ids, wiki, …); without it they are
    None. ``full`` adds ``settlement_json``. The row always fits
    :func:`arrow_schema` (see the module's docstring for values Arrow cannot hold).

    >>> from infobox import Settlement, Population, PartialDate
    >>> row = settlement_record(Settlement(
    ...     template="Infobox settlement", name="Jezkazgan",
    ...     population=Population(total=89079, as_of=PartialDate(2023, 1))))
    >>> row["population_total"], row["population_as_of"], row["population_year"]
    (89079, '2023-01', 2023)
    >>> row["title"] is None, list(row)[:3]
    (True, ['title', 'page_id', 'revision_id'])
    """
    row = _page_fields(page)
    row.setdefault("wiki", None)
    row.setdefault("language", None)
    row.update(_settlement_fields(settlement, full=full))
    return row


def _fact_rows(article: Article) -> list[dict[str, object]]:
    facts: list[dict[str, object]] = []
    for f in article.facts:
        number = f.value if isinstance(f.value, int | float) else None
        if isinstance(number, int) and not -(2**1023) < number < 2**1023:
            number = None  # beyond float64
        facts.append(
            {
                "kind": _text(f.kind),
                "value": _text(str(f.value)),
                "number": None if number is None else _float(float(number)),
                "unit": _text(f.unit),
                "qualifiers": [
                    {"name": _text(k), "value": _text(v)} for k, v in f.qualifiers.items()
                ],
                "sentence": _text(f.sentence),
                "start": _int(f.start),
                "end": _int(f.end),
            }
        )
    return facts


def _error_row(page: dict[str, object], error: BaseException) -> dict[str, object]:
    row = dict.fromkeys(c.name for c in COLUMNS)
    row.update(page)
    row["error"] = _text(f"{type(error).__name__}: {error}")
    return row


def _rows(
    text: str | None, page: dict[str, object], *, full: bool, articles: bool
) -> list[dict[str, object]]:
    try:
        try:
            language = page.get("language")
            wiki = language if isinstance(language, str) and is_wiki_code(language) else None
            settlement = parse_infobox(text or "", wiki=wiki)
        except NoInfoboxError:
            return []
        row = dict(page)
        row.update(_settlement_fields(settlement, full=full))
        if articles:
            article = parse_article(text or "")
            row["article_lang"] = _text(article.lang)
            row["article_title"] = _text(article.title)
            row["facts"] = _fact_rows(article)
    # A page on which the library raises is a bug; it becomes an error row and the run
    # goes on, so that one bad page does not cost a whole dump.
    except Exception as error:  # noqa: BLE001
        return [_error_row(page, error)]
    return [row]


def page_rows(
    page: PageRecord, *, full: bool = False, articles: bool = False
) -> list[dict[str, object]]:
    """The rows of one dump page: ``[]``, one settlement's row, or one error row.

    No settlement infobox gives ``[]``; a settlement gives its
    :func:`settlement_record`; ``articles`` adds the ``article_lang``,
    ``article_title`` and ``facts`` of :func:`infobox.parse_article` on the
    page's text (what :func:`infobox.parse_page` reads). Any other exception (a bug
    in the library) gives an error row: the page's columns and ``error``, every
    other column None. It never raises.

    >>> from infobox.dump.pages import PageRecord
    >>> page = PageRecord(title="Jezkazgan", namespace=0, page_id=7, revision_id=9,
    ...     timestamp="2019-07-15T12:00:00Z", redirect=None, wiki="enwiki", language="en",
    ...     text="{{Infobox settlement|name=Jezkazgan|elevation_m=300}}")
    >>> [(r["title"], r["page_id"], r["elevation_m"]) for r in page_rows(page)]
    [('Jezkazgan', 7, 300.0)]
    >>> page_rows(attrs.evolve(page, text="No infobox here."))
    []
    """
    return _rows(page.text, _page_fields(page), full=full, articles=articles)


# -- Arrow -----------------------------------------------------------------------------


def _pyarrow() -> Any:
    try:
        import pyarrow
    except ImportError as error:  # pragma: no cover - the extra is installed in tests
        raise ImportError(
            "infobox.records needs the 'dump' extra: pip install 'infobox[dump]'"
        ) from error
    return pyarrow


def _arrow_type(pa: Any, spelled: str) -> Any:
    simple = {"string": pa.string(), "int32": pa.int32(), "int64": pa.int64()}
    simple["float64"] = pa.float64()
    if spelled in simple:
        return simple[spelled]
    if spelled == "list<string>":
        return pa.list_(pa.string())
    if spelled == _FACT_TYPE:
        qualifier = pa.struct([("name", pa.string()), ("value", pa.string())])
        fact = pa.struct(
            [
                ("kind", pa.string()),
                ("value", pa.string()),
                ("number", pa.float64()),
                ("unit", pa.string()),
                ("qualifiers", pa.list_(qualifier)),
                ("sentence", pa.string()),
                ("start", pa.int64()),
                ("end", pa.int64()),
            ]
        )
        return pa.list_(fact)
    raise AssertionError(f"no Arrow type for {spelled!r}")  # pragma: no cover


_SCHEMAS: dict[tuple[bool, bool], Any] = {}


def arrow_schema(*, full: bool = False, articles: bool = False) -> pyarrow.Schema:
    """The Arrow schema of the rows: the :data:`COLUMNS` of these options, all nullable.

    It is the same for every batch; its metadata holds ``infobox.schema_version``
    and ``infobox.version``.

    >>> schema = arrow_schema()
    >>> schema.field("population_total").type, schema.metadata[b"infobox.schema_version"]
    (DataType(int64), b'1')
    >>> str(arrow_schema(articles=True).field("facts").type).startswith("list<item: struct")
    True
    """
    key = (full, articles)
    if key not in _SCHEMAS:
        pa = _pyarrow()
        from . import __version__

        fields = [pa.field(c.name, _arrow_type(pa, c.type)) for c in columns(**_options(key))]
        _SCHEMAS[key] = pa.schema(
            fields,
            metadata={
                b"infobox.schema_version": SCHEMA_VERSION.encode(),
                b"infobox.version": __version__.encode(),
            },
        )
    return _SCHEMAS[key]


def _options(key: tuple[bool, bool]) -> dict[str, bool]:
    return {"full": key[0], "articles": key[1]}


def to_batch(
    rows: Sequence[Mapping[str, object]], *, full: bool = False, articles: bool = False
) -> pyarrow.RecordBatch:
    """An Arrow record batch of :func:`arrow_schema` holding ``rows`` (no type inference).

    A key a row lacks is null; keys the schema has not are ignored. No rows give an
    empty batch of the schema.

    >>> from infobox import Settlement
    >>> batch = to_batch([settlement_record(Settlement(template="Infobox city", name="A"))])
    >>> batch.num_rows, batch.column("name").to_pylist()
    (1, ['A'])
    >>> to_batch([]).schema == arrow_schema()
    True
    """
    pa = _pyarrow()
    return pa.RecordBatch.from_pylist(list(rows), schema=arrow_schema(full=full, articles=articles))


_PAGE_INPUTS: Final = ("page_id", "revision_id", "namespace", "timestamp", "wiki", "language")


def _iso(value: datetime.datetime) -> str:
    """A time as dumps write it: ``2019-07-15T12:00:00Z`` (UTC; naive times taken as UTC)."""
    if value.tzinfo is not None:
        value = value.astimezone(datetime.UTC).replace(tzinfo=None)
    return value.isoformat(timespec="seconds") + "Z"


def parse_batch(
    batch: pyarrow.RecordBatch | pyarrow.Table, *, full: bool = False, articles: bool = False
) -> pyarrow.RecordBatch:
    """Pages in, settlements out: the batch function for Spark, Dask and Ray.

    ``batch`` (a record batch, or a table as Ray Data gives) has the columns
    ``title`` and ``text`` (string or large_string), and may have ``page_id``,
    ``revision_id``, ``namespace``, ``timestamp``, ``wiki`` and ``language`` (a
    missing one is null in the output; other columns are ignored). The output is
    a batch of :func:`arrow_schema`: the :func:`page_rows` of each page, in input
    order — pages without a settlement give no row, a page on which the library
    raises gives an error row.

    In Spark: ``df.mapInArrow(lambda it: (parse_batch(b) for b in it), schema)``
    (see docs/dumps.md for Spark, Dask and Ray).

    >>> import pyarrow as pa
    >>> pages = pa.RecordBatch.from_pydict({
    ...     "title": ["Jezkazgan", "Notes"],
    ...     "text": ["{{Infobox settlement|name=Jezkazgan}}", "no infobox"]})
    >>> out = parse_batch(pages)
    >>> out.num_rows, out.column("title").to_pylist(), out.column("page_id").to_pylist()
    (1, ['Jezkazgan'], [None])
    """
    names = set(batch.schema.names)
    titles = batch.column("title").to_pylist()
    texts = batch.column("text").to_pylist()
    extra = {
        name: batch.column(name).to_pylist() if name in names else [None] * batch.num_rows
        for name in _PAGE_INPUTS
    }
    rows: list[dict[str, object]] = []
    for i, (title, text) in enumerate(zip(titles, texts, strict=True)):
        page: dict[str, object] = {"title": _text(title)}
        for name, values in extra.items():
            value = values[i]
            if isinstance(value, int):
                value = _int(value, "int32" if name == "namespace" else "int64")
            elif isinstance(value, datetime.datetime):
                value = _iso(value)  # a timestamp column given as an Arrow timestamp
            elif value is not None and not isinstance(value, str):
                value = str(value)
            page[name] = _text(value) if isinstance(value, str) else value
        rows.extend(_rows(text, page, full=full, articles=articles))
    return to_batch(rows, full=full, articles=articles)
