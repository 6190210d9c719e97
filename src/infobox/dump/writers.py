"""Writing rows to Parquet, JSON Lines or CSV, all or nothing.

:func:`open_writer` picks the format from the output's extension (``.parquet``/``.pq``,
``.jsonl``/``.ndjson``, ``.csv``) or from ``format``. Rows are written to a temporary
file beside the output (``.NAME.part-XXXX``, in the same directory so the rename is
atomic) and :meth:`RowWriter.commit` renames it onto the output; :meth:`RowWriter.abort`,
or an exception inside a ``with`` block, deletes it. So a crash, Ctrl-C or a full disk
never leaves a partial file under the output's name.

- **Parquet**: the schema of :func:`infobox.records.arrow_schema`, zstd-compressed; the
  file's key-value metadata holds the schema's (``infobox.schema_version``,
  ``infobox.version``) and the ``metadata`` given to :meth:`RowWriter.commit`.
- **JSON Lines**: one compact JSON object per row, keys in schema order, every column
  present (null when unset), UTF-8 without ASCII escapes; the same rows give the same
  bytes. The commit metadata is not written (JSON Lines has no place for it).
- **CSV**: a header of the column names, then one line per row; an empty cell is null;
  list columns (``diagnostic_codes``, ``facts``) hold their compact JSON array. The
  commit metadata is not written.

>>> import tempfile, pathlib, json
>>> from infobox import Settlement
>>> from infobox.records import settlement_record
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> with open_writer(folder / "out.jsonl") as writer:
...     writer.write([settlement_record(Settlement(template="Infobox city", name="A"))])
...     writer.commit()
>>> json.loads((folder / "out.jsonl").read_text(encoding="utf-8"))["name"]
'A'
>>> sorted(p.name for p in folder.iterdir())
['out.jsonl']
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Final, Literal, Self

from ..errors import OutputExistsError, OutputFormatError, OutputPathError
from ..records import _pyarrow, arrow_schema, columns, to_batch

__all__ = ["Format", "RowWriter", "open_writer"]

#: The formats a writer writes.
Format = Literal["parquet", "jsonl", "csv"]

_EXTENSIONS: Final[dict[str, Format]] = {
    ".parquet": "parquet",
    ".pq": "parquet",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
}


class RowWriter:
    """Rows into one output file, renamed into place on :meth:`commit`.

    Made by :func:`open_writer`. A context manager: leaving the ``with`` block
    without :meth:`commit` (or with an exception) aborts. ``path`` is the output,
    ``format`` its format, ``rows`` how many rows were written.

    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "out.csv"
    >>> writer = open_writer(out)
    >>> writer.format, writer.rows
    ('csv', 0)
    >>> writer.abort()
    >>> out.exists(), list(out.parent.iterdir())
    (False, [])
    """

    def __init__(self, path: Path, format: Format, *, full: bool, articles: bool) -> None:
        self.path = path
        self.format: Format = format
        self.rows = 0
        self._full = full
        self._articles = articles
        self._names = [c.name for c in columns(full=full, articles=articles)]
        self._list_columns = frozenset(
            c.name for c in columns(full=full, articles=articles) if c.type.startswith("list<")
        )
        self._done = False
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.part-")
        self._temp = Path(temp)
        self._file: IO[bytes] = os.fdopen(fd, "wb")
        self._parquet: Any = None
        self._csv: Any = None
        self._text: io.TextIOWrapper | None = None
        try:
            if format == "parquet":
                pq = _parquet()
                # The schema's metadata and the commit's are written together at the end
                # as the file's key-value metadata; with the Arrow schema stored too
                # (store_schema), readers would see only the first and not the commit's.
                self._parquet = pq.ParquetWriter(
                    self._file,
                    arrow_schema(full=full, articles=articles),
                    compression="zstd",
                    store_schema=False,
                )
            elif format == "csv":
                self._text = io.TextIOWrapper(self._file, encoding="utf-8", newline="")
                self._csv = csv.writer(self._text, lineterminator="\n")
                self._csv.writerow(self._names)
        except BaseException:
            self.abort()
            raise

    def write(self, rows: Sequence[Mapping[str, object]]) -> None:
        """Append rows: mappings keyed by column name (a missing key is null).

        >>> import tempfile, pathlib
        >>> writer = open_writer(pathlib.Path(tempfile.mkdtemp()) / "out.parquet")
        >>> writer.write([{"title": "A"}, {"title": "B"}])
        >>> writer.rows
        2
        >>> writer.abort()
        """
        if self._done:
            raise ValueError("the writer is closed")
        if self.format == "parquet":
            self._parquet.write_batch(to_batch(rows, full=self._full, articles=self._articles))
        elif self.format == "jsonl":
            lines = [
                json.dumps(
                    {name: row.get(name) for name in self._names},
                    ensure_ascii=False,
                    separators=(",", ":"),
                )
                for row in rows
            ]
            if lines:
                self._file.write(("\n".join(lines) + "\n").encode("utf-8"))
        else:
            self._csv.writerows(self._csv_row(row) for row in rows)
        self.rows += len(rows)

    def _csv_row(self, row: Mapping[str, object]) -> list[object]:
        cells: list[object] = []
        for name in self._names:
            value = row.get(name)
            if value is not None and name in self._list_columns:
                value = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
            cells.append(value)
        return cells

    def commit(self, metadata: Mapping[str, str] | None = None) -> None:
        """Finish the file and rename it onto the output.

        ``metadata`` (str keys and values) goes into a Parquet file's key-value
        metadata, beside the schema's; the text formats have no place for it.
        The output is then readable by anyone the umask allows, as a file
        created by ``open()`` would be.

        >>> import tempfile, pathlib
        >>> import pyarrow.parquet as pq
        >>> out = pathlib.Path(tempfile.mkdtemp()) / "out.parquet"
        >>> with open_writer(out) as writer:
        ...     writer.commit({"infobox.source": "enwiki.xml"})
        >>> meta = pq.read_schema(out).metadata
        >>> meta[b"infobox.source"], meta[b"infobox.schema_version"]
        (b'enwiki.xml', b'1')
        """
        if self._done:
            raise ValueError("the writer is closed")
        try:
            if self._parquet is not None:
                schema = arrow_schema(full=self._full, articles=self._articles)
                values = {k.decode(): v.decode() for k, v in schema.metadata.items()}
                values.update(metadata or {})
                self._parquet.add_key_value_metadata(values)
                self._parquet.close()
            if self._text is not None:
                self._text.flush()
                self._text.detach()
            self._file.flush()
            os.fsync(self._file.fileno())
            self._file.close()
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(self._temp, 0o666 & ~umask)
            os.replace(self._temp, self.path)
        except BaseException:
            self.abort()
            raise
        self._done = True

    def abort(self) -> None:
        """Delete the temporary file; the output is left as it was. Safe to call twice.

        >>> import tempfile, pathlib
        >>> out = pathlib.Path(tempfile.mkdtemp()) / "out.jsonl"
        >>> writer = open_writer(out)
        >>> writer.abort(); writer.abort()
        >>> out.exists()
        False
        """
        if self._done:
            return
        self._done = True
        with contextlib.suppress(Exception):
            if self._parquet is not None:
                self._parquet.close()
        with contextlib.suppress(Exception):
            if self._text is not None:
                self._text.detach()
        with contextlib.suppress(OSError):
            self._file.close()
        with contextlib.suppress(FileNotFoundError):
            self._temp.unlink()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.abort()  # no-op after commit


def _parquet() -> Any:
    _pyarrow()  # the extra's message when pyarrow is missing
    import pyarrow.parquet

    return pyarrow.parquet


def open_writer(
    path: str | os.PathLike[str],
    *,
    full: bool = False,
    articles: bool = False,
    force: bool = False,
    format: Format | None = None,
) -> RowWriter:
    """A :class:`RowWriter` for ``path``, in the format its extension names (or ``format``).

    ``full`` and ``articles`` choose the columns, as in
    :func:`infobox.records.arrow_schema`. Raises :class:`~infobox.errors.OutputExistsError`
    when ``path`` exists and ``force`` is false,
    :class:`~infobox.errors.OutputFormatError` for an unknown extension or format, and
    :class:`~infobox.errors.OutputPathError` when the directory does not exist or
    ``path`` is a directory.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> open_writer(folder / "out.xlsx")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    infobox.errors.OutputFormatError: .../out.xlsx: unknown output format '.xlsx'; ...
    >>> w = open_writer(folder / "out.data", format="jsonl"); w.format
    'jsonl'
    >>> w.abort()
    """
    target = Path(path)
    shown = os.fspath(path)
    if format is None:
        chosen = _EXTENSIONS.get(target.suffix.casefold())
        if chosen is None:
            raise OutputFormatError(shown, target.suffix)
    elif format in ("parquet", "jsonl", "csv"):
        chosen = format
    else:
        raise OutputFormatError(shown, str(format))
    folder = target.parent
    if not folder.is_dir():
        reason = "is not a directory" if folder.exists() else "does not exist"
        raise OutputPathError(shown, f"the directory {os.fspath(folder)!r} {reason}")
    if target.is_dir():
        raise OutputPathError(shown, "is a directory")
    if target.exists() and not force:
        raise OutputExistsError(shown)
    try:
        return RowWriter(target, chosen, full=full, articles=articles)
    except PermissionError as error:
        raise OutputPathError(shown, f"cannot write in {os.fspath(folder)!r}: {error}") from error
