"""The exceptions the library raises: one base class, each leaf also a builtin.

Malformed wikitext never raises; it yields a model with diagnostics. These
errors are for input that cannot be a settlement at all, and (the ``Dump*``
errors) for Wikipedia dump files that cannot be read.
"""

from __future__ import annotations

__all__ = [
    "DateConversionError",
    "DumpError",
    "DumpFormatError",
    "DumpIndexError",
    "DumpReadError",
    "DumpTruncatedError",
    "InfoboxError",
    "InputTypeError",
    "LanguageCodeError",
    "ModelDataError",
    "NoInfoboxError",
    "OutputExistsError",
    "OutputFormatError",
    "OutputPathError",
    "SourceTypeError",
]


class InfoboxError(Exception):
    """Base class of every error this library raises on purpose.

    >>> issubclass(NoInfoboxError, InfoboxError)
    True
    """


class NoInfoboxError(InfoboxError, LookupError):
    """The text holds no settlement infobox.

    ``length`` is the length of the text that was searched; ``found`` names the first
    infobox the text calls at its top level when it has one of another kind
    (``"Infobox company"``, ``"Speciesbox"``: :func:`infobox.infoboxes.first_infobox`),
    else None. The error pickles with both.

    >>> err = NoInfoboxError(length=12)
    >>> isinstance(err, LookupError), err.length, err.found
    (True, 12, None)
    >>> str(NoInfoboxError(length=40, found="Infobox company")).split("; ")[1]
    'the first infobox is Infobox company'
    """

    def __init__(self, *, length: int, found: str | None = None) -> None:
        self.length = length
        self.found = found
        message = (
            f"no settlement infobox ({{{{Infobox settlement}}}} or an alias) "
            f"in a text of {length} characters"
        )
        if found is not None:
            message += f"; the first infobox is {found}"
        super().__init__(message)

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return (_no_infobox, (self.length, self.found))


def _no_infobox(length: int, found: str | None) -> NoInfoboxError:
    """Re-create a :class:`NoInfoboxError` (for pickle).

    >>> _no_infobox(3, "Infobox person").found
    'Infobox person'
    """
    return NoInfoboxError(length=length, found=found)


class InputTypeError(InfoboxError, TypeError):
    """The input is not of the type the function takes.

    The parsers take a ``str`` (bytes must be decoded first), ``render_infobox`` a
    ``Settlement``.

    ``expected`` and ``got`` name the type taken and the type given.

    >>> str(InputTypeError(b"x"))
    'expected str, got bytes; decode it first, e.g. data.decode("utf-8")'
    >>> err = InputTypeError({}, expected="Settlement")
    >>> str(err), err.expected, err.got
    ('expected Settlement, got dict', 'Settlement', 'dict')
    """

    def __init__(self, value: object, *, expected: str = "str") -> None:
        self.expected = expected
        self.got = type(value).__name__
        hint = (
            '; decode it first, e.g. data.decode("utf-8")'
            if expected == "str" and isinstance(value, bytes | bytearray | memoryview)
            else ""
        )
        super().__init__(f"expected {expected}, got {self.got}{hint}")


class LanguageCodeError(InfoboxError, ValueError):
    """The ``lang`` (or ``wiki``) given is not a language code (``en``, ``lv``, ``ru``, …).

    ``lang`` is the value given; ``param`` names the argument (``"lang"`` or
    ``"wiki"``: a wiki's code is its subdomain, ``"be-tarask"``, ``"simple"``).

    >>> str(LanguageCodeError("English"))
    "lang must be an ISO 639 code such as 'en' or 'lv', not 'English'"
    >>> str(LanguageCodeError("Russian", param="wiki"))
    "wiki must be a Wikipedia's language code such as 'en' or 'ru', not 'Russian'"
    """

    def __init__(self, lang: object, *, param: str = "lang") -> None:
        self.lang = lang
        self.param = param
        what = (
            "an ISO 639 code such as 'en' or 'lv'"
            if param == "lang"
            else "a Wikipedia's language code such as 'en' or 'ru'"
        )
        super().__init__(f"{param} must be {what}, not {lang!r}")

    def __reduce__(self) -> tuple[object, ...]:
        return (_language_code_error, (self.lang, self.param))


def _language_code_error(lang: object, param: str) -> LanguageCodeError:
    return LanguageCodeError(lang, param=param)


class ModelDataError(InfoboxError, ValueError):
    """:func:`infobox.from_dict` was given data that is not a model's JSON view.

    ``model`` names the class asked for; ``errors`` holds one ``(path, message)``
    pair per problem, the path naming the place in the data (``population.total``,
    ``established[0].date``, ``params['a'].raw``; ``""`` for the data itself). The
    cattrs exception is the ``__cause__``.

    >>> err = ModelDataError("Settlement", (("template", "required field missing"),))
    >>> isinstance(err, ValueError), err.errors[0][0]
    (True, 'template')
    >>> str(err)
    'cannot build Settlement: template: required field missing'
    """

    def __init__(self, model: str, errors: tuple[tuple[str, str], ...]) -> None:
        self.model = model
        self.errors = errors
        problems = "; ".join(f"{path}: {message}" if path else message for path, message in errors)
        super().__init__(f"cannot build {model}: {problems}")


class DateConversionError(InfoboxError, ValueError):
    """A :class:`~infobox.PartialDate` cannot become what was asked of it.

    :meth:`~infobox.PartialDate.to_date` raises it for a year before 1 (``datetime.date``
    has none) and, with ``strict=True``, for a date not known to the day;
    :meth:`~infobox.PartialDate.isoformat` for a date that ISO 8601 cannot write
    as this library reads it (a year before 1, a decade, a century, an approximate date).
    ``date`` is the date's ``str()``, ``target`` what it was to become
    (``"datetime.date"`` or ``"ISO 8601"``), ``reason`` why it cannot. It pickles
    with all three.

    >>> err = DateConversionError("189X", "ISO 8601", "a decade has no ISO 8601 date")
    >>> isinstance(err, ValueError), err.target
    (True, 'ISO 8601')
    >>> str(err)
    '189X: cannot convert to ISO 8601: a decade has no ISO 8601 date'
    """

    def __init__(self, date: str, target: str, reason: str) -> None:
        self.date = date
        self.target = target
        self.reason = reason
        super().__init__(f"{date}: cannot convert to {target}: {reason}")

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return (type(self), (self.date, self.target, self.reason))


class SourceTypeError(InfoboxError, TypeError):
    """A source given to :func:`infobox.reconcile` is not a Settlement, Article or Page.

    ``got`` names the type given; ``position`` is the source's place in the call
    (1 for the first).

    >>> str(SourceTypeError("x", 2))
    'source 2: expected a Settlement, Article or Page (or a (label, value) pair), got str'
    """

    def __init__(self, value: object, position: int) -> None:
        self.got = type(value).__name__
        self.position = position
        super().__init__(
            f"source {position}: expected a Settlement, Article or Page "
            f"(or a (label, value) pair), got {self.got}"
        )


class OutputExistsError(InfoboxError, FileExistsError):
    """The output file already exists, and overwriting it was not asked for (``force``).

    ``path`` is the output's path.

    >>> err = OutputExistsError("settlements.parquet")
    >>> isinstance(err, FileExistsError), err.path
    (True, 'settlements.parquet')
    >>> str(err)
    'settlements.parquet: the output exists; use --force (force=True) to replace it'
    """

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(f"{path}: the output exists; use --force (force=True) to replace it")


class OutputFormatError(InfoboxError, ValueError):
    """The output's format is unknown: its extension or the ``format`` given.

    ``path`` is the output's path, ``format`` the format asked for or the extension
    seen (``""`` when the name has none).

    >>> err = OutputFormatError("out.xlsx", ".xlsx")
    >>> isinstance(err, ValueError), err.format
    (True, '.xlsx')
    >>> str(err)
    "out.xlsx: unknown output format '.xlsx'; use .parquet (.pq), .jsonl (.ndjson) or .csv"
    """

    def __init__(self, path: str, format: str) -> None:
        self.path = path
        self.format = format
        super().__init__(
            f"{path}: unknown output format {format!r}; "
            "use .parquet (.pq), .jsonl (.ndjson) or .csv"
        )


class OutputPathError(InfoboxError, OSError):
    """The output cannot be written where it was asked: no such directory, or not a file.

    ``path`` is the output's path, ``reason`` says what is wrong.

    >>> err = OutputPathError("no/such/dir/out.parquet", "the directory no/such/dir does not exist")
    >>> isinstance(err, OSError), err.reason
    (True, 'the directory no/such/dir does not exist')
    >>> str(err)
    'no/such/dir/out.parquet: the directory no/such/dir does not exist'
    """

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


def _rebuild(cls: type[DumpError], kwargs: dict[str, object]) -> DumpError:
    """Re-create a dump error from its keyword arguments (for pickle).

    >>> str(_rebuild(DumpFormatError, {"path": "a.xml", "reason": "empty file"}))
    'a.xml: empty file'
    """
    return cls(**kwargs)  # type: ignore[arg-type]


class DumpError(InfoboxError):
    """A MediaWiki XML dump cannot be read; ``path`` names the file.

    The dump errors pickle with their attributes, so they cross process boundaries
    (a worker reading one partition of a dump).

    >>> import pickle
    >>> err = pickle.loads(pickle.dumps(DumpFormatError(path="a.xml", reason="empty file")))
    >>> isinstance(err, DumpError), err.path
    (True, 'a.xml')
    """

    def __init__(self, *, path: str, message: str) -> None:
        self.path = path
        super().__init__(message)

    def _state(self) -> dict[str, object]:
        return {"path": self.path, "message": str(self)}

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return (_rebuild, (type(self), self._state()))


class DumpFormatError(DumpError, ValueError):
    """The file is not a MediaWiki XML export, or its compressed data is corrupt.

    ``reason`` says what is wrong, in one line.

    >>> err = DumpFormatError(path="x.xml.bz2", reason="corrupt bz2 data at byte 14")
    >>> isinstance(err, ValueError), str(err)
    (True, 'x.xml.bz2: corrupt bz2 data at byte 14')
    """

    def __init__(self, *, path: str, reason: str) -> None:
        self.reason = reason
        super().__init__(path=path, message=f"{path}: {reason}")

    def _state(self) -> dict[str, object]:
        return {"path": self.path, "reason": self.reason}


class DumpTruncatedError(DumpError, EOFError):
    """The dump ends early: the XML or the compressed stream is cut off.

    Every complete page before the cut has been yielded when this is raised.
    ``pages_read`` counts those complete pages (of every namespace); ``position``
    says where the cut is: ``"line L, column C"`` of the XML or ``"byte B of the
    compressed file"``.

    >>> err = DumpTruncatedError(path="enwiki.xml.bz2", pages_read=970, position="line 100001")
    >>> isinstance(err, EOFError), err.pages_read
    (True, 970)
    >>> str(err)
    'enwiki.xml.bz2: the dump is cut off at line 100001 (after 970 complete pages)'
    """

    def __init__(self, *, path: str, pages_read: int, position: str) -> None:
        self.pages_read = pages_read
        self.position = position
        super().__init__(
            path=path,
            message=f"{path}: the dump is cut off at {position} "
            f"(after {pages_read} complete page{'' if pages_read == 1 else 's'})",
        )

    def _state(self) -> dict[str, object]:
        return {"path": self.path, "pages_read": self.pages_read, "position": self.position}


class DumpIndexError(DumpError, ValueError):
    """A multistream index is missing or does not match its dump.

    ``index`` names the index file; ``reason`` says what does not match.

    >>> err = DumpIndexError(path="x.xml.bz2", index="x-index.txt.bz2", reason="no such file")
    >>> isinstance(err, ValueError), str(err)
    (True, 'x-index.txt.bz2: no such file (the index of x.xml.bz2)')
    """

    def __init__(self, *, path: str, index: str, reason: str) -> None:
        self.index = index
        self.reason = reason
        super().__init__(path=path, message=f"{index}: {reason} (the index of {path})")

    def _state(self) -> dict[str, object]:
        return {"path": self.path, "index": self.index, "reason": self.reason}


class DumpReadError(DumpError, OSError):
    """The dump file cannot be read: missing, a directory, or not permitted.

    ``reason`` is the operating system's message; the ``OSError`` is the ``__cause__``.

    >>> err = DumpReadError(path="nope.xml", reason="No such file or directory")
    >>> isinstance(err, OSError), str(err)
    (True, 'nope.xml: cannot read the dump: No such file or directory')
    """

    def __init__(self, *, path: str, reason: str) -> None:
        self.reason = reason
        super().__init__(path=path, message=f"{path}: cannot read the dump: {reason}")

    def _state(self) -> dict[str, object]:
        return {"path": self.path, "reason": self.reason}
