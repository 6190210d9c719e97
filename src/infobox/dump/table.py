"""``settlements_table``: the settlements of some pages as one Arrow table."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

from ..records import _pyarrow, arrow_schema, page_rows, to_batch

if TYPE_CHECKING:
    import pyarrow

    from .pages import PageRecord

__all__ = ["settlements_table"]

#: How many pages' rows go into one record batch of the table.
BATCH_PAGES: Final = 256


def settlements_table(
    pages: Iterable[PageRecord], *, full: bool = False, articles: bool = False
) -> pyarrow.Table:
    """The :func:`~infobox.records.page_rows` of every page, as a table of the fixed schema.

    The rows are in the pages' order; the table is made of record batches of the
    rows of up to 256 pages each. No pages (or none with a settlement) give an
    empty table of :func:`~infobox.records.arrow_schema`.

    >>> from infobox.dump.pages import PageRecord
    >>> page = PageRecord(title="Jezkazgan", namespace=0, page_id=7, revision_id=9,
    ...     timestamp=None, redirect=None, wiki="enwiki", language="en",
    ...     text="{{Infobox settlement|name=Jezkazgan|population_total=89,079}}")
    >>> table = settlements_table([page])
    >>> table.num_rows, table.column("population_total").to_pylist()
    (1, [89079])
    >>> settlements_table([]).schema == table.schema
    True
    """
    pa = _pyarrow()
    batches = []
    rows: list[dict[str, object]] = []
    count = 0
    for page in pages:
        rows.extend(page_rows(page, full=full, articles=articles))
        count += 1
        if count == BATCH_PAGES:
            batches.append(to_batch(rows, full=full, articles=articles))
            rows, count = [], 0
    if rows or not batches:
        batches.append(to_batch(rows, full=full, articles=articles))
    return pa.Table.from_batches(batches, schema=arrow_schema(full=full, articles=articles))
