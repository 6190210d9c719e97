"""A Wikipedia dump as a Dask DataFrame of settlements, for any ``dask.distributed`` cluster.

Needs the ``dask`` extra (``pip install 'infobox[dask]'``). :func:`read_dump` plans one
partition per group of streams of a multistream dump (from its index), so each task
seeks to its own byte range, decompresses it and parses its pages; the rows are those
of ``infobox dump`` and :func:`infobox.records.page_rows`, with the columns of
:func:`infobox.records.arrow_schema` as the frame's meta (pandas ``ArrowDtype``
columns, so integers with gaps, lists and strings keep their Arrow types all the way
to ``.to_parquet()``).

A plain, ``.gz`` or ``.xz`` export, or a ``.bz2`` that is not multistream, cannot be
split without reading it: it is one partition.
"""

from __future__ import annotations

import os
from collections.abc import Collection
from typing import Any

try:
    import dask.dataframe as dd
    import pandas as pd
    import pyarrow as pa
except ImportError as error:  # pragma: no cover - the extra is installed in the tests
    raise ImportError("infobox.dask needs the 'dask' extra: pip install 'infobox[dask]'") from error

from .dump.multistream import Partition, partitions, read_partition
from .records import arrow_schema, page_rows, to_batch

__all__ = ["partition_frame", "read_dump"]


def read_dump(
    path: str | os.PathLike[str],
    *,
    index: str | os.PathLike[str] | None = None,
    namespaces: Collection[int] | None = (0,),
    full: bool = False,
    articles: bool = False,
    streams_per_partition: int = 10,
) -> Any:
    """A lazy ``dask.dataframe.DataFrame`` with one row per settlement of the dump.

    ``index`` is the multistream index (found beside the dump when omitted);
    ``streams_per_partition`` streams of 100 pages each make a partition. Rows are in
    dump order across partitions, as ``infobox dump`` writes them. Computing it on a
    cluster needs every worker to see the dump at the same path (a shared file
    system); the result is written with ``.to_parquet(...)`` as with any frame.

    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "x.xml"
    >>> _ = f.write_text("<mediawiki><siteinfo/><page><title>A</title><ns>0</ns>"
    ...                  "<revision><text>{{Infobox settlement|name=A}}</text></revision>"
    ...                  "</page></mediawiki>")
    >>> df = read_dump(f)
    >>> df.npartitions, list(df.compute(scheduler="sync")["name"])
    (1, ['A'])
    """
    groups = partitions(
        path,
        index=None if index is None else os.fspath(index),
        streams_per_partition=streams_per_partition,
    )
    options = {
        "namespaces": None if namespaces is None else frozenset(namespaces),
        "full": full,
        "articles": articles,
    }
    meta = _frame(arrow_schema(full=full, articles=articles).empty_table())
    return dd.from_map(  # type: ignore[no-untyped-call]
        partition_frame,
        groups,
        meta=meta,
        divisions=None,
        enforce_metadata=False,
        **options,
    )


def partition_frame(
    partition: Partition,
    *,
    namespaces: Collection[int] | None = (0,),
    full: bool = False,
    articles: bool = False,
) -> Any:
    """The settlements of one partition of a dump, as a pandas DataFrame of the schema.

    What each task of :func:`read_dump` computes; usable on its own with any engine
    that maps a function over :func:`infobox.dump.partitions`.

    >>> import tempfile, pathlib
    >>> from infobox.dump.multistream import partitions
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "x.xml"
    >>> _ = f.write_text("<mediawiki><siteinfo/><page><title>A</title><ns>0</ns>"
    ...                  "<revision><text>{{Infobox settlement|name=A}}</text></revision>"
    ...                  "</page></mediawiki>")
    >>> partition_frame(partitions(f)[0])["title"].tolist()
    ['A']
    """
    rows = [
        row
        for page in read_partition(partition, namespaces=namespaces)
        for row in page_rows(page, full=full, articles=articles)
    ]
    batch = to_batch(rows, full=full, articles=articles)
    return _frame(pa.Table.from_batches([batch]))


def _frame(table: pa.Table) -> Any:
    return table.to_pandas(types_mapper=pd.ArrowDtype)
