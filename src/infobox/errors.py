"""The exceptions the library raises: one base class, each leaf also a builtin.

Malformed wikitext never raises; it yields a model with diagnostics. These
errors are for input that cannot be a settlement at all.
"""

from __future__ import annotations

__all__ = [
    "InfoboxError",
    "InputTypeError",
    "LanguageCodeError",
    "NoInfoboxError",
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
    """The input is not a ``str`` (bytes must be decoded first).

    >>> str(InputTypeError(b"x"))
    'expected str, got bytes; decode it first, e.g. data.decode("utf-8")'
    """

    def __init__(self, value: object) -> None:
        self.got = type(value).__name__
        hint = (
            '; decode it first, e.g. data.decode("utf-8")'
            if isinstance(value, bytes | bytearray | memoryview)
            else ""
        )
        super().__init__(f"expected str, got {self.got}{hint}")


class LanguageCodeError(InfoboxError, ValueError):
    """The ``lang`` given is not a language code (``en``, ``lv``, ``ru``, …).

    ``lang`` is the value given.

    >>> str(LanguageCodeError("English"))
    "lang must be an ISO 639 code such as 'en' or 'lv', not 'English'"
    """

    def __init__(self, lang: object) -> None:
        self.lang = lang
        super().__init__(f"lang must be an ISO 639 code such as 'en' or 'lv', not {lang!r}")


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
