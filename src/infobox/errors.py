"""The exceptions the library raises: one base class, each leaf also a builtin.

Malformed wikitext never raises; it yields a model with diagnostics. These
errors are for input that cannot be a settlement at all.
"""

from __future__ import annotations

__all__ = [
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

    ``length`` is the length of the text that was searched.

    >>> err = NoInfoboxError(length=12)
    >>> isinstance(err, LookupError), err.length
    (True, 12)
    """

    def __init__(self, *, length: int) -> None:
        self.length = length
        super().__init__(
            f"no settlement infobox ({{{{Infobox settlement}}}} or an alias) "
            f"in a text of {length} characters"
        )


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
    """The ``lang`` given is not a language code (``en``, ``lv``, ``ru``, …).

    ``lang`` is the value given.

    >>> str(LanguageCodeError("English"))
    "lang must be an ISO 639 code such as 'en' or 'lv', not 'English'"
    """

    def __init__(self, lang: object) -> None:
        self.lang = lang
        super().__init__(f"lang must be an ISO 639 code such as 'en' or 'lv', not {lang!r}")


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
