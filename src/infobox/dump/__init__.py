"""Wikipedia dumps: MediaWiki XML exports read page by page, and tables of their settlements.

* :func:`read_pages` streams the pages of an export (plain, ``.bz2``, ``.gz``, ``.xz``,
  or a multistream ``.bz2``) as :class:`PageRecord` objects, in constant memory;
* :func:`partitions` and :func:`read_partition` split a multistream dump by its index
  into groups of streams that each process reads on its own;
* :func:`settlements_table` turns pages into an Arrow table of the fixed schema of
  :mod:`infobox.records`; :func:`run_dump` is ``infobox dump``: a whole dump, on every
  core, to Parquet, JSON Lines or CSV.

The Arrow parts need the ``dump`` extra (``pip install 'infobox[dump]'``); reading
pages needs only the standard library.

"""

from .multistream import Partition, find_index, partitions, read_partition, write_multistream
from .pages import PageRecord, SiteInfo
from .reader import read_pages, read_site
from .run import Part, Progress, Summary, default_workers, dump_rows, run_dump
from .table import settlements_table
from .writers import RowWriter, open_writer

__all__ = [
    "PageRecord",
    "Part",
    "Partition",
    "Progress",
    "RowWriter",
    "SiteInfo",
    "Summary",
    "default_workers",
    "dump_rows",
    "find_index",
    "open_writer",
    "partitions",
    "read_pages",
    "read_partition",
    "read_site",
    "run_dump",
    "settlements_table",
    "write_multistream",
]
